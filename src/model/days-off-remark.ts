import { asciiWords } from './fold.js';

// The words that leave days out of a count, folded: "không kể", "không tính", "không bao gồm", "trừ".
const LEAVES_OUT = /(?:^|\s)(?:khong ke|khong tinh|khong bao gom|tru)\b/;
const WEEKEND = /\b(?:thu bay|thu 7|t7|chu nhat|cn|cuoi tuan)\b/;
const HOLIDAY = /\b(?:le|tet)\b/;
// "Ngày nghỉ" alone, or "theo quy định": every day off, weekends and holidays alike.
const EVERY_DAY_OFF = /\bngay nghi\b(?! (?:le|tet|thu|chu|cuoi))/;

/**
 * Which days off a limit's remark leaves out of its count: `all` when it names weekends and holidays, or days off in
 * general ("(không kể thứ bảy, chủ nhật, ngày lễ, tết)", "(không kể ngày nghỉ theo quy định)"), which is what working
 * days are (Labour Code 2019 Art. 112, holidays; QĐ 188/1999/QĐ-TTg, the Monday-to-Friday week); `weekends` when it
 * names Saturday and Sunday only ("(không kể thứ bảy, chủ nhật)"); undefined for any other remark.
 */
export function daysLeftOut(remark: string | undefined): 'all' | 'weekends' | undefined {
  if (remark === undefined) return undefined;
  // The remark may follow when counting starts: "kể từ ngày nhận đủ hồ sơ (không kể thứ bảy, chủ nhật)".
  const all = asciiWords(remark);
  const at = all.search(LEAVES_OUT);
  if (at < 0) return undefined;
  const words = all.slice(at);
  const weekend = WEEKEND.test(words);
  if (EVERY_DAY_OFF.test(words) || (weekend && HOLIDAY.test(words))) return 'all';
  return weekend ? 'weekends' : undefined;
}
