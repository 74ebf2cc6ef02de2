import { fill, type Lang } from '../i18n.js';
import type { Procedure } from '../model/types.js';
import type { TimeAnalysis, WorkingTime } from '../time/analyse.js';
import type { Sweep } from '../time/sweep.js';
import { formatDuration, formatWorkingTime } from '../time/units.js';
import { formatTimeAgainst } from '../time/time-against.js';
import { bracketable, calendarDaysInText, lawLimitWords, limitWords, type LimitReader } from '../time/limit-words.js';
import { whyNoTotal } from '../time/no-total.js';
import { stepTimeOrUnknown } from '../time/draft.js';
import { timeVerdict, type TimeVerdict, type VerdictSweeps } from '../time/verdict.js';
import { channelVerdictText } from '../time/channel-verdict-text.js';
import { slackVerdictText } from '../time/slack-verdict-text.js';
import { sweepVerdictLines, verdictSaysLimitOpen } from '../time/sweep-verdict-text.js';
import { caseLineText, verdictPathTotal } from '../time/case-verdict-text.js';
import { escapeMermaidLabel, mermaidFrontMatterString } from './escape-mermaid.js';
import { buildFlowchartGraph, type FlowchartNode } from './flowchart-graph.js';
import { stepDuration } from '../model/step-days.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import { leavesTimeOut } from '../model/step-duration-words.js';
import { sameDayBound, sameDayBoundText } from '../time/same-day-bound.js';

/**
 * Which Mermaid diagram to write. `swimlane`: mermaid 11.17's `swimlane-beta`, true lanes with orthogonal edges, what
 * procmap renders. `flowchart`: the same lanes as `flowchart` subgraphs with classic shapes only, which the older
 * mermaid inside GitHub and GitLab also draws (less tidily).
 */
export type MermaidDialect = 'swimlane' | 'flowchart';

/** How to write a flowchart. */
export interface FlowchartOptions extends VerdictSweeps {
  lang: Lang;
  dialect: MermaidDialect;
  /** Put `id · title` in the diagram's front matter (off when the surrounding document shows it). */
  title: boolean;
  /** Who reads the summary's limit: a document's chart says how open hours are counted without procmap's name. */
  reader?: LimitReader;
}

const WORDS = {
  vi: {
    start: 'Bắt đầu',
    end: 'Kết thúc',
    critical: 'Đường găng (đỏ)',
    limit: 'Thời hạn',
    unknown: 'không tính được ({why})',
    draft: 'chưa xác định ({why})',
    notComparable: 'không so được với ngày làm việc',
    remark: '* Bước {n}: {note}',
    remarkExcluded: '* Bước {n}: {note}; thời gian ghi chú loại ra không được tính vào tổng',
  },
  en: {
    start: 'Start',
    end: 'End',
    critical: 'Critical path (red)',
    limit: 'Time limit',
    unknown: 'cannot be computed ({why})',
    draft: 'not known yet ({why})',
    notComparable: 'not comparable with working days',
    remark: '* Step {n}: {note}',
    remarkExcluded: '* Step {n}: {note}; the time this remark leaves out is not counted in the total',
  },
} as const;

// Colours chosen to survive black-and-white printing: the critical path is also thicker, not only red.
const STYLES = [
  'classDef step fill:#eef3fb,stroke:#4a6790,stroke-width:1px,color:#111',
  'classDef terminal fill:#e8f5e9,stroke:#2e7d32,stroke-width:1px,color:#111',
  'classDef gate fill:#fff8e1,stroke:#8d6e00,stroke-width:1px,color:#111',
  'classDef bar fill:#37474f,stroke:#37474f,color:#37474f',
  'classDef note fill:#fffde7,stroke:#9e9d24,stroke-width:1px,stroke-dasharray:4 3,color:#111',
  'classDef critical stroke:#c62828,stroke-width:3px',
];
/**
 * Layout settings that travel with the source, so mmdc or the Mermaid Live Editor draw the same chart procmap does.
 * Cross-lane edges must count when ranking steps, or a step is drawn level with the step it waits for and arrows
 * run back up over the lane titles; the title needs room above the lane headers, which the swimlane layout puts at
 * the top of the drawing. Narrow boxes and tight spacing keep a chart small enough to print its text at 7 pt or
 * more on an A4 page (flowchart-page.ts).
 */
const SWIMLANE_CONFIG = [
  'config:',
  '  flowchart:',
  '    titleTopMargin: 70',
  '    wrappingWidth: 160',
  '    nodeSpacing: 20',
  '    rankSpacing: 20',
  '  swimlane:',
  '    ignoreCrossLaneEdges: false',
];
// A heading over its sub-steps is their title, not a step of its own: white, dashed. Written only in a chart that has one.
const HEADING_STYLE = 'classDef heading fill:#fff,stroke:#4a6790,stroke-width:1px,stroke-dasharray:2 2,color:#111';
const CRITICAL_EDGE_STYLE = 'stroke:#c62828,stroke-width:3px';

/**
 * The time summary shown beside a flowchart: the critical path's total, the limit as published, and the slack or the
 * overrun, in the limit's unit (hours for a limit in hours, else working days) so the three lines compare at a glance.
 * A limit or a step that dates decide gets the verdict of its sweep when one is given, as the document's section 5.4
 * does; a channel's or a case's own limit, when the verdict finds it the tightest, is named with its figures. Every
 * verdict is the document's sentence for it; a line may hold a line break ("…; lịch nghỉ năm …") where the note starts
 * a new line and a one-line summary a space. `limitText`: the procedure's limit as written, whose words say whether its
 * hours are working hours; `reader`: who reads it.
 */
export function flowchartSummary(
  analysis: TimeAnalysis,
  lang: Lang,
  sweep?: Sweep,
  verdict?: TimeVerdict,
  limitText?: string,
  reader: LimitReader = 'officer',
  caseSweeps?: VerdictSweeps['caseSweeps'],
): string[] {
  const words = WORDS[lang];
  const hpd = analysis.hoursPerDay;
  // As the document prints the same times: days with their hours ("2 ngày làm việc (16 giờ)"), hours against a limit
  // in hours, and under a day that two-decimal days would round in hours ("1 giờ làm việc", not "0,13 ngày").
  const inUnitOf = (time: WorkingTime, limit: TimeAnalysis['limitDuration']) =>
    formatTimeAgainst(limit, time, hpd, lang);
  const inUnit = (time: WorkingTime) => inUnitOf(time, analysis.limitDuration);
  const draft = analysis.noTotal !== undefined && 'draft' in analysis.noTotal;
  // Same-day steps under a limit in working days: the most the steps take, as the document gives it.
  const bound = analysis.total ? undefined : sameDayBound(analysis);
  const lines = [
    `${words.critical}: ${
      analysis.total
        ? inUnit(analysis.total)
        : bound
          ? sameDayBoundText(bound, inUnit(bound.total), lang)
          : fill(draft ? words.draft : words.unknown, { why: bracketable(whyNoTotal(analysis, lang, true) ?? '') })
    }`,
  ];
  // Hours the law leaves open ("24 giờ") as written, procmap's reading beside them; the law's tail is the document's.
  // Working days with their hours, as the document's limit: the total and the slack beside it have theirs.
  const head =
    analysis.limit && analysis.limitDuration.unit === 'd'
      ? formatWorkingTime(analysis.limit.hours, hpd, lang)
      : undefined;
  // The limit's line is written once the verdict under it is known: a verdict that says the bare days leave working or
  // calendar days open ("Chưa kết luận được: thời hạn không ghi rõ …") is not preceded by the limit's line saying it.
  const limitLine = (openSaid: boolean) => {
    const limit =
      limitText === undefined
        ? (head ?? formatDuration(analysis.limitDuration, lang))
        : reader === 'public'
          ? limitWords(analysis.limitDuration, limitText, lang, { head, note: false, reader })
          : lawLimitWords(analysis.limitDuration, limitText, lang, { head, note: false, reader, openSaid });
    const comparable = !analysis.total || analysis.limit || sweep !== undefined;
    return `${words.limit}: ${comparable ? limit : `${limit}, ${words.notComparable}`}`;
  };
  lines.push(limitLine(false));
  let openSaid = false;
  // The general sweep's verdict, marking whether it says the limit's days are open.
  const sweepLines = (general: Sweep) => {
    openSaid ||= verdictSaysLimitOpen(general);
    return sweepVerdictLines(general, lang).join('\n');
  };
  // The verdict in the document's sentences (5.4), each from one source, so the chart printed in it says the same.
  const binds = verdict?.slack !== undefined && (verdict.withinLimit === false || analysis.slack !== undefined);
  // 5.4 gives the general limit's verdict first, named, and a channel's or a case's own on the lines after it: the
  // chart does the same, or "Thời hạn: 5 ngày" followed by only the online channel's overrun reads as a contradiction.
  const ownBinds =
    verdict?.slack !== undefined && binds && (verdict.case !== undefined || verdict.channel !== undefined);
  if (ownBinds && analysis.slack && analysis.withinLimit !== undefined)
    lines.push(
      channelVerdictText(
        { limitText: limitText ?? '', limitDuration: analysis.limitDuration, withinLimit: analysis.withinLimit },
        analysis.slack,
        hpd,
        lang,
        reader,
      ),
    );
  else if (ownBinds && sweep !== undefined && !draft) lines.push(sweepLines(sweep));
  if (verdict?.slack && binds && verdict.case !== undefined) {
    // A case's own limit binds (its paths overrun, or have the least to spare): the document's line for the case,
    // without its list of steps (the boxes are in the chart; a list would make the note too tall), then its verdict.
    lines.push(
      caseLineText(
        { case: verdict.case, text: verdict.limitText, limitDuration: verdict.limitDuration, total: verdict.total },
        hpd,
        lang,
        reader,
        verdict.channel,
      ),
      verdict.sweep
        ? sweepVerdictLines(verdict.sweep, lang).join('\n')
        : slackVerdictText(verdict.limitDuration, verdict.slack, verdict.withinLimit !== false, hpd, lang),
    );
  } else if (verdict?.slack && binds && verdict.channel) {
    // A channel's own limit is the tightest (online is often shorter); measured on another path than the red one (a
    // case's branch its limit binds too), that path's total first.
    const pathTotal = verdictPathTotal(verdict, analysis.criticalPath, hpd, lang);
    if (pathTotal !== undefined) lines.push(pathTotal);
    lines.push(channelVerdictText(verdict, verdict.slack, hpd, lang, reader));
  }
  // The total against the limit, nothing to spare included.
  else if (analysis.slack && analysis.withinLimit !== undefined)
    lines.push(slackVerdictText(analysis.limitDuration, analysis.slack, analysis.withinLimit, hpd, lang));
  // Dates decide the verdict, whether through the limit or through a step with no working-time total: the sweep's,
  // as the document, lint and stats give it. A draft has no verdict yet.
  else if (sweep !== undefined && !draft) lines.push(sweepLines(sweep));
  if (openSaid) lines[1] = limitLine(true);
  // A case whose bare "10 ngày" is over on one reading only binds no verdict, yet 5.4 gives it its line ("Chưa kết
  // luận được: …"): the chart says it too, or its "Đạt" would stand for a case it never judged.
  if (draft || verdict?.case !== undefined) return lines;
  const unsettled = analysis.cases.flatMap((own, k) => {
    const swept = caseSweeps?.[k];
    if (!own.unsettled || !swept || !(swept.metAsWorkingDays || swept.overAsWorkingDays)) return [];
    const line = caseLineText({ ...own, unsettled: true }, hpd, lang, reader);
    return [line, sweepVerdictLines(swept, lang).join('\n')];
  });
  // The general verdict named, as 5.4 names it when a case's line follows it.
  if (unsettled.length > 0 && analysis.slack && analysis.withinLimit !== undefined && lines.length === 3)
    lines[2] = channelVerdictText(
      { limitText: limitText ?? '', limitDuration: analysis.limitDuration, withinLimit: analysis.withinLimit },
      analysis.slack,
      hpd,
      lang,
      reader,
    );
  return [...lines, ...unsettled];
}

// A remark this long or shorter fits the box under its time ("(kể từ ngày nhận đủ hồ sơ)"); a longer one would make
// the box taller than its lane's neighbours, so the time is starred and the remark is in the note under the chart.
const SHORT_REMARK = 32;

/** A step's remark as the file writes it ("(không kể thời gian niêm yết 07 ngày làm việc)"); none for a draft. */
function stepRemark(procedure: Procedure, step: number): string | undefined {
  const one = procedure.steps[step]!;
  return one.draft === true ? undefined : stepDuration(one.duration, procedure.time_limit)?.note;
}

// A step's number is the one its row has in the document's table (the officer's B2b is "2b."): see step-numbers.ts.
function stepLabel(procedure: Procedure, step: number, shown: string, lang: Lang): string {
  const { name, duration } = procedure.steps[step]!;
  const parsed = stepDuration(duration, procedure.time_limit);
  // "7 ngày lịch", as the summary under the chart says it ("tính bằng 7 ngày lịch"), not the table's "7 ngày (lịch)".
  const time = stepTimeOrUnknown(
    procedure.steps[step]!,
    parsed ? calendarDaysInText(formatDuration(parsed, lang)) : duration,
    lang,
  );
  // The remark is the law's words about the time: kept, as `time` and the document keep it.
  const remark = stepRemark(procedure, step);
  const label = `${escapeMermaidLabel(`${shown}. ${name}`)}<br/>${escapeMermaidLabel(time)}`;
  if (remark === undefined) return label;
  return remark.length <= SHORT_REMARK ? `${label}<br/>${escapeMermaidLabel(remark)}` : `${label}*`;
}

/** The note's lines for the steps whose remark is too long for their box, each starred as its time is. */
function remarkLines(procedure: Procedure, numbers: readonly string[], lang: Lang): string[] {
  const words = WORDS[lang];
  return procedure.steps.flatMap((_, i) => {
    const note = stepRemark(procedure, i);
    if (note === undefined || note.length <= SHORT_REMARK) return [];
    return [fill(leavesTimeOut(note) ? words.remarkExcluded : words.remark, { n: numbers[i]!, note })];
  });
}

function nodeLine(
  node: FlowchartNode,
  procedure: Procedure,
  numbers: readonly string[],
  options: FlowchartOptions,
): string {
  const words = WORDS[options.lang];
  switch (node.kind) {
    case 'start':
      return `${node.id}(["${words.start}"]):::terminal`;
    case 'end':
      return `${node.id}(["${words.end}"]):::terminal`;
    case 'step':
      return `${node.id}["${stepLabel(procedure, node.step!, numbers[node.step!]!, options.lang)}"]:::step`;
    case 'heading':
      return `${node.id}["${stepLabel(procedure, node.step!, numbers[node.step!]!, options.lang)}"]:::heading`;
    case 'decision': {
      // The diamond asks the step's question; the branch labels are the answers. Without a question it only marks
      // that one branch is taken.
      const question = procedure.steps[node.step!]!.question;
      return `${node.id}{"${question === undefined ? ' ' : escapeMermaidLabel(question)}"}:::gate`;
    }
    case 'fork':
    case 'join':
      return options.dialect === 'swimlane' ? `${node.id}@{ shape: ${node.kind} }` : `${node.id}[" "]:::bar`;
  }
}

/**
 * Mermaid source for a procedure's swimlane flowchart. Pure: every piece of user text is escaped and every id is
 * generated, so no step name can end a label, add a statement (`click`), a directive (`%%{init}%%`) or HTML.
 */
export function flowchartMermaid(procedure: Procedure, analysis: TimeAnalysis, options: FlowchartOptions): string {
  const graph = buildFlowchartGraph(procedure, analysis.flow, analysis.criticalPath);
  const numbers = shownStepNumbers(procedure.steps);
  const out: string[] = [];
  const frontMatter = [
    ...(options.title ? [`title: ${mermaidFrontMatterString(`${procedure.id} · ${procedure.title}`)}`] : []),
    ...(options.dialect === 'swimlane' ? SWIMLANE_CONFIG : []),
  ];
  if (frontMatter.length > 0) out.push('---', ...frontMatter, '---');
  out.push(options.dialect === 'swimlane' ? 'swimlane-beta TB' : 'flowchart TB');
  // The summary sits under the end of the critical path, or the first end when there is no path (calendar days, a loop).
  const anchor =
    graph.nodes.find((node) => node.id === graph.criticalEnd) ?? graph.nodes.find((node) => node.kind === 'end');
  const summaryLane = anchor?.lane ?? 0;
  graph.lanes.forEach((body, lane) => {
    out.push(
      `  subgraph L${lane}["${escapeMermaidLabel(procedure.bodies[body]?.name ?? body, { markdown: options.dialect === 'swimlane' })}"]`,
    );
    if (options.dialect === 'flowchart') out.push('    direction TB');
    for (const node of graph.nodes)
      if (node.lane === lane) out.push(`    ${nodeLine(node, procedure, numbers, options)}`);
    if (summaryLane === lane) {
      const verdict = timeVerdict(procedure, analysis, options);
      const summary = flowchartSummary(
        analysis,
        options.lang,
        options.sweep,
        verdict,
        procedure.time_limit,
        options.reader,
        options.caseSweeps,
      );
      const remarks = remarkLines(procedure, numbers, options.lang);
      // The note is as narrow as a box (mermaid wraps it at its wrapping width), so a long line wraps onto rows that
      // read as the start of the next: a bullet starts each line, its wrapped rows have none. (An empty row between
      // lines made the note taller: a chart that filled its page no longer did.)
      const bulleted = [...summary, ...remarks].map((line) => `• ${line}`);
      out.push(`    summary["${escapeMermaidLabel(bulleted.join('\n'))}"]:::note`);
    }
    out.push('  end');
  });
  const critical: number[] = [];
  graph.edges.forEach((edge, k) => {
    if (edge.part) out.push(`  ${edge.from} -.- ${edge.to}`);
    else
      out.push(
        `  ${edge.from} -->${edge.label === undefined ? '' : `|"${escapeMermaidLabel(edge.label)}"|`} ${edge.to}`,
      );
    if (edge.critical) critical.push(k);
  });
  // Invisible: it only keeps the summary next to its end terminal.
  if (anchor !== undefined) out.push(`  ${anchor.id} ~~~ summary`);
  out.push(...STYLES.map((style) => `  ${style}`));
  if (graph.nodes.some((node) => node.kind === 'heading')) out.push(`  ${HEADING_STYLE}`);
  const bars = graph.nodes.filter((node) => node.kind === 'fork' || node.kind === 'join');
  if (bars.length > 0 && options.dialect === 'swimlane')
    out.push(`  class ${bars.map((node) => node.id).join(',')} bar`);
  const criticalNodes = graph.nodes.filter((node) => node.critical && node.kind !== 'fork' && node.kind !== 'join');
  if (criticalNodes.length > 0) out.push(`  class ${criticalNodes.map((node) => node.id).join(',')} critical`);
  if (critical.length > 0) out.push(`  linkStyle ${critical.join(',')} ${CRITICAL_EDGE_STYLE}`);
  return `${out.join('\n')}\n`;
}
