// The full-width forms (U+FF01 to U+FF5E) mirror ASCII 0x21 to 0x7E at a fixed distance; U+3000 is the full-width space.
// A Vietnamese IME left in its full-width mode types "２０２６" and "１３／０２"; they mean what their ASCII twins mean.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const DISTANCE = 0xfee0;

/** The text with full-width digits, letters, signs and space as their ASCII twins ("２０２６" as "2026"), for reading numbers and dates typed. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - DISTANCE),
  );
}
