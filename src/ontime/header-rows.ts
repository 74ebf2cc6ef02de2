/**
 * A header written over two rows, as reports and the dossier register are laid out: a cell merged down over both
 * rows names its column in the upper row, and a group heading merged across ("Thời gian", "Kết quả giải quyết")
 * stands over the sub-headings that name the columns ("Ngày tiếp nhận | Ngày hẹn trả").
 */
import { cellMoment, cellText, type Cell } from './cells.js';
import { planColumns, type ColumnMapping, type ColumnPlan } from './columns.js';

/** The header cells of two rows read as one: the lower row's, else the upper's; joined when only that is known. */
export function joinHeaderRows(upper: readonly Cell[], lower: readonly Cell[], mapping: ColumnMapping): string[] {
  const cells: string[] = [];
  for (let i = 0; i < Math.max(upper.length, lower.length); i++) {
    const top = cellText(upper[i]);
    const bottom = cellText(lower[i]);
    // A sub-heading that is no header alone may be one under its group: "Thời gian" over "tiếp nhận".
    const joined = `${top} ${bottom}`;
    cells.push(bottom === '' ? top : top === '' || known(bottom, mapping) || !known(joined, mapping) ? bottom : joined);
  }
  return cells;
}

function known(header: string, mapping: ColumnMapping): boolean {
  const plan = planColumns([header], mapping);
  return Object.keys(plan.fields).length > 0 || plan.steps.length > 0;
}

/** How many fields and steps a plan places. */
export function placed(plan: ColumnPlan): number {
  return Object.keys(plan.fields).length + plan.steps.length;
}

/** Whether a row can be a header's second row: text only, no moment and no number (data rows have both). */
export function mayBeHeaderRow(values: readonly Cell[]): boolean {
  return (
    values.every((value) => typeof value === 'string' || value === undefined || value === null) &&
    values.every((value) => typeof cellMoment(value) !== 'number')
  );
}
