/**
 * A row set aside read back from procmap's workbook: its reason's words, as one language wrote them, recognised as
 * procmap's own, so that the report says them in the language it is written in rather than the workbook's.
 * A workbook written since December 2026 gives each row's reason as data (src/ontime/reason-data.ts), read in
 * preference: these words are read for workbooks written before, and for words an officer changed. So a reason or a
 * template added from now on needs nothing here; one whose words change leaves old workbooks' words said as written.
 */
import { fill, type Lang } from '../i18n.js';
import type { BadReason, BadRow } from '../ontime/evaluate.js';
import { dayFromParts, momentAt, type Moment } from '../time/moment.js';

/** The words a reason is said in: the fields of ONTIME_LABELS[lang] this reading needs. */
export interface ReasonWords {
  reasons: Record<BadReason, string>;
  ambiguousUnmarked: string;
  pauseSubject: string;
  pausePartSubject: string;
  pauseHoursReversed: string;
  pauseUnreadPart: string;
  pauseOneMoment: string;
  pauseInColumn: string;
  pauseNoStartColumn: string;
  sameId: string;
  candidateIn: string;
  supersededUnsettled: string;
  slipFields: Record<string, string>;
  formulaError: string;
  formulaNoValue: string;
  formulaFields: Partial<Record<BadReason, string>>;
}

/**
 * The row a read-back reason's words say, its fields taken from the words (`"{value}"`, `{kept}`, …) by the templates
 * of either language, and kept only when `render` says it again in the very words read: a text procmap did not write,
 * or one it cannot take apart for sure, gives undefined, and the words are then said as read.
 */
export function readReasonText(
  bad: BadRow & { reasonText: string },
  labels: Record<Lang, ReasonWords>,
  render: (row: BadRow, lang: Lang) => string,
): BadRow | undefined {
  const { reasonText: text, ...where } = bad;
  let quoted: BadRow | undefined;
  for (const lang of ['vi', 'en'] as const) {
    for (const fields of candidates(bad.reason, text, labels[lang])) {
      const row = { ...where, ...fields };
      if (render(row, lang) !== text) continue;
      // A value that swallowed the template's own words ('x": phần "y') says the text again too: a reading whose
      // values hold no quote mark is the one the words were made of.
      if (!Object.values(row).some((v) => typeof v === 'string' && v.includes('"'))) return row;
      quoted ??= row;
    }
  }
  return quoted;
}

type Fields = Partial<BadRow>;

/** The rows a text may say under a reason in one language: one per template it fits, and per quoted value. */
function* candidates(reason: BadReason, text: string, words: ReasonWords): Generator<Fields> {
  for (const { template, fixed, partFromValue, noStartColumn } of templatesOf(reason, words)) {
    const groups = matchTemplate(template, text);
    const row = groups === undefined ? undefined : fieldsOf(groups, words);
    if (row === undefined) continue;
    // A pause said as the whole cell: its part is the cell, spaces run together (pausePartText).
    if (partFromValue && row.pausePart === undefined) row.pausePart = (row.value ?? '').replace(/\s+/g, ' ').trim();
    // An export without a column of the pause's start: the template names none.
    if (noStartColumn) row.pause = { start: '', end: '', ...row.pause, startColumn: '' };
    yield { ...row, ...fixed };
  }
  // Words that follow a date cell's own reading (a day that does not exist, a year in two digits) hold the value in
  // quotes: each quoted part is tried as the cell.
  for (const match of text.matchAll(/"([^"]*)"/g)) yield { value: match[1]! };
}

/** The templates a reason may be said by, with the fields each one implies. */
function templatesOf(reason: BadReason, words: ReasonWords): Template[] {
  const out: Template[] = [{ template: words.reasons[reason], fixed: {} }];
  if (reason === 'ambiguous-id') out.push({ template: words.sameId, fixed: {} });
  if (reason === 'superseded') out.push({ template: words.supersededUnsettled, fixed: {} });
  if (reason === 'ambiguous-procedure') out.push({ template: words.ambiguousUnmarked, fixed: {} });
  if (reason === 'pause-column-end-only')
    out.push({ template: words.pauseNoStartColumn, fixed: {}, noStartColumn: true });
  if (reason === 'pause-reversed') out.push({ template: words.pauseHoursReversed, fixed: {} });
  const field = words.formulaFields[reason];
  if (field !== undefined) {
    out.push({ template: words.formulaError.replace('{field}', field), fixed: {} });
    out.push({ template: words.formulaNoValue.replace('{field}', field), fixed: {} });
  }
  if (reason === 'bad-pause' || reason === 'pause-end-only') {
    for (const subject of [words.pausePartSubject, words.pauseSubject]) {
      if (reason === 'pause-end-only')
        for (const inColumn of [words.pauseInColumn, ''])
          out.push({
            template: fill(words.reasons[reason], { subject, inColumn }),
            fixed: {},
            partFromValue: true,
          });
      else {
        out.push({ template: fill(words.pauseUnreadPart, { subject }), fixed: {}, partFromValue: true });
        out.push({
          template: fill(words.pauseOneMoment, { subject }),
          fixed: { pauseOneMoment: true },
          partFromValue: true,
        });
      }
    }
  }
  return out;
}

/** A template, the fields it implies, and whether a pause's part is its whole cell unless it names one. */
interface Template {
  template: string;
  fixed: Fields;
  partFromValue?: boolean;
  noStartColumn?: boolean;
}

// Compiled once per template: a workbook may hold 50,000 rows set aside.
const PATTERNS = new Map<string, { pattern: RegExp; names: string[] }>();

/** The placeholders' values where a text fits a template word for word, else undefined. */
function matchTemplate(template: string, text: string): Record<string, string> | undefined {
  let compiled = PATTERNS.get(template);
  if (compiled === undefined) {
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // A placeholder said twice says the same both times.
        if (names.includes(name)) return `\\k<${name}>`;
        names.push(name);
        return `(?<${name}>[\\s\\S]*?)`;
      })
      .join('');
    compiled = { pattern: new RegExp(`^${source}$`), names };
    PATTERNS.set(template, compiled);
  }
  const match = compiled.pattern.exec(text);
  return match === null ? undefined : { ...match.groups };
}

/** A row's fields from a template's placeholders; undefined when one cannot be read back (a moment not dd/mm/yyyy). */
function fieldsOf(groups: Record<string, string>, words: ReasonWords): Fields | undefined {
  const row: Fields = {};
  const pause: NonNullable<BadRow['pause']> = { start: '', end: '' };
  let hasPause = false;
  for (const [name, said] of Object.entries(groups)) {
    switch (name) {
      case 'value':
      case 'kept':
      case 'status':
      case 'procedureFile':
      case 'procedureName':
      case 'codeProcedure':
        row[name as 'value' | 'kept' | 'status' | 'procedureFile' | 'procedureName' | 'codeProcedure'] = said;
        break;
      case 'agency':
        row.unmarkedAgency = said;
        break;
      case 'columnName':
        row.column = said;
        break;
      case 'cell':
        row.cell = said;
        break;
      case 'part':
        row.pausePart = said;
        break;
      case 'line':
      case 'column':
        row.procedureError = { line: 0, column: 0, ...row.procedureError, [name]: Number(said) };
        break;
      case 'received':
      case 'finished':
      case 'asOf':
      case 'pauseFrom': {
        const moment = momentRead(said);
        if (moment === undefined) return undefined;
        row[name as 'received' | 'finished' | 'asOf' | 'pauseFrom'] = moment;
        break;
      }
      case 'pauseStart':
      case 'pauseEnd':
      case 'pauseDay':
      case 'startColumn':
      case 'endColumn': {
        pause[PAUSE_KEYS[name]!] = said;
        hasPause = true;
        break;
      }
      case 'candidates':
        Object.assign(row, candidatesRead(said, words));
        break;
      default:
        // lintFile and the like: derived from the others, which the round trip checks.
        break;
    }
  }
  // The very same id in several files: the id once per file.
  if (groups.files !== undefined && groups.count !== undefined && groups.value !== undefined) {
    const files = groups.files.split(', ');
    row.candidates = files.map(() => groups.value!);
    row.candidateFiles = files;
  }
  if (hasPause) row.pause = pause;
  return row;
}

/** The procedures a text names, each with its file when said so ("QT-01 ở a.yaml"). */
function candidatesRead(said: string, words: ReasonWords): Fields {
  const parts = said.split(', ');
  const named = parts.map((part) => matchTemplate(words.candidateIn, part));
  if (named.every((n) => n?.id !== undefined && n.file !== undefined))
    return { candidates: named.map((n) => n!.id!), candidateFiles: named.map((n) => n!.file!) };
  return { candidates: parts };
}

// The placeholders of a pause's ends and columns, and the fields of BadRow.pause they say.
const PAUSE_KEYS: Record<string, keyof NonNullable<BadRow['pause']>> = {
  pauseStart: 'start',
  pauseEnd: 'end',
  pauseDay: 'day',
  startColumn: 'startColumn',
  endColumn: 'endColumn',
};

/** `13/02/2026 09:00` or `13/02/2026`, as the reasons write a moment read from a cell. */
function momentRead(said: string): Moment | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/.exec(said);
  if (match === null) return undefined;
  const day = dayFromParts(Number(match[3]), Number(match[2]), Number(match[1]));
  if (day === undefined) return undefined;
  return momentAt(day, match[4] === undefined ? 0 : Number(match[4]) * 60 + Number(match[5]));
}
