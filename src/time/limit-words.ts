import { fill, type Lang } from '../i18n.js';
import { readDuration, saysBareHours } from '../model/duration.js';
import type { Duration } from '../model/types.js';
import { formatLimit, formatNumber } from './units.js';
import { lazyPattern } from '../model/lazy-pattern.js';
import { isBreakdown } from '../model/limit-breakdown.js';

// Minutes written with the hours ("1 giờ 30 phút", "1g30", "1 giờ 30'"): the law's words are quoted the same way.
const MINUTES = /\d\s*(?:giờ|gio|g|tiếng|tieng|hours?|hrs?|h)\s*\d|phút|phut|minutes?|mins?\b|['’′]/iu;

/**
 * The hours as a law writes them, in the form the limit was written: "1 giờ 30 phút", or "24 giờ", "1,5 giờ" (a
 * number in the given language: the decimal comma in Vietnamese).
 */
export function lawHours(text: string, hours: number, lang: Lang): string {
  const [whole, minutes] = [Math.floor(hours), Math.round(hours * 60) % 60];
  const inMinutes = minutes !== 0 && Math.abs(hours * 60 - Math.round(hours * 60)) < 1e-6 && MINUTES.test(text);
  return inMinutes ? `${whole} giờ ${minutes} phút` : `${formatNumber(hours, lang)} giờ`;
}

/**
 * Open hours in words of the given language, as the law wrote them: "6 giờ 40 phút", "24 tiếng" / "6 hours 40
 * minutes", "24 hours" (never "6.67 hours" for a law that counted the minutes).
 */
export function openHoursWords(text: string, hours: number, lang: Lang): string {
  if (lang === 'vi') return lawHoursAsWritten(text, hours);
  const said = lawHours(text, hours, lang);
  const minutes = /^(\d+) giờ (\d+) phút$/u.exec(said);
  const unit = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  if (minutes) return `${unit(Number(minutes[1]), 'hour')} ${unit(Number(minutes[2]), 'minute')}`;
  return `${formatNumber(hours, lang)} hour${hours === 1 ? '' : 's'}`;
}

// "Tiếng", the spoken hour word a law may use ("24 tiếng"): its words are printed as it wrote them.
const TIENG = lazyPattern(() => /\d\s*(?:tiếng|tieng)(?!\p{L})/iu);

/**
 * The law's hours as it wrote them, "tiếng" kept ("24 tiếng", "1 tiếng 30 phút"), else as lawHours says them: what a
 * message quotes as the law's words, in either language (its number in that language's decimal mark).
 */
export function lawHoursSaid(text: string, hours: number, lang: Lang): string {
  const said = lawHours(text, hours, lang);
  return TIENG().test(text.normalize('NFC')) ? said.replace(' giờ', ' tiếng') : said;
}

/** The law's hours as it wrote them, in Vietnamese. */
function lawHoursAsWritten(text: string, hours: number): string {
  return lawHoursSaid(text, hours, 'vi');
}

/**
 * Who reads a limit: the officer (`time`, `lint`, `diff`, the flowchart), told how procmap counts open hours; a
 * signed document, told how they are counted without the tool's name; the public (the citizen page, the site), the
 * law's words alone.
 */
export type LimitReader = 'officer' | 'document' | 'public';

// procmap's reading of open hours, after the law's; English also quotes the law's phrase rather than translate half.
const READING: Record<Exclude<LimitReader, 'public'>, Record<Lang, string>> = {
  officer: { vi: 'procmap tính là {limit}', en: 'counted by procmap as working hours' },
  document: { vi: 'tính theo giờ làm việc', en: 'counted in working hours' },
};
/** The English words around the law's quoted phrase, for outputs that mark the phrase up (the site's `lang="vi"`). */
export const LAW_SAYS = 'as the law says: "{phrase}"';

/** A limit's words in pieces, for outputs that set them apart (the site marks the law's Vietnamese as such). */
export interface LimitParts {
  /** The number and its unit: the law's own hours where they leave the reading open ("24 giờ"), else procmap's words. */
  head: string;
  /** How procmap reads words that leave it open ("procmap tính là 24 giờ làm việc"); null when the words settle it. */
  reading: string | null;
  /**
   * What the law says with the limit: in Vietnamese its tail ("kể từ khi nhận đủ hồ sơ"), read on after the head, or
   * its whole text where procmap's reading moved its words (`whole`); in another language the law's whole text, to be
   * quoted rather than glued into a translated sentence. Always the file's words, never procmap's rewording.
   */
  law: string | null;
  /** `law` is the limit's whole text, printed in place of `head` (its Vietnamese tail is not the file's words). */
  whole: boolean;
  /** The law's own words for `head` ("Không quá 10 ngày lịch"), printed before its tail `law` in their place. */
  lawHead?: string;
}

/**
 * A limit exactly as the procedure file writes it, on one line: what procmap quotes as the law's words. Never the
 * words procmap read from it ("Trong ngày (trường hợp …)" for "Ngay trong ngày làm việc; trường hợp … thì …").
 */
export function lawText(written: string): string {
  return written.replace(/\s+/g, ' ').trim();
}

/** Hours named by the hour word alone ("24 giờ", "24 tiếng"): hours on the clock or working hours, the law does not say. */
export function openHours(duration: Duration, written: string): boolean {
  return duration.unit === 'h' && saysBareHours(written);
}

/**
 * A limit's number and unit in Vietnamese without procmap's reading of a bare "ngày": "30 ngày", "5 ngày làm việc".
 * Only for a limit procmap holds in its own short form (`3d kể từ …`, as diff compares it), not in the file's words.
 */
function lawHead(duration: Duration, written: string): string {
  const reading = readDuration(written);
  if (reading.ok && reading.bare) return `${formatNumber(duration.value, 'vi')} ngày`;
  return formatLimit(duration, 'vi');
}

/**
 * A statutory limit in pieces. `written`: the limit as the procedure writes it, whose words say whether the hours are
 * open; `head`: the number and unit as the caller prints them (working days with their hours), for a limit the words
 * settle.
 */
export function limitParts(
  duration: Duration,
  written: string,
  lang: Lang,
  head?: string,
  step = false,
  reader: LimitReader = 'officer',
  canonical = false,
): LimitParts {
  // A step table's hours are office hours (ambiguous-hours asks limits only): nothing there is open.
  const open = !step && openHours(duration, written);
  const shown = open ? openHoursWords(written, duration.value, lang) : (head ?? formatLimit(duration, lang));
  const reading =
    open && reader !== 'public' ? fill(READING[reader][lang], { limit: formatLimit(duration, lang) }) : null;
  const { note } = duration;
  if (note === undefined) return { head: shown, reading, law: null, whole: false };
  // `written` in procmap's short form ("3d kể từ …"): the file's words are not at hand, "3d" is none of the law's.
  if (canonical && lang !== 'vi') {
    const phrase = `${open ? lawHoursAsWritten(written, duration.value) : lawHead(duration, written)} ${note}`;
    return { head: shown, reading, law: phrase[0]!.toUpperCase() + phrase.slice(1), whole: true };
  }
  const text = lawText(written);
  // The tail read on after procmap's head only where it is the file's own last words; a note procmap put together
  // (an exception after ";" set in brackets, the day's words moved) would be quoted as the law never wrote it.
  if (lang === 'vi' && text.endsWith(note) && text !== note) {
    const own = open ? undefined : ownHead(duration, text.slice(0, -note.length), note, shown);
    return { head: shown, reading, law: note, whole: false, ...(own ? { lawHead: own } : {}) };
  }
  return { head: shown, reading, law: text, whole: true };
}

// Words before the number ("Không quá 10 ngày", "Trong thời hạn 10 ngày"), which procmap's head "10 ngày" drops.
const LEAD_IN = lazyPattern(() => /^\p{L}[^\d]*\s\d/u);
// Calendar days written out in the law's tail ("… không quá 15 ngày lịch"), beside which "10 ngày (lịch)" reads oddly.
const CALENDAR_WORDS = lazyPattern(() => /ngày lịch/iu);

/**
 * The law's own words before its tail, when they say the limit procmap reads, unit and all ("Không quá 10 ngày lịch"):
 * printed in place of procmap's head, so that the line keeps the law's "Không quá" and says "ngày lịch" once, never
 * "10 ngày (lịch) kể từ …; … không quá 15 ngày lịch". The hours procmap adds to working days ("(80 giờ)") stay after
 * them. Undefined for a bare "ngày", or words procmap reads otherwise.
 */
function ownHead(duration: Duration, words: string, note: string, shown: string): string | undefined {
  const head = words.trim();
  // Only where procmap's head would lose the law's words or mix two spellings in one sentence: "05 ngày làm việc kể từ
  // …" prints as ever, "5 ngày làm việc (40 giờ) kể từ …".
  if (!LEAD_IN().test(head) && !(duration.unit === 'cd' && CALENDAR_WORDS().test(note))) return undefined;
  const reading = readDuration(head);
  if (!reading.ok || reading.bare || reading.duration.note !== undefined) return undefined;
  const { value, unit } = reading.duration;
  if (value !== duration.value || unit !== duration.unit || (unit !== 'd' && unit !== 'cd')) return undefined;
  const plain = formatLimit(duration, 'vi');
  return shown.startsWith(plain) ? `${head}${shown.slice(plain.length)}` : undefined;
}

/** A note without the brackets that set it off after the limit: "(trường hợp …)" → "trường hợp …"; else as it is. */
export function unbracketed(note: string): string {
  if (!note.startsWith('(') || !note.endsWith(')')) return note;
  // "(a) … (b)" is two brackets: the first must close at the end for the pair to be the whole note's.
  let depth = 0;
  for (let i = 0; i < note.length - 1; i++) {
    depth += note[i] === '(' ? 1 : note[i] === ')' ? -1 : 0;
    if (depth === 0) return note;
  }
  return note.slice(1, -1).trim();
}

/**
 * How the law's Vietnamese words follow a limit printed as `before`: after a space, or, for a note wholly in brackets
 * after words that end in one ("5 ngày làm việc (40 giờ)", "30 ngày (lịch)"), without its brackets after a comma:
 * "5 ngày làm việc (40 giờ), trường hợp phải xác minh thì không quá 10 ngày làm việc", never two brackets in a row.
 * The limit's reading reads such a comma back as the bracket (model/duration.ts).
 */
export function noteAfter(before: string, note: string): { joiner: string; note: string } {
  const bare = unbracketed(note);
  return before.endsWith(')') && bare !== note ? { joiner: ', ', note: bare } : { joiner: ' ', note };
}

// The calendar day as procmap prints it, "ngày (lịch)": inside another bracket, the same unit without its own.
const CALENDAR_DAY = /ngày \(lịch\)/gu;
/**
 * Calendar days as running text writes them, "7 ngày (lịch)" → "7 ngày lịch": the bracket is the table's read-back
 * form; a chart, whose summary says "tính bằng 7 ngày lịch", says it the same way in the step's box.
 */
export function calendarDaysInText(words: string): string {
  return words.replace(CALENDAR_DAY, 'ngày lịch');
}

// A bracket holding none, after words: inside another bracket, its words follow a comma instead.
const INNER_BRACKET = / \(([^()]*)\)/u;

/**
 * Words with a limit to be set in brackets ("(thời hạn {limit})", "({limit})"), without a bracket in a bracket:
 * "10 ngày (lịch)" → "10 ngày lịch", "24 giờ (procmap tính là 24 giờ làm việc)" → "24 giờ, procmap tính là 24 giờ làm
 * việc", "10 ngày (lịch) (trực tuyến)" → "10 ngày lịch, trực tuyến"; both read back as the same limit.
 */
export function bracketable(words: string): string {
  let text = words.replace(CALENDAR_DAY, 'ngày lịch');
  // Innermost first, so that a bracket holding one is opened too; each pass removes a pair, so it ends.
  for (let inner = INNER_BRACKET.exec(text); inner; inner = INNER_BRACKET.exec(text))
    text = `${text.slice(0, inner.index)}, ${inner[1]}${text.slice(inner.index + inner[0].length)}`;
  return text;
}

/**
 * A limit as a document printed it, without how it says open hours are counted: "24 giờ (tính theo giờ làm việc),
 * trường hợp …" → "24 giờ, trường hợp …". Those are procmap's words, not the law's: an import reads the law's back.
 */
export function withoutDocumentReading(text: string): string {
  // The "theo quy định" row's reading after a dash: " — procmap tính là 30 ngày lịch; …".
  return text.replace(` (${READING.document.vi})`, '').replace(/ — (?:procmap|được) tính là .*$/u, '');
}

/**
 * Whether the law's phrase is quoted after the limit's bracket rather than inside it: it has brackets of its own
 * ("Trong ngày (trường hợp …)"), whose ")" before the bracket's own would read as one bracket closing another.
 */
export function quotedApart(phrase: string): boolean {
  return /[()]/.test(phrase);
}

/** The English words that introduce the law's quoted phrase: `as the law says: "{phrase}"`. */
export function lawSays(phrase: string): string {
  return fill(LAW_SAYS, { phrase });
}

/**
 * A statutory limit as documents and reports print it: the law's words as written, procmap's reading marked where
 * they leave it open, then what the law says with it. "24 giờ (procmap tính là 24 giờ làm việc) kể từ khi nhận đủ hồ
 * sơ" / `24 hours (counted by procmap as working hours; as the law says: "24 giờ kể từ khi nhận đủ hồ sơ")`;
 * `note: false` for the number and unit alone, where the law's tail is printed apart or not at all; `step` for a step's
 * time, whose hours are office hours; `reader` for who reads it (the officer unless said).
 */
export function limitWords(
  duration: Duration,
  written: string,
  lang: Lang,
  options: {
    head?: string | undefined;
    note?: boolean;
    step?: boolean;
    reader?: LimitReader;
    /** `written` is procmap's short form of the limit (diff's values), not the file's words. */
    canonical?: boolean;
  } = {},
): string {
  const {
    head: own,
    reading,
    law,
    whole,
    lawHead,
  } = limitParts(duration, written, lang, options.head, options.step, options.reader, options.canonical);
  const tail = options.note === false ? null : law;
  // The law's own head goes with its tail only: a message's "thời hạn giải quyết 10 ngày làm việc" keeps procmap's.
  const head = tail !== null && lawHead !== undefined ? lawHead : own;
  if (lang === 'vi') {
    // The law's whole text stands for the limit, procmap's reading of open hours after it in brackets.
    const words = [tail !== null && whole ? tail : head, reading && `(${reading})`].filter(Boolean).join(' ');
    if (!tail || whole) return words;
    // Shares by agency stay in brackets as the law writes them, joined to procmap's reading in one: "17 ngày làm việc
    // (136 giờ; UBND xã: 05 ngày làm việc; Sở Nội vụ: 12 ngày làm việc)"; after a comma they read as a case's limit.
    const shares = unbracketed(tail);
    if (shares !== tail && words.endsWith(')') && isBreakdown(tail)) return `${words.slice(0, -1)}; ${shares})`;
    const after = noteAfter(words, tail);
    return `${words}${after.joiner}${after.note}`;
  }
  const apart = tail !== null && quotedApart(tail);
  const bracket = [reading, !apart && tail && lawSays(tail)].filter(Boolean).join('; ');
  const after = apart ? `; ${lawSays(tail)}` : '';
  if (bracket === '') return `${head}${after}`;
  // One bracket, not two in a row: "5 working days (40 h; as the law says: …)".
  return `${head.endsWith(')') ? `${head.slice(0, -1)}; ${bracket})` : `${head} (${bracket})`}${after}`;
}

// procmap's reading of a limit whose words leave it open, printed beside the law's words (never in their place): to
// the officer with the tool's name, in a signed document without it (the tool's name is no part of a legal limit).
const OPEN_READING: Record<'days' | 'hours', Record<'officer' | 'document', string>> = {
  days: {
    officer: 'procmap tính là {limit}; văn bản không nói rõ ngày làm việc hay ngày lịch',
    document: 'được tính là {limit}; văn bản không nói rõ ngày làm việc hay ngày lịch',
  },
  hours: {
    officer: 'procmap tính là {limit}; văn bản không nói rõ giờ làm việc hay giờ đồng hồ',
    document: 'được tính là {limit}; văn bản không nói rõ giờ làm việc hay giờ đồng hồ',
  },
};
// In English the limit is procmap's words, the law's bare days quoted after them.
const BARE_DAYS_EN = '{limit} (the law says "{law}", without saying working or calendar days)';
// The same where the verdict printed under it already says the days are left open ("Chưa kết luận được: …").
const OPEN_SAID: Record<'officer' | 'document', string> = {
  officer: 'procmap tính là {limit}',
  document: 'được tính là {limit}',
};
const BARE_DAYS_SAID_EN = '{limit} (the law says "{law}")';

/** Whether a limit's own days are a bare "30 ngày", read as calendar days (ambiguous-days asks which). */
function bareDays(duration: Duration, written: string): boolean {
  const reading = readDuration(written);
  return reading.ok && reading.bare && duration.unit === 'cd';
}

// procmap's own short spelling at the head of a limit ("3d", "30cd kể từ …", as --fix writes it): no law's words.
const SHORT_HEAD = lazyPattern(() => /^\d+(?:\.\d+)?(?:h|d|cd|min)(?=\s|$)/u);
// A limit the file writes in English ("2 working days"): no law's words to quote, so a Vietnamese document prints
// procmap's Vietnamese for it, as it does the short form (a text with any letter past ASCII is Vietnamese).
const ENGLISH_LIMIT = lazyPattern(
  () => /^[\x00-\x7f]*\b(?:working|calendar|days?|hours?|minutes?|months?|weeks?)\b[\x00-\x7f]*$/iu,
);
// The law's words that are the number and "ngày làm việc" alone ("05 ngày làm việc"): the hours may follow them.
const PLAIN_DAYS = lazyPattern(() => /^\d+(?:[.,]\d+)? ngày làm việc$/u);
// Hours the file writes in brackets after working days ("10 ngày làm việc (160 giờ)"): procmap counts the days on its
// calendar's working day, so the bracket is its hours to print, never the file's, which may contradict them
// (bracketed-hours says so).
const BRACKETED_HOURS = lazyPattern(
  () => /(ngày làm việc)\s*\(\s*\d+(?:[.,]\d+)?\s*(?:giờ|tiếng)(?:\s+làm việc)?\s*\)/u,
);

/**
 * The statutory limit as the "theo quy định" row and the chart's summary print it: the law's words as the file writes
 * them (NFC, one line), then procmap's reading where those words leave it open: "30 ngày — procmap tính là 30 ngày
 * lịch; văn bản không nói rõ …" (a signed document: "được tính là …", without the tool's name); "05 ngày làm việc (40
 * giờ)" with `head`, the working days in hours. In English procmap's words, which quote the law's where they leave it
 * open. A file in procmap's short spelling ("3d") holds no law's words: limitWords says it. `note: false` leaves out
 * the law's tail ("kể từ khi nhận đủ hồ sơ"), where it is printed apart or not at all. `openSaid`: the verdict printed
 * under it says the bare days leave working or calendar days open, so the reading does not say it again.
 */
export function lawLimitWords(
  duration: Duration,
  written: string,
  lang: Lang,
  options: { head?: string | undefined; note?: boolean; reader?: LimitReader; openSaid?: boolean } = {},
): string {
  const text = lawText(written.normalize('NFC'));
  const reader = options.reader === 'document' ? 'document' : 'officer';
  const { note } = duration;
  const cut = options.note === false && note !== undefined && text.endsWith(note) && text !== note;
  const law = (cut ? text.slice(0, -note.length).trim() : text).replace(BRACKETED_HOURS(), '$1');
  if (lang !== 'vi' || SHORT_HEAD().test(text) || ENGLISH_LIMIT().test(text)) {
    if (lang !== 'vi' && bareDays(duration, written) && note === undefined)
      return fill(options.openSaid === true ? BARE_DAYS_SAID_EN : BARE_DAYS_EN, {
        limit: formatLimit(duration, lang),
        law,
      });
    return limitWords(duration, written, lang, options);
  }
  const open = bareDays(duration, written) ? 'days' : openHours(duration, written) ? 'hours' : undefined;
  if (open !== undefined) {
    const reading = open === 'days' && options.openSaid === true ? OPEN_SAID[reader] : OPEN_READING[open][reader];
    return `${law} — ${fill(reading, { limit: bracketable(formatLimit(duration, lang)) })}`;
  }
  const plain = formatLimit(duration, 'vi');
  const { head } = options;
  return head !== undefined && head.startsWith(plain) && PLAIN_DAYS().test(law)
    ? `${law}${head.slice(plain.length)}`
    : law;
}
