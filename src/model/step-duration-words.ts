import { memoByText } from './text-memo.js';
import { fill, type Lang } from '../i18n.js';
import { exceptionCases } from '../time/limit-cases.js';
import { formatDuration } from '../time/units.js';
import { DEFAULT_HOURS_PER_DAY, readDuration, toWorkingHours, type DurationReading } from './duration.js';
import { escapeControls } from './quote.js';
import type { Duration } from './types.js';

// A step holds one time in the model: the words a step table writes beside it (a case's other time, "đồng thời với
// bước 2", "tối thiểu", "x 2 lần") would be dropped by the shared reader, which keeps them as a remark, as the law's
// remark of a time limit is kept. Here they are read for what they say of the step: refused when they change its time.

// The step-table forms whose time is not in doubt, rewritten to the words the reader takes: the unit before its
// number, as a cell with a label writes it ("Ngày làm việc: 05"); a morning or an afternoon ("01 buổi sáng"), which
// is a "buổi", half a working day; the acute accent typed for the minute sign ("30´", "1 giờ 30´").
const UNIT_FIRST = /^(ngày làm việc|giờ làm việc|ngày|giờ|phút|tháng)\s*:\s*(\d+(?:[.,]\d+)?)\.?$/iu;
const PART_OF_DAY = /^(\d+(?:[.,]\d+)?)\s*buổi\s+(?:sáng|chiều)(?:\s+làm việc)?\.?$/iu;
// The same written with no number, as a step table's cell says "Buổi sáng" or "Nửa ngày": one morning, one afternoon,
// half a day are one "buổi", half a working day, as "01 buổi sáng" is (a step's time is working time).
const ONE_PART_OF_DAY = /^(?:buổi\s+(?:sáng|chiều)|nửa\s+ngày)(?:\s+làm việc)?\.?$/iu;
const ACUTE_MINUTE = /(\d)\s*´/gu;

// The texts already rewritten: a catalog writes the same few times ("4h", "02 ngày làm việc") in step after step, and
// the schema check, the rules and the time engine each read every one.
const rewritten = memoByText(rewrite);

/** A step's duration with a step table's unambiguous forms rewritten to the words readDuration reads; else as written. */
export function stepDurationText<T extends string | number>(text: T): T | string {
  return typeof text === 'string' ? rewritten(text) : text;
}

/** stepDurationText of a text, uncached. */
function rewrite(text: string): string {
  const tidy = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const unitFirst = UNIT_FIRST.exec(tidy);
  if (unitFirst) return `${unitFirst[2]} ${unitFirst[1]!.toLowerCase()}`;
  const part = PART_OF_DAY.exec(tidy);
  if (part) return `${part[1]} buổi`;
  if (ONE_PART_OF_DAY.test(tidy)) return '1 buổi';
  return tidy.includes('´') ? tidy.replace(ACUTE_MINUTE, "$1'") : text;
}

// A remark that leaves time out of the step's: "(không kể thời gian niêm yết 07 ngày làm việc)".
const LEAVES_OUT = /(?:không kể|không tính|không bao gồm|chưa kể|chưa tính|not counting|excluding|excludes)\s/iu;

/** Whether a step's remark leaves time out of its time, which outputs must say: procmap counts none of it. */
export function leavesTimeOut(note: string): boolean {
  return LEAVES_OUT.test(note);
}

/** A step's duration read as procmap counts it, the step table's forms included (stepDurationText). */
export function readStepDuration(text: string | number): DurationReading {
  // Both readings are remembered per text (stepDurationText's, readDuration's).
  return readDuration(stepDurationText(text));
}

/** A step's duration as procmap counts it (readStepDuration), or undefined when it does not read. */
export function parseStepDuration(text: string | number): Duration | undefined {
  const reading = readStepDuration(text);
  return reading.ok ? reading.duration : undefined;
}

/** One time a step's words give, with the case it is for when they name one. */
interface CaseTime {
  time: string;
  case?: string;
  duration: Duration;
}

/** Why a step's duration that names more than one time, or a time that is no step's, cannot be counted. */
export type StepWordsProblem =
  | { code: 'stepCases'; times: CaseTime[]; longest?: string }
  | { code: 'stepParallel'; time: string; other: string; step?: string }
  | { code: 'stepMinimum'; time: string }
  | { code: 'stepTimes'; time: string; count: number; total: string }
  | { code: 'stepActual' };

// Words that say a step runs beside another, not after the one before it.
const PARALLEL =
  /(?:đồng thời|song song|cùng lúc|cùng thời gian)(?:\s+(?:với|cùng))?\s*(.*?)\)?$|(?:in parallel|concurrently|at the same time)(?:\s+with)?\s*(.*?)\)?$/iu;
// A minimum is not the most a step may take: "tối thiểu 02 ngày làm việc".
const MINIMUM = /^(?:tối thiểu|ít nhất|không dưới|không ít hơn|at least|minimum(?: of)?)\s+(.+)$/iu;
// One time and how many times it is spent: "2 ngày làm việc x 2 lần".
const TIMES = /^(.+?)\s*[x×*]\s*(\d{1,3})(?:\s*(?:lần|lượt|times))?\.?$/iu;
// "As long as it takes", as step tables write a step whose time varies: no time procmap can count.
const ACTUAL =
  /^(?:(?:theo|tùy theo|tuỳ theo|tùy|tuỳ|căn cứ)\s+)?(?:thời gian\s+)?(?:thực tế|thực tế phát sinh|tình hình thực tế)(?:\s+(?:phát sinh|giải quyết|thực hiện))?\.?$|^(?:as (?:long as )?(?:needed|required|it takes)|actual time|in practice)\.?$/iu;
// A case named in words before its time, in a part of a limit per case ("… (cá nhân), 05 ngày làm việc (tổ chức)").
const CASE_BRACKET = /^(.+?)\s*\(([^()]+)\)$/u;
// A case named before its time with a colon, a list's mark before it: "a) Cấp mới: 05 ngày làm việc".
const CASE_LABEL = /^(?:[a-zđ]\)\s+)?([^:()\d][^:()]*?)\s*:\s*(\d.*)$/iu;
// A step "bước 2", "B2" named after "đồng thời với".
const NAMED_STEP = /^(?:bước|step)\s*0*(\d+)\b|^([A-Za-z]{1,3}\d+[a-z]?)\b/iu;

/**
 * What a step's duration says that its one time cannot hold: another case's time, work beside another step, a minimum
 * or a time spent several times; undefined when its time is all it says (a remark is kept with it). `stepIds`: the
 * procedure's step ids, to name the step "đồng thời với bước 2" means.
 */
export function stepWordsProblem(
  text: string | number,
  reading: DurationReading,
  stepIds: readonly string[] = [],
): StepWordsProblem | undefined {
  if (typeof text !== 'string') return undefined;
  // Tidied only past the checks that need no words: nearly every step's time reads with no remark, and says no more.
  const tidy = () => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (reading.ok) {
    const { note } = reading.duration;
    if (note === undefined) return undefined;
    const time = formatDuration(reading.duration, 'vi');
    const parallel = PARALLEL.exec(note);
    if (parallel) {
      const other = (parallel[1] ?? parallel[2] ?? '').trim();
      return { code: 'stepParallel', time, other, ...stepNamed(other, stepIds) };
    }
    const cases = exceptionCases(tidy());
    if (cases.length === 0) return undefined;
    const times: CaseTime[] = [
      { time, duration: reading.duration },
      ...cases.map((one) => ({ time: formatDuration(one.duration, 'vi'), case: one.words, duration: one.duration })),
    ];
    return { code: 'stepCases', times, ...longestOf(times) };
  }
  if (reading.problem.code === 'perCase') {
    const times = perCaseTimes(tidy());
    // One case alone ("Cấp mới: 05 ngày làm việc") is as much a step's case as two: never a time limit's message.
    const fewest = reading.problem.one === true ? 1 : 2;
    return times.length < fewest ? undefined : { code: 'stepCases', times, ...longestOf(times) };
  }
  if (reading.problem.code !== 'unknown') return undefined;
  const written = tidy();
  if (ACTUAL.test(written)) return { code: 'stepActual' };
  const minimum = MINIMUM.exec(written);
  if (minimum && readDuration(minimum[1]!).ok) return { code: 'stepMinimum', time: minimum[1]! };
  const times = TIMES.exec(written);
  const once = times ? readDuration(times[1]!) : undefined;
  if (times && once?.ok && once.duration.note === undefined && once.duration.unit !== 'sameday') {
    const count = Number(times[2]);
    const total = formatDuration({ ...once.duration, value: once.duration.value * count }, 'vi');
    return { code: 'stepTimes', time: times[1]!, count, total };
  }
  return undefined;
}

/** The times of a limit per case written for a step, each with its case in brackets after it. */
function perCaseTimes(text: string): CaseTime[] {
  const parts = text.split(/\s*[;,]\s*(?![^()]*\))/u);
  const times: CaseTime[] = [];
  for (const part of parts) {
    // Its case after its time in brackets, or before it with a colon ("Cấp mới: 05 ngày làm việc").
    const labelled = CASE_LABEL.exec(part);
    const named = labelled ? [part, labelled[2]!, labelled[1]!] : CASE_BRACKET.exec(part);
    const reading = readDuration(named ? named[1]! : part);
    if (!reading.ok) return [];
    const time = formatDuration(reading.duration, 'vi');
    times.push({ time, duration: reading.duration, ...(named ? { case: named[2]!.trim() } : {}) });
  }
  return times;
}

/** The longest of times that can be compared (all working time, or all in one unit), as procmap writes it. */
function longestOf(times: readonly CaseTime[]): { longest?: string } {
  const hours = times.map(({ duration }) => toWorkingHours(duration, DEFAULT_HOURS_PER_DAY));
  const units = new Set(times.map(({ duration }) => duration.unit));
  const measure = hours.every((value) => value !== undefined)
    ? hours
    : units.size === 1
      ? times.map((t) => t.duration.value)
      : [];
  if (measure.length === 0) return {};
  const at = measure.indexOf(Math.max(...(measure as number[])));
  return { longest: times[at]!.time };
}

/** The id of the step "bước 2" / "B2" names, when the procedure has it. */
function stepNamed(other: string, stepIds: readonly string[]): { step?: string } {
  const named = NAMED_STEP.exec(other);
  if (!named) return {};
  if (named[2] !== undefined) {
    const id = stepIds.find((one) => one.toLowerCase() === named[2]!.toLowerCase());
    return id === undefined ? {} : { step: id };
  }
  const number = Number(named[1]);
  const id = stepIds.find((one) => new RegExp(`^[A-Za-z]*0*${number}$`).test(one)) ?? stepIds[number - 1];
  return id === undefined ? {} : { step: id };
}

const MESSAGES = {
  vi: {
    stepCases:
      '"{text}" ghi thời gian của bước cho từng trường hợp: {times}. Một bước chỉ có một thời gian và procmap không chọn thay: hãy ghi thời gian dài nhất mà bước có thể cần, ví dụ duration: "{longest}", để kế hoạch đúng với mọi hồ sơ; hoặc tách trường hợp đó thành một bước riêng (một nhánh rẽ) hay một quy trình riêng',
    caseTime: '"{time}" (trường hợp {case})',
    generalTime: '"{time}"',
    stepParallel:
      '"{text}" ghi bước này làm đồng thời với {other}, nhưng procmap cộng thời gian của bước này sau bước đứng trước nó theo next: hãy ghi duration: "{time}" và ghi các bước làm song song ở next của bước đứng trước chúng, ví dụ next: [{step}, {self}], rồi cho cả hai bước cùng next đến bước sau',
    stepMinimum:
      '"{text}" là thời gian tối thiểu, không phải thời gian tối đa của bước: để tính thời hạn, procmap cần thời gian dài nhất mà bước có thể cần; hãy ghi thời gian đó, ví dụ duration: "{time}" nếu bước không bao giờ cần lâu hơn',
    stepTimes:
      '"{text}" ghi thời gian của một lần và số lần ({count} lần): hãy ghi tổng thời gian của bước, ví dụ duration: "{total}"',
    stepActual:
      '"{text}" không phải là thời gian procmap tính được: để tính thời hạn, mỗi bước cần thời gian dài nhất mà bước có thể cần; hãy ghi thời gian đó, ví dụ duration: "2 ngày làm việc"; nếu chưa biết, ghi duration: 0h và draft: true để đánh dấu bước nháp (quy tắc draft-steps nhắc cho đến khi có thời gian)',
  },
  en: {
    stepCases:
      '"{text}" gives the step a time for each case: {times}. A step has one time, and procmap does not choose for you: write the longest time the step may need, e.g. duration: "{longest}", so that the plan holds for every dossier; or make that case a step of its own (a branch) or a procedure of its own',
    caseTime: '"{time}" (case {case})',
    generalTime: '"{time}"',
    stepParallel:
      '"{text}" says this step runs at the same time as {other}, but procmap counts this step\'s time after the step before it in next: write duration: "{time}" and list the steps that run in parallel in the next of the step before them, e.g. next: [{step}, {self}], then give both the same next step',
    stepMinimum:
      '"{text}" is a minimum, not the most the step may take: to count the limit, procmap needs the longest time the step may need; write that time, e.g. duration: "{time}" if the step never takes longer',
    stepTimes:
      '"{text}" gives the time of one round and how many rounds ({count}): write the step\'s total time, e.g. duration: "{total}"',
    stepActual:
      '"{text}" is no time procmap can count: to count the limit, each step needs the longest time it may take; write that time, e.g. duration: "2 ngày làm việc"; if it is not known yet, write duration: 0h and draft: true, which marks the step as a draft (rule draft-steps reminds you until it has a time)',
  },
} as const;

/** What to tell the officer of a step's duration stepWordsProblem refuses, in the user's language. */
export function stepWordsText(
  text: string | number,
  problem: StepWordsProblem,
  lang: Lang,
  self: string | undefined,
): string {
  const w = MESSAGES[lang];
  const shown = escapeControls(String(text).replace(/\s+/gu, ' ').trim());
  if (problem.code === 'stepCases') {
    const times = problem.times.map(({ time, case: named }) =>
      named === undefined
        ? fill(w.generalTime, { time: escapeControls(time) })
        : fill(w.caseTime, { time: escapeControls(time), case: escapeControls(named) }),
    );
    // Times in units procmap cannot compare (working and calendar days) leave the longest to the officer.
    const longest = problem.longest ?? (lang === 'vi' ? '<thời gian dài nhất>' : '<the longest time>');
    return fill(w.stepCases, { text: shown, times: times.join(', '), longest: escapeControls(longest) });
  }
  if (problem.code === 'stepParallel')
    return fill(w.stepParallel, {
      text: shown,
      other: problem.other === '' ? (lang === 'vi' ? 'bước khác' : 'another step') : escapeControls(problem.other),
      time: escapeControls(problem.time),
      // A step said to run beside itself names no other: the officer writes which.
      step: escapeControls(
        problem.step !== undefined && problem.step !== self
          ? problem.step
          : lang === 'vi'
            ? '<bước kia>'
            : '<other step>',
      ),
      self: escapeControls(self ?? (lang === 'vi' ? '<bước này>' : '<this step>')),
    });
  if (problem.code === 'stepActual') return fill(w.stepActual, { text: shown });
  if (problem.code === 'stepMinimum') return fill(w.stepMinimum, { text: shown, time: escapeControls(problem.time) });
  return fill(w.stepTimes, { text: shown, count: problem.count, total: escapeControls(problem.total) });
}
