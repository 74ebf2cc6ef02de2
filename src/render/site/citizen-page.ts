import { fill } from '../../i18n.js';
import { idFileName } from '../../model/id-file-name.js';
import { caseHeading } from '../case-heading.js';
import { buildCitizenView, procedureQr, type CitizenInput, type CitizenView } from './citizen-view.js';
import { html, raw, type SafeHtml } from './html.js';
import { markLongWords } from './long-words.js';
import { SITE_CSS } from './page.js';
import { ownLang, ownText } from './own-text.js';
import { withFormLink, withWebLinks } from './web-links.js';
import { LAW_SAYS, noteAfter, quotedApart } from '../../time/limit-words.js';

// Screen: one readable column that reflows down to 320 px. Print: one A4 sheet for the counter's notice board,
// with the QR code and the revision so a posted sheet can be checked against the current one.
const CITIZEN_CSS = `
main.citizen { max-width: 860px; margin: 0 auto; background: #fff; padding: 20px 24px 32px; }
.title-block { display: flex; gap: 16px; justify-content: space-between; align-items: flex-start; }
.kicker { color: var(--muted); margin: 0 0 4px; }
main.citizen h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 6px; }
.facts { color: var(--muted); margin: 0; }
.badge { display: inline-block; background: #e6f4ea; color: #14532d; border: 1px solid #1e7a3d; border-radius: 4px; padding: 4px 10px; margin: 10px 0 0; font-weight: 600; }
.badge span { font-weight: 400; }
.lines { white-space: pre-line; }
.glance { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 10px; margin: 18px 0; padding: 0; }
.glance div { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: #f6f8fa; }
.glance dt { color: var(--muted); font-size: 0.85rem; }
.glance dd { margin: 2px 0 0; font-weight: 600; overflow-wrap: anywhere; }
main.citizen section { margin: 22px 0 0; }
main.citizen h2 { font-size: 1.15rem; border-bottom: 2px solid var(--accent); padding-bottom: 2px; }
main.citizen h3 { font-size: 1rem; margin: 12px 0 4px; }
.dossier li { margin: 4px 0; }
.counts { white-space: nowrap; font-weight: 600; }
.hint, .note { color: var(--muted); }
.example { background: #eef5fc; border-left: 4px solid var(--accent); padding: 8px 12px; margin: 8px 0; }
.example strong { display: block; }
ol.flow { list-style: none; padding: 0; margin: 8px 0; counter-reset: none; }
ol.flow li { border: 1px solid var(--accent); border-radius: 6px; padding: 8px 12px; position: relative; background: #fff; }
ol.flow li + li { margin-top: 22px; }
/* The arrow only where the flow passes to the step below; elsewhere the step says in words where it goes. */
ol.flow li.to-next + li::before { content: "↓" / ""; position: absolute; top: -22px; left: 24px; color: var(--accent); font-weight: 700; line-height: 22px; }
ol.flow .no { font-weight: 700; color: var(--accent); }
/* A part of a step counted by its parts (2.1, 2.2 of 2) sits under it, indented: they are that step, not more time. */
ol.flow li.part-1 { margin-left: 28px; }
ol.flow li.part-2 { margin-left: 56px; }
ol.flow li.part-3 { margin-left: 84px; }
ol.flow .end { font-weight: 600; }
ol.flow .who, ol.flow .then, ol.flow .from { display: block; color: var(--muted); font-size: 0.9rem; }
.qr-figure { margin: 0; text-align: center; display: none; }
.qr-figure figcaption { font-size: 8pt; max-width: 30mm; color: #000; }
footer.links { margin-top: 26px; border-top: 1px solid var(--line); padding-top: 10px; color: var(--muted); }
footer.links a { margin-right: 14px; display: inline-block; } /* a link moves to the next line whole */
a { color: var(--accent); }
main.citizen a { overflow-wrap: anywhere; }
main.citizen :focus-visible, header.site :focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
@media (max-width: 600px) {
  main.citizen { padding: 14px 14px 24px; }
  main.citizen h1 { font-size: 1.3rem; }
  .counts { white-space: normal; }
}
@media print {
  @page { size: A4; margin: 9mm 11mm; }
  body { background: #fff; font-size: 8.4pt; line-height: 1.28; }
  header.site, footer.links .screen, .screen-only { display: none !important; }
  main.citizen { max-width: none; padding: 0; }
  main.citizen h1 { font-size: 14pt; }
  .badge { margin-top: 4px; padding: 2px 8px; }
  .qr-figure { display: block; }
  .glance { grid-template-columns: repeat(3, 1fr); gap: 6px; margin: 6px 0; }
  .glance div { padding: 3px 6px; }
  .sections { column-count: 2; column-gap: 7mm; }
  main.citizen section { margin: 0 0 6px; }
  main.citizen h2 { font-size: 9.6pt; margin: 0 0 2px; break-after: avoid; }
  main.citizen h3 { font-size: 8.8pt; margin: 3px 0 1px; }
  p { margin: 2px 0; }
  ul, ol { margin: 2px 0; padding-left: 15px; }
  li { margin: 0; }
  ol.flow li { padding: 2px 6px; break-inside: avoid; }
  ol.flow li + li { margin-top: 12px; }
  ol.flow li.to-next + li::before { top: -13px; line-height: 13px; }
  ol.flow .who, ol.flow .then, ol.flow .from { font-size: 8pt; }
  .example { padding: 2px 6px; margin: 3px 0; }
  footer.links { margin-top: 4px; padding-top: 3px; font-size: 7.5pt; }
  a { color: inherit; text-decoration: none; }
}
`;

/** A list; `lang` marks items that are the procedure's own words on a page in another language. */
function list(items: readonly string[], lang: SafeHtml = html``): SafeHtml {
  return html`<ul>${items.map((item) => html`<li${lang}>${item}</li>`)}</ul>`;
}

function section(id: string, heading: string, body: SafeHtml | string): SafeHtml {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${body}</section>`;
}

/** A dossier form as the page says it: "Mẫu: " and the link by its name, or the form's words with their links. */
function formText(
  form: { text: string; href: string | null },
  label: string,
  own: (text: string | SafeHtml) => string | SafeHtml,
): SafeHtml {
  if (form.href === null) return html`${own(withFormLink(form.text))}`;
  const [before, after] = label.split('{form}');
  return html`${before}${own(html`<a href="${form.href}">${form.text}</a>`)}${after}`;
}

function dossierSection(view: CitizenView): SafeHtml {
  const t = view.labels;
  const own = (text: string | SafeHtml) => ownText(text, view.lang);
  if (view.noDossier) return html`<p>${t.noDossier}</p>`;
  const groups = view.dossier.map(
    (group) => html`${group.case === null ? '' : html`<h3>${caseHeading(group.case, t.ifCase) === group.case ? own(group.case) : html`${t.ifCase}: ${own(group.case)}`}</h3>`}
<ol class="dossier">${group.items.map(
      (item) =>
        html`<li>${own(item.name)}${item.counts ? html` — <span class="counts">${item.counts.map((part, i) => html`${i > 0 ? ', ' : ''}${part.own ? own(part.text) : part.text}`)}</span>` : ''}${
          item.form ? html` <span class="note">(${formText(item.form, t.form, own)})</span>` : ''
        }</li>`,
    )}</ol>`,
  );
  return html`${groups}${view.dossierCount ? html`<p><strong>${t.dossierCount}:</strong> ${own(view.dossierCount)}</p>` : ''}`;
}

/** A text with its first letter in capitals, as a sentence opens (`trong ngày` → `Trong ngày`, `đ…` → `Đ…`). */
function capitalFirst(text: string, lang: string): string {
  const [first = '', ...rest] = text;
  return first.toLocaleUpperCase(lang) + rest.join('');
}

// A result due the day it is handed in is not moved by a holiday week: the sentence that says so is for longer limits.
function timeSection(view: CitizenView): SafeHtml {
  const t = view.labels;
  const example = view.example;
  const { text, note, hint } = view.limit;
  // The limit and its legal tail make one sentence; the hint follows it after one space, and nothing trails.
  const stop = /[.!?…]$/.test((note ?? text).trim()) ? '' : '.';
  const own = (words: string) => ownText(words, view.lang);
  const [lawSaysBefore, lawSaysAfter] = LAW_SAYS.split('{phrase}');
  // In English the law's Vietnamese is quoted whole after the translated limit, never glued onto it.
  const after = note === null ? null : noteAfter(text, note);
  const law = after === null ? '' : view.lang === 'vi' ? html`${after.joiner}${own(after.note)}` : quotedApart(note!) ? html`; ${lawSaysBefore}${own(note!)}${lawSaysAfter}` : html` (${lawSaysBefore}${own(note!)}${lawSaysAfter})`;
  // The limit opens a sentence: "Trong ngày.", "Same day.", never "trong ngày." (the boxes above keep it as it is).
  const opening = capitalFirst(text, view.lang);
  return html`<p><strong>${view.limit.asWritten ? own(opening) : opening}</strong>${law}${stop}${hint ? html` <span class="hint">${hint}</span>` : ''}</p>
${example ? html`<p class="example"><strong>${example.text}</strong> <span class="hint">${example.dates}${example.ordinary ? (example.laterDay && example.workingTime ? ` ${t.exampleHolidays}` : '') : ` ${t.exampleNotOrdinary}`}${example.unannounced ? ` ${example.unannounced}` : ''}</span></p>` : ''}`;
}

function submitSection(view: CitizenView): SafeHtml {
  const t = view.labels;
  const channels = view.channels.map(
    (c) => html`<li><strong>${c.kind}</strong>${c.details.length > 0 ? `: ${c.details.join(', ')}` : ''}${c.note ? html` <span class="note">— ${ownText(withWebLinks(c.note), view.lang)}</span>` : ''}</li>`,
  );
  return html`${channels.length > 0 ? html`<ul>${channels}</ul>` : ''}${view.place ? html`<p><strong>${t.place}:</strong> ${ownText(withWebLinks(view.place), view.lang)}</p>` : ''}`;
}

function stepsSection(view: CitizenView): SafeHtml {
  const t = view.labels;
  // "In order" only when it is true: every step hands over to the one below, and the last ends the flow.
  const linear = view.steps.every((s, i) => (i === view.steps.length - 1 ? s.then === t.end : s.toNext));
  return html`<p class="hint">${linear ? t.stepsIntro : t.stepsIntroBranches}</p>
<ol class="flow">${view.steps.map(
    (s) =>
      html`<li${classes(s)}><span class="no">${s.no}.</span> ${ownText(s.name, view.lang)}${s.from ? html`<span class="from">${s.from}</span>` : ''}<span class="who">${ownText(s.who, view.lang)}${s.time ? ` · ${s.time}` : ''}</span>${s.then ? html`<span class="then${s.then === t.end ? ' end' : ''}">${s.then}</span>` : ''}</li>`,
  )}</ol>${view.substeps.map((sentence) => html`
<p class="note substeps">${sentence}</p>`)}
<p class="screen-only"><a href="flowchart.svg">${t.stepsFull}</a></p>`;
}

// A step's classes: the arrow to the step below, and how deep a part it is of a step counted by its parts.
function classes(step: CitizenView['steps'][number]): SafeHtml | '' {
  const names = [step.toNext ? 'to-next' : '', step.depth > 0 ? `part part-${Math.min(step.depth, 3)}` : ''].filter(Boolean);
  return names.length === 0 ? '' : html` class="${names.join(' ')}"`;
}

/** The page a citizen reads (and the counter prints): what to bring, how long, how much, where, and the steps. */
export function citizenPage(view: CitizenView, links: { pdf: boolean }): string {
  const t = view.labels;
  // Label, value, whether the value is the procedure's own words, and whether its lines are kept (a fee by case).
  const glance: [string, string | null, boolean, boolean?][] = [
    [t.time, view.limit.text, view.limit.asWritten],
    [t.fee, view.fee, true, true],
    [t.result, view.result, true],
  ];
  const page = html`<!DOCTYPE html>
<html lang="${view.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="procmap-example-from" content="${view.exampleFrom}">
<title>${view.title} – ${t.kind}</title>
<meta name="description" content="${view.description}">
<style>${raw(SITE_CSS)}${raw(CITIZEN_CSS)}</style></head>
<body>
<header class="site"><a href="../../index.html">${t.back}</a></header>
<main class="citizen" id="main">
<div class="title-block">
<div>
<p class="kicker">${t.kind}${view.code ? ` · ${t.code} ${view.code}` : ''}</p>
<h1${ownLang(view.lang)}>${view.title}</h1>
${view.facts.length > 0 ? html`<p class="facts">${view.facts.map((fact, i) => html`${i > 0 ? ' · ' : ''}${fact.own ? ownText(fact.text, view.lang) : fact.text}`)}</p>` : ''}
${view.fourOnTheSpot ? html`<p class="badge">${t.fourOnTheSpot} <span>— ${t.fourOnTheSpotText}</span></p>` : ''}
</div>
${view.qr ? html`<figure class="qr-figure">${raw(view.qr.svg)}<figcaption>${view.qr.caption}</figcaption></figure>` : ''}
</div>
<dl class="glance" aria-label="${t.atAGlance}">${glance.filter(([, v]) => v).map(([k, v, own, lines]) => html`<div><dt>${k}</dt><dd${own ? ownLang(view.lang) : ''}${lines ? html` class="lines"` : ''}>${v}</dd></div>`)}</dl>
<div class="sections">
${section('applicants', t.applicants, view.applicants.length > 0 ? list(view.applicants, ownLang(view.lang)) : list([t.anyone]))}
${view.conditions.length > 0 || view.noConditions ? section('conditions', t.conditions, view.noConditions ? html`<p>${t.none}</p>` : list(view.conditions, ownLang(view.lang))) : ''}
${view.dossier.length > 0 || view.noDossier || view.dossierCount ? section('dossier', t.dossier, dossierSection(view)) : ''}
${section('time', t.time, timeSection(view))}
${view.channels.length > 0 || view.place ? section('submit', t.submit, submitSection(view)) : ''}
${view.fee ? section('fee', t.fee, html`<p${ownLang(view.lang)} class="lines">${view.fee}</p>`) : ''}
${view.result ? section('result', t.result, html`<p${ownLang(view.lang)}>${view.result}</p>`) : ''}
${section('steps', t.steps, stepsSection(view))}
${view.legalBasis.length > 0 ? section('legal', t.legalBasis, list(view.legalBasis, ownLang(view.lang))) : ''}
</div>
<footer class="links"><span>${view.id} · ${fill(t.revision, { revision: view.revision, effective: view.effective })}</span>
<span class="screen"> · <a href="index.html">${t.internal}</a>${links.pdf ? html`<a href="${idFileName(view.id)}.pdf">${t.internalPdf}</a>` : ''}</span></footer>
</main>
</body></html>
`;
  return markLongWords(page.value);
}

/** One procedure's citizen page, with its QR code when the site has an address (`base`). */
export function renderCitizenPage(input: Omit<CitizenInput, 'qr'> & { base: URL | undefined; pdf: boolean }): string {
  const { base, pdf, ...rest } = input;
  const view = buildCitizenView(base ? { ...rest, qr: procedureQr(base, rest.procedure, rest.lang) } : rest);
  return citizenPage(view, { pdf });
}

/** The Friday a built citizen page's example was counted from, read from the page's head; undefined if absent. */
export function citizenPageExampleFrom(head: string): string | undefined {
  return /<meta name="procmap-example-from" content="(\d{4}-\d{2}-\d{2})">/.exec(head)?.[1];
}
