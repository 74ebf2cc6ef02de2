import type { Lang } from '../i18n.js';
import type { DossierItem } from './types.js';

const COPY_KINDS = {
  vi: { originals: 'chính', copies: 'sao' },
  en: { originals: 'original(s)', copies: 'copy(ies)' },
} as const;

const NONE = { vi: 'Không', en: 'None' } as const;

/** A count as the document prints it: `01 bản chính` / `1 original(s)`, none as "Không"; text written as it is. */
export function countText(count: number | string | undefined, lang: Lang, kind = ''): string | null {
  if (count === undefined) return null;
  if (typeof count === 'string') return count;
  if (count === 0) return NONE[lang];
  return lang === 'vi' ? `${String(count).padStart(2, '0')} bản${kind && ` ${kind}`}` : `${count}${kind && ` ${kind}`}`;
}

/** A dossier item's originals and copies in one phrase, `01 bản chính, 01 bản sao`; null when it gives no count. */
export function quantityText(item: DossierItem, lang: Lang): string | null {
  // A count of none is left out beside the other ("01 bản chính", not "01 bản chính, Không").
  const stated = [item.originals, item.copies].filter((count) => count !== undefined && count !== 0);
  if (stated.length === 0) return item.originals === 0 || item.copies === 0 ? NONE[lang] : null;
  const originals = item.originals === 0 ? null : countText(item.originals, lang, COPY_KINDS[lang].originals);
  // Copies beside originals are named as copies; alone, a count keeps the plain "01 bản" it always printed.
  const copies =
    item.copies === 0
      ? null
      : countText(item.copies, lang, item.originals === undefined ? '' : COPY_KINDS[lang].copies);
  const both = [originals, copies].filter((x): x is string => x !== null);
  return both.join(', ');
}
