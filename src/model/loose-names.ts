import { spelledOutName } from './abbreviations.js';
import { withoutDiacritics, foldCase } from './fold.js';

// What officers put between the parts of a body's name, or leave out, without changing which body it is: dashes,
// commas, "&", "và" ("Tư pháp - Hộ tịch", "Tư pháp hộ tịch"; "HĐND và UBND", "HĐND-UBND").
const SEPARATORS = /[\s\-–—&,.;:/()]+/u;
const JOINED = /[-–—&/]/u;
const AND = 'va';

type Word = { word: string; initials: boolean };

/**
 * The words of a body's name as they compare when only punctuation, dashes and "và" differ: folded, without accents,
 * the common abbreviations spelled out. A word in capitals that no table spells out (`KT` in `Phòng KT-HT-ĐT`) may
 * stand for the initials of as many words: only when joined by a dash or "&" to another such (`KT-HT-ĐT`), or of three
 * letters or more (`KTHT`), since a lone `TP` or `CT` stands for several words.
 */
function nameWords(name: string): Word[] {
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
          initials: capitals(part) && /^[a-z]+$/.test(folded) && (joined || folded.length >= 3),
        });
    }
  }
  return words;
}

/** Whether `written` can be read as `declared` word for word, capitals read as the initials of declared words. */
function sameWords(written: readonly Word[], declared: readonly string[], i = 0, j = 0): boolean {
  if (i === written.length) return j === declared.length;
  const { word, initials } = written[i]!;
  if (declared[j] === word && sameWords(written, declared, i + 1, j + 1)) return true;
  if (!initials || j + word.length > declared.length) return false;
  const covered = declared.slice(j, j + word.length);
  return covered.every((d, k) => d[0] === word[k]) && sameWords(written, declared, i + 1, j + word.length);
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
