import { substepSentences } from './substep-sentences.js';
import { Chalk } from 'chalk';
import { shownStepNumbers } from '../model/step-numbers.js';
import { fill, type Lang } from '../i18n.js';
import { parseDuration, saysBareHours, toWorkingHours } from '../model/duration.js';
import { CHANNEL_NAMES, channelLabel, underChannelLimit } from '../model/channels.js';
import { specialDayName, spansText } from '../time/calendar.js';
import { dutyDaysLabel } from './calendar.js';
import { dayOf, dayParts, formatClock, minuteOf, type Moment } from '../time/moment.js';
import { ownChannelLimits, type DayRun, type ProcedureTime } from '../time/report.js';
import {
  formatDate,
  formatDateTime,
  formatDmy,
  formatDuration,
  formatLimit,
  formatOverrun,
  formatWorkingTime,
  readsInHours,
  round2,
  weekdayName,
} from '../time/units.js';
import { windowText } from '../time/window-text.js';
import { cutoffPlaces } from '../time/cutoff-scope.js';
import { sweepWithinText } from '../time/sweep-within.js';
import { explicitDays } from '../model/explicit-days.js';
import { sameDayBound, sameDayBoundText } from '../time/same-day-bound.js';
import { bracketable, lawText, limitWords, openHoursWords } from '../time/limit-words.js';
import { whyNoTotal } from '../time/no-total.js';
import { unjudgedCases, unjudgedNote } from '../time/unjudged-cases.js';
import { noTimeYet, stepTimeOrUnknown, unknownTime } from '../time/draft.js';
import type { Channel, ChannelKind, Duration, Procedure } from '../model/types.js';
import type { Sweep } from '../time/sweep.js';
import { everyCase, onItsOwnPath, type CaseTime, type WorkingTime } from '../time/analyse.js';
import { endsOnItsDay } from '../ontime/judge.js';
import { yearStatusText } from './calendar.js';
import { noDataYearsNote, unsureYearsNotes } from './unsure-years.js';
import type { FormatOptions } from './types.js';
import { stepDuration } from '../model/step-days.js';
import { shareLines } from './share-lines.js';
import {
  caseReadings,
  workingReadingVerdict,
  type CaseReading,
  type ReadingAppointment,
} from '../time/case-readings.js';
import { leavesTimeOut, readStepDuration } from '../model/step-duration-words.js';

const WORDS = {
  en: {
    columns: ['#', 'Step', 'Name', 'Body', 'Time', 'Total', 'Start', 'Due'],
    limit: 'Time limit: {limit}',
    limitCalendar:
      'Time limit: {limit}, counted from the day after receipt; a last day on a weekend or holiday moves to the next working day (Civil Code 2015, Art. 147–148)',
    limitMonth:
      'Time limit: {limit}, ending on the corresponding day of the last month (its last day when there is none); a last day on a weekend or holiday moves to the next working day (Civil Code 2015, Art. 147–148)',
    limitSameDay: 'Time limit: same day, by the close of the working day of receipt',
    limitNextDay: 'Time limit: by the close of the working day after the day of receipt',
    limitNextMorning: 'Time limit: by the end of the morning office hours of the working day after the day of receipt',
    cutoff: 'Cutoff: a dossier received after {cutoff} counts from the next working day',
    cutoffNextDay:
      'Cutoff {cutoff}: not counted, the limit names the working day after the day of receipt whatever the hour',
    cutoffDates:
      'Cutoff {cutoff}: not counted, a limit in calendar days or months counts from the day of receipt whatever the hour',
    cutoffChannels: '; it still moves the limit of a dossier filed {channels}',
    limitNote: 'As the law states it: "{note}"',
    stepNote: 'Step {n} ({id}): {time} {note}',
    stepNoteExcluded: 'Step {n} ({id}): {time} {note}; the time this remark leaves out is not counted in the total',
    bareHours:
      'Counted in working hours; if the law means {value} on the clock from receipt, the result is due sooner (rule ambiguous-hours)',
    within: 'Total on the critical path: {total}, within the limit with {slack} to spare',
    atLimit: 'Total on the critical path: {total}, exactly the limit',
    channelAtLimit: 'Filed {channel} (limit {limit}): exactly the limit',
    over: 'Total on the critical path: {total}, OVER the limit by {over}',
    totalOnly:
      'Total on the critical path: {total}; the limit is counted in dates (calendar days, months or the same day), so whether it fits depends on the received date',
    noTotal: 'Total: depends on the dates, since a step is counted in calendar days, months or the same day',
    boundTotal: 'Total on the critical path: {bound}',
    draftTotal: 'Total: not known yet, since {why}',
    path: 'Critical path: {path}',
    byBody: 'Time on the critical path by body: {bodies}',
    bareOverAsWorking:
      '"{text}" does not say working or calendar days: read as calendar days (the earlier due date, which procmap counts) the steps meet it{as}; read as working days they exceed it. Write "{working}" or "{calendar}"',
    stepsOverAsWorking:
      'The steps’ bare days ({texts}) do not say working or calendar days: read as calendar days, as procmap counts them under this limit, the steps meet it{as}; read as working days they exceed it. Write each as "… ngày làm việc" or "… ngày lịch"',
    stepsOneReading:
      'The steps’ bare days ({texts}) do not say working or calendar days: read as {over} the steps exceed the limit; read as {within} they do not. Write each as "… ngày làm việc" or "… ngày lịch"',
    workingDays: 'working days',
    calendarDays: 'calendar days',
    bareOneReading:
      '"{text}" does not say working or calendar days: read as calendar days (the earlier due date, which procmap counts) the steps exceed it{as}; read as working days they do not. Write "{working}" or "{calendar}"',
    sweepOver:
      'Checked against receipts {window}: the steps end after the appointment for receipts on {days} of the {openDays} working days; at worst, received {received}, they end {finish}, {over} after the appointment {appointment}',
    received: 'Received',
    dateOnly: '{date}, no time given: counted from the opening at {time}, the earliest receipt that day',
    dateOnlyClosed: '{date}, no time given',
    beforeEffective:
      'Received before this process took effect ({effective}): the dossier was handled under the earlier rules, and its appointment under them may differ from this one',
    afterCutoffAppointment: 'If received after {cutoff} that day: appointment {time} on {weekday} {date}',
    start: 'Counting starts',
    closed: 'received outside office hours: counting starts at the next opening',
    closedSameDay: 'received outside office hours: a same-day limit counts from the next working day',
    afterCutoff: 'received after the {cutoff} cutoff: counting starts on the next working day',
    datesFromReceipt: '; a limit in calendar days or months still counts from the day of receipt',
    daysOff: 'Days off on the way',
    workdays: 'Extra working days',
    finish: 'Steps done by',
    early: '{slack} before the appointment (the worst case over every branch)',
    exact: 'exactly at the appointment (the worst case over every branch)',
    earlyOthers: '{slack} before the appointment (the worst case over the branches of no case below)',
    exactOthers: 'exactly at the appointment (the worst case over the branches of no case below)',
    late: '{over} AFTER the appointment: this dossier cannot be done on time as planned',
    lateSameDay:
      '{over} AFTER the appointment hour, on its day: on time by the law, as the limit in whole days ends at 24:00 of that day, but later than the hour the receipt slip gives',
    appointment: 'APPOINTMENT (ngày hẹn trả kết quả): {time} on {weekday} {date}',
    channelWithin: 'Filed {channel} (limit {limit}): within the limit with {slack} to spare',
    channelSweepOk: 'Filed {channel} (limit {limit}): {within}',
    channelSweepOver:
      'Filed {channel} (limit {limit}): the steps end AFTER the appointment for receipts on {days} of the {openDays} working days {window}',
    channelOver: 'Filed {channel} (limit {limit}): OVER the limit by {over}',
    channelPathWithin:
      'Filed {channel} (limit {limit}): total on its critical path {total}, within the limit with {slack} to spare: {path}',
    channelPathAtLimit:
      'Filed {channel} (limit {limit}): total on its critical path {total}, exactly the limit: {path}',
    channelPathOver:
      'Filed {channel} (limit {limit}): total on its critical path {total}, OVER the limit by {over}: {path}',
    channelAppointment: 'Filed {channel} (limit {limit}): appointment {time} on {weekday} {date}',
    channelCaseFinish: '; in case "{case}" its steps done by {finish}',
    channelLate: '; the steps end AFTER this appointment',
    channelLateSameDay:
      '; the steps end after this appointment hour, on its day: on time by the law, later than the slip says',
    caseWithin:
      'Case {case} (limit {limit}): total on its critical path {total}, within the limit with {slack} to spare: {path}',
    caseAtLimit: 'Case {case} (limit {limit}): total on its critical path {total}, exactly the limit: {path}',
    caseOver: 'Case {case} (limit {limit}): total on its critical path {total}, OVER the limit by {over}: {path}',
    caseTotal: 'Case {case} (limit {limit}): total on its critical path {total}: {path}',
    caseUnsettled:
      'Case {case} ("{written}" does not say working or calendar days: not judged): total on its critical path {total}: {path}',
    caseUnsettledFinish:
      'Case {case} ("{written}" does not say working or calendar days: no appointment): the steps end {finish}',
    caseSweepOk: 'Case {case} (limit {limit}): {within}',
    // procmap's reading of the case's bare days, in its own words: never quoted, which would read as the law's text.
    caseReading: '{case}, its days read as {reading}',
    readAs: { working: 'working days', calendar: 'calendar days' },
    thenCalendar: '{limit} and {days} after it',
    caseWorst: '; at worst, received {received}, they end {finish}, {over} after the appointment {appointment}',
    caseSweepOver:
      'Case {case} (limit {limit}): the steps end AFTER the appointment for receipts on {days} of the {openDays} working days {window}',
    caseAppointment: 'Case {case} (limit {limit}): appointment {time} on {weekday} {date}',
    caseFinish: '; its steps done by {finish}',
    caseName: '"{case}"',
    onlyIf: '{total}, only if {case}',
    channelCase: '"{case}", filed {channel}',
    years: 'Days off counted: {years}',
    bareDays:
      'Note: "{limit}" does not say which days: procmap counted calendar days (the meaning in law); as working days the appointment would be {other}. Write "{working}" or "{calendar}" in time_limit.',
  },
  vi: {
    columns: ['TT', 'Mã bước', 'Tên bước', 'Đơn vị', 'Thời gian', 'Lũy kế', 'Bắt đầu', 'Hạn'],
    limit: 'Thời hạn giải quyết: {limit}',
    limitCalendar:
      'Thời hạn giải quyết: {limit}, tính từ ngày tiếp theo ngày tiếp nhận; ngày cuối trùng ngày nghỉ thì kết thúc vào ngày làm việc tiếp theo (Điều 147–148 Bộ luật Dân sự 2015)',
    limitMonth:
      'Thời hạn giải quyết: {limit}, kết thúc vào ngày tương ứng của tháng cuối (ngày cuối tháng nếu tháng đó không có ngày tương ứng); ngày cuối trùng ngày nghỉ thì kết thúc vào ngày làm việc tiếp theo (Điều 147–148 Bộ luật Dân sự 2015)',
    limitSameDay: 'Thời hạn giải quyết: trong ngày, trước giờ kết thúc ngày làm việc tiếp nhận hồ sơ',
    limitNextDay:
      'Thời hạn giải quyết: trong ngày làm việc tiếp theo, trước giờ kết thúc ngày làm việc sau ngày tiếp nhận hồ sơ',
    limitNextMorning:
      'Thời hạn giải quyết: buổi sáng ngày làm việc tiếp theo, trước giờ kết thúc buổi sáng của ngày làm việc sau ngày tiếp nhận hồ sơ',
    cutoff: 'Hồ sơ nhận sau {cutoff} được tính từ ngày làm việc tiếp theo',
    cutoffNextDay:
      'Giờ tiếp nhận cuối ngày {cutoff}: không áp dụng, thời hạn là ngày làm việc sau ngày tiếp nhận dù nhận lúc mấy giờ',
    cutoffDates:
      'Giờ tiếp nhận cuối ngày {cutoff}: không áp dụng, thời hạn theo ngày lịch hoặc tháng tính từ ngày tiếp nhận dù nhận lúc mấy giờ',
    cutoffChannels: '; vẫn áp dụng cho thời hạn riêng của hồ sơ nộp {channels}',
    limitNote: 'Theo văn bản: {note}',
    stepNote: 'Bước {n} ({id}): {time} {note}',
    stepNoteExcluded: 'Bước {n} ({id}): {time} {note}; thời gian ghi chú loại ra không được tính vào tổng',
    bareHours:
      'Đang tính theo giờ làm việc; nếu văn bản có nghĩa là {value} tính liên tục kể từ khi nhận thì hạn trả sớm hơn (quy tắc ambiguous-hours)',
    within: 'Tổng theo đường găng: {total}, trong thời hạn, còn dư {slack}',
    atLimit: 'Tổng theo đường găng: {total}, vừa đúng thời hạn',
    channelAtLimit: 'Hồ sơ nộp {channel} (thời hạn {limit}): vừa đúng thời hạn',
    over: 'Tổng theo đường găng: {total}, VƯỢT thời hạn {over}',
    totalOnly:
      'Tổng theo đường găng: {total}; thời hạn tính theo ngày (ngày lịch, tháng hoặc trong ngày) nên phụ thuộc ngày tiếp nhận',
    noTotal: 'Tổng: phụ thuộc ngày tiếp nhận, vì có bước tính theo ngày lịch, tháng hoặc trong ngày',
    boundTotal: 'Tổng theo đường găng: {bound}',
    draftTotal: 'Tổng: chưa xác định, vì {why}',
    path: 'Đường găng: {path}',
    byBody: 'Thời gian theo đơn vị trên đường găng: {bodies}',
    bareOverAsWorking:
      '"{text}" không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày lịch (hạn trả sớm hơn, procmap đang tính) thì các bước không vượt thời hạn{as}; hiểu là ngày làm việc thì vượt. Hãy ghi "{working}" hoặc "{calendar}"',
    stepsOverAsWorking:
      'Thời gian các bước ({texts}) không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày lịch (procmap đang tính theo thời hạn) thì các bước không vượt thời hạn{as}; hiểu là ngày làm việc thì vượt. Hãy ghi rõ "… ngày làm việc" hoặc "… ngày lịch"',
    stepsOneReading:
      'Thời gian các bước ({texts}) không ghi rõ ngày làm việc hay ngày lịch: hiểu là {over} thì các bước vượt thời hạn; hiểu là {within} thì không vượt. Hãy ghi rõ "… ngày làm việc" hoặc "… ngày lịch"',
    workingDays: 'ngày làm việc',
    calendarDays: 'ngày lịch',
    bareOneReading:
      '"{text}" không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày lịch (hạn trả sớm hơn, procmap đang tính) thì các bước vượt thời hạn{as}; hiểu là ngày làm việc thì không vượt. Hãy ghi "{working}" hoặc "{calendar}"',
    sweepOver:
      'Đã thử mọi thời điểm tiếp nhận {window}: các bước xong sau ngày hẹn trả với hồ sơ tiếp nhận vào {days}/{openDays} ngày làm việc; chậm nhất, tiếp nhận {received} thì xong {finish}, muộn {over} so với hẹn trả {appointment}',
    received: 'Tiếp nhận',
    dateOnly: '{date}, không ghi giờ: tính từ đầu giờ làm việc lúc {time}, thời điểm nhận sớm nhất trong ngày',
    dateOnlyClosed: '{date}, không ghi giờ',
    beforeEffective:
      'Tiếp nhận trước ngày quy trình này có hiệu lực ({effective}): hồ sơ được giải quyết theo quy định trước đó, ngày hẹn trả theo quy định ấy có thể khác ngày hẹn dưới đây',
    afterCutoffAppointment: 'Nếu nhận sau {cutoff} ngày đó: hẹn trả {time}, {weekday}, ngày {date}',
    start: 'Bắt đầu tính',
    closed: 'nhận ngoài giờ làm việc: tính từ giờ làm việc tiếp theo',
    closedSameDay: 'nhận ngoài giờ làm việc: thời hạn trong ngày tính từ ngày làm việc tiếp theo',
    afterCutoff: 'nhận sau {cutoff}: tính từ ngày làm việc tiếp theo',
    datesFromReceipt: '; thời hạn theo ngày lịch hoặc tháng vẫn tính từ ngày tiếp nhận',
    daysOff: 'Ngày nghỉ trong khoảng',
    workdays: 'Ngày làm việc bù',
    finish: 'Các bước xong lúc',
    early: 'trước hẹn trả {slack} (trường hợp chậm nhất trong mọi nhánh)',
    exact: 'đúng giờ hẹn trả (trường hợp chậm nhất trong mọi nhánh)',
    earlyOthers: 'trước hẹn trả {slack} (chậm nhất trong các nhánh không thuộc trường hợp riêng dưới đây)',
    exactOthers: 'đúng giờ hẹn trả (chậm nhất trong các nhánh không thuộc trường hợp riêng dưới đây)',
    late: 'SAU hẹn trả {over}: hồ sơ này không thể đúng hạn theo quy trình',
    lateSameDay:
      'SAU giờ hẹn trả {over}, trong ngày hẹn trả: vẫn đúng hạn theo luật vì thời hạn tính bằng ngày kết thúc lúc 24 giờ ngày đó, nhưng muộn hơn giờ ghi trên phiếu hẹn',
    appointment: 'HẸN TRẢ KẾT QUẢ: {time}, {weekday}, ngày {date}',
    channelWithin: 'Hồ sơ nộp {channel} (thời hạn {limit}): trong thời hạn, còn dư {slack}',
    channelSweepOk: 'Hồ sơ nộp {channel} (thời hạn {limit}): {within}',
    channelSweepOver:
      'Hồ sơ nộp {channel} (thời hạn {limit}): các bước xong SAU ngày hẹn trả với hồ sơ tiếp nhận vào {days}/{openDays} ngày làm việc {window}',
    channelOver: 'Hồ sơ nộp {channel} (thời hạn {limit}): VƯỢT thời hạn {over}',
    channelPathWithin:
      'Hồ sơ nộp {channel} (thời hạn {limit}): tổng theo đường găng {total}, trong thời hạn, còn dư {slack}: {path}',
    channelPathAtLimit:
      'Hồ sơ nộp {channel} (thời hạn {limit}): tổng theo đường găng {total}, vừa đúng thời hạn: {path}',
    channelPathOver:
      'Hồ sơ nộp {channel} (thời hạn {limit}): tổng theo đường găng {total}, VƯỢT thời hạn {over}: {path}',
    channelAppointment: 'Hồ sơ nộp {channel} (thời hạn {limit}): hẹn trả {time}, {weekday}, ngày {date}',
    channelCaseFinish: '; trường hợp {case}, các bước xong {finish}',
    channelLate: '; các bước xong SAU hẹn trả này',
    channelLateSameDay:
      '; các bước xong sau giờ hẹn trả này, trong ngày hẹn trả: vẫn đúng hạn theo luật, muộn hơn giờ ghi trên phiếu hẹn',
    caseWithin:
      'Trường hợp {case} (thời hạn {limit}): tổng theo đường găng {total}, trong thời hạn, còn dư {slack}: {path}',
    caseAtLimit: 'Trường hợp {case} (thời hạn {limit}): tổng theo đường găng {total}, vừa đúng thời hạn: {path}',
    caseOver: 'Trường hợp {case} (thời hạn {limit}): tổng theo đường găng {total}, VƯỢT thời hạn {over}: {path}',
    caseTotal: 'Trường hợp {case} (thời hạn {limit}): tổng theo đường găng {total}: {path}',
    caseUnsettled:
      'Trường hợp {case} ("{written}" không ghi rõ ngày làm việc hay ngày lịch: chưa xét): tổng theo đường găng {total}: {path}',
    caseUnsettledFinish:
      'Trường hợp {case} ("{written}" không ghi rõ ngày làm việc hay ngày lịch: chưa có hẹn trả): các bước xong {finish}',
    caseSweepOk: 'Trường hợp {case} (thời hạn {limit}): {within}',
    caseReading: '{case}, nếu hiểu số ngày là {reading}',
    readAs: { working: 'ngày làm việc', calendar: 'ngày lịch' },
    thenCalendar: '{limit} và {count} ngày lịch sau đó',
    caseWorst: '; chậm nhất, tiếp nhận {received} thì xong {finish}, muộn {over} so với hẹn trả {appointment}',
    caseSweepOver:
      'Trường hợp {case} (thời hạn {limit}): các bước xong SAU ngày hẹn trả với hồ sơ tiếp nhận vào {days}/{openDays} ngày làm việc {window}',
    caseAppointment: 'Trường hợp {case} (thời hạn {limit}): hẹn trả {time}, {weekday}, ngày {date}',
    caseFinish: '; các bước xong {finish}',
    caseName: '{case}',
    onlyIf: '{total}, chỉ khi {case}',
    channelCase: '{case}, hồ sơ nộp {channel}',
    years: 'Lịch nghỉ đã tính: {years}',
    bareDays:
      'Lưu ý: "{limit}" không ghi rõ loại ngày: procmap tính là ngày lịch (cách hiểu theo luật); nếu là ngày làm việc thì hẹn trả là {other}. Hãy ghi "{working}" hoặc "{calendar}" ở time_limit.',
  },
} as const;

const NAME_WIDTH = 40;

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/**
 * Working time for a table cell, in the form that reads back: `3.5 h` / `3,5 giờ làm việc` under a day or under a
 * limit in hours (readsInHours: 23 hours, not "2,88 ngày làm việc" beside "23 giờ làm việc"), else `2.25 d` / `2,25
 * ngày làm việc`.
 */
function shortTime(hours: number, hoursPerDay: number, lang: Lang, limitUnit: Duration['unit']): string {
  return formatDuration(
    hours < hoursPerDay || readsInHours(limitUnit, hours, hoursPerDay)
      ? { value: hours, unit: 'h' }
      : { value: round2(hours / hoursPerDay), unit: 'd' },
    lang,
  );
}

/** A step's own time as the table prints it: in hours under a limit in hours ("8 giờ làm việc" for `1d`), else as written. */
function stepTime(duration: Duration, hoursPerDay: number, lang: Lang, limitUnit: Duration['unit']): string {
  const hours = limitUnit === 'h' ? toWorkingHours(duration, hoursPerDay) : undefined;
  return formatDuration(hours === undefined ? duration : { value: hours, unit: 'h' }, lang);
}

/** A moment in a table cell: the year only when it is not the receipt's. */
function cell(moment: Moment, year: number, lang: Lang): string {
  const text = formatDateTime(moment, lang);
  return dayParts(dayOf(moment)).year === year ? text.replace(/\/\d{4} /, ' ') : text;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows.map((row) => `  ${row.map((text, c) => text.padEnd(widths[c]!)).join('  ')}`.trimEnd());
}

function runText(run: DayRun, lang: Lang): string {
  const span =
    run.first === run.last
      ? formatDate(run.first, lang)
      : `${formatDate(run.first, lang)} – ${formatDate(run.last, lang)}`;
  // A duty day's hours, which are all the working time it gives ("Trực Tết (08:00–11:00)"), or a half day's.
  const hours = run.hours ? ` (${spansText(run.hours, '–')})` : '';
  return `${span} ${specialDayName(run, lang)}${hours}`;
}

function clockText(moment: Moment, lang: Lang): string {
  const minute = minuteOf(moment);
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return lang === 'vi' ? `${hh} giờ ${mm} phút` : `${hh}:${mm}`;
}

/**
 * The time limit line: working days with their hours, hours as published ("4 giờ làm việc", as the document prints
 * it, not "0,5 ngày làm việc (4 giờ)"), or the rule that ends a calendar, month or same-day limit.
 */
function limitLine(
  limit: Duration,
  written: string,
  hours: number | undefined,
  lang: Lang,
  work: (hours: number) => string,
): string {
  const w = WORDS[lang];
  // Hours the law leaves open ("24 giờ") as written, procmap's reading beside them.
  if (limit.unit === 'h') return fill(w.limit, { limit: limitWords(limit, written, lang, { note: false }) });
  if (limit.unit === 'cd') return fill(w.limitCalendar, { limit: formatDuration(limit, lang) });
  if (limit.unit === 'month') return fill(w.limitMonth, { limit: formatLimit(limit, lang) });
  if (limit.unit === 'sameday')
    return limit.nextDay === 'close'
      ? w.limitNextDay
      : limit.nextDay === 'morning'
        ? w.limitNextMorning
        : w.limitSameDay;
  return fill(w.limit, { limit: work(hours!) });
}

/**
 * The line under the limit about the procedure's cutoff: what it moves, the limit (cutoffPlaces, as the document and
 * the site decide), or that it is not counted, with the channels whose own limit it still moves.
 */
function cutoffLine(procedure: Procedure, limit: Duration, lang: Lang): string {
  const w = WORDS[lang];
  const cutoff = procedure.cutoff!;
  const channels = procedure.channels ?? [];
  const places = cutoffPlaces(
    cutoff,
    limit,
    channels.map((channel) => (channel.time_limit === undefined ? undefined : parseDuration(channel.time_limit))),
  );
  if (places.limit) return fill(w.cutoff, { cutoff });
  // A next-day limit names the day after receipt whatever the hour, calendar days and months the day of receipt.
  const line = fill(limit.nextDay ? w.cutoffNextDay : w.cutoffDates, { cutoff });
  const moved = channels.filter((_, i) => places.channels[i]).map((channel) => channelLabel(channel, lang));
  return moved.length === 0 ? line : `${line}${fill(w.cutoffChannels, { channels: moved.join(', ') })}`;
}

function one(report: ProcedureTime, options: FormatOptions): string[] {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const { lang } = options;
  const w = WORDS[lang];
  const { procedure, analysis, schedule, sweep } = report;
  const hpd = analysis.hoursPerDay;
  const limit = parseDuration(procedure.time_limit)!;
  // Against a limit in hours or within a day against a same-day limit, in hours as the document says them ("2 giờ làm
  // việc", not "0,25 ngày").
  const work = (hours: number) =>
    readsInHours(limit.unit, hours, hpd)
      ? formatDuration({ value: hours, unit: 'h' }, lang)
      : formatWorkingTime(hours, hpd, lang);
  // A channel's own limit in the words its channel writes it, open hours marked as the procedure's are; printed in
  // the line's brackets, "(thời hạn 10 ngày lịch)", never a bracket in them.
  const channelLimit = (channel: Channel, duration: Duration) =>
    bracketable(limitWords(duration, channel.time_limit ?? procedure.time_limit, lang, { note: false }));
  const out: string[] = [c.bold(`${procedure.id}  ${procedure.title}`), c.dim(report.file)];
  out.push(limitLine(limit, procedure.time_limit, analysis.limit?.hours, lang, work));
  // "24 giờ" may be hours on the clock, which procmap cannot count: the appointment below is the later reading.
  if (saysBareHours(procedure.time_limit))
    out.push(fill(w.bareHours, { value: openHoursWords(procedure.time_limit, limit.value, lang) }));
  // What the law says with the limit ("kể từ ngày nhận đủ hồ sơ hợp lệ", another case's limit): counted no further,
  // and quoted as the file writes it, whole. The line above is procmap's reading; this one never rewords the law
  // ("Trong ngày (trường hợp …)" for "Ngay trong ngày làm việc; trường hợp … thì …").
  if (limit.note !== undefined) out.push(fill(w.limitNote, { note: lawText(procedure.time_limit) }));
  if (procedure.cutoff) out.push(cutoffLine(procedure, limit, lang));
  out.push('');

  // A step only a case's branch takes is counted, and placed, on that case's paths: its row says so.
  const onlyIf = (total: string, k: number | undefined) =>
    k === undefined ? total : fill(w.onlyIf, { total, case: fill(w.caseName, { case: analysis.cases[k]!.case }) });
  const year = schedule ? dayParts(dayOf(schedule.received)).year : 0;
  const rows: string[][] = [schedule ? [...w.columns] : w.columns.slice(0, 6)];
  const numbers = shownStepNumbers(procedure.steps);
  procedure.steps.forEach((step, i) => {
    const duration = stepDuration(step.duration, procedure.time_limit);
    const cumulative = analysis.cumulative[i];
    const row = [
      numbers[i]!,
      step.id,
      truncate(step.name, NAME_WIDTH),
      step.body,
      stepTimeOrUnknown(step, duration ? stepTime(duration, hpd, lang, limit.unit) : step.duration, lang),
      onlyIf(cumulative ? shortTime(cumulative.hours, hpd, lang, limit.unit) : '—', analysis.stepCases[i]),
    ];
    if (schedule) {
      const times = schedule.steps[i];
      row.push(times ? cell(times.start, year, lang) : '—', times ? cell(times.due, year, lang) : '—');
    }
    rows.push(row);
  });
  const [head, ...body] = table(rows);
  out.push(c.dim(head!), ...body, '');
  // A step's remark is the file's words, kept under the table as written; one that leaves time out is said to.
  const remarks = procedure.steps.flatMap((step, i) => {
    const duration = step.draft === true ? undefined : stepDuration(step.duration, procedure.time_limit);
    if (duration?.note === undefined) return [];
    const time = stepTime(duration, hpd, lang, limit.unit);
    const words = leavesTimeOut(duration.note) ? w.stepNoteExcluded : w.stepNote;
    return [fill(words, { n: numbers[i]!, id: step.id, time, note: duration.note })];
  });
  if (remarks.length > 0) out.push(...remarks, '');
  // A heading step whose parts add up to its time is counted once: the reader sees why the total is not the column's sum.
  const headings = substepSentences(procedure, analysis, lang);
  if (headings.length > 0) out.push(...headings, '');

  // Nothing to spare reads as the document says it: "vừa đúng thời hạn", not "còn dư 0 ngày".
  // The margin's days are those of the slack: the difference of the figures printed beside it.
  const margin = (slack: WorkingTime) =>
    readsInHours(limit.unit, slack.hours, hpd)
      ? work(Math.abs(slack.hours))
      : formatWorkingTime(Math.abs(slack.hours), hpd, lang, Math.abs(slack.days));
  const verdict = (
    slack: WorkingTime,
    within: boolean | undefined,
    texts: readonly [string, string, string],
    data: Record<string, string>,
  ) =>
    slack.hours === 0
      ? c.green(fill(texts[0], data))
      : within
        ? c.green(fill(texts[1], { ...data, slack: margin(slack) }))
        : c.red.bold(fill(texts[2], { ...data, over: margin(slack) }));
  // A case the limit names with its own limit, in the line's brackets as a channel's is: "(thời hạn 15 ngày làm việc)".
  // A channel's own case names its channel after the case: "phải xác minh, hồ sơ nộp trực tuyến".
  const caseData = (own: CaseTime, channel?: ChannelKind) => ({
    case: fill(channel ? w.channelCase : w.caseName, {
      case: own.case,
      channel: channel ? CHANNEL_NAMES[lang][channel].toLowerCase() : '',
    }),
    limit: bracketable(limitWords(own.limitDuration, own.text, lang, { note: false })),
  });
  // Same-day steps under a limit in working time take one working day at most: the total the document gives them.
  const bound = analysis.total ? undefined : sameDayBound(analysis);
  if (analysis.total && analysis.slack) {
    const total = { total: work(analysis.total.hours) };
    out.push(verdict(analysis.slack, analysis.withinLimit, [w.atLimit, w.within, w.over], total));
    // Over the limit with a case it names that judges no path (time added in another unit, a case no branch names):
    // said as lint says it, so that `time` does not read as the law broken where the law gives that case more time.
    if (analysis.withinLimit === false) {
      const hint = unjudgedNote(unjudgedCases(analysis.flow, procedure.time_limit, lang), lang);
      if (hint !== '') out.push(c.yellow(hint));
    }
    // Bare step days whose other reading gives the other verdict: both said (ambiguous-days asks which).
    if (report.bareStepsOver !== undefined) {
      const [over, within] =
        report.bareStepsOver === 'working' ? [w.workingDays, w.calendarDays] : [w.calendarDays, w.workingDays];
      out.push(c.yellow(fill(w.stepsOneReading, { texts: bareStepTexts(procedure), over, within })));
    }
    // A channel with a limit of its own (online, often shorter) is judged against it too, as lint judges it.
    // Measured on another path than the total above (a case's branch, which its limit binds too): that path's total,
    // case and steps beside the verdict, never the general figures.
    for (const { channel, limitDuration, slack, withinLimit, time } of ownChannelLimits(report)) {
      const data = { channel: channelLabel(channel, lang), limit: channelLimit(channel, limitDuration) };
      if (!onItsOwnPath(time, analysis) || !time.total) {
        out.push(verdict(slack, withinLimit, [w.channelAtLimit, w.channelWithin, w.channelOver], data));
        continue;
      }
      const path = { total: work(time.total.hours), path: time.criticalPath.join(' → ') };
      if (time.pathCase === undefined)
        out.push(
          verdict(slack, withinLimit, [w.channelPathAtLimit, w.channelPathWithin, w.channelPathOver], {
            ...data,
            ...path,
          }),
        );
      else {
        const named = fill(w.channelCase, { case: time.pathCase, channel: data.channel });
        out.push(
          verdict(slack, withinLimit, [w.caseAtLimit, w.caseWithin, w.caseOver], { ...data, ...path, case: named }),
        );
      }
    }
  } else if (analysis.total) {
    out.push(fill(w.totalOnly, { total: work(analysis.total.hours) }));
  } else if (analysis.noTotal && 'draft' in analysis.noTotal) {
    // A draft's 0h is no time: the total is not known until the step is written, whatever the dates.
    out.push(fill(w.draftTotal, { why: whyNoTotal(analysis, lang)! }));
  } else if (bound) {
    // Same-day steps among working days: the most the steps take, in the document's words.
    out.push(fill(w.boundTotal, { bound: sameDayBoundText(bound, work(bound.total.hours), lang) }));
  } else {
    out.push(w.noTotal);
  }
  // With draft steps the path is not known: it was found with their placeholder 0h.
  const path =
    analysis.criticalPath.length > 0 || report.drafts
      ? analysis.criticalPath
      : (schedule?.path.map((i) => procedure.steps[i]!.id) ?? []);
  if (path.length > 0) out.push(fill(w.path, { path: path.join(' → ') }));
  const bodies = Object.entries(analysis.byBody).map(
    ([id, time]) => `${id} ${shortTime(time.hours, hpd, lang, limit.unit)}`,
  );
  if (bodies.length > 0) out.push(fill(w.byBody, { bodies: bodies.join(', ') }));

  // A bare "15 ngày" over as calendar days only: which days it means, both readings, and what to write.
  const oneReading = (text: string, channel: string) =>
    fill(w.bareOneReading, {
      text,
      as: channel === '' ? '' : ` (${channel})`,
      working: explicitDays(text, 'working'),
      calendar: explicitDays(text, 'calendar'),
    });
  // The other way round: within as procmap counts, over with the bare days (the limit's or the steps') as working days.
  const overAsWorking = (swept: Sweep, text: string, channel: string) =>
    swept.overAsWorkingDays === 'limit'
      ? fill(w.bareOverAsWorking, {
          text,
          as: channel === '' ? '' : ` (${channel})`,
          working: explicitDays(text, 'working'),
          calendar: explicitDays(text, 'calendar'),
        })
      : fill(w.stepsOverAsWorking, {
          texts: bareStepTexts(procedure),
          as: channel === '' ? '' : ` (${channel})`,
        });
  if (sweep) {
    const data = {
      window: windowText(sweep, lang),
      days: sweep.overDays,
      openDays: sweep.openDays,
    };
    if (sweep.overAsWorkingDays) {
      // Not "Đạt": within on procmap's reading only.
      const within = sweepWithinText(sweep, lang);
      out.push(
        c.yellow(within.charAt(0).toUpperCase() + within.slice(1)),
        c.yellow(overAsWorking(sweep, procedure.time_limit, '')),
      );
    } else if (!sweep.worst) out.push(c.green(sweepWithinText(sweep, lang, true)));
    else {
      const worst = sweep.worst;
      const text = fill(w.sweepOver, {
        ...data,
        received: formatDateTime(worst.received, lang),
        finish: formatDateTime(worst.finish, lang),
        // In days and hours, as lint says the same worst receipt ("2 working days 7 hours 59 minutes").
        over: formatOverrun(sweep.worstOver / 60, hpd, lang),
        appointment: formatDateTime(worst.appointment, lang),
      });
      // Over a bare "15 ngày" read as calendar days alone: the question, not an overrun (lint says the same).
      if (sweep.metAsWorkingDays) out.push(c.yellow(text), c.yellow(oneReading(procedure.time_limit, '')));
      else out.push(sweep.over === sweep.tried ? c.red.bold(text) : c.yellow(text));
    }
  }
  // A case's bare days ("tăng thêm 05 ngày" after working days, or a plain "không quá 15 ngày"), in the figures lint
  // and 5.4 give: as working days its total against that limit, as calendar days every receipt of the window tried,
  // the worst named.
  const readingLines = (own: CaseTime, swept: Sweep, named: string, path: string): string[] => {
    const [asWorking, asCalendar] = caseReadings(own)!;
    const working = workingReadingVerdict(own, hpd);
    const lines: string[] = [];
    if (own.total && working)
      lines.push(
        verdict(working.slack, working.withinLimit, [w.caseAtLimit, w.caseWithin, w.caseOver], {
          case: fill(w.caseReading, { case: named, reading: w.readAs.working }),
          limit: readingLimit(asWorking, own, lang),
          total: work(own.total.hours),
          path,
        }),
      );
    const data = {
      case: fill(w.caseReading, { case: named, reading: w.readAs.calendar }),
      limit: readingLimit(asCalendar, own, lang),
      window: windowText(swept, lang),
      within: sweepWithinText(swept, lang),
      days: swept.overDays,
      openDays: swept.openDays,
    };
    const worst = swept.worst;
    const calendarLine = worst
      ? fill(w.caseSweepOver, data) +
        fill(w.caseWorst, {
          received: formatDateTime(worst.received, lang),
          finish: formatDateTime(worst.finish, lang),
          over: formatOverrun(swept.worstOver / 60, hpd, lang),
          appointment: formatDateTime(worst.appointment, lang),
        })
      : fill(w.caseSweepOk, data);
    const both = { text: own.text, as: '', working: asWorking.words, calendar: asCalendar.words };
    // Over one reading only: the question, not an overrun (lint warns); over both: an overrun either way (lint errs).
    if (swept.metAsWorkingDays) lines.push(c.yellow(calendarLine), c.yellow(fill(w.bareOneReading, both)));
    else if (swept.overAsWorkingDays) lines.push(c.yellow(calendarLine), c.yellow(fill(w.bareOverAsWorking, both)));
    else if (!worst) lines.push(c.green(calendarLine));
    else lines.push(swept.over === swept.tried ? c.red.bold(calendarLine) : c.yellow(calendarLine));
    return lines;
  };
  // With a receipt, a case's bare days get an appointment per reading, each judged as a case's own is; where one
  // reading is late and the other is not, both readings and what to write.
  const readingAppointmentLines = (
    own: CaseTime,
    readings: readonly ReadingAppointment[],
    named: string,
    when: (appointment: Moment) => Record<string, string>,
  ) => {
    const texts = caseReadings(own)!;
    const lines: string[] = [];
    const late = readings.map(({ appointment, atNamedHour, finish }, r) =>
      finish <= appointment ? false : !endsOnItsDay(readingDuration(texts[r]!), atNamedHour, appointment, finish),
    );
    readings.forEach(({ appointment, finish }, r) => {
      const reading = texts[r]!;
      const text = fill(w.caseAppointment, {
        case: fill(w.caseReading, { case: named, reading: w.readAs[reading.reading] }),
        limit: readingLimit(reading, own, lang),
        ...when(appointment),
      });
      const done = `${text}${fill(w.caseFinish, { finish: formatDateTime(finish, lang) })}`;
      if (finish <= appointment) lines.push(c.bold(done));
      else if (!late[r]) lines.push(c.yellow.bold(`${done}${w.channelLateSameDay}`));
      else lines.push(c.red.bold(`${done}${w.channelLate}`));
    });
    const both = { text: own.text, as: '', working: texts[0].words, calendar: texts[1].words };
    if (late[1] && !late[0]) lines.push(c.yellow(fill(w.bareOneReading, both)));
    else if (late[0] && !late[1]) lines.push(c.yellow(fill(w.bareOverAsWorking, both)));
    return lines;
  };
  // Each case the limit names that a branch of the steps takes, judged on its own paths against its own limit.
  everyCase(analysis).forEach(({ own, channel }, k) => {
    const data = { ...caseData(own, channel), path: own.criticalPath.join(' → ') };
    const swept = report.caseSweeps?.find((c) => c.index === k)?.sweep;
    // Bare days: each reading's verdict, then both readings and what to write where they differ.
    if (own.unsettled && caseReadings(own) && swept && !schedule) {
      out.push(...readingLines(own, swept, data.case, data.path));
      return;
    }
    // Bare days of a case: its total and path, no verdict on a reading the officer has not settled (ambiguous-days).
    if (own.unsettled) {
      if (own.total && !schedule)
        out.push(fill(w.caseUnsettled, { ...data, written: own.text, total: work(own.total.hours) }));
      return;
    }
    if (own.total && own.slack)
      out.push(
        verdict(own.slack, own.withinLimit, [w.caseAtLimit, w.caseWithin, w.caseOver], {
          ...data,
          total: work(own.total.hours),
        }),
      );
    else if (swept) {
      const counts = {
        window: windowText(swept, lang),
        within: sweepWithinText(swept, lang),
        days: swept.overDays,
        openDays: swept.openDays,
      };
      const text = fill(swept.over === 0 ? w.caseSweepOk : w.caseSweepOver, { ...data, ...counts });
      out.push(swept.over === 0 ? c.green(text) : swept.over === swept.tried ? c.red.bold(text) : c.yellow(text));
    } else if (own.total && !schedule) out.push(fill(w.caseTotal, { ...data, total: work(own.total.hours) }));
  });
  // A channel's own limit that dates decide, swept as the procedure's is.
  for (const { channel, limit, sweep: swept } of report.channelSweeps ?? []) {
    const data = {
      channel: channelLabel(channel, lang),
      limit: channelLimit(channel, limit),
      window: windowText(swept, lang),
      within: sweepWithinText(swept, lang),
      days: swept.overDays,
      openDays: swept.openDays,
    };
    if (swept.overAsWorkingDays)
      out.push(
        c.yellow(fill(w.channelSweepOk, data)),
        c.yellow(overAsWorking(swept, channel.time_limit ?? procedure.time_limit, data.channel)),
      );
    else if (swept.over === 0) out.push(c.green(fill(w.channelSweepOk, data)));
    else if (swept.metAsWorkingDays)
      out.push(
        c.yellow(fill(w.channelSweepOver, data)),
        c.yellow(oneReading(channel.time_limit ?? procedure.time_limit, data.channel)),
      );
    else
      out.push(
        swept.over === swept.tried
          ? c.red.bold(fill(w.channelSweepOver, data))
          : c.yellow(fill(w.channelSweepOver, data)),
      );
  }

  if (schedule) {
    const labels: string[] = [w.received, w.start, w.daysOff, w.workdays, w.finish];
    // Duty days are rare: their longer heading widens the column only where there are some.
    if (report.specialDays.some((run) => run.kind === 'duty')) labels.push(dutyDaysLabel(lang));
    const width = Math.max(...labels.map((label) => label.length)) + 2;
    const line = (label: string, text: string) => `${(label ? `${label}:` : '').padEnd(width)}${text}`;
    // A date without a time claims no hour: the count starts at that day's opening, the earliest receipt.
    const receivedText = !report.dateOnly
      ? formatDateTime(schedule.received, lang)
      : fill(schedule.startReason ? w.dateOnlyClosed : w.dateOnly, {
          date: formatDate(dayOf(schedule.received), lang),
          time: formatClock(minuteOf(schedule.received)),
        });
    out.push('', line(w.received, receivedText));
    // Measured against rules it was not bound by, the dossier's times say nothing without this.
    if (report.beforeEffective !== undefined)
      out.push(`  ${fill(w.beforeEffective, { effective: formatDate(report.beforeEffective, lang) })}`);
    if (schedule.startReason) {
      // A same-day limit skips a Saturday morning's opening for the next working day (receiptStart): "the next opening"
      // beside a Monday start would contradict the Saturday hours the calendar lists.
      const why =
        schedule.startReason === 'cutoff'
          ? fill(w.afterCutoff, { cutoff: procedure.cutoff ?? '' })
          : limit.unit === 'sameday' && dayOf(schedule.start) !== dayOf(schedule.received)
            ? w.closedSameDay
            : w.closed;
      const dates = limit.unit === 'cd' || limit.unit === 'month' ? w.datesFromReceipt : '';
      out.push(line(w.start, `${formatDateTime(schedule.start, lang)} (${why}${dates})`));
    }
    // Days off under their heading, make-up working days under their own: a working day is no day off; duty days on
    // a holiday under the heading `procmap calendar` gives them, a holiday in law that is no make-up day.
    for (const [kind, label] of [
      ['off', w.daysOff],
      ['work', w.workdays],
      ['duty', dutyDaysLabel(lang)],
    ] as const)
      report.specialDays
        .filter((run) => run.kind === kind)
        .forEach((run, k) => out.push(line(k === 0 ? label : '', runText(run, lang))));
    const gap = Math.abs(report.margin ?? 0) / 60;
    // Late by office time, as lint judges it: no office minute after the appointment is not late.
    const late = (report.margin ?? 0) < 0;
    // Still late against the slip's hour, but a limit in whole days runs to 24:00 of its day (docs/ontime.md): on that
    // day the dossier is on time, as `ontime` rates it, and saying it cannot be would be untrue. Not at an hour the
    // law names: that hour ends the period.
    const sameDay = late && endsOnItsDay(limit, report.atNamedHour === true, schedule.appointment, schedule.finish);
    // Where the appointment is the limit counted from the start, the gap is the slack printed above: said in its days,
    // so that 11 hours are "1,37 ngày" on both lines (3 − 1,63), never "1,38" on one (11 / 8 rounded).
    const slack = analysis.slack;
    const gapText = (hours: number) =>
      slack !== undefined &&
      !readsInHours(limit.unit, hours, hpd) &&
      Math.abs(Math.abs(slack.hours) - hours) < 1e-9 &&
      slack.hours < 0 === late
        ? formatWorkingTime(hours, hpd, lang, Math.abs(slack.days))
        : work(hours);
    const verdict = late
      ? fill(sameDay ? w.lateSameDay : w.late, { over: gapText(gap) })
      : gap > 0
        ? fill(analysis.cases.length > 0 ? w.earlyOthers : w.early, { slack: gapText(gap) })
        : analysis.cases.length > 0
          ? w.exactOthers
          : w.exact;
    const finish = report.drafts
      ? // No finish, and so no verdict, until the drafts have a time: which ones, for the officer to write.
        `${unknownTime(lang)}, ${noTimeYet(procedure.steps, report.drafts, lang)}`
      : `${formatDateTime(schedule.finish, lang)}, ${verdict}`;
    out.push(
      line(w.finish, report.drafts ? finish : sameDay ? c.yellow.bold(finish) : late ? c.red.bold(finish) : finish),
    );
    const when = (appointment: Moment) => {
      const day = dayOf(appointment);
      return { time: clockText(appointment, lang), weekday: weekdayName(day, lang, 'long'), date: formatDmy(day) };
    };
    out.push('', c.bold(fill(w.appointment, when(schedule.appointment))));
    // Without the hour of receipt, a procedure with a cutoff has a second appointment: received after the cutoff.
    if (report.afterCutoff !== undefined)
      out.push(c.bold(fill(w.afterCutoffAppointment, { cutoff: procedure.cutoff ?? '', ...when(report.afterCutoff) })));
    // A liên thông limit's shares: each agency's own end, and whether its steps keep to it.
    for (const { text, late } of shareLines(report, lang, when)) out.push(late ? c.red.bold(text) : text);
    // Each case the limit names gets its own appointment, and the end of its own paths judged against it.
    everyCase(analysis).forEach(({ own, channel }, k) => {
      const at = report.caseAppointments?.[k];
      if (!at) return;
      if (own.unsettled && at.readings) {
        out.push(...readingAppointmentLines(own, at.readings, caseData(own, channel).case, when));
        return;
      }
      if (own.unsettled) {
        if (at.finish !== undefined)
          out.push(
            fill(w.caseUnsettledFinish, {
              ...caseData(own, channel),
              written: own.text,
              finish: formatDateTime(at.finish, lang),
            }),
          );
        return;
      }
      const text = fill(w.caseAppointment, { ...caseData(own, channel), ...when(at.appointment) });
      if (at.finish === undefined) {
        out.push(c.bold(text));
        return;
      }
      const done = `${text}${fill(w.caseFinish, { finish: formatDateTime(at.finish, lang) })}`;
      if (at.finish <= at.appointment) out.push(c.bold(done));
      else if (endsOnItsDay(own.limitDuration, at.atNamedHour, at.appointment, at.finish))
        out.push(c.yellow.bold(`${done}${w.channelLateSameDay}`));
      else out.push(c.red.bold(`${done}${w.channelLate}`));
    });
    // A channel with a limit of its own (online, often shorter) gets the appointment its receipt slip must give.
    report.channelAppointments?.forEach(({ channel, limit, appointment, atNamedHour, afterCutoff, finish, shares }) => {
      // The finish of the paths its limit binds, said where it is not the one above: a case's branch, named.
      const time = analysis.channels[procedure.channels!.indexOf(channel)];
      const done =
        report.drafts || !time || !onItsOwnPath(time, analysis)
          ? ''
          : time.pathCase === undefined
            ? fill(w.caseFinish, { finish: formatDateTime(finish, lang) })
            : fill(w.channelCaseFinish, { case: time.pathCase, finish: formatDateTime(finish, lang) });
      const text = `${fill(w.channelAppointment, {
        channel: channelLabel(channel, lang),
        limit: channelLimit(channel, limit),
        ...when(appointment),
      })}${done}`;
      if (report.drafts || finish <= appointment) out.push(c.bold(text));
      else if (endsOnItsDay(limit, atNamedHour, appointment, finish))
        out.push(c.yellow.bold(`${text}${w.channelLateSameDay}`));
      else out.push(c.red.bold(`${text}${w.channelLate}`));
      // Its own second appointment, under it, as the procedure's follows its own.
      if (afterCutoff !== undefined)
        out.push(
          c.bold(
            `  ${fill(w.afterCutoffAppointment, { cutoff: underChannelLimit(procedure, channel.time_limit!).cutoff ?? '', ...when(afterCutoff) })}`,
          ),
        );
      // Its limit's own shares, dated as the procedure's are, under its appointment.
      if (shares !== undefined)
        for (const line of shareLines(report, lang, when, shares))
          out.push(line.late ? c.red.bold(line.text) : line.text);
    });
  }
  if (report.years.length > 0)
    out.push(
      '',
      fill(w.years, {
        years: report.years.map(({ year, info }) => `${year} ${yearStatusText(info, lang, 'short')}`).join('; '),
      }),
    );
  if (report.bareDays) {
    const { limit, working, calendar, workingAppointment } = report.bareDays;
    out.push(
      '',
      c.yellow(fill(w.bareDays, { limit, working, calendar, other: formatDateTime(workingAppointment, lang) })),
    );
  }
  for (const note of unsureYearsNotes({ rule: report.ruleYears, provisional: report.provisionalYears }, lang))
    out.push('', c.yellow(note));
  const noData = noDataYearsNote(
    report.years.filter(({ info }) => info.noDaysOff).map(({ year }) => year),
    lang,
  );
  if (noData) out.push('', c.yellow(noData));
  return out;
}

/** `procmap time` for people: per procedure a step table, total against the limit, the critical path, due dates. */
export function timeText(reports: readonly ProcedureTime[], options: FormatOptions): string {
  return `${reports.map((report) => one(report, options).join('\n')).join('\n\n\n')}\n`;
}

/** The bare "3 ngày" of the counted steps, quoted, as the officer wrote them: "08 ngày", "02 ngày". */
function bareStepTexts(procedure: Procedure): string {
  return procedure.steps
    .filter((step) => step.draft !== true)
    .flatMap((step) => {
      const reading = readStepDuration(step.duration);
      return reading.ok && reading.bare && reading.duration.unit === 'cd' ? [`"${String(step.duration)}"`] : [];
    })
    .join(', ');
}

/** A reading's limit as its line names it: "15 ngày làm việc", or the general limit and the calendar days added. */
function readingLimit(reading: CaseReading, own: CaseTime, lang: Lang): string {
  const added = own.calendarExtension!;
  if (reading.duration) return bracketable(formatDuration(reading.duration, lang));
  // Both parts as procmap says a limit ("10 working days and 5 calendar days after it", "10 ngày làm việc và 5 ngày
  // lịch sau đó", as lint and the document say it): "tăng thêm 05 ngày lịch" is procmap's shorthand, not the law's.
  const general = parseDuration(added.general);
  return fill(WORDS[lang].thenCalendar, {
    limit: general ? formatDuration(general, lang) : added.general,
    days: formatDuration({ value: added.days, unit: 'cd' }, lang),
    count: added.days,
  });
}

/** A reading's limit as one duration, to say whether it runs to 24:00 of its last day: added calendar days do. */
function readingDuration(reading: CaseReading): Duration {
  return reading.duration ?? { value: reading.added ?? 0, unit: 'cd' };
}
