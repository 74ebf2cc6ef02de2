import { fill, joinNames, type Lang } from '../../i18n.js';
import { isCounted, uncountedMark } from '../../model/uncounted.js';
import { OFFICE_WORDS } from '../../model/office-words.js';
import { parseDuration } from '../../model/duration.js';
import { findJoins } from '../../model/joins.js';
import type { Duration, DurationUnit, Procedure } from '../../model/types.js';
import type { TimeAnalysis } from '../../time/analyse.js';
import type { WorkingCalendar } from '../../time/calendar.js';
import { cutoffPlaces, type LimitKind } from '../../time/cutoff-scope.js';
import { exampleAppointment, exampleFrom } from '../../time/example.js';
import { unsureYears } from '../../time/window.js';
import { dayOf, formatClock, formatDay, minuteOf, weekday, type Day, type Moment } from '../../time/moment.js';
import { formatDateTime, formatDuration, formatLimit, weekdayName } from '../../time/units.js';
import { limitParts, openHours, limitWords as statutoryLimit } from '../../time/limit-words.js';
import { formatDate } from '../document/view.js';
import { substepSentences } from '../../format/substep-sentences.js';
import { dossierByCase } from '../../model/dossier-layout.js';
import { countText, kindWord } from '../../model/dossier-quantity.js';
import { applicantsOf, channelsOf, dossierOf, type Channel, type DossierItem } from './citizen-fields.js';
import { CITIZEN_LABELS, type CitizenLabels } from './citizen-labels.js';
import { citizenPath } from './index-page.js';
import { cutoffSentence, limitHint } from './limit-hint.js';
import { pageUrl, qrSvg } from './qr.js';
import { formLink } from './web-links.js';
import { stepDuration } from '../../model/step-days.js';
import { shownStepNumbers } from '../../model/step-numbers.js';
import { feeNamesItself } from '../../model/fee-names.js';
import { FREE_FEE } from '../../model/fee-amount.js';

/** One document to bring, in words. */
export interface DossierLine {
  name: string;
  /**
   * `01 bản chính, 02 bản sao`, part by part; null when the procedure gives no count. A part is `own` when it is the
   * procedure's words as written (`copies: "01 bản chính (xuất trình)"`), Vietnamese on a page in another language.
   */
  counts: { text: string; own: boolean }[] | null;
  /** A form given as an address: the words its link says and where it goes; otherwise "Mẫu: …" and no `href`. */
  form: { text: string; href: string | null } | null;
}

/** The dossier in groups: documents everyone brings (case null), then those of each case. */
export interface DossierGroup {
  case: string | null;
  items: DossierLine[];
}

/** One step of the simplified chart. */
export interface CitizenStep {
  /** The step's number as the document's table shows it: the officer's own ("2b") or its position. */
  no: string;
  name: string;
  who: string;
  time: string | null;
  /** Where the flow goes when it is not simply the step listed below: a decision, parallel steps, a jump, the end. */
  then: string | null;
  /** Where the flow comes from when it is not simply the step listed above (a branch, a jump, a join). */
  from: string | null;
  /** The step hands over to the step listed below it, and to nothing else: the chart draws an arrow between them. */
  toNext: boolean;
  /** How deep a part it is of a step counted by its parts (2.1 of 2: 1), indented as such; 0 for a step of its own. */
  depth: number;
}

/** Everything the citizen page prints, already in words. */
export interface CitizenView {
  lang: Lang;
  labels: CitizenLabels;
  id: string;
  title: string;
  code: string | null;
  revision: string;
  effective: string;
  /** Agency, field and level, those given; `own` for the procedure's words (the level is in the page's language). */
  facts: { text: string; own: boolean }[];
  applicants: string[];
  conditions: string[];
  /** The procedure says it has no conditions, printed "Không" rather than left out. */
  noConditions: boolean;
  dossier: DossierGroup[];
  /**
   * The procedure says no papers are needed (`dossier: Không`), printed so; a dossier it leaves out (or says is not
   * laid down yet) is not "no papers" and is left out of the page.
   */
  noDossier: boolean;
  dossierCount: string | null;
  /** The limit in words; `asWritten` when it prints the procedure's own text (unread, or the law's words whole). */
  limit: { text: string; note: string | null; hint: string | null; asWritten: boolean };
  /** "nộp thứ Sáu 09:00 → nhận kết quả thứ Sáu tuần sau, 09:00", with the dates it was computed on. */
  /** `laterDay`: the appointment falls on a later day than the receipt, so days off can move it. */
  /**
   * `workingTime`: the limit counts working days or hours, so a holiday inside it moves the appointment; a limit in
   * calendar days or months is not lengthened by one (Civil Code Art. 147–148: only a last day off moves it).
   */
  example: {
    text: string;
    dates: string;
    ordinary: boolean;
    laterDay: boolean;
    workingTime: boolean;
    /** Said when the appointment rests on days off not announced yet (computed from the law, or provisional). */
    unannounced: string;
  } | null;
  channels: { kind: string; details: string[]; note: string | null }[];
  place: string | null;
  fee: string | null;
  result: string | null;
  steps: CitizenStep[];
  /** Under the steps, as `procmap time` says it: a step made of the steps below it is counted once, by its parts. */
  substeps: string[];
  legalBasis: string[];
  fourOnTheSpot: boolean;
  /** The Friday the example counts from (`2026-12-04`): a page built in another week is out of date. */
  exampleFrom: string;
  /** One sentence for the page's meta description and search results. */
  description: string;
  qr: ProcedureQr | null;
}

/** What the citizen view is made from besides the procedure. */
export interface CitizenInput {
  procedure: Procedure;
  analysis: TimeAnalysis;
  calendar: WorkingCalendar;
  lang: Lang;
  /** The day the example appointment is counted from: the build's today. */
  today: Day;
  /** The page's QR code, when the site has an address (see `procedureQr`). */
  qr?: ProcedureQr;
}

/** A QR code to a procedure's page online, with the caption printed under it. */
export interface ProcedureQr {
  svg: string;
  url: string;
  caption: string;
}

/** The QR code printed on a procedure's citizen page and ISO document: its citizen page under the site address. */
export function procedureQr(base: URL, procedure: Procedure, lang: Lang): ProcedureQr {
  const t = CITIZEN_LABELS[lang];
  const url = pageUrl(base, citizenPath(procedure.id));
  return { svg: qrSvg(url, t.qrLabel), url, caption: fill(t.qrCaption, { id: procedure.id, revision: two(procedure.revision) }) };
}

/** A fee as people read it: a bare number of đồng with thousands grouped, 0 and "Miễn phí" as free, text as written. */
export function feeText(fee: string | number, lang: Lang): string {
  if (fee === 0 || fee === FREE_FEE) return CITIZEN_LABELS[lang].free;
  if (typeof fee === 'string') return fee;
  return lang === 'vi' ? `${fee.toLocaleString('vi-VN')} đồng` : `${fee.toLocaleString('en-US')} VND`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * `01 bản chính, 02 bản sao` / `1 original, 2 copies`, in the document's words (countText). A catalog written before
 * `originals` existed used `copies` for the number of papers whatever their kind: while no item of the procedure gives
 * `originals`, a number of copies reads as "01 bản" / "2".
 */
function countsText(item: DossierItem, split: boolean, lang: Lang): DossierLine['counts'] {
  const parts: { text: string; own: boolean }[] = [];
  if (item.originals !== undefined && item.originals > 0)
    parts.push({ text: countText(item.originals, lang, kindWord(item.originals, lang, 'originals'))!, own: false });
  if (typeof item.copies === 'number' && item.copies > 0)
    parts.push({ text: countText(item.copies, lang, split ? kindWord(item.copies, lang, 'copies') : '')!, own: false });
  if (typeof item.copies === 'string') parts.push({ text: item.copies, own: true });
  return parts.length > 0 ? parts : null;
}

function dossierGroups(procedure: Procedure, t: CitizenLabels, lang: Lang): DossierGroup[] {
  const items = dossierOf(procedure);
  const split = items.some((item) => item.originals !== undefined);
  const line = (item: DossierItem): DossierLine => {
    // A form given as an address is linked by its name, or its file's, or the paper's: never by the long address.
    const link = item.form === undefined ? undefined : formLink(item.form, item.name);
    const form = item.form === undefined ? null : (link ?? { text: fill(t.form, { form: item.form }), href: null });
    return { name: item.name, counts: countsText(item, split, lang), form };
  };
  // Documents for everyone first, then each case in the order it first appears, as the ISO document prints them.
  return dossierByCase(items).map((group) => ({ case: group.case, items: group.items.map(line) }));
}

/** A limit as written or parsed, in the published words with the law's tail; the text as written when it cannot be read. */
function limitWords(limit: string | { value: number; unit: string; note?: string }, lang: Lang): string {
  const duration = typeof limit === 'string' ? parseDuration(limit) : (limit as Duration);
  if (!duration) return String(limit);
  // A limit written as a map has no words of its own: its number and unit are procmap's, its note the law's.
  const written = typeof limit === 'string' ? limit : formatLimit(duration, 'vi');
  return statutoryLimit(duration, written, lang, { reader: 'public' });
}

/** When the result is due, relative to the day the dossier was handed in: "thứ Sáu tuần sau, 09:00". */
function relativeDue(received: Moment, due: Moment, lang: Lang, t: CitizenLabels): string {
  const clock = formatClock(minuteOf(due));
  const from = dayOf(received);
  const to = dayOf(due);
  if (from === to) return fill(t.sameDay, { clock });
  const monday = (day: Day) => day - ((weekday(day) + 6) % 7);
  const weeks = Math.round((monday(to) - monday(from)) / 7);
  // Beyond next week, in days: weeks counted Monday to Monday would call 45 days (Friday to a Monday) "7 weeks".
  const data = { weekday: weekdayName(to, lang, 'long'), clock, days: to - from };
  return fill(weeks === 0 ? t.sameWeek : weeks === 1 ? t.nextWeek : t.daysLater, data);
}

function exampleView(input: CitizenInput, t: CitizenLabels): CitizenView['example'] {
  let example;
  try {
    example = exampleAppointment(input.procedure, input.analysis.flow, input.calendar, input.today);
  } catch {
    // A calendar that never opens, or dates beyond the holiday tables: no example rather than a wrong one.
    return null;
  }
  if (!example) return null;
  const { received, appointment, ordinary } = example;
  const handedIn = `${weekdayName(dayOf(received), input.lang, 'long')} ${formatClock(minuteOf(received))}`;
  // A date the citizen plans by must not look settled when the year's days off are procmap's reading of the law.
  const unsure = unsureYears(input.calendar, dayOf(received), dayOf(appointment));
  const years = [...unsure.rule, ...unsure.provisional].sort((a, b) => a - b);
  return {
    text: fill(t.example, { received: handedIn, appointment: relativeDue(received, appointment, input.lang, t) }),
    dates: fill(t.exampleDates, { received: formatDateTime(received, input.lang), appointment: formatDateTime(appointment, input.lang) }),
    ordinary,
    laterDay: dayOf(appointment) > dayOf(received),
    workingTime: ['d', 'h'].includes(parseDuration(input.procedure.time_limit)?.unit ?? ''),
    unannounced: years.length === 0 ? '' : fill(t.exampleUnannounced, { years: years.join(', ') }),
  };
}

/** The unit of a channel's own limit (the limit itself when written), written or parsed; undefined when it cannot be read. */
function limitUnit(limit: string | { value: number; unit: string }): LimitKind | undefined {
  return typeof limit === 'string' ? parseDuration(limit) : (limit.unit as DurationUnit);
}

/**
 * A channel in words. `cutoff`: the procedure's cutoff when it is said beside this channel's own limit, which it moves
 * (a same-day limit for filing in person, where the procedure's limit is in calendar days); see cutoffPlaces.
 */
function channelView(
  channel: Channel,
  cutoff: string | undefined,
  calendar: WorkingCalendar,
  lang: Lang,
  t: CitizenLabels,
): CitizenView['channels'][number] {
  const details: string[] = [];
  if (channel.timeLimit !== undefined) {
    const limit = fill(t.channelLimit, { limit: limitWords(channel.timeLimit, lang) });
    const own = typeof channel.timeLimit === 'string' ? parseDuration(channel.timeLimit) : undefined;
    const sentence = cutoff === undefined ? undefined : cutoffSentence(cutoff, lang, own, calendar);
    details.push(sentence !== undefined ? `${limit} (${lowerFirst(sentence.replace(/\.$/, ''))})` : limit);
  }
  if (channel.fee !== undefined) {
    const fee = feeText(channel.fee, lang);
    details.push(feeNamesItself(fee) ? fee : fill(t.channelFee, { fee }));
  }
  return { kind: t.channels[channel.kind], details, note: channel.note ?? null };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A branch's answer as written for the chart ("Đủ điều kiện", "Cần xác minh") in the middle of the sentence "Nếu …":
 * its capital lowered, unless it starts with an office's name ("Sở Tư pháp đồng ý") or an abbreviation ("UBND", "Đạt
 * QCVN" keeps its second word): a name keeps its capital.
 */
function inSentence(label: string): string {
  const first = /^\p{Lu}\p{Ll}*/u.exec(label)?.[0];
  if (first === undefined || first.length < 2) return label;
  const office = OFFICE_WORDS.some((word) => label === word || label.startsWith(`${word} `));
  return office ? label : lowerFirst(label);
}

/**
 * The steps in list order, each saying in words where the flow goes and comes from wherever that is not the step
 * beside it in the list: the chart is the flowchart's text alternative, so an arrow is drawn only where the flow
 * really passes from one listed step to the next, and a step that ends the flow says so.
 */
function stepsView(procedure: Procedure, analysis: TimeAnalysis, lang: Lang, t: CitizenLabels): CitizenStep[] {
  const flow = analysis.flow;
  // A heading counted by its parts (2 for 2.1, 2.2): its parts one level deeper, headings before their parts.
  const depth = procedure.steps.map(() => 0);
  for (const { step, parts } of [...analysis.substeps].sort((a, b) => a.step - b.step))
    for (const part of parts) depth[part] = depth[step]! + 1;
  // A step that waits for parallel branches is entered from all of them, the step above it too: it names them all.
  const joins = findJoins(flow);
  // Steps are named by the numbers the document's table and the chart show them with (step-numbers.ts).
  const shown = shownStepNumbers(procedure.steps);
  const numbers = (steps: Iterable<number>, and: string) =>
    joinNames([...steps].sort((a, b) => a - b).map((i) => shown[i]!), and);
  const toNext = procedure.steps.map((_, i) => {
    const out = flow.outgoing[i] ?? [];
    return out.length === 1 && out[0]!.kind === 'sequence' && out[0]!.to === i + 1 && !joins.get(i + 1)?.has(i);
  });
  return procedure.steps.map((step, i) => {
    const duration = stepDuration(step.duration, procedure.time_limit);
    const out = flow.outgoing[i] ?? [];
    let then: string | null = null;
    if (out.length === 0) then = t.end;
    else if (out.every((edge) => edge.kind === 'decision' && edge.label === undefined)) {
      // "B2 hoặc B3": one of them, no case named.
      then = fill(t.choice, { to: numbers(new Set(out.map((edge) => edge.to)), t.or) });
    } else if (out.some((edge) => edge.kind === 'decision')) {
      then = out.map((edge) => fill(t.branches, { label: inSentence(edge.label ?? ''), to: shown[edge.to]! })).join('; ');
    } else if (out.length > 1) then = fill(t.parallel, { to: out.map((edge) => shown[edge.to]!).join(', ') });
    else if (!toNext[i]) then = fill(t.goTo, { to: shown[out[0]!.to]! });
    // Entered other than by the arrow from the step above: say from where, with the branch's answer.
    const join = joins.get(i);
    const entries = (flow.incoming[i] ?? []).filter(
      (edge) => !(edge.from === i - 1 && toNext[i - 1]) && !join?.has(edge.from),
    );
    const froms = entries.map((edge) =>
      edge.kind === 'decision' && edge.label !== undefined
        ? fill(t.fromBranch, { from: shown[edge.from]!, label: inSentence(edge.label) })
        : fill(t.fromStep, { from: shown[edge.from]! }),
    );
    if (join) froms.unshift(fill(t.fromJoin, { from: numbers(join, t.and) }));
    const from = froms.length === 0 ? null : froms.join('; ');
    return {
      no: shown[i]!,
      name: step.name,
      who: procedure.bodies[step.body]?.name ?? step.body,
      // A draft's 0h is a placeholder: "tối đa 0 giờ" would promise the step takes no time at all.
      time:
        step.draft === true
          ? t.stepTimeUnknown
          : duration
            ? // The law's remark on the step's time ("(không kể thời gian niêm yết …)") is kept, as the document keeps it.
              fill(t.stepTime, {
                time:
                  (duration.note === undefined ? formatDuration(duration, lang) : `${formatDuration(duration, lang)} ${duration.note}`) +
                  // A step the limit does not count says so, as the document's table and the chart do.
                  (isCounted(step) ? '' : ` ${uncountedMark(lang)}`),
              })
            : null,
      then,
      from,
      toNext: toNext[i]!,
      depth: depth[i]!,
    };
  });
}

/** Builds what the citizen page shows from a procedure, its time analysis and the working calendar. */
export function buildCitizenView(input: CitizenInput): CitizenView {
  const { procedure: p, lang } = input;
  const t = CITIZEN_LABELS[lang];
  const limit = input.analysis.limitDuration as Duration & { note?: string };
  const parsed = parseDuration(p.time_limit) !== undefined;
  // Hours the law leaves open ("24 giờ") as written, without procmap's reading, a note to the officer, not the public;
  // in English the law's tail is its whole Vietnamese phrase, which the page quotes.
  const words = parsed ? limitParts(limit, p.time_limit, lang, undefined, false, 'public') : null;
  const open = parsed && openHours(limit, p.time_limit);
  // In Vietnamese, the law's whole text where procmap's reading moved its words: it stands for the limit, quoted as is.
  const inPlace = words !== null && words.whole && lang === 'vi';
  const limitText = words
    ? [inPlace ? words.law : words.head, words.reading && `(${words.reading})`].filter(Boolean).join(' ')
    : p.time_limit;
  const channels = channelsOf(p);
  const cutoffAt = cutoffPlaces(
    p.cutoff,
    parsed ? limit : undefined,
    channels.map((channel) => (channel.timeLimit === undefined ? undefined : limitUnit(channel.timeLimit))),
  );
  const revision = two(p.revision);
  return {
    lang,
    labels: t,
    id: p.id,
    title: p.title,
    code: p.code ?? null,
    revision,
    effective: formatDate(p.effective),
    facts: [
      { text: p.agency, own: true },
      { text: p.field, own: true },
      { text: p.level && t.levels[p.level], own: false },
    ].filter((fact): fact is { text: string; own: boolean } => typeof fact.text === 'string' && fact.text !== ''),
    applicants: applicantsOf(p),
    conditions: p.conditions ?? [],
    noConditions: p.conditions?.length === 0,
    dossier: dossierGroups(p, t, lang),
    noDossier: p.dossier?.length === 0,
    dossierCount: p.dossier_count ?? null,
    limit: {
      text: limitText,
      note: inPlace ? null : (words?.law ?? null),
      asWritten: !parsed || inPlace,
      hint: parsed ? limitHint(limit, cutoffAt.limit ? p.cutoff : undefined, input.calendar, lang, !open) : null,
    },
    // An appointment counted in working hours would publish the reading the law leaves open (ambiguous-hours).
    example: open ? null : exampleView(input, t),
    channels: channels.map((channel, i) => channelView(channel, cutoffAt.channels[i] ? p.cutoff : undefined, input.calendar, lang, t)),
    place: p.place ?? null,
    fee: p.fee === undefined ? null : feeText(p.fee, lang),
    result: p.result ?? null,
    steps: stepsView(p, input.analysis, lang, t),
    substeps: substepSentences(p, input.analysis, lang),
    legalBasis: p.legal_basis ?? [],
    fourOnTheSpot: p.four_on_the_spot === true,
    exampleFrom: formatDay(exampleFrom(input.today)),
    description: fill(t.description, { title: p.title, limit: limitText }),
    qr: input.qr ?? null,
  };
}
