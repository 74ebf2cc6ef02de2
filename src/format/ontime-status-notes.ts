/** The note on an export whose statuses are a vendor's numeric codes, in the report's words (docs/ontime.md). */
import type { Lang } from '../i18n.js';
import type { OntimeReport, StatusCodesFound } from '../ontime/aggregate.js';

/**
 * The note on one file whose status column holds numeric codes: which codes, how many rows each, how they were measured
 * and how to map them. Raw text: each output escapes the file's words its own way.
 */
export function statusCodeNote({ file, column, codes }: StatusCodesFound, lang: Lang): string {
  const first = codes[0]![0];
  if (lang === 'vi') {
    const list = codes.map(([code, rows]) => `${code}: ${rows} hồ sơ`).join('; ');
    return `${file}: cột "${column}" ghi trạng thái bằng mã số (${list}), procmap không đọc được: mỗi phần mềm một cửa đánh mã một khác, và procmap không có nguồn nào cho biết nghĩa của các mã này. Các hồ sơ đó được đo theo ngày tháng như khi không có trạng thái: không có ngày có kết quả thì tính là đang giải quyết, kể cả khi mã đó có nghĩa là đã rút, bị từ chối hay đang tạm dừng chờ bổ sung. Hãy xuất trạng thái bằng chữ ("Đã trả kết quả", "Chờ bổ sung hồ sơ", "Đã rút hồ sơ"), hoặc, nếu tài liệu của phần mềm cho biết nghĩa của mã, ghép mã với chữ bằng --map hay \`ontime:\` trong procmap.config.yaml (statuses: { "${first}": "…" }, với chữ mà tài liệu ghi cho mã ${first})`;
  }
  const list = codes.map(([code, rows]) => `${code}: ${rows} ${rows === 1 ? 'dossier' : 'dossiers'}`).join('; ');
  return `${file}: the column "${column}" writes statuses as numeric codes (${list}), which procmap does not read: each one-stop software numbers them its own way, and no source procmap has says what they mean. Those dossiers are measured by their dates as if they had no status: without a result's date they count as open, even if the code means withdrawn, refused or paused for additions. Export the statuses in words ("Đã trả kết quả", "Chờ bổ sung hồ sơ", "Đã rút hồ sơ"), or, where the software's manual says what a code means, map the code to words with --map or \`ontime:\` in procmap.config.yaml (statuses: { "${first}": "…" }, with the words the manual gives for code ${first})`;
}

/** The report's notes on numeric status codes, one per file that has them, in the order the files were read. */
export function statusCodeNotes(report: Pick<OntimeReport, 'statusCodes'>, lang: Lang): string[] {
  return report.statusCodes.map((found) => statusCodeNote(found, lang));
}
