// A title printed in capitals ("CẤP PHIẾU LÝ LỊCH TƯ PHÁP CHO CÔNG DÂN VIỆT NAM") written as a name: small letters
// after the first, except the words no small letters can give back — abbreviations (UBND, TNHH, BHYT), which are no
// Vietnamese syllable, and numbers (63/2010/NĐ-CP) — and the words the document itself writes with capitals inside a
// sentence ("… cấp Phiếu lý lịch tư pháp cho công dân Việt Nam" in its purpose), which are names.

import { inCapitals } from './text.js';
import { isTonelessSyllable, TONE } from '../model/vietnamese-syllable.js';

const LETTERS = /^\p{L}+$/u;
const LEGAL_KIND =
  /(?<![\p{L}])(?:nghị định|nghị quyết|thông tư liên tịch|thông tư|quyết định|pháp lệnh|luật)(?=\s+(?:số\s+)?\d)/gu;
// How many of a document's texts, and how many of their characters, from its start, may lend a title its capitals:
// the purpose and scope that restate it are on the first pages (a document of 500,000 lines, or of a few paragraphs
// of megabytes each, is not read through for it).
const CONTEXT_TEXTS = 2000;
const CONTEXT_CHARS = 200_000;
// The longest title the document's texts may lend capitals to: a procedure's name runs to a few dozen words, and a
// "title" of thousands (a damaged or hostile document) was compared with every word of every text (minutes).
const MAX_TITLE_WORDS = 200;

/**
 * Whether a word in capitals reads as a Vietnamese syllable, so that it can be written in small letters: its letters,
 * once the punctuation around them ("(CẤP", "TỊCH,") is set aside.
 */
export function isSyllable(word: string): boolean {
  const letters = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const base = letters.toLowerCase().normalize('NFD').replace(TONE, '').normalize('NFC');
  return LETTERS.test(letters) && isTonelessSyllable(base);
}

/** A word of a text, where it stands among the text's words, and whether it opens a sentence (its case says nothing). */
interface ContextWord {
  lower: string;
  written: string;
  opens: boolean;
}

// The words of the texts a document writes as names (those not in capitals), each marked when it opens a sentence.
function contextWords(texts: readonly string[]): ContextWord[][] {
  return texts
    .filter((text) => !inCapitals(text))
    .map((text) => {
      const words: ContextWord[] = [];
      let opens = true;
      for (const match of text.normalize('NFC').matchAll(/[\p{L}\p{N}]+|[.!?:;]/gu)) {
        const token = match[0];
        if (/^[.!?:;]$/.test(token)) {
          opens = true;
          continue;
        }
        words.push({ lower: token.toLowerCase(), written: token, opens });
        opens = false;
      }
      return words;
    });
}

/** The document's first texts, within CONTEXT_TEXTS and CONTEXT_CHARS (the text that crosses it cut there). */
function firstTexts(context: readonly string[]): string[] {
  const texts: string[] = [];
  let room = CONTEXT_CHARS;
  for (const text of context.slice(0, CONTEXT_TEXTS)) {
    if (room <= 0) break;
    texts.push(text.length > room ? text.slice(0, room) : text);
    room -= text.length;
  }
  return texts;
}

/**
 * A title in capitals written as a name (see the module's comment); `context`: the document's other texts, whose
 * runs of two words or more written the same (but for case) lend the title their capitals. A title not in capitals is
 * kept as written, its first letter made a capital.
 */
export function titleAsName(text: string, context: readonly string[] = []): string {
  if (!inCapitals(text)) return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
  const tokens = text.normalize('NFC').split(/(\s+)/u);
  const words = tokens.map((token, i) => (i % 2 === 1 || !isSyllable(token) ? token : token.toLowerCase()));
  const wordAt = tokens.flatMap((token, i) => (i % 2 === 0 && token !== '' ? [i] : []));
  const lowered = wordAt.map((i) => words[i]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase());
  // Only texts holding two of the title's words in a row can lend it capitals, from the document's first pages.
  const pairs = lowered.slice(1).map((word, i) => `${lowered[i]} ${word}`);
  const lending = wordAt.length > MAX_TITLE_WORDS ? [] : firstTexts(context);
  const near = lending.filter((text) => {
    const folded = text.toLowerCase().replace(/\s+/gu, ' ');
    return pairs.some((pair) => folded.includes(pair));
  });
  const runs = contextWords(near);
  // Where each of the title's words stands inside a sentence of the context: only those places can start a run.
  const starts = new Map<string, [ContextWord[], number][]>(lowered.map((word) => [word, []]));
  for (const run of runs)
    run.forEach((word, j) => {
      if (!word.opens) starts.get(word.lower)?.push([run, j]);
    });
  // Left to right, the longest run of the title's words the context writes inside a sentence, two words or more.
  for (let w = 0; w < wordAt.length;) {
    let best: ContextWord[] = [];
    for (const [run, j] of starts.get(lowered[w]!) ?? []) {
      let n = 1;
      while (w + n < lowered.length && j + n < run.length && run[j + n]!.lower === lowered[w + n]) n++;
      if (n > best.length) best = run.slice(j, j + n);
    }
    if (best.length < 2) {
      w++;
      continue;
    }
    best.forEach((word, k) => {
      // A syllable takes the context's case; an abbreviation keeps its capitals.
      const at = wordAt[w + k]!;
      if (isSyllable(tokens[at]!)) words[at] = words[at]!.replace(word.lower, word.written);
    });
    w += best.length;
  }
  // A kind of legal document before its number is a name: "Nghị định 54/2017/NĐ-CP", "Luật số 43/2013/QH13".
  const title = words
    .join('')
    .replace(LEGAL_KIND, (kind: string) => kind.charAt(0).toLocaleUpperCase('vi') + kind.slice(1));
  return title.charAt(0).toLocaleUpperCase('vi') + title.slice(1);
}
