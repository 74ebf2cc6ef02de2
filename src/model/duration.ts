import { memoByText } from './text-memo.js';
import { daysLeftOut } from './days-off-remark.js';
import { remembered } from './remembered.js';
import { splitOutsideBrackets } from './bracket-split.js';
import { finalBracketAt, type GeneralLimit, type ReducedWhy, reductionsRead, timeIn } from './bracket-times.js';
import { limitFor } from './limit-for.js';
import { limitShareIn } from './limit-shares.js';
import { channelMentioned, channelOf, channelsIn, isGradeAlone, onlineGradeIn } from './channel-words.js';
import { fill, type Lang } from '../i18n.js';
import type { ChannelKind, Duration, DurationUnit } from './types.js';
import { vietnameseNumber } from './number-words.js';
import { withoutDiacritics } from './fold.js';
import { escapeControls } from './quote.js';
import { lazyPattern } from './lazy-pattern.js';
import { nextDayDue } from './next-day-due.js';
import { isBreakdown } from './limit-breakdown.js';
import {
  channelShare,
  isAgencyLabel,
  isStageLabel,
  midSentence,
  namesCase,
  type Stage,
  stagesHoursTotal,
  stagesException,
  stagesLimit,
  stagesOf,
  type StagesProblem,
  timeThenAgency,
} from './limit-stages.js';

/** Working hours in a working day when the calendar says nothing else (one-stop software counts 1 day = 8 h). */
export const DEFAULT_HOURS_PER_DAY = 8;

/**
 * The longest duration or limit procmap accepts, per unit: ten years, far beyond any limit in Vietnamese law. Longer
 * values are typing mistakes, and would make the calendar walk for minutes.
 */
export const MAX_DURATION: Readonly<Record<DurationUnit, number>> = {
  h: 20_000,
  d: 2_500,
  cd: 3_660,
  month: 120,
  sameday: 1,
};

/** Why a text is not a duration, with the data its message needs. */
export type DurationProblem =
  | { code: 'empty' }
  | { code: 'emptyStep' }
  | { code: 'noUnit'; value: string }
  | { code: 'zeroNoUnit'; value: string }
  | { code: 'unknown' }
  | { code: 'week'; value: number }
  | { code: 'fractionalCalendar'; value: string }
  | { code: 'fractionalMonth'; value: string }
  | { code: 'precision' }
  | { code: 'wordsDiffer'; number: string; words: string }
  | { code: 'perChannel'; limits: ChannelLimit[]; general?: string }
  | { code: 'channelRemark'; general: string; kind: ChannelKind; limit: string }
  | { code: 'channelLimitUnread'; kind: ChannelKind; limit: string; problem: DurationProblem }
  | {
      code: 'reducedLimit';
      general: string;
      kind: ChannelKind;
      by: string;
      why: ReducedWhy;
      unit: DurationUnit;
      days?: number;
    }
  | { code: 'shareUnread'; general: string; kind: ChannelKind; share: string }
  | { code: 'perCase'; limit: string; case: string; shares?: boolean; one?: true }
  // One agency's time for one way of filing: that share's limit, the way and its bracket as written.
  | { code: 'stageChannel'; kind: ChannelKind; way: string; limit: string }
  // One way of filing's limit named alone ("Trực tuyến: 05 ngày làm việc"): the way as written and its limit.
  | {
      code: 'channelAlone';
      kind: ChannelKind;
      way: string;
      limit: string;
      note?: string;
      /** Every way the mark names, when it names more than one ("(trực tiếp hoặc trực tuyến)"). */
      kinds?: ChannelKind[];
      /** The ways of filing the file's `channels` lists, set by the caller, so the advice adds only what is missing. */
      listed?: ChannelKind[];
    }
  // A general limit that reads, then words after ";" that read as no case's limit nor as a remark.
  | { code: 'tailUnread'; general: string; tail: string }
  // A limit whose tail ("kể từ …") another time follows: the limit with its tail, and that time.
  | { code: 'tailTime'; first: string; other: string }
  | StagesProblem
  | { code: 'immediately' }
  | { code: 'deadline'; limit: string; before: string }
  | { code: 'unstated' }
  // "Theo quy định của Luật Đất đai": the limit is in another text, named; the reference as written, from "theo".
  | { code: 'referred'; reference: string }
  | { code: 'nextDay' }
  // A same-day limit's next-day clause whose hour or part of the day procmap cannot read.
  | { code: 'nextDayUnread'; said: string }
  // The days and the hours written beside them, and the legal tail after them: the calendar's working day joins them.
  | { code: 'daysAndHours'; days: number; hours: number; note?: string }
  | { code: 'clockHours'; value: string }
  | { code: 'range'; example: string }
  | { code: 'grouped'; value: string; whole: string; decimal: string }
  | { code: 'tooLong'; unit: DurationUnit };

/** One way of filing's limit in a limit per way of filing, with the grade of online filing its name said as a note. */
export interface ChannelLimit {
  kind: ChannelKind;
  limit: string;
  note?: string;
}

/**
 * What reading a duration gives: the duration (`bare` when it said a plain "N ngày" / "N days"; `hours`, the working
 * hours it glossed its working days with, "10 ngày làm việc (80 giờ)", for the calendar to check), or the problem.
 */
export type DurationReading =
  | { ok: true; duration: Duration; bare: boolean; hours?: number; bareFraction?: true }
  | { ok: false; problem: DurationProblem };

// Matched case-insensitively on NFC text with single spaces. "ngày" alone is the Civil Code's calendar day, but
// officers often mean working days by it: such a reading is marked `bare` for the ambiguous-days rule.
// "giờ (làm việc)" and "phút (làm việc)" are units as "ngày (làm việc)" is: working time, no remark.
const HOUR = String.raw`h|hr|hrs|hours?|working hours?|giờ|giờ làm việc|giờ \(làm việc\)|tiếng|tiếng làm việc|tiếng \(làm việc\)|giờ hành chính|g`;
// A prime after the number is minutes, as schedules write them: "30'", "1 giờ 30'". Minutes "làm việc" are working
// minutes as hours "làm việc" are working hours, and procmap prints them so ("15 phút làm việc", "15 working minutes").
const MINUTE = String.raw`phút|phút làm việc|phút \(làm việc\)|min|mins|minutes?|working minutes?|working mins?|m|p|ph|['’′]`;
const UNITS: ReadonlyArray<
  [RegExp, DurationUnit | 'min' | 'halfday' | 'bare' | 'week' | 'workweek' | 'year' | 'clock']
> = [
  [new RegExp(`^(?:${HOUR})$`, 'iu'), 'h'],
  // Hours said to be on the clock ("24 tiếng đồng hồ"): no working time, and procmap counts no other.
  [/^(?:giờ đồng hồ|tiếng đồng hồ|giờ liên tục|tiếng liên tục|clock hours?|hours? on the clock)$/iu, 'clock'],
  [new RegExp(`^(?:${MINUTE})$`, 'iu'), 'min'],
  [/^(?:d|wd|working days?|business days?|ngày làm việc|ngày \(làm việc\)|ngày công|ngày lv|nlv)$/iu, 'd'],
  [/^(?:buổi|buổi làm việc)$/iu, 'halfday'],
  [/^(?:cd|calendar days?|ngày lịch|ngày \(lịch\)|ngày theo lịch|ngày liên tục)$/iu, 'cd'],
  [/^(?:ngày|days?)$/iu, 'bare'],
  [/^(?:tháng|months?|mo)$/iu, 'month'],
  [/^(?:năm|years?)$/iu, 'year'],
  [/^(?:tuần|tuần lễ|weeks?|wk)$/iu, 'week'],
  // A working week is five working days (QĐ 188/1999/QĐ-TTg: a 40-hour week, Monday to Friday).
  [/^(?:tuần làm việc|working weeks?)$/iu, 'workweek'],
];

// The day of receipt, as decisions name it after "trong ngày": "tiếp nhận hồ sơ", "nhận hồ sơ", "nhận đủ hồ sơ hợp
// lệ", "nhận được yêu cầu". Every one is the day the dossier came in: none names another day.
const RECEIPT_DAY = String.raw`(?:tiếp nhận|nhận)(?: được)?(?: đủ)?(?: hồ sơ(?: hợp lệ)?| yêu cầu)?`;
const SAME_DAY = new RegExp(
  String.raw`^(?:ngay )?trong (?:cùng )?(?:một )?ngày(?: làm việc)?(?: ${RECEIPT_DAY})?$|^(?:(?:on|within) )?(?:the )?same (?:working )?day$`,
  'iu',
);
// The law's same-day limit with its next-day clause, kept as the note (Decree 23/2015/NĐ-CP, Art. 7): "Trong ngày
// cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ".
const SAME_DAY_CLAUSE = lazyPattern(
  () =>
    new RegExp(
      String.raw`^(?:ngay )?trong (?:cùng )?(?:một )?ngày(?: làm việc)?(?: ((?:cơ quan, tổ chức |cơ quan )?${RECEIPT_DAY}))?[,;]? ((?:\p{L}[\p{L}\d ,]{0,150}? )?(?:sau|từ) \d{1,2} ?(?:giờ|h|g)(?: ?\d{2})?(?![\p{L}\d]).*)$`,
      'iu',
    ),
);
// The same day when the dossier is received before an hour, the cutoff's clause not in brackets: "Trong ngày nếu nhận
// hồ sơ trước 15 giờ", "(Trả kết quả) ngay trong ngày, nếu tiếp nhận trước 15h". Read as "Trong ngày (nếu …)" is; the
// clause must name the receipt before an hour, so no other condition is taken for the cutoff's.
const SAME_DAY_IF = lazyPattern(
  () =>
    /^(?:ngay )?trong (?:cùng )?(?:một )?ngày(?: làm việc)?,? ((?:nếu|khi|đối với hồ sơ|với hồ sơ) (?:[\p{L} ]{0,60} )?(?:tiếp nhận|nhận|nộp)(?: hồ sơ| yêu cầu)? trước \d{1,2} ?(?:giờ|h|g|:)(?: ?\d{2})?(?: ?phút)?(?![\p{L}\d])[^()]{0,200})$/iu,
);
const HALF_DAY = /^(?:nửa |1\/2 |½ ?)ngày(?: làm việc)?$|^half (?:a )?(?:working )?day$/iu;
const HOURS_MINUTES = new RegExp(`^(\\d+) ?(?:${HOUR}) ?(\\d+) ?(?:${MINUTE})?(?: làm việc)?$`, 'iu');
const MINUTES_PRIMED = /^(\d+) ?['’′]$/u;
// A span from one time to another, as schedules estimate a step: "10 - 15 phút", "từ 10 đến 15 ngày làm việc".
const RANGE = lazyPattern(
  () => /^(?:từ )?(\d+(?:[.,]\d+)?) ?(?:-|–|—|đến|tới|to) ?(\d+(?:[.,]\d+)?) ?(\p{L}[\p{L} ()]*)$/iu,
);
// Quotation marks around the whole value, as a word processor types them: “03 ngày làm việc”.
const QUOTED = /^[“”„«‘’"']\s*(.+?)\s*[”“»’‘"']$/u;
const NUMBER_UNIT = lazyPattern(() => /^(\d+(?:[.,]\d+)?|\d+\/\d+) ?(\p{L}[\p{L} ()]*)$/u);
// The legal wrappers around a duration: "không quá 03 ngày làm việc", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ"
// (the tail may follow a comma: "05 ngày làm việc, kể từ …").
const WRAPPERS = String.raw`không quá|tối đa(?: là)?|chậm nhất(?: là)?|trong vòng|trong thời hạn|trong thời gian|thời hạn|trong|within|no more than|not more than|at most|up to`;
// One wrapper or several in a row, as laws compose them: "trong thời hạn không quá 10 ngày làm việc".
const PREFIX = new RegExp(`^(?:(?:${WRAPPERS}) )+(?=\\d|nửa|1/2|[½¼¾])`, 'iu');
// The field's own label, when a cell or the national record's text is pasted whole: "Thời hạn giải quyết: 05 ngày";
// "Tổng thời gian giải quyết:" as procmap's own document prints it. Without the colon ("Thời hạn giải quyết 10 ngày
// làm việc", "… là 10 ngày", "… trong thời hạn không quá …") only before the words a limit starts with, so that a
// label naming a way or a case ("Thời hạn giải quyết trực tuyến là …") is left to the readers of those.
const LABEL =
  /^(?:(?:tổng )?thời (?:hạn|gian) (?:giải quyết|thực hiện|xử lý)|thời hạn|(?:tổng )?thời gian|time limit|duration)(?: ?: ?(?:là )?(?=\S)| là (?=\S)| (?=\d|(?:trong (?:thời hạn|thời gian|vòng)|không quá|tối đa|chậm nhất) |trong ngày))/iu;
// What a step table's cell says is done before its limit, "Giải quyết trong 05 ngày làm việc", "Trả kết quả trong
// ngày": the verb says nothing of the time. Only before the words a limit starts with, so "giải quyết ngay" stays "at once".
const LEAD_VERB =
  /^(?:giải quyết|trả kết quả|trả|thực hiện|xử lý)(?: hồ sơ)? (?=(?:ngay )?trong |không quá |tối đa |chậm nhất |\d)/iu;
// "Per dossier" after the unit, as step tables write it ("05 ngày làm việc/hồ sơ"): every limit is per dossier.
const PER_DOSSIER = / ?\/ ?(?:01 |1 |một )?hồ sơ$/iu;
// A day and hours together, "1 ngày 4 giờ", "05 ngày làm việc, 04 giờ", "1 ngày làm việc + 4 giờ", "1 ngày và 4 giờ":
// the hours of a working day are the calendar's, unknown to a duration.
const DAYS_HOURS = /^(\d{1,4}) ?ngày(?: làm việc)?(?: ?[,+] ?| và | and | )(\d{1,4}) ?(?:giờ|tiếng|h)(?: làm việc)?$/iu;
// "And a half" after the unit word, as speech writes it: "1 ngày rưỡi", "2 tiếng rưỡi".
const AND_A_HALF = lazyPattern(() => /^(\d+) ?(\p{L}+) rưỡi(?= |$)/iu);
// A vulgar fraction, after a whole number or alone, as word processors type them: "1½ ngày làm việc", "1 ½ giờ", "¾
// giờ"; read as the decimal "1,5 ngày làm việc" is.
const VULGAR = lazyPattern(() => /^(\d*) ?([½¼¾])(?= ?\p{L})/u);
const VULGAR_DECIMALS: Readonly<Record<string, string>> = { '½': '5', '¼': '25', '¾': '75' };
// "At once", as some records give a limit: no span of time to count, and reading it as the whole day would be unsafe.
const IMMEDIATELY =
  /^(?:giải quyết |trả kết quả |trả |thực hiện |xử lý )?ngay(?: lập tức| sau khi| khi| khi nhận| tại chỗ|$)|^immediately\b|^at once\b/iu;
// What the national record says of a procedure the law sets no limit for: no time to count from.
const UNSTATED = /^(?:(?:không|chưa) quy định|theo quy định(?: của pháp luật| hiện hành)?|not (?:specified|stated))$/iu;
// What the national record says of a procedure whose limit another text sets, naming it ("Theo quy định của pháp luật
// chuyên ngành", "Thực hiện theo quy định tại Điều 12 Nghị định 43/2014/NĐ-CP"): a time the officer can look up there.
const REFERRED = /^(?:(?:được )?thực hiện )?(theo (?:quy|qui) định (?:của|tại) \S.*)$/iu;
// "By the next working day", as the law's next-day clause reads alone: a day named, not a span of time.
const NEXT_DAY =
  /^(?:(?:trong|vào|chậm nhất(?: là)?(?: vào| trong)?|trả kết quả(?: vào| trong)?) )?(?:ngày làm việc (?:tiếp theo|kế tiếp)|ngày hôm sau|(?:on |by )?the next working day)(?=$|[ ,;(])/iu;
// The same day or the next, with no hour that says which: a day named all the same, as the next-day clause alone.
const SAME_OR_NEXT_DAY = new RegExp(
  String.raw`^(?:ngay )?trong (?:cùng )?(?:một )?ngày(?: làm việc)?(?: ${RECEIPT_DAY})?,? hoặc (?:(?:trong|vào|chậm nhất(?: là)?(?: vào| trong)?) )?(?:ngày làm việc (?:tiếp theo|kế tiếp)|ngày hôm sau)$`,
  'iu',
);
// The next-day limit itself, the whole text or with a remark after it ("… kể từ ngày nhận đủ hồ sơ", "(…)"): by the close
// of the working day after the day of receipt, or of that day's morning. "Ngày hôm sau" (the next day, not said to be a
// working day) is still refused. Group 1: the morning; group 2: what follows.
const NEXT_DAY_LIMIT =
  /^(?:(?:trong|vào|chậm nhất(?: là)?(?: vào| trong)?|trả kết quả(?: vào| trong)?) )?(?:(buổi sáng (?:của )?)?ngày làm việc (?:tiếp theo|kế tiếp)|(?:on |by |within )?the next working day|(?:by |in |on )?(the morning) of the next working day)((?:,? (?:kể từ|tính từ|counted from) .*| \(.*\))?)$/iu;
// A cell left for later: a dash, a question mark, "chưa xác định" (not yet known).
// A list item's mark before a limit pasted from the national record or a document: "- 03 ngày làm việc", "• 03 …".
const BULLET = /^[-+•*·]\s+(?=\S)/u;
const PLACEHOLDER = /^(?:[-–—?x…]+|\.{2,}|(?:chưa|không) (?:xác định|rõ|có|biết)|n\/a|tbd)$/iu;
// The same wrappers before a number in words: "trong thời hạn mười lăm ngày".
const WORDS_PREFIX = new RegExp(`^(?:(?:${WRAPPERS}) )+`, 'iu');
const TAIL =
  /(?:,| [-–—])? (?:kể từ|tính từ|từ khi|từ ngày|sau khi|đối với|trong trường hợp|counted from|from the|after) /giu;
// The number spelled out after the digits, as laws write it: "05 (năm) ngày làm việc".
const SPELLED = lazyPattern(() => /^(\d+) ?\((\p{L}[\p{L} ]*)\) ?/u);
// A remark in brackets after the unit: "05 ngày làm việc (không kể thời gian niêm yết)"; "(lịch)" and "(làm việc)"
// after "ngày" are part of a unit.
const REMARK = / \((?!lịch\)|làm việc\))[^()]+\)$/iu;
const MAX_DIGITS = 12;
// A number whose point or comma is followed by three digits, "1.000", "2.500", "1,000": Vietnamese groups thousands
// with points (a fee of 1.000 is one thousand đồng), English with commas, and the other convention reads the same text
// as a decimal. Refused, never read as 1.
const GROUPED = /^[1-9]\d{0,2}[.,]\d{3}$/;
// The unit a too-long number is measured against in its message.
const TOO_LONG_UNIT: Record<(typeof UNITS)[number][1], DurationUnit> = {
  h: 'h',
  min: 'h',
  d: 'd',
  halfday: 'd',
  cd: 'cd',
  bare: 'cd',
  month: 'month',
  year: 'month',
  week: 'cd',
  workweek: 'd',
  sameday: 'sameday',
  clock: 'h',
};

/**
 * A limit per way of filing, as the national record's text gives it ("Trực tiếp: 05 ngày làm việc; Trực tuyến: 04
 * ngày làm việc"): two parts or more, each named by a channel, or the first part the general limit and the others
 * named ("10 ngày làm việc; trực tuyến: 08 ngày làm việc", or the others in brackets); undefined otherwise.
 */
function perChannel(text: string): { limits: ChannelLimit[]; general?: string } | undefined {
  const inBrackets = bracketedChannels(tailBeforeBracket(text) ?? text);
  if (inBrackets !== undefined) return inBrackets;
  // A sentence each, as pasted from a decision on one line: "Trực tiếp: 05 ngày làm việc. Trực tuyến: 03 ngày làm việc."
  const sentences = text.includes(';') ? [] : text.split(/(?<=\p{L})\.\s+(?=\p{Lu})/u);
  const bySentence = sentences.length > 1 ? perChannel(sentences.join('; ')) : undefined;
  if (bySentence !== undefined) return bySentence;
  if (!text.includes(';')) return commaChannels(text);
  const parts = text.split(/\s*;\s*/);
  // The exception of another case after the limits ("…; trường hợp phải xác minh thì không quá 10 ngày làm việc")
  // holds whichever way the dossier came: each limit keeps it in brackets, as a general limit keeps its exception.
  const exceptions: string[] = [];
  while (parts.length > 2 && isException(parts.at(-1)!)) exceptions.unshift(parts.pop()!);
  if (parts.length < 2) return undefined;
  parts.splice(1, Infinity, ...reducedAfter(parts[0]!, parts.slice(1)));
  const excepted = (limit: string) => (exceptions.length === 0 ? limit : `${limit} (${exceptions.join('; ')})`);
  const found = channelLimits(parts);
  const limits = found.map((part) => part?.map((named) => ({ ...named, limit: excepted(named.limit) })));
  if (limits.every((limit) => limit !== undefined)) return { limits: limits.flat() };
  const [first, ...named] = limits;
  if (first !== undefined || !named.every((limit) => limit !== undefined) || !readDuration(parts[0]!).ok)
    return undefined;
  return { limits: (named as ChannelLimit[][]).flat(), general: excepted(parts[0]!) };
}

/**
 * A limit with the limits of other ways of filing in one bracket after it: "10 ngày làm việc (trực tuyến: 08 ngày làm
 * việc)", "05 ngày làm việc (đối với hồ sơ nộp trực tuyến một phần là 04 ngày làm việc, toàn trình là 03 ngày làm
 * việc)", "05 ngày làm việc (rút ngắn còn 04 ngày làm việc đối với hồ sơ nộp trực tuyến)", "… (giảm 01 ngày làm việc
 * đối với hồ sơ nộp trực tuyến)" (the general limit less that time). Each limit is one the general reader reads:
 * "bốn ngày làm việc", "trong ngày", "04 (bốn) ngày làm việc", with a bracket of its own. The bracket is read whole,
 * else each of its parts between semicolons, else between commas; every part must name its way and a limit procmap
 * reads. Undefined otherwise: a bracket that names a way and a time it cannot read is refused (channelRemark).
 */
function bracketedChannels(text: string): { limits: ChannelLimit[]; general?: string } | undefined {
  const at = finalBracketAt(text);
  // A sentence of the law, not a page.
  if (at <= 0 || text.length > 1000) return undefined;
  const [head, written] = [text.slice(0, at).trim(), text.slice(at + 1, -1).trim()];
  // Limits before the bracket are split at their semicolons (perChannel), the bracket the last one's remark.
  if (head.includes(';') || channelMentioned(written) === undefined) return undefined;
  const named = channelLimit(head);
  const general = named?.[0]?.limit ?? head;
  if (named === undefined && !readDuration(head).ok) return undefined;
  const reduced = reductionsRead(written, () => generalLimit(general), readTime);
  if (!('text' in reduced)) return undefined;
  const inner = reduced.text;
  for (const separator of ['', ';', ',']) {
    const parts = separator === '' ? [inner] : inner.split(separator).map((part) => part.trim());
    if (separator !== '' && parts.length < 2) continue;
    const limits = channelLimits(parts);
    if (!limits.every((part) => part !== undefined && part.every(({ limit }) => readDuration(limit).ok))) continue;
    const others = (limits as ChannelLimit[][]).flat();
    return named === undefined ? { limits: others, general: head } : { limits: [...named, ...others] };
  }
  return undefined;
}

/**
 * The law's tail after a bracket of other ways' limits ("05 ngày làm việc (trực tuyến 03 ngày làm việc) kể từ ngày nhận
 * đủ hồ sơ hợp lệ") moved before it, where the general limit keeps it as its note; undefined for any other text.
 */
function tailBeforeBracket(text: string): string | undefined {
  if (text.endsWith(')') || text.length > 1000) return undefined;
  const tail = tailStart(text);
  const head = tail > 0 ? text.slice(0, tail).trimEnd() : '';
  const open = head.endsWith(')') ? head.lastIndexOf('(') : -1;
  if (open <= 0) return undefined;
  const words = text
    .slice(tail)
    .replace(/^(?:,| [-–—])/, '')
    .trim();
  return `${head.slice(0, open).trim()} ${words} ${head.slice(open)}`;
}

/**
 * The parts after a limit ("05 ngày làm việc; trực tuyến giảm 01 ngày làm việc") with each time they take from it
 * written as the limit it leaves (reductionsRead); a part whose reduction procmap cannot take stays as written, unread.
 */
function reducedAfter(first: string, rest: readonly string[]): string[] {
  const general = () => generalLimit(channelLimit(first)?.[0]?.limit ?? first);
  return rest.map((part) => {
    const read = reductionsRead(part, general, readTime);
    return 'text' in read ? read.text : part;
  });
}

// The most commas commaChannels tries a split at: a limit of the law has two or three.
const MAX_COMMA_SPLITS = 8;

/**
 * Limits per way of filing between commas, as a sentence writes them: a general limit then another way's own ("05 ngày
 * làm việc, trực tuyến 04 ngày làm việc", "…, nộp trực tuyến: 04 ngày làm việc"), or every way named ("Trực tiếp 05
 * ngày làm việc, trực tuyến 04 ngày làm việc"). Split at the first comma outside brackets after which every part names
 * a way and a limit procmap reads, so that a comma inside the law's tail ("hồ sơ đầy đủ, hợp lệ") splits nothing.
 */
function commaChannels(text: string): { limits: ChannelLimit[]; general?: string } | undefined {
  if (text.length > 400) return undefined;
  let at = text.indexOf(', ');
  for (let tried = 0; at > 0 && tried < MAX_COMMA_SPLITS; tried++, at = text.indexOf(', ', at + 2)) {
    const [head, written] = [text.slice(0, at), text.slice(at + 2)];
    const rest = channelMentioned(written) === undefined ? written : reducedAfter(head, [written])[0]!;
    if (channelMentioned(rest) === undefined || head.split('(').length !== head.split(')').length) continue;
    const others = [[rest], rest.split(/, (?![^()]*\))/)]
      .map(channelLimits)
      .find((found) => found.every((part) => part !== undefined)) as ChannelLimit[][] | undefined;
    if (others === undefined) continue;
    const named = channelLimit(head);
    if (named !== undefined) return { limits: [...named, ...others.flat()] };
    if (readDuration(head).ok) return { limits: others.flat(), general: head };
  }
  return undefined;
}

/**
 * Each part's limits per way of filing, in order (undefined for a part that is none); a grade alone after online
 * filing ("…, toàn trình là 03 ngày làm việc") is online filing at that grade, as the law writes the second one short.
 */
function channelLimits(parts: readonly string[]): (ChannelLimit[] | undefined)[] {
  const found: (ChannelLimit[] | undefined)[] = [];
  for (const part of parts) {
    const online = found.at(-1)?.some(({ kind }) => kind === 'online') === true;
    found.push(channelLimit(part, online));
  }
  return found;
}

// Where the exception of another case starts, as laws write it after a limit: "trường hợp …", "nếu …", "khi …", or a
// case named with "đối với … thì …".
const EXCEPTION_LEAD = /^(?:(?:trong |đối với |riêng )?(?:trường hợp|nếu|khi) |(?:đối với|riêng) )/iu;

/** Whether a part of a limit is the exception of a case that is no way of filing, in brackets nowhere. */
function isException(part: string): boolean {
  if (!EXCEPTION_LEAD.test(part) || /[()]/.test(part) || channelLimit(part) !== undefined) return false;
  return /^(?:trong |đối với |riêng )?(?:trường hợp|nếu|khi) /iu.test(part) || / thì /iu.test(part);
}

/**
 * A limit written a line per way of filing (`time_limit: |`, or each line a list item's text), as its one line reads
 * it: the lines joined by "; ", their bullets and ending semicolons dropped; undefined for a text of one line.
 */
export function limitLinesJoined(text: string): string | undefined {
  const lines = text
    .split(/\r?\n|\r/)
    .map((line) => line.trim().replace(BULLET, '').replace(/\s*;$/, ''))
    .filter((line) => line !== '');
  return lines.length > 1 ? lines.join('; ') : undefined;
}

/** A limit per way of filing written a line each (a line may be a wrapped sentence: then it is none). */
function perChannelLines(raw: string): ReturnType<typeof perChannel> {
  const joined = raw.includes('\n') || raw.includes('\r') ? limitLinesJoined(raw) : undefined;
  return joined === undefined ? undefined : perChannel(tidy(joined));
}

// The words before the way of filing in a limit's case: "(đối với hồ sơ nộp trực tiếp)" names "nộp trực tiếp".
// Also the case named as one ("đối với trường hợp nộp hồ sơ trực tuyến"), as portals word the way too.
const CASE_LEAD =
  /^(?:(?:đối với|với|riêng)\s+(?:(?:trong\s+)?trường hợp\s+)?|(?:trong\s+)?trường hợp\s+|nếu\s+)(?:(?:các|những)\s+)?(?:hồ sơ\s+)?/iu;
// The case first, then its limit, as laws write an exception: "trường hợp nộp hồ sơ trực tuyến thì không quá 05 ngày
// làm việc", "đối với hồ sơ nộp trực tuyến là 18 ngày làm việc". Short parts only: the lazy group backtracks.
const CASE_FIRST = /^((?:đối với|với|trường hợp|nếu|riêng)\s[^:]{1,120}?)\s(?:thì|là)\s(.{1,120})$/iu;

/**
 * The ways of filing a case names after its lead ("đối với hồ sơ nộp trực tuyến"); undefined for a numbered case:
 * the national record's channel codes 1, 2 and 3 are ways alone, but "Trường hợp 1", "trường hợp 2" are cases.
 */
function caseKinds(named: string): ChannelKind[] | undefined {
  const names = caseNames(named);
  return names === undefined ? undefined : kindsOf(names);
}

/** A case's name without its lead ("đối với hồ sơ nộp trực tuyến" → "nộp trực tuyến"); undefined for a numbered case. */
function caseNames(named: string): string | undefined {
  const rest = named.replace(CASE_LEAD, '');
  return rest !== named && /^\d+$/u.test(rest.trim()) ? undefined : rest;
}

/**
 * The ways of filing a part of a limit names: one ("Trực tiếp"), or several that share the limit ("Trực tiếp, bưu
 * chính", "Trực tiếp và qua bưu chính"); undefined when a name is no way of filing.
 */
function kindsOf(text: string): ChannelKind[] | undefined {
  const one = channelOf(text);
  if (one !== undefined) return [one];
  const several = channelsIn(text);
  return 'kinds' in several ? several.kinds : undefined;
}

// The words that say a way of filing's limit is shorter than the general one, before that limit: "rút ngắn còn 04 ngày
// làm việc", "giảm còn 03 ngày làm việc", "còn 04 ngày làm việc".
const SHORTENED = String.raw`(?:được )?(?:rút ngắn|rút|giảm)(?: xuống)? còn|còn`;
const SHORTENED_LEAD = new RegExp(`^(?:${SHORTENED}) (?=\\d)`, 'iu');
// The limit named before its way of filing, as a bracket may start: "(thời hạn giải quyết trực tuyến là 04 …)".
const LIMIT_LEAD = /^thời (?:hạn|gian)(?: giải quyết| xử lý)?(?: (?:đối với|của|cho))?\s+/iu;
// What stands between a way of filing named first and its limit: "trực tuyến: 04 …", "… toàn trình là 03 …", "…
// toàn trình giảm còn 03 …". Matched on short names only (channelLimit's numberFirst), so its alternation is cheap.
const NAMES_END = new RegExp(`(?:\\s*:|\\s(?:thì|là|${SHORTENED}))\\s*$`, 'iu');

/**
 * The limit of each way of filing names names, online with its grade ("toàn trình") as its note, as channels keep it;
 * after online filing (`online`), a grade alone ("toàn trình") is online filing at that grade.
 */
function limitsOf(names: string, written: string, online = false): ChannelLimit[] | undefined {
  // A sentence's full stop after the limit ("- Đối với hồ sơ nộp trực tiếp: 05 ngày làm việc.") is no part of it.
  const limit = written.replace(SHORTENED_LEAD, '').replace(/(?<=\p{L})\.$/u, '');
  const grade = onlineGradeIn(names);
  if (online && grade !== undefined && isGradeAlone(names.trim())) return [{ kind: 'online', limit, note: grade }];
  return kindsOf(names)?.map((kind) =>
    kind === 'online' && grade !== undefined ? { kind, limit, note: grade } : { kind, limit },
  );
}

/**
 * One part of a limit per way of filing, for each way it names: the channels first ("Trực tiếp: 05 ngày làm việc",
 * "Trực tiếp, bưu chính: 05 ngày làm việc", "nộp trực tuyến toàn trình giảm còn 03 ngày làm việc"), or after the
 * limit, in brackets or not ("03 ngày làm việc (đối với hồ sơ nộp trực tiếp)", "02 ngày làm việc đối với hồ sơ nộp
 * trực tuyến"). `online`: the part before named online filing, so a grade alone names it too.
 */
function channelLimit(part: string, online = false): ChannelLimit[] | undefined {
  const colon = part.indexOf(':');
  const first = colon > 0 ? limitsOf(part.slice(0, colon), part.slice(colon + 1).trim(), online) : undefined;
  if (first !== undefined) return first;
  const caseFirst = CASE_FIRST.exec(part);
  if (caseFirst) {
    const limit = caseFirst[2]!.trim().replace(PREFIX, '');
    const names = caseNames(caseFirst[1]!);
    const limits = names !== undefined && readDuration(limit).ok ? limitsOf(names, limit, online) : undefined;
    if (limits !== undefined) return limits;
  }
  const at = part.endsWith(')') ? part.lastIndexOf('(') : part.search(/ (?:đối với|với) /iu);
  if (at > 0) {
    const names = caseNames(part.slice(at).replace(/^[\s(]+|\)$/g, ''));
    const after = names === undefined ? undefined : limitsOf(names, part.slice(0, at).trim(), online);
    if (after !== undefined) return after;
  }
  return numberFirst(part, online);
}

/** A part whose way of filing comes first without "đối với" or a colon: "hồ sơ trực tuyến là 04 ngày làm việc". */
function numberFirst(part: string, online: boolean): ChannelLimit[] | undefined {
  const digit = part.search(/\d/);
  if (digit <= 0 || digit > 120) return undefined;
  const names = part.slice(0, digit).replace(NAMES_END, '').replace(LIMIT_LEAD, '').replace(CASE_LEAD, '').trim();
  const limit = part.slice(digit).trim();
  return names === '' || !readDuration(limit).ok ? undefined : limitsOf(names, limit, online);
}

// One case of a limit per case, its case after the limit: "10 ngày làm việc đối với trường hợp phải xác minh".
const CASE_PART = /^(.+?) ((?:đối với|trong trường hợp|trường hợp|nếu|khi|for|if|when) .+)$/iu;
// A list's mark before a case, as a decision's text numbers them: "a) Trường hợp …", "b) …", "1. …", "- …".
const LIST_MARK = /^(?:[a-zđ]\)|\d{1,2}[.)]|[-+•*·])\s+/iu;
// Its case in brackets after the limit: "05 ngày làm việc (cấp mới)", "5 ngày làm việc (đối với cấp mới)".
const CASE_BRACKETED = /^([^()]+?) ?\(([^()]+)\)$/u;

/**
 * One part of a limit per case, with its case: after the limit ("10 ngày làm việc đối với trường hợp phải xác minh"),
 * in brackets ("05 ngày làm việc (cấp mới)") or before it with a colon ("Cấp mới: 05 ngày làm việc"); undefined
 * when the part is not a limit with its case.
 */
function caseLimit(part: string): { limit: string; case: string; shares?: boolean } | undefined {
  // The case's colon, not a share's in the limit's bracket ("10 ngày làm việc (UBND xã: 05 …) đối với trường hợp 1").
  const colon = topColon(part);
  if (colon > 0) {
    const [label, limit] = [part.slice(0, colon).trim().replace(LIST_MARK, ''), part.slice(colon + 1).trim()];
    if (label === '') return undefined;
    const reading = readDuration(limit);
    if (reading.ok) return withCase(limit, label, reading);
    // A case whose limit is shares by agency ("Trường hợp cấp mới: 03 ngày làm việc tại UBND xã và 05 ngày làm việc
    // tại Sở"): that case's limit is their total, written as procmap writes shares.
    const total = reading.problem.code === 'perCase' ? undefined : stagesTotal(reading.problem);
    return total === undefined ? undefined : { limit: total, case: label, shares: true };
  }
  const found = CASE_BRACKETED.exec(part) ?? sharesThenCase(part) ?? CASE_PART.exec(part);
  const reading = found ? readDuration(found[1]!) : undefined;
  if (reading?.ok) return withCase(found![1]!.trim(), found![2]!.trim(), reading);
  // An agency or a level before its limit with no colon ("Sở Tư pháp 07 ngày làm việc", "cấp xã 03 ngày làm việc"):
  // only those, so "Không quá 05 ngày làm việc" is no case named "Không quá".
  const first = AGENCY_FIRST.exec(part);
  if (first && isStageLabel(first[1]!) && readDuration(first[2]!).ok)
    return { limit: first[2]!.trim(), case: first[1]!.trim() };
  return agencyAfter(part);
}

/** A case's limit; with `shares` when the agencies' shares fill its bracket, so the case is said after them. */
function withCase(limit: string, named: string, reading: DurationReading & { ok: true }) {
  const { note } = reading.duration;
  return { limit, case: named, ...(note !== undefined && isBreakdown(note) ? { shares: true } : {}) };
}

/**
 * A limit with its shares in one bracket and its case in the next: "10 ngày làm việc (UBND xã: 05 …; Sở: 05 …) (cấp
 * mới)", as [whole, limit, case]; null for any other part.
 */
function sharesThenCase(part: string): [string, string, string] | null {
  const at = part.endsWith(')') ? finalBracketAt(part) : -1;
  if (at <= 0) return null;
  const [head, named] = [part.slice(0, at).trim(), part.slice(at + 1, -1).trim()];
  if (!head.endsWith(')') || named === '' || isBreakdown(`(${named})`)) return null;
  const reading = readDuration(head);
  return reading.ok && reading.duration.note !== undefined && isBreakdown(reading.duration.note)
    ? [part, head, named]
    : null;
}

/**
 * One agency's time named before it with a colon, "UBND xã: 05 ngày làm việc", as a breakdown writes each share: the
 * agency as its case; undefined unless the label names an agency itself (a level alone, "Cấp xã", may be a case).
 */
function agencyBefore(text: string): { limit: string; case: string } | undefined {
  const colon = topColon(text);
  if (colon <= 0) return undefined;
  const [label, limit] = [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
  return isAgencyLabel(label) && readDuration(limit).ok ? { limit, case: label } : undefined;
}

/** Where a text's first colon outside brackets is; -1 for none. */
function topColon(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text[i] === ':') return i;
  }
  return -1;
}

// A tail that says only when a share's time starts: "kể từ ngày nhận đủ hồ sơ hợp lệ", "tính từ ngày nhận hồ sơ".
const STARTS_FROM = /^(?:kể từ|tính từ|từ khi|từ ngày|sau khi|counted from|from the|after) [^()]*$/iu;

/**
 * A share of a liên thông limit written time first, its agency after "tại", "ở" or "do" ("08 giờ làm việc tại UBND
 * xã") or in brackets ("03 ngày làm việc (UBND xã)"), with the agency as its case. A time alone has no tail of the
 * law: in "03 ngày làm việc kể từ ngày nhận hồ sơ tại UBND xã" the agency is where the time starts, whoever takes it.
 * Among other shares (`among`), each share's tail says when its own time starts ("03 ngày làm việc kể từ ngày nhận
 * đủ hồ sơ tại UBND xã và 07 ngày làm việc kể từ ngày nhận hồ sơ tại Sở Tư pháp"), and is kept with it. One time
 * that is the whole limit (`alone`) keeps the one case it names in brackets ("05 ngày làm việc tại UBND xã (cấp mới)").
 */
function agencyAfter(part: string, among = false, alone = false): { limit: string; case: string } | undefined {
  const bracketed = among ? CASE_BRACKETED.exec(part) : null;
  const share =
    timeThenAgency(part, alone) ??
    (bracketed && isStageLabel(bracketed[2]!)
      ? { limit: bracketed[1]!.trim(), agency: bracketed[2]!.trim(), after: false }
      : undefined);
  const reading = share === undefined ? undefined : readDuration(share.limit);
  if (share === undefined || reading?.ok !== true) return undefined;
  const { note } = reading.duration;
  // Words the law wrote after the agency's name ("ở Sở Tư pháp kể từ ngày nhận đủ hồ sơ", "tại Bộ phận một cửa
  // (không kể thời gian niêm yết)"), or in brackets before it ("05 ngày làm việc (không kể thời gian niêm yết) tại Bộ
  // phận một cửa"), are that agency's share's: the name says who takes the time they qualify.
  return note === undefined || share.after || (among && STARTS_FROM.test(note))
    ? { limit: share.limit, case: share.agency }
    : undefined;
}

// Where the next share starts in a liên thông limit written time first: at ";", "," or "và" before its time
// ("08 giờ làm việc tại UBND xã và 03 ngày làm việc tại Sở Tư pháp"), so that a comma or "và" inside an agency's name
// ("Sở Lao động, Thương binh và Xã hội") splits nothing.
const NEXT_SHARE = lazyPattern(
  () =>
    new RegExp(
      String.raw`\s*[;,]\s*(?:(?:và|and)\s+)?(?=\d|(?:${WRAPPERS}) \d)|\s+(?:và|and)\s+(?=\d|(?:${WRAPPERS}) \d)`,
      'iu',
    ),
);

/** The shares of a liên thông limit each written time first, then its agency; undefined unless every part is one. */
function sharesTimeFirst(text: string): { limit: string; case: string }[] | undefined {
  const parts = text.split(NEXT_SHARE());
  // A part split inside a bracket ("03 (ba, …)") is no share.
  const balanced = (part: string) => part.split('(').length === part.split(')').length;
  if (parts.length < 2 || !parts.every(balanced)) return undefined;
  const shares = parts.map((part) => agencyAfter(part, true));
  return shares.every((share) => share !== undefined) ? shares : undefined;
}

// A label without digits, then the limit from its number on: "UBND cấp xã 03 ngày làm việc".
const AGENCY_FIRST = /^(\D+?) (\d.*)$/u;

/** The parts of a text between its semicolons, or else its commas, outside brackets ("(cấp mới, cấp đổi)" stays whole). */
function topLevelParts(text: string): string[] {
  for (const separator of [';', ',']) {
    const parts = splitOutsideBrackets(text, separator);
    if (parts.length > 1) return parts;
  }
  return [text];
}

/**
 * A limit per case, as records write them ("03 ngày làm việc đối với trường hợp không phải xác minh; 10 ngày làm
 * việc đối với trường hợp phải xác minh", "Cấp mới: 05 ngày làm việc; cấp lại: 03 ngày làm việc", "5 ngày làm việc
 * (cấp mới), 3 ngày làm việc (cấp lại)"): two limits or more, each with its case, or undefined. Cases that are all
 * ways of filing are the channels' (perChannel's), not a case's.
 */
function perCase(text: string, lines: readonly string[]): { limit: string; case: string }[] | undefined {
  // A line each ("UBND cấp xã: 03 ngày làm việc" and "Sở Tư pháp: …" under it) is a case each, when every line is one;
  // else the lines are one text (a case folded over two lines).
  const byLine = lines.length > 1 ? lines.map(caseLimit) : [];
  if (byLine.length > 1 && byLine.every((found) => found !== undefined)) return casesOrNone(byLine);
  const shares = sharesTimeFirst(text);
  if (shares !== undefined) return shares;
  const parts = topLevelParts(text);
  // Cases marked "a) …", "b) …" run together on one line with nothing between them.
  if (parts.length < 2 && /^a\)\s/iu.test(text)) parts.splice(0, 1, ...markRuns(text));
  if (parts.length < 2) parts.splice(0, 1, ...caseRuns(text));
  if (parts.length < 2) return undefined;
  return casesOrNone(parts.map(caseLimit));
}

// Where the next case starts in cases marked on one line: " b) Trường hợp 2: …".
const NEXT_MARK = /\s+(?=[b-zđ]\)\s)/giu;

/** The parts of cases marked "a) …", "b) …" on one line, each from its mark on; split outside brackets only. */
function markRuns(text: string): string[] {
  // A mark's bracket ("b)") closes nothing.
  const depth = (part: string) => {
    const bare = part.replace(/(?:^|\s)[a-zđ]\)(?=\s)/giu, ' ');
    return (bare.match(/\(/g)?.length ?? 0) - (bare.match(/\)/g)?.length ?? 0);
  };
  const starts = [...text.matchAll(NEXT_MARK)]
    .map((match) => match.index)
    .filter((at) => depth(text.slice(0, at)) <= 0);
  const bounds = [0, ...starts, text.length];
  return bounds
    .slice(1)
    .map((end, i) => text.slice(bounds[i], end).trim())
    .filter((part) => part !== '');
}

/**
 * One case's limit alone, named before it ("Cấp mới: 05 ngày làm việc", "Trường hợp 1: 10 ngày làm việc (UBND xã: …;
 * Sở: …)", "Trường hợp cần xác minh thì 10 ngày làm việc"): the limit of that case only, asked about as a limit per
 * case is; undefined for any other text.
 */
function oneCase(raw: string): DurationReading | undefined {
  const text = tidy(raw).replace(BULLET, '').replace(LIST_MARK, '');
  if (text.length > 1000) return undefined;
  // The exception's sentence copied without the general limit before it: that case's limit, the others' unsaid.
  const first = topColon(text) <= 0 ? CASE_FIRST.exec(text) : null;
  if (first === null && topColon(text) <= 0) return undefined;
  const found = first === null ? caseLimit(text) : caseFirstLimit(first[1]!, first[2]!);
  if (found === undefined || caseKinds(found.case) !== undefined) return undefined;
  return fail({ code: 'perCase', ...found, one: true });
}

/** A case named before its limit ("trường hợp cần xác minh", "10 ngày"), when the limit reads; else undefined. */
function caseFirstLimit(named: string, limit: string): { limit: string; case: string } | undefined {
  const reading = readDuration(limit);
  return reading.ok ? { limit: limit.trim(), case: named.trim() } : undefined;
}

/** Limits each with its case, unless one is not, or every case is a way of filing (the channels', perChannel's). */
function casesOrNone(
  found: readonly ({ limit: string; case: string } | undefined)[],
): { limit: string; case: string }[] | undefined {
  const cases = found.filter((one) => one !== undefined);
  if (cases.length < found.length) return undefined;
  if (cases.every(({ case: named }) => caseKinds(named) !== undefined)) return undefined;
  return cases;
}

/** One agency's time for one way of filing (channelShare), with the limit its share makes; undefined otherwise. */
function stageChannel(text: string): DurationProblem | undefined {
  const share = channelShare(text);
  const kind = share === undefined ? undefined : channelMentioned(share.way);
  if (share === undefined || kind === undefined) return undefined;
  const found = perStage([{ limit: share.limit, case: share.agency }]);
  if (found?.code !== 'perStageOne') return undefined;
  return { code: 'stageChannel', kind, way: share.way, limit: stagesLimit(found) };
}

/**
 * One way of filing named before its limit, alone: with a colon ("Trực tuyến: 05 ngày làm việc") or as decisions print
 * it ("Đối với hồ sơ nộp trực tuyến là 03 ngày làm việc"); undefined otherwise.
 */
function channelAlone(text: string): DurationProblem | undefined {
  const colon = text.indexOf(':');
  const caseFirst = colon < 0 ? CASE_FIRST.exec(text) : null;
  if (caseFirst === null && (colon <= 0 || colon > 120)) return undefined;
  const named = channelLimit(text);
  if (named?.length !== 1 || !readDuration(named[0]!.limit).ok) return undefined;
  const [{ kind, limit, note }] = named as [ChannelLimit];
  return {
    code: 'channelAlone',
    kind,
    way: caseFirst === null ? text.slice(0, colon).trim() : caseFirst[1]!.trim(),
    limit,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * A limit that reads, marked for one way of filing after it, "05 ngày làm việc (trực tuyến)", "… đối với hồ sơ nộp trực
 * tuyến": the same as that way named alone before it (channelAlone), since it says nothing of the other ways' limit;
 * undefined for any other limit. Only a procedure's own limit is asked about: a channel's own limit names its way.
 */
// Remembered: one catalog writes its limits in few ways, and each file's limit is asked about.
export const channelMarked: (raw: string) => DurationProblem | undefined = remembered(readChannelMark);

function readChannelMark(raw: string): DurationProblem | undefined {
  const text = tidy(raw).replace(BULLET, '').replace(LABEL, '');
  if (text.length > 1000 || topColon(text) >= 0) return undefined;
  const named = channelLimit(text);
  if (named === undefined || named.length === 0 || !readDuration(named[0]!.limit).ok) return undefined;
  const [{ kind, limit, note }] = named as [ChannelLimit];
  const way = text.slice(limit.length).trim();
  if (!text.startsWith(limit) || way === '') return undefined;
  // Ways named together share the limit ("trực tiếp hoặc trực tuyến"); all three are every way's, which is no mark.
  const kinds = named.map((one) => one.kind);
  if (named.length > 1 && (named.some((one) => one.limit !== limit) || ALL_WAYS.every((one) => kinds.includes(one))))
    return undefined;
  return {
    code: 'channelAlone',
    kind,
    way,
    limit,
    ...(note === undefined ? {} : { note }),
    ...(named.length > 1 ? { kinds } : {}),
  };
}

// The ways of filing the national record knows (vietnam.md: CACHTHUCTHUCHIEN[KENH]), in the order procmap lists them.
const ALL_WAYS: readonly ChannelKind[] = ['in_person', 'online', 'postal'];

/** The limit shares by agency make, written as --fix writes it; undefined for another problem or units that do not add. */
function stagesTotal(problem: DurationProblem): string | undefined {
  if (problem.code === 'perStage' || problem.code === 'perStageOne') return stagesLimit(problem);
  if (problem.code !== 'perStageHours') return undefined;
  const { total } = stagesHoursTotal(problem, DEFAULT_HOURS_PER_DAY);
  return stagesLimit({ total, stages: problem.stages, exception: problem.exception });
}

// The words a case's limit is written with when shares fill its bracket: "… đối với trường hợp cấp mới".
const CASE_SAID = /^(?:đối với|trong trường hợp|nếu|khi) /iu;

/** A case as written after its limit's shares: "Trường hợp cấp mới" → "đối với trường hợp cấp mới". */
function forCase(named: string): string {
  const said = midSentence(named);
  if (CASE_SAID.test(said)) return said;
  return /^trường hợp /iu.test(said) ? `đối với ${said}` : `đối với trường hợp ${said}`;
}

/**
 * A limit per case whose cases are the agencies one dossier passes through (liên thông): the total to write, with
 * the shares in brackets as the limit's note, or, where that total would not read back, the shares to add up.
 */
function perStage(cases: readonly { limit: string; case: string }[]): StagesProblem | undefined {
  const stages: Stage[] = [];
  for (const { limit, case: agency } of cases) {
    const reading = readDuration(limit);
    if (!reading.ok) return undefined;
    stages.push({ agency, limit, duration: reading.duration, bare: reading.bare || saysBareHours(limit) });
  }
  const found = stagesOf(stages);
  if (found === undefined || found.code === 'perStageUnits' || found.code === 'perStageBareDays') return found;
  const total = found.code === 'perStageHours' ? stagesHoursTotal(found, DEFAULT_HOURS_PER_DAY).total : found.total;
  if (readDuration(stagesLimit({ total, stages: found.stages })).ok) return found;
  // One share whose total would not read back is no limit procmap reads: refused as any other text is.
  return found.code === 'perStageOne' ? undefined : { code: 'perStageUnits', stages: found.stages };
}

// Where another limit starts in a limit per case written a line each, its lines joined by reading ("… niêm yết - 10
// ngày làm việc đối với …", "… niêm yết 10 ngày …" from a folded block): before a number, after its bullet if any.
const NEXT_RUN = /\s+(?:[-+•*·]\s+)?(?=\d)/u;

/**
 * The parts of a limit per case written a line each without semicolons, each from its number on; the caller keeps
 * them only when every part is a limit with its case, so a number inside a case ("sau 15 giờ") splits nothing read.
 */
function caseRuns(text: string): string[] {
  // Outside brackets only: "(… thì không quá 05 ngày làm việc)" is one case's remark, not another case.
  const depth = (part: string) => (part.match(/\(/g)?.length ?? 0) - (part.match(/\)/g)?.length ?? 0);
  const runs: string[] = [];
  for (const part of text.split(NEXT_RUN)) {
    if (runs.length > 0 && depth(runs.join(' ')) > 0) runs[runs.length - 1] += ` ${part}`;
    else runs.push(part);
  }
  return runs.filter((part) => part !== '');
}

/** A limit's lines as written (a block scalar, a line each), each tidied and without its bullet; empty ones left out. */
function limitLines(raw: string): string[] {
  if (!/\n/.test(raw)) return [];
  return raw
    .split(/\r?\n|\r/)
    .map((line) => tidy(line).replace(BULLET, ''))
    .filter((line) => line !== '');
}

/** A duration's text as it is read: composed, single spaces, trimmed, without the full stop or semicolon ending it. */
function tidy(raw: string): string {
  // Brackets spaced as typed, "ngày(làm việc)" or "( lịch )", read as "ngày (làm việc)".
  return raw
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/(?<=\p{L})\(/gu, ' (')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim()
    .replace(QUOTED, '$1')
    .replace(/[.;,]$/, '')
    .trim();
}

// A general limit and, after it, the case that takes another ("05 ngày làm việc; trường hợp phải xác minh thì không quá
// 10 ngày làm việc"): the case is kept in brackets, as the law writes it inline, and is read no further.
const EXCEPTION =
  /^(.+?)[,;.] ((?:trong |đối với |doi voi |riêng |rieng )?(?:trường hợp|truong hop|nếu|neu|khi) [^()]+)$/iu;
// The case named without "trường hợp", then what it takes after "thì", as land law writes it: "15 ngày làm việc; đối
// với các xã miền núi, hải đảo, … thì thời gian thực hiện được tăng thêm 10 ngày làm việc".
const CASE_THEN = /^(.+?)[,;.] ((?:đối với|doi voi|riêng|rieng) [^()]+? (?:thì|thi) [^()]+)$/iu;
// Another limit, then whom it is for, after the general one, as land procedures publish it: "Không quá 10 ngày làm
// việc; không quá 20 ngày làm việc đối với các xã miền núi, hải đảo, vùng sâu, vùng xa" (or "cho", "tại", "với" …:
// limitFor). Each part of the tail is one such case (limit-cases.ts reads them back); the limit before those words
// must read, so no other text is taken in.
const LIMITS_FOR = /^(.+?)[,;] ([^()]+)$/u;

/** The tail of LIMITS_FOR when every part of it is a limit for whom ("20 ngày làm việc đối với …"); else undefined. */
function limitsFor(text: string): RegExpExecArray | null {
  const match = LIMITS_FOR.exec(text);
  if (!match) return null;
  const parts = match[2]!.split(/; /u);
  const read = parts.every((part) => {
    const found = limitFor(part);
    return found !== undefined && readDuration(found.limit).ok;
  });
  return read ? match : null;
}
// A sentence after the limit that names no other time: "10 ngày làm việc. Thời gian này không tính thời gian các ngày
// nghỉ lễ, Tết theo quy định".
const SENTENCE_AFTER = lazyPattern(() => /^(.+?)\. (\p{Lu}[^\d()]+)$/u);
// The share of each level in a liên thông limit, after a comma or semicolon rather than in brackets: "12 ngày làm việc,
// trong đó cấp xã 03 ngày làm việc, cấp tỉnh 09 ngày làm việc", "…; trong đó: …". Kept as the bracketed form is.
// The breakdown may be a sentence of its own: "Tổng thời gian: 12 ngày làm việc. Trong đó: UBND xã 03 ngày làm việc; …".
const BREAKDOWN = /^(.+?)[,;.] ((?:trong đó|trong do)(?: ?:)? [^()]+)$/iu;
// What the limit leaves out, after a comma or semicolon rather than in brackets or a sentence of its own: "17 ngày làm
// việc, không kể thời gian chuyển hồ sơ giữa các cơ quan". Kept as the bracketed remark is.
// Officers also leave the comma out: "15 ngày không kể ngày nghỉ lễ, tết, thứ bảy, chủ nhật".
const LEFT_OUT_AFTER = /^(.+?)[,;]? ((?:không|chưa|khong|chua) (?:kể|tính|bao gồm|ke|tinh|bao gom) [^()]+)$/iu;
// The same words in brackets after a limit the plain reader does not take whole, the shares of a breakdown after a
// comma: "17 ngày làm việc, trong đó: UBND xã 05 ngày làm việc, Sở Nội vụ 12 ngày làm việc (không kể thời gian …)".
const LEFT_OUT_BRACKET = / \(((?:không|chưa|khong|chua) (?:kể|tính|bao gồm|ke|tinh|bao gom) [^()]+)\)$/iu;

/**
 * A limit followed by its exception for another case: the general limit, the exception its note in brackets. The
 * general limit is the one a procedure's steps describe and the earlier due date, so it is the safe one to count.
 */
function withException(raw: string): DurationReading | undefined {
  const text = tidy(raw);
  if (text.length > 1000) return undefined;
  const leftOut = leftOutAfter(text);
  if (leftOut) return leftOut;
  const exception = EXCEPTION.exec(text) ?? CASE_THEN.exec(text);
  const match = exception ?? BREAKDOWN.exec(text) ?? limitsFor(text) ?? SENTENCE_AFTER().exec(text);
  if (!match) return undefined;
  const general = readDuration(match[1]!);
  // Shares by agency before the case are read as shares, the case kept after them.
  if (!general.ok) return exception ? stagesWithException(general.problem, exception[2]!) : undefined;
  const { note } = general.duration;
  const bracketed = `(${match[2]!})`;
  return {
    ...general,
    duration: { ...general.duration, note: note === undefined ? bracketed : `${note} ${bracketed}` },
  };
}

/**
 * A limit and what it leaves out, after a comma or semicolon or in brackets after a breakdown: the limit as read, the
 * words its remark in brackets after any note it has. Undefined unless the limit before them reads.
 */
function leftOutAfter(text: string): DurationReading | undefined {
  const after = LEFT_OUT_AFTER.exec(text);
  const inBracket = after ? null : LEFT_OUT_BRACKET.exec(text);
  const [limit, words] = after
    ? [after[1]!, after[2]!]
    : inBracket
      ? [text.slice(0, inBracket.index), inBracket[1]!]
      : [];
  if (limit === undefined || words === undefined) return undefined;
  // The words in brackets are what --fix writes: refused there (a way of filing's time, "… qua bưu chính 02 ngày"), so
  // here, never a note that its canonical form turns into an error.
  const written = after ? readDuration(`${limit} (${words})`) : undefined;
  if (written && !written.ok && written.problem.code !== 'unknown') return written;
  const general = readDuration(limit);
  if (!general.ok) return undefined;
  const { note } = general.duration;
  // Without its comma, only after a limit with nothing else said: "10 ngày làm việc. Thời gian này không tính …" is a
  // sentence of its own (SENTENCE_AFTER), not a remark on "Thời gian này".
  if (after && !/^[,;]/u.test(text.slice(limit.length)) && note !== undefined) return undefined;
  const bracketed = `(${words})`;
  const duration = { ...general.duration, note: note === undefined ? bracketed : `${note} ${bracketed}` };
  // Bare days whose remark leaves out every day off are working days, as in brackets (daysLeftOut).
  if (general.bare && !general.bareFraction && daysLeftOut(words) === 'all')
    return { ok: true, bare: false, duration: { ...duration, unit: 'd' } };
  return { ...general, duration };
}

// The problems of shares by agency that another case's limit may follow, as the law writes it after them.
const STAGE_CODES: ReadonlySet<DurationProblem['code']> = new Set([
  'perStage',
  'perStageOne',
  'perStageHours',
  'perStageBareDays',
  'perStageUnits',
]);

/**
 * Shares by agency and, after them, another case's limit ("Không quá 05 ngày làm việc tại UBND cấp xã; 10 ngày làm
 * việc tại Sở Tư pháp; trường hợp phải xác minh thì thêm 05 ngày làm việc"): the shares' problem, the case kept after
 * the limit to write as the law's exception, as after any limit. Undefined for another problem, or a limit to write
 * that would not read back.
 */
function stagesWithException(problem: DurationProblem, exception: string): DurationReading | undefined {
  if (!STAGE_CODES.has(problem.code) || 'exception' in problem) return undefined;
  const found = { ...problem, exception } as StagesProblem;
  if (found.code === 'perStage' || found.code === 'perStageOne') {
    if (!readDuration(stagesLimit(found)).ok) return undefined;
  }
  if (found.code === 'perStageHours') {
    const { total } = stagesHoursTotal(found, DEFAULT_HOURS_PER_DAY);
    if (!readDuration(stagesLimit({ total, stages: found.stages, exception })).ok) return undefined;
  }
  return fail(found);
}

/**
 * A general limit that reads, then words after ";" that do not ("10 ngày làm việc; niêm yết tại trụ sở"): the
 * message says which part reads, rather than that the text shows no time. Undefined for any other text.
 */
function unreadTail(raw: string): DurationReading | undefined {
  const text = tidy(raw);
  const at = text.indexOf(';');
  if (at <= 0 || text.length > 1000) return undefined;
  const [general, tail] = [text.slice(0, at).trim(), text.slice(at + 1).trim()];
  return tail !== '' && readDuration(general).ok ? fail({ code: 'tailUnread', general, tail }) : undefined;
}

// A span before an event, as a filing deadline reads: "15 ngày làm việc trước ngày dự kiến tổ chức".
const BEFORE_EVENT = /^(.{1,200}?) (trước (?:ngày|thời điểm|khi|thời gian|hạn)(?: .{0,200})?)$/iu;

/** A deadline for the applicant (file N days before the event), which is no time the agency takes; undefined otherwise. */
function filingDeadline(raw: string): DurationReading | undefined {
  const found = BEFORE_EVENT.exec(tidy(raw));
  if (!found || !readDuration(found[1]!).ok) return undefined;
  return fail({ code: 'deadline', limit: found[1]!, before: found[2]! });
}

/**
 * A number without its unit: "0" gets its own advice, since "0 ngày làm việc" is no time for a step either; a number
 * no unit can hold ("0.333": finer than two decimals) gets the precision advice, since adding a unit would not help.
 */
function unitMissing(value: string): DurationProblem {
  if (Number(value.replace(',', '.')) === 0) return { code: 'zeroNoUnit', value };
  const readings = UNIT_CHOICES.map(({ unit }) => readUncached(`${value}${unit.vi}`));
  const finer =
    !readings.some((reading) => reading.ok) &&
    readings.some((reading) => !reading.ok && reading.problem.code === 'precision');
  return finer ? { code: 'precision' } : { code: 'noUnit', value };
}

// The units a bare number may have meant, in the order the advice names them; a choice is offered only when the number
// with that unit is a duration procmap reads ("0.5 ngày lịch" is not: calendar days are whole).
const UNIT_CHOICES: readonly { unit: Record<Lang, string>; gloss?: Record<Lang, string> }[] = [
  { unit: { en: ' working days', vi: ' ngày làm việc' } },
  { unit: { en: ' calendar days', vi: ' ngày lịch' } },
  { unit: { en: 'h', vi: 'h' }, gloss: { en: ' (working hours)', vi: ' (giờ làm việc)' } },
];

/**
 * The ways to write a number with its unit that procmap reads, quoted and joined in the user's language: `"5 working
 * days", "5 calendar days" or "5h" (working hours)`. In Vietnamese with the decimal comma Vietnamese prints
 * ("0,5 ngày làm việc"), in English with the point; both are read.
 */
function unitChoices(value: string, lang: Lang): string {
  const shown = escapeControls(lang === 'vi' ? value.replace('.', ',') : value.replace(',', '.'));
  const readable = UNIT_CHOICES.filter(({ unit }) => readUncached(`${value}${unit.vi}`).ok);
  // A number too long for every unit still gets the three, and the limit's message once a unit is written.
  const choices = (readable.length > 0 ? readable : UNIT_CHOICES).map(
    ({ unit, gloss }) => `"${shown}${unit[lang]}"${gloss?.[lang] ?? ''}`,
  );
  const last = choices.pop()!;
  return choices.length === 0 ? last : `${choices.join(', ')} ${lang === 'vi' ? 'hoặc' : 'or'} ${last}`;
}

/** Parses every way officers write a duration (`4h`, `0.5d`, `30cd`, `03 ngày làm việc.`, `1 giờ 30 phút`, `trong ngày`). */
export function readDuration(text: string | number): DurationReading {
  if (typeof text !== 'string') return { ok: false, problem: unitMissing(String(text)) };
  return readText(text);
}

// The legal tail after a full stop or a semicolon ("05 ngày làm việc; kể từ …", "… làm việc. Kể từ …", a paste's
// "việc.kể từ …"): the words say when counting starts, as after a comma, never another case's limit nor a remark.
const STOPPED_TAIL = lazyPattern(() => /^([^();]*?[^\s.;])\s*[.;]\s*((?:kể từ|tính từ) [^();]*)$/iu);

// A catalog uses a handful of distinct spellings many thousand times; rules ask for each several times.
const readText = memoByText((text: string): DurationReading => {
  const stopped = text.length <= 1000 ? STOPPED_TAIL().exec(text) : null;
  if (stopped) {
    // A new sentence's capital ("Kể từ") is no part of the tail, which reads on after the comma in lower case.
    const tail = stopped[2]!;
    const joined = readUncached(`${stopped[1]}, ${tail[0]!.toLowerCase()}${tail.slice(1)}`);
    if (joined.ok) return joined;
  }
  const reading = readUncached(text);
  if (reading.ok || reading.problem.code !== 'unknown') return reading;
  return (
    readUnaccented(text) ??
    readMisaccented(text) ??
    withException(text) ??
    filingDeadline(text) ??
    unreadTail(text) ??
    oneCase(text) ??
    reading
  );
});

/**
 * The words of durations as typed where there is no Vietnamese keyboard, each with its accents (see readUnaccented):
 * longer phrases first ("ngay trong ngay" is "ngay trong ngày", at once within the day). Each pair has the same
 * length, letter for letter, so a note cut from the accented text is found at the same place in the text as typed.
 */
export const ACCENTS: readonly (readonly [string, string])[] = [
  ['ngay trong ngay', 'ngay trong ngày'],
  ['ngay lam viec', 'ngày làm việc'],
  ['buoi sang', 'buổi sáng'],
  ['tuan lam viec', 'tuần làm việc'],
  ['gio lam viec', 'giờ làm việc'],
  ['gio hanh chinh', 'giờ hành chính'],
  ['dong ho', 'đồng hồ'],
  ['lien tuc', 'liên tục'],
  ['ngay lich', 'ngày lịch'],
  ['ngay cong', 'ngày công'],
  ['khong qua', 'không quá'],
  ['toi da', 'tối đa'],
  ['cham nhat', 'chậm nhất'],
  ['trong vong', 'trong vòng'],
  ['tong thoi gian', 'tổng thời gian'],
  ['thoi han', 'thời hạn'],
  ['thoi gian', 'thời gian'],
  ['ke tu', 'kể từ'],
  ['tinh tu', 'tính từ'],
  ['tu khi', 'từ khi'],
  ['tu ngay', 'từ ngày'],
  ['doi voi', 'đối với'],
  ['truong hop', 'trường hợp'],
  ['giai quyet', 'giải quyết'],
  ['thuc hien', 'thực hiện'],
  ['xu ly', 'xử lý'],
  ['tiep nhan', 'tiếp nhận'],
  ['tiep theo', 'tiếp theo'],
  ['yeu cau', 'yêu cầu'],
  ['ho so', 'hồ sơ'],
  ['co quan', 'cơ quan'],
  ['to chuc', 'tổ chức'],
  ['hoac', 'hoặc'],
  ['neu', 'nếu'],
  ['ngay', 'ngày'],
  ['gio', 'giờ'],
  ['tieng', 'tiếng'],
  ['phut', 'phút'],
  ['thang', 'tháng'],
  // "nam" is also "south" or a name ("Viet Nam"), but only a unit word here after a number; a note keeps it as typed.
  ['nam', 'năm'],
  ['tuan', 'tuần'],
  ['buoi', 'buổi'],
  ['ruoi', 'rưỡi'],
  ['nua', 'nửa'],
];
const UNACCENTED_WORD = lazyPattern(
  () => new RegExp(`(?<![\\p{L}\\p{N}])(?:${ACCENTS.map(([bare]) => bare).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
);
const BY_BARE = new Map(ACCENTS);

/**
 * A duration typed without accents (`5 ngay lam viec`, `Khong qua 03 ngay lam viec ke tu ngay nhan du ho so`), read
 * as its accented twin; the note after it is kept as typed. Undefined when the text has accents or the twin is no
 * duration either.
 */
function readUnaccented(raw: string): DurationReading | undefined {
  if (/[^\x20-\x7e\t\n\r]/.test(raw)) return undefined;
  const accented = raw.replace(UNACCENTED_WORD(), (word) => BY_BARE.get(word.toLowerCase()) ?? word);
  if (accented === raw) return undefined;
  const reading = readUncached(accented);
  // A problem the accented twin names (at once, the next day) says more than "not a duration".
  if (!reading.ok) return reading.problem.code === 'unknown' ? undefined : reading;
  const note = reading.duration.note;
  const at = note === undefined ? -1 : accented.lastIndexOf(note);
  if (note === undefined || at < 0) return reading;
  return { ...reading, duration: { ...reading.duration, note: raw.slice(at, at + note.length) } };
}

/**
 * A duration with some accents missing or wrong, as typing slips leave them (`02 ngày làm viêc`, `3 ngay làm việc`):
 * read as if typed without accents, its note kept as typed. Only a reading is taken, never a problem of the folded
 * text, and only when each letter folds to one (the note is cut from the same place).
 */
function readMisaccented(raw: string): DurationReading | undefined {
  const text = raw.normalize('NFC');
  const folded = withoutDiacritics(text);
  if (folded === text || folded.length !== text.length || /[^\x20-\x7e\t\n\r]/.test(folded)) return undefined;
  const reading = readUnaccented(folded);
  if (!reading?.ok) return undefined;
  const note = reading.duration.note;
  const at = note === undefined ? -1 : folded.lastIndexOf(note);
  if (note === undefined || at < 0) return reading;
  return { ...reading, duration: { ...reading.duration, note: text.slice(at, at + note.length) } };
}

/** The single entry point for durations and limits: the duration, or undefined when the text is not one. */
export function parseDuration(text: string | number): Duration | undefined {
  const reading = readDuration(text);
  return reading.ok ? reading.duration : undefined;
}

const fail = (problem: DurationProblem): DurationReading => ({ ok: false, problem });
const isWhole = (value: number, scale: number) => Math.abs(Math.round(value * scale) - value * scale) < 1e-6;

// The spellings procmap writes itself (`4h`, `0.5d`, `20min`, `30cd`, `3 tháng`, `1 năm`, `trong ngày`:
// formatDurationShort), which most files hold once --fix has run: read without the regular expressions for officers'
// wording, which V8 compiles on first use (5–8 ms of a one-file lint).
const CANONICAL = /^(\d+(?:\.\d+)?)(h|d|cd|min)$|^(\d+) tháng$|^(\d+(?:\.\d+)?) năm$/;
// A limit in the law's own plain words, as most are written ("10 ngày làm việc", "04 giờ làm việc"): read here, not
// by the general reading below, whose dozens of patterns are each compiled on first use (about 4 ms of a one-file
// lint). The general reading gives the same result (test/unit/model/duration-plain.test.ts).
const PLAIN_WORDS = /^(\d{1,4}) (ngày|giờ) làm việc$/;

// A footnote's mark pasted with the limit from a Word table ("03 ngày làm việc¹", "…việc*", "15 ngày làm việc [2]"):
// no part of the limit, and never a digit of it ("¹" is not "1": the limit is 03 days, not 031). "(*)" and "(1)"
// are read further on, as a remark and as the national record's mark of a way of filing.
// One mark at the end; the spaces before it are trimmed apart, as a pattern that repeats a run of spaces before a
// mark backtracks in quadratic time on a long run of them (test/model/long-lines.test.ts).
const FOOTNOTE_MARK = /(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=\p{L})\*{1,3}|\[\d{1,2}\])$/u;

/** The text without the footnote marks at its end, and the spaces before them. */
function withoutFootnoteMarks(written: string): string {
  let text = written;
  for (let marked = FOOTNOTE_MARK.exec(text); marked !== null; marked = FOOTNOTE_MARK.exec(text))
    text = text.slice(0, marked.index).trimEnd();
  return text;
}

function readUncached(written: string): DurationReading {
  const raw = withoutFootnoteMarks(written);
  if (raw === 'trong ngày') return finished(1, 'sameday', undefined);
  const canonical = CANONICAL.exec(raw);
  if (canonical?.[3] !== undefined) return measure(canonical[3], 'month', undefined);
  if (canonical?.[4] !== undefined) return measure(canonical[4], 'year', undefined);
  if (canonical) return measure(canonical[1]!, canonical[2] as 'h' | 'd' | 'cd' | 'min', undefined);
  const plain = PLAIN_WORDS.exec(raw);
  if (plain) return measure(plain[1]!, plain[2] === 'ngày' ? 'd' : 'h', undefined);
  let text = tidy(raw).replace(BULLET, '').replace(LABEL, '');
  text = text.replace(LEAD_VERB, '');
  // What officers put in a step table's cell when the time is not known yet.
  if (text === '' || PLACEHOLDER.test(text)) return fail({ code: 'empty' });
  const byChannel = perChannel(text) ?? perChannelLines(raw);
  if (byChannel) return fail({ code: 'perChannel', ...byChannel });
  const longest = text.length <= 400 ? atOnceOrLimit(text) : undefined;
  if (longest) return longest;
  if (IMMEDIATELY.test(text) && !SAME_DAY.test(text)) return fail({ code: 'immediately' });
  if (UNSTATED.test(text)) return fail({ code: 'unstated' });
  const referred = REFERRED.exec(text);
  if (referred) return fail({ code: 'referred', reference: referred[1]!.replace(/^T/u, 't') });
  const nextDay = NEXT_DAY_LIMIT.exec(text);
  if (nextDay) return nextDayLimit(nextDay[1] !== undefined || nextDay[2] !== undefined, nextDay[3]!);
  if (NEXT_DAY.test(text) || SAME_OR_NEXT_DAY.test(text)) return fail({ code: 'nextDay' });
  const byCase = text.length <= 1000 ? perCase(text, limitLines(raw)) : undefined;
  if (byCase) return fail(perStage(byCase) ?? { code: 'perCase', ...byCase[0]! });
  // One agency's time for one way of filing ("05 ngày làm việc tại UBND xã (trực tuyến)"): the other ways' limit is
  // unsaid, so procmap asks whether it is every way's or that way's alone.
  const channelled = text.length <= 1000 ? (stageChannel(text) ?? channelAlone(text)) : undefined;
  if (channelled) return fail(channelled);
  // One agency's time with its agency ("03 ngày làm việc tại UBND xã", "UBND xã: 03 ngày làm việc", as a share is
  // written in a breakdown): the limit, its agency a share of it.
  const alone = text.length <= 1000 ? (agencyAfter(text, false, true) ?? agencyBefore(text)) : undefined;
  const one = alone && perStage([alone]);
  if (one) return fail(one);
  let note: string | undefined;
  const tail = tailStart(text);
  if (tail > 0) {
    note = text
      .slice(tail)
      .replace(/^(?:,| [-–—])/, '')
      .trim();
    text = text.slice(0, tail).trim();
    // The tail says when counting starts: another time after it is no part of it, and is never dropped unseen.
    const other = timeAfter(note);
    if (other !== undefined) return fail({ code: 'tailTime', first: `${text} ${other.first}`, other: other.time });
  }
  const remark = REMARK.exec(text);
  // A bracket with brackets inside ("(… là 04 ngày làm việc (kể từ …))") is no remark, but names a way all the same.
  const bracket = remark?.index ?? finalBracketAt(text);
  if (bracket > 0) {
    const other = channelRemark(
      text.slice(bracket),
      `${text.slice(0, bracket).trim()}${note === undefined ? '' : ` ${note}`}`,
    );
    if (other !== undefined) return fail(other);
  }
  // A breakdown whose share keeps the law's remark in its own bracket ("5 ngày làm việc (Bộ phận một cửa: 05 ngày làm
  // việc (không kể thời gian niêm yết))") is the limit's note as one without is.
  const nested = remark === null && bracket > 0 && isBreakdown(text.slice(bracket)) ? bracket : -1;
  const noteAt = remark && remark.index > 0 ? remark.index : nested;
  if (noteAt > 0) {
    const said = text.slice(noteAt).trim();
    note = note === undefined ? said : `${said} ${note}`;
    text = text.slice(0, noteAt).trim();
  }
  text = text.replace(PREFIX, '').replace(PER_DOSSIER, '');
  const inWords = numberInWords(text);
  if (inWords) {
    // Digits may follow the words in brackets, as some texts write it: "mười lăm (15) ngày".
    const digits = /^\((\d+)\) /.exec(inWords.rest);
    if (digits && Number(digits[1]) !== inWords.value)
      return fail({ code: 'wordsDiffer', number: digits[1]!, words: inWords.words });
    text = `${inWords.value} ${digits ? inWords.rest.slice(digits[0].length) : inWords.rest}`;
  }
  const spelled = SPELLED().exec(text);
  if (spelled) {
    const said = vietnameseNumber(spelled[2]!);
    if (said !== undefined && said !== Number(spelled[1]))
      return fail({ code: 'wordsDiffer', number: spelled[1]!, words: spelled[2]! });
    if (said !== undefined) text = `${spelled[1]} ${text.slice(spelled[0].length)}`;
  }
  const half = AND_A_HALF().exec(text);
  if (half) text = `${half[1]}.5 ${half[2]}${text.slice(half[0].length)}`;
  text = text.replace(VULGAR(), (_, whole: string, fraction: string) => `${whole || '0'}.${VULGAR_DECIMALS[fraction]}`);
  if (SAME_DAY.test(text)) return sameDay(note);
  // A sentence of the law, not a page: the pattern backtracks, so it reads short texts only.
  const clause = text.length <= 300 ? SAME_DAY_CLAUSE().exec(text) : null;
  if (clause) {
    // "hoặc trong ngày làm việc tiếp theo, nếu …" reads on from "trong ngày", as the law writes it; another clause
    // ("trường hợp nhận sau 15 giờ thì …", "sau 15h30 trả …") is kept in brackets, as an exception is. Reading on, the
    // day's own words ("cơ quan, tổ chức tiếp nhận yêu cầu") stay before it: the sentence is quoted whole, never as
    // "trong ngày hoặc …"; an exception is a sentence of its own, after procmap's "trong ngày" as after "Trong ngày".
    const [, day, said] = clause as unknown as [string, string | undefined, string];
    const readsOn = /^(?:hoặc|hoac) /iu.test(said);
    const words = readsOn ? said : `(${said})`;
    const law = readsOn && day !== undefined ? `${day} ${words}` : words;
    return sameDay(note === undefined ? law : `${law} ${note}`);
  }
  const receivedBefore = text.length <= 300 ? SAME_DAY_IF().exec(text) : null;
  if (receivedBefore) return sameDay(note === undefined ? `(${receivedBefore[1]})` : `(${receivedBefore[1]}) ${note}`);
  if (HALF_DAY.test(text)) {
    // Half a day in words is the "0,5 ngày" below: without "làm việc" it is marked for ambiguous-days to ask alike.
    const read = finished(0.5, 'd', note);
    return read.ok && !/làm việc|working/iu.test(text) ? { ...read, bareFraction: true } : read;
  }
  const hm = HOURS_MINUTES.exec(text);
  if (hm) {
    if (hm[1]!.length > MAX_DIGITS || hm[2]!.length > MAX_DIGITS) return fail({ code: 'tooLong', unit: 'h' });
    return finished((Number(hm[1]) * 60 + Number(hm[2])) / 60, 'h', note);
  }
  const daysHours = DAYS_HOURS.exec(text);
  if (daysHours)
    return fail({
      code: 'daysAndHours',
      days: Number(daysHours[1]),
      hours: Number(daysHours[2]),
      ...(note === undefined ? {} : { note }),
    });
  // A number alone, or a fraction alone ("1/2", as "1/2 ngày" is read): the unit is missing, not the time.
  if (/^\d+(?:[.,]\d+)?$|^\d+\/[1-9]\d*$/.test(text)) return fail(unitMissing(text));
  const primed = MINUTES_PRIMED.exec(text);
  if (primed) return measure(primed[1]!, 'min', note);
  const match = NUMBER_UNIT().exec(text);
  if (!match) {
    const range = RANGE().exec(text);
    return range ? fail({ code: 'range', example: `${range[2]} ${range[3]}` }) : fail({ code: 'unknown' });
  }
  const [, number, word] = match as unknown as [string, string, string];
  return measure(number, UNITS.find(([re]) => re.test(word.trim()))?.[1], note);
}

/**
 * A same-day limit with the law's words after it, refused when they give a later receipt an hour of the next working
 * day procmap cannot read: counted to that day's close, the appointment could be later than the law promises.
 */
function sameDay(note: string | undefined): DurationReading {
  const due = nextDayDue(note);
  return due?.kind === 'unread' ? fail({ code: 'nextDayUnread', said: due.said }) : finished(1, 'sameday', note);
}

/** The next-day limit ("Trong ngày làm việc tiếp theo"), its remark kept as the note. */
function nextDayLimit(morning: boolean, rest: string): DurationReading {
  const note = rest.replace(/^,? /u, '');
  const duration: Duration = {
    value: 1,
    unit: 'sameday',
    nextDay: morning ? 'morning' : 'close',
    ...(note === '' ? {} : { note }),
  };
  return { ok: true, duration, bare: false };
}

/** A general limit as reductionsRead takes a time or share from it: its duration and whether its hours are bare. */
function generalLimit(text: string): GeneralLimit | undefined {
  const duration = parseDuration(text);
  return duration && { duration, bareHours: saysBareHours(text) };
}

/** A time as reductionsRead takes it: its duration and whether it said a bare "ngày"; undefined if unread. */
function readTime(time: string): { duration: Duration; bare: boolean } | undefined {
  const reading = readDuration(time);
  return reading.ok ? reading : undefined;
}

/**
 * A remark in brackets that names a way of filing and a time ("(hồ sơ trực tuyến giải quyết trong 04 ngày làm việc
 * nếu …)", "(… là 1 tuần)", "(giảm 06 ngày …)" after 05 days) but is no limit per way procmap reads (perChannel has
 * read those): keeping only the general limit would drop that way's own, so it is refused with the time and the way it
 * names, or what procmap cannot count in it; undefined for any other remark.
 */
function channelRemark(remark: string, general: string): DurationProblem | undefined {
  const kind = channelMentioned(remark);
  if (kind === undefined) return undefined;
  // A sentence of the law, not a page: the limit before a page of brackets is not read bracket by bracket.
  const base = () => (general.length > 1000 ? undefined : generalLimit(general));
  const reduced = reductionsRead(remark, base, readTime);
  if (!('text' in reduced)) {
    // The unit the message asks the way's own limit in: the general limit's, or hours for one of the same day; a finer
    // one where a share leaves less than the general limit's unit holds (half a working day, a day, a month).
    const { unit } = base()!.duration;
    const asked =
      unit === 'sameday' || (reduced.why === 'part' && unit === 'd')
        ? 'h'
        : reduced.why === 'month' || (reduced.why === 'part' && unit === 'month')
          ? 'cd'
          : unit;
    return { code: 'reducedLimit', general, kind, ...reduced, unit: asked };
  }
  const time = timeIn(reduced.text);
  if (time === undefined) {
    // A share of the limit in words procmap does not read is that way's limit all the same: refused, never a remark.
    const share = limitShareIn(reduced.text);
    return share === undefined ? undefined : { code: 'shareUnread', general, kind, share };
  }
  const reading = readDuration(time);
  // The general reader's own advice for a time it refuses ("1 tuần": working days or calendar days?).
  if (!reading.ok && reading.problem.code !== 'unknown')
    return { code: 'channelLimitUnread', kind, limit: time, problem: reading.problem };
  return { code: 'channelRemark', general, kind, limit: time };
}

// Between "at once" (or "the same day") and the span the law allows at most: "… hoặc trong thời hạn 02 ngày làm việc",
// "Trả ngay; trường hợp cần xác minh thì không quá 05 ngày làm việc".
const ALTERNATIVE = /[,;.]? (?:hoặc|hay|or) |[,;.] /giu;
// The case that takes the span, before it: "trường hợp cần xác minh thì ", "nếu phải xác minh thì ".
const CASE_THEN_LEAD = /^(?:(?:trong )?trường hợp|nếu|khi|đối với)\s.{1,150}?\s(?:thì|là)\s/iu;

/**
 * A limit of "at once" or the same day with the span the law allows at most after it ("Ngay khi nhận đủ hồ sơ hoặc
 * trong thời hạn 02 ngày làm việc", "Trong ngày hoặc chậm nhất 02 ngày làm việc", "Trả ngay; trường hợp cần xác minh
 * thì không quá 05 ngày làm việc"): the span, which binds (a shorter limit would publish less time than the law
 * gives), with the law's words whole as its note; undefined for any other text.
 */
function atOnceOrLimit(text: string): DurationReading | undefined {
  ALTERNATIVE.lastIndex = 0;
  for (let match = ALTERNATIVE.exec(text); match !== null; match = ALTERNATIVE.exec(text)) {
    const head = text.slice(0, match.index);
    const alternative = /hoặc|hay|or/iu.test(match[0]);
    if (!IMMEDIATELY.test(head) && !(alternative && SAME_DAY.test(head))) continue;
    const span = readDuration(text.slice(match.index + match[0].length).replace(CASE_THEN_LEAD, ''));
    if (!span.ok || span.duration.unit === 'sameday') continue;
    return { ...span, duration: { ...span.duration, note: `(${text})` } };
  }
  return undefined;
}

/**
 * Another time joined to a limit's tail by ";", "," or "và" ("kể từ ngày nhận hồ sơ và 07 ngày làm việc kể từ …"),
 * outside brackets and naming no case: the tail up to it, and the time from its number on; undefined for none.
 */
function timeAfter(note: string): { first: string; time: string } | undefined {
  const pattern = new RegExp(NEXT_SHARE().source, 'giu');
  for (let match = pattern.exec(note); match !== null; match = pattern.exec(note)) {
    const before = note.slice(0, match.index);
    if (before.split('(').length !== before.split(')').length) continue;
    const time = note.slice(match.index + match[0].length).trim();
    // Another case's limit ("…, 15 ngày làm việc đối với hồ sơ phải xác minh") is the general limit's exception.
    if (readDuration(time).ok && !CASE_PART.test(time)) return { first: before.trim(), time };
  }
  return undefined;
}

/**
 * Where the legal tail starts ("kể từ ngày nhận đủ hồ sơ"), or -1: the first such words outside brackets, so that a
 * remark "(kể từ ngày …)" stays whole.
 */
function tailStart(text: string): number {
  TAIL.lastIndex = 0;
  let depth = 0;
  let counted = 0;
  for (let match = TAIL.exec(text); match !== null; match = TAIL.exec(text)) {
    // Brackets counted once along the text: a hostile limit with thousands of "kể từ" stays linear.
    for (; counted < match.index; counted++) {
      if (text[counted] === '(') depth++;
      else if (text[counted] === ')') depth--;
    }
    if (depth === 0) return match.index;
  }
  return -1;
}

/**
 * A number written in words at the start, as older laws write it ("mười lăm ngày", "trong thời hạn ba ngày làm
 * việc"): its value, its words and the text after them; undefined when the text does not start with one.
 */
function numberInWords(text: string): { value: number; words: string; rest: string } | undefined {
  if (/^\d/.test(text)) return undefined;
  const wrapper = WORDS_PREFIX.exec(text)?.[0] ?? '';
  const tokens = text.slice(wrapper.length).split(' ');
  // The longest run of number words before the unit ("một trăm linh năm ngày" is four words of number).
  for (let k = Math.min(5, tokens.length - 1); k >= 1; k--) {
    const words = tokens.slice(0, k).join(' ');
    const value = vietnameseNumber(words);
    if (value !== undefined && value > 0) return { value, words, rest: tokens.slice(k).join(' ') };
  }
  return undefined;
}

// The hours a limit in working days is glossed with, "02 ngày làm việc (16 giờ)", "(42,5 giờ)", "(16h)", as ISO
// documents (procmap's own included) print it.
const GLOSS = String.raw`\((\d+(?:[.,]\d+)?) ?(?:giờ|gio|tiếng|tieng|h)(?: (?:làm việc|lam viec))?\)`;
const HOURS_GLOSS = new RegExp(`^${GLOSS}\\s*`, 'iu');
// The same inside a whole limit, with the space before it: what withoutHoursGloss cuts. A comma may follow, as a
// document prints the law's case after the hours: "5 ngày làm việc (40 giờ), trường hợp …".
const HOURS_GLOSS_IN_TEXT = lazyPattern(() => new RegExp(`\\s*${GLOSS}(?=[\\s,]|$)`, 'iu'));

/**
 * A limit without the hours its working days are glossed with, where they are those days' hours in a calendar of
 * `hoursPerDay` ("10 ngày làm việc (85 giờ) kể từ …" → "10 ngày làm việc kể từ …" at 8.5 hours a day), as a document
 * procmap printed reads back; the text as it is where they disagree (rule bracketed-hours says so) or there are none.
 */
export function withoutHoursGloss(text: string, hoursPerDay: number): string {
  const gloss = HOURS_GLOSS_IN_TEXT().exec(text);
  if (!gloss) return text;
  // The days and their gloss read alone: what the law says after them may be a bracket of its own, "(40 giờ) (trường
  // hợp …)", which a limit is not read with.
  const reading = readDuration(text.slice(0, gloss.index + gloss[0].length));
  if (!reading.ok || reading.hours === undefined || hoursDisagree(reading, hoursPerDay)) return text;
  return text.slice(0, gloss.index) + text.slice(gloss.index + gloss[0].length);
}

/** The working hours a note opens with in brackets, "(80 giờ) kể từ …", and the note after them; undefined if none. */
function hoursGloss(note: string | undefined): { hours: number; rest: string | undefined } | undefined {
  const gloss = note === undefined ? null : HOURS_GLOSS.exec(note);
  if (!gloss) return undefined;
  return { hours: Number(gloss[1]!.replace(',', '.')), rest: note!.slice(gloss[0].length) || undefined };
}

/**
 * A duration of a value in a unit, unless it is longer than procmap counts. Working days lose the hours they are
 * glossed with from their note: the calendar's hours per day say them (rule bracketed-hours checks they agree), and
 * a note would print them again beside procmap's own.
 */
function finished(
  value: number,
  unit: DurationUnit,
  written: string | undefined,
  bare = false,
  years = false,
): DurationReading {
  if (value > MAX_DURATION[unit]) return fail({ code: 'tooLong', unit });
  const gloss = unit === 'd' ? hoursGloss(written) : undefined;
  const note = gloss === undefined ? written : gloss.rest;
  const duration: Duration = { value, unit, ...(note === undefined ? {} : { note }), ...(years ? { years } : {}) };
  return gloss === undefined ? { ok: true, duration, bare } : { ok: true, duration, bare, hours: gloss.hours };
}

/** The duration a number written before a unit word means (`kind`: what the word was read as), or its problem. */
function measure(
  number: string,
  kind: (typeof UNITS)[number][1] | undefined,
  note: string | undefined,
): DurationReading {
  const done = (value: number, unit: DurationUnit, bare = false, years = false) =>
    finished(value, unit, note, bare, years);
  if (number.replace(/\D/g, '').length > MAX_DIGITS)
    return fail({ code: 'tooLong', unit: TOO_LONG_UNIT[kind ?? 'cd'] });
  if (GROUPED.test(number)) {
    const whole = number.replace(/[.,]/g, '');
    const decimal = String(Number(number.replace(',', '.')));
    return fail({ code: 'grouped', value: number, whole, decimal });
  }
  const [top, bottom] = number.split('/');
  const value = bottom === undefined ? Number(number.replace(',', '.')) : Number(top) / Number(bottom);
  if (!Number.isFinite(value)) return fail({ code: 'unknown' });
  switch (kind) {
    case 'week':
      return fail({ code: 'week', value });
    case 'workweek':
      if (!isWhole(value * 5, 100)) return fail({ code: 'precision' });
      return done(value * 5, 'd');
    case 'clock':
      return fail({ code: 'clockHours', value: number });
    case 'min':
      if (!isWhole(value, 1)) return fail({ code: 'precision' });
      return done(value / 60, 'h');
    case 'h':
      if (!isWhole(value, 100) && !isWhole(value, 60)) return fail({ code: 'precision' });
      return done(isWhole(value, 100) ? value : Math.round(value * 60) / 60, 'h');
    case 'halfday':
      return done(value / 2, 'd');
    case 'year':
    case 'month': {
      const months = kind === 'year' ? value * 12 : value;
      if (!Number.isInteger(months)) return fail({ code: 'fractionalMonth', value: number });
      // Years are printed as written where two decimals hold them ("1,5 năm"); a third of a year is its 4 months.
      return done(months, 'month', false, kind === 'year' && isWhole(value, 100));
    }
    case 'cd':
      if (!Number.isInteger(value)) return fail({ code: 'fractionalCalendar', value: number });
      return done(value, 'cd');
    case 'bare': {
      // Half a calendar day means nothing under the Civil Code: "0,5 ngày" is counted as working time, and marked
      // `bareFraction` so that ambiguous-days still asks, as for any bare "ngày" (never guessed silently).
      if (!Number.isInteger(value)) {
        if (!isWhole(value, 100)) return fail({ code: 'precision' });
        const read = done(value, 'd');
        return read.ok ? { ...read, bareFraction: true } : read;
      }
      // "01 ngày (08 giờ làm việc)": hours in brackets say it is a working day, unless they are the day's 24 hours on
      // the clock ("1 ngày (24 giờ)"), which say a calendar day.
      const gloss = hoursGloss(note);
      if (gloss !== undefined && gloss.hours !== value * 24) return done(value, 'd');
      // "15 ngày (không kể thứ bảy, chủ nhật, ngày lễ, tết)" leaves out every day off: working days, said in words.
      if (daysLeftOut(note) === 'all') return done(value, 'd');
      return done(value, 'cd', true);
    }
    case 'd':
      if (!isWhole(value, 100)) return fail({ code: 'precision' });
      return done(value, 'd');
    default:
      return fail({ code: 'unknown' });
  }
}

const UNIT_NAMES: Record<Lang, Record<DurationUnit, string>> = {
  en: { h: 'working hours', d: 'working days', cd: 'calendar days', month: 'months', sameday: 'same day' },
  vi: { h: 'giờ làm việc', d: 'ngày làm việc', cd: 'ngày lịch', month: 'tháng', sameday: 'trong ngày' },
};

const PROBLEMS: Record<Lang, Record<DurationProblem['code'], string>> = {
  en: {
    empty:
      'The duration is empty: write a number and a unit, e.g. "4h", "3 working days", "30 calendar days" or "same day"',
    emptyStep:
      'The step has no duration: write a number and a unit, e.g. "4h" or "3 ngày làm việc"; if it is not known yet, write duration: 0h and draft: true, which marks the step as a draft',
    noUnit: '"{value}" has no unit: write {options}',
    zeroNoUnit:
      '"{value}" is no time: write how long it takes, e.g. "30 min", "4h" or "1 ngày làm việc"; if a step\'s time is not known yet, write duration: 0h and draft: true',
    unknown:
      '"{text}" is not a duration: write a number and a unit, e.g. "4h", "30 min", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" or "trong ngày"',
    week: '"{text}" can mean {workdays} working days or {days} calendar days: write "{workdays} ngày làm việc" or "{days} ngày lịch"',
    fractionalCalendar:
      'Calendar days are whole days, so "{text}" cannot be counted: write whole calendar days, or working time such as "{value} ngày làm việc"',
    fractionalMonth:
      'Months are counted whole (Civil Code Art. 148), so "{text}" cannot be counted: write whole months, or calendar days such as "45 ngày lịch"',
    precision:
      '"{text}" is finer than procmap counts: write at most two decimals, or hours and minutes such as "1 giờ 20 phút"',
    tooLong: '"{text}" is longer than procmap accepts: at most {max} {unit}',
    wordsDiffer: '"{text}": the number {number} and the words "{words}" say different things; correct one of them',
    perChannel:
      '"{text}" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: {first} and channels: {channels}{others}',
    channelRemark:
      '"{text}" gives {limit} in brackets for filing {wayEn}, which procmap cannot read as that way\'s own limit: if it is, write time_limit: {general} and channels: {channels}, or the bracket as "({example})"; if it is not, write it in the note of that way in channels instead of in time_limit',
    channelLimitUnread:
      '"{text}" gives filing {wayEn} the limit "{limit}" in brackets, which procmap cannot count: {reason}',
    reducedLimit:
      '"{text}" gives filing {wayEn} the limit {general} less {by}, {why}: write the limit filing {wayEn} has in the bracket instead, in {unit}, e.g. "(đối với hồ sơ nộp {way} là {example} {unitVi})"{applies}',
    shareUnread:
      '"{text}" gives filing {wayEn} a share ({share}) of the limit {general} in words procmap cannot read, and does not count the limit of filing {wayEn} from it: write that limit in the bracket, e.g. "(đối với hồ sơ nộp {way} là … {unitVi})", or the share as "(giảm {share} thời gian đối với hồ sơ nộp {way})" if it is taken off, "(thời gian giải quyết còn {share} đối với hồ sơ nộp {way})" if it is what is left',
    channelAlone:
      '"{text}" gives the limit of filing {wayEn} alone, "{bracket}", and no limit for {othersEn}: if every way of filing has this limit, write time_limit: "{limit}"; if only filing {wayEn} has it, write the limit of {otherWaysEn} in time_limit{where}',
    stageChannel:
      '"{text}" gives the time of the agency that handles the dossier for filing {wayEn} alone, "{bracket}", and no limit for the other ways of filing: if every way of filing has this limit, write time_limit: "{limit}"; if only filing {wayEn} has it, write the limit of the other ways in time_limit and this one in channels: {channels}',
    perCase:
      '"{text}" {gives}: write the limit of the case this procedure describes, {how}, e.g. time_limit: "{example}"; a case with other steps is best a procedure of its own',
    perStage:
      '"{text}" gives the time of each agency that handles the dossier in turn (liên thông); the applicant\'s limit is their total: write time_limit: "{example}"{excluded}',
    tailUnread:
      '"{text}": the general limit "{general}" reads, but the part after ";" ("{tail}") is no limit procmap reads: if it is another case\'s limit, write it as "{general}; trường hợp <…> thì không quá … ngày làm việc" (or "{general}; … ngày làm việc đối với <…>"); if it is a remark, write it in brackets, "{general} ({tail})"',
    tailTime:
      '"{text}" gives two times, "{first}" and "{other}", and procmap cannot tell whether to add them or which one holds: if they are the times of the agencies that handle the dossier in turn (liên thông), write the total with each agency\'s time in brackets, e.g. "<total> (<agency>: {first}; <agency>: {other})"; if the second is another case\'s limit, write "{first}; trường hợp <…> thì {other}"',
    perStageOne:
      '"{text}" gives the time of the agency that handles the dossier: write the limit with the agency as its share, as a limit per agency is written, time_limit: "{example}"{excluded}',
    perStageBareDays:
      '"{text}" gives the time of each agency that handles the dossier in turn (liên thông), and {counts} does not say whether it is working days or calendar days, which cannot be added to working days: if it is working days, write time_limit: "{working}"; if it is calendar days, write the total time the applicant is promised as the law gives it, with each agency\'s time in brackets, e.g. time_limit: "<total> ({calendar}){after}"',
    perStageHours:
      '"{text}" gives the time of each agency that handles the dossier in turn (liên thông), in working days and working hours; the applicant\'s limit is their total, {unit}: write time_limit: "{example}"',
    perStageUnits:
      '"{text}" gives the time of each agency that handles the dossier in turn (liên thông), in units that cannot be added up: write the total time the applicant is promised, with each agency\'s time in brackets, e.g. time_limit: "… ngày làm việc ({stages}){after}"',
    unstated:
      '"{text}" names no time: the law may set no limit for this procedure, but its process needs one to count the appointment from; write the time your agency commits to, with what the law says in brackets, e.g. "5 ngày làm việc (pháp luật không quy định thời hạn)"',
    referred:
      '"{text}" leaves the limit to another text: look the limit up there and write it as a time, with the reference in brackets, e.g. "20 ngày làm việc ({reference})"; if that text sets none, write the time your agency commits to',
    deadline:
      '"{text}" is a deadline for the applicant, who files the dossier {limit} before the event ("{before}"), not the time the agency takes to process it: write the processing time your agency has, e.g. "10 ngày làm việc", and put the filing deadline in conditions or a note',
    immediately:
      '"{text}" says at once, which is no span of time procmap can count: write the time the result may take, e.g. "2h", or "trong ngày" when it is returned the same working day',
    nextDayUnread:
      '"{text}": "{said}" does not say at what hour of the next working day a dossier received late is due. Counted to the end of that day, the appointment could be later than the law allows. Write the hour, e.g. "Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trước 10 giờ ngày làm việc tiếp theo", or "… thì trả kết quả vào buổi sáng ngày làm việc tiếp theo" (the morning)',
    nextDay:
      '"{text}" does not say which day the result is due: write "Trong ngày làm việc tiếp theo" when it is due by the close of the working day after the day of receipt; or, when the result is returned the same day unless the dossier comes late, "trong ngày" with the hour in cutoff, e.g. cutoff: "15:00"',
    daysAndHours:
      '"{text}" mixes days and hours: write it in one unit, e.g. "{hours}" (working hours){days}, if a working day is {perDay} working hours',
    clockHours:
      '"{text}" is hours on the clock, which procmap cannot count: it counts limits in working hours only. Write the limit in working hours that your appointments use, e.g. "{value} giờ làm việc", as one-stop software counts "{value} giờ"{days}; then check with procmap time that the appointments it gives are not later than the law allows',
    range:
      '"{text}" is a range: write one time, e.g. "{example}" (for a step, the longest it may take, so that the plan holds for every dossier)',
    grouped:
      '"{text}": "{value}" can be read as {whole} (thousands grouped) or as {decimal} (a decimal): write "{wholeText}" or "{decimalText}"',
  },
  vi: {
    empty: 'Thời gian để trống: ghi số và đơn vị, ví dụ "4h", "3 ngày làm việc", "30 ngày lịch" hoặc "trong ngày"',
    emptyStep:
      'Bước chưa có thời gian: ghi số và đơn vị, ví dụ "4h" hoặc "3 ngày làm việc"; nếu chưa biết, ghi duration: 0h và draft: true để đánh dấu bước nháp',
    noUnit: '"{value}" thiếu đơn vị: ghi {options}',
    zeroNoUnit:
      '"{value}" không phải là một khoảng thời gian: hãy ghi thời gian cần, ví dụ "30 phút", "4h" hoặc "1 ngày làm việc"; nếu chưa biết thời gian của bước, ghi duration: 0h và draft: true',
    unknown:
      '"{text}" không phải là thời gian: ghi số và đơn vị, ví dụ "4h", "30 phút", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" hoặc "trong ngày"',
    week: '"{text}" có thể hiểu là {workdays} ngày làm việc hoặc {days} ngày lịch: hãy ghi "{workdays} ngày làm việc" hoặc "{days} ngày lịch"',
    fractionalCalendar:
      'Ngày lịch tính tròn ngày nên không tính được "{text}": ghi số ngày lịch nguyên, hoặc thời gian làm việc như "{value} ngày làm việc"',
    fractionalMonth:
      'Tháng tính tròn tháng (Điều 148 Bộ luật Dân sự) nên không tính được "{text}": ghi số tháng nguyên, hoặc số ngày lịch như "45 ngày lịch"',
    precision:
      '"{text}" chi tiết hơn mức procmap tính: ghi tối đa hai chữ số thập phân, hoặc giờ và phút như "1 giờ 20 phút"',
    tooLong: '"{text}" dài hơn mức procmap chấp nhận: tối đa {max} {unit}',
    wordsDiffer: '"{text}": số {number} và chữ "{words}" không khớp nhau; hãy sửa cho đúng',
    perChannel:
      '"{text}" ghi thời hạn cho từng cách nộp: hãy ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ time_limit: {first} và channels: {channels}{others}',
    channelRemark:
      '"{text}" ghi trong ngoặc thời gian {limit} cho hồ sơ nộp {way} nhưng procmap không đọc được đó có phải thời hạn riêng của cách nộp này không: nếu phải, hãy ghi time_limit: {general} và channels: {channels}, hoặc ghi ngoặc thành "({example})"; nếu không, hãy ghi phần đó vào note của cách nộp này ở channels thay vì ở time_limit',
    channelLimitUnread:
      '"{text}" ghi trong ngoặc thời hạn "{limit}" cho hồ sơ nộp {way}, procmap không tính được: {reason}',
    reducedLimit:
      '"{text}" ghi thời hạn của hồ sơ nộp {way} là {general} trừ đi {by}, {why}: hãy ghi thẳng thời hạn của hồ sơ nộp {way} trong ngoặc, bằng {unitVi}, ví dụ "(đối với hồ sơ nộp {way} là {example} {unitVi})"{applies}',
    shareUnread:
      '"{text}" ghi một phần ({share}) của thời hạn {general} cho hồ sơ nộp {way} bằng lời procmap không đọc được, nên chưa tính được thời hạn của hồ sơ nộp {way}: hãy ghi thẳng thời hạn đó trong ngoặc, ví dụ "(đối với hồ sơ nộp {way} là … {unitVi})", hoặc ghi "(giảm {share} thời gian đối với hồ sơ nộp {way})" nếu {share} là phần được giảm, "(thời gian giải quyết còn {share} đối với hồ sơ nộp {way})" nếu là phần còn lại',
    channelAlone:
      '"{text}" chỉ ghi thời hạn của hồ sơ nộp {way} "{bracket}", không ghi thời hạn của {others}: nếu mọi cách nộp đều có thời hạn này, hãy ghi time_limit: "{limit}"; nếu chỉ hồ sơ nộp {way} có thời hạn này, hãy ghi thời hạn của {others} ở time_limit{where}',
    stageChannel:
      '"{text}" ghi thời gian của cơ quan giải quyết hồ sơ chỉ cho hồ sơ nộp {way} "{bracket}", không ghi thời hạn của các cách nộp khác: nếu mọi cách nộp đều có thời hạn này, hãy ghi time_limit: "{limit}"; nếu chỉ hồ sơ nộp {way} có thời hạn này, hãy ghi thời hạn của các cách nộp khác ở time_limit và thời hạn này ở channels: {channels}',
    perCase:
      '"{text}" {gives}: hãy ghi thời hạn của trường hợp mà quy trình này mô tả, {how}, ví dụ time_limit: "{example}"; trường hợp có các bước khác nên là một quy trình riêng',
    perStage:
      '"{text}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ; thời hạn trả kết quả cho người nộp là tổng các thời gian đó: hãy ghi time_limit: "{example}"{excluded}',
    tailUnread:
      '"{text}": thời hạn chung "{general}" đọc được, nhưng phần sau dấu ";" ("{tail}") không phải là thời hạn procmap đọc được: nếu đó là thời hạn của một trường hợp khác, hãy ghi "{general}; trường hợp <…> thì không quá … ngày làm việc" (hoặc "{general}; … ngày làm việc đối với <…>"); nếu là ghi chú, hãy ghi trong ngoặc: "{general} ({tail})"',
    tailTime:
      '"{text}" ghi hai thời gian, "{first}" và "{other}", procmap không biết phải cộng lại hay chỉ áp dụng một thời gian: nếu đó là thời gian của từng cơ quan giải quyết liên thông hồ sơ, hãy ghi tổng thời hạn, kèm thời gian của từng cơ quan trong ngoặc, ví dụ "<tổng thời hạn> (<cơ quan>: {first}; <cơ quan>: {other})"; nếu thời gian sau là thời hạn của một trường hợp khác, hãy ghi "{first}; trường hợp <…> thì {other}"',
    perStageOne:
      '"{text}" ghi thời gian của cơ quan giải quyết hồ sơ: hãy ghi thời hạn kèm cơ quan trong ngoặc, như thời hạn ghi theo từng cơ quan, time_limit: "{example}"{excluded}',
    perStageBareDays:
      '"{text}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ, nhưng {counts} không ghi rõ là ngày làm việc hay ngày lịch, mà ngày lịch không cộng được với ngày làm việc: nếu là ngày làm việc, hãy ghi time_limit: "{working}"; nếu là ngày lịch, hãy ghi tổng thời hạn trả kết quả cho người nộp như văn bản quy định, kèm thời gian của từng cơ quan trong ngoặc, ví dụ time_limit: "<tổng thời hạn> ({calendar}){after}"',
    perStageHours:
      '"{text}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ bằng ngày làm việc và giờ làm việc; thời hạn trả kết quả cho người nộp là tổng các thời gian đó, {unit}: hãy ghi time_limit: "{example}"',
    perStageUnits:
      '"{text}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ bằng các đơn vị không cộng được với nhau: hãy ghi tổng thời hạn trả kết quả cho người nộp, kèm thời gian của từng cơ quan trong ngoặc, ví dụ time_limit: "… ngày làm việc ({stages}){after}"',
    unstated:
      '"{text}" không ghi thời gian: pháp luật có thể không quy định thời hạn cho thủ tục này, nhưng quy trình cần một thời hạn để tính ngày hẹn trả; hãy ghi thời hạn cơ quan cam kết, kèm điều pháp luật nói trong ngoặc, ví dụ "5 ngày làm việc (pháp luật không quy định thời hạn)"',
    referred:
      '"{text}" dẫn thời hạn sang văn bản khác: hãy tra thời hạn trong văn bản đó rồi ghi thành thời gian, kèm dẫn chiếu trong ngoặc, ví dụ "20 ngày làm việc ({reference})"; nếu văn bản đó không quy định thời hạn, hãy ghi thời hạn cơ quan cam kết',
    deadline:
      '"{text}" là hạn người nộp phải nộp hồ sơ ({limit} {before}), không phải thời gian cơ quan giải quyết hồ sơ: hãy ghi thời gian giải quyết của cơ quan, ví dụ "10 ngày làm việc", và ghi hạn nộp hồ sơ ở conditions (điều kiện) hoặc ghi chú',
    immediately:
      '"{text}" là giải quyết ngay, không phải một khoảng thời gian procmap tính được: hãy ghi thời gian trả kết quả, ví dụ "2h", hoặc "trong ngày" nếu trả trong ngày làm việc',
    nextDayUnread:
      '"{text}": "{said}" không cho biết mấy giờ ngày làm việc tiếp theo phải trả kết quả cho hồ sơ tiếp nhận muộn. Tính đến hết ngày đó thì ngày hẹn có thể muộn hơn luật cho phép. Hãy ghi rõ giờ trả, ví dụ "Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trước 10 giờ ngày làm việc tiếp theo", hoặc ghi "… thì trả kết quả vào buổi sáng ngày làm việc tiếp theo"',
    nextDay:
      '"{text}" không cho biết trả kết quả vào ngày nào: hãy ghi "Trong ngày làm việc tiếp theo" nếu trả kết quả chậm nhất vào cuối ngày làm việc sau ngày tiếp nhận; hoặc, nếu trả kết quả trong ngày trừ khi hồ sơ đến muộn, ghi "trong ngày" và giờ chuyển sang hôm sau ở cutoff, ví dụ cutoff: "15:00"',
    daysAndHours:
      '"{text}" ghi cả ngày và giờ: hãy ghi bằng một đơn vị, ví dụ "{hours}" (giờ làm việc){days}, nếu một ngày làm việc có {perDay} giờ làm việc',
    clockHours:
      '"{text}" là giờ tính liên tục (giờ đồng hồ), procmap không tính được: procmap chỉ tính thời hạn theo giờ làm việc. Hãy ghi thời hạn theo giờ làm việc mà ngày hẹn trả đang dùng, ví dụ "{value} giờ làm việc", như phần mềm một cửa tính "{value} giờ"{days}; rồi kiểm tra bằng procmap time rằng ngày hẹn trả procmap tính không muộn hơn luật cho phép',
    range:
      '"{text}" là một khoảng: hãy ghi một thời gian, ví dụ "{example}" (với một bước, ghi thời gian dài nhất mà bước có thể cần, để kế hoạch đúng với mọi hồ sơ)',
    grouped:
      '"{text}": "{value}" có thể hiểu là {whole} (phân cách hàng nghìn) hoặc {decimal} (số thập phân): hãy ghi "{wholeText}" hoặc "{decimalText}"',
  },
};

// How much of a value a message quotes.
const MAX_QUOTED = 200;

/**
 * What is wrong with a text that is not a duration, and what to write instead, in the user's language; days and hours
 * written together are joined in the catalog's working day of `hoursPerDay` hours.
 */
export function durationProblemText(
  text: string | number,
  problem: DurationProblem,
  lang: Lang,
  hoursPerDay = DEFAULT_HOURS_PER_DAY,
): string {
  // The text comes from the officer's file: a line break or escape in it must not reach the terminal as one.
  // A page pasted into the field is quoted by its start: the message says what to write, not the page again.
  // A limit a line per way of filing or per case is quoted as the one line it reads as.
  const lines = [
    'perChannel',
    'perCase',
    'perStage',
    'perStageOne',
    'perStageHours',
    'perStageBareDays',
    'perStageUnits',
  ].includes(problem.code);
  const written = (lines && limitLinesJoined(String(text))) || String(text).trim();
  const shown = written.length > MAX_QUOTED ? `${written.slice(0, MAX_QUOTED)}…` : written;
  const data: Record<string, string> = { text: escapeControls(shown) };
  if (problem.code === 'noUnit' || problem.code === 'zeroNoUnit') data.value = escapeControls(problem.value);
  if (problem.code === 'noUnit') data.options = unitChoices(problem.value, lang);
  if (problem.code === 'week')
    Object.assign(data, { workdays: String(problem.value * 5), days: String(problem.value * 7) });
  if (problem.code === 'fractionalCalendar' || problem.code === 'fractionalMonth') data.value = problem.value;
  if (problem.code === 'wordsDiffer')
    Object.assign(data, { number: problem.number, words: escapeControls(problem.words) });
  if (problem.code === 'perChannel') {
    // Every channel named is listed, the one time_limit holds without a limit of its own: leaving it out of channels
    // would say it is not offered.
    const { limit, channels } = splitPerChannel(problem);
    data.first = escapeControls(sharesWritten(limit));
    data.channels = escapeControls(
      channelList(
        channels.map((channel) =>
          channel.limit === undefined ? channel : { ...channel, limit: sharesWritten(channel.limit) },
        ),
      ),
    );
    if (problem.general !== undefined) data.others = generalLimitText(channels, escapeControls(limit), lang);
  }
  if (problem.code === 'channelRemark') Object.assign(data, channelRemarkData(problem));
  if (problem.code === 'channelLimitUnread')
    Object.assign(data, {
      way: WAY_WORDS[problem.kind].vi,
      wayEn: WAY_WORDS[problem.kind].en,
      limit: escapeControls(problem.limit),
      reason: durationProblemText(problem.limit, problem.problem, lang, hoursPerDay),
    });
  if (problem.code === 'reducedLimit') Object.assign(data, reducedLimitData(problem, lang));
  if (problem.code === 'shareUnread') Object.assign(data, shareUnreadData(problem));
  if (problem.code === 'daysAndHours') {
    const hours = problem.days * hoursPerDay + problem.hours;
    const days = hours / hoursPerDay;
    data.hours = formatDurationShort({ value: hours, unit: 'h' });
    data.days = isWhole(days, 100) ? ` ${lang === 'vi' ? 'hoặc' : 'or'} "${Math.round(days * 100) / 100}d"` : '';
    data.perDay = lang === 'vi' ? String(hoursPerDay).replace('.', ',') : String(hoursPerDay);
  }
  if (problem.code === 'clockHours') Object.assign(data, clockHoursData(problem.value, lang));
  if (problem.code === 'referred') data.reference = escapeControls(problem.reference);
  if (problem.code === 'channelAlone') Object.assign(data, channelAloneData(problem, lang));
  if (problem.code === 'stageChannel') {
    const { kind, limit } = problem;
    const own: SplitChannel = { kind, limit: `"${limit}"` };
    const channels: SplitChannel[] = kind === 'in_person' ? [own, { kind: 'online' }] : [{ kind: 'in_person' }, own];
    Object.assign(data, {
      limit: escapeControls(limit),
      bracket: escapeControls(problem.way),
      way: WAY_WORDS[kind].vi,
      wayEn: WAY_WORDS[kind].en,
      channels: escapeControls(channelList(channels)),
    });
  }
  if (problem.code === 'perCase') {
    // Shares fill the limit's bracket: the case is said after it, where it reads back.
    const shares = problem.shares === true;
    data.example = escapeControls(
      shares ? `${problem.limit} ${forCase(problem.case)}` : `${problem.limit} (${problem.case})`,
    );
    data.how = CASE_HOW[lang][shares ? 'shares' : 'bracket'];
    // One case alone is the limit of that case only: the limit of the others is unsaid, as each case's is in a list.
    data.gives = fill(CASE_GIVES[lang][problem.one === true ? 'one' : 'each'], { case: escapeControls(problem.case) });
  }
  if (problem.code === 'perStage' || problem.code === 'perStageOne')
    Object.assign(data, {
      example: escapeControls(stagesLimit(problem)),
      // Only one agency's time keeps a case: shares each with one are the cases' limits, never added.
      excluded:
        excludedSaid(problem.stages, lang) + (problem.code === 'perStageOne' ? caseSaid(problem.stages, lang) : ''),
    });
  if (problem.code === 'tailTime')
    Object.assign(data, { first: escapeControls(problem.first), other: escapeControls(problem.other) });
  if (problem.code === 'perStageBareDays') {
    const counts = problem.counts.map((count) => `"${escapeControls(count)}"`);
    Object.assign(data, {
      counts: counts.join(', '),
      working: escapeControls(`${problem.working}${stagesException(problem.exception)}`),
      calendar: escapeControls(problem.calendar),
    });
  }
  if (problem.code === 'tailUnread')
    Object.assign(data, { general: escapeControls(problem.general), tail: escapeControls(problem.tail) });
  if (problem.code === 'perStageHours') Object.assign(data, stagesHoursData(problem, lang, hoursPerDay));
  if (problem.code === 'perStageUnits') data.stages = escapeControls(problem.stages);
  if (problem.code === 'perStageUnits' || problem.code === 'perStageBareDays')
    data.after = escapeControls(stagesException(problem.exception));
  if (problem.code === 'range') data.example = escapeControls(problem.example);
  if (problem.code === 'nextDayUnread') data.said = escapeControls(problem.said);
  if (problem.code === 'deadline')
    Object.assign(data, { limit: escapeControls(problem.limit), before: escapeControls(problem.before) });
  if (problem.code === 'grouped') {
    // The text again with the number written each way: "1000 phút", "1 phút".
    const at = written.indexOf(problem.value);
    const as = (number: string) =>
      escapeControls(at < 0 ? number : `${written.slice(0, at)}${number}${written.slice(at + problem.value.length)}`);
    const decimal = lang === 'vi' ? problem.decimal.replace('.', ',') : problem.decimal;
    Object.assign(data, {
      value: escapeControls(problem.value),
      whole: problem.whole,
      decimal,
      wholeText: as(problem.whole),
      decimalText: as(decimal),
    });
  }
  if (problem.code === 'tooLong')
    Object.assign(data, { max: String(MAX_DURATION[problem.unit]), unit: UNIT_NAMES[lang][problem.unit] });
  const message = PROBLEMS[lang][problem.code].replace(/\{(\w+)\}/g, (_, key: string) => data[key] ?? '');
  // "1 working day", not "1 working days".
  return lang === 'en' && problem.code === 'noUnit' && Number(problem.value.replace(',', '.')) === 1
    ? message.replace(/ (working|calendar) days"/g, ' $1 day"')
    : message;
}

// What a limit marked for some ways of filing asks to write, by whether the file lists its channels: the whole list
// when it lists none; else only what is missing, a way's own limit on the entry it has or the entry it lacks.
const CHANNEL_WHERE = {
  en: {
    list: ' and this one in channels: {channels}',
    add: ' and add time_limit: "{limit}" to {entries} that channels lists',
    missing: ' and add to channels: {entries}',
    and: ' and ',
    others: 'the other ways of filing',
    otherWays: 'the other ways',
    filing: 'filing {ways}',
  },
  vi: {
    list: ' và thời hạn này ở channels: {channels}',
    add: ' và thêm time_limit: "{limit}" vào {entries} đã có ở channels',
    missing: ' và thêm vào channels: {entries}',
    and: ' và ',
    others: 'các cách nộp khác',
    otherWays: 'các cách nộp khác',
    filing: 'hồ sơ nộp {ways}',
  },
} as const;

/** What the message of a limit marked for some ways of filing shows: the ways, the others and what to write where. */
function channelAloneData(
  problem: Extract<DurationProblem, { code: 'channelAlone' }>,
  lang: Lang,
): Record<string, string> {
  const { kind, limit, note, listed } = problem;
  const kinds = problem.kinds ?? [kind];
  const own = (one: ChannelKind): SplitChannel => ({
    kind: one,
    limit: `"${limit}"`,
    ...(note === undefined || one !== 'online' ? {} : { note }),
  });
  const w = CHANNEL_WHERE[lang];
  const named = (list: readonly ChannelKind[], words: 'vi' | 'en') =>
    list.map((one) => WAY_WORDS[one][words]).join(CHANNEL_WHERE[words].and);
  // Several ways named: the others are the ways left, said by name; one way: "the other ways", as before.
  const rest = ALL_WAYS.filter((one) => !kinds.includes(one));
  const data: Record<string, string> = {
    limit: escapeControls(limit),
    bracket: escapeControls(problem.way),
    way: named(kinds, 'vi'),
    wayEn: named(kinds, 'en'),
    others: kinds.length > 1 ? fill(CHANNEL_WHERE.vi.filing, { ways: named(rest, 'vi') }) : CHANNEL_WHERE.vi.others,
    othersEn: kinds.length > 1 ? fill(CHANNEL_WHERE.en.filing, { ways: named(rest, 'en') }) : CHANNEL_WHERE.en.others,
    otherWaysEn:
      kinds.length > 1 ? fill(CHANNEL_WHERE.en.filing, { ways: named(rest, 'en') }) : CHANNEL_WHERE.en.otherWays,
  };
  if (listed === undefined) {
    const channels: SplitChannel[] =
      kinds.length > 1
        ? ALL_WAYS.map((one) => (kinds.includes(one) ? own(one) : { kind: one }))
        : kind === 'in_person'
          ? [own(kind), { kind: 'online' }]
          : [{ kind: 'in_person' }, own(kind)];
    data.where = fill(w.list, { channels: escapeControls(channelList(channels)) });
    return data;
  }
  const has = kinds.filter((one) => listed.includes(one));
  const lacks = kinds.filter((one) => !listed.includes(one));
  const entries = (list: readonly ChannelKind[]) => list.map((one) => `{ kind: ${one} }`).join(w.and);
  data.where = [
    ...(has.length > 0 ? [fill(w.add, { limit: escapeControls(limit), entries: entries(has) })] : []),
    ...(lacks.length > 0
      ? [
          fill(w.missing, {
            entries: escapeControls(lacks.map((one) => channelList([own(one)]).slice(1, -1)).join(', ')),
          }),
        ]
      : []),
  ].join('');
  return data;
}

// What a limit per case gives, a list of cases or one case alone.
const CASE_GIVES: Record<Lang, Record<'each' | 'one', string>> = {
  en: {
    each: 'gives a limit for each case',
    one: 'gives the limit of one case only ("{case}"), not that of the others',
  },
  vi: {
    each: 'ghi thời hạn cho từng trường hợp',
    one: 'chỉ ghi thời hạn của một trường hợp ("{case}"), không ghi thời hạn của các trường hợp khác',
  },
};

// How a case's limit names its case: in brackets, or after the agencies' times when the limit is their total.
const CASE_HOW: Record<Lang, Record<'bracket' | 'shares', string>> = {
  en: {
    bracket: 'with the case in brackets',
    shares: "the total of its agencies' times with each time in brackets, then the case",
  },
  vi: {
    bracket: 'kèm trường hợp trong ngoặc',
    shares: 'là tổng thời gian của các cơ quan, thời gian của từng cơ quan trong ngoặc, rồi đến trường hợp',
  },
};

/**
 * A way of filing's limit as the message shows it: one agency's time ("03 ngày làm việc tại Bộ phận một cửa") as --fix
 * writes it, in quotes for its colon, rather than a form lint asks about again; any other limit as written.
 */
function sharesWritten(limit: string): string {
  const reading = readDuration(limit);
  const total = reading.ok ? undefined : stagesTotal(reading.problem);
  return total === undefined ? limit : `"${total}"`;
}

// A share's remark that leaves time out of it: "(không kể thời gian niêm yết)", "(không tính thời gian xác minh)".
const EXCLUDES = /\((?:không kể|không tính|không bao gồm|chưa kể|chưa tính|trừ) [^()]*\)/giu;
const EXCLUDED: Record<Lang, string> = {
  en: ". The remark {remarks} stays with its agency's time: the time it leaves out is no part of the limit, so the appointment procmap counts does not include it",
  vi: '. Ghi chú {remarks} được giữ cùng thời gian của cơ quan đó: thời gian ghi chú loại ra không tính trong thời hạn, nên ngày hẹn trả procmap tính chưa gồm thời gian này',
};

/** What a limit per agency's message says of the shares' remarks that leave time out, which --fix keeps; empty for none. */
function excludedSaid(stages: string, lang: Lang): string {
  const remarks = stages.match(EXCLUDES);
  if (remarks === null) return '';
  // A function, so that "$&" in the officer's remark is quoted as typed, never read as a replacement pattern.
  return EXCLUDED[lang].replace('{remarks}', () => remarks.map((remark) => `"${escapeControls(remark)}"`).join(', '));
}

// A bracket in a share, as --fix keeps it: "(cấp mới)", "(không kể thời gian niêm yết)".
const SHARE_BRACKET = /\([^()]*\)/gu;
const CASE_KEPT: Record<Lang, string> = {
  en: ". The case {cases} stays with the agency's time as the law writes it: the limit is that case's",
  vi: '. Trường hợp {cases} được giữ cùng thời gian của cơ quan như văn bản ghi: thời hạn này là của trường hợp đó',
};

/** What one agency's limit's message says of the case its share is for, which --fix keeps; empty for none. */
function caseSaid(stages: string, lang: Lang): string {
  // A remark that leaves time out is excludedSaid's, whatever case it names.
  const cases = (stages.match(SHARE_BRACKET) ?? []).filter((said) => namesCase(said) && said.match(EXCLUDES) === null);
  if (cases.length === 0) return '';
  return CASE_KEPT[lang].replace('{cases}', () => cases.map((named) => `"${escapeControls(named)}"`).join(', '));
}

/** What the message of liên thông shares in working days and hours shows: the total --fix writes, in its unit. */
function stagesHoursData(
  problem: Extract<DurationProblem, { code: 'perStageHours' }>,
  lang: Lang,
  hoursPerDay: number,
): Record<string, string> {
  const { total, unit } = stagesHoursTotal(problem, hoursPerDay);
  const perDay = lang === 'vi' ? String(hoursPerDay).replace('.', ',') : String(hoursPerDay);
  return {
    example: escapeControls(stagesLimit({ total, stages: problem.stages, exception: problem.exception })),
    unit: STAGES_UNIT[lang][problem.bare ? 'bare' : unit].replace('{perDay}', perDay),
  };
}

// The unit a total of working days and hours is written in, and why; "{perDay}" the hours of a working day.
const STAGES_UNIT = {
  en: {
    d: 'in working days, a working day being {perDay} working hours',
    h: 'in working hours, since no whole hundredth of a {perDay}-hour working day holds it',
    bare: 'in hours, as the law says them ("giờ": on the clock or working hours, ambiguous-hours asks)',
  },
  vi: {
    d: 'tính bằng ngày làm việc, một ngày làm việc có {perDay} giờ làm việc',
    h: 'tính bằng giờ làm việc vì một ngày làm việc có {perDay} giờ làm việc',
    bare: 'tính bằng giờ như văn bản ghi ("giờ" có thể là giờ liên tục hoặc giờ làm việc, quy tắc ambiguous-hours hỏi)',
  },
} satisfies Record<Lang, Record<'d' | 'h' | 'bare', string>>;

// A way of filing as a limit's exception names it, in Vietnamese (the bracket's own words) and in English.
const WAY_WORDS: Record<ChannelKind, { vi: string; en: string }> = {
  in_person: { vi: 'trực tiếp', en: 'in person' },
  online: { vi: 'trực tuyến', en: 'online' },
  postal: { vi: 'qua dịch vụ bưu chính', en: 'by post' },
};

/** What the message of a bracket naming a way of filing and a time shows: the way, the split and the bracket to write. */
function channelRemarkData(problem: Extract<DurationProblem, { code: 'channelRemark' }>): Record<string, string> {
  const { general, kind, limit } = problem;
  const channels: SplitChannel[] =
    kind === 'in_person' ? [{ kind, limit }, { kind: 'online' }] : [{ kind: 'in_person' }, { kind, limit }];
  return {
    general: escapeControls(general),
    limit: escapeControls(limit),
    way: WAY_WORDS[kind].vi,
    wayEn: WAY_WORDS[kind].en,
    channels: escapeControls(channelList(channels)),
    example: escapeControls(`đối với hồ sơ nộp ${WAY_WORDS[kind].vi} là ${limit}`),
  };
}

// Why a limit "giảm …" leaves none procmap can write, in the user's language.
const REDUCED_WHY = {
  en: {
    unit: 'in another unit, which procmap cannot take from it',
    none: 'which leaves no time',
    part: 'which leaves less than procmap counts in that unit',
    month: 'which is less than a month, about {days} days, and procmap counts months only whole (Civil Code Art. 148)',
  },
  vi: {
    unit: 'procmap không trừ được vì hai thời gian khác đơn vị',
    none: 'như vậy không còn thời gian',
    part: 'phần còn lại nhỏ hơn đơn vị procmap tính được',
    month:
      'tức là chưa đến một tháng, khoảng {days} ngày, mà procmap chỉ tính tháng tròn tháng (Điều 148 Bộ luật Dân sự)',
  },
} as const;

/** What the message of a limit given as shorter than the general one by a time procmap cannot take away shows. */
function reducedLimitData(
  problem: Extract<DurationProblem, { code: 'reducedLimit' }>,
  lang: Lang,
): Record<string, string> {
  const { general, kind, by, why, unit, days } = problem;
  const about = days === undefined ? undefined : String(days);
  const applies = {
    en: ` if your agency applies ${about} days`,
    vi: ` nếu cơ quan áp dụng ${about} ngày`,
  };
  return {
    general: escapeControls(general),
    by: escapeControls(by),
    why: REDUCED_WHY[lang][why].replace('{days}', about ?? ''),
    example: about ?? '…',
    applies: about === undefined ? '' : applies[lang],
    way: WAY_WORDS[kind].vi,
    wayEn: WAY_WORDS[kind].en,
    unit: UNIT_NAMES[lang][unit],
    unitVi: UNIT_NAMES.vi[unit],
  };
}

/** What the message of a share of a limit procmap cannot read shows: the share, the way and the general limit's unit. */
function shareUnreadData(problem: Extract<DurationProblem, { code: 'shareUnread' }>): Record<string, string> {
  const { general, kind, share } = problem;
  const unit = parseDuration(general)?.unit;
  return {
    general: escapeControls(general),
    share: escapeControls(share),
    way: WAY_WORDS[kind].vi,
    wayEn: WAY_WORDS[kind].en,
    unitVi: UNIT_NAMES.vi[unit === undefined || unit === 'sameday' ? 'd' : unit],
  };
}

const GENERAL = {
  en: {
    assumed:
      '; the text names no way of filing for {limit}, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add {others} to channels',
    unnamed:
      '; the text names no way of filing for {limit}: list in channels each way of filing it is for, e.g. {others}',
  },
  vi: {
    assumed:
      '; văn bản không ghi thời hạn {limit} là của cách nộp nào, nên procmap ghi thời hạn đó cho hồ sơ nộp trực tiếp tại Bộ phận Một cửa (in_person): nếu hồ sơ còn được nộp theo cách khác, hãy thêm {others} vào channels',
    unnamed:
      '; văn bản không ghi thời hạn {limit} là của cách nộp nào: hãy ghi vào channels từng cách nộp có thời hạn đó, ví dụ {others}',
  },
} as const;

/**
 * What a general limit's message adds: which way of filing the limit time_limit keeps is listed for, since the text
 * names none, and which others to add if the procedure is also filed that way. Empty when every way is named.
 */
function generalLimitText(channels: readonly SplitChannel[], limit: string, lang: Lang): string {
  const others = unlistedChannels(channels).map((kind) => `{ kind: ${kind} }`);
  if (others.length === 0) return '';
  const assumed = channels.some((channel) => channel.assumed);
  const text = GENERAL[lang][assumed ? 'assumed' : 'unnamed'];
  const or = lang === 'vi' ? ' hoặc ' : ' or ';
  return text.replace('{limit}', () => limit).replace('{others}', () => others.join(or));
}

/**
 * The working-time limits to offer for hours on the clock: the same number of working hours, as one-stop software
 * counts "N giờ", and for whole days of the clock (24, 48 hours) the working days that end at the same hour.
 */
function clockHoursData(written: string, lang: Lang): Record<string, string> {
  const hours = Number(written.replace(',', '.'));
  const value = lang === 'vi' ? String(hours).replace('.', ',') : String(hours);
  const days = hours / 24;
  if (!Number.isInteger(days) || days < 1) return { value, days: '' };
  const ends = {
    en: days === 1 ? 'at the same hour the next working day' : `at the same hour ${days} working days later`,
    vi: days === 1 ? 'vào cùng giờ đó của ngày làm việc tiếp theo' : `vào cùng giờ đó sau ${days} ngày làm việc`,
  }[lang];
  const or = {
    en: `, or "${days} ngày làm việc", which ends ${ends}`,
    vi: `, hoặc "${days} ngày làm việc", hết ${ends}`,
  }[lang];
  return { value, days: or };
}

/**
 * A channel of a split limit: its kind, its own limit when it differs from the one `time_limit` keeps, and the grade
 * of online filing its name said ("Trực tuyến toàn trình"), kept as its note.
 */
export interface SplitChannel {
  kind: ChannelKind;
  limit?: string;
  note?: string;
  /**
   * Listed for the limit time_limit keeps though the text does not name it: in person, where the text gives a general
   * limit and another way's exception. Listed only where the file lists no channels: a list the file has says which.
   */
  assumed?: true;
}

/**
 * A limit per way of filing split as a procedure writes it: the limit `time_limit` keeps (the general one, else the
 * first channel's) and every channel named, each with its own limit where it differs from that one.
 */
export function splitPerChannel(problem: Extract<DurationProblem, { code: 'perChannel' }>): {
  limit: string;
  channels: SplitChannel[];
} {
  const limit = problem.general ?? problem.limits[0]!.limit;
  const kept = parseDuration(limit);
  const same = (text: string) => {
    const duration = parseDuration(text);
    return text === limit || (duration !== undefined && kept !== undefined && sameDuration(duration, kept));
  };
  const channels: SplitChannel[] = problem.limits.map(({ kind, limit: own, note }) => ({
    kind,
    ...(note === undefined ? {} : { note }),
    ...(same(own) ? {} : { limit: own }),
  }));
  // A general limit is the other ways of filing's, which the text leaves unnamed: leaving them all out would say the
  // procedure is offered only the ways named. In person is the way every procedure is filed, at the one-stop counter.
  if (problem.general !== undefined && !channels.some(({ kind }) => kind === 'in_person'))
    channels.unshift({ kind: 'in_person', assumed: true });
  return { limit, channels };
}

/** The ways of filing a general limit may also be for that its split does not list, for the message to name. */
export function unlistedChannels(channels: readonly SplitChannel[]): ChannelKind[] {
  return (['in_person', 'online', 'postal'] as const).filter((kind) => !channels.some((named) => named.kind === kind));
}

function sameDuration(a: Duration, b: Duration): boolean {
  return a.value === b.value && a.unit === b.unit && a.note === b.note;
}

/** Channels as the flow list procmap writes: `[{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]`. */
export function channelList(channels: readonly SplitChannel[]): string {
  const entries = channels.map(({ kind, limit, note }) => {
    const fields = [`kind: ${kind}`, note && `note: ${note}`, limit && `time_limit: ${limit}`];
    return `{ ${fields.filter(Boolean).join(', ')} }`;
  });
  return `[${entries.join(', ')}]`;
}

/** Hours as the short form writes them: `1.5h`, or `20min` when two decimals cannot hold them. */
function shortHours(hours: number): string {
  return isWhole(hours, 100) ? `${Math.round(hours * 100) / 100}h` : `${Math.round(hours * 60)}min`;
}

/**
 * The canonical spelling of a duration, its legal tail kept: `0.5d`, `4h`, `20min`, `30cd`, `3 tháng`, `1 năm` (months
 * written in years stay years), `trong ngày`.
 */
export function formatDurationShort(duration: Duration): string {
  const { value, unit } = duration;
  const head =
    unit === 'h'
      ? shortHours(value)
      : unit === 'month'
        ? duration.years
          ? `${Math.round((value / 12) * 100) / 100} năm`
          : `${value} tháng`
        : unit === 'sameday'
          ? duration.nextDay === 'morning'
            ? 'Buổi sáng ngày làm việc tiếp theo'
            : duration.nextDay === 'close'
              ? 'Trong ngày làm việc tiếp theo'
              : 'trong ngày'
          : `${value}${unit}`;
  return duration.note === undefined ? head : `${head} ${duration.note}`;
}

/**
 * Whether a reading glosses its working days with hours ("10 ngày làm việc (160 giờ)") that are not those days in a
 * calendar of `hoursPerDay` working hours a day: the text then says two times.
 */
export function hoursDisagree(reading: DurationReading, hoursPerDay: number): boolean {
  if (!reading.ok || reading.hours === undefined) return false;
  return Math.abs(reading.duration.value * hoursPerDay - reading.hours) > 1e-6;
}

/**
 * A duration or limit in its canonical spelling (`1,5 ngày` → `1.5d`, `04 giờ` → `4h`), as canonical-duration writes
 * it; undefined when the text is none, or when that spelling would settle what the text leaves open: a bare "N ngày"
 * (working or calendar days, ambiguous-days), hours in brackets that contradict the days (bracketed-hours), and for a
 * `limit` a bare "N giờ" (ambiguous-hours).
 */
export function canonicalSpelling(text: string, hoursPerDay: number, limit: boolean): string | undefined {
  const reading = readDuration(text);
  if (!reading.ok || reading.bare || (limit && saysBareHours(text))) return undefined;
  if (hoursDisagree(reading, hoursPerDay)) return undefined;
  return formatDurationShort(reading.duration);
}

/** Working hours of a working-time duration; undefined for calendar days, months and same-day, which need dates. */
export function toWorkingHours(duration: Duration, hoursPerDay = DEFAULT_HOURS_PER_DAY): number | undefined {
  if (duration.unit === 'h') return duration.value;
  if (duration.unit === 'd') return duration.value * hoursPerDay;
  return undefined;
}

/** Whether a duration is counted on the office clock (hours, working days), the same on every date. */
export function isWorkingTime(duration: Duration): boolean {
  return duration.unit === 'h' || duration.unit === 'd';
}

// The hour word alone after the number ("24 giờ", "48 tiếng", "24 hours", "24 hrs", officers' short "24g", "24 g"),
// not "giờ làm việc", "1 giờ 30 phút làm việc", "giờ hành chính", "working hours", nor procmap's own "h". Matched on
// the text without accents, so that "24 gio" and a slip such as "24 gìơ" are found too.
const BARE_HOURS = lazyPattern(
  () =>
    /(?<!\p{L})(gio|tieng|hours?|hrs?|(?<=\d\s*)g)(?!\s*(?:\d+\s*(?:phut|ph|p|mins?|minutes?|['’′])?\s*)?(?:lam viec|hanh chinh))(?!\p{L})/iu,
);
const WORKING_BEFORE = lazyPattern(() => /(?<!\p{L})working\s+$/iu);

/**
 * Whether a time limit counted in working hours names its hours with the word alone ("24 giờ", "24g", "24 hours"):
 * the limit's own hours, not those of the shares in its note ("4 giờ làm việc (UBND xã: 2 giờ; …)").
 */
export function saysBareHours(text: string): boolean {
  const reading = readDuration(text);
  if (!reading.ok || reading.duration.unit !== 'h') return false;
  const composed = text.normalize('NFC');
  const { note } = reading.duration;
  const at = note === undefined || !isBreakdown(note) ? -1 : composed.lastIndexOf(note);
  const folded = withoutDiacritics(at > 0 ? composed.slice(0, at) : composed);
  // The pattern finds nothing without one of its words or a "g" after a figure: a limit with none ("trong ngày", a
  // same-day limit) is answered without compiling it, which was 1 % of a one-file lint.
  if (!/gio|tieng|hour|hr|\d\s*g/i.test(folded)) return false;
  const match = BARE_HOURS().exec(folded);
  return match !== null && !WORKING_BEFORE().test(folded.slice(0, match.index));
}
