import type { Lang } from '../i18n.js';
import type { DossierItem } from './types.js';

const COPY_KINDS = {
  vi: { originals: 'chính', copies: 'sao' },
  en: { originals: 'original(s)', copies: 'copy(ies)' },
} as const;

/** A count as the document prints it: `01 bản chính` / `1 original(s)`; text written as it is. */
export function countText(count: number | string | undefined, lang: Lang, kind = ''): string | null {
  if (count === undefined) return null;
  if (typeof count === 'string') return count;
  return lang === 'vi' ? `${String(count).padStart(2, '0')} bản${kind && ` ${kind}`}` : `${count}${kind && ` ${kind}`}`;
}

/** A dossier item's originals and copies in one phrase, `01 bản chính, 01 bản sao`; null when it gives no count. */
export function quantityText(item: DossierItem, lang: Lang): string | null {
  const originals = countText(item.originals, lang, COPY_KINDS[lang].originals);
  // Copies beside originals are named as copies; alone, a count keeps the plain "01 bản" it always printed.
  const copies = countText(item.copies, lang, item.originals === undefined ? '' : COPY_KINDS[lang].copies);
  const both = [originals, copies].filter((x): x is string => x !== null);
  return both.length > 0 ? both.join(', ') : null;
}
