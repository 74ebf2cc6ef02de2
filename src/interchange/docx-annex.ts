import { matchColumns, type ColumnMap } from './columns.js';
import type { ImportOutcome } from './draft.js';
import { documentSections, type Sections } from './document-sections.js';
import { said } from './import-messages.js';
import { factsOf, isStepRow, TOTAL_AS_LIMIT, totalTime } from './docx-facts.js';
import type { WordDocument } from './docx-read.js';
import { idFor } from './record.js';
import type { Sheet } from './sheets.js';
import { stepNumberParts } from './step-order.js';
import { isoDate, isTotalRow, oneLine, vnDate } from './text.js';
import { titleAsName } from './title-case.js';
import { fieldOfHeading, stepHeaderRow } from './workbook-import.js';
import { withDefinitionLines } from './definition-lines.js';
import { levelOfHeading } from './level-heading.js';

// An annex of internal processes (quy trình nội bộ), as a province's chairman approves them for a field or a level:
// one Word document holding many procedures, each a numbered heading ("1. Thủ tục đăng ký khai sinh (Mã TTHC:
// 1.001193)" or "Tên thủ tục: …"), its facts on the lines below ("Thời hạn giải quyết: …", "Tổng thời gian giải
// quyết: …") and its steps; fields ("I. LĨNH VỰC HỘ TỊCH") and levels ("… CẤP XÃ") as headings above them. The
// headings stand between tables or, in one table for the whole annex, as rows across it.

// A procedure's heading: numbered and starting with "Thủ tục", labelled "Tên thủ tục:", "Tên TTHC:", "Thủ tục:" or
// "Quy trình:", or a numbered process or procedure, "Quy trình 01: Cấp giấy phép …", "QUY TRÌNH SỐ 2. …", "Thủ tục 3:
// …".
const HEADING =
  /^(?:(?:\d+(?:\.\d+)*\s*[.)]\s*)(?=thủ tục\s)|(?:\d+(?:\.\d+)*\s*[.)]\s*)?(?:tên )?(?:thủ tục(?: hành chính)?|tthc|quy trình(?: nội bộ)?)\s*[:：]\s*|(?:\d+(?:\.\d+)*\s*[.)]\s*)?(?:quy trình(?: nội bộ)?|thủ tục(?: hành chính)?)\s+(?:số\s*)?\d+\s*[:：.–-]\s*)(.+)$/isu;
// The national code written after the title, from its "mã": "(Mã TTHC: 1.001193)", "- Mã số: 1.001193", "(mã thủ tục
// 2.000815)". Matched from the last "mã" of the heading, found by position: an unanchored pattern retried at every
// space before it took minutes on a heading of a few thousand spaces.
const CODE_TAIL = /^mã(?: số)?(?: tthc| thủ tục(?: hành chính)?)?\s*[:：]?\s*([0-9][\w.-]*)\s*\)?\s*$/iu;
// The field a title in capitals names inside it, "QUY TRÌNH NỘI BỘ … LĨNH VỰC TƯ PHÁP CẤP XÃ": from "LĨNH VỰC" up to the
// level, what the procedures fall under, a bracket, or the end.
const FIELD_IN_TITLE = /(?<!\p{L})LĨNH VỰC\s+(.+?)\s*(?:(?<!\p{L})(?:CẤP|THUỘC|TRÊN ĐỊA BÀN)(?!\p{L}).*|\(.*)?$/u;
// The decision the annex comes with, above its procedures: "(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/7/2025 …)".
const DECISION =
  /quyết định\s+(?:số\s*)?(\S+)\s+ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu;

/** The decision an annex comes with: its number ("1234/QĐ-UBND") and date (YYYY-MM-DD). */
export interface Decision {
  number: string;
  date: string;
}

/** One procedure of an annex: its title and code, the field and level above it, its lines, its steps' total. */
interface AnnexProcedure {
  title: string;
  code?: string;
  field?: string;
  level?: string;
  lines: string[];
  /** Its tables that are no step table: a dossier, forms, records… */
  tables: Sheet[];
  total?: string;
  steps: number;
}

/** The title and code a procedure's heading gives, "Thủ tục đăng ký khai sinh (Mã TTHC: 1.001193)" → title, code. */
function titleOf(heading: string): { title: string; code?: string } {
  // By position in the heading itself (lower-casing may change a text's length).
  const at = Math.max(...['mã', 'Mã', 'MÃ', 'mÃ'].map((word) => heading.lastIndexOf(word)));
  const code = at < 0 ? null : CODE_TAIL.exec(heading.slice(at));
  // The title ends before the code and the bracket or dash that opens it.
  let end = code ? at : heading.length;
  while (code && end > 0 && /[\s(-]/u.test(heading[end - 1]!)) end--;
  const named = heading.slice(0, end).replace(/^thủ tục(?: hành chính)?\s*[:：]?\s*/iu, '');
  const written = oneLine(named).replace(/[.;:]$/u, '');
  // A title in capitals, as some annexes head each process, is written as a name.
  return { title: titleAsName(written), ...(code ? { code: code[1]! } : {}) };
}

/** The field a title in capitals names within it ("… LĨNH VỰC TƯ PHÁP CẤP XÃ" → "Tư pháp"); undefined for none. */
function fieldInTitle(text: string): string | undefined {
  const name = FIELD_IN_TITLE.exec(oneLine(text))?.[1]?.replace(/[\s,.;:–-]+$/u, '');
  return name ? fieldOfHeading(`LĨNH VỰC ${name}`) : undefined;
}

/** The one text of a row across a table (merged, so each cell repeats it), or alone in its row; undefined otherwise. */
function textAcross(row: readonly string[]): string | undefined {
  const texts = new Set(row.filter(Boolean));
  return texts.size === 1 ? [...texts][0] : undefined;
}

/**
 * Whether a row is a row merged across the table as a CSV file saves it, its text in the first cell and the others
 * empty (Excel writes a merged range's value once): a line, such as "Thời hạn giải quyết: 01 ngày làm việc", as
 * Word and the workbook's merged rows are. Not a step's number alone ("3"), nor a step's name where the first column
 * holds the steps' names.
 */
function savedMergedRow(row: readonly string[], firstHoldsSteps: boolean): boolean {
  const first = row[0] ?? '';
  if (first === '' || firstHoldsSteps || row.slice(1).some(Boolean)) return false;
  return stepNumberParts(first) === undefined;
}

/** Reads an annex in the order of the document: headings start procedures, other lines and step rows join the last. */
class AnnexReader {
  readonly procedures: AnnexProcedure[] = [];
  /** The decision the annex comes with, as the lines above the first procedure name it. */
  decision: Decision | undefined;
  private field: string | undefined;
  private level: string | undefined;

  get current(): AnnexProcedure | undefined {
    return this.procedures[this.procedures.length - 1];
  }

  /** A line of text: a field or level heading, a procedure's heading, or a line of the procedure above it. */
  line(text: string): void {
    const decision = this.current ? null : DECISION.exec(text);
    const date = decision ? isoDate(decision[2]!.replace(/\s*([/.-])\s*/gu, '$1')) : undefined;
    if (decision && date) this.decision ??= { number: decision[1]!.replace(/[,;]$/u, ''), date };
    const heading = HEADING.exec(text);
    const capitals = text === text.toLocaleUpperCase('vi');
    // A procedure's heading in capitals names its own title, not the field of those below it.
    const field = fieldOfHeading(text) ?? (capitals && !heading ? fieldInTitle(text) : undefined);
    const level = levelOfHeading(text);
    if (level) this.level = level;
    // A level's heading starts its procedures anew: the field of the group above is not theirs until a field's heading.
    if (field !== undefined || (level && !heading)) this.field = field;
    const { title, code } = heading ? titleOf(heading[1]!) : { title: '' };
    if (title === '') {
      // "Tổng thời gian giải quyết: …" states the limit as "Thời gian giải quyết: …" does; bullets are no part of it.
      this.current?.lines.push(text.replace(/^[-–•+*]\s*/u, '').replace(/^tổng (thời gian|thời hạn)/iu, '$1'));
      return;
    }
    // The heading of the procedure already begun, said again (over its step table, as well as above it), is no new one.
    if (this.current && this.current.title === title && this.current.code === code) return;
    this.procedures.push({
      title,
      ...(code ? { code } : {}),
      ...(this.field ? { field: this.field } : {}),
      ...(this.level ? { level: this.level } : {}),
      lines: [],
      tables: [],
      steps: 0,
    });
  }

  /**
   * A step table's rows under its header: a step of the procedure above it (undefined above every heading), or null
   * for a row that is no step (a heading or a line across the table, the total, an empty row).
   */
  table(table: Sheet, headerRow: number, map: ColumnMap): (AnnexProcedure | null | undefined)[] {
    // Lines across the table above its header (a workbook's title rows: "PHỤ LỤC … LĨNH VỰC HỘ TỊCH") read as lines.
    for (const row of table.rows.slice(0, headerRow)) {
      const across = textAcross(row);
      if (across !== undefined) this.line(across);
    }
    const firstHoldsSteps = matchColumns(table.rows[headerRow] ?? [], 'steps', map).get(0)?.field === 'step';
    return table.rows.slice(headerRow + 1).map((row) => {
      const across = textAcross(row);
      if (isTotalRow(row)) {
        const total = totalTime(row);
        if (this.current && total !== undefined) this.current.total ??= total;
        return null;
      }
      // A row of one text merged across (in a CSV file, in its first cell), or a heading alone in its row, is a line: a
      // procedure's or a field's heading, or a fact of the procedure above ("Thời hạn giải quyết: …").
      if (
        across !== undefined &&
        (row.filter(Boolean).length > 1 ||
          HEADING.test(across) ||
          fieldOfHeading(across) ||
          savedMergedRow(row, firstHoldsSteps))
      ) {
        this.line(across);
        return null;
      }
      if (!isStepRow(row)) return null;
      if (this.current) this.current.steps++;
      return this.current;
    });
  }
}

/** A procedure's row of the catalog sheet, by header: its title, code, field, level, limit and labelled lines. */
function catalogRow(
  procedure: AnnexProcedure,
  decision: Decision | undefined,
  hoursPerDay: number | undefined,
): Map<string, string> {
  const facts = factsOf({ paragraphs: procedure.lines, tables: [] }, hoursPerDay);
  const stated = facts.get('Thời hạn giải quyết');
  const limit = stated ?? procedure.total;
  const row = new Map<string, string>([
    ['Tên thủ tục', procedure.title],
    ['Mã thủ tục', procedure.code ?? facts.get('Mã thủ tục') ?? ''],
    // A procedure's own "Lĩnh vực:" or "Cấp thực hiện:" line says more than the heading above it.
    ['Lĩnh vực', facts.get('Lĩnh vực') ?? procedure.field ?? ''],
    ['Cấp thực hiện', facts.get('Cấp thực hiện') ?? procedure.level ?? ''],
    ['Thời hạn giải quyết', limit ?? ''],
  ]);
  for (const [key, value] of facts) if (!row.has(key)) row.set(key, value);
  // The decision's date, a lower bound of the date the process takes effect, as a record's newest legal basis is.
  if (decision && !row.has('Ngày hiệu lực')) row.set('Ngày hiệu lực', decision.date);
  // Said in the file's note, where the officer reads it: the law's limit is to be checked against.
  if (stated === undefined && limit !== undefined) row.set('Ghi chú', TOTAL_AS_LIMIT);
  return row;
}

/**
 * The sheets of an annex of internal processes for the spreadsheet import: one catalog row per procedure with steps,
 * and the step tables with a column naming each row's procedure (a row above every heading names none, and is
 * reported so). The limit is the one the procedure's lines state ("Thời hạn giải quyết", "Tổng thời gian giải
 * quyết"), else its steps' total row: an approved process may not let it exceed the law's, so the safe one. Without
 * `effective`, the effective date is the date of the decision the annex comes with, said in the note. Undefined when
 * the document is no annex: fewer than `least` procedures with steps (two for a Word document, which is otherwise
 * read as one procedure's ISO document).
 */
export function annexSheets(
  document: WordDocument,
  map: ColumnMap = {},
  effective?: string,
  least = 2,
  hoursPerDay?: number,
): { sheets: Sheet[]; sections: Map<string, Sections>; decision?: Decision } | undefined {
  const starts = document.tableStarts;
  if (!starts) return undefined;
  const reader = new AnnexReader();
  // The tables at their places among the paragraphs, each after the paragraphs before it.
  const order = document.tables.map((table, t) => ({ table, start: starts[t] ?? 0 }));
  order.sort((a, b) => a.start - b.start);
  const tables: { table: Sheet; headerRow: number; owners: (AnnexProcedure | null | undefined)[] }[] = [];
  let next = 0;
  for (const [at, text] of [...document.paragraphs, undefined].entries()) {
    for (; next < order.length && order[next]!.start <= at; next++) {
      const { table } = order[next]!;
      const headerRow = stepHeaderRow(table, map);
      if (headerRow !== undefined) tables.push({ table, headerRow, owners: reader.table(table, headerRow, map) });
      else reader.current?.tables.push(table);
    }
    if (text !== undefined) reader.line(text);
  }
  // A procedure with steps, or one whose lines state its limit, as a decision announcing procedures writes each one's
  // facts under its heading with no step table ("- Thời hạn giải quyết: …"): its steps are drafts of its sequence.
  const procedures = reader.procedures.filter(
    (procedure) =>
      procedure.steps > 0 ||
      factsOf({ paragraphs: procedure.lines, tables: [] }, hoursPerDay).has('Thời hạn giải quyết'),
  );
  if (procedures.length < least) return undefined;
  // A date given with --effective is the officer's: the decision's is not put before it.
  const rows = procedures.map((procedure) =>
    catalogRow(procedure, effective ? undefined : reader.decision, hoursPerDay),
  );
  const header = [...new Set(rows.flatMap((row) => [...row.keys()]))];
  const catalog: Sheet = { name: '', rows: [header, ...rows.map((row) => header.map((key) => row.get(key) ?? ''))] };
  const ids = new Map(
    procedures.map((procedure, i) => [
      procedure,
      idFor(oneLine(rows[i]!.get('Mã thủ tục')!), oneLine(procedure.title)),
    ]),
  );
  // A column naming each row's procedure, as a steps sheet of a workbook has it.
  const sheets = tables.map(({ table, headerRow, owners }) => ({
    name: table.name,
    rows: [
      ...table.rows.slice(0, headerRow).map((row) => ['', ...row]),
      ['Mã hiệu quy trình', ...table.rows[headerRow]!],
      ...table.rows.slice(headerRow + 1).flatMap((row, r) => {
        const owner = owners[r];
        // A row that is no step stays, emptied, so that every row keeps its number in the reports.
        return owner === null ? [['', ...row.map(() => '')]] : [[(owner && ids.get(owner)) ?? '', ...row]];
      }),
    ],
    // Row for row as above, the procedure column first: a time merged over two steps stays one time.
    ...(table.mergedDown ? { mergedDown: table.mergedDown.map((row) => [false, ...row]) } : {}),
  }));
  const decision = effective ? undefined : reader.decision;
  // Each procedure's sections, as an ISO document's: its lines and its other tables (dossier, forms, records…).
  const sections = new Map(
    procedures.map((procedure) => [
      ids.get(procedure)!,
      withDefinitionLines(documentSections({ paragraphs: procedure.lines, tables: procedure.tables }), procedure.lines),
    ]),
  );
  return { sheets: [catalog, ...sheets], sections, ...(decision ? { decision } : {}) };
}

/** Says, of each procedure whose effective date is the decision's, where the date came from and what to write. */
export function withDecisionDate(outcomes: ImportOutcome[], decision: Decision | undefined): ImportOutcome[] {
  if (!decision) return outcomes;
  return outcomes.map((outcome) => {
    if (outcome.imported?.procedure.effective !== decision.date) return outcome;
    const warning = said('effectiveFromDecision', { decision: decision.number, date: vnDate(decision.date) });
    const implied = [...(outcome.imported.implied ?? []), { field: 'effective' as const, warning }];
    return {
      ...outcome,
      imported: { ...outcome.imported, warnings: [...outcome.imported.warnings, warning], implied },
    };
  });
}
