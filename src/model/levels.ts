import type { Lang } from '../i18n.js';
import type { Procedure } from './types.js';

/** A level of government as stored: the English word. */
type Level = NonNullable<Procedure['level']>;

/**
 * The names of the levels, in one table with the two forms the outputs print on purpose: `formal` where the level
 * stands alone (the document's header table, the citizen page: "Cấp tỉnh"), `short` under a heading that already
 * says "Cấp" (the catalog's level column and filter, the on-time report's groups: "Tỉnh").
 */
export const LEVEL_NAMES: Record<Lang, Record<'formal' | 'short', Record<Level, string>>> = {
  vi: {
    formal: { central: 'Trung ương', province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' },
    short: { central: 'Trung ương', province: 'Tỉnh', district: 'Huyện', commune: 'Xã' },
  },
  en: {
    formal: { central: 'Central', province: 'Province', district: 'District', commune: 'Commune' },
    short: { central: 'Central', province: 'Province', district: 'District', commune: 'Commune' },
  },
};
