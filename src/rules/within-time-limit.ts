import { isWorkingTime, parseDuration, readDuration, toWorkingHours } from '../model/duration.js';
import { explicitDays } from '../model/explicit-days.js';
import { workingMinutesBetween } from '../time/clock.js';
import { criticalPath } from '../time/critical-path.js';
import { dayParts, parseDay } from '../time/moment.js';
import { countedPastAdvice } from '../time/year-advice.js';
import { OutOfCalendarError } from '../time/vietnam.js';
import { sweepReceipts } from '../time/sweep.js';
import { sweepCalendarExtension } from '../time/extension-sweep.js';
import { bracketable, limitWords } from '../time/limit-words.js';
import { formatDateTime, formatDuration, formatOverrun, formatWorkingTime } from '../time/units.js';
import { windowText } from '../time/window-text.js';
import { sweepWindow } from '../time/window.js';
import { CHANNEL_NAMES, limitsToMeet, underChannelLimit, type LimitToMeet } from '../model/channels.js';
import { caseFlows } from '../time/case-flows.js';
import { unjudgedCases, unjudgedHint } from '../time/unjudged-cases.js';
import type { Flow } from '../model/flow.js';
import { fill } from '../i18n.js';
import { isTotalRow } from '../model/total-rows.js';
import { stepsCountedByParts } from '../model/substeps.js';
import { defineRule } from './define-rule.js';
import type { RuleContext } from './types.js';
import { stepDurationIn, stepsInWorkingDays } from '../model/step-days.js';
import { countedAgainstLimit, stepsTheLimitLeavesOut } from '../model/uncounted.js';
import { fallThroughSupplement } from '../model/supplement-steps.js';
import { branchFalls, fallOnPath, saysItEnds } from '../model/branch-falls.js';
import type { ExceptionCase } from '../time/limit-cases.js';

// The same-day message, also the start of the one that adds how to write a cutoff.
const SAME_DAY = {
  en: 'The result{channel} is due the same day, but the steps need more than the time left in that day on {days} of the {openDays} working days {window}; at worst, received {received}, {left} of office time is left until {appointment}, and the steps end {finish}, {over} late: {path}',
  vi: 'Kết quả{channel} phải trả trong ngày, nhưng các bước cần nhiều hơn thời gian còn lại trong ngày vào {days}/{openDays} ngày làm việc {window}; chậm nhất, tiếp nhận {received} thì chỉ còn {left} đến {appointment}, các bước xong {finish}, muộn {over}: {path}',
};

// What a next-day limit gives after the day of receipt.
const NEXT_DAY_PART = {
  en: { close: 'the next working day', morning: 'the morning of the next working day' },
  vi: { close: 'ngày làm việc tiếp theo', morning: 'buổi sáng ngày làm việc tiếp theo' },
} as const;

// Apart from the rule so that `checkLimit` can name the ids it reports with.
const messages = {
  outOfRange: {
    en: 'The time limit cannot be checked for receipts {window}: {reason}',
    vi: 'Không kiểm tra được thời hạn với thời điểm tiếp nhận {window}: {reason}',
  },
  over: {
    en: 'Critical path takes {total}, over the time limit of {limit} by {over}: {path}{hint}',
    vi: 'Đường găng mất {total}, vượt thời hạn giải quyết {limit} là {over}: {path}{hint}',
  },
  overAlways: {
    en: 'The steps end after the appointment for every receipt {window}; at worst, received {received}, they end {finish}, {over} after the appointment {appointment} ({limit}): {path}{hint}',
    vi: 'Các bước kết thúc sau ngày hẹn trả với mọi thời điểm tiếp nhận {window}; chậm nhất, tiếp nhận {received} thì kết thúc {finish}, muộn {over} so với hẹn trả {appointment} ({limit}): {path}{hint}',
  },
  overSometimes: {
    en: 'Depends on the received date: the steps end after the appointment for receipts on {days} of the {openDays} working days {window}; at worst, received {received}, they end {finish}, {over} after the appointment {appointment} ({limit}): {path}{hint}',
    vi: 'Phụ thuộc ngày tiếp nhận: các bước kết thúc sau ngày hẹn trả với hồ sơ tiếp nhận vào {days}/{openDays} ngày làm việc {window}; chậm nhất, tiếp nhận {received} thì kết thúc {finish}, muộn {over} so với hẹn trả {appointment} ({limit}): {path}{hint}',
  },
  overSameDay: SAME_DAY,
  // A next-day limit: the time is the rest of the day of receipt and the next working day (or its morning).
  overNextDay: {
    en: 'The result{channel} is due {limit}, but the steps need more than the rest of the day of receipt and {until} on {days} of the {openDays} working days {window}; at worst, received {received}, {left} of office time is left until {appointment}, and the steps end {finish}, {over} late: {path}{hint}',
    vi: 'Kết quả{channel} phải trả {limit}, nhưng các bước cần nhiều hơn phần còn lại của ngày tiếp nhận và {until} vào {days}/{openDays} ngày làm việc {window}; chậm nhất, tiếp nhận {received} thì chỉ còn {left} đến {appointment}, các bước xong {finish}, muộn {over}: {path}{hint}',
  },
  // A same-day limit without a cutoff usually means the cutoff is missing, not that the steps are too long.
  overSameDayNoCutoff: {
    en: `${SAME_DAY.en}. If dossiers received late in the day are returned the next working day, write from what time, e.g. cutoff: "{cutoff}"`,
    vi: `${SAME_DAY.vi}. Nếu hồ sơ tiếp nhận cuối ngày được trả vào ngày làm việc tiếp theo, hãy ghi từ mấy giờ, ví dụ cutoff: "{cutoff}"`,
  },
};

// After the path: a step that asks for missing papers and runs on into the next, which the path then counts.
const FALLS_THROUGH = {
  en: '. Step {step} ("{name}") asks for missing papers but has no next, so the flow runs on from it into {into}: end the flow there with "next: []"; the completed dossier is received as a new one',
  vi: '. Bước {step} ("{name}") yêu cầu bổ sung hồ sơ nhưng không có next nên luồng chạy tiếp sang {into}: hãy kết thúc luồng ở bước đó bằng "next: []"; hồ sơ đã bổ sung được tiếp nhận như hồ sơ mới',
};

// After the path: a step of one branch that runs on into another branch's first step (falls-into-branch), which the
// path then counts as if both branches were taken.
const FALLS_INTO_BRANCH = {
  ends: {
    en: '. Step {step} ("{name}") has no next, so the flow runs on from it into {into} ("{intoName}"), a step of another branch of {decision}: if the flow ends at {step}, write "next: []" on it',
    vi: '. Bước {step} ("{name}") không có next nên luồng chạy tiếp sang {into} ("{intoName}"), bước của nhánh khác ở {decision}: nếu luồng kết thúc ở {step}, hãy ghi "next: []" ở bước đó',
  },
  goesOn: {
    en: '. Step {step} ("{name}") has no next, so the flow runs on from it into {into} ("{intoName}"), a step of another branch of {decision}: write the step it goes on to with "next: [<step id>]", or "next: []" if the flow ends there',
    vi: '. Bước {step} ("{name}") không có next nên luồng chạy tiếp sang {into} ("{intoName}"), bước của nhánh khác ở {decision}: hãy ghi bước tiếp theo bằng "next: [<mã bước>]", hoặc "next: []" nếu luồng kết thúc ở đó',
  },
};

// After the path: a step that holds the time the limit's remark leaves out ("không kể thời gian niêm yết"), counted.
const LIMIT_LEAVES_OUT = {
  en: '. The limit leaves out "{words}": if step {step} ("{name}") is that time, write "counted: false" on it; it is then drawn and printed but not counted against the limit',
  vi: '. Thời hạn ghi "{words}": nếu bước {step} ("{name}") là thời gian đó, hãy ghi "counted: false" ở bước đó; bước vẫn được vẽ và in nhưng không tính vào thời hạn',
};

/** The ids `checkLimit` may report with. */
type MessageId = keyof typeof messages;

// The hour to suggest when a same-day limit names none: that of Decree 23/2015/NĐ-CP, Art. 7. A limit that names
// its own hour ("… nếu tiếp nhận yêu cầu sau 16 giờ") has it as its cutoff already (model/lenient.ts cutoffInLimit).
const LAW_CUTOFF = '15:00';

/** The reason procmap exists: published step tables often add up to more than the statutory limit. */
export const rule = defineRule({
  id: 'within-time-limit',
  description: {
    en: 'The longest path through the steps must fit within the statutory time limit',
    vi: 'Tổng thời gian theo đường găng không được vượt thời hạn giải quyết',
  },
  severity: 'error',
  recommended: true,
  messages,
  check(context) {
    // The procedure's own limit, then each channel's where it differs: every one of them binds the steps. A case the
    // limit names with its own limit ("trường hợp phải xác minh thì không quá 15 ngày làm việc") binds the paths
    // through the branch that says it is that case, the general limit the others.
    for (const limit of limitsToMeet(context.procedure)) {
      const split = caseFlows(context.flow, limit.text);
      // A case no branch is judged by: said when the general limit is exceeded, with how to write the branch.
      const hint = unjudgedHint(unjudgedCases(context.flow, limit.text, context.lang), context.lang);
      // The procedure's own bare "15 ngày", or a channel's (`Trực tuyến: 15 ngày`): judged under both readings.
      if ((limit.channel !== undefined || limit.text === context.procedure.time_limit) && saysBareDays(limit.text))
        checkBareLimit(context, limit, split?.general ?? context.flow, hint);
      else checkLimit(context, limit, split?.general ?? context.flow, undefined, hint);
      for (const { case: named, flow, everyPath } of split?.cases ?? []) {
        // Time added on every path: any overrun of it is the general limit's too, reported above.
        if (everyPath) continue;
        if (named.unsettled) checkUnsettled(context, limit, flow, named);
        else checkLimit(context, { ...limit, text: named.text }, flow, named.words);
      }
    }
  },
});

// Said after the error on a case whose days the law leaves open: it holds whichever days they are.
const EITHER_WAY = {
  bare: {
    en: '. "{text}" does not say working or calendar days: the steps exceed it either way',
    vi: '. "{text}" không ghi rõ ngày làm việc hay ngày lịch: các bước vượt thời hạn này dù hiểu theo cách nào',
  },
  extension: {
    en: '. "{text}" does not say whether the days added are working or calendar days: the steps exceed it either way',
    vi: '. "{text}" không ghi rõ số ngày tăng thêm là ngày làm việc hay ngày lịch: các bước vượt thời hạn này dù hiểu theo cách nào',
  },
};

/**
 * A case whose limit is a bare "15 ngày", or bare days added to a limit in working days ("tăng thêm 05 ngày"), which
 * ambiguous-days asks about: an error only when its paths exceed it read either way, said as working days; over one
 * reading alone rests on what the officer has not settled: a warning that says both readings.
 */
function checkUnsettled(context: RuleContext<MessageId>, limit: LimitToMeet, flow: Flow, named: ExceptionCase): void {
  const hint = fill(named.extension ? EITHER_WAY.extension[context.lang] : EITHER_WAY.bare[context.lang], {
    text: named.text,
  });
  // Days added read as calendar days run from the day after the general limit ends: no one limit says that, so that
  // reading is swept on its own (readings[0] is the sum in working days).
  const added = named.calendarExtension;
  const judge = (reading: number, words: string, report: RuleContext<MessageId>['report']) =>
    added !== undefined && reading === 1
      ? checkLimit({ ...context, report }, { ...limit, text: added.general }, flow, named.words, words, added.days)
      : checkLimit({ ...context, report }, { ...limit, text: named.readings![reading]! }, flow, named.words, words);
  const count = added === undefined ? (named.readings ?? []).length : 2;
  const found = Array.from({ length: count }, (_, reading) => {
    const said: Parameters<RuleContext<MessageId>['report']>[0][] = [];
    judge(reading, hint, (one) => said.push(one));
    return said;
  });
  if (found.length > 0 && found.every((said) => said.length > 0)) {
    for (const one of found[0]!) context.report(one);
    return;
  }
  // Over one reading alone (readings are [working, calendar]): said as the procedure's own bare limit says it, both
  // readings and what to write, a warning only, since the overrun rests on the reading the officer has not settled.
  if (found.length !== 2 || !found.some((said) => said.length > 0)) return;
  const over = found[0]!.length > 0 ? 0 : 1;
  const words = fill(ONE_READING[over === 0 ? 'working' : 'calendar'][context.lang], {
    text: named.text,
    working: added?.working ?? named.readings![0]!,
    calendar: added?.calendar ?? named.readings![1]!,
  });
  judge(over, words, (one) => context.report({ ...one, warnOnly: true }));
}

// Said after a case's overrun under one reading of its bare days only: the other reading, and what to write.
const ONE_READING = {
  working: {
    en: '. "{text}" does not say working or calendar days: read as working days the steps exceed it, read as calendar days they do not. Check the legal text and write "{working}" or "{calendar}"',
    vi: '. "{text}" không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày làm việc thì các bước vượt thời hạn này, hiểu là ngày lịch thì không vượt. Hãy đối chiếu văn bản quy định rồi ghi "{working}" hoặc "{calendar}"',
  },
  calendar: {
    en: '. "{text}" does not say working or calendar days: read as calendar days the steps exceed it, read as working days they do not. Check the legal text and write "{working}" or "{calendar}"',
    vi: '. "{text}" không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày lịch thì các bước vượt thời hạn này, hiểu là ngày làm việc thì không vượt. Hãy đối chiếu văn bản quy định rồi ghi "{working}" hoặc "{calendar}"',
  },
};

/** Whether a limit counts its own days with a plain "ngày" (ambiguous-days asks which). */
function saysBareDays(text: string): boolean {
  const reading = readDuration(text);
  return reading.ok && reading.bare;
}

/**
 * The procedure's own bare "15 ngày": an error only when the steps exceed it read either way, each reading with its
 * steps as it counts them (bare step days are working days under working days), said as procmap counts it (calendar
 * days, the earlier due date); over one reading alone, ambiguous-days says which, and no error rests on a guess.
 */
function checkBareLimit(context: RuleContext<MessageId>, limit: LimitToMeet, flow: Flow, hint: string): void {
  const calendar: Parameters<RuleContext<MessageId>['report']>[0][] = [];
  const either = fill(EITHER_WAY.bare[context.lang], { text: limit.text });
  checkLimit({ ...context, report: (one) => calendar.push(one) }, limit, flow, undefined, either + hint);
  if (calendar.length === 0) return;
  const working = explicitDays(limit.text, 'working');
  let over = false;
  const read = { ...context.procedure, time_limit: working };
  checkLimit({ ...context, procedure: read, report: () => (over = true) }, { ...limit, text: working }, flow);
  if (over) for (const one of calendar) context.report(one);
}

// A case's limit named after it, in the law's words: "15 ngày làm việc đối với trường hợp phải xác minh".
const FOR_CASE = { en: '{limit} for the case "{case}"', vi: '{limit} đối với trường hợp {case}' };

// A limit in working days and calendar days after them, as the messages name it: procmap's reading of bare days added
// ("tăng thêm 05 ngày"), in its own words as `time` and the document say it, never words the law could have written.
const THEN_CALENDAR = { en: '{limit} and {days} after it', vi: '{limit} và {days} ngày lịch sau đó' };

/**
 * Checks the paths of `flow` against one limit; a channel's limit is named after the channel in the message, a case's
 * (`caseWords`) after its case. `thenCalendarDays`: the limit (`text`, working days) is followed by that many calendar
 * days ("tăng thêm 05 ngày" read as calendar days), swept over the receipts.
 */
function checkLimit(
  { procedure, calendar, lang, report, today }: RuleContext<MessageId>,
  { text, path: at, channel }: LimitToMeet,
  flow: Flow,
  caseWords?: string,
  hint = '',
  thenCalendarDays?: number,
): void {
  const limit = parseDuration(text);
  // A step table's total row pasted as a step is no work: total-row says so, and its time is not counted twice here.
  // A step outside the limit (`counted: false`) is not counted against it either.
  // A heading whose sub-steps add up to its time (2 = 2.1 + 2.2) is counted by its parts, as analyseTime counts it.
  const byParts = stepsCountedByParts(procedure.steps, procedure.time_limit, calendar.hoursPerDay);
  // Whether bare step days are working days is the limit's to say, once for all the steps (stepDuration).
  const workingLimit = stepsInWorkingDays(procedure.time_limit);
  const durations = procedure.steps.map((step, i) =>
    isTotalRow(step) || byParts.has(i)
      ? { value: 0, unit: 'h' as const }
      : countedAgainstLimit(step, stepDurationIn(step.duration, workingLimit)),
  );
  if (!limit || durations.some((d) => d === undefined)) return;
  const { hoursPerDay } = calendar;
  const ids = (path: number[]) => path.map((i) => procedure.steps[i]!.id).join(' → ');
  // The hints of the limit; then one for a supplement step the path runs on from, else for a branch's step it runs on
  // from into another branch; then one for a step that holds the time the limit leaves out.
  const hints = (path: number[]) => hint + flowHint(path) + leftOutHint(path);
  // A step of the path that holds the time the limit's remark leaves out, counted still.
  const leftOutHint = (path: number[]) => {
    const [step] = stepsTheLimitLeavesOut(
      limit?.note,
      path.map((i) => procedure.steps[i]!),
    );
    return step === undefined
      ? ''
      : fill(LIMIT_LEAVES_OUT[lang], {
          words: limit!.note!.replace(/^\s*[([]\s*|\s*[)\]]\s*$/g, ''),
          step: step.id,
          name: step.name,
        });
  };
  const flowHint = (path: number[]) => {
    const falls = fallThroughSupplement(procedure.steps, path);
    if (falls !== undefined)
      return fill(FALLS_THROUGH[lang], { step: falls.step.id, name: falls.step.name, into: falls.into.id });
    const branch = fallOnPath(branchFalls(flow), path);
    if (branch === undefined) return '';
    const [step, into] = [procedure.steps[branch.step]!, procedure.steps[branch.into]!];
    return fill(FALLS_INTO_BRANCH[saysItEnds(step) ? 'ends' : 'goesOn'][lang], {
      step: step.id,
      name: step.name,
      into: into.id,
      intoName: into.name,
      decision: procedure.steps[branch.decision]!.id,
    });
  };
  const named = (words: string) => {
    const own = channel ? `${words} (${CHANNEL_NAMES[lang][channel.kind].toLowerCase()})` : words;
    return caseWords === undefined ? own : fill(FOR_CASE[lang], { limit: own, case: caseWords });
  };
  if (thenCalendarDays === undefined && isWorkingTime(limit) && durations.every((d) => isWorkingTime(d!))) {
    // Working time only: the office clock adds up the same whatever the date, so no dates are needed.
    const limitHours = toWorkingHours(limit, hoursPerDay)!;
    const result = criticalPath(flow, (i) => toWorkingHours(durations[i]!, hoursPerDay)!);
    if (!result || result.total <= limitHours + 1e-9) return;
    report({
      messageId: 'over',
      data: {
        total: formatWorkingTime(result.total, hoursPerDay, lang),
        // Hours the law leaves open ("24 giờ") as the law writes them, procmap's reading beside them, as `time` does.
        // A limit published in hours is named in hours ("04 giờ làm việc"), never as a fraction of a day ("0,5 ngày").
        limit: named(
          limitWords(limit, text, lang, {
            head: limit.unit === 'h' ? undefined : formatWorkingTime(limitHours, hoursPerDay, lang),
            note: false,
          }),
        ),
        over: formatWorkingTime(result.total - limitHours, hoursPerDay, lang),
        path: ids(result.path),
        hint: hints(result.path),
      },
      path: at,
    });
    return;
  }
  // Calendar days, months and same-day hold more or fewer working hours depending on the date (Tết, 30/4,
  // weekends, the hour of receipt): try every receipt of a window that the data fixes, never the clock.
  const window = sweepWindow(calendar, parseDay(procedure.effective));
  // A channel's same-day limit that names its hour has it as its cutoff, for that channel alone; a case (text) its own limit.
  const judged = channel
    ? underChannelLimit(procedure, text)
    : text === procedure.time_limit
      ? procedure
      : { ...procedure, time_limit: text };
  let sweep;
  try {
    sweep =
      thenCalendarDays === undefined
        ? sweepReceipts(judged, flow, calendar, window)
        : sweepCalendarExtension(judged, flow, calendar, window, thenCalendarDays);
  } catch (error) {
    // Dates beyond the lunar table (Tết after 2099): this file cannot be checked, the others still are.
    if (!(error instanceof RangeError)) throw error;
    // The years procmap knows and what to write instead, the year a slip meant when the run knows today.
    const reason =
      error instanceof OutOfCalendarError
        ? countedPastAdvice(
            dayParts(window.from).year,
            error.year,
            today === undefined ? undefined : dayParts(today).year,
          )[lang]
        : error.message;
    report({ messageId: 'outOfRange', data: { window: windowText(window, lang), reason }, path: at });
    return;
  }
  if (!sweep?.worst) return;
  const worst = sweep.worst;
  const sameDay = limit.unit === 'sameday';
  report({
    messageId: limit.nextDay
      ? 'overNextDay'
      : sameDay
        ? judged.cutoff === undefined
          ? 'overSameDayNoCutoff'
          : 'overSameDay'
        : sweep.over === sweep.tried
          ? 'overAlways'
          : 'overSometimes',
    data: {
      days: sweep.overDays,
      openDays: sweep.openDays,
      window: windowText(sweep, lang),
      received: formatDateTime(worst.received, lang),
      finish: formatDateTime(worst.finish, lang),
      appointment: formatDateTime(worst.appointment, lang),
      // Days and hours, as the shares' overruns say it: the sweep's worst receipt is to the minute (87 h 59 min).
      over: formatOverrun(sweep.worstOver / 60, hoursPerDay, lang),
      left: formatWorkingTime(workingMinutesBetween(calendar, worst.start, worst.appointment) / 60, hoursPerDay, lang),
      // In the message's brackets after the appointment: "(10 ngày lịch, trực tuyến)", never a bracket in them.
      limit: bracketable(
        named(
          thenCalendarDays === undefined
            ? limitWords(limit, text, lang, { note: false })
            : fill(THEN_CALENDAR[lang], {
                limit: limitWords(limit, text, lang, { note: false }),
                // "1 calendar day", as `time` says it (formatDuration); the officer's "ngày lịch" in Vietnamese.
                days: lang === 'en' ? formatDuration({ value: thenCalendarDays, unit: 'cd' }, lang) : thenCalendarDays,
              }),
        ),
      ),
      path: ids(worst.path),
      hint: hints(worst.path),
      cutoff: LAW_CUTOFF,
      until: NEXT_DAY_PART[lang][limit.nextDay === 'morning' ? 'morning' : 'close'],
      // "Kết quả (trực tuyến) phải trả trong ngày": which channel's limit, as the other messages name it.
      channel: channel ? ` (${CHANNEL_NAMES[lang][channel.kind].toLowerCase()})` : '',
    },
    path: at,
  });
}
