import { madeOfText, substepSentences } from '../../format/substep-sentences.js';
import type { CalendarShareLate } from '../../time/calendar-share.js';
import { isChoice } from '../../model/flow.js';
import { channelShareViews, shareTimeViews } from './share-views.js';
import { shownStepNumbers } from '../../model/step-numbers.js';
import { stepDuration } from '../../model/step-days.js';
import { leavesTimeOut } from '../../model/step-duration-words.js';
import { fill, type Lang } from '../../i18n.js';
import { parseDuration } from '../../model/duration.js';
import { applicantList, CHANNEL_NAMES } from '../../model/channels.js';
import { FREE_FEE } from '../../model/fee-amount.js';
import { SHARED_FEE } from '../../model/shared-fee.js';
import { LEVEL_NAMES } from '../../model/levels.js';
import { printableDeep } from '../../model/control-characters.js';
import { countsOriginals } from '../../model/dossier-counts.js';
import { dossierByCase, dossierPlacement } from '../../model/dossier-layout.js';
import { countText, quantityText } from '../../model/dossier-quantity.js';
import type { ChannelKind, DossierItem, Procedure, Signatory, Step } from '../../model/types.js';
import { onItsOwnPath, type CaseTime, type ChannelTime, type TimeAnalysis } from '../../time/analyse.js';
import type { Sweep } from '../../time/sweep.js';
import { cutoffPlaces, type CutoffPlaces } from '../../time/cutoff-scope.js';
import { whyNoTotal } from '../../time/no-total.js';
import { sameDayBound, sameDayBoundText } from '../../time/same-day-bound.js';
import { sweepVerdictText } from '../../time/sweep-verdict-text.js';
import { extensionWorkingReading } from '../../time/extension-readings.js';
import { extensionReadingsWords } from '../../time/extension-words.js';
import { judgedAgainstNothing } from '../../time/case-readings.js';
import { caseLineText, pathTotalText } from '../../time/case-verdict-text.js';
import { stepTime } from '../../time/draft.js';
import { timeVerdict, type TimeVerdict, type VerdictSweeps } from '../../time/verdict.js';
import { formatLimit, formatWorkingTime } from '../../time/units.js';
import { formatTimeAgainst } from '../../time/time-against.js';
import { bracketable, lawLimitWords, limitWords } from '../../time/limit-words.js';
import { channelVerdictText } from '../../time/channel-verdict-text.js';
import { slackVerdictText } from '../../time/slack-verdict-text.js';
import { unjudgedCases, unjudgedHint } from '../../time/unjudged-cases.js';
import { caseHeading } from '../case-heading.js';
import { channelColumns, STEP_COLUMNS } from './columns.js';
import { documentLabels, type DocumentLabels } from './labels.js';
import { Markup } from './markup.js';
import { sheetName, type Sheet } from '../flowchart-page.js';
import { mayOutgrowPage } from './row-split.js';
import { keepsWhole } from './keep-whole.js';

/** One column of the sign-off block; name and title stay null so the printed form keeps space to fill in by hand. */
export interface SignerView {
  role: string;
  name: string | null;
  title: string | null;
}

/** One row of the step table. */
export interface StepView {
  /** The step's number in the TT column: the officer's own ("2b") or its position (step-numbers.ts). */
  no: string;
  name: string;
  description: string | null;
  body: string;
  role: string | null;
  time: string;
  /** Where the flow goes when it is not simply the next row: a decision, parallel branches, or the end. */
  flow: string | null;
  /** The question of a decision step, printed before its branches. */
  question: string | null;
  inputs: string[];
  forms: string[];
  outputs: string[];
  /** Whether the row may be taller than a page, so print lets it break rather than push it whole to the next page. */
  breakable: boolean;
  /**
   * How deep the step sits under heading steps counted by their parts (2.1 under 2: 1): its name is indented so, the
   * reader sees the heading's time is its parts', not time of its own.
   */
  indent: number;
}

/** One row of the channels table (cách thức thực hiện): its limit and fee, the procedure's where it has none. */
export interface ChannelView {
  name: string;
  limit: string;
  fee: string | null;
  note: string | null;
  /** Whether the steps fit this channel's own limit, in words; null when it has none of its own or they cannot be compared. */
  verdict: string | null;
  withinLimit: boolean | null;
  /** Whether the row may be taller than a page (a fee by cases, a long note), so print lets it break, as a step's row. */
  breakable: boolean;
}

/** One row of the dossier table. */
export interface DossierItemView {
  no: number;
  name: string;
  /** The quantity in one column: "01 bản chính, 01 bản sao", or the text written. */
  copies: string | null;
  originals: string | null;
  /** Copies alone, for the split columns. */
  copiesOnly: string | null;
  form: string | null;
}

/** The processing-time figures of section 5.4 and the total row of the step table. */
export interface TimeView {
  limit: string;
  total: string;
  /** Whether the total fits the limit, in words; null when they cannot be compared. */
  verdict: string | null;
  withinLimit: boolean | null;
  criticalPath: string | null;
  /**
   * The last receipt time of the day (cutoff), `15:00`; null when the procedure sets none, or when its limit is one the
   * cutoff does not move (calendar days, months: a channel's own limit it moves then says it, as the site does).
   */
  cutoff: string | null;
  /**
   * Each case the limit names that a branch of the steps takes ("Trường hợp phải xác minh"), judged on its own paths
   * against its own limit: the case, its limit and total in one line with the steps its path adds to the table's (by
   * number), and its verdict.
   */
  cases: CaseTimeView[];
  /**
   * Each channel with a limit of its own, judged against it after the procedure's verdict and before the cases: its
   * verdict names the limit and the channel; `text` the path it is measured on where that is not the table's, else null.
   */
  channels: CaseTimeView[];
}

/** One case of the limit in section 5.4: the line that says it, and its verdict as the procedure's is said. */
export interface CaseTimeView {
  /** The line before the verdict; null for a channel judged on the table's own path, whose verdict says it all. */
  text: string | null;
  verdict: string | null;
  withinLimit: boolean | null;
}

/**
 * Everything a document template prints, already in words: numbers, dates and units formatted for the language.
 * Absent data is null (or an empty list), never undefined, so strict templates can tell "missing" from a typo.
 */
export interface DocumentView {
  lang: Lang;
  labels: DocumentLabels;
  header: {
    issuer: string | null;
    kind: string;
    title: string;
    code: string;
    revision: string;
    /** Ngày ban hành; null when the procedure does not say. */
    issued: string | null;
    effective: string;
    /** The agency's logo as a data: URI, for the control header; null for none. */
    logo: string | null;
  };
  /** Facts printed under the title: national code, field, level, agency; only those the procedure gives. */
  facts: { label: string; value: string }[];
  signers: SignerView[];
  history: { revision: string; date: string; changes: string; pages: string | null; note: string | null }[];
  /** The optional history columns, printed when some entry fills them. */
  historyColumns: { pages: boolean; note: boolean };
  purpose: string | null;
  scope: string | null;
  applicants: string[];
  channels: ChannelView[];
  legalBasis: string[];
  definitions: { term: string; meaning: string }[];
  conditions: string[];
  /** The lists the procedure says it has none of (`forms: Không`, or `[]`), printed "Không" rather than "Chưa quy định". */
  none: NoneLists;
  dossier: DossierItemView[];
  /**
   * The dossier by case (trường hợp): the papers for every case first, in a group with a null case and heading, then
   * each case in the order it first appears, with its heading ("Trường hợp: ủy quyền").
   */
  dossierGroups: { case: string | null; heading: string | null; items: DossierItemView[] }[];
  /** Originals and copies in their own columns: some item counts its originals. */
  dossierSplit: boolean;
  dossierCount: string | null;
  time: TimeView;
  place: string | null;
  fee: string | null;
  result: string | null;
  fourOnTheSpot: boolean;
  /** The flowchart as inline SVG (HTML) or mermaid source (Markdown), with a code fence longer than any in the source. */
  flowchart: { svg: Markup | null; mermaid: Markup | null; fence: string; tiles: FlowchartTileView[] | null };
  steps: StepView[];
  /** Under the step table, for each heading step counted by its parts, why its time is not added again (as `time` says). */
  stepsCountedOnce: string[];
  forms: { no: number; code: string | null; name: string }[];
  records: { no: number; name: string; keeper: string | null; retention: string | null }[];
  /** The stylesheet, for HTML; null elsewhere. */
  css: Markup | null;
  /** A QR code to the procedure's page online with its caption (revision included); null when the site has no address. */
  qr: { svg: Markup; caption: string } | null;
  /** Printing to PDF: the printer draws the control header with page numbers on every page, so the page leaves it out. */
  pdf: boolean;
  /** The flowchart's page of its own (wide or many lanes), `A4-landscape`, `A3-portrait`…; null when it stays in the text. */
  flowchartPage: string | null;
  /** The step table's column widths as CSS (`14%`), the Word file's own (STEP_COLUMNS). */
  stepColumns: Record<keyof typeof STEP_COLUMNS, string>;
  /** The channels table's columns in percent of the text width (name, limit, fee, note), as the Word file has them. */
  channelColumns: number[];
  /** By table, whether it is short enough to print whole (keep-whole.ts): its class `keep` in the HTML and the PDF. */
  keep: {
    history: boolean;
    channels: boolean;
    definitions: boolean;
    dossier: boolean;
    forms: boolean;
    records: boolean;
  };
}

/** For each list of the document, whether the procedure says there is none, which is not its being left out. */
export interface NoneLists {
  legalBasis: boolean;
  definitions: boolean;
  conditions: boolean;
  dossier: boolean;
  forms: boolean;
  records: boolean;
}

/** One page of a flowchart split over several pages (PDF only): the tile's SVG and its caption. */
export interface FlowchartTileView {
  svg: Markup;
  caption: string;
  first: boolean;
  last: boolean;
}

/** What goes into a document besides the procedure itself. */
export interface DocumentInput {
  procedure: Procedure;
  analysis: TimeAnalysis;
  /** For a limit or steps that dates decide (calendar days, months, same day): every receipt of a window tried. */
  sweep?: Sweep | undefined;
  /** The same for each channel's own limit, in the order of `channels`. */
  channelSweeps?: (Sweep | undefined)[];
  /** Each case of the limit, and of each channel's own, swept on its own paths (documentSweeps). */
  caseSweeps?: (Sweep | undefined)[];
  channelCaseSweeps?: (Sweep | undefined)[][];
  /** Each share of a liên thông limit in calendar days, swept (calendarShareSweeps); undefined for working time. */
  shareSweeps?: (CalendarShareLate | undefined)[] | undefined;
  /** The same for each channel's own limit, in the order of `channels`. */
  channelShareSweeps?: ((CalendarShareLate | undefined)[] | undefined)[];
  lang: Lang;
  /**
   * `tiles`: the flowchart's pieces, one per page, when it is split over several pages to keep its text readable;
   * `overlaps`: by piece, whether its cut overlaps the next (tilePlan), for its caption.
   */
  flowchart?: { svg?: Markup; mermaid?: Markup; tiles?: Markup[]; overlaps?: boolean[] };
  css?: Markup;
  /** The QR code to print on the cover: procmap-made SVG and its caption. */
  qr?: { svg: string; caption: string };
  /** The logo as a data: URI. */
  logo?: string | undefined;
  pdf?: boolean;
  flowchartPage?: Sheet | null;
}

const FLOW_WORDS = {
  vi: {
    step: 'bước',
    parallel: 'Chuyển đồng thời: bước',
    choice: 'Chuyển',
    or: 'hoặc',
    end: 'Kết thúc quy trình',
    draftTotal: 'Chưa xác định: {why}',
    free: 'Miễn phí',
    currency: '{amount} đồng',
    notComparable: 'Không so sánh được với thời hạn: {why}',
    limitByDates: 'thời hạn tính bằng {limit}, không theo ngày làm việc',
    unknown: 'Không tính được: {why}',
    steps: 'bước',
    pathSteps: '; đường găng: {steps}',
    pathAdds: 'có thêm {steps}',
    pathDrops: 'không qua {steps}',
    pathDiffers: '; đường găng {parts}',
    channelPath: 'Hồ sơ nộp {channel}: tổng thời gian các bước {total}',
    channelCasePath: 'Trường hợp {case}, hồ sơ nộp {channel}: tổng thời gian các bước {total}',
    channelHead: 'Hồ sơ nộp {channel} (thời hạn {limit})',
    // procmap's readings in its own words, unquoted: quoted, "tăng thêm 05 ngày lịch" read as the law's text.
    extensionReadings: 'Hiểu là {working}: {workingVerdict}; hiểu là {calendar}: {calendarVerdict}',
    unjudged: 'Chưa xét: không ghi rõ số ngày tăng thêm là ngày làm việc hay ngày lịch',
  },
  en: {
    step: 'step',
    parallel: 'Then, in parallel: steps',
    choice: 'Then',
    or: 'or',
    end: 'End of the process',
    draftTotal: 'Not known yet: {why}',
    free: 'Free of charge',
    currency: '{amount} VND',
    notComparable: 'Cannot be compared with the limit: {why}',
    limitByDates: 'the limit is counted in {limit}, not in working days',
    unknown: 'Cannot be computed: {why}',
    steps: 'steps',
    pathSteps: '; critical path: {steps}',
    pathAdds: 'also through {steps}',
    pathDrops: 'not through {steps}',
    pathDiffers: '; critical path {parts}',
    channelPath: 'Filed {channel}: total of the steps {total}',
    channelCasePath: 'Case "{case}", filed {channel}: total of the steps {total}',
    channelHead: 'Filed {channel} (limit {limit})',
    // procmap's readings in its own words, unquoted: quoted, "tăng thêm 05 ngày lịch" read as the law's text.
    extensionReadings: 'Read as {working}: {workingVerdict}; read as {calendar}: {calendarVerdict}',
    unjudged: 'Not judged: the limit does not say whether the days added are working or calendar days',
  },
} as const;

/** `2025-07-01` as `01/07/2025`, the way Vietnamese documents write dates. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** A revision number as documents print it: `02`. */
function formatRevision(revision: number): string {
  return String(revision).padStart(2, '0');
}

/** A Markdown code fence that no run of backticks in the text can close. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function signer(role: string, who: Signatory | undefined): SignerView {
  return { role, name: who?.name ?? null, title: who?.title ?? null };
}

/** Where a step's flow goes, for its row: the steps named by the numbers their rows show. */
function stepFlow(step: Step, steps: readonly Step[], numbers: readonly string[], lang: Lang): string | null {
  const words = FLOW_WORDS[lang];
  const indexOf = (id: string) => steps.findIndex((s) => s.id === id);
  const numberOf = (id: string) => numbers[indexOf(id)];
  const next = step.next;
  if (next === undefined) return null;
  if (Array.isArray(next)) {
    if (next.length === 0) return words.end;
    if (next.length === 1)
      return indexOf(next[0]!) === steps.indexOf(step) + 1 ? null : `→ ${words.step} ${numberOf(next[0]!)}`;
    return `${words.parallel} ${next.map(numberOf).join(', ')}`;
  }
  // "B2 hoặc B3": one of them, a decision whose cases the file does not name.
  if (isChoice(next))
    return `${words.choice} ${next.oneOf.map((id) => `${words.step} ${numberOf(id)}`).join(` ${words.or} `)}`;
  return Object.entries(next)
    .map(([label, id]) => `${label} → ${words.step} ${numberOf(id)}`)
    .join('; ');
}

/** The verdict of a sweep, in the words the flowchart's summary gives it too. */
function sweepVerdict(sweep: Sweep, lang: Lang): { verdict: string; withinLimit: boolean | null } {
  // Over a bare "15 ngày" read one way only: neither within nor over until the officer says which days.
  return {
    verdict: sweepVerdictText(sweep, lang),
    withinLimit: sweep.metAsWorkingDays || sweep.overAsWorkingDays ? null : sweep.over === 0,
  };
}

/** Where the procedure's cutoff is printed, decided as the citizen page decides it. */
function cutoffPlacesOf(procedure: Procedure): CutoffPlaces {
  return cutoffPlaces(
    procedure.cutoff,
    parseDuration(procedure.time_limit),
    (procedure.channels ?? []).map((channel) =>
      channel.time_limit === undefined ? undefined : parseDuration(channel.time_limit),
    ),
  );
}

// What a step's remark leaves out of its time ("không kể thời gian niêm yết …") is not in the total beside the verdict.
const LEFT_OUT = {
  vi: '; chưa gồm thời gian mà ghi chú của bước {n} loại ra: {note}',
  en: '; not counting the time the remark of step {n} leaves out: {note}',
} as const;

/** What the total adds for each step whose remark leaves time out; empty for none. */
function timeLeftOut(procedure: Procedure, lang: Lang): string {
  const numbers = shownStepNumbers(procedure.steps);
  return procedure.steps
    .map((step, i) => {
      const note = step.draft === true ? undefined : stepDuration(step.duration, procedure.time_limit)?.note;
      return note !== undefined && leavesTimeOut(note) ? fill(LEFT_OUT[lang], { n: numbers[i]!, note }) : '';
    })
    .join('');
}

function timeView(
  analysis: TimeAnalysis,
  procedure: Procedure,
  lang: Lang,
  sweeps: VerdictSweeps & Pick<DocumentInput, 'shareSweeps' | 'channelShareSweeps'>,
): TimeView {
  const hoursPerDay = analysis.hoursPerDay;
  const words = FLOW_WORDS[lang];
  // The law's words as written, procmap's reading beside them where they leave it open: never the reading in their place.
  const limit = lawLimitWords(analysis.limitDuration, procedure.time_limit, lang, {
    head:
      analysis.limit && analysis.limitDuration.unit === 'd'
        ? formatWorkingTime(analysis.limit.hours, hoursPerDay, lang)
        : undefined,
    reader: 'document',
  });
  // Why the steps have no working-time total (a draft step, a step by dates, a loop), or none when they have one.
  const noTotal = whyNoTotal(analysis, lang);
  const judged = timeVerdict(procedure, analysis, sweeps);
  // Same-day steps under a limit in working days take one working day at most: the most the steps take, said so.
  const bound = analysis.total ? undefined : sameDayBound(analysis);
  const total = analysis.total
    ? formatTimeAgainst(analysis.limitDuration, analysis.total, hoursPerDay, lang)
    : bound
      ? sameDayBoundText(bound, formatTimeAgainst(analysis.limitDuration, bound.total, hoursPerDay, lang), lang, true)
      : fill(judged.draft ? words.draftTotal : words.unknown, { why: noTotal ?? '' });
  const leftOut = analysis.total || bound ? timeLeftOut(procedure, lang) : '';
  const why = noTotal ?? fill(words.limitByDates, { limit: formatLimit(analysis.limitDuration, lang) });
  // The procedure's cases, then each channel's own ("trực tuyến: 8 ngày; trường hợp phải xác minh 12 ngày"), as `time` lists them.
  const cases = [
    ...analysis.cases.map((own, k) => caseTimeView(own, procedure, analysis, lang, sweeps.caseSweeps?.[k])),
    ...analysis.channels.flatMap(({ kind, cases }, i) =>
      cases.map((own, k) => caseTimeView(own, procedure, analysis, lang, sweeps.channelCaseSweeps?.[i]?.[k], kind)),
    ),
  ];
  const channels = channelTimeViews(procedure, analysis, judged, lang, sweeps.channelSweeps ?? []);
  // The general limit's verdict, on the paths the table's total measures, as `procmap time` gives it first: a channel's
  // or a case's own limit is judged on a line of its own below, never instead of it, or the page would say "Vượt" for
  // one limit and "Đạt" for another with nothing to tell which is which. Named when other limits follow it.
  let verdict: string | null = fill(words.notComparable, { why });
  let withinLimit: boolean | null | undefined = analysis.withinLimit;
  const { sweep } = sweeps;
  if (analysis.slack && analysis.withinLimit !== undefined) {
    verdict =
      channels.length > 0 || cases.length > 0
        ? channelVerdictText(
            {
              limitText: procedure.time_limit,
              limitDuration: analysis.limitDuration,
              withinLimit: analysis.withinLimit,
            },
            analysis.slack,
            hoursPerDay,
            lang,
            'document',
          )
        : slackVerdictText(analysis.limitDuration, analysis.slack, analysis.withinLimit, hoursPerDay, lang);
    // Over the limit with a case that judges no path (time added in another unit): the page says why, as lint and
    // `procmap time` do, so the verdict is not read as the law broken where the law gives that case more time.
    if (!analysis.withinLimit) verdict += unjudgedHint(unjudgedCases(analysis.flow, procedure.time_limit, lang), lang);
  } else if (sweep) {
    // A limit that dates decide is judged over every receipt of a window, as `procmap time` and lint judge it.
    ({ verdict, withinLimit } = sweepVerdict(sweep, lang));
  }
  const path = pathText(procedure, analysis.criticalPath);
  return {
    limit,
    total: total + leftOut,
    verdict,
    withinLimit: withinLimit ?? null,
    criticalPath: path === '' ? null : path,
    cutoff: cutoffPlacesOf(procedure).limit ? procedure.cutoff! : null,
    channels,
    // Each agency's share of a liên thông limit after the cases, as `procmap time` gives them after the appointments.
    cases: [
      ...cases,
      ...shareTimeViews(procedure, analysis, lang, (ids) => [pathText(procedure, ids)], sweeps.shareSweeps),
      // Then each channel's own shares, as `time` gives them under that channel's appointment.
      ...channelShareViews(procedure, analysis, lang, (ids) => [pathText(procedure, ids)], sweeps.channelShareSweeps),
    ],
  };
}

/**
 * Each channel with a limit of its own, judged against it as `procmap time` judges it: the verdict names the limit and
 * the channel; a line before it gives the path's total and how its steps differ from the table's path, where the
 * limit is measured on another path (a case's branch that limit binds too).
 */
function channelTimeViews(
  procedure: Procedure,
  analysis: TimeAnalysis,
  judged: TimeVerdict,
  lang: Lang,
  sweeps: readonly (Sweep | undefined)[],
): CaseTimeView[] {
  const words = FLOW_WORDS[lang];
  const { hoursPerDay } = analysis;
  return analysis.channels.flatMap((time, i): CaseTimeView[] => {
    const written = procedure.channels?.[i]?.time_limit;
    if (written === undefined) return [];
    const channel = CHANNEL_NAMES[lang][time.kind].toLowerCase();
    const own: TimeVerdict = { limitText: written, limitDuration: time.limitDuration, channel: time.kind };
    const path =
      time.total && onItsOwnPath(time, analysis)
        ? fill(time.pathCase === undefined ? words.channelPath : words.channelCasePath, {
            channel,
            case: time.pathCase ?? '',
            total: formatTimeAgainst(time.limitDuration, time.total, hoursPerDay, lang),
          }) + pathDifference(procedure, analysis.criticalPath, time.criticalPath, lang)
        : null;
    // The binding limit's verdict as the flowchart's summary words it (an overrun on dates included), word for word.
    if (judged.channel === time.kind && judged.case === undefined && judged.slack)
      return [
        {
          text: path,
          verdict: channelVerdictText(judged, judged.slack, hoursPerDay, lang, 'document'),
          withinLimit: judged.withinLimit ?? null,
        },
      ];
    if (time.slack && time.withinLimit !== undefined)
      return [
        {
          text: path,
          verdict: channelVerdictText(
            { ...own, withinLimit: time.withinLimit },
            time.slack,
            hoursPerDay,
            lang,
            'document',
          ),
          withinLimit: time.withinLimit,
        },
      ];
    // A sweep's verdict names no limit: the line before it does.
    const head = fill(words.channelHead, {
      channel,
      limit: bracketable(limitWords(time.limitDuration, written, lang, { note: false, reader: 'document' })),
    });
    const sweep = sweeps[i];
    if (sweep) return [{ text: head, ...sweepVerdict(sweep, lang) }];
    return [];
  });
}

/**
 * How a path's steps differ from the table's critical path, by number: "; đường găng có thêm bước 2b, 2c". The table
 * lists the path once; a case or a channel measured on another names only what it adds or leaves out.
 */
function pathDifference(procedure: Procedure, general: readonly string[], path: readonly string[], lang: Lang): string {
  const words = FLOW_WORDS[lang];
  const numbers = shownStepNumbers(procedure.steps);
  const numbered = (ids: readonly string[]) => {
    const list = ids.map((id) => numbers[procedure.steps.findIndex((s) => s.id === id)]!);
    return `${list.length === 1 ? words.step : words.steps} ${list.join(', ')}`;
  };
  if (path.length === 0) return '';
  // Without a path in the table (no total), the path by its numbers.
  if (general.length === 0) return fill(words.pathSteps, { steps: numbered(path) });
  const added = path.filter((id) => !general.includes(id));
  const dropped = general.filter((id) => !path.includes(id));
  const parts = [
    ...(added.length > 0 ? [fill(words.pathAdds, { steps: numbered(added) })] : []),
    ...(dropped.length > 0 ? [fill(words.pathDrops, { steps: numbered(dropped) })] : []),
  ];
  return parts.length === 0 ? '' : fill(words.pathDiffers, { parts: parts.join(', ') });
}

// A path printed with its steps' names at most this long: three or four lines of 5.4's cell. Longer (40 names of 200
// characters ran over 3½ pages as one cell), the path is said by the numbers the step table shows, "1 → 2 → … → 40".
const PATH_WITH_NAMES = 300;

/**
 * A path as 5.4 prints it: "1. Tiếp nhận hồ sơ → 2. Thẩm định" when that fits PATH_WITH_NAMES, else by the step
 * table's numbers, "1 → 2 → 3"; empty for no path.
 */
function pathText(procedure: Procedure, ids: readonly string[]): string {
  const named = stepNames(procedure, ids).join(' → ');
  if (named.length <= PATH_WITH_NAMES) return named;
  const numbers = shownStepNumbers(procedure.steps);
  return ids.map((id) => numbers[procedure.steps.findIndex((s) => s.id === id)]!).join(' → ');
}

/** Steps as the document names them on a path: "1. Tiếp nhận hồ sơ → 2. Thẩm định". */
function stepNames(procedure: Procedure, ids: readonly string[]): string[] {
  const numbers = shownStepNumbers(procedure.steps);
  return ids.map((id) => {
    const index = procedure.steps.findIndex((s) => s.id === id);
    return `${numbers[index]!}. ${procedure.steps[index]!.name}`;
  });
}

/**
 * A case of the limit, or of a channel's own, judged on its own paths, in the words of the procedure's verdict: its
 * line names the case, its limit and total, and the steps its path adds to the table's (by number, not all names).
 */
function caseTimeView(
  own: CaseTime,
  procedure: Procedure,
  analysis: TimeAnalysis,
  lang: Lang,
  sweep: Sweep | undefined,
  channel?: ChannelKind,
): CaseTimeView {
  const { hoursPerDay } = analysis;
  const text =
    caseLineText(own, hoursPerDay, lang, 'document', channel) +
    pathDifference(procedure, analysis.criticalPath, own.criticalPath, lang);
  if (own.slack && own.withinLimit !== undefined)
    return {
      text,
      verdict: slackVerdictText(own.limitDuration, own.slack, own.withinLimit, hoursPerDay, lang),
      withinLimit: own.withinLimit,
    };
  // Bare days added to working days whose two readings agree: each reading's verdict, as lint judges both; where they
  // differ, the sweep's "Chưa kết luận được" says both.
  const working = extensionWorkingReading(own, hoursPerDay);
  if (own.calendarExtension && sweep && working && !sweep.metAsWorkingDays && !sweep.overAsWorkingDays)
    return {
      text,
      verdict: fill(FLOW_WORDS[lang].extensionReadings, {
        ...extensionReadingsWords(own.calendarExtension, own.limitDuration, lang),
        workingVerdict: slackVerdictText(own.limitDuration, working.slack, working.withinLimit, hoursPerDay, lang),
        calendarVerdict: sweepVerdict(sweep, lang).verdict,
      }),
      withinLimit: working.withinLimit && sweep.over === 0,
    };
  if (sweep) return { text, ...sweepVerdict(sweep, lang) };
  // Said, as `time` says it, rather than left blank beside the cases that have a verdict.
  if (judgedAgainstNothing(own)) return { text, verdict: FLOW_WORDS[lang].unjudged, withinLimit: null };
  return { text, verdict: null, withinLimit: null };
}

function dossierItem(item: DossierItem, no: number, lang: Lang, split: boolean): DossierItemView {
  const placed = dossierPlacement(item, split);
  // A count of originals and words about the original (originals-in-copies warns) both stand under "Bản chính".
  const originals = [countText(placed.originals, lang), placed.originalsWords ?? null].filter((x) => x !== null);
  return {
    no,
    name: placed.name,
    copies: quantityText(item, lang, true),
    originals: originals.length > 0 ? originals.join('; ') : null,
    copiesOnly: countText(placed.copies, lang),
    form: item.form ?? null,
  };
}

/** The dossier's groups as printed, the papers for every case first, its items numbered in the order printed. */
function dossierGroups(dossier: readonly DossierItem[], lang: Lang, label: string): DocumentView['dossierGroups'] {
  const split = countsOriginals(dossier);
  let no = 0;
  return dossierByCase(dossier).map((group) => ({
    case: group.case,
    heading: group.case === null ? null : caseHeading(group.case, label),
    items: group.items.map((item) => dossierItem(item, ++no, lang, split)),
  }));
}

/** A fee as the document prints it: a number of đồng with thousands separators, 0 as free, text as written. */
function feeText(fee: string | number | undefined, lang: Lang): string | null {
  if (fee === undefined) return null;
  // The procedure's fee is text, its 0 "Miễn phí" (model/fee-amount.ts): printed in the reader's language as a 0 is.
  if (fee === 0 || fee === FREE_FEE) return FLOW_WORDS[lang].free;
  if (typeof fee === 'string') return fee;
  return fill(FLOW_WORDS[lang].currency, { amount: fee.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US') });
}

/**
 * A channel's limit as its row prints it: its own words, or the procedure's where it has none, as lawLimitWords gives
 * them for 5.4, less the hours of working days that 5.4 adds (printed there once, not again on every row).
 */
function channelLimitWords(
  written: string | undefined,
  own: ChannelTime | undefined,
  p: Procedure,
  analysis: TimeAnalysis,
  lang: Lang,
): string {
  return lawLimitWords(own?.limitDuration ?? analysis.limitDuration, written ?? p.time_limit, lang, {
    reader: 'document',
  });
}

/**
 * A channels row, breakable when it may be taller than a page: kept whole, Chromium pushed a row of a fee by 12 cases to
 * the next page and split it there anyway, leaving the table's title alone on a page otherwise blank (Word already
 * lets such a row break: docx.ts).
 */
function withBreak(row: Omit<ChannelView, 'breakable'>): ChannelView {
  return { ...row, breakable: mayOutgrowPage([row.name, row.limit, row.verdict, row.fee, row.note]) };
}

function channelViews(
  p: Procedure,
  analysis: TimeAnalysis,
  lang: Lang,
  sweeps: readonly (Sweep | undefined)[] = [],
): ChannelView[] {
  const cutoffAt = cutoffPlacesOf(p).channels;
  return (p.channels ?? []).map((channel, i) => {
    const time = analysis.channels[i];
    const own = channel.time_limit !== undefined && time !== undefined;
    let verdict: string | null = null;
    let withinLimit: boolean | null | undefined = own ? time.withinLimit : undefined;
    const sweep = sweeps[i];
    if (own && time.slack && time.withinLimit !== undefined) {
      verdict = slackVerdictText(time.limitDuration, time.slack, time.withinLimit, analysis.hoursPerDay, lang);
      // On a case's branch, or paths other than the procedure's total: that path's total beside the verdict.
      if (time.total && onItsOwnPath(time, analysis))
        verdict = `${pathTotalText(time.limitDuration, time.total, time.pathCase, analysis.hoursPerDay, lang)} ${verdict}`;
    } else if (own && sweep) ({ verdict, withinLimit } = sweepVerdict(sweep, lang));
    return withBreak({
      name: CHANNEL_NAMES[lang][channel.kind],
      // The decision's words, as 5.4 prints the general limit: an ISO document reproduces the procedure as decided
      // ("07 ngày làm việc kể từ …", not procmap's "7 ngày làm việc …"; "15 ngày" with its reading beside it, not "15
      // ngày (lịch)" in its place), procmap's reading only where it adds to them.
      limit: channelLimitWords(channel.time_limit, own ? time : undefined, p, analysis, lang).concat(
        cutoffAt[i] ? ` (${fill(documentLabels(lang).channelCutoff, { cutoff: p.cutoff! })})` : '',
      ),
      // The procedure's fee is printed once, in 5.6: a row without its own says it follows it, as the workbook does.
      fee: feeText(channel.fee, lang) ?? (p.fee ? SHARED_FEE[lang] : null),
      note: channel.note ?? null,
      verdict,
      withinLimit: withinLimit ?? null,
    });
  });
}

/**
 * The caption of tile `index` (from 0) of a flowchart split into `count` pages: its part, and on all but the last that
 * it goes on; that the parts overlap only where this piece's cut does (tilePlan's `overlaps`): a cut in a gap between
 * boxes repeats nothing, and saying so would send the reader looking for it.
 */
export function tileCaption(labels: DocumentLabels, index: number, count: number, overlaps = false): string {
  const part = fill(labels.flowchartPart, { part: index + 1, parts: count });
  if (index === count - 1) return part;
  return `${part}, ${labels.flowchartContinued}${overlaps ? `; ${labels.flowchartOverlap}` : ''}`;
}

function tileViews(
  tiles: readonly Markup[],
  overlaps: readonly boolean[],
  labels: DocumentLabels,
): FlowchartTileView[] | null {
  if (tiles.length < 2) return null;
  return tiles.map((svg, i) => ({
    svg,
    caption: tileCaption(labels, i, tiles.length, overlaps[i] === true),
    first: i === 0,
    last: i === tiles.length - 1,
  }));
}

/** Builds the view of one procedure's process document from the procedure, its time analysis and its flowchart. */
export function buildDocumentView(input: DocumentInput): DocumentView {
  const { analysis, lang } = input;
  // Every format prints the same words: Word's line breaks as a space, no character that prints nothing.
  const p = printableDeep(input.procedure);
  const labels = documentLabels(lang);
  const bodyName = (id: string) => p.bodies[id]?.name ?? id;
  const groups = dossierGroups(p.dossier ?? [], lang, labels.dossierCase);
  const channels = channelViews(p, analysis, lang, input.channelSweeps);
  const numbers = shownStepNumbers(p.steps);
  // Heading steps counted once, by their parts (model/substeps.ts): their parts' numbers, and each part's heading.
  const madeOf = new Map(analysis.substeps.map(({ step, parts }) => [step, parts.map((k) => numbers[k]!)]));
  const headingOf = new Map(analysis.substeps.flatMap(({ step, parts }) => parts.map((k) => [k, step] as const)));
  const indentOf = (i: number): number => {
    const heading = headingOf.get(i);
    return heading === undefined ? 0 : 1 + indentOf(heading);
  };
  return {
    lang,
    labels,
    header: {
      issuer: p.issuer ?? p.agency ?? null,
      kind: labels.documentKind,
      title: p.title,
      code: p.id,
      revision: formatRevision(p.revision),
      issued: p.issued ? formatDate(p.issued) : null,
      effective: formatDate(p.effective),
      logo: input.logo ?? null,
    },
    facts: [
      [labels.nationalCode, p.code],
      [labels.field, p.field],
      [labels.level, p.level && LEVEL_NAMES[lang].formal[p.level]],
      [labels.agency, p.agency],
    ].flatMap(([label, value]) => (value ? [{ label: label!, value }] : [])),
    signers: [
      signer(labels.preparedBy, p.signoff?.prepared_by),
      signer(labels.reviewedBy, p.signoff?.reviewed_by),
      signer(labels.approvedBy, p.signoff?.approved_by),
    ],
    history: (p.history ?? []).map((h) => ({
      revision: formatRevision(h.revision),
      date: formatDate(h.date),
      changes: h.changes,
      pages: h.pages ?? null,
      note: h.note ?? null,
    })),
    historyColumns: {
      pages: (p.history ?? []).some((h) => h.pages !== undefined),
      note: (p.history ?? []).some((h) => h.note !== undefined),
    },
    purpose: p.purpose ?? null,
    scope: p.scope ?? null,
    applicants: applicantList(p),
    channels,
    // The verdict is a line of its own under the limit.
    channelColumns: channelColumns(
      channels.map((c) => [c.name, [c.limit, c.verdict].filter(Boolean).join('\n'), c.fee, c.note]),
    ),
    legalBasis: p.legal_basis ?? [],
    definitions: (p.definitions ?? []).map((d) => ({ term: d.term, meaning: d.meaning })),
    conditions: p.conditions ?? [],
    none: {
      legalBasis: p.legal_basis?.length === 0,
      definitions: p.definitions?.length === 0,
      conditions: p.conditions?.length === 0,
      dossier: p.dossier?.length === 0,
      forms: p.forms?.length === 0,
      records: p.records?.length === 0,
    },
    dossier: groups.flatMap((group) => group.items),
    dossierGroups: groups,
    dossierSplit: countsOriginals(p.dossier),
    dossierCount: p.dossier_count ?? null,
    time: timeView(analysis, p, lang, input),
    place: p.place ?? null,
    fee: feeText(p.fee, lang),
    result: p.result ?? null,
    fourOnTheSpot: p.four_on_the_spot === true,
    flowchart: {
      svg: input.flowchart?.svg ?? null,
      mermaid: input.flowchart?.mermaid ?? null,
      fence: fenceFor(input.flowchart?.mermaid?.text ?? ''),
      tiles: tileViews(input.flowchart?.tiles ?? [], input.flowchart?.overlaps ?? [], labels),
    },
    steps: p.steps.map((step, i) => ({
      no: numbers[i]!,
      name: step.name,
      description: step.description ?? null,
      body: bodyName(step.body),
      // A role that only repeats the body's name adds nothing to the table.
      role: step.role !== undefined && step.role !== bodyName(step.body) ? step.role : null,
      // A heading counted by its parts says so after its time: the column adds up to the total only so.
      time: madeOf.has(i)
        ? `${stepTime(step, lang, p.time_limit)} ${madeOfText(madeOf.get(i)!, lang)}`
        : stepTime(step, lang, p.time_limit),
      indent: indentOf(i),
      flow: stepFlow(step, p.steps, numbers, lang),
      question: step.question ?? null,
      inputs: step.inputs ?? [],
      forms: step.forms ?? [],
      outputs: step.outputs ?? [],
      breakable: mayOutgrowPage([
        step.name,
        step.description,
        step.question,
        ...(step.inputs ?? []),
        ...(step.forms ?? []),
        ...(step.outputs ?? []),
      ]),
    })),
    stepsCountedOnce: substepSentences(p, analysis, lang),
    forms: (p.forms ?? []).map((f, i) => ({ no: i + 1, code: f.code ?? null, name: f.name })),
    records: (p.records ?? []).map((r, i) => ({
      no: i + 1,
      name: r.name,
      keeper: r.keeper ?? null,
      retention: r.retention ?? null,
    })),
    css: input.css ?? null,
    qr: input.qr ? { svg: new Markup(input.qr.svg), caption: input.qr.caption } : null,
    pdf: input.pdf === true,
    flowchartPage: input.flowchartPage ? sheetName(input.flowchartPage) : null,
    keep: {
      history: keepsWhole((p.history ?? []).map((h) => [h.changes, h.pages, h.note])),
      channels: keepsWhole(channels.map((c) => [c.name, c.limit, c.verdict, c.fee, c.note])),
      definitions: keepsWhole((p.definitions ?? []).map((d) => [d.term, d.meaning])),
      dossier: keepsWhole(
        groups.flatMap((group) => [[group.heading], ...group.items.map((item) => [item.name, item.copies, item.form])]),
      ),
      forms: keepsWhole((p.forms ?? []).map((f) => [f.code, f.name])),
      records: keepsWhole((p.records ?? []).map((r) => [r.name, r.keeper, r.retention])),
    },
    stepColumns: {
      no: `${STEP_COLUMNS.no}%`,
      step: `${STEP_COLUMNS.step}%`,
      body: `${STEP_COLUMNS.body}%`,
      time: `${STEP_COLUMNS.time}%`,
      forms: `${STEP_COLUMNS.forms}%`,
    },
  };
}
