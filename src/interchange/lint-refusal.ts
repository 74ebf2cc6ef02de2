// Why an imported procedure is refused, said of the input the officer will mend: the rows of the steps a problem
// concerns and the numbers the officer gave them, never a line of the file procmap would have written, nor the ids
// it made up for the steps (s2, s3).
import type { Lang, Translated } from '../i18n.js';
import { buildFlow, findCycle } from '../model/flow.js';
import type { LoadedFile } from '../model/load.js';
import type { Diagnostic, Procedure, SourceRange } from '../model/types.js';
import type { StepOrigin } from './draft.js';
import { said } from './import-messages.js';
import { stepNumberParts } from './step-order.js';
import { RENDERING_RULES } from '../rules/index.js';

/** What one refusal needs: the errors of the file procmap would write, that file as loaded, and where each step came from. */
export interface Refused {
  errors: readonly Diagnostic[];
  /** The file as lint loaded it, to tell which step a line of it belongs to. */
  source: LoadedFile;
  /** The procedure as lint read it, else as imported. */
  procedure: Procedure;
  /** Each step's row, in the order of the steps (ImportedProcedure.origins). */
  origins: readonly (StepOrigin | undefined)[] | undefined;
}

// The errors that stop an import: a file that cannot be read (parse, schema), ids used twice, a step's body or next
// step not declared — what no command can draw or print (RENDERING_RULES) — and a flow that is no process from a first
// step to an end (a loop, a step nothing leads to), most often a table's route read wrong, and an id that only looks
// Latin (a Cyrillic "а" in "аppraise"), which names another step than the one it looks like. Every other error is a
// verdict on what the procedure says (steps over the limit, a four on-the-spot claim, a step of no time): the file
// is written, as `procmap export` writes it, and the verdict is said under it for the officer to act on.
const FORM_RULES: ReadonlySet<string> = new Set([
  'parse',
  'schema',
  // Not a pasted total row, which documents refuse but import writes: lint's --fix deletes it.
  ...RENDERING_RULES.map((rule) => rule.id).filter((id) => id !== 'total-row'),
  'acyclic',
  'reachable',
  'lookalike-letters',
]);

/** Whether an error makes an imported procedure unreadable or wrong in form, so that it is not written. */
export function stopsImport(error: Diagnostic): boolean {
  return FORM_RULES.has(error.rule);
}

/** The `wouldNotLint` reason of a refused import: each error after the rows of the steps it concerns. */
export function refusalOf(refused: Refused): Translated {
  const words = (lang: Lang) => problemTexts(refused, lang).join('; ');
  return said('wouldNotLint', { errors: { en: words('en'), vi: words('vi') } });
}

/** The verdicts lint will give an imported procedure, one warning each, said as a refusal says its errors. */
export function verdictsOf(refused: Refused): Translated[] {
  const [en, vi] = [problemTexts(refused, 'en'), problemTexts(refused, 'vi')];
  return en.map((text, i) => said('lintVerdict', { error: { en: text, vi: vi[i]! } }));
}

/** The rows steps were read from, in both languages: `sheet "Các bước" rows 2, 3`, grouped by sheet or table. */
export function stepRowsOf(origins: readonly (StepOrigin | undefined)[]): Translated {
  return { en: rowsText(origins, 'en'), vi: rowsText(origins, 'vi') };
}

/** Each error after the rows of the steps it concerns, in the officer's step numbers. */
function problemTexts({ errors, source, procedure, origins }: Refused, lang: Lang): string[] {
  const steps = procedure.steps;
  const from = (i: number) => (origins?.length === steps.length ? origins[i] : undefined);
  const ranges = steps.map((_, i) => source.locate(['steps', i]));
  return errors.map((error) => {
    const at = ranges.findIndex((range) => within(error, range));
    const loop = error.rule === 'acyclic' ? loopOf(procedure, from, lang) : undefined;
    const { text, named } = loop ?? inOfficersWords(error.message, steps, from, lang);
    const rows = rowsText([...new Set([...(at >= 0 ? [at] : []), ...named])].map(from), lang);
    return rows ? `${rows}: ${text}` : text;
  });
}

/** Whether a diagnostic starts within a range of the file. */
function within(error: SourceRange, range: SourceRange): boolean {
  const after = error.line > range.line || (error.line === range.line && error.column >= range.column);
  const before = error.line < range.endLine || (error.line === range.endLine && error.column <= range.endColumn);
  return after && before;
}

/** A step as the officer wrote it: "bước 3" by its TT cell, else its name in quotes; `bare`, the number alone. */
function label(step: Procedure['steps'][number], origin: StepOrigin | undefined, lang: Lang, bare = false): string {
  const parts = origin ? stepNumberParts(origin.number) : undefined;
  if (parts === undefined) return bare ? step.name : `"${step.name}"`;
  const number = parts.join('.');
  return bare ? number : said('stepNumbered', { number })[lang];
}

/**
 * A message with each step id procmap gave a step read from a table written as the officer numbered that step
 * ("s3 → s2" as "bước 3 → bước 2"; `"s3"` as `"3"`), and the indexes of the steps it names.
 */
function inOfficersWords(
  message: string,
  steps: Procedure['steps'],
  from: (i: number) => StepOrigin | undefined,
  lang: Lang,
): { text: string; named: number[] } {
  const byId = new Map(steps.flatMap((step, i) => (from(i) ? [[step.id, i] as const] : [])));
  if (byId.size === 0) return { text: message, named: [] };
  // Longest first, so that s12 is not read as s1; an id only where no letter, digit or joiner goes on from it, nor a
  // decimal comma or point ("1,5 ngày" is a number, not step 5 after step 1).
  const escaped = (list: string[]) =>
    list.sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const all = escaped([...byId.keys()]);
  // A number is a step only on a path ("1 → 2", or a path of one step ending the message): in prose it is a count.
  const words = escaped([...byId.keys()].filter((id) => !/^\d+$/.test(id)));
  const numbers = escaped([...byId.keys()].filter((id) => /^\d+$/.test(id)));
  const free = `(?<![\\p{L}\\p{N}_.-]|\\p{N}[.,])`;
  const bound = `(?![\\p{L}\\p{N}_-]|[.,]\\p{N})`;
  const unquoted = [
    ...(words.length ? [`${free}(?:${words.join('|')})${bound}`] : []),
    ...(numbers.length
      ? [
          `${free}(?<=→ )(?:${numbers.join('|')})${bound}`,
          `${free}(?:${numbers.join('|')})(?= →)`,
          `(?<=: )(?:${numbers.join('|')})$`,
        ]
      : []),
  ];
  const pattern = new RegExp(`"(${all.join('|')})"${unquoted.map((p) => `|(${p})`).join('')}`, 'gu');
  const named = new Set<number>();
  const text = message.replace(pattern, (match: string, quoted: string | undefined) => {
    const i = byId.get(quoted ?? match)!;
    named.add(i);
    return quoted === undefined ? label(steps[i]!, from(i), lang) : `"${label(steps[i]!, from(i), lang, true)}"`;
  });
  return { text, named: [...named] };
}

/**
 * The loop of the flow in the table's words: its steps from the one a route goes back to, and the route to take out,
 * the one that goes back up the table (lint's advice is the YAML's "next: []", which a table has no place for).
 */
function loopOf(
  procedure: Procedure,
  from: (i: number) => StepOrigin | undefined,
  lang: Lang,
): { text: string; named: number[] } | undefined {
  const cycle = findCycle(buildFlow(procedure.steps))?.slice(0, -1);
  if (!cycle || cycle.some((i) => from(i) === undefined)) return undefined;
  const back = cycle.findIndex((i, k) => cycle[(k + 1) % cycle.length]! <= i);
  const start = (back + 1) % cycle.length;
  const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
  const name = (i: number) => label(procedure.steps[i]!, from(i), lang);
  const text = said('stepsLoop', {
    cycle: [...ordered, ordered[0]!].map(name).join(' → '),
    from: name(cycle[back]!),
    to: name(ordered[0]!),
  })[lang];
  return { text, named: ordered };
}

/** The rows of the steps, by sheet or table: "dòng 7, 8", `trang tính "Quy trình", dòng 4`, "bảng 2, dòng 3". */
function rowsText(origins: readonly (StepOrigin | undefined)[], lang: Lang): string {
  const groups = new Map<string, { origin: StepOrigin; rows: Set<number> }>();
  for (const origin of origins) {
    if (!origin) continue;
    const key = JSON.stringify(origin.place);
    const group = groups.get(key) ?? groups.set(key, { origin, rows: new Set() }).get(key)!;
    group.rows.add(origin.row);
  }
  return [...groups.values()]
    .map(({ origin: { place }, rows }) => {
      const sorted = [...rows].sort((a, b) => a - b);
      const data = { rows: sorted.join(', '), count: sorted.length };
      if (place.kind === 'table') return said('stepTableRows', { ...data, table: place.table })[lang];
      if (place.kind === 'sheet') return said('stepSheetRows', { ...data, sheet: place.sheet })[lang];
      return said('stepRows', data)[lang];
    })
    .join('; ');
}
