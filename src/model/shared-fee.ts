import type { Lang } from '../i18n.js';

/**
 * What a channel's fee cell says when the channel has no fee of its own: the procedure's fee is printed once, in its
 * own section and in the catalog's fee column, not repeated under every channel. The document and the workbook write
 * the same words, and an import reads them as "no fee of its own".
 */
export const SHARED_FEE: Record<Lang, string> = {
  vi: 'Như phí, lệ phí chung',
  en: 'As the general fee',
};

/** Whether a fee cell says the channel follows the procedure's fee (either language, any case, a closing "." or not). */
export function isSharedFee(text: string): boolean {
  const said = text.trim().replace(/\.$/u, '').toLowerCase();
  return Object.values(SHARED_FEE).some((words) => words.toLowerCase() === said);
}
