/** The notes on how an export was read that the officer must see: paused days given as counts, hidden sheets measured. */
import type { Lang } from '../i18n.js';
import type { HiddenRowsFound, HiddenSheetFound, OntimeReport, PauseDaysOnlyFound } from '../ontime/aggregate.js';
import { formatCount } from './ontime-labels.js';
import { quotedSheet } from '../ontime/row-place.js';
import { unmappedNotes } from './ontime-unmapped-notes.js';

/**
 * The note on a file whose paused days are a count alone: a count cannot be placed on the working calendar, so a
 * paused dossier that reads late without its pauses is not measured. Raw text: each output escapes it its own way.
 */
export function pauseDaysOnlyNote({ file, column }: PauseDaysOnlyFound, lang: Lang): string {
  return lang === 'vi'
    ? `${file}: cột "${column}" chỉ ghi số ngày tạm dừng, không ghi tạm dừng từ lúc nào đến lúc nào; số ngày không đặt được lên lịch làm việc (ngày nghỉ, ngày lễ, giờ trong ngày), nên hồ sơ có tạm dừng mà không tính tạm dừng thì quá hạn không được đo; hãy xuất thêm cột "Ngày tạm dừng" và "Ngày tiếp tục", hoặc cột "Tạm dừng" (13/02/2026 09:00 - 16/02/2026 10:00)`
    : `${file}: the column "${column}" gives a number of paused days, not when each pause started and ended; a number of days cannot be placed on the working calendar (days off, holidays, hours of the day), so a paused dossier that reads late without its pauses is not measured; export the columns "Ngày tạm dừng" and "Ngày tiếp tục" too, or "Tạm dừng" (13/02/2026 09:00 - 16/02/2026 10:00)`;
}

/** The note on a hidden sheet whose dossiers were measured: a draft or a copy hidden in the workbook is to be deleted. */
export function hiddenSheetNote({ file, sheet }: HiddenSheetFound, lang: Lang): string {
  return lang === 'vi'
    ? `${file}: trang ${quotedSheet(sheet)} đang ẩn, nhưng hồ sơ trong đó vẫn được đo như mọi trang khác; nếu đó không phải hồ sơ của kỳ báo cáo (bản nháp, bản sao), hãy xóa trang đó rồi chạy lại`
    : `${file}: the sheet ${quotedSheet(sheet)} is hidden, and its dossiers are measured like any other's; if they are not dossiers of the period (a draft, a copy), delete the sheet and run again`;
}

/**
 * The note on a workbook's hidden rows, measured: a dossier received is one whether or not its row was hidden to
 * filter the view, while Excel's SUBTOTAL leaves rows filtered out (and, as 101–111, rows hidden by hand) out of a
 * sheet's own totals, which may then be fewer than the report's (Microsoft, "SUBTOTAL function").
 */
export function hiddenRowsNote({ file, count, rows }: HiddenRowsFound, lang: Lang): string {
  const word = lang === 'vi' ? 'dòng' : 'row';
  const places = rows.map(({ row, sheet }) =>
    sheet === undefined ? `${row}` : `${lang === 'vi' ? 'trang' : 'sheet'} ${quotedSheet(sheet)} ${word} ${row}`,
  );
  // "dòng 3, 5" on a sheet alone; each row with its sheet in a workbook of several.
  const listed = `${rows[0]?.sheet === undefined ? `${word}${rows.length > 1 && lang === 'en' ? 's' : ''} ` : ''}${places.join(', ')}${count > rows.length ? ', …' : ''}`;
  return lang === 'vi'
    ? `${file}: ${formatCount(count, lang)} dòng hồ sơ đang ẩn trong sổ tính (ẩn tay hoặc bị lọc: ${listed}) vẫn được đo như mọi dòng, vì mỗi dòng là một hồ sơ; dòng tổng của Excel tính bằng SUBTOTAL bỏ qua dòng bị lọc (và dòng ẩn tay, với mã 101–111), nên có thể ít hơn số hồ sơ của báo cáo này; dòng nào không phải hồ sơ (dòng thử, bản sao) thì hãy xóa chứ đừng ẩn, rồi chạy lại`
    : `${file}: ${formatCount(count, lang)} dossier row${count === 1 ? '' : 's'} hidden in the workbook (by hand or by a filter: ${listed}) ${count === 1 ? 'is' : 'are'} measured like any other, since each row is a dossier; Excel's totals by SUBTOTAL leave out rows filtered out (and rows hidden by hand, with codes 101–111), so they may count fewer dossiers than this report; delete a row that is no dossier (a test, a copy) rather than hide it, and run again`;
}

/** The report's notes on paused days given as counts and on hidden sheets measured, in the order the files were read. */
export function fileNotes(
  report: Pick<OntimeReport, 'pauseDaysOnly' | 'hiddenSheets' | 'hiddenRows' | 'unmapped'>,
  lang: Lang,
): string[] {
  return [
    ...unmappedNotes(report, lang),
    ...report.pauseDaysOnly.map((found) => pauseDaysOnlyNote(found, lang)),
    ...report.hiddenSheets.map((found) => hiddenSheetNote(found, lang)),
    ...report.hiddenRows.map((found) => hiddenRowsNote(found, lang)),
  ];
}
