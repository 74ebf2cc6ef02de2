import { isLongWord } from '../document/long-words.js';

// A page's markup: the contents of script, style, title and textarea elements (which hold no markup), tags (whose
// attributes hold addresses and search text that must stay as they are), and the text between them.
const PARTS = /<(script|style|title|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<[^>]*>|[^<]+/giu;
const WORD = /\S+/gu;

/**
 * A site page with each long word of its text (a web address, an e-mail, a name typed without spaces; see
 * isLongWord) in a `long-word` span, which the style sheet lets break at any character: one such word would
 * otherwise widen its table cell, and the page, past the screen. Ordinary words get no span, so they wrap as before
 * and a table's columns keep their widths.
 */
export function markLongWords(page: string): string {
  return page.replace(PARTS, (part) =>
    part.startsWith('<') ? part : part.replace(WORD, (word) => (isLongWord(word) ? `<span class="long-word">${word}</span>` : word)),
  );
}
