import { foldCase } from '../model/fold.js';

// A heading in capitals naming the level of the procedures below it: "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", as catalogs
// and annexes group them. In capitals the level may stand anywhere in it; a title that mentions a level ("Cấp bản sao
// … cấp xã") is not in capitals.
const LEVEL = /(?<!\p{L})CẤP (TRUNG ƯƠNG|TỈNH|HUYỆN|XÃ)(?!\p{L})/u;

// The same heading in lower or sentence case ("i. thủ tục hành chính cấp tỉnh", "Thủ tục hành chính cấp huyện", "B.
// Thủ tục cấp xã"), compared in Vietnamese lower case: the level's words alone, after a group's letter or Roman number.
// No word more: "Thủ tục cấp xã về đăng ký kết hôn" is a title, and so is "1. Thủ tục …", numbered as procedures are.
const LEVEL_WORDS =
  /^(?:(?:[ivxlc]+|[a-zđ])\s*[.)]\s*)?(?:các )?thủ tục(?: hành chính)?(?: thuộc thẩm quyền giải quyết(?: của)?| thực hiện tại| tại)? cấp (trung ương|tỉnh|huyện|xã)\s*[:.]?$/u;

/** The level a heading names, "II. THỦ TỤC HÀNH CHÍNH CẤP HUYỆN" → "Cấp huyện"; undefined for another text. */
export function levelOfHeading(text: string): string | undefined {
  const written = text.normalize('NFC');
  const named = written === written.toLocaleUpperCase('vi') ? LEVEL.exec(written) : LEVEL_WORDS.exec(foldCase(written));
  return named ? `Cấp ${named[1]!.toLowerCase()}` : undefined;
}
