import type { Change } from '../diff/classify.js';
import { clipPair } from '../format/diff-words.js';
import type { Lang, Translated } from '../i18n.js';
import { CHANNEL_NAMES } from '../model/channels.js';
import type { ChannelKind, Procedure, Signatory } from '../model/types.js';

// An import's report is read by the officer who edited the workbook or the document, who knows its headings, not the
// file's keys: a way of filing's own field is said by the channel's name and the field's word (never
// `channels.postal.note`), and the sign-off by who signs in each role (never the object as JSON).

// The longest value shown, as diff clips its values.
const MAX_VALUE = 100;

// A way of filing's own fields that diff names by their path, in the words of the workbook's "Cách thức thực hiện".
const CHANNEL_FIELDS: Record<string, Translated> = {
  note: { en: 'note', vi: 'ghi chú' },
  case: { en: 'case', vi: 'trường hợp' },
};
const CHANNEL: Translated = { en: 'Way of filing', vi: 'Cách thực hiện' };
const SIGNOFF: Translated = { en: 'Sign-off', vi: 'Soạn thảo, kiểm tra, phê duyệt' };
const NONE: Translated = { en: '(none)', vi: '(không có)' };
// The roles as the document's sign-off table heads its columns.
const ROLES: Record<'prepared_by' | 'reviewed_by' | 'approved_by', Translated> = {
  prepared_by: { en: 'Prepared by', vi: 'Người soạn thảo' },
  reviewed_by: { en: 'Reviewed by', vi: 'Người kiểm tra' },
  approved_by: { en: 'Approved by', vi: 'Người phê duyệt' },
};

/** A change in a way of filing's own field, `channels.<kind>.<field>`, in words; undefined for any other change. */
export function channelFieldWords(change: Change, lang: Lang): string | undefined {
  const found = /^channels\.([a-z_]+)\.([a-z_]+)$/.exec(change.field ?? '');
  if (!found || !Object.hasOwn(CHANNEL_NAMES[lang], found[1]!)) return undefined;
  const channel = CHANNEL_NAMES[lang][found[1] as ChannelKind];
  const field = CHANNEL_FIELDS[found[2]!]?.[lang] ?? found[2]!.replace(/_/g, ' ');
  const [before, after] = clipPair(change.before ?? NONE[lang], change.after ?? NONE[lang], MAX_VALUE);
  return `${CHANNEL[lang]} (${channel}): ${field}: ${before} → ${after}`;
}

/** Who signs, as the document prints the row of names and of titles: "Nguyễn Văn A, Chủ tịch". */
function signer(who: Signatory | undefined, lang: Lang): string {
  const text = [who?.name, who?.title].filter((part) => part !== undefined && part !== '').join(', ');
  return text === '' ? NONE[lang] : text;
}

/**
 * What changed in the sign-off, a line for each role whose signer changed ("Sign-off: Reviewed by: (none) → Lê Thị
 * C"), in the document's words.
 */
export function signoffWords(
  before: Procedure['signoff'],
  after: Procedure['signoff'],
): { verb: 'add' | 'remove' | 'change'; change: Translated }[] {
  return (Object.keys(ROLES) as (keyof typeof ROLES)[]).flatMap((role) => {
    const [b, a] = [before?.[role], after?.[role]];
    if (signer(b, 'en') === signer(a, 'en')) return [];
    const line = (lang: Lang) => {
      const [left, right] = clipPair(signer(b, lang), signer(a, lang), MAX_VALUE);
      return `${SIGNOFF[lang]}: ${ROLES[role][lang]}: ${left} → ${right}`;
    };
    const verb = b === undefined ? 'add' : a === undefined ? 'remove' : 'change';
    return [{ verb, change: { en: line('en'), vi: line('vi') } }];
  });
}
