import { fill, type Lang } from '../i18n.js';
import { isUnknownTime } from '../time/draft.js';
import { exceptionCases } from '../time/limit-cases.js';
import { channelOf } from './channel-words.js';
import { CHANNEL_NAMES } from './channels.js';
import { escapeControls } from './quote.js';
import { ansiRepaired } from './ansi-text.js';
import { legacyFonts, mayBeLegacyText, type TextEncoding } from './legacy-fonts.js';
import { legacyRepaired } from './legacy-repair.js';
import { channelPlanText, planChannels, type ChannelEdits } from './channel-split.js';
import {
  channelMarked,
  DEFAULT_HOURS_PER_DAY,
  durationProblemText,
  limitLinesJoined,
  readDuration,
  splitPerChannel,
  unlistedChannels,
  type DurationProblem,
} from './duration.js';
import { stagesHoursTotal, stagesLimit } from './limit-stages.js';
import { readStepDuration, stepWordsProblem, stepWordsText } from './step-duration-words.js';
import type { ChannelKind, NodePath } from './types.js';

/** Where durations and limits stand in a procedure: the time limit, each channel's own and every step's duration. */
export function durationPaths(data: unknown): NodePath[] {
  if (data === null || typeof data !== 'object') return [];
  const paths: NodePath[] = [];
  const record = data as Record<string, unknown>;
  if ('time_limit' in record) paths.push(['time_limit']);
  if (Array.isArray(record.channels)) {
    record.channels.forEach((channel, i) => {
      if (isChannelWithLimit(channel)) paths.push(['channels', i, 'time_limit']);
    });
  }
  if (Array.isArray(record.steps)) {
    record.steps.forEach((step, i) => {
      if (step !== null && typeof step === 'object' && 'duration' in step) paths.push(['steps', i, 'duration']);
    });
  }
  return paths;
}

/**
 * Whether a data path is one of a procedure's durations whose problems `durationProblems` reports: a text, a number
 * or nothing (`duration:` left empty) there. Any other value (a list, a mapping) is left to the schema.
 */
export function isDurationPath(data: unknown, path: NodePath): boolean {
  // One of durationPaths, found by its shape: listing them for each schema problem was quadratic in the steps.
  if (data === null || typeof data !== 'object') return false;
  const record = data as Record<string, unknown>;
  const [head, index, field] = path;
  const step =
    head === 'steps' && path.length === 3 && typeof index === 'number' && Array.isArray(record.steps)
      ? (record.steps[index] as unknown)
      : undefined;
  const channel =
    head === 'channels' && path.length === 3 && typeof index === 'number' && Array.isArray(record.channels)
      ? (record.channels[index] as unknown)
      : undefined;
  const listed =
    (head === 'time_limit' && path.length === 1 && 'time_limit' in record) ||
    (field === 'duration' && step !== null && typeof step === 'object' && 'duration' in step) ||
    (field === 'time_limit' && isChannelWithLimit(channel));
  if (!listed) return false;
  const value = valueAt(data, path);
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    value === null ||
    (head === 'time_limit' && limitList(value) !== undefined)
  );
}

/**
 * A time limit written as a list of texts, one per way of filing (`- "Trực tiếp: 05 ngày làm việc"`), as the one line
 * it reads as ("Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc"); undefined for any other list.
 */
function limitList(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  if (!value.every((item): item is string => typeof item === 'string' && item.trim() !== '')) return undefined;
  const line = value.map((item) => item.trim()).join('; ');
  const reading = readDuration(line);
  return !reading.ok && reading.problem.code === 'perChannel' ? line : undefined;
}

/** Whether a channel is a map with a `time_limit` key (a channel written by its name alone has none). */
function isChannelWithLimit(channel: unknown): boolean {
  return channel !== null && typeof channel === 'object' && !Array.isArray(channel) && 'time_limit' in channel;
}

/**
 * Whether a limit marked for some ways of filing (`marked`) is that of every way the procedure lists without its own
 * limit: `channels` lists one of them, and any other it lists has its own limit. Without a list, in-person filing is
 * assumed.
 */
function otherWaysListed(data: unknown, marked: readonly ChannelKind[]): boolean {
  const { channels } = data as Record<string, unknown>;
  if (!Array.isArray(channels)) return false;
  const kinds = listedKinds(channels);
  const isMarked = (kind: ChannelKind | undefined) => kind !== undefined && marked.includes(kind);
  return (
    kinds.some(isMarked) && channels.every((channel: unknown, i) => isMarked(kinds[i]) || isChannelWithLimit(channel))
  );
}

/** The way of filing of each entry of a `channels` list, undefined where it names none procmap reads. */
function listedKinds(channels: readonly unknown[]): (ChannelKind | undefined)[] {
  return channels.map((channel: unknown) => {
    // A channel written by its name alone (`channels: [in_person, online]`) is listed as much as one with its kind.
    const written =
      typeof channel === 'string'
        ? channel
        : channel !== null && typeof channel === 'object'
          ? (channel as Record<string, unknown>).kind
          : undefined;
    return typeof written === 'string' ? channelOf(written) : undefined;
  });
}

/** A limit marked for some ways with the ways the file's `channels` lists, so its advice adds only what is missing. */
function withListed(problem: DurationProblem, data: unknown): DurationProblem {
  if (problem.code !== 'channelAlone') return problem;
  const { channels } = data as Record<string, unknown>;
  if (!Array.isArray(channels) || channels.length === 0) return problem;
  const listed = listedKinds(channels).filter((kind) => kind !== undefined);
  return { ...problem, listed };
}

function valueAt(data: unknown, path: NodePath): unknown {
  let value: unknown = data;
  for (const part of path) value = (value as Record<string | number, unknown>)[part];
  return value;
}

/** A duration procmap cannot read, where it stands, and for a limit per way of filing or per agency, what --fix writes. */
export interface DurationPlaceProblem {
  path: NodePath;
  message: string;
  channels?: PerChannelLimits;
  /** The one limit --fix writes in its place: a liên thông dossier's total with each agency's time, or a way's own limit. */
  total?: string;
  /** For a time in an old encoding: the message says so, and legacy-font-text need not say it again there. */
  encoding?: true;
}

/** A time limit split by way of filing: the one `time_limit` keeps, and what is written in `channels`. */
export interface PerChannelLimits {
  limit: string;
  edits: ChannelEdits;
}

/**
 * Every duration or limit of a procedure that procmap cannot read, with what is wrong and what to write instead (in a
 * working day of the catalog's `hoursPerDay`). The schema's own check of durations is a loose one for editors; this
 * one is the law.
 */
export function durationProblems(data: unknown, lang: Lang, hoursPerDay?: number): DurationPlaceProblem[] {
  const problems: DurationPlaceProblem[] = [];
  const ids = stepIds(data);
  for (const path of durationPaths(data)) {
    const found = valueAt(data, path);
    // A limit a list item per way of filing is read as the one line it makes.
    const value = found === null ? '' : path[0] === 'time_limit' ? (limitList(found) ?? found) : found;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    // The words procmap prints for a draft step's time are read as one (lenient.ts); draft-steps says so.
    if (path[0] === 'steps' && typeof value === 'string' && isUnknownTime(value)) continue;
    const step = path[0] === 'steps';
    const reading = step ? readStepDuration(value) : readDuration(value);
    // A step holds one time: a case's other time, or work beside another step, in its words is refused, never dropped.
    const said = step ? stepWordsProblem(value, reading, ids) : undefined;
    if (said !== undefined) {
      problems.push({ path, message: stepWordsText(value, said, lang, stepIdAt(data, path[1])) });
      continue;
    }
    if (reading.ok) {
      // A limit of nothing reads, but no dossier can be settled in it: every verdict against it would be nonsense.
      if (path.at(-1) !== 'time_limit') continue;
      const marked = path.length === 1 ? channelMarked(String(value)) : undefined;
      if (marked?.code === 'channelAlone' && !otherWaysListed(data, marked.kinds ?? [marked.kind]))
        problems.push({ path, message: durationProblemText(value, withListed(marked, data), lang, hoursPerDay) });
      else if (reading.duration.value === 0)
        problems.push({ path, message: fill(ZERO_LIMIT[lang], { text: escapeControls(String(value)) }) });
      // A case's own limit of nothing is as wrong for the dossiers of that case: `time` and the sweeps judge them by it.
      else
        for (const { words, text } of exceptionCases(String(value)).filter((one) => one.duration.value === 0))
          problems.push({
            path,
            message: fill(ZERO_CASE_LIMIT[lang], { case: escapeControls(words), text: escapeControls(text) }),
          });
      continue;
    }
    // A time typed in a VNI or TCVN3 font ("05 ngaøy laøm vieäc") is no time only because of its letters: say so,
    // as legacy-font-text would, which runs only once the schema's problems are fixed.
    const font = reading.problem.code === 'unknown' ? legacyFontOf(value) : undefined;
    if (font !== undefined) {
      // Put back where that is sure: --fix writes it, and what the time then says is told in the next pass.
      const repaired = legacyRepaired(String(value), font);
      if (repaired !== undefined) {
        const data = {
          text: escapeControls(String(value)),
          fixed: escapeControls(repaired),
          encoding: ENCODING_NAMES[font][lang],
        };
        problems.push({ path, message: fill(LEGACY_TIME_FIXED[lang], data), encoding: true, total: repaired });
        continue;
      }
      const fixed = font === 'ansi' ? (ansiRepaired(String(value)) ?? '') : '';
      const data = { text: escapeControls(String(value)), fixed: escapeControls(fixed) };
      problems.push({ path, message: fill(LEGACY_TIME[font][lang], data), encoding: true });
      continue;
    }
    // A step whose time no one knows yet is a draft step: say how to mark it, so the rest of the file can be used.
    const problem =
      (reading.problem.code === 'empty' ||
        reading.problem.code === 'unstated' ||
        reading.problem.code === 'referred') &&
      path[0] === 'steps'
        ? { code: 'emptyStep' as const }
        : path.length === 1
          ? withListed(reading.problem, data)
          : reading.problem;
    // One way's limit named alone, where the file leaves no doubt whose it is: --fix writes the limit alone.
    const sure = problem.code === 'channelAlone' ? channelAloneSure(data, path, value, problem, lang) : undefined;
    if (sure !== undefined) {
      problems.push(sure);
      continue;
    }
    const message =
      problem.code === 'perChannel' && path[0] === 'channels'
        ? channelLimitPerChannel(data as Record<string, unknown>, path, value, problem, lang)
        : durationProblemText(value, problem, lang, hoursPerDay);
    if (problem.code === 'perChannel' && path[0] === 'time_limit')
      problems.push(perChannelProblem(data as Record<string, unknown>, path, value, problem, message, lang));
    else if (problem.code === 'perStageOne' && path[0] === 'time_limit' && jointAgencies(data) !== undefined)
      // One agency's time in a liên thông procedure is a share of its limit, never the whole: no --fix.
      problems.push({ path, message: oneShareOfJoint(value, problem, jointAgencies(data)!, lang) });
    else if ((problem.code === 'perStage' || problem.code === 'perStageOne') && path.at(-1) === 'time_limit')
      problems.push({ path, message, total: stagesLimit(problem) });
    else if (problem.code === 'perStageHours' && path.at(-1) === 'time_limit') {
      // In the catalog's working day, in working days as the law gives the dossier's time: they read back as one time.
      const { total } = stagesHoursTotal(problem, hoursPerDay ?? DEFAULT_HOURS_PER_DAY);
      problems.push({
        path,
        message,
        total: stagesLimit({ total, stages: problem.stages, exception: problem.exception }),
      });
    } else problems.push({ path, message });
  }
  return problems;
}

// A way's limit named alone, which the file's channels make every listed way's but those with their own limit.
const ALONE_LISTED = {
  en: '"{text}" names the way of filing before its limit, but channels gives every other way it lists its own limit, so this is the procedure\'s limit: write time_limit: "{limit}"',
  vi: '"{text}" ghi cách nộp trước thời hạn, nhưng channels đã ghi thời hạn riêng cho mọi cách nộp khác, nên đây là thời hạn chung của thủ tục: hãy ghi time_limit: "{limit}"',
};

// The same where channels lists that way alone.
const ALONE_ONLY = {
  en: '"{text}" names the way of filing before its limit, but channels lists no other way, so this is the procedure\'s limit: write time_limit: "{limit}"',
  vi: '"{text}" ghi cách nộp trước thời hạn, nhưng channels không ghi cách nộp nào khác, nên đây là thời hạn chung của thủ tục: hãy ghi time_limit: "{limit}"',
};

// A channel's own limit that names its way again: the way is said by the entry's kind.
const ALONE_OWN = {
  en: '"{text}" names the way of filing again in the own limit of filing {kind}, whose entry already says it: write time_limit: "{limit}"',
  vi: '"{text}" ghi lại cách nộp trong thời hạn riêng của hồ sơ nộp {kind}, mà mục này đã ghi ở kind: hãy ghi time_limit: "{limit}"',
};

// A channel's own limit that names another way: whose limit it is, only the officer knows.
const ALONE_OTHER = {
  en: '"{text}" is the own limit of filing {kind}, but it gives the limit of filing {named}: write here the limit of filing {kind} alone (e.g. time_limit: "05 ngày làm việc"), and this one on the entry { kind: {namedKind}, time_limit: "{limit}" }',
  vi: '"{text}" là thời hạn riêng của hồ sơ nộp {kind}, nhưng lại ghi thời hạn của hồ sơ nộp {named}: hãy ghi ở đây chỉ thời hạn của hồ sơ nộp {kind} (ví dụ time_limit: "05 ngày làm việc"), và ghi thời hạn này ở mục { kind: {namedKind}, time_limit: "{limit}" }',
};

/**
 * A way's limit named alone that the file makes sure, with the limit --fix writes in its place: the procedure's limit
 * where `channels` lists that way and gives every other it lists its own limit; a channel's own limit that names its
 * way again. A channel's own limit naming another way is refused, saying where each goes. Else undefined: the general
 * message asks the officer.
 */
function channelAloneSure(
  data: unknown,
  path: NodePath,
  value: string | number,
  problem: Extract<DurationProblem, { code: 'channelAlone' }>,
  lang: Lang,
): DurationPlaceProblem | undefined {
  const kinds = problem.kinds ?? [problem.kind];
  const text = escapeControls(String(value).trim());
  const limit = problem.note === undefined ? problem.limit : undefined;
  if (path.length === 1) {
    if (limit === undefined || !otherWaysListed(data, kinds)) return undefined;
    const alone = listedKinds((data as Record<string, unknown[]>).channels!).every((one) => kinds.includes(one!));
    const words = (alone ? ALONE_ONLY : ALONE_LISTED)[lang];
    return { path, message: fill(words, { text, limit: escapeControls(limit) }), total: limit };
  }
  if (path[0] !== 'channels') return undefined;
  const own = listedKinds((data as Record<string, unknown[]>).channels!)[path[1] as number];
  if (own === undefined) return undefined;
  const names = { text, kind: CHANNEL_NAMES[lang][own].toLowerCase(), limit: escapeControls(problem.limit) };
  if (kinds.length === 1 && kinds[0] === own)
    return limit === undefined ? undefined : { path, message: fill(ALONE_OWN[lang], names), total: limit };
  if (kinds.includes(own)) return undefined;
  const named = kinds.map((one) => CHANNEL_NAMES[lang][one].toLowerCase()).join(lang === 'vi' ? ' và ' : ' and ');
  return { path, message: fill(ALONE_OTHER[lang], { ...names, named, namedKind: kinds[0]! }) };
}

/** The legacy font a time is typed in, by legacy-font-text's counts for one text; undefined for Unicode or a number. */
function legacyFontOf(value: string | number): TextEncoding | undefined {
  return typeof value === 'string' && mayBeLegacyText(value) ? legacyFonts([value])[0] : undefined;
}

// A time in an old encoding that reads as one once put back (legacy-repair.ts), and each encoding as the message names it.
const LEGACY_TIME_FIXED = {
  en: '"{text}" is a time {encoding}, which other programs read as other letters; it reads "{fixed}", which lint --fix writes',
  vi: '"{text}" là thời gian {encoding}, mọi chương trình khác đọc thành chữ khác; chữ đúng là "{fixed}", lint --fix sẽ ghi lại như vậy',
};
const ENCODING_NAMES: Record<TextEncoding, Record<Lang, string>> = {
  ansi: {
    en: 'in a UTF-8 file that was opened as ANSI (Windows-1252) and saved again',
    vi: 'trong tệp UTF-8 đã bị mở dạng ANSI (Windows-1252) rồi lưu lại',
  },
  tcvn3: { en: 'typed in the old TCVN3 (ABC) encoding', vi: 'gõ bằng bảng mã TCVN3 (ABC) cũ' },
  vni: { en: 'typed in the old VNI encoding', vi: 'gõ bằng bảng mã VNI cũ' },
};

// The converter's source encoding as Unikey names it, and the same time typed in Unicode, for the message.
const LEGACY_TIME: Record<TextEncoding, Record<Lang, string>> = {
  ansi: {
    en: '"{text}" is a time in a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, so each Vietnamese letter became two or three others; it reads "{fixed}": take the file again from its UTF-8 original, or write the time as it reads',
    vi: '"{text}" là thời gian trong tệp UTF-8 đã bị mở dạng ANSI (Windows-1252) rồi lưu lại, nên mỗi chữ Việt có dấu thành hai, ba ký tự khác; chữ đúng là "{fixed}": hãy lấy lại bản gốc UTF-8 của tệp, hoặc ghi lại thời gian như chữ đúng',
  },
  vni: {
    en: '"{text}" is a time typed in the old VNI encoding (a font such as VNI-Times), which every program but that font reads as other letters, so procmap cannot read it: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "VNI Windows" to "Unicode"), or type the time again, e.g. "05 ngày làm việc"',
    vi: '"{text}" là thời gian gõ bằng bảng mã VNI cũ (phông như VNI-Times), mọi chương trình khác đọc thành chữ khác nên procmap không đọc được: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "VNI Windows", đích "Unicode"), hoặc gõ lại thời gian, ví dụ "05 ngày làm việc"',
  },
  tcvn3: {
    en: '"{text}" is a time typed in the old TCVN3 (ABC) encoding (a font such as .VnTime), which every program but that font reads as other letters, so procmap cannot read it: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "TCVN3 (ABC)" to "Unicode"), or type the time again, e.g. "05 ngày làm việc"',
    vi: '"{text}" là thời gian gõ bằng bảng mã TCVN3 (ABC) cũ (phông như .VnTime), mọi chương trình khác đọc thành chữ khác nên procmap không đọc được: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "TCVN3 (ABC)", đích "Unicode"), hoặc gõ lại thời gian, ví dụ "05 ngày làm việc"',
  },
};

/** The ids of a procedure's steps, as written, for a step's message to name them. */
function stepIds(data: unknown): string[] {
  if (data === null || typeof data !== 'object') return [];
  const steps = (data as Record<string, unknown>).steps;
  if (!Array.isArray(steps)) return [];
  // A loop, not flatMap: V8's flatMap costs microseconds for a list of ten, and this runs for every file.
  const ids: string[] = [];
  for (const step of steps as unknown[]) {
    const id = step !== null && typeof step === 'object' ? (step as Record<string, unknown>).id : undefined;
    if (typeof id === 'string') ids.push(id);
  }
  return ids;
}

/** The id of the step at an index of a procedure's steps, when it has one. */
function stepIdAt(data: unknown, index: string | number | undefined): string | undefined {
  const steps = (data as Record<string, unknown>).steps;
  const step: unknown = Array.isArray(steps) && typeof index === 'number' ? steps[index] : undefined;
  const id = step !== null && typeof step === 'object' ? (step as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

// A limit of 0 working days or hours: the same day is written "trong ngày", which the law and procmap count to the end
// of the day of receipt (or of the next working day, past a cutoff).
const ZERO_LIMIT = {
  en: '"{text}" is a limit of nothing: no dossier can be settled in it. If the result is due the day the dossier is received, write "trong ngày" (with cutoff: "15:00" if a dossier received later is due the next working day); else write the real limit, e.g. "1 ngày làm việc" or "4 giờ làm việc"',
  vi: '"{text}" là thời hạn bằng không: không hồ sơ nào giải quyết kịp. Nếu trả kết quả ngay trong ngày tiếp nhận, hãy ghi "trong ngày" (thêm cutoff: "15:00" nếu hồ sơ nhận sau giờ đó trả vào ngày làm việc tiếp theo); nếu không, hãy ghi thời hạn thật, ví dụ "1 ngày làm việc" hoặc "4 giờ làm việc"',
};

// The same of the limit a case takes ("…; trường hợp phải xác minh thì 0 ngày làm việc").
const ZERO_CASE_LIMIT = {
  en: 'The limit "{text}" for the case "{case}" is a limit of nothing: no dossier of that case can be settled in it. If its result is due the day the dossier is received, write "trường hợp {case} thì trong ngày"; else write the case\'s real limit, e.g. "trường hợp {case} thì 10 ngày làm việc"',
  vi: 'Thời hạn "{text}" của trường hợp "{case}" là thời hạn bằng không: không hồ sơ nào thuộc trường hợp đó giải quyết kịp. Nếu trả kết quả ngay trong ngày tiếp nhận, hãy ghi "trường hợp {case} thì trong ngày"; nếu không, hãy ghi thời hạn thật của trường hợp đó, ví dụ "trường hợp {case} thì 10 ngày làm việc"',
};

// One agency's time as the whole limit of a procedure whose `agency` names several (liên thông, "; " between them).
const ONE_SHARE_OF_JOINT = {
  en: '"{text}" gives the time of one agency only ({stages}), but this procedure is joint (liên thông) between several agencies ({agencies}): the limit the applicant is given is the total of their times, so write that total with each agency\'s time in brackets, e.g. time_limit: "<total> ({stages}; <other agency>: <its time>)"',
  vi: '"{text}" chỉ ghi thời gian của một cơ quan ({stages}), nhưng thủ tục này liên thông giữa nhiều cơ quan ({agencies}): thời hạn trả kết quả cho người nộp là tổng thời gian của các cơ quan, nên hãy ghi tổng đó, kèm thời gian của từng cơ quan trong ngoặc, ví dụ time_limit: "<tổng thời hạn> ({stages}; <cơ quan khác>: <thời gian>)"',
};

/** The agencies of a liên thông procedure, as its `agency` lists them between semicolons; undefined for one agency. */
function jointAgencies(data: unknown): string[] | undefined {
  const { agency } = data as Record<string, unknown>;
  if (typeof agency !== 'string') return undefined;
  const agencies = agency
    .split(/[;；]/u)
    .map((one) => one.trim())
    .filter((one) => one !== '');
  return agencies.length > 1 ? agencies : undefined;
}

/** The message for one agency's time written as the limit of a liên thông procedure. */
function oneShareOfJoint(
  value: string | number,
  problem: Extract<DurationProblem, { code: 'perStageOne' }>,
  agencies: readonly string[],
  lang: Lang,
): string {
  return fill(ONE_SHARE_OF_JOINT[lang], {
    text: escapeControls(limitLinesJoined(String(value)) ?? String(value).trim()),
    stages: escapeControls(problem.stages),
    agencies: escapeControls(agencies.join('; ')),
  });
}

const CHANNEL_PER_CHANNEL = {
  en: '"{text}" gives a limit for each way of filing, but it is the own limit of one way ({kind}): write only that way\'s limit there, e.g. time_limit: {own}, and the procedure\'s limit in its time_limit',
  vi: '"{text}" ghi thời hạn cho từng cách nộp, nhưng đây là thời hạn riêng của một cách nộp ({kind}): hãy chỉ ghi thời hạn của cách nộp này, ví dụ time_limit: {own}, và ghi thời hạn chung ở time_limit của thủ tục',
};

/**
 * A channel's own limit that gives a limit per way of filing: the message names the limit the text gives that way,
 * else its general one.
 */
function channelLimitPerChannel(
  record: Record<string, unknown>,
  path: NodePath,
  value: string | number,
  problem: Extract<DurationProblem, { code: 'perChannel' }>,
  lang: Lang,
): string {
  const { kind: written } = (record.channels as Record<string, unknown>[])[path[1] as number]!;
  const kind = typeof written === 'string' ? channelOf(written) : undefined;
  const own = problem.limits.find((limit) => limit.kind === kind)?.limit ?? problem.general ?? problem.limits[0]!.limit;
  const text = limitLinesJoined(String(value)) ?? String(value).trim();
  return fill(CHANNEL_PER_CHANNEL[lang], {
    text: escapeControls(text),
    kind: kind === undefined ? escapeControls(String(written)) : CHANNEL_NAMES[lang][kind],
    own: escapeControls(own),
  });
}

/**
 * A time limit per way of filing: every channel named goes in `channels` (merged with the list the file has), which
 * --fix writes; where the list says another limit for one of them, the message says which.
 */
function perChannelProblem(
  record: Record<string, unknown>,
  path: NodePath,
  value: string | number,
  problem: Extract<DurationProblem, { code: 'perChannel' }>,
  message: string,
  lang: Lang,
): DurationPlaceProblem {
  const { limit, channels } = splitPerChannel(problem);
  const listed = 'channels' in record ? (record.channels ?? undefined) : undefined;
  const plan = planChannels(listed, limit, channels);
  const text = limitLinesJoined(String(value)) ?? String(value).trim();
  const said = listed === undefined || plan === undefined ? message : channelPlanText(plan, text, limit, lang);
  // A general limit whose ways of filing the text leaves unknown, with none listed to say, is the officer's to list.
  const unnamed = listed === undefined && problem.general !== undefined && !channels.some(({ assumed }) => assumed);
  return plan === undefined || !('edits' in plan) || (unnamed && unlistedChannels(channels).length > 0)
    ? { path, message: said }
    : { path, message: said, channels: { limit, edits: plan.edits } };
}
