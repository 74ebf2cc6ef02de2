import { asciiBodyKey, listedBody } from './body-keys.js';
import { isMap } from './data-object.js';
import { forEachStepReference } from './step-references.js';
import { mayHoldUnusual } from './text-facts.js';
import type { NodePath } from './types.js';

// Chinese and Japanese input methods type the full-width forms of ASCII (U+FF01–U+FF5E: "０５", "：", "；", "（") and
// a full-width space (U+3000). Each looks like its ASCII character and means nothing else, but to a pattern it is
// another letter: "０５ ngày làm việc" would be no duration, "Bản chính：1" no count. Word, PDFs and web pages do the
// same with their spaces (the no-break U+00A0, U+2007, U+202F, the thin U+2009 and the other typographic ones,
// U+2000–U+200A and U+205F) and hyphens (U+2010, and U+2011 that keeps "01‑07‑2025" on one line): "01/07/2025" and a
// no-break space after it would be no date.
const PASTED_SPACE_CHARS = '\u00a0\u2000-\u200a\u202f\u205f';
/** A full-width form of an ASCII character, or a space or hyphen that only looks like one. */
export const LOOKALIKE = new RegExp(`[\uff01-\uff5e\u3000${PASTED_SPACE_CHARS}\u2010\u2011]`);
const LOOKALIKES = new RegExp(LOOKALIKE.source, 'g');
const SPACE = new RegExp(`[\u3000${PASTED_SPACE_CHARS}]`);
// The spaces among them, which no one sees at either end of a value.
const EDGE_SPACES = new RegExp(`^${SPACE.source}+|${SPACE.source}+$`, 'g');

// A double-quoted YAML escape that may stand for one of them ("\_" is YAML's no-break space, "\u00A0", "\xA0").
const ESCAPE = /\\[_xuU]/;

/**
 * Whether a YAML text may hold a full-width form of an ASCII character, or a space or hyphen that only looks like
 * one: written as it is, or as an escape.
 */
export function hasLookalikes(text: string): boolean {
  return (mayHoldUnusual(text) && LOOKALIKE.test(text)) || (text.includes('\\') && ESCAPE.test(text));
}

/** The ASCII character a look-alike stands for: a space for the spaces, "-" for the hyphens, else its ASCII form. */
function asciiOf(c: string): string {
  if (SPACE.test(c)) return ' ';
  if (c === '\u2010' || c === '\u2011') return '-';
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/**
 * The text with each full-width form as its ASCII character (`０５` → `05`, `：` → `:`), the full-width and no-break
 * spaces a space, the Unicode hyphens "-": the one reading of them every reader of numbers, dates and times uses.
 */
export function asciiLookalikes(text: string): string {
  if (!LOOKALIKE.test(text)) return text;
  // One code unit for one: offsets found in the ASCII text stand at the same place in the text as written.
  return text.replace(LOOKALIKES, asciiOf);
}

/** A value as asciiLookalikes reads it, without the look-alike spaces it starts or ends with, which no one sees. */
export function asciiValue(text: string): string {
  return asciiLookalikes(LOOKALIKE.test(text) ? text.replace(EDGE_SPACES, '') : text);
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Whether a look-alike is a full-width form an input method types, not a space or hyphen from Word or a web page. */
export function isFullWidth(c: string): boolean {
  return FULL_WIDTH.test(c);
}

// The fields whose value may end with the full stop of a sentence: a revision, the cutoff and the yes-or-no ones.
const STOPPED_FIELDS = new Set(['revision', 'cutoff', 'four_on_the_spot', 'single_window', 'on_site', 'draft']);
/**
 * The text without the spaces and tabs at either end, by hand: `/[ \t]+$/` tries every start in a run of spaces
 * inside the text and reads the run to its end from each, so a date field of 20,000 spaces took seconds.
 */
function trimSpacesAndTabs(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

// The fields read as a date, a time of day or a yes-or-no, whose patterns take no no-break space or Unicode hyphen.
const PASTED_FIELDS = new Set([
  'effective',
  'issued',
  'cutoff',
  'date',
  'four_on_the_spot',
  'single_window',
  'on_site',
  'draft',
]);

/**
 * The text as it is written in ASCII: each full-width form as its ASCII character, and a full-width bracket, which
 * carries its own spacing, with a space before "(" after a letter or digit and after ")" before one (`hợp lệ（theo
 * Điều ５）` → `hợp lệ (theo Điều 5)`). What `full-width-characters` asks for; readers use `asciiLookalikes`.
 */
export function asciiWritten(text: string): string {
  // Most texts hold no full-width bracket: they never make the two Unicode patterns (see lazy-pattern.ts).
  if (!text.includes('（') && !text.includes('）')) return asciiValue(text);
  const spaced = text.replace(/(?<=[\p{L}\p{N}])（/gu, ' （').replace(/）(?=[\p{L}\p{N}])/gu, '） ');
  return asciiValue(spaced);
}

/** The full-width characters of a text, each once, in the order they first stand: what a message names. */
export function lookalikesIn(text: string): string[] {
  return [...new Set(text.match(LOOKALIKES) ?? [])];
}

/**
 * Trims the spaces and tabs a date, a time, a yes-or-no, a revision or a step id is quoted with at either end
 * (`effective: "01/07/2025 "`, `cutoff: "15:00\t"`, `four_on_the_spot: "có "`, `next: " B2"`), and the full stop after a
 * revision, a time or a yes-or-no (`"Lần 2."`): the same value, as a plain one is, for no reader of these fields takes
 * them and no one sees them.
 */
export function trimReadFields(data: unknown): void {
  if (!isMap(data)) return;
  const trimAt = (node: Node, key: string | number) => {
    const value = node[key];
    if (typeof value !== 'string') return;
    let trimmed = trimSpacesAndTabs(value);
    // A full stop after a revision, an hour or a yes-or-no (`"Lần 2."`, `"15h30."`, `"Có."`) ends the sentence the
    // cell was written as; dates take theirs already, and an id's may be its own (canonicalStepId).
    // By hand, as above: `/\s*\.$/` read a long run of spaces once from each of its starts.
    if (STOPPED_FIELDS.has(String(key)) && trimmed.endsWith('.')) trimmed = trimmed.slice(0, -1).trimEnd();
    if (trimmed !== value && trimmed !== '') node[key] = trimmed;
  };
  const trim = (node: unknown) => {
    if (isMap(node)) for (const key of [...PASTED_FIELDS, 'revision']) trimAt(node, key);
  };
  trim(data);
  for (const key of ['history', 'steps']) if (Array.isArray(data[key])) (data[key] as unknown[]).forEach(trim);
  const bodies = data.bodies;
  if (Array.isArray(bodies)) bodies.forEach(trim);
  else if (isMap(bodies)) Object.values(bodies).forEach(trim);
  // A step's id and the steps its `next` names (`next: "B2\t"`), which no step id holds at its ends either; a target
  // with the separator of a list after it, as a line of a list is typed (`next: "B2;"`), is that step.
  forEachStepReference(data, (node, key) => {
    trimAt(node, key);
    const value = node[key];
    if (key !== 'id' && typeof value === 'string' && /[^,;\s]\s*[,;]$/.test(value))
      node[key] = value.replace(/\s*[,;]$/, '');
  });
}

/** A value procmap reads with its full-width characters as ASCII: where it stands and how it was written. */
export interface LookalikeValue {
  path: NodePath;
  written: string;
  /** The value is a key of a map (a body's key, `ＣＭ:`), which `data` holds renamed; `path` ends with it as written. */
  key?: true;
  /** The value as read, where only part of it is read in ASCII (a dossier line's count, its name as written). */
  ascii?: string;
}

type Node = Record<string | number, unknown>;

/** A list as the parent of its items, which `visit` reads and writes by index as it does a map's by key. */
const itemsOf = (list: unknown[]) => list as unknown as Node;

// The fields a procedure's numbers, units and separators are read from: codes, revisions, dates, the cutoff, fees,
// limits and durations, channels, dossier counts, step ids and the steps `next` names. Names, notes and other texts
// are the officer's words and stay as written.
const PROCEDURE_FIELDS = [
  'id',
  'code',
  'revision',
  'effective',
  'issued',
  'cutoff',
  'fee',
  'level',
  'four_on_the_spot',
] as const;
// A body's yes-or-no fields, and a step's: words from a short list, as `level` is.
const BODY_FLAGS = ['single_window', 'on_site'] as const;
const CHANNEL_FIELDS = ['kind', 'time_limit', 'fee'] as const;
const HISTORY_FIELDS = ['date', 'revision'] as const;
const DOSSIER_FIELDS = ['originals', 'copies'] as const;

// A full-width comma, semicolon or full stop after the last step of a reference, with the spaces around it: an ASCII
// one is left as written ("v.v." may be a step's id).
const TRAILING_SEPARATOR = /[\s\u3000]*[，；。．][\s\u3000]*$/u;

/**
 * Reads the values procmap takes numbers, units and separators from with their full-width characters as ASCII
 * (`time_limit: ０５ ngày làm việc`, `copies: "Bản chính：1 - Bản sao：0"`, `- Trực tiếp： 05 ngày làm việc`), before
 * the schema and the readers of each field see them; those values, for `full-width-characters` to write them in ASCII.
 */
export function readLookalikes(data: unknown): LookalikeValue[] {
  if (!isMap(data)) return [];
  const found: LookalikeValue[] = [];
  const visit = (parent: Node, key: string | number, path: NodePath) => {
    const value = parent[key];
    if (typeof value === 'string') {
      if (!LOOKALIKE.test(value)) return;
      // Elsewhere a Unicode hyphen alone is left as written, told only where a date, a time or a yes-or-no is refused
      // for it; a no-break space alone is any text's (readPastedSpaces).
      if (!PASTED_FIELDS.has(String(key)) && !FULL_WIDTH.test(value)) return;
      parent[key] = asciiValue(value);
      found.push({ path, written: value });
    } else if (Array.isArray(value)) value.forEach((_, i) => visit(itemsOf(value), i, [...path, i]));
  };
  const fields = (node: unknown, keys: readonly string[], path: NodePath) => {
    if (isMap(node)) for (const key of keys) visit(node, key, [...path, key]);
  };
  fields(data, PROCEDURE_FIELDS, []);
  // A limit as one text, or a text a line per way of filing.
  visit(data, 'time_limit', ['time_limit']);
  readChannels(data, visit);
  const listed = (key: string, each: (item: unknown, path: NodePath) => void) => {
    const list = data[key];
    if (Array.isArray(list)) list.forEach((item, i) => each(item, [key, i]));
  };
  listed('history', (entry, path) => fields(entry, HISTORY_FIELDS, path));
  listed('dossier', (item, path) => fields(item, DOSSIER_FIELDS, path));
  // A step's body is read with its full-width letters only when that makes it one of the bodies' keys (`ＣＭ` → `CM`):
  // else it names a body (`！`, `Phòng（Tư pháp）`) in the officer's words, matched as written.
  const keys = new Set(writtenBodyKeys(data.bodies).map((key) => asciiBodyKey(asciiValue(key)).toLowerCase()));
  listed('steps', (step, path) => {
    fields(step, ['duration', 'draft'], path);
    if (isMap(step) && typeof step.body === 'string' && keys.has(asciiBodyKey(asciiValue(step.body)).toLowerCase()))
      visit(step, 'body', [...path, 'body']);
  });
  readBodies(data, visit, found);
  forEachStepReference(data, (parent, key, path) => {
    const before = found.length;
    visit(parent, key, path);
    // A separator typed after the last step ("B2；") separates nothing: what to write is the step alone ("B2").
    const read = found[before];
    if (read === undefined) return;
    if (!TRAILING_SEPARATOR.test(read.written)) return;
    const ascii = asciiValue(read.written.replace(TRAILING_SEPARATOR, ''));
    if (ascii !== '') read.ascii = ascii;
  });
  readPastedSpaces(data, [], found);
  return found;
}

/** The keys of `bodies` as written: a map's, or a list's items' (`- id: TP`, `- TP: …`). */
function writtenBodyKeys(bodies: unknown): string[] {
  if (isMap(bodies)) return Object.keys(bodies);
  if (!Array.isArray(bodies)) return [];
  return bodies.flatMap((item: unknown) => {
    const key = listedBody(item)?.key;
    return typeof key === 'string' ? [key] : [];
  });
}

// The spaces Word, PDFs and web pages paste, alone: a full-width space is an input method's, read where it matters.
const PASTED_SPACE = new RegExp(`[${PASTED_SPACE_CHARS}]`);
const PASTED_SPACES = new RegExp(PASTED_SPACE.source, 'g');
const PASTED_EDGES = new RegExp(`^${PASTED_SPACE.source}+|${PASTED_SPACE.source}+$`, 'g');

/**
 * Every other text with a space pasted from Word or a PDF (a title, a name, a step's time, id or body, a note), read
 * with a space in its place and none at either end, as the same text typed with spaces reads: no output holds
 * "05\u00a0ngày", and "Bước\u00a01" is the step "Bước 1". Those values, for `full-width-characters` to write so;
 * their full-width characters are the officer's words, left as written.
 */
function readPastedSpaces(node: Node, path: NodePath, found: LookalikeValue[]): void {
  for (const key of Object.keys(node)) {
    const value = node[key];
    const at = [...path, Array.isArray(node) ? Number(key) : key];
    if (typeof value === 'string' && PASTED_SPACE.test(value)) {
      const ascii = value.replace(PASTED_EDGES, '').replace(PASTED_SPACES, ' ');
      node[key] = ascii;
      found.push({ path: at, written: value, ascii });
    } else if (value !== null && typeof value === 'object') readPastedSpaces(value as Node, at, found);
  }
}

/**
 * The channels' values: a line of names, each item's name (and limit, `- Trực tiếp： 05 ngày làm việc`), a map's
 * kind, limit and fee, and the limit of a channel written by its name (`Trực tiếp: ０５ ngày làm việc`).
 */
function readChannels(data: Node, visit: (parent: Node, key: string | number, path: NodePath) => void): void {
  const channels = data.channels;
  if (typeof channels === 'string') return visit(data, 'channels', ['channels']);
  const named = (node: Node, path: NodePath) => {
    for (const key of Object.keys(node)) if (typeof node[key] === 'string') visit(node, key, [...path, key]);
  };
  if (isMap(channels)) return named(channels, ['channels']);
  if (!Array.isArray(channels)) return;
  channels.forEach((item: unknown, i) => {
    if (typeof item === 'string') visit(itemsOf(channels), i, ['channels', i]);
    else if (isMap(item) && 'kind' in item) for (const key of CHANNEL_FIELDS) visit(item, key, ['channels', i, key]);
    else if (isMap(item) && Object.keys(item).length === 1) named(item, ['channels', i]);
  });
}

/**
 * The bodies' keys (`ＣＭ: { name: … }`, renamed in the data, order kept), their ids in a list, and their yes-or-no
 * fields. A key is read so only when that makes it a body key in ASCII: one in words is a name, left as written.
 */
function readBodies(
  data: Node,
  visit: (parent: Node, key: string | number, path: NodePath) => void,
  found: LookalikeValue[],
): void {
  const bodies = data.bodies;
  const flags = (body: unknown, path: NodePath) => {
    if (isMap(body)) for (const key of BODY_FLAGS) visit(body, key, [...path, key]);
  };
  const keys = (map: Node, path: NodePath) => {
    if (!Object.keys(map).some((key) => LOOKALIKE.test(key))) return;
    const entries = Object.entries(map);
    for (const [key] of entries) delete map[key];
    for (const [key, value] of entries) {
      const ascii = asciiLookalikes(key);
      const renamed = ascii !== key && /^[A-Za-z][\w-]*$/.test(ascii) && !entries.some(([other]) => other === ascii);
      map[renamed ? ascii : key] = value;
      if (renamed) found.push({ path: [...path, key], written: key, key: true });
    }
  };
  if (isMap(bodies)) {
    keys(bodies, ['bodies']);
    for (const key of Object.keys(bodies)) flags(bodies[key], ['bodies', key]);
  } else if (Array.isArray(bodies)) {
    bodies.forEach((item: unknown, i) => {
      if (!isMap(item)) return;
      visit(item, 'id', ['bodies', i, 'id']);
      flags(item, ['bodies', i]);
      // `- ＣＭ: { name: … }` or `- ＣＭ: Công chức Tư pháp`: an id and its body.
      if (Object.keys(item).length === 1 && !('name' in item)) keys(item, ['bodies', i]);
    });
  }
}
