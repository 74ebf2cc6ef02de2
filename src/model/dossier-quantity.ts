import type { Lang } from '../i18n.js';
import { plainCount } from './dossier-counts.js';
import type { DossierItem } from './types.js';

/** What a count is of, by language: Vietnamese says "bản chính"/"bản sao" for any number, English one or many. */
const KIND_WORDS = {
  vi: { originals: ['chính', 'chính'], copies: ['sao', 'sao'], plain: ['', ''] },
  en: { originals: ['original', 'originals'], copies: ['copy', 'copies'], plain: ['copy', 'copies'] },
} as const;

/** The word for `count` things of `kind`: "original"/"originals" in English, "chính" in Vietnamese. */
export function kindWord(
  count: number | string | undefined,
  lang: Lang,
  kind: 'originals' | 'copies' | 'plain',
): string {
  return KIND_WORDS[lang][kind][count === 1 ? 0 : 1];
}

const NONE = { vi: 'Không', en: 'None' } as const;

/** A count as the document prints it: `01 bản chính` / `1 original`, none as "Không"; text written as it is. */
export function countText(count: number | string | undefined, lang: Lang, kind = ''): string | null {
  if (count === undefined) return null;
  if (typeof count === 'string') return count;
  if (count === 0) return NONE[lang];
  return lang === 'vi' ? `${String(count).padStart(2, '0')} bản${kind && ` ${kind}`}` : `${count}${kind && ` ${kind}`}`;
}

/**
 * A dossier item's originals and copies in one phrase, `01 bản chính, 01 bản sao`; null when it gives no count.
 * `underCopies`: printed under a column headed "Copies", where a count alone needs no word (English "1", not "1 copy").
 * `split`: the dossier counts originals apart (countsOriginals), so a count under `copies` alone is one of copies.
 */
export function quantityText(item: DossierItem, lang: Lang, underCopies = false, split = false): string | null {
  // A count of none is left out beside the other ("01 bản chính", not "01 bản chính, Không").
  const stated = [item.originals, item.copies].filter((count) => count !== undefined && count !== 0);
  if (stated.length === 0) return item.originals === 0 || item.copies === 0 ? NONE[lang] : null;
  const originals =
    item.originals === 0 ? null : countText(item.originals, lang, kindWord(item.originals, lang, 'originals'));
  // Copies beside originals, or where the dossier counts originals apart, are named as copies; otherwise a count alone
  // is a number of papers of no kind, the plain "01 bản" it always printed.
  const alone = item.originals === undefined;
  const word = alone && underCopies ? '' : kindWord(item.copies, lang, alone && !split ? 'plain' : 'copies');
  const copies = item.copies === 0 ? null : countText(item.copies, lang, word);
  const both = [originals, copies].filter((x): x is string => x !== null);
  return both.join(', ');
}

/**
 * A count of papers that says not which ("01 bản") where originals and copies have columns of their own (`split`, as
 * countsOriginals tells): the document prints it after the name, under neither column, never as copies, until the
 * officer says which (original-or-copy asks). Undefined for any other count.
 */
export function unsortedCount(item: DossierItem, split: boolean): string | undefined {
  return split && typeof item.copies === 'string' && plainCount(item.copies) !== undefined ? item.copies : undefined;
}

/** A name with the count that says not which after it, as the document prints it: "Giấy khai sinh (01 bản)". */
export function nameWithCount(name: string, count: string): string {
  return `${name} (${count})`;
}

// The count nameWithCount puts after a name: " (01 bản)" at its end, with its remark's brackets (" (01 bản (kèm bản
// điện tử))").
const COUNT_AFTER_NAME = /\s\(((?:[^()]|\([^()]{1,100}\)){1,150})\)$/u;

/**
 * A name the document printed with a count that says not which after it, read back (`Giấy khai sinh (01 bản)` →
 * `Giấy khai sinh` and `01 bản`); undefined when the name ends with no such count.
 */
export function countAfterName(text: string): { name: string; count: string } | undefined {
  const found = COUNT_AFTER_NAME.exec(text);
  if (!found || plainCount(found[1]!) === undefined) return undefined;
  const name = text.slice(0, found.index).trim();
  return name === '' ? undefined : { name, count: found[1]!.trim() };
}
