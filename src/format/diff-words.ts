import type { Change, ChangeKind, ChangeLevel, ChangeReason, ItemSides } from '../diff/classify.js';
import { overrunMoves, type Overrun, type SideOverrun } from '../diff/overrun.js';
import { fill, type Lang, type Translated } from '../i18n.js';
import { CHANNEL_NAMES } from '../model/channels.js';
import { quantityText } from '../model/dossier-quantity.js';
import { DEFAULT_HOURS_PER_DAY, parseDuration, readDuration } from '../model/duration.js';
import type { ChannelKind, Duration } from '../model/types.js';
import { LEVEL_NAMES } from '../model/levels.js';
import { officerStepNumber } from '../model/step-numbers.js';
import type { CalendarDayChanges } from '../time/calendar-day-changes.js';
import { parseDay } from '../time/moment.js';
import {
  clockHours,
  formatDmy,
  formatDuration,
  formatNumber,
  formatOverrun,
  formatWorkingTime,
  readsInHoursAlone,
  round2,
} from '../time/units.js';
import { lawLimitWords, limitWords } from '../time/limit-words.js';
import schemaJson from '../../schemas/procedure.schema.json' with { type: 'json' };
import { feeNamesItself } from '../model/fee-names.js';

/** What a diff formatter turns into text. */
export interface DiffReport {
  changes: readonly Change[];
  /** Working hours in a working day, to show working-hour totals in days. */
  hoursPerDay: number;
  /** The base's working day where its calendar differs, for its side of a total; `hoursPerDay` when absent. */
  baseHoursPerDay?: number;
}

// Said once, above the changes, where the two sides' working days differ in length: every figure in days is in its
// own side's days, and a reader comparing them must know it.
const WORKING_DAY: Translated = {
  en: 'Working day: {before} h → {after} h (each side counted in its own)',
  vi: 'Ngày làm việc: {before} giờ → {after} giờ (mỗi bên tính theo ngày làm việc của mình)',
};

/** "Working day: 8 h → 7 h …" where the sides' working days differ; undefined where they are the same. */
export function workingDayLine(report: DiffReport, lang: Lang): string | undefined {
  const before = sideHoursPerDay(report, 'before');
  if (before === report.hoursPerDay) return undefined;
  return WORKING_DAY[lang]
    .replace('{before}', formatNumber(before, lang))
    .replace('{after}', formatNumber(report.hoursPerDay, lang));
}

/** The working day of one side of a report's changes. */
export function sideHoursPerDay(report: DiffReport, side: 'before' | 'after'): number {
  return side === 'before' ? (report.baseHoursPerDay ?? report.hoursPerDay) : report.hoursPerDay;
}

const KIND: Record<ChangeKind, Translated> = {
  'time-limit-changed': { en: 'Time limit', vi: 'Thời hạn giải quyết' },
  'total-changed': { en: 'Total time (critical path)', vi: 'Tổng thời gian (đường găng)' },
  'step-duration-changed': { en: 'Step duration', vi: 'Thời gian của bước' },
  'step-counted-changed': { en: 'Counted in the time limit', vi: 'Tính vào thời hạn' },
  'step-added': { en: 'Step added', vi: 'Thêm bước' },
  'step-removed': { en: 'Step removed', vi: 'Bỏ bước' },
  'step-body-changed': { en: 'Responsible body', vi: 'Đơn vị thực hiện' },
  'step-renamed': { en: 'Step renamed', vi: 'Đổi tên bước' },
  'flow-changed': { en: 'Next steps', vi: 'Bước tiếp theo' },
  'procedure-added': { en: 'Procedure added', vi: 'Thêm quy trình' },
  'procedure-removed': { en: 'Procedure removed', vi: 'Bỏ quy trình' },
  'revision-changed': { en: 'Revision', vi: 'Lần ban hành' },
  'revision-not-bumped': { en: 'Revision not recorded', vi: 'Chưa ghi nhận lần ban hành' },
  'fee-changed': { en: 'Fee', vi: 'Phí, lệ phí' },
  'dossier-changed': { en: 'Dossier', vi: 'Thành phần hồ sơ' },
  'legal-basis-changed': { en: 'Legal basis', vi: 'Căn cứ pháp lý' },
  'field-changed': { en: 'Changed', vi: 'Thay đổi' },
  'calendar-changed': { en: 'Office hours ({source})', vi: 'Giờ làm việc ({source})' },
};

const REASON: Record<ChangeReason, Translated> = {
  'limit-raised': {
    en: 'limit raised: applicants wait longer; check that the law allows it',
    vi: 'thời hạn tăng: người dân chờ lâu hơn; kiểm tra căn cứ pháp lý cho phép',
  },
  'case-limit-raised': {
    en: 'in the case "{case}" the limit rises from {caseBefore} to {caseAfter}: applicants in that case wait longer; check that the law allows it',
    vi: 'trường hợp {case}: thời hạn tăng từ {caseBefore} lên {caseAfter}, người dân trong trường hợp này chờ lâu hơn; kiểm tra căn cứ pháp lý cho phép',
  },
  'case-limit-lowered': {
    en: 'in the case "{case}" the limit falls from {caseBefore} to {caseAfter}',
    vi: 'trường hợp {case}: thời hạn giảm từ {caseBefore} xuống {caseAfter}',
  },
  'over-limit': { en: 'now over {limit}', vi: 'nay vượt {limit}' },
  'over-limit-grew': {
    en: 'already over {limit}, now over it by more',
    vi: 'đã vượt {limit} từ trước, nay vượt nhiều hơn',
  },
  'now-within': {
    en: 'shorter, now within {limit}',
    vi: 'ngắn hơn, nay trong {limit}',
  },
  'within-limit': {
    en: 'the steps are now within {limit}',
    vi: 'các bước nay trong {limit}',
  },
  'still-over-limit': {
    en: 'shorter, but still over {limit}',
    vi: 'ngắn hơn nhưng vẫn vượt {limit}',
  },
  longer: { en: 'longer', vi: 'dài hơn' },
  shorter: { en: 'shorter', vi: 'ngắn hơn' },
  'longer-in-days': {
    en: 'longer in working days, as the working day is shorter, though not in working hours',
    vi: 'dài hơn tính theo ngày làm việc do ngày làm việc ngắn lại, dù số giờ làm việc không tăng',
  },
  'shorter-in-days': {
    en: 'shorter in working days, as the working day is longer, though not in working hours',
    vi: 'ngắn hơn tính theo ngày làm việc do ngày làm việc dài ra, dù số giờ làm việc không giảm',
  },
  'same-time': { en: 'reworded, same time', vi: 'viết lại, cùng thời gian' },
  'total-same': {
    en: 'the total counted against the limit is the same',
    vi: 'tổng thời gian tính vào thời hạn không đổi',
  },
  'note-changed': {
    en: 'same time; the words that go with it changed',
    vi: 'cùng thời gian; nội dung ghi kèm thời gian thay đổi',
  },
  'hours-settled': {
    en: "the law's words changed from hours that may be on the clock (ending sooner than procmap counts them) to working time: check the legal basis",
    vi: 'văn bản đổi từ số giờ có thể là giờ tính liên tục (hết sớm hơn cách procmap tính) sang thời gian làm việc: kiểm tra căn cứ pháp lý',
  },
  'hours-opened': {
    en: "the law's words changed to hours that may be on the clock (ending sooner than procmap counts them): check the legal basis",
    vi: 'văn bản đổi sang số giờ có thể là giờ tính liên tục (hết sớm hơn cách procmap tính): kiểm tra căn cứ pháp lý',
  },
  'hours-contradict': {
    en: 'hours in brackets that are not these working days: procmap counts the days; check which the law says',
    vi: 'số giờ trong ngoặc không khớp số ngày làm việc: procmap tính theo ngày; kiểm tra văn bản ghi theo cách nào',
  },
  'not-comparable': {
    en: 'not comparable in working time (longer or shorter depending on the day of receipt, or no total in working time)',
    vi: 'không so sánh được theo thời gian làm việc (dài hay ngắn hơn tùy ngày tiếp nhận, hoặc không có tổng theo giờ làm việc)',
  },
  'calendar-decides': {
    en: "{revision} on the revision's working calendar, {base} on the base's: the calendar's change decides; check the law",
    vi: '{revision} theo lịch làm việc bản sửa, {base} theo lịch bản gốc: do lịch làm việc thay đổi; kiểm tra căn cứ pháp lý',
  },
  'cutoff-earlier': {
    en: 'dossiers received between the two hours now count from the next working day: a longer limit for them; check that the law allows it',
    vi: 'hồ sơ tiếp nhận trong khoảng giữa hai giờ này nay được tính từ ngày làm việc tiếp theo: thời hạn dài hơn cho các hồ sơ đó; kiểm tra căn cứ pháp lý cho phép',
  },
  'cutoff-later': {
    en: 'dossiers received between the two hours now count from the day of receipt: a shorter limit for them',
    vi: 'hồ sơ tiếp nhận trong khoảng giữa hai giờ này nay được tính từ ngày tiếp nhận: thời hạn ngắn hơn cho các hồ sơ đó',
  },
  'cutoff-added': {
    en: 'dossiers received after {after} now count from the next working day: a longer limit for them; check that the law allows it',
    vi: 'thêm giờ chốt: hồ sơ tiếp nhận sau {after} nay được tính từ ngày làm việc tiếp theo: thời hạn dài hơn cho các hồ sơ đó; kiểm tra căn cứ pháp lý cho phép',
  },
  'cutoff-removed': {
    en: 'cutoff removed: dossiers received after {before} now count from the day of receipt: a shorter limit for them',
    vi: 'bỏ giờ chốt: hồ sơ tiếp nhận sau {before} nay được tính từ ngày tiếp nhận: thời hạn ngắn hơn cho các hồ sơ đó',
  },
  'cutoff-moves-no-limit': {
    en: 'no due date changes: the time limit counts from the day of receipt whatever the hour',
    vi: 'không hạn nào thay đổi: thời hạn tính từ ngày tiếp nhận bất kể giờ nào',
  },
  'channel-removed': {
    en: 'removed: those who filed this way lose it; check that the law allows it',
    vi: 'bỏ: người dân nộp hồ sơ theo cách này không còn nộp được; kiểm tra căn cứ pháp lý cho phép',
  },
  'in-person-unlisted': {
    en: 'no longer listed: a procedure that lists no ways of filing is filed in person',
    vi: 'không còn ghi: quy trình không ghi cách thực hiện thì nộp trực tiếp',
  },
  added: { en: 'added', vi: 'thêm' },
  removed: { en: 'removed', vi: 'bỏ' },
  changed: { en: '', vi: '' },
  'id-changed': { en: 'same step, same name', vi: 'cùng bước, giữ nguyên tên' },
  spelling: { en: 'spelling fixed', vi: 'sửa chính tả' },
  wording: { en: 'wording only, no change of substance', vi: 'chỉ sửa chữ, nội dung không đổi' },
  order: {
    en: 'the steps are written in another order, which the document lists them in',
    vi: 'các bước được viết theo thứ tự khác, tài liệu liệt kê các bước theo thứ tự này',
  },
  'key-renamed': { en: 'same body, same name', vi: 'cùng đơn vị, giữ nguyên tên' },
  'body-renamed': {
    en: 'body renamed, in the {count} it does',
    vi: 'đổi tên đơn vị, ở cả {count} đơn vị thực hiện',
  },
  'id-case': { en: 'same step, its id in other letter case', vi: 'cùng bước, mã chỉ khác chữ hoa, chữ thường' },
  // Only a procedure's id is paired across Đ and D (respelledIds); a step's id holds no Đ.
  'id-spelling': { en: 'same procedure, its id spelled with Đ or D', vi: 'cùng quy trình, mã chỉ khác cách viết Đ, D' },
  'not-raised': {
    en: 'content changed but the revision did not rise',
    vi: 'nội dung thay đổi nhưng lần ban hành không tăng',
  },
  lowered: {
    en: 'the revision went down: an issue number never goes back; write the one after {before}',
    vi: 'lần ban hành giảm: số lần ban hành không lùi lại; hãy ghi lần ban hành tiếp theo sau lần {before}',
  },
  'no-history-entry': {
    en: 'history has no entry for revision {after}',
    vi: 'theo dõi sửa đổi chưa có mục cho lần ban hành {after}',
  },
};

const LEVEL: Record<ChangeLevel, Translated> = {
  breaking: { en: 'breaking', vi: 'nghiêm trọng' },
  warning: { en: 'warning', vi: 'cảnh báo' },
  info: { en: 'info', vi: 'thông tin' },
};

const WORDS = {
  en: {
    step: 'step',
    end: 'end of flow',
    none: '(none)',
    channel: 'Way of filing',
    channelFee: 'fee',
    channelBare: 'no time limit or fee of its own',
    notInHours: 'not counted in working hours',
    daysOff: 'the same office hours; days off or make-up days changed',
    aDay: 'working hours a day',
    // A list the procedure says it has none of, as the document prints it (`forms: Không`), not a list left out.
    emptyList: 'None',
    noChanges: 'No changes',
    changed: 'changed',
    procedure: 'procedure',
    procedures: 'procedures',
    body: 'body',
    singleWindow: 'single window',
    onSite: 'on site',
    yes: 'Yes',
    no: 'No',
  },
  vi: {
    step: 'bước',
    end: 'kết thúc',
    none: '(không có)',
    channel: 'Cách thực hiện',
    channelFee: 'phí, lệ phí:',
    channelBare: 'không có thời hạn, phí riêng',
    notInHours: 'không tính được theo giờ làm việc',
    daysOff: 'giờ làm việc như cũ; ngày nghỉ hoặc ngày làm bù thay đổi',
    aDay: 'giờ làm việc một ngày',
    emptyList: 'Không',
    noChanges: 'Không có thay đổi',
    changed: 'thay đổi',
    procedure: 'quy trình',
    procedures: 'quy trình',
    body: 'Đơn vị',
    singleWindow: 'bộ phận một cửa',
    onSite: 'làm việc tại Trung tâm',
    yes: 'Có',
    no: 'Không',
  },
} as const;

/** Fixed words of diff reports. */
export function diffWords(lang: Lang): (typeof WORDS)[Lang] {
  return WORDS[lang];
}

const COUNTED: Record<ChangeLevel, Translated> = {
  breaking: { en: 'breaking', vi: 'nghiêm trọng' },
  warning: { en: 'warnings', vi: 'cảnh báo' },
  info: { en: 'info', vi: 'thông tin' },
};

/** A change level in words. */
export function levelText(level: ChangeLevel, lang: Lang): string {
  return LEVEL[level][lang];
}

/** `3 warnings`, `1 breaking`: a count of changes at a level. */
export function levelCount(level: ChangeLevel, count: number, lang: Lang): string {
  return `${count} ${count === 1 ? LEVEL[level][lang] : COUNTED[level][lang]}`;
}

function days(value: number, lang: Lang): string {
  return lang === 'vi' ? 'ngày làm việc' : Math.abs(value) === 1 ? 'working day' : 'working days';
}

const REPEATED_KIND = / #\d+$/u;

/** The channel a change concerns as a whole (its field is `channels.<kind>`, as classify writes it); undefined otherwise. */
function channelOf(change: Change): ChannelKind | undefined {
  // A kind listed twice (online "một phần" and "toàn trình") is keyed `online #2` the second time.
  const kind = change.field?.startsWith('channels.')
    ? change.field.slice('channels.'.length).replace(REPEATED_KIND, '')
    : undefined;
  // The kinds are those CHANNEL_NAMES names, a table the compiler keeps complete for the model's ChannelKind.
  return kind !== undefined && Object.hasOwn(CHANNEL_NAMES.en, kind) ? (kind as ChannelKind) : undefined;
}

const TITLES: Record<'procedure' | 'step', Record<string, { title?: string; $ref?: string }>> = {
  procedure: schemaJson.properties,
  step: schemaJson.$defs.step.properties,
};

/** The schema's word for a field of a procedure or a step; undefined for a field it does not describe. */
function schemaField(field: string | null, of: 'procedure' | 'step'): { title?: string; $ref?: string } | undefined {
  return field !== null && Object.hasOwn(TITLES[of], field) ? TITLES[of][field] : undefined;
}

/**
 * A changed field as a report names it: in Vietnamese by the heading the schema gives it, with its key ("Điều kiện
 * thực hiện (conditions)"), for those who read the document rather than the file; in English, and for a field the
 * schema does not title (`channels.online`), by its key.
 */
function fieldName(field: string | null, of: 'procedure' | 'step', lang: Lang): string | null {
  // A body by its key: "Đơn vị TTPVHCC" / "body TTPVHCC".
  if (of === 'procedure' && field?.startsWith('bodies.')) return `${WORDS[lang].body} ${field.slice('bodies.'.length)}`;
  const channelField = of === 'procedure' ? channelFieldName(field, lang) : undefined;
  if (channelField !== undefined) return channelField;
  const title = schemaField(field, of)?.title;
  if (lang !== 'vi' || title === undefined) return field;
  // The schema's title glosses the heading in English ("Mã TTHC (national procedure code)"): the key replaces it.
  return `${title.replace(/\s*\([^()]*\)$/, '')} (${field})`;
}

// A field of one way of filing ("channels.postal.note") in words: a key path means nothing to who reads the document.
const CHANNEL_FIELD: Translated = { en: '{field} on filing {channel}', vi: '{field} của cách nộp {channel}' };

/** "Ghi chú của cách nộp qua dịch vụ bưu chính công ích" for `channels.postal.note`; undefined for another field. */
function channelFieldName(field: string | null, lang: Lang): string | undefined {
  const [top, repeated, own] = field?.split('.') ?? [];
  const kind = repeated?.replace(REPEATED_KIND, '');
  if (top !== 'channels' || kind === undefined || own === undefined || !Object.hasOwn(CHANNEL_NAMES.en, kind))
    return undefined;
  const properties: Record<string, { title?: string }> = schemaJson.$defs.channel.properties;
  const title = Object.hasOwn(properties, own) ? properties[own]!.title : undefined;
  // The schema's title is "Ghi chú (note)": the Vietnamese heading before the bracket, the English word inside it.
  const words =
    title === undefined
      ? own
      : lang === 'vi'
        ? title.replace(/\s*\([^()]*\)$/, '')
        : (/\(([^()]*)\)$/.exec(title)?.[1] ?? own);
  return CHANNEL_FIELD[lang]
    .replace('{field}', words.charAt(0).toUpperCase() + words.slice(1))
    .replace('{channel}', CHANNEL_NAMES[lang][kind as ChannelKind].toLowerCase());
}

/**
 * A field's value as the document prints it: a level by its name (Cấp xã), a flag as Có / Không, a date as
 * 15/10/2025; undefined for a value the document prints as written.
 */
function printedValue(field: string | null, of: 'procedure' | 'step', value: string, lang: Lang): string | undefined {
  if (of === 'procedure' && field === 'level' && Object.hasOwn(LEVEL_NAMES[lang].formal, value))
    return LEVEL_NAMES[lang].formal[value as keyof (typeof LEVEL_NAMES)[Lang]['formal']];
  const ref = schemaField(field, of)?.$ref;
  if (ref === '#/$defs/flag' && (value === 'true' || value === 'false'))
    return WORDS[lang][value === 'true' ? 'yes' : 'no'];
  const day = ref === '#/$defs/date' ? parseDay(value) : undefined;
  return day === undefined ? undefined : formatDmy(day);
}

// A step whose id alone changed: renumbered when only its number moved (B2 → B3), else given another id.
const NEW_ID: Record<'renumbered' | 'id', Translated> = {
  renumbered: { en: 'Step renumbered', vi: 'Đánh số lại bước' },
  id: { en: 'Step id changed', vi: 'Đổi mã bước' },
};

// A calendar change that leaves the office hours as they were: it moved days off or make-up days, not hours.
const DAYS_KIND: Translated = {
  en: 'Days off and make-up working days ({source})',
  vi: 'Ngày nghỉ, ngày làm bù ({source})',
};

// Where a calendar change was read from: the calendar file the configuration names, by its name, or the configuration.
const CONFIGURATION: Translated = { en: 'configuration', vi: 'tệp cấu hình' };

// A procedure the revision has where the base's file could not be read: not known to be new.
const UNREADABLE_BASE = {
  kind: { en: 'Base file could not be read', vi: 'Không đọc được tệp ở bản gốc' },
  reason: {
    en: 'not compared: the base file {file} could not be read ({problem}), so whether the procedure is new or changed is not known',
    vi: 'không so sánh được: tệp {file} ở bản gốc không đọc được ({problem}), nên không biết quy trình là mới hay đã sửa',
  },
} satisfies Record<string, Translated>;

// A base file read as a procedure, but whose flow or ids stop the comparison (a next step that does not exist): it was
// read, so "could not be read" is not true; none of its fields is compared, and the revision is judged as a new one.
const FAULTY_BASE = {
  kind: { en: 'Base file has errors', vi: 'Tệp ở bản gốc có lỗi' },
  reason: {
    en: 'not compared: the base file {file} has errors ({problem}), so nothing of the procedure is compared with the base; it is judged as a new one',
    vi: 'không so sánh được: tệp {file} ở bản gốc có lỗi ({problem}), nên không so sánh được gì của quy trình với bản gốc; quy trình được xét như quy trình mới',
  },
} satisfies Record<string, Translated>;

/** The words of a change's kind, a calendar change's with where it was read from. */
function kindWords(change: Change, kind: Translated, lang: Lang): string {
  return kind[lang].replace('{source}', () => change.calendarFile ?? CONFIGURATION[lang]);
}

/** The kind of a change in words; a step's new id is no new name. */
function kindText(change: Change, lang: Lang): string {
  if (change.unreadableBase !== undefined)
    return (change.unreadableBase.parsed ? FAULTY_BASE : UNREADABLE_BASE).kind[lang];
  if (change.kind === 'calendar-changed' && change.before === change.after) return kindWords(change, DAYS_KIND, lang);
  if (change.kind !== 'step-renamed' || (change.reason !== 'id-changed' && change.reason !== 'id-case'))
    return kindWords(change, KIND[change.kind], lang);
  const numbers = (id: string | null) => id?.replace(/\d+/g, '#');
  // Two forms of a step number (`B2` → `Bước 3`) are a step renumbered as much as `B2` → `B3`.
  const numbered = (id: string | null) => id !== null && officerStepNumber(id) !== undefined;
  const renumbered =
    numbers(change.before) === numbers(change.after) || (numbered(change.before) && numbered(change.after));
  return NEW_ID[renumbered ? 'renumbered' : 'id'][lang];
}

/**
 * What changed, in words: the kind, with the step and field it concerns. With `verb`, a report that says added,
 * removed or changed before it (import's), a field's change is named without the word "Changed" again.
 */
export function changeTitle(change: Change, lang: Lang, { verb = false }: { verb?: boolean } = {}): string {
  // "Thay đổi: " before what changed, unless the report's own verb already says it.
  const changed = (what: string) => (verb ? what : `${kindWords(change, KIND[change.kind], lang)}: ${what}`);
  // A channel's own limit or fee: "Time limit (Online)".
  const channel = channelOf(change);
  if (channel !== undefined && change.kind !== 'field-changed')
    return `${kindWords(change, KIND[change.kind], lang)} (${CHANNEL_NAMES[lang][channel]})`;
  // A way of filing added or removed as a whole: "Thay đổi: Cách thực hiện (Trực tuyến)".
  if (channel !== undefined) return changed(`${WORDS[lang].channel} (${CHANNEL_NAMES[lang][channel]})`);
  // The number of dossier sets is judged as the dossier is, but is not its list of papers: named by its own heading.
  const kind =
    change.kind === 'field-changed' && change.step === null
      ? changed(fieldName(change.field, 'procedure', lang) ?? '')
      : change.kind === 'dossier-changed' && change.field === 'dossier_count'
        ? lang === 'vi'
          ? 'Số lượng hồ sơ'
          : 'Number of dossier sets'
        : kindText(change, lang);
  // A step's field after the step: "Thay đổi (bước 2): Người thực hiện (role)".
  const field =
    change.step !== null && change.kind === 'field-changed' ? `: ${fieldName(change.field, 'step', lang)}` : '';
  if (change.step === null) return kind;
  // An id that already says "Bước 2" (or "Step 2") is not preceded by the word again.
  const step = stepName(change, lang);
  // "bước 2: Người thực hiện (role)" after the report's verb.
  if (verb && change.kind === 'field-changed') return `${step}${field}`;
  return `${kind} (${step})${field}`;
}

// A step's name in quotes, as the report names a step by the number the document shows and its name.
const STEP_SHOWN: Translated = { en: '{step} {number} "{name}"', vi: '{step} {number} «{name}»' };

/**
 * The step a change concerns as the document shows it: "bước 3 «Thẩm định hồ sơ»" (a step added, removed or renamed by
 * its number alone: its name is the value); by its id where the change does not say its number (import's), "bước B3", or
 * the id alone where it says "Bước 2" itself.
 */
function stepName(change: Change, lang: Lang): string {
  const shown = change.stepShown;
  // Nor a step renamed: its names are the value.
  const renamed = change.kind === 'step-renamed' && change.reason !== 'id-changed' && change.reason !== 'id-case';
  const named = change.kind !== 'step-added' && change.kind !== 'step-removed' && !renamed;
  if (shown !== undefined && !named) return `${WORDS[lang].step} ${shown.number}`;
  // A name that says its number itself ("Bước 1: Tiếp nhận …") is shown alone, not after the number again.
  if (shown !== undefined && /^(?:bước|buoc|step)\s*\d/iu.test(shown.name)) return shown.name;
  if (shown !== undefined)
    return STEP_SHOWN[lang]
      .replace('{step}', WORDS[lang].step)
      .replace('{number}', shown.number)
      .replace('{name}', shown.name);
  const id = change.step!;
  return /^(?:bước|buoc|step)(?!\p{L})/iu.test(id) ? id : `${WORDS[lang].step} ${id}`;
}

/** A top-level field of a procedure as a report names it: "Điều kiện thực hiện (conditions)", in English its key. */
export function procedureFieldName(field: string, lang: Lang): string {
  return fieldName(field, 'procedure', lang) ?? field;
}

// A limit as the reasons name it: a same-day limit is "the same-day time limit" in English, not "of same day".
const LIMIT_PHRASE = {
  of: { en: 'the time limit of {limit}', vi: 'thời hạn giải quyết {limit}' },
  sameday: { en: 'the same-day time limit', vi: 'thời hạn giải quyết {limit}' },
} satisfies Record<string, Translated>;

/** A limit as a reason names it: "the time limit of 5 working days", "the same-day time limit". */
function limitPhrase(value: string | null, lang: Lang): string {
  if (value === null) return '';
  const duration = parseDuration(value);
  // The next-day limit is "the time limit of the next working day", not the same day's.
  const kind = duration?.unit === 'sameday' && duration.nextDay === undefined ? 'sameday' : 'of';
  return LIMIT_PHRASE[kind][lang].replace('{limit}', durationWords(value, lang));
}

/** A limit in words, its hours marked with procmap's reading where the law leaves them open ("24 giờ"). */
function durationWords(value: string, lang: Lang): string {
  const duration = parseDuration(value);
  return duration ? limitWords(duration, value, lang, { note: false, head: durationHead(duration, lang) }) : value;
}

/** Whether a limit's file words are a bare "30 ngày", which procmap reads as calendar days. */
function bareLimitDays(duration: Duration, written: string): boolean {
  const reading = readDuration(written);
  return reading.ok && reading.bare && duration.unit === 'cd';
}

/** Hours as the rest of a diff report words them (diffTime); undefined for a duration in another unit. */
function durationHead(duration: Duration, lang: Lang): string | undefined {
  return duration.unit === 'h' ? formatDuration(duration, lang) : undefined;
}

/**
 * A duration in words with the words written with it: "5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", procmap's
 * reading, unquoted; in English procmap's reading, then the file's own words (`written`) quoted whole, as `time` quotes
 * them. A limit's hours the law leaves open ("24 giờ") are marked with procmap's reading.
 */
function durationWithNote(value: string, lang: Lang, step: boolean, written?: string | null): string {
  const duration = parseDuration(value);
  if (!duration) return value;
  const head = durationHead(duration, lang);
  // Only the file's words go in quotes: procmap's short form rebuilt into Vietnamese ("10 ngày làm việc …" for "Không
  // quá 10 ngày làm việc …", "Trong ngày (…)" for "Ngay trong ngày làm việc; …") is a reading, not the law's words.
  // A limit's own words where the file's are at hand: "30 ngày — procmap tính là 30 ngày lịch; …", never procmap's
  // reading ("30 ngày (lịch)", "30 calendar days") as if the base had said it.
  if (!step && written && bareLimitDays(duration, written))
    // The reading in brackets: after a dash it would run on into the report's arrow.
    return lawLimitWords(duration, written, lang, { head }).replace(/ — (.*)$/u, ' ($1)');
  if (lang !== 'vi' && written) return limitWords(duration, written, lang, { step, head });
  return limitWords(duration, value, lang, { step, head, canonical: true });
}

// A procedure's id in other letter case: the reason's words say procedure where a step's say step.
/**
 * A procedure removed and one added under one title: the other's id, and what to write if the id was a slip; short,
 * so that the Markdown note keeps it whole (its file is in JSON, and on the other's header line of the text report).
 */
const SAME_TITLE = {
  'procedure-removed': {
    en: 'same title as {id}, added: if the id was changed by mistake, write {old} again',
    vi: 'cùng tên với {id} thêm mới: nếu mã hiệu bị đổi nhầm, hãy ghi lại mã {old}',
  },
  'procedure-added': {
    en: 'same title as {id}, removed: if the id was changed by mistake, write {id} again',
    vi: 'cùng tên với {id} bị bỏ: nếu mã hiệu bị đổi nhầm, hãy ghi lại mã {id}',
  },
} as const;

const PROCEDURE_ID_CASE: Translated = {
  en: 'same procedure, its id in other letter case',
  vi: 'cùng quy trình, mã chỉ khác chữ hoa, chữ thường',
};

// What each unit of a limit counts, for two limits no count compares: the reviewer sees why neither is longer.
const COUNTED_IN: Record<Duration['unit'], Translated> = {
  h: { en: 'working hours', vi: 'giờ làm việc' },
  d: { en: 'working days', vi: 'ngày làm việc' },
  cd: { en: 'calendar days', vi: 'ngày lịch' },
  month: { en: 'months', vi: 'tháng' },
  sameday: { en: 'the same day', vi: 'trong ngày' },
};

const UNITS_DIFFER: Translated = {
  en: '{before} against {after}: longer for some days of receipt, shorter for others',
  vi: '{before} so với {after}: dài hơn với một số ngày tiếp nhận, ngắn hơn với ngày khác',
};

// The same with how often, where the diff counted it: which of the two is longer on most days is the reviewer's question.
const UNITS_DIFFER_ON_DAYS: Translated = {
  en: '{before} against {after}: the new limit is longer for receipts on {longer} of {days} working days, shorter on {shorter}',
  vi: '{before} so với {after}: thời hạn mới dài hơn với hồ sơ tiếp nhận vào {longer}/{days} ngày làm việc, ngắn hơn với {shorter}/{days} ngày',
};

/** Why two limits are not comparable when they are in different units ("5 working days → 5 calendar days"); else undefined. */
function unitsDiffer(change: Change, lang: Lang): string | undefined {
  if (change.kind !== 'time-limit-changed' || change.reason !== 'not-comparable') return undefined;
  const before = change.before === null ? undefined : parseDuration(change.before);
  const after = change.after === null ? undefined : parseDuration(change.after);
  if (!before || !after || before.unit === after.unit) return undefined;
  const { shares } = change;
  return (shares === undefined ? UNITS_DIFFER : UNITS_DIFFER_ON_DAYS)[lang]
    .replace('{before}', COUNTED_IN[before.unit][lang])
    .replace('{after}', COUNTED_IN[after.unit][lang])
    .replace('{longer}', String(shares?.longer))
    .replace('{shorter}', String(shares?.shorter))
    .replaceAll('{days}', String(shares?.days));
}

// How a limit's change reads on one calendar, for calendar-decides: by its sign, null where the dates disagree.
const ORDER_WORDS: Readonly<Record<string, Translated>> = {
  '1': { en: 'longer', vi: 'dài hơn' },
  '-1': { en: 'shorter', vi: 'ngắn hơn' },
  '0': { en: 'the same', vi: 'như cũ' },
  null: {
    en: 'longer for some days of receipt, shorter for others',
    vi: 'dài hơn với một số ngày tiếp nhận, ngắn hơn với ngày khác',
  },
};

// The overrun before and after, after the words of over-limit-grew.
const OVERRUN: Translated = { en: ': by {before} before, {after} now', vi: ': trước vượt {before}, nay vượt {after}' };

// An overrun that grew from one limit to another (5 working days, then the same day): each named where it held.
const GREW_ACROSS: Translated = {
  en: 'already over {before} before, now over {limit} by more',
  vi: 'đã vượt {before} từ trước, nay vượt {limit} nhiều hơn',
};

// How far the steps are over a limit on one side: in working time, or in lint's figures where dates decide it.
const SIDE = {
  time: { en: 'by {time}', vi: 'vượt {time}' },
  dates: {
    en: 'late for receipts on {days} of {open} working days, at worst by {worst}',
    vi: 'trễ hạn với hồ sơ tiếp nhận vào {days}/{open} ngày làm việc, chậm nhất muộn {worst}',
  },
  // After "now over the time limit of …": by how much, as lint says it at the revision.
  now: { en: ' by {time}', vi: ' là {time}' },
  sides: { en: ': before, {before}; now, {after}', vi: ': trước {before}, nay {after}' },
} satisfies Record<string, Translated>;

// An overrun of a limit that dates decide, in lint's figures on each side, then which of them grew and which shrank:
// one may grow while the other shrinks, and "over it by more" alone hid which.
const ON_DATES = {
  head: { en: 'already over {limit}', vi: 'đã vượt {limit} từ trước' },
  sides: {
    en: ': before, late for receipts on {beforeDays} of {beforeOpen} working days, at worst by {beforeWorst}; now on {afterDays} of {afterOpen}, at worst by {afterWorst}',
    vi: ': trước trễ hạn với hồ sơ tiếp nhận vào {beforeDays}/{beforeOpen} ngày làm việc, chậm nhất muộn {beforeWorst}; nay {afterDays}/{afterOpen} ngày, chậm nhất muộn {afterWorst}',
  },
  days: {
    '1': { en: 'late on a larger share of days', vi: 'tỉ lệ ngày trễ hạn tăng' },
    '0': { en: 'late on the same share of days', vi: 'tỉ lệ ngày trễ hạn như cũ' },
    '-1': { en: 'late on a smaller share of days', vi: 'tỉ lệ ngày trễ hạn giảm' },
  },
  worst: {
    '1': { en: 'later at worst', vi: 'chậm nhất muộn hơn' },
    '0': { en: 'as late at worst', vi: 'chậm nhất muộn như cũ' },
    '-1': { en: 'less late at worst', vi: 'chậm nhất muộn ít hơn' },
  },
} satisfies Record<string, Translated | Record<string, Translated>>;

/** An amount of working time over a limit, on the working day of its side. */
interface Over {
  hours: number;
  hoursPerDay: number;
  /** The worst lateness of a sweep (to the minute), worded in days and hours as lint words it. */
  onDates: boolean;
}

/** How far one side's steps are over its limit: the overrun in working time, or the worst lateness where dates decide. */
function overOf(side: SideOverrun): Over {
  return 'time' in side
    ? { hours: side.time.hours, hoursPerDay: side.hoursPerDay, onDates: false }
    : { hours: side.dates.worst / 60, hoursPerDay: side.hoursPerDay, onDates: true };
}

/**
 * An overrun as lint words it for the same procedure: "1,25 ngày làm việc (10 giờ)", "2 giờ 30 phút làm việc"; the
 * worst lateness on dates in days and hours, "1 ngày 7 giờ 59 phút làm việc", as lint's within-time-limit says it.
 */
function overText({ hours, hoursPerDay, onDates }: Over, lang: Lang): string {
  return onDates ? formatOverrun(hours, hoursPerDay, lang) : formatWorkingTime(hours, hoursPerDay, lang);
}

/**
 * Two overruns of one sentence, each as lint words it where it words both alike or one is a lateness on dates of a day
 * or more, else both in hours: "0,25 ngày làm việc (2 giờ)" beside "3 giờ làm việc" reads as two kinds of time.
 */
function overPair(before: Over, after: Over, lang: Lang): [string, string] {
  const hoursAlone = (over: Over) => readsInHoursAlone(over.hours, over.hoursPerDay);
  // A worst lateness on dates of a day or more is in lint's days and hours ("6 ngày 1 giờ 59 phút làm việc"), the other
  // side as lint says it too: both then have days, and neither is "49 giờ 59 phút" that the reader must divide.
  const inDays = (over: Over) => over.onDates && over.hours >= over.hoursPerDay;
  if ((before.onDates && after.onDates) || inDays(before) || inDays(after))
    return [overText(before, lang), overText(after, lang)];
  if (hoursAlone(before) === hoursAlone(after)) return [overText(before, lang), overText(after, lang)];
  return [hoursOnly(before.hours, lang), hoursOnly(after.hours, lang)];
}

/** One side's overrun in words: "by 1 working hour", or lint's late days and worst lateness where dates decide. */
function sideWords(side: SideOverrun, lang: Lang, over = overText(overOf(side), lang)): string {
  if ('time' in side) return SIDE.time[lang].replace('{time}', over);
  return SIDE.dates[lang]
    .replace('{days}', String(side.dates.overDays))
    .replace('{open}', String(side.dates.openDays))
    .replace('{worst}', over);
}

/** Which figures of an overrun grew and which shrank: ": late on a larger share of days, less late at worst". */
function movesWords(before: SideOverrun, after: SideOverrun, lang: Lang): string {
  const moves = overrunMoves(before, after);
  return `: ${ON_DATES.days[String(moves.days) as '0'][lang]}, ${ON_DATES.worst[String(moves.worst) as '0'][lang]}`;
}

/** Over-limit-grew against a limit that dates decide on both sides: both sides' figures, which grew or shrank. */
function onDatesText(head: string, before: SideOverrun, after: SideOverrun, lang: Lang): string {
  if (!('dates' in before) || !('dates' in after)) return head;
  const [beforeWorst, afterWorst] = overPair(overOf(before), overOf(after), lang);
  const sides = ON_DATES.sides[lang]
    .replace('{beforeDays}', String(before.dates.overDays))
    .replace('{beforeOpen}', String(before.dates.openDays))
    .replace('{beforeWorst}', beforeWorst)
    .replace('{afterDays}', String(after.dates.overDays))
    .replace('{afterOpen}', String(after.dates.openDays))
    .replace('{afterWorst}', afterWorst);
  return `${head}${sides}${movesWords(before, after, lang)}`;
}

/**
 * The words of an overrun that grew, with how far the steps were over before and are now: in working time on both
 * sides, in lint's figures on both, or one of each where the limit changed unit (1 working day, then the same day),
 * each limit named where the two differ; the two overruns worded one way (overPair).
 */
function grewText(change: Change, { before, after }: Overrun & { before: SideOverrun }, words: string, lang: Lang) {
  const sameLimit = before.limit === after.limit;
  const limit = (text: string | null) => limitPhrase(text, lang);
  const across = GREW_ACROSS[lang].replace('{before}', limit(before.limit)).replace('{limit}', limit(change.limit));
  if ('dates' in before && 'dates' in after) {
    const head = sameLimit ? ON_DATES.head[lang].replace('{limit}', limit(change.limit)) : across;
    return onDatesText(head, before, after, lang);
  }
  const head = sameLimit ? words : across;
  const [was, now] = overPair(overOf(before), overOf(after), lang);
  if ('time' in before && 'time' in after)
    return `${head}${OVERRUN[lang].replace('{before}', was).replace('{after}', now)}`;
  const sides = SIDE.sides[lang]
    .replace('{before}', sideWords(before, lang, was))
    .replace('{after}', sideWords(after, lang, now));
  return `${head}${sides}${movesWords(before, after, lang)}`;
}

/** The words of a change that put the steps over a limit, with by how much, as lint says it at the revision. */
function nowOverText(words: string, after: SideOverrun, lang: Lang): string {
  if ('time' in after) return `${words}${SIDE.now[lang].replace('{time}', overText(overOf(after), lang))}`;
  return `${words}: ${sideWords(after, lang)}`;
}

// A limit written another way for the same time ("1 năm" → "12 tháng"): a reviewer reads the law's limit, not a time.
const SAME_LIMIT = { en: 'reworded, same time limit', vi: 'viết lại, cùng thời hạn' } as const;

// A step counted in the limit or left out of it: the flag in the document's words, and the total it moves.
const COUNTED_FLAG: Record<'true' | 'false', Translated> = {
  true: { en: 'counted in the time limit', vi: 'tính vào thời hạn' },
  false: { en: 'not counted in the time limit', vi: 'không tính vào thời hạn' },
};
const COUNTED_TOTAL = {
  moved: {
    en: 'total counted against the time limit {before} → {after}',
    vi: 'tổng thời gian tính vào thời hạn {before} → {after}',
  },
  same: {
    en: 'total counted against the time limit still {after}',
    vi: 'tổng thời gian tính vào thời hạn vẫn là {after}',
  },
} satisfies Record<string, Translated>;

/** The working day of each side of a report: a total is in its own side's days. */
export interface SideDays {
  before: number;
  after: number;
}

/**
 * "tổng thời gian tính vào thời hạn 10 ngày làm việc (80 giờ) → 8 ngày làm việc (64 giờ)" for a step counted or left
 * out that carries the total; undefined for any other change.
 */
function countedTotal(change: Change, lang: Lang, days: SideDays): string | undefined {
  const { total } = change;
  if (change.kind !== 'step-counted-changed' || total === undefined) return undefined;
  const side = (value: string | null, hoursPerDay: number) =>
    value === null ? WORDS[lang].notInHours : totalTime(change, Number(value.replace(/h$/, '')), hoursPerDay, lang);
  const after = side(total.after, days.after);
  if (total.before === total.after) return COUNTED_TOTAL.same[lang].replace('{after}', after);
  return COUNTED_TOTAL.moved[lang].replace('{before}', side(total.before, days.before)).replace('{after}', after);
}

/**
 * Why the change has its level, in words; '' when the kind says it all. `days`, each side's working day, words the
 * total a step counted or left out moves.
 */
export function reasonText(
  change: Change,
  lang: Lang,
  days: SideDays = { before: DEFAULT_HOURS_PER_DAY, after: DEFAULT_HOURS_PER_DAY },
): string {
  const unreadable = change.unreadableBase;
  const total = countedTotal(change, lang, days);
  if (total !== undefined) {
    // The total says it all where it stayed; else the judgement of its change follows it, as total-changed's would.
    const judged = change.reason === 'total-same' ? '' : judgedReason(change, lang);
    return judged === '' ? total : `${total}; ${judged}`;
  }
  if (unreadable === undefined) return withSameTitle(change, lang, judgedReason(change, lang));
  const words = (unreadable.parsed ? FAULTY_BASE : UNREADABLE_BASE).reason[lang];
  const why = words.replace('{file}', unreadable.file).replace('{problem}', unreadable.problem);
  // A new procedure already over its limit says that too: the revision is judged as any new one.
  const judged = judgedReason(change, lang);
  return judged === '' ? why : `${why}; ${judged}`;
}

/** A reason followed by the procedure removed or added under the same title, where there is one. */
function withSameTitle(change: Change, lang: Lang, reason: string): string {
  const same = change.sameTitle;
  if (same === undefined || (change.kind !== 'procedure-removed' && change.kind !== 'procedure-added')) return reason;
  const words = fill(SAME_TITLE[change.kind][lang], { id: same.id, old: change.procedure });
  return reason === '' ? words : `${reason}; ${words}`;
}

/** A number of steps in words: "1 step", "2 steps", "2 bước". */
const stepCount = (count: number, lang: Lang) =>
  lang === 'vi' ? `${count} bước` : `${count} ${count === 1 ? 'step' : 'steps'}`;

/** Why the change has its level, from its kind and reason alone. */
function judgedReason(change: Change, lang: Lang): string {
  // "Procedure added" says "added"; a new procedure already over its limit says why it is breaking.
  const said = change.reason === 'added' || change.reason === 'removed';
  if (said && (change.kind.endsWith('-added') || change.kind.endsWith('-removed'))) return '';
  if (change.reason === 'id-case' && change.step === null) return PROCEDURE_ID_CASE[lang];
  const units = unitsDiffer(change, lang);
  if (units !== undefined) return units;
  if (change.reason === 'same-time' && change.kind === 'time-limit-changed') return SAME_LIMIT[lang];
  const words = REASON[change.reason][lang]
    .replace('{limit}', limitPhrase(change.limit, lang))
    .replace('{after}', change.after ?? '')
    .replace('{before}', change.before ?? '')
    .replace('{count}', stepCount(change.renamedIn ?? 0, lang));
  const { limitCase } = change;
  if (limitCase !== undefined)
    return words
      .replace('{case}', limitCase.words)
      .replace('{caseBefore}', durationWords(limitCase.before, lang))
      .replace('{caseAfter}', durationWords(limitCase.after, lang));
  if (change.orders !== undefined)
    return words
      .replace('{revision}', ORDER_WORDS[String(change.orders.revision)]![lang])
      .replace('{base}', ORDER_WORDS[String(change.orders.base)]![lang]);
  const { overrun } = change;
  if (overrun === undefined) return words;
  if (change.reason === 'over-limit') return nowOverText(words, overrun.after, lang);
  if (change.reason === 'over-limit-grew' && overrun.before !== null)
    return grewText(change, { before: overrun.before, after: overrun.after }, words, lang);
  return words;
}

/** Working time as every figure of a diff report words it: whole hours, else hours and minutes ("1 giờ 45 phút"). */
function diffTime(hours: number, hoursPerDay: number, lang: Lang, days?: number): string {
  return formatWorkingTime(hours, hoursPerDay, lang, days ?? round2(hours / hoursPerDay));
}

/** A total or its difference as `time` words it: in hours against a limit in hours or same-day, else as diffTime. */
function totalTime(change: Change, hours: number, hoursPerDay: number, lang: Lang): string {
  return change.hoursAgainst ? hoursOnly(hours, lang) : diffTime(hours, hoursPerDay, lang);
}

/** A dossier item or a way of filing in the reader's words: "01 bản chính, 01 bản sao", "phí, lệ phí: 25.000 đồng". */
function sideText(items: ItemSides, side: 'before' | 'after', lang: Lang): string | null {
  if (items.of === 'dossier') {
    const item = items[side];
    if (item === null) return null;
    const details = [item.case, quantityText(item, lang, false, items.split[side]), item.form].filter(
      (x) => x !== undefined && x !== null && x !== '',
    );
    return details.length > 0 ? `${item.name} (${details.join('; ')})` : item.name;
  }
  const channel = items[side];
  if (channel === null) return null;
  const { time_limit: limit, fee, note } = channel;
  const details = [
    limit !== undefined && durationWords(limit, lang),
    fee !== undefined && (feeNamesItself(String(fee)) ? String(fee) : `${WORDS[lang].channelFee} ${fee}`),
    note,
  ].filter((x) => x !== undefined && x !== '' && x !== false);
  // The title names the channel already ("Cách thực hiện (Trực tiếp)"): its name again as the value says nothing.
  return details.length > 0 ? details.join('; ') : WORDS[lang].channelBare;
}

/**
 * A before or after value for people: durations and totals in the language's units, the end of a flow in words; a
 * text of several lines (a `fee: |` block, a fee list of a line per payer) on one, its lines joined by "; " as lists are.
 */
export function valueText(change: Change, side: 'before' | 'after', lang: Lang, hoursPerDay: number): string {
  return joinedLines(valueWords(change, side, lang, hoursPerDay));
}

// A line that ends with its own separator (";", ",", ":", ".") needs no other before the next one.
const ENDS_SEPARATED = /[;,:.]$/u;

/** Lines on one, joined by "; ": a report's change is one line, and a space would run two amounts together. */
function joinedLines(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.reduce((out, line) => (out === '' ? line : `${out}${ENDS_SEPARATED.test(out) ? ' ' : '; '}${line}`), '');
}

function valueWords(change: Change, side: 'before' | 'after', lang: Lang, hoursPerDay: number): string {
  const value = change[side];
  // A total is missing on one side when a step or the flow cannot be counted in working hours there.
  if (change.kind === 'total-changed')
    return value === null
      ? WORDS[lang].notInHours
      : totalTime(change, Number(value.replace(/h$/, '')), hoursPerDay, lang);
  if (value === null) return WORDS[lang].none;
  if (change.kind === 'step-counted-changed' && (value === 'true' || value === 'false'))
    return COUNTED_FLAG[value][lang];
  // A step renumbered by the numbers the document shows (2 → 3), which it prints, not by ids, which it does not.
  const was = change.stepShown?.was;
  if (change.kind === 'step-renamed' && was !== undefined) return side === 'before' ? was : change.stepShown!.number;
  if (change.kind === 'calendar-changed') {
    // The days off and make-up days by their dates; after the office hours where those changed too.
    const days = change.days === undefined ? undefined : dayChangesText(change.days, lang);
    if (change.before === change.after) return days ?? WORDS[lang].daysOff;
    const hours = value.replace(
      / \((\d+(?:\.\d+)?)h\)$/,
      (_, hours: string) => ` (${hours.replace('.', lang === 'vi' ? ',' : '.')} ${WORDS[lang].aDay})`,
    );
    return side === 'after' && days !== undefined ? `${hours}; ${days}` : hours;
  }
  if (change.kind === 'time-limit-changed' || change.kind === 'step-duration-changed') {
    // Two ways of writing one time ("5d", "5 ngày làm việc") read the same in words: show each as written instead.
    // The words written with the time count: "5d" and "5d kể từ …" differ by them, and each reads in words.
    const step = change.kind === 'step-duration-changed';
    // Hours in brackets that contradict the days are what the reviewer must see: procmap's reading drops them.
    const same =
      change.sameReading === true ||
      change.reason === 'hours-contradict' ||
      (change.before !== null &&
        change.after !== null &&
        durationWithNote(change.before, lang, step) === durationWithNote(change.after, lang, step));
    return same ? value : durationWithNote(value, lang, step, change.written?.[side]);
  }
  if (change.kind === 'flow-changed' && value === '[]') return WORDS[lang].end;
  // A dossier item or a whole way of filing: its counts, limit and fee in words.
  if (change.items) return sideText(change.items, side, lang) ?? value;
  if (change.kind === 'field-changed') {
    // A list (the legal basis, the conditions, the forms…) as its items; one the procedure says is empty as the
    // document prints it, "Không".
    const items = listItems(value);
    if (items) return items.length === 0 ? WORDS[lang].emptyList : items.join('; ');
    if (change.field?.startsWith('bodies.')) return bodyText(value, lang) ?? value;
    if (change.field === 'signoff' && change.step === null) return signoffText(value, lang) ?? plainWords(value, lang);
    return (
      printedValue(change.field, change.step === null ? 'procedure' : 'step', value, lang) ?? plainWords(value, lang)
    );
  }
  return plainWords(value, lang);
}

/** A value parsed from the JSON the diff holds it as; undefined for a value that is plain text. */
function parsedValue(value: string): unknown {
  if (!value.startsWith('{') && !value.startsWith('[')) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * Who signs the document, as its sign-off table prints it: "Người soạn thảo: Nguyễn Thị Thu Hà (Công chức Tư pháp);
 * Người kiểm tra: …"; undefined for a value of another shape.
 */
function signoffText(value: string, lang: Lang): string | undefined {
  const signoff = parsedValue(value);
  if (signoff === null || typeof signoff !== 'object' || Array.isArray(signoff)) return undefined;
  const roles: Record<string, { title?: string }> = schemaJson.properties.signoff.properties;
  const lines = Object.entries(signoff as Record<string, unknown>).map(([role, signer]) => {
    const title = Object.hasOwn(roles, role) ? roles[role]!.title : undefined;
    // "Người soạn thảo (prepared by)": the Vietnamese before the bracket, the English inside it.
    const english = title && /\(([^()]*)\)$/.exec(title)?.[1];
    const named =
      lang === 'vi' && title
        ? title.replace(/\s*\([^()]*\)$/, '')
        : english
          ? english[0]!.toUpperCase() + english.slice(1)
          : role;
    return `${named}: ${signerText(signer, lang)}`;
  });
  return lines.length > 0 ? lines.join('; ') : WORDS[lang].none;
}

/** A signer by name, with the role in brackets: "Trần Quốc Hưng (Chủ tịch UBND phường)". */
function signerText(signer: unknown, lang: Lang): string {
  if (typeof signer === 'string') return signer;
  if (signer === null || typeof signer !== 'object') return String(signer);
  const { name, title } = signer as { name?: unknown; title?: unknown };
  if (typeof name !== 'string') return wordsOf(signer, lang);
  return typeof title === 'string' && title !== '' ? `${name} (${title})` : name;
}

/**
 * Any value the diff holds as JSON, in words: a list's items joined by "; ", an object's values by ", " (a name first),
 * never braces, quotes or keys, which a reviewer reading the document would not recognise; plain text as it is.
 */
function plainWords(value: string, lang: Lang): string {
  const parsed = parsedValue(value);
  return parsed === undefined ? value : wordsOf(parsed, lang);
}

/** A parsed value in words (plainWords); a way of filing by its name ("Trực tuyến"), not its key. */
function wordsOf(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '';
  const words = (item: unknown) => wordsOf(item, lang);
  if (Array.isArray(value))
    return value
      .map(words)
      .filter((item) => item !== '')
      .join('; ');
  if (typeof value !== 'object') return String(value);
  const { name, kind, ...rest } = value as Record<string, unknown>;
  const channel = typeof kind === 'string' && Object.hasOwn(CHANNEL_NAMES[lang], kind);
  const head = channel ? CHANNEL_NAMES[lang][kind as ChannelKind] : name === undefined ? undefined : words(name);
  const others = [...(channel || kind === undefined ? [] : [kind]), ...Object.values(rest)]
    .map(words)
    .filter((item) => item !== '');
  if (head === undefined) return others.join(', ');
  return others.length > 0 ? `${head} (${others.join(', ')})` : head;
}

// Each list of days a calendar change opens or closes, named by what the day became.
const DAY_LISTS: Record<keyof CalendarDayChanges, Translated> = {
  holidaysAdded: { en: 'days off added', vi: 'thêm ngày nghỉ' },
  holidaysRemoved: { en: 'days off removed', vi: 'bỏ ngày nghỉ' },
  workdaysAdded: { en: 'make-up working days added', vi: 'thêm ngày làm bù' },
  workdaysRemoved: { en: 'make-up working days removed', vi: 'bỏ ngày làm bù' },
};

// Dates named in a list before the rest are counted: a calendar without Vietnam's holidays changes dozens.
const MAX_DAYS = 10;

/** "thêm ngày nghỉ 02/06/2026, 03/06/2026; thêm ngày làm bù 06/06/2026"; undefined where no day changed. */
function dayChangesText(days: CalendarDayChanges, lang: Lang): string | undefined {
  const lists = (Object.keys(DAY_LISTS) as (keyof CalendarDayChanges)[]).flatMap((list) => {
    const dates = days[list].map((day) => formatDmy(parseDay(day)!));
    if (dates.length === 0) return [];
    const more = dates.length - MAX_DAYS;
    const rest = more > 0 ? (lang === 'vi' ? ` và ${more} ngày khác` : ` and ${more} more`) : '';
    return [`${DAY_LISTS[list][lang]} ${dates.slice(0, MAX_DAYS).join(', ')}${rest}`];
  });
  return lists.length > 0 ? lists.join('; ') : undefined;
}

/** Whether a change shows a value on each side: both exist, or a total that one side cannot count in working hours. */
export function hasBothSides(change: Change): boolean {
  // Office hours the same on both sides: only the days off changed, said once.
  if (change.kind === 'calendar-changed') return change.before !== change.after;
  return (change.before !== null && change.after !== null) || change.kind === 'total-changed';
}

// Characters of what is the same kept on each side of a difference, so that it reads in its sentence.
const CONTEXT = 30;

/**
 * Two values on one line each, cut to `max` characters around where they differ: a fee changed at the end of a long
 * text shows that end on both sides ("… thu thêm 5.000 đồng" → "… thu thêm 10.000 đồng"), not the same beginning twice.
 */
export function clipPair(before: string, after: string, max: number): [string, string] {
  const [b, a] = [before, after].map((text) => text.replace(/\s+/g, ' ').trim()) as [string, string];
  const clip = (text: string) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  if (b.length <= max && a.length <= max) return [b, a];
  let head = 0;
  while (head < b.length && head < a.length && b[head] === a[head]) head++;
  let tail = 0;
  while (tail < b.length - head && tail < a.length - head && b[b.length - 1 - tail] === a[a.length - 1 - tail]) tail++;
  const around = (text: string) => {
    // Whole words either side: the context starts after a space and ends before one.
    const start = Math.max(0, head - CONTEXT);
    const space = text.indexOf(' ', start);
    const from = start === 0 || space < 0 || space >= head ? start : space + 1;
    const end = Math.min(text.length, text.length - tail + CONTEXT);
    const last = text.lastIndexOf(' ', end);
    const to = end === text.length || last <= text.length - tail ? end : last;
    return clip(`${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`);
  };
  return [around(b), around(a)];
}

/**
 * The items of a value the diff holds as a JSON list, each as a document prints it: a text as written, a form as
 * `Mẫu 01 - Tờ khai`, a definition as `term: meaning`, a named item with its other facts in brackets; undefined for
 * any other value, or a list with an item of another shape.
 */
function listItems(value: string): string[] | undefined {
  if (!value.startsWith('[')) return undefined;
  let list: unknown;
  try {
    list = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!Array.isArray(list)) return undefined;
  const items = list.map(itemText);
  return items.every((item) => item !== undefined) ? items : undefined;
}

/** A body as people read it: its name, and what its flags say in brackets; undefined for a value of another shape. */
function bodyText(value: string, lang: Lang): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (body === null || typeof body !== 'object' || typeof (body as { name?: unknown }).name !== 'string')
    return undefined;
  const { name, single_window, on_site } = body as { name: string; single_window?: boolean; on_site?: boolean };
  const flags = [single_window && WORDS[lang].singleWindow, on_site && WORDS[lang].onSite].filter(Boolean);
  return flags.length > 0 ? `${name} (${flags.join(', ')})` : name;
}

function itemText(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const { code, name, term, meaning, ...rest } = item as Record<string, unknown>;
  if (typeof term === 'string' && typeof meaning === 'string' && name === undefined) return `${term}: ${meaning}`;
  if (typeof name !== 'string') return undefined;
  const others = Object.values(rest).filter((v) => typeof v === 'string' || typeof v === 'number');
  return `${typeof code === 'string' ? `${code} - ` : ''}${name}${others.length > 0 ? ` (${others.join(', ')})` : ''}`;
}

/**
 * A signed working-time difference: `+2 working days (+16 h)`, `+1 working hour` (less than a day, as
 * formatWorkingTime words it), or in the limits' own date unit (`+1 tháng`); '' when there is none or the time is the
 * same.
 */
export function deltaText(change: Change, lang: Lang, hoursPerDay: number, baseHoursPerDay = hoursPerDay): string {
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '-' : '±');
  // The same time reworded, or with other words beside it: a change of "±0" reads as a figure to check, which it is not.
  // A case's own limit moved, not the general one: the case's words say by how much.
  if (change.reason === 'same-time' || change.reason === 'note-changed' || change.limitCase !== undefined) return '';
  // A step counted or left out off the critical path moved no total: the reason says it stayed.
  if (change.reason === 'total-same') return '';
  if (change.delta === null) {
    // Two limits in the same date unit have no working-time difference, but a difference in that unit: +1 tháng.
    if (change.kind !== 'time-limit-changed' && change.kind !== 'step-duration-changed') return '';
    const before = change.before === null ? undefined : parseDuration(change.before);
    const after = change.after === null ? undefined : parseDuration(change.after);
    if (!before || !after || before.unit !== after.unit || (before.unit !== 'cd' && before.unit !== 'month')) return '';
    const difference = after.value - before.value;
    // Two limits the law wrote in years differ in years ("1 năm → 2 năm": +1 năm), as each is printed.
    const years = before.years === true && after.years === true ? { years: true as const } : {};
    return `${sign(difference)}${formatDuration({ value: Math.abs(difference), unit: before.unit, ...years }, lang)}`;
  }
  const { hours } = change.delta;
  // A total the same on both sides (over the limit by something else) is said once, without a difference of nothing.
  if (change.kind === 'total-changed' && change.before === change.after) return '';
  if (baseHoursPerDay !== hoursPerDay) {
    const inDays = daysAcross(change, lang, sign);
    if (inDays !== undefined) return inDays;
  }
  if (hours === 0)
    return change.hoursAgainst || (inHours(change.before) && inHours(change.after))
      ? `±0 ${lang === 'vi' ? 'giờ làm việc' : 'working hours'}`
      : `±0 ${days(0, lang)} (±0 ${lang === 'vi' ? 'giờ' : 'h'})`;
  return `${sign(hours)}${totalTime(change, Math.abs(hours), hoursPerDay, lang).replace('(', `(${sign(hours)}`)}`;
}

/**
 * A difference between sides whose working days differ in length, where hours alone would mislead: two times in
 * working days by their count (15 → 10 working days: `-5 ngày làm việc`, not the 50 hours the revision's days of 7
 * hours make 7,14 days of), and a time longer in days but not in hours (or the other way) by both (`+0,18 ngày làm
 * việc, -1 giờ làm việc`); undefined where the hours say it.
 */
function daysAcross(change: Change, lang: Lang, sign: (n: number) => string): string | undefined {
  const { hours, days: count } = change.delta!;
  const inDays = (value: string | null) => value !== null && parseDuration(value)?.unit === 'd';
  const dayText = (n: number) => `${sign(n)}${formatNumber(Math.abs(n), lang)} ${days(n, lang)}`;
  const duration = change.kind === 'time-limit-changed' || change.kind === 'step-duration-changed';
  if (duration && inDays(change.before) && inDays(change.after)) return dayText(count);
  // A total in days: the days apart, in which the applicant waits, with the hours beside (`+1,14 ngày làm việc (+3
  // giờ)`), never the hours alone, which would count the revision's days of another length against the base's.
  const total = change.kind === 'total-changed' && !change.hoursAgainst;
  if (total && count !== 0 && Math.sign(count) === Math.sign(hours))
    return `${dayText(count)} (${sign(hours)}${clockHours(Math.abs(hours), lang)})`;
  if (count === 0 || Math.sign(count) === Math.sign(hours)) return undefined;
  const hoursText =
    hours === 0 ? `±0 ${lang === 'vi' ? 'giờ làm việc' : 'working hours'}` : `${sign(hours)}${hoursOnly(hours, lang)}`;
  return `${dayText(count)}, ${hoursText}`;
}

/** Working hours alone, whatever the day's length: "1 giờ làm việc", "9 working hours 30 minutes". */
function hoursOnly(hours: number, lang: Lang): string {
  return formatDuration({ value: Math.abs(hours), unit: 'h' }, lang);
}

/** Whether a side is a time in hours, so that no difference between two of them is said in hours too. */
function inHours(value: string | null): boolean {
  return value !== null && parseDuration(value)?.unit === 'h';
}

/** How many procedures changed and how many changes of each level. */
export function summarizeChanges(changes: readonly Change[]): { procedures: number } & Record<ChangeLevel, number> {
  const counts = { procedures: new Set(changes.map((c) => c.procedure)).size, breaking: 0, warning: 0, info: 0 };
  for (const change of changes) counts[change.level]++;
  return counts;
}

/** Changes grouped by procedure, in report order. */
export function byProcedure(changes: readonly Change[]): Change[][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const group = groups.get(change.procedure);
    if (group) group.push(change);
    else groups.set(change.procedure, [change]);
  }
  return [...groups.values()];
}
