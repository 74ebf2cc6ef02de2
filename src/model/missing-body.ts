import { isMap } from './data-object.js';
import { bodiesOfList } from './body-keys.js';
import { bodiesNamed } from './lenient.js';
import { agenciesOf } from './agencies.js';
import { foldCase } from './fold.js';
import { lazyPattern } from './lazy-pattern.js';
import { OFFICE_ABBREVIATIONS, OFFICE_WORDS, officeAlternation, TITLE_WORDS } from './office-words.js';

/**
 * What a step without its body may be given: `body` is the office that does the step, `role` only who in it does it
 * ("Chuyên viên"), so a role is no body's example unless it names an office. `sure` when nothing else can be meant:
 * the procedure declares one body, or the role names a unit ("Văn thư UBND xã") that is a declared body or, with no
 * `bodies`, the unit as written; then `--fix` writes it.
 */
export interface MissingBody {
  /** The body to write, as a key of `bodies` or a name; undefined when nothing in the file says which. */
  body?: string;
  sure: boolean;
  /** The keys of `bodies` when it is declared, for a message that names them when no body can be suggested. */
  declared: string[];
}

// The words that start an office's name, one list with the agencies liên thông limits name (office-words.ts): a role
// holding one of them names the unit the person works in. Capitalised only, as names are, unlike a limit's labels:
// in a role a lower-case word is a rank ("Trưởng phòng", "Phó ban"); and no word that begins a job title ("Thanh tra
// viên"). Abbreviations in any case ("ubnd").
// Made when a role is first read, which only a step without its body asks for: parsing them was 2 % of the
// instructions of a one-file lint, which had made them at load.
const UNIT_WORDS = lazyPattern(
  () =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${officeAlternation(OFFICE_WORDS.filter((word) => !TITLE_WORDS.has(word)))})\\s+\\S`,
      'u',
    ),
);
const UNIT_ABBREVIATIONS = lazyPattern(
  () => new RegExp(`(?<![\\p{L}\\p{N}])(?:${officeAlternation(OFFICE_ABBREVIATIONS)})(?![\\p{L}\\p{N}])`, 'iu'),
);

/** The unit a role names, from its first unit word to its end ("Văn thư UBND xã" → "UBND xã"); undefined when none. */
export function unitInRole(role: string): string | undefined {
  const text = role.replace(/\s+/g, ' ').trim();
  const word = UNIT_WORDS().exec(text);
  const short = UNIT_ABBREVIATIONS().exec(text);
  const at = Math.min(word?.index ?? Infinity, short?.index ?? Infinity);
  if (at === Infinity) return undefined;
  // "Trung tâm phối hợp công chức Tư pháp", "UBND xã hoặc Phòng Tư pháp": one unit, up to where another is joined.
  const unit = text
    .slice(at)
    .split(/\s*(?:[,;(]|(?<![\p{L}\p{N}])(?:phối hợp|hoặc|cùng)(?![\p{L}\p{N}]))/u)[0]!
    .replace(/[.]+$/, '')
    .trim();
  // "Công chức Trung tâm": a unit word alone names no unit.
  return UNIT_WORDS().test(unit) || UNIT_ABBREVIATIONS().test(unit) ? unit : undefined;
}

/** The bodies a file declares, by key with their names: a map of bodies or a list of them; none when it has neither. */
function declaredBodies(data: Record<string, unknown>): Record<string, { name: string }> {
  const written = Array.isArray(data.bodies) ? bodiesOfList(data.bodies) : isMap(data.bodies) ? data.bodies : {};
  const bodies: Record<string, { name: string }> = {};
  for (const [key, body] of Object.entries(written)) {
    const name = typeof body === 'string' ? body : isMap(body) && typeof body.name === 'string' ? body.name : key;
    bodies[key] = { name };
  }
  return bodies;
}

/** A step's text field, trimmed; undefined when it is no text or empty. */
function textOf(step: unknown, field: string): string | undefined {
  const value = isMap(step) ? step[field] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The declared body a text names, by key or name (see bodiesNamed), when it names exactly one. */
function declaredNamed(bodies: Record<string, { name: string }>, text: string): string | undefined {
  if (Object.hasOwn(bodies, text)) return text;
  const named = bodiesNamed(bodies, text);
  return named.length === 1 ? named[0] : undefined;
}

/** The body to suggest for the step at `index` of `data`, which has none (see MissingBody). */
export function missingBody(data: unknown, index: number): MissingBody {
  if (!isMap(data) || !Array.isArray(data.steps)) return { sure: false, declared: [] };
  const steps = data.steps as unknown[];
  const role = textOf(steps[index], 'role');
  const bodies = declaredBodies(data);
  const declared = Object.keys(bodies);
  // Without `bodies`, the names the other steps give are the bodies (bodiesOfNames): a unit is written as they write it.
  const written = declared.length > 0 ? bodies : namesOfSteps(steps);
  const unit = role === undefined ? undefined : unitInRole(role);
  if (role !== undefined) {
    const named = declaredNamed(written, role) ?? (unit === undefined ? undefined : declaredNamed(written, unit));
    if (named !== undefined) return { body: declared.length > 0 ? named : written[named]!.name, sure: true, declared };
  }
  if (declared.length === 1) return { body: declared[0]!, sure: true, declared };
  // "UBND xã" of the agency "UBND xã Tiên Du" is that agency, named in full as the document names it.
  const agencies = agenciesOf(typeof data.agency === 'string' ? data.agency : undefined);
  if (unit !== undefined && declared.length === 0) {
    const full = agencies.find((agency) => foldCase(agency).startsWith(`${foldCase(unit)} `));
    return { body: full ?? unit, sure: true, declared };
  }
  // A step done by the same person nearest this one, before or after it: likely in the same office.
  if (role !== undefined) {
    for (let distance = 1; distance < steps.length; distance++) {
      for (const at of [index - distance, index + distance]) {
        const other = steps[at];
        const body = textOf(other, 'body');
        if (body !== undefined && foldCase(textOf(other, 'role') ?? '') === foldCase(role)) {
          return { body, sure: false, declared };
        }
      }
    }
  }
  // Beside a role, the agency that settles the dossier, when it is one and, with `bodies`, one of them: the office
  // the person works for, if no nearer one is known.
  if (role !== undefined && agencies.length === 1) {
    const agency = agencies[0]!;
    if (declared.length === 0) return { body: agency, sure: false, declared };
    const key = declaredNamed(bodies, agency);
    if (key !== undefined) return { body: key, sure: false, declared };
  }
  return { sure: false, declared };
}

/** The bodies the steps' written bodies make, keyed by the name itself, for a file without `bodies`. */
function namesOfSteps(steps: readonly unknown[]): Record<string, { name: string }> {
  const bodies: Record<string, { name: string }> = {};
  for (const step of steps) {
    const body = textOf(step, 'body');
    if (body !== undefined) bodies[body] = { name: body };
  }
  return bodies;
}
