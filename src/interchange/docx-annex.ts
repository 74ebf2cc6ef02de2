import { parseDuration } from '../model/duration.js';
import type { ColumnMap } from './columns.js';
import { factsOf, isStepRow } from './docx-import.js';
import type { WordDocument } from './docx-read.js';
import { idFor } from './record.js';
import type { Sheet } from './sheets.js';
import { clean, isTotalRow, oneLine } from './text.js';
import { fieldOfHeading, stepHeaderRow } from './workbook-import.js';

// An annex of internal processes (quy trình nội bộ), as a province's chairman approves them for a field or a level:
// one Word document holding many procedures, each a numbered heading ("1. Thủ tục đăng ký khai sinh (Mã TTHC:
// 1.001193)" or "Tên thủ tục: …"), its facts on the lines below ("Thời hạn giải quyết: …", "Tổng thời gian giải
// quyết: …") and its step table; fields ("I. LĨNH VỰC HỘ TỊCH") and levels ("… CẤP XÃ") as headings above them.

// A procedure's heading: numbered and starting with "Thủ tục", or labelled "Tên thủ tục:" / "Thủ tục:".
const HEADING =
  /^(?:(?:\d+(?:\.\d+)*\s*[.)]\s*)(?=thủ tục\s)|(?:\d+(?:\.\d+)*\s*[.)]\s*)?(?:tên )?thủ tục(?: hành chính)?\s*[:：]\s*)(.+)$/iu;
// The national code written with the title: "(Mã TTHC: 1.001193)", "- Mã số: 1.001193", "(mã thủ tục 2.000815)".
const CODE_IN_TITLE = /\s*[(-]?\s*mã(?: số)?(?: tthc| thủ tục(?: hành chính)?)?\s*[:：]?\s*([0-9][\w.-]*)\s*\)?\s*$/iu;
// A heading in capitals naming the level of the procedures below it: "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH".
const LEVEL = /(?<!\p{L})CẤP (TRUNG ƯƠNG|TỈNH|HUYỆN|XÃ)(?!\p{L})/u;

/** One procedure of an annex: its heading's place among the paragraphs and the next one's, title, code, field, level. */
interface AnnexProcedure {
  at: number;
  end: number;
  title: string;
  code?: string;
  field?: string;
  level?: string;
}

/** The title and code a procedure's heading gives, "Thủ tục đăng ký khai sinh (Mã TTHC: 1.001193)" → title, code. */
function titleOf(heading: string): { title: string; code?: string } {
  const code = CODE_IN_TITLE.exec(heading);
  const named = (code ? heading.slice(0, code.index) : heading).replace(/^thủ tục(?: hành chính)?\s*[:：]?\s*/iu, '');
  const title = clean(named).replace(/[.;:]$/u, '');
  return { title: title.charAt(0).toLocaleUpperCase('vi') + title.slice(1), ...(code ? { code: code[1]! } : {}) };
}

/** The procedures' headings in the order of the document, each with the field and level of the headings above it. */
function headingsOf(paragraphs: readonly string[]): AnnexProcedure[] {
  const found: AnnexProcedure[] = [];
  let field: string | undefined;
  let level: string | undefined;
  paragraphs.forEach((line, at) => {
    field = fieldOfHeading(line) ?? field;
    const named = LEVEL.exec(line);
    if (named && line === line.toLocaleUpperCase('vi')) level = `Cấp ${named[1]!.toLocaleLowerCase('vi')}`;
    const heading = HEADING.exec(line);
    if (!heading) return;
    const { title, code } = titleOf(heading[1]!);
    if (title === '') return;
    const last = found[found.length - 1];
    if (last) last.end = at;
    found.push({
      at,
      end: paragraphs.length,
      title,
      ...(code ? { code } : {}),
      ...(field ? { field } : {}),
      ...(level ? { level } : {}),
    });
  });
  return found;
}

/** A step table's total as a limit, "Tổng thời gian giải quyết | | 01 ngày làm việc": the last cell that is a time. */
function totalOf(tables: readonly Sheet[]): string | undefined {
  for (const table of tables)
    for (const row of table.rows)
      if (isTotalRow(row)) {
        const time = [...row].reverse().find((cell) => cell && parseDuration(cell.split('\n')[0]!) !== undefined);
        if (time) return time.split('\n')[0];
      }
  return undefined;
}

/**
 * The sheets of an annex of internal processes for the spreadsheet import: one catalog row per procedure heading that
 * owns a step table (the tables after it, up to the next heading), and those tables with a column naming their
 * procedure. The limit is the one the procedure's lines state ("Thời hạn giải quyết", "Tổng thời gian giải quyết"),
 * else its step table's total: no longer than the law's, so the safe one to count against. Undefined when the
 * document is no annex (fewer than two procedures with a step table each).
 */
export function annexSheets(document: WordDocument, map: ColumnMap = {}): { sheets: Sheet[] } | undefined {
  const starts = document.tableStarts;
  if (!starts) return undefined;
  const headings = headingsOf(document.paragraphs);
  if (headings.length < 2) return undefined;
  // Each step table belongs to the last heading above it.
  const owned = new Map<AnnexProcedure, { table: Sheet; headerRow: number }[]>();
  let h = -1;
  document.tables.forEach((table, t) => {
    const headerRow = stepHeaderRow(table, map);
    // Tables come in the order of the document: the heading above one is at or after the one above the last.
    while (h + 1 < headings.length && headings[h + 1]!.at < starts[t]!) h++;
    const owner = headings[h];
    if (headerRow === undefined || !owner) return;
    const list = owned.get(owner) ?? owned.set(owner, []).get(owner)!;
    list.push({ table, headerRow });
  });
  if (owned.size < 2) return undefined;
  const header = ['Tên thủ tục', 'Mã thủ tục', 'Lĩnh vực', 'Cấp thực hiện', 'Thời hạn giải quyết'];
  const rows: string[][] = [];
  const extra: string[] = [];
  const tables: Sheet[] = [];
  for (const [procedure, steps] of owned) {
    // "Tổng thời gian giải quyết: …" states the limit as "Thời gian giải quyết: …" does; bullets are no part of it.
    const lines = document.paragraphs
      .slice(procedure.at + 1, procedure.end)
      .map((line) => line.replace(/^[-–•+*]\s*/u, '').replace(/^tổng (thời gian|thời hạn)/iu, '$1'));
    const facts = factsOf({ paragraphs: lines, tables: [] });
    const code = procedure.code ?? facts.get('Mã thủ tục');
    const stated = facts.get('Thời hạn giải quyết');
    const limit = stated ?? totalOf(steps.map(({ table }) => table));
    // A procedure's own "Lĩnh vực:" or "Cấp thực hiện:" line says more than the heading above it.
    const field = facts.get('Lĩnh vực') ?? procedure.field ?? '';
    const level = facts.get('Cấp thực hiện') ?? procedure.level ?? '';
    const row = [procedure.title, code ?? '', field, level, limit ?? ''];
    // Said in the file's note, where the officer reads it: the law's limit is to be checked against.
    if (stated === undefined && limit !== undefined)
      facts.set(
        'Ghi chú',
        'Thời hạn giải quyết lấy từ dòng tổng thời gian của bảng các bước: hãy đối chiếu với văn bản',
      );
    for (const [key, value] of facts) {
      if (header.includes(key)) continue;
      if (!extra.includes(key)) extra.push(key);
      row[header.length + extra.indexOf(key)] = value;
    }
    rows.push(row);
    const id = idFor(code ? oneLine(code) : '', oneLine(procedure.title));
    // A column naming the procedure, as a steps sheet of a workbook has it: the rows go to their heading's procedure.
    for (const { table, headerRow } of steps) {
      const above = table.rows.slice(0, headerRow).map((r) => ['', ...r]);
      const named = ['Mã hiệu quy trình', ...table.rows[headerRow]!];
      const body = table.rows.slice(headerRow + 1).filter(isStepRow);
      tables.push({ name: table.name, rows: [...above, named, ...body.map((r) => [id, ...r])] });
    }
  }
  const catalog: Sheet = {
    name: '',
    rows: [[...header, ...extra], ...rows.map((row) => Array.from(row, (c) => c ?? ''))],
  };
  return { sheets: [catalog, ...tables] };
}
