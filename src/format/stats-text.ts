import { Chalk } from 'chalk';
import { unbandedCounts, type CatalogStats, type ListedProcedure } from '../catalog/stats.js';
import { fill, type Lang } from '../i18n.js';
import { unsureYearsNotes } from './unsure-years.js';
import { CHANNEL_NAMES } from '../model/channels.js';
import { parseDuration } from '../model/duration.js';
import type { Duration } from '../model/types.js';
import type { WorkingTime } from '../time/analyse.js';
import type { LeftOut } from '../catalog/counted.js';
import { formatDuration, formatNumber, formatOverrun, limitsUnitText } from '../time/units.js';

const WORDS = {
  en: {
    title: 'Catalog',
    procedures: 'procedures',
    level: 'By level',
    agency: 'By agency',
    field: 'By field',
    fots: 'Four on-the-spot',
    within: 'Within the limit',
    over: 'over the limit',
    notComparable: 'not comparable with the limit',
    draft: 'with draft steps (no total yet)',
    // The verdicts line's words, short, so that a chart row and the count above it read as one idea and the bars
    // start near the labels; what a short label leaves out is said in a note under the chart.
    byDatesRow: 'Within the limit, on dates',
    byDatesNote:
      'Within the limit, on dates: a limit in calendar days, months or the same day has no share in working time.',
    draftRow: 'With draft steps',
    draftNote: 'With draft steps: no total yet.',
    notComparableRow: 'Not comparable with the limit',
    usage: 'Critical path against the limit',
    least: 'Least slack',
    restsOn: 'The verdicts of {ids} rest on those days.',
    slack: 'slack',
    overBy: 'over by',
    total: 'total',
    limit: 'limit',
    case: 'case "{case}"',
    levels: { central: 'central', province: 'province', district: 'district', commune: 'commune' } as Record<
      string,
      string
    >,
    none: 'none',
    one: 'procedure',
    leftOut: 'Not counted: {count} with errors (each error is listed below the summary); fix them and run again:',
    files: 'files',
    file: 'file',
    unreadable: 'not read as a procedure',
  },
  vi: {
    title: 'Bộ quy trình',
    procedures: 'quy trình',
    level: 'Theo cấp',
    agency: 'Theo cơ quan',
    field: 'Theo lĩnh vực',
    fots: '4 tại chỗ',
    within: 'Trong thời hạn',
    over: 'vượt thời hạn',
    notComparable: 'không so được với thời hạn',
    draft: 'còn bước nháp (chưa có tổng thời gian)',
    byDatesRow: 'Trong thời hạn, theo ngày',
    byDatesNote:
      'Trong thời hạn, theo ngày: thời hạn tính bằng ngày lịch, tháng hoặc trong ngày nên không có tỷ lệ theo giờ làm việc.',
    draftRow: 'Còn bước nháp',
    draftNote: 'Còn bước nháp: chưa có tổng thời gian.',
    notComparableRow: 'Không so được với thời hạn',
    usage: 'Đường găng so với thời hạn',
    least: 'Ít thời gian dự phòng nhất',
    restsOn: 'Kết luận về {ids} dựa trên các ngày nghỉ đó.',
    slack: 'dự phòng',
    overBy: 'vượt',
    total: 'tổng',
    limit: 'thời hạn',
    case: 'trường hợp {case}',
    levels: { central: 'trung ương', province: 'tỉnh', district: 'huyện', commune: 'xã' } as Record<string, string>,
    none: 'không có',
    one: 'quy trình',
    leftOut: 'Chưa tính {count} có lỗi (lỗi của từng tệp được nêu sau bản tóm tắt); sửa các lỗi rồi chạy lại:',
    files: 'tệp',
    file: 'tệp',
    unreadable: 'không đọc được thành quy trình',
  },
} as const;

/**
 * Working time in the unit of the row's limit, as the summary page says it: days with the hours two decimals round in
 * brackets ("0,88 ngày làm việc (7 giờ)"), hours against a limit in hours; in English "working" in full ("2 working
 * days"), as beside "30 calendar days" a bare "2 d" reads as calendar days. An overrun is told as its size.
 */
function amountText(time: WorkingTime, hoursPerDay: number, limitUnit: Duration['unit'], lang: Lang): string {
  return limitsUnitText(Math.abs(time.hours), Math.abs(time.days), hoursPerDay, limitUnit, lang);
}

/**
 * "tổng 1,75 / thời hạn 2 ngày làm việc", "(trực tuyến)" after a channel's limit, in hours against a limit in hours
 * ("tổng 4 / thời hạn 4 giờ làm việc"); a limit not in working time as written ("thời hạn trong ngày (trực tuyến)").
 */
function figuresText(p: ListedProcedure, hoursPerDay: number, lang: Lang): string {
  const w = WORDS[lang];
  // Whose limit binds: the channel's, the case's the limit names ("trường hợp phải xác minh"), or both.
  const whose = [
    ...(p.limitChannel ? [CHANNEL_NAMES[lang][p.limitChannel].toLowerCase()] : []),
    ...(p.limitCase === undefined ? [] : [w.case.replace('{case}', p.limitCase)]),
  ];
  const channel = whose.length > 0 ? ` (${whose.join(', ')})` : '';
  const unit = p.limitUnit === 'h' ? 'h' : 'd';
  const figure = (time: WorkingTime) => (unit === 'h' ? time.hours : time.days);
  if (p.total && p.limit)
    return `${w.total} ${formatNumber(figure(p.total), lang)} / ${w.limit} ${formatDuration({ value: figure(p.limit), unit }, lang)}${channel}`;
  const written = p.caseLimit ?? p.channelLimit ?? p.timeLimit;
  const duration = parseDuration(written);
  const total = p.total ? `${w.total} ${amountText(p.total, hoursPerDay, p.limitUnit, lang)} / ` : '';
  return `${total}${w.limit} ${duration ? formatDuration(duration, lang) : written}${channel}`;
}

/** "dự phòng 0,5 ngày làm việc"; "vượt 3 giờ 59 phút" for a procedure over its limit, never a slack of 0 or less. */
function standingText(p: ListedProcedure, hoursPerDay: number, lang: Lang): string {
  const w = WORDS[lang];
  if (p.withinLimit !== false) return `${w.slack} ${amountText(p.slack!, hoursPerDay, p.limitUnit, lang)}`;
  if (p.slack === undefined || p.slack.hours >= 0) return w.over;
  // Late on dates: the worst receipt's lateness in lint's words, as `time`, `diff` and the document give it.
  if (p.overOnDates) return `${w.overBy} ${formatOverrun(-p.slack.hours, hoursPerDay, lang)}`;
  return `${w.overBy} ${amountText(p.slack, hoursPerDay, p.limitUnit, lang)}`;
}

/** "Chưa tính 2 tệp có lỗi …:" and a line for each file, its procedure's id where it was read as one; none when none. */
function leftOutLines(leftOut: readonly LeftOut[], lang: Lang, c: InstanceType<typeof Chalk>): string[] {
  if (leftOut.length === 0) return [];
  const w = WORDS[lang];
  const count = `${leftOut.length} ${leftOut.length === 1 ? w.file : w.files}`;
  return [
    c.yellow(fill(w.leftOut, { count })),
    ...leftOut.map((left) => `  ${left.file}  ${c.dim(left.id ?? w.unreadable)}`),
  ];
}

/** The catalog summary of `procmap stats` for a terminal. */
export function statsText(
  stats: CatalogStats,
  {
    color,
    lang,
    hoursPerDay,
    leftOut = [],
  }: { color: boolean; lang: Lang; hoursPerDay: number; leftOut?: readonly LeftOut[] },
): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = WORDS[lang];
  const pct = (share: number) => `${formatNumber(share * 100, lang)}%`;
  const levels =
    Object.entries(stats.byLevel)
      .map(([level, count]) => `${w.levels[level] ?? level} ${count}`)
      .join(' · ') || w.none;
  // A catalog whose every file has errors counts nothing: its lists say so rather than stand empty.
  const counts = (record: Record<string, number>) => {
    const rows = Object.entries(record).map(([k, v]) => `  ${String(v).padStart(5)}  ${k}`);
    return rows.length > 0 ? rows : [`  ${w.none}`];
  };
  const out = [
    c.bold(`${w.title}: ${stats.procedures} ${stats.procedures === 1 ? w.one : w.procedures}`),
    // A report saved to a file has no standard error beside it: it names the files its figures leave out.
    ...leftOutLines(leftOut, lang, c),
    `${w.level}: ${levels}`,
    `${w.fots}: ${stats.fourOnTheSpot.count} (${pct(stats.fourOnTheSpot.share)})`,
    `${w.within}: ${stats.withinLimit.within} · ${w.over}: ${stats.withinLimit.over} · ${w.notComparable}: ${stats.withinLimit.notComparable}${
      // Only where there are some: a catalog without drafts reads as it always has.
      stats.withinLimit.draft > 0 ? ` · ${w.draft}: ${stats.withinLimit.draft}` : ''
    }`,
    '',
    c.bold(`${w.usage}:`),
  ];
  // A row for each share of the limit, then the procedures without one under the labels and counts of the verdicts
  // line above, as the summary page's chart: "n/a 2" beside "not comparable: 0" named one idea two ways.
  const { withinByDates, draft, notComparable } = unbandedCounts(stats);
  const rows: [string, number][] = [
    ...Object.entries(stats.usageBands).filter(([band]) => band !== 'n/a'),
    ...(withinByDates > 0 ? [[w.byDatesRow, withinByDates] as [string, number]] : []),
    ...(draft > 0 ? [[w.draftRow, draft] as [string, number]] : []),
    [w.notComparableRow, notComparable],
  ];
  // The longest row is the full bar: "n/a", no longer a row, counts all three kinds.
  const most = Math.max(1, ...rows.map(([, count]) => count));
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, count] of rows) {
    const bar = '█'.repeat(Math.round((count / most) * 30));
    out.push(`  ${label.padEnd(width)} ${(label === '> 100%' ? c.red : c.green)(bar)} ${count}`);
  }
  // The short labels' whole meaning, for the rows drawn only: the site's bars say it in the label, which wraps there.
  const chartNotes = [...(withinByDates > 0 ? [w.byDatesNote] : []), ...(draft > 0 ? [w.draftNote] : [])];
  if (chartNotes.length > 0) out.push(...chartNotes.map((note) => c.dim(`  ${note}`)));
  if (stats.leastSlack.length > 0) {
    out.push('', c.bold(`${w.least}:`));
    const rows = stats.leastSlack.map((p) => ({
      p,
      slack: standingText(p, hoursPerDay, lang),
      figures: figuresText(p, hoursPerDay, lang),
    }));
    const widths = ['id', 'slack', 'figures'].map((key) =>
      Math.max(...rows.map((row) => (key === 'id' ? row.p.id : row[key as 'slack' | 'figures']).length)),
    );
    for (const { p, slack, figures } of rows)
      out.push(
        `  ${p.id.padEnd(widths[0]!)}  ${(p.withinLimit ? c.yellow : c.red)(slack.padEnd(widths[1]!))}  ${figures.padEnd(widths[2]!)}  ${c.dim(p.title)}`,
      );
  }
  // Verdicts that rest on days off not announced say so, as lint, time and the documents do.
  const notes = unsureYearsNotes({ rule: stats.ruleYears, provisional: stats.provisionalYears }, lang);
  if (notes.length > 0) {
    const ids = stats.leastSlack.filter((p) => p.unsureYears).map((p) => p.id);
    const restsOn = ids.length > 0 ? ` ${fill(w.restsOn, { ids: ids.join(', ') })}` : '';
    out.push('', ...notes.map((note, i) => c.yellow(i === notes.length - 1 ? `${note}${restsOn}` : note)));
  }
  out.push('', c.bold(`${w.agency}:`), ...counts(stats.byAgency));
  out.push('', c.bold(`${w.field}:`), ...counts(stats.byField));
  return `${out.join('\n')}\n`;
}
