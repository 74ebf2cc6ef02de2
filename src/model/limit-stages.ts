import { formatNumber, round2 } from '../time/units.js';
import type { Duration } from './types.js';
import { lazyPattern } from './lazy-pattern.js';
import { explicitDays } from './explicit-days.js';
import { channelMentioned } from './channel-words.js';
import { OFFICE_ABBREVIATIONS, OFFICE_WORDS, officeAlternation } from './office-words.js';

/** One share of a liên thông limit: who takes it, its limit as written and as read, `bare` when its unit is a bare word. */
export interface Stage {
  agency: string;
  limit: string;
  duration: Duration;
  /** Said "ngày" or "giờ" alone, which the ambiguous-days and ambiguous-hours rules ask about: the total says it too. */
  bare: boolean;
}

/**
 * A limit given per agency of a liên thông dossier: the total with the shares in brackets, which reads as the limit
 * (`perStage`); working days and working hours (`perStageHours`), whose total in hours needs the calendar's working
 * day; or, when the shares are in units that do not add up, the shares alone (`perStageUnits`).
 */
export type StagesProblem = (
  | { code: 'perStage'; total: string; stages: string }
  | { code: 'perStageOne'; total: string; stages: string }
  | { code: 'perStageHours'; days: number; hours: number; bare: boolean; stages: string }
  | { code: 'perStageBareDays'; counts: string[]; working: string; calendar: string }
  | { code: 'perStageUnits'; stages: string }
) & {
  /** Another case's limit the law writes after the shares ("trường hợp phải xác minh thì thêm 05 ngày làm việc"). */
  exception?: string;
};

// The words an agency's name starts with, as liên thông limits name who takes each share: "UBND cấp xã", "Sở Tư
// pháp", "Bộ phận Một cửa", or an abbreviation ("VPĐKĐĐ"). One list with the units roles name (office-words.ts); in
// any case here, as labels are typed ("sở tư pháp: 07 ngày"), where missing-body.ts reads capitals only.
const AGENCY = lazyPattern(
  () => new RegExp(`^(?:${officeAlternation([...OFFICE_WORDS, ...OFFICE_ABBREVIATIONS])})(?!\\p{L})`, 'iu'),
);
// A ministry by its name, "Bộ Tư pháp": the capital tells it from "bộ hồ sơ".
const MINISTRY = lazyPattern(() => /^Bộ \p{Lu}/u);
// A level named after "cấp": alone ("Cấp xã") it is the level that handles the dossier, which may be a case.
const LEVEL = lazyPattern(
  () => /(?:^| )cấp (?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|trung ương|bộ)(?!\p{L})/giu,
);
// Words that make a label a case: "trường hợp", "nếu", "đối với hồ sơ …", the kind of certificate ("cấp mới").
const CASE_WORDS = lazyPattern(
  () => /(?<!\p{L})(?:trường hợp|nếu|khi|đối với|thì|hồ sơ|cấp mới|cấp lại|cấp đổi|cấp bản sao|gia hạn)(?!\p{L})/iu,
);

/** A label as an agency or a level (after "tại"/"ở"), its level taken out; undefined when it is neither, or a case. */
function agencyOf(label: string): string | undefined {
  const name = label.replace(/^(?:tại|ở) /iu, '').trim();
  if (CASE_WORDS().test(name)) return undefined;
  const unlevelled = name.replace(LEVEL(), '').trim().toLowerCase();
  if (unlevelled === '') return name === '' ? undefined : '';
  return AGENCY().test(name) || MINISTRY().test(name) ? unlevelled : undefined;
}

/** Whether a label names an agency itself, not a level alone ("Cấp xã" may be a case): one share alone needs one. */
export function isAgencyLabel(label: string): boolean {
  const agency = agencyOf(label);
  return agency !== undefined && agency !== '';
}

/** Whether a label names an agency or a level, as a share of a liên thông limit is named; a case's words are none. */
export function isStageLabel(label: string): boolean {
  return agencyOf(label) !== undefined;
}

// The word that joins a share's time to the agency after it, as liên thông limits are also written: "08 giờ làm việc
// tại UBND xã", "03 ngày làm việc ở Sở Tư pháp", "07 ngày làm việc do Sở Tư pháp giải quyết".
const AT_AGENCY = lazyPattern(() => / (?:tại|ở|do) (?=\S)/iu);
// What the agency does with the dossier after its name ("do Sở Tư pháp giải quyết"): not part of the name.
const HANDLES = lazyPattern(() => / (?:giải quyết|thực hiện|xử lý|thẩm định|tiếp nhận)(?: hồ sơ)?$/iu);

// What the law may say after the agency's name that is the share's, not the name's: when its time starts ("10 ngày làm
// việc ở Sở Tư pháp kể từ ngày nhận đủ hồ sơ"), or a remark in brackets ("tại Bộ phận một cửa (không kể thời gian niêm
// yết)"). A bracket that names a case ("(cấp mới)", "(trường hợp …)") or a time is no remark: among shares it stays the
// name's, which names no agency then, since shares each with a case may be the cases' limits, not one dossier's.
const AFTER_NAME = lazyPattern(() => /,? (?:kể từ|tính từ|từ khi|từ ngày|sau khi) .+$| \([^()\d]+\)$/iu);
const REMARK_CASE = lazyPattern(
  () =>
    /(?<!\p{L})(?:trường hợp|nếu|khi|đối với|cấp mới|cấp lại|cấp đổi|cấp bản sao|gia hạn|trực tuyến|bưu chính)(?!\p{L})/iu,
);
// A bracket after the time, before the agency: "05 ngày làm việc (không kể thời gian niêm yết) tại Bộ phận một cửa".
const BEFORE_NAME = lazyPattern(() => / \([^()\d]+\)$/u);
// Words that say when a time starts: a bracket after them is that clause's, and the agency after it is where the time
// starts ("03 ngày làm việc kể từ ngày nhận hồ sơ (bản giấy) tại UBND xã"), whoever takes it.
const STARTS = lazyPattern(() => /(?<!\p{L})(?:kể từ|tính từ|từ khi|từ ngày|sau khi)(?!\p{L})/iu);
// A way of filing in a bracket is the channels' to read, never one agency's case.
const CHANNEL = lazyPattern(() => /(?<!\p{L})(?:trực tuyến|bưu chính)(?!\p{L})/iu);

/**
 * Whether a bracket the law writes with a share's time, before or after its agency, is the share's: a remark, or, for
 * one agency's time alone (`alone`), the one case that time is for ("05 ngày làm việc tại UBND xã (cấp mới)"), which
 * is the whole limit's case then and is kept with it as the law wrote it.
 */
function sharesBracket(bracket: string, alone: boolean): boolean {
  return !REMARK_CASE().test(bracket) || (alone && !CHANNEL().test(bracket));
}

/** Whether a bracket kept with a share names the case its time is for ("(cấp mới)"), not a remark on it. */
export function namesCase(bracket: string): boolean {
  return REMARK_CASE().test(bracket) && !CHANNEL().test(bracket);
}

/**
 * A share written time first, then its agency after "tại", "ở" or "do" ("08 giờ làm việc tại UBND xã"): the time as
 * written and the agency's name without the joining word; undefined when the words after it name no agency or level.
 * What the law says after the name (its "kể từ …" clause, a remark in brackets) or in brackets before it is the
 * share's, kept with its time (`after` true); a case in brackets only for one agency's time alone (`alone`). The
 * caller checks that the time reads.
 */
export function timeThenAgency(
  part: string,
  alone = false,
): { limit: string; agency: string; after: boolean } | undefined {
  const at = AT_AGENCY().exec(part);
  if (at === null || at.index === 0) return undefined;
  const time = part.slice(0, at.index).trim();
  const named = part.slice(at.index + at[0].length);
  const said = AFTER_NAME().exec(named);
  const bracket = said?.[0].startsWith(' (') === true;
  if (said !== null && said.index > 0 && (bracket ? sharesBracket(said[0], alone) : !REMARK_CASE().test(said[0]))) {
    const agency = named.slice(0, said.index).replace(HANDLES(), '').trim();
    // A comma before the clause ("ở Sở Tư pháp, kể từ …") is the name's end, not part of the share.
    if (isStageLabel(agency)) return { limit: `${time} ${said[0].replace(/^,? /u, '')}`, agency, after: true };
  }
  const agency = named.replace(HANDLES(), '').trim();
  if (agencyOf(agency) === undefined) return undefined;
  const before = BEFORE_NAME().exec(time);
  const kept = before !== null && sharesBracket(before[0], alone) && !STARTS().test(time.slice(0, before.index));
  return { limit: time, agency, after: kept };
}

/**
 * One agency's time for one way of filing, the way in brackets after the agency or before it ("05 ngày làm việc tại
 * UBND xã (trực tuyến)", "… (nộp trực tuyến) tại UBND xã"): the time, the agency and the bracket as written. Undefined
 * for any other text, or a bracket that also names a case or holds a time. The caller asks which ways the time is for.
 */
export function channelShare(part: string): { limit: string; agency: string; way: string } | undefined {
  const at = AT_AGENCY().exec(part);
  if (at === null || at.index === 0) return undefined;
  const [time, named] = [part.slice(0, at.index).trim(), part.slice(at.index + at[0].length).trim()];
  const [after, before] = [/ \([^()]+\)$/u.exec(named), BEFORE_NAME().exec(time)];
  const found = after ?? before;
  if (found === null || (after !== null && before !== null)) return undefined;
  const way = found[0].trim();
  if (channelMentioned(way) === undefined || /\d/u.test(way) || REMARK_CASE().test(way.replace(CHANNEL(), '')))
    return undefined;
  const agency = (after === null ? named : named.slice(0, after.index)).replace(HANDLES(), '').trim();
  const limit = before === null ? time : time.slice(0, before.index).trim();
  return isAgencyLabel(agency) ? { limit, agency, way } : undefined;
}

// The first word of a share as the law capitalises it to open its sentence ("Không quá", "Trong ngày", "Tối đa"), which
// in a bracket sits mid-sentence; not an abbreviation ("UBND") nor an agency's name ("Sở Tư pháp").
const OPENING_WORD = lazyPattern(() => /^\p{Lu}(?=\p{Ll}*(?!\p{L}))/u);

/** A share's limit as it reads after its agency's colon: its opening capital lower-cased ("Không quá" → "không quá"). */
export function midSentence(limit: string): string {
  if (AGENCY().test(limit) || MINISTRY().test(limit)) return limit;
  return limit.replace(OPENING_WORD(), (letter) => letter.toLowerCase());
}

/** The words a share's unit is written with in the total: the shares add up only when they agree. */
function unitWords({ duration, bare }: Stage): string | undefined {
  switch (duration.unit) {
    case 'd':
      return 'ngày làm việc';
    case 'cd':
      return bare ? 'ngày' : 'ngày lịch';
    case 'h':
      return bare ? 'giờ' : 'giờ làm việc';
    case 'month':
      return duration.years ? 'năm' : 'tháng';
    case 'sameday':
      return undefined;
  }
}

/**
 * A limit per case whose cases are all agencies or levels, each a share of one dossier passed between them
 * ("UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc"): the citizen's limit is their total. Undefined
 * when a label is a case, or could be one: every label a level alone or one agency at several levels ("Cấp tỉnh: …;
 * cấp huyện: …" may be the levels that handle the procedure, each a case). One share alone is the limit, its agency
 * named ("03 ngày làm việc tại UBND xã"), when the label is an agency, not a level alone.
 */
export function stagesOf(stages: readonly Stage[]): StagesProblem | undefined {
  const agencies = stages.map(({ agency }) => agencyOf(agency));
  if (!agencies.every((agency): agency is string => agency !== undefined)) return undefined;
  if (stages.length === 1) return agencies[0] === '' ? undefined : oneStage(stages[0]!);
  if (new Set(agencies).size < 2) return undefined;
  const labels = stages.map(({ agency }) => agency.toLowerCase());
  if (new Set(labels).size < stages.length) return undefined;
  const written = stages.map(({ agency, limit }) => `${agency}: ${midSentence(limit)}`).join('; ');
  const words = stages.map(unitWords);
  const bareDays = bareDaysBeside(stages);
  if (bareDays !== undefined) return bareDays;
  if (words.some((word) => word === undefined || word !== words[0])) return workingTime(stages, written);
  const sum = stages.reduce(
    (total, { duration }) => total + (duration.years ? duration.value / 12 : duration.value),
    0,
  );
  // Minutes that make no hundredth of an hour ("20 phút") would be rounded: the officer writes the total instead.
  if (Math.abs(round2(sum) - sum) > 1e-9) return { code: 'perStageUnits', stages: written };
  return { code: 'perStage', total: `${formatNumber(sum, 'vi')} ${words[0]!}`, stages: written };
}

/**
 * The limit of one agency's share written with its agency ("03 ngày làm việc tại UBND xã"): the share is the whole
 * limit, written as a total with its share, as several shares are, so that one form holds both.
 */
function oneStage(stage: Stage): StagesProblem {
  const { agency, limit, duration } = stage;
  const words = unitWords(stage);
  const value = duration.years ? duration.value / 12 : duration.value;
  // The same day, or minutes no hundredth of an hour holds, stay as written: the total is the share.
  const total =
    words === undefined || Math.abs(round2(value) - value) > 1e-9 ? limit : `${formatNumber(value, 'vi')} ${words}`;
  return { code: 'perStageOne', total, stages: `${agency}: ${midSentence(limit)}` };
}

/**
 * Shares in bare "ngày" beside shares in working days ("05 ngày tại UBND xã và 10 ngày làm việc tại Sở"): the bare
 * days may be calendar days (the law's reading, which adds to no working day) or working days, and the total's unit
 * with them; the officer says which. Undefined unless the shares mix the two.
 */
function bareDaysBeside(stages: readonly Stage[]): StagesProblem | undefined {
  const bare = stages.filter(({ duration, bare: said }) => duration.unit === 'cd' && said);
  const others = stages.filter((stage) => !bare.includes(stage));
  if (bare.length === 0 || others.length === 0 || !others.every(({ duration }) => duration.unit === 'd'))
    return undefined;
  const made = (days: 'working' | 'calendar') =>
    stages
      .map(
        ({ agency, limit }, i) =>
          `${agency}: ${midSentence(bare.includes(stages[i]!) ? explicitDays(limit, days) : limit)}`,
      )
      .join('; ');
  const sum = stages.reduce((total, { duration }) => total + duration.value, 0);
  return {
    code: 'perStageBareDays',
    counts: bare.map(({ limit }) => limit),
    working: stagesLimit({ total: `${formatNumber(sum, 'vi')} ngày làm việc`, stages: made('working') }),
    calendar: made('calendar'),
  };
}

/**
 * Shares in working days and working hours, which add up in the calendar's working day (as a step of 4h beside one of
 * 4.5d does); bare "giờ" keeps the total bare for ambiguous-hours, bare "ngày" (calendar days) never adds.
 */
function workingTime(stages: readonly Stage[], written: string): StagesProblem {
  const sum = (unit: 'd' | 'h') =>
    stages.reduce((total, { duration }) => total + (duration.unit === unit ? duration.value : 0), 0);
  const working = stages.every(({ duration }) => duration.unit === 'd' || duration.unit === 'h');
  const [days, hours] = [sum('d'), sum('h')];
  // Minutes that make no hundredth of an hour would be rounded, as for shares in one unit.
  if (!working || Math.abs(round2(hours) - hours) > 1e-9) return { code: 'perStageUnits', stages: written };
  const bare = stages.some(({ duration, bare: said }) => duration.unit === 'h' && said);
  return { code: 'perStageHours', days, hours, bare, stages: written };
}

/**
 * The total of working days and hours in a `hoursPerDay` working day, in the unit the law gives the dossier's time in:
 * working days ("7,5 ngày làm việc" for 7 days and 4 hours, 8 hours a day), its hours only in the shares. In hours
 * ("56,5 giờ làm việc") only where no hundredth of a day holds them (a 7.5-hour day), or where a share's bare "giờ"
 * may be hours on the clock, which ambiguous-hours asks about and days would answer for the law.
 */
export function stagesHoursTotal(
  { days, hours, bare }: Extract<StagesProblem, { code: 'perStageHours' }>,
  hoursPerDay: number,
): { total: string; unit: 'd' | 'h' } {
  const total = days * hoursPerDay + hours;
  const inDays = total / hoursPerDay;
  if (!bare && Math.abs(round2(inDays) - inDays) <= 1e-9)
    return { total: `${formatNumber(round2(inDays), 'vi')} ngày làm việc`, unit: 'd' };
  return { total: `${formatNumber(round2(total), 'vi')} ${bare ? 'giờ' : 'giờ làm việc'}`, unit: 'h' };
}

/**
 * The limit a limit per agency becomes: "10 ngày làm việc (UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 07 …)", and
 * another case's limit after it as the law's exception ("…; trường hợp phải xác minh thì thêm 05 ngày làm việc").
 */
export function stagesLimit({
  total,
  stages,
  exception,
}: {
  total: string;
  stages: string;
  exception?: string | undefined;
}): string {
  return `${total} (${stages})${stagesException(exception)}`;
}

/** Another case's limit after the shares' bracket, as the limit is written: "; trường hợp …"; empty for none. */
export function stagesException(exception: string | undefined): string {
  return exception === undefined ? '' : `; ${exception}`;
}
