// A UTF-8 file opened as "ANSI" (Windows-1252: Notepad, Excel's CSV import, an editor guessing the encoding) and saved
// again as UTF-8 holds each byte of a Vietnamese letter as a letter of its own: "Công an xã" is "CÃ´ng an xÃ£",
// "Đăng ký" is "Ä\u0090Äƒng kÃ½". The bytes are all still there, so the text is put back exactly, as no VNI or TCVN3
// text can be (vni-text.ts, tcvn3-text.ts): each letter's Windows-1252 byte, read again as UTF-8.

// The letters Windows-1252 gives the bytes 0x80–0x9F; the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90,
// 0x9D) come back as the control characters of the same number, as Windows' converter and WHATWG's decoder give them.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTES: ReadonlyMap<string, number> = new Map([...HIGH].map((letter, i) => [letter, 0x80 + i]));

// The lead of a Vietnamese letter's bytes as Windows-1252 shows it, and a byte after it: Ã Ä Å Æ lead the letters of
// Latin-1 and Latin Extended-A (â, ă, đ, ơ, ư), á then º or » those of Latin Extended Additional (ạ … ỹ).
const MAY = /[ÃÄÅÆ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|á[º»]/;
// A letter with a mark, which the text put back must hold ("ô", "ă", "ệ"): bytes that make only symbols were no letters.
// Real Vietnamese text is never taken for one: nearly every word has a letter Windows-1252 lacks (ạ, ă, đ, ơ, ư…),
// and its Latin-1 letters never stand as UTF-8 does, a lead (Ã, Ä, Å, Æ, á) before a symbol (´, £, º, »).
const MARKED = /[\u00C0-\u024F\u1E00-\u1EFF]/u;

/** Whether a text may be UTF-8 read as Windows-1252: false means ansiRepaired gives undefined, found at a glance. */
export function mayHoldAnsi(text: string): boolean {
  return MAY.test(text);
}

/**
 * The text a UTF-8 text read as Windows-1252 was ("CÃ´ng an xÃ£" → "Công an xã"), or undefined when it is not one:
 * every letter must be a Windows-1252 byte, the bytes UTF-8, and the text they make hold a letter with a mark.
 */
export function ansiRepaired(text: string): string | undefined {
  if (!mayHoldAnsi(text)) return undefined;
  // Exact or nothing: a byte lost on the way (a no-break space, 0xA0 in "à", read as a space; a soft hyphen, 0xAD in
  // "ử", dropped) leaves bytes that are no UTF-8, and guessing it back could give another letter ("Ỡ" for "ử").
  const bytes: number[] = [];
  for (const letter of text) {
    const code = letter.codePointAt(0)!;
    // A control of 0x80–0x9F is its own byte too: a reader of ISO-8859-1 (not Windows-1252) leaves every such byte so.
    const byte = code <= 0xff ? code : BYTES.get(letter);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  let repaired: string;
  try {
    repaired = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
  return repaired !== text && MARKED.test(repaired) ? repaired.normalize('NFC') : undefined;
}
