// A heading in capitals naming the level of the procedures below it: "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH", as catalogs
// and annexes group them. In capitals only: a title that mentions a level ("Cấp bản sao … cấp xã") names none.
const LEVEL = /(?<!\p{L})CẤP (TRUNG ƯƠNG|TỈNH|HUYỆN|XÃ)(?!\p{L})/u;

/** The level a heading in capitals names, "II. THỦ TỤC HÀNH CHÍNH CẤP HUYỆN" → "Cấp huyện"; undefined for another. */
export function levelOfHeading(text: string): string | undefined {
  if (text !== text.toLocaleUpperCase('vi')) return undefined;
  const named = LEVEL.exec(text);
  return named ? `Cấp ${named[1]!.toLocaleLowerCase('vi')}` : undefined;
}
