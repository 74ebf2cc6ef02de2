import { fill, type Lang } from '../i18n.js';
import { shareCandidates } from '../model/share-candidates.js';
import { shownSteps } from '../model/step-shown.js';
import type { Moment } from '../time/moment.js';
import type { ProcedureTime } from '../time/report.js';
import { formatDateTime, formatWorkingTime } from '../time/units.js';

const WORDS = {
  en: {
    due: 'Share of {agency} ({time}): ends {clock} on {weekday} {date}',
    counted:
      ' (the appointment: counted on from the share before, it would end {counted}, after the appointment, and the whole time limit binds)',
    early: '; its steps ({steps}) end {finish}, {margin} before it',
    exact: '; its steps ({steps}) end {finish}, exactly at its end',
    late: '; its steps ({steps}) end {finish}, {over} AFTER it',
    allWithin: "The steps of every agency end within the agency's share",
    unmatched:
      'The steps are not judged against the shares: the share of "{agency}" ({time}) matches no body that does a step; write the agency as its body is named in bodies',
    // Lint's words (steps-within-share), so both offer the same bodies to choose from.
    choose: ' ({names}), e.g. "{example}: {time}"',
    shared: 'The steps are not judged against the shares: "{first}" and "{second}" both name the body {key}',
  },
  vi: {
    due: 'Phần của {agency} ({time}): hết hạn {clock}, {weekday}, ngày {date}',
    counted:
      ' (là hẹn trả kết quả: tính nối tiếp phần trước thì hết hạn {counted}, sau hẹn trả, mà thời hạn chung là hạn cuối cùng)',
    early: '; các bước của cơ quan này ({steps}) xong {finish}, sớm {margin}',
    exact: '; các bước của cơ quan này ({steps}) xong {finish}, vừa đúng hạn',
    late: '; các bước của cơ quan này ({steps}) xong {finish}, SAU hạn {over}',
    allWithin: 'Các bước của mỗi cơ quan đều xong trong phần thời gian của cơ quan đó',
    unmatched:
      'Không đánh giá các bước theo phần thời gian của từng cơ quan: phần thời gian của «{agency}» ({time}) không khớp với cơ quan nào thực hiện các bước; hãy ghi tên cơ quan như trong bodies',
    choose: ' ({names}), ví dụ "{example}: {time}"',
    shared:
      'Không đánh giá các bước theo phần thời gian của từng cơ quan: "{first}" và "{second}" cùng khớp với cơ quan {key}',
  },
};

/**
 * The lines `time` prints after the appointment for a liên thông limit's shares: each share's end, counted in order
 * from the receipt, and whether its agency's steps end by then (`late` to colour it); then that all do, or why the
 * steps are not judged. `shares`: a way of filing's own, after its appointment.
 */
export function shareLines(
  report: ProcedureTime,
  lang: Lang,
  when: (moment: Moment) => { time: string; weekday: string; date: string },
  shares: ProcedureTime['shares'] = report.shares,
): { text: string; late: boolean }[] {
  if (shares === undefined) return [];
  const w = WORDS[lang];
  const hpd = report.analysis.hoursPerDay;
  const lines = shares.shares.map(({ agency, time, due, counted, finish, steps, margin }) => {
    const at = when(due);
    const head =
      fill(w.due, { agency, time, clock: at.time, weekday: at.weekday, date: at.date }) +
      (counted === undefined ? '' : fill(w.counted, { counted: formatDateTime(counted, lang) }));
    if (finish === undefined || margin === undefined) return { text: head, late: false };
    const data = {
      steps: shownSteps(report.procedure.steps, steps ?? [], lang).join(', '),
      finish: formatDateTime(finish, lang),
    };
    const hours = Math.abs(margin) / 60;
    if (margin < 0)
      return { text: head + fill(w.late, { ...data, over: formatWorkingTime(hours, hpd, lang) }), late: true };
    const tail =
      margin === 0 ? fill(w.exact, data) : fill(w.early, { ...data, margin: formatWorkingTime(hours, hpd, lang) });
    return { text: head + tail, late: false };
  });
  const { unjudged } = shares;
  if (unjudged?.kind === 'unmatched') {
    const data = { agency: unjudged.agency, time: unjudged.time };
    const free = shareCandidates(report.procedure, unjudged.taken);
    const names = free.map((name) => (lang === 'vi' ? `«${name}»` : `"${name}"`)).join(', ');
    const choose = free.length === 0 ? '' : fill(w.choose, { ...data, names, example: free[0]! });
    lines.push({ text: fill(w.unmatched, data) + choose, late: false });
  } else if (unjudged?.kind === 'shared') {
    const [first, second] = unjudged.agencies;
    lines.push({ text: fill(w.shared, { first, second, key: unjudged.key }), late: false });
  } else if (shares.shares.every(({ margin }) => margin !== undefined && margin >= 0))
    lines.push({ text: w.allWithin, late: false });
  return lines;
}
