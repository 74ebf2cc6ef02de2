import { fill, type Lang } from '../../i18n.js';
import { parseDuration } from '../../model/duration.js';
import type { Procedure, Signatory, Step } from '../../model/types.js';
import type { TimeAnalysis } from '../../time/analyse.js';
import { formatDuration, formatNumber, formatWorkingTime } from '../../time/units.js';
import { documentLabels, type DocumentLabels } from './labels.js';
import { Markup } from './markup.js';

/** One column of the sign-off block; name and title stay null so the printed form keeps space to fill in by hand. */
export interface SignerView {
  role: string;
  name: string | null;
  title: string | null;
}

/** One row of the step table. */
export interface StepView {
  no: number;
  name: string;
  description: string | null;
  body: string;
  role: string | null;
  time: string;
  /** Where the flow goes when it is not simply the next row: a decision, parallel branches, or the end. */
  flow: string | null;
  forms: string[];
  outputs: string[];
}

/** The processing-time figures of section 5.4 and the total row of the step table. */
export interface TimeView {
  limit: string;
  total: string;
  /** Whether the total fits the limit, in words; null when they cannot be compared. */
  verdict: string | null;
  withinLimit: boolean | null;
  criticalPath: string | null;
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
    effective: string;
  };
  /** Facts printed under the title: national code, field, level, agency; only those the procedure gives. */
  facts: { label: string; value: string }[];
  signers: SignerView[];
  history: { revision: string; date: string; changes: string }[];
  purpose: string | null;
  scope: string | null;
  legalBasis: string[];
  definitions: { term: string; meaning: string }[];
  conditions: string[];
  dossier: { no: number; name: string; copies: string | null; form: string | null }[];
  dossierCount: string | null;
  time: TimeView;
  place: string | null;
  fee: string | null;
  result: string | null;
  fourOnTheSpot: boolean;
  /** The flowchart as inline SVG (HTML) or mermaid source (Markdown), with a code fence longer than any in the source. */
  flowchart: { svg: Markup | null; mermaid: Markup | null; fence: string };
  steps: StepView[];
  forms: { no: number; code: string | null; name: string }[];
  records: { no: number; name: string; keeper: string | null; retention: string | null }[];
  /** The stylesheet, for HTML; null elsewhere. */
  css: Markup | null;
  /** A QR code to the procedure's page online with its caption (revision included); null when the site has no address. */
  qr: { svg: Markup; caption: string } | null;
}

/** What goes into a document besides the procedure itself. */
export interface DocumentInput {
  procedure: Procedure;
  analysis: TimeAnalysis;
  lang: Lang;
  flowchart?: { svg?: Markup; mermaid?: Markup };
  css?: Markup;
  /** The QR code to print on the cover: procmap-made SVG and its caption. */
  qr?: { svg: string; caption: string };
}

const FLOW_WORDS = {
  vi: { step: 'bước', parallel: 'Chuyển đồng thời: bước', end: 'Kết thúc quy trình', within: 'Đạt: còn dư {margin} so với thời hạn', over: 'Vượt thời hạn giải quyết {margin}', notComparable: 'Không so sánh được với thời hạn: có thời gian tính theo ngày lịch hoặc lưu đồ có vòng lặp', unknown: 'Không tính được: có bước tính theo ngày lịch hoặc lưu đồ có vòng lặp' },
  en: { step: 'step', parallel: 'Then, in parallel: steps', end: 'End of the process', within: 'Within the limit, {margin} to spare', over: 'Over the limit by {margin}', notComparable: 'Cannot be compared with the limit: a period in calendar days, or a loop in the flow', unknown: 'Cannot be computed: a step in calendar days, or a loop in the flow' },
} as const;

const LEVELS = {
  vi: { central: 'Trung ương', province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' },
  en: { central: 'Central', province: 'Province', district: 'District', commune: 'Commune' },
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

function stepTime(step: Step, lang: Lang): string {
  const duration = parseDuration(step.duration);
  return duration ? formatDuration(duration, lang) : step.duration;
}

function stepFlow(step: Step, steps: readonly Step[], lang: Lang): string | null {
  const words = FLOW_WORDS[lang];
  const numberOf = (id: string) => steps.findIndex((s) => s.id === id) + 1;
  const next = step.next;
  if (next === undefined) return null;
  if (Array.isArray(next)) {
    if (next.length === 0) return words.end;
    if (next.length === 1) return numberOf(next[0]!) === steps.indexOf(step) + 2 ? null : `→ ${words.step} ${numberOf(next[0]!)}`;
    return `${words.parallel} ${next.map(numberOf).join(', ')}`;
  }
  return Object.entries(next)
    .map(([label, id]) => `${label} → ${words.step} ${numberOf(id)}`)
    .join('; ');
}

function timeView(analysis: TimeAnalysis, procedure: Procedure, lang: Lang): TimeView {
  const hoursPerDay = analysis.hoursPerDay;
  const words = FLOW_WORDS[lang];
  // The limit as published: working days also in hours; hours and calendar days exactly as written.
  const limit = analysis.limit && analysis.limitDuration.unit === 'd' ? formatWorkingTime(analysis.limit.hours, hoursPerDay, lang) : formatDuration(analysis.limitDuration, lang);
  const total = analysis.total ? formatWorkingTime(analysis.total.hours, hoursPerDay, lang) : words.unknown;
  let verdict: string | null = words.notComparable;
  if (analysis.slack && analysis.withinLimit !== undefined) {
    const margin = formatWorkingTime(Math.abs(analysis.slack.hours), hoursPerDay, lang);
    verdict = fill(analysis.withinLimit ? words.within : words.over, { margin });
  }
  const names = analysis.criticalPath.map((id) => {
    const index = procedure.steps.findIndex((s) => s.id === id);
    return `${index + 1}. ${procedure.steps[index]!.name}`;
  });
  return {
    limit,
    total,
    verdict,
    withinLimit: analysis.withinLimit ?? null,
    criticalPath: names.length > 0 ? names.join(' → ') : null,
  };
}

function copiesText(copies: number | string | undefined, lang: Lang): string | null {
  if (copies === undefined) return null;
  if (typeof copies === 'string') return copies;
  return lang === 'vi' ? `${String(copies).padStart(2, '0')} bản` : `${formatNumber(copies, lang)}`;
}

/** Builds the view of one procedure's process document from the procedure, its time analysis and its flowchart. */
export function buildDocumentView(input: DocumentInput): DocumentView {
  const { procedure: p, analysis, lang } = input;
  const labels = documentLabels(lang);
  const bodyName = (id: string) => p.bodies[id]?.name ?? id;
  return {
    lang,
    labels,
    header: {
      issuer: p.issuer ?? p.agency ?? null,
      kind: labels.documentKind,
      title: p.title,
      code: p.id,
      revision: formatRevision(p.revision),
      effective: formatDate(p.effective),
    },
    facts: [
      [labels.nationalCode, p.code],
      [labels.field, p.field],
      [labels.level, p.level && LEVELS[lang][p.level]],
      [labels.agency, p.agency],
    ].flatMap(([label, value]) => (value ? [{ label: label!, value }] : [])),
    signers: [
      signer(labels.preparedBy, p.signoff?.prepared_by),
      signer(labels.reviewedBy, p.signoff?.reviewed_by),
      signer(labels.approvedBy, p.signoff?.approved_by),
    ],
    history: (p.history ?? []).map((h) => ({ revision: formatRevision(h.revision), date: formatDate(h.date), changes: h.changes })),
    purpose: p.purpose ?? null,
    scope: p.scope ?? null,
    legalBasis: p.legal_basis ?? [],
    definitions: (p.definitions ?? []).map((d) => ({ term: d.term, meaning: d.meaning })),
    conditions: p.conditions ?? [],
    dossier: (p.dossier ?? []).map((d, i) => ({ no: i + 1, name: d.name, copies: copiesText(d.copies, lang), form: d.form ?? null })),
    dossierCount: p.dossier_count ?? null,
    time: timeView(analysis, p, lang),
    place: p.place ?? null,
    fee: p.fee ?? null,
    result: p.result ?? null,
    fourOnTheSpot: p.four_on_the_spot === true,
    flowchart: { svg: input.flowchart?.svg ?? null, mermaid: input.flowchart?.mermaid ?? null, fence: fenceFor(input.flowchart?.mermaid?.text ?? '') },
    steps: p.steps.map((step, i) => ({
      no: i + 1,
      name: step.name,
      description: step.description ?? null,
      body: bodyName(step.body),
      // A role that only repeats the body's name adds nothing to the table.
      role: step.role !== undefined && step.role !== bodyName(step.body) ? step.role : null,
      time: stepTime(step, lang),
      flow: stepFlow(step, p.steps, lang),
      forms: step.forms ?? [],
      outputs: step.outputs ?? [],
    })),
    forms: (p.forms ?? []).map((f, i) => ({ no: i + 1, code: f.code ?? null, name: f.name })),
    records: (p.records ?? []).map((r, i) => ({ no: i + 1, name: r.name, keeper: r.keeper ?? null, retention: r.retention ?? null })),
    css: input.css ?? null,
    qr: input.qr ? { svg: new Markup(input.qr.svg), caption: input.qr.caption } : null,
  };
}
