import { spelledOutName } from './abbreviations.js';
import { withoutDiacritics, foldCase } from './fold.js';

// What officers put between the parts of a body's name, or leave out, without changing which body it is: dashes,
// commas, "&", "và" ("Tư pháp - Hộ tịch", "Tư pháp hộ tịch"; "HĐND và UBND", "HĐND-UBND"). A slash or brackets may
// say "or" or who in the body (`Phòng A/B` is not `Phòng A-B`, abbreviations.ts): they stay part of the word.
const SEPARATORS = /[\s\-–—&,.;:]+/u;
const JOINED = /[-–—&]/u;
const AND = 'va';

type Word = { word: string; initials: boolean };

/**
 * The words of a body's name as they compare when only punctuation, dashes and "và" differ: folded, without accents,
 * the common abbreviations spelled out. A word in capitals that no table spells out (`KT` in `Phòng KT-HT-ĐT`) may
 * stand for the initials of as many words: only when joined by a dash or "&" to another such (`KT-HT-ĐT`), or of three
 * letters or more (`KTHT`), since a lone `TP` or `CT` stands for several words.
 */
function nameWords(name: string, anyCapitals = false): Word[] {
  const words: Word[] = [];
  for (const chunk of name.normalize('NFC').trim().split(/\s+/u)) {
    const parts = chunk.split(SEPARATORS).filter((part) => part !== '');
    const capitals = (part: string) => part.length >= 2 && part === part.toUpperCase() && part !== part.toLowerCase();
    const joined = JOINED.test(chunk) && parts.filter(capitals).length >= 2;
    for (const part of parts) {
      const folded = withoutDiacritics(foldCase(part));
      const spelled = spelledOutName(part)
        .split(SEPARATORS)
        .filter((word) => word !== '' && word !== AND);
      if (spelled.join(' ') !== folded) for (const word of spelled) words.push({ word, initials: false });
      else if (folded !== AND)
        words.push({
          word: folded,
          initials: capitals(part) && /^[a-z]+$/.test(folded) && (anyCapitals || joined || folded.length >= 3),
        });
    }
  }
  return words;
}

/**
 * Whether `written` can be read as `declared` word for word (or as its first words, with `start`), capitals read as
 * the initials of declared words. The
 * places already found not to match are remembered: a word both equal and initials could otherwise double the work at
 * each word of a long crafted name.
 */
function sameWords(written: readonly Word[], declared: readonly string[], start = false): boolean {
  const failed = new Set<number>();
  const from = (i: number, j: number): boolean => {
    if (i === written.length) return start || j === declared.length;
    const at = i * (declared.length + 1) + j;
    if (failed.has(at)) return false;
    const { word, initials } = written[i]!;
    const matches =
      (declared[j] === word && from(i + 1, j + 1)) ||
      (initials &&
        j + word.length <= declared.length &&
        declared.slice(j, j + word.length).every((d, k) => d[0] === word[k]) &&
        from(i + 1, j + word.length));
    if (!matches) failed.add(at);
    return matches;
  };
  return from(0, 0);
}

/**
 * The keys of the bodies whose name `written` is but for punctuation, dashes, "và" and initials (`Công chức tư pháp hộ
 * tịch`, `VP HĐND-UBND`, `Phòng KT-HT-ĐT`): one key, or none when none is or several are (never a guess between two).
 */
export function bodyLooselyNamed(bodies: Readonly<Record<string, { name: string }>>, written: string): string[] {
  const words = nameWords(written);
  if (words.length === 0) return [];
  const keys = Object.keys(bodies).filter((key) =>
    sameWords(
      words,
      nameWords(bodies[key]!.name).map((w) => w.word),
    ),
  );
  return keys.length === 1 ? keys : [];
}

/**
 * The keys of the bodies whose name `written` may shorten: its first words, any word in capitals read as initials
 * (`UBND` for `Ủy ban nhân dân xã` and `… huyện`, `Phòng TC` for `Phòng Tài chính - Kế hoạch`). Never read as a body:
 * what a step's body that names none is told it may be.
 */
export function bodiesMaybeNamed(bodies: Readonly<Record<string, { name: string }>>, written: string): string[] {
  const words = nameWords(written, true);
  if (words.length === 0) return [];
  return Object.keys(bodies).filter((key) =>
    sameWords(
      words,
      nameWords(bodies[key]!.name).map((w) => w.word),
      true,
    ),
  );
}
