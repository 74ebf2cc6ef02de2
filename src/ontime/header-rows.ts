/**
 * A header written over two rows, as reports and the dossier register are laid out: a cell merged down over both
 * rows names its column in the upper row, and a group heading merged across ("Thời gian", "Kết quả giải quyết")
 * stands over the sub-headings that name the columns ("Ngày tiếp nhận | Ngày hẹn trả").
 */
import { cellMoment, cellText, type Cell } from './cells.js';
import { planColumns, type ColumnMapping, type ColumnPlan } from './columns.js';

/**
 * The header cells of two rows read as one: the lower row's, else the upper's; joined when only that is known. A group
 * heading stands over every sub-heading up to the next heading: a heading merged across leaves the cells after its
 * first empty, in a workbook as in its CSV ("Ngày" over "Tiếp nhận | Có kết quả").
 */
export function joinHeaderRows(upper: readonly Cell[], lower: readonly Cell[], mapping: ColumnMapping): string[] {
  const cells: string[] = [];
  // The group heading the empty upper cells stand under: one with a sub-heading of its own under it.
  let group = '';
  for (let i = 0; i < Math.max(upper.length, lower.length); i++) {
    const own = cellText(upper[i]);
    const bottom = cellText(lower[i]);
    if (own !== '') group = bottom === '' ? '' : own;
    const top = own === '' && bottom !== '' ? group : own;
    // A sub-heading that is no header alone is one under its group: "Thời gian" over "tiếp nhận"; read so even when
    // procmap knows neither, so that "Ngày" over "Xong" is told as an unread date column. Vietnamese puts the head
    // word first, so "Mã" and "Tên" under "Thủ tục hành chính" read as "Mã thủ tục hành chính", "Tên thủ tục …".
    const joined = `${top} ${bottom}`;
    const headFirst = `${bottom} ${top}`;
    cells.push(
      bottom === '' || top === ''
        ? bottom || top
        : known(bottom, mapping)
          ? bottom
          : !known(joined, mapping) && known(headFirst, mapping)
            ? headFirst
            : joined,
    );
  }
  return cells;
}

function known(header: string, mapping: ColumnMapping): boolean {
  const plan = planColumns([header], mapping);
  // A moment's hour ("Giờ" under "Tiếp nhận": "Giờ tiếp nhận") is known too: read as "Tiếp nhận Giờ", no header
  // procmap knows, the receipts were counted by their dates alone.
  return Object.keys(plan.fields).length > 0 || plan.steps.length > 0 || plan.times !== undefined;
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
