/** The notes on columns an export has that procmap saw and did not read, in the report's words (docs/ontime.md). */
import type { Lang } from '../i18n.js';
import type { OntimeReport, UnreadColumn } from '../ontime/aggregate.js';
import { yamlValue } from './yaml-value.js';

/**
 * The note on one column seen and not read that may hold the result's date, the appointment or a pause's start or
 * end: what that leaves unmeasured and the field to map it to. Raw text: each output escapes the file's words its own
 * way.
 */
export function unreadColumnNote({ file, column, field }: UnreadColumn, lang: Lang): string {
  const vi = lang === 'vi';
  // Written so that the line, copied into the --map file, names this column.
  const value = yamlValue(column);
  if (field === 'finished')
    return vi
      ? `${file}: không có cột ngày có kết quả, và cột "${column}" không được đọc; nếu đó là ngày có kết quả, chỉ ra bằng --map (finished: ${value})`
      : `${file}: no column of the result's date, and the column "${column}" is not read; if it holds that date, map it with --map (finished: ${value})`;
  if (field === 'appointment')
    return vi
      ? `${file}: không có cột ngày hẹn trả, và cột "${column}" không được đọc; nếu đó là ngày hẹn trả, chỉ ra bằng --map (appointment: ${value})`
      : `${file}: no column of the appointment date, and the column "${column}" is not read; if it holds the appointment, map it with --map (appointment: ${value})`;
  return vi
    ? `${file}: cột "${column}" có vẻ ghi thời điểm tạm dừng chờ bổ sung hồ sơ nhưng không được đọc, nên thời gian chờ công dân bổ sung bị tính vào thời hạn; nếu đúng vậy, chỉ ra bằng --map: pauseStart cho cột ngày bắt đầu tạm dừng (ngày yêu cầu bổ sung), pauseEnd cho cột ngày tiếp tục giải quyết (ngày nhận đủ hồ sơ bổ sung), ví dụ ${field}: ${value}`
    : `${file}: the column "${column}" looks like a moment of a pause for the applicant's additions but is not read, so the time waiting for the applicant counts against the limit; if it is one, map it with --map: pauseStart for the column of the pause's start (the request for additions), pauseEnd for the column of its end (the additions received), e.g. ${field}: ${value}`;
}

/** The report's notes on columns seen and not read, one per column, in the order the files were read. */
export function unreadColumnNotes(report: Pick<OntimeReport, 'unreadColumns'>, lang: Lang): string[] {
  return report.unreadColumns.map((found) => unreadColumnNote(found, lang));
}
