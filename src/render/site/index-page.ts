import type { Unpublished } from '../../catalog/counted.js';
import type { ListedProcedure } from '../../catalog/stats.js';
import { fill, type Lang } from '../../i18n.js';
import { agenciesOf } from '../../model/agencies.js';
import { CHANNEL_NAMES } from '../../model/channels.js';
import { parseDuration } from '../../model/duration.js';
import { idFileName } from '../../model/id-file-name.js';
import { unknownTime } from '../../time/draft.js';
import { limitWords } from '../../time/limit-words.js';
import { html, jsonForScript, raw, type SafeHtml } from './html.js';
import { markLongWords } from './long-words.js';
import { SITE_LABELS } from './labels.js';
import { ownLang, ownText } from './own-text.js';
import { pageStart } from './page.js';
import { SEARCH_FUNCTIONS, searchText } from './search-script.js';
import { unpublishedNotice } from './unpublished.js';
import { hoursPerDayOf, type HoursPerDay, workingTimeText } from './working-time.js';

/** A statutory limit in the site's language, in the law's words (no note of how procmap counts them); as written when it cannot be read. */
export function limitText(limit: string, lang: Lang): string {
  const duration = parseDuration(limit);
  return duration ? limitWords(duration, limit, lang, { note: false, reader: 'public' }) : limit;
}

/** Where a procedure's pages are, relative to the site root: named after its id's file name (`QT-ĐKKD-01` → `p/QT-DKKD-01`). */
export function procedureDir(id: string): string {
  return `p/${idFileName(id)}`;
}

/** Where a procedure's citizen page is, relative to the site root. */
export function citizenPath(id: string): string {
  return `${procedureDir(id)}/citizen.html`;
}

// Runs in the reader's browser, from file:// too: no network, no modules, only the rows already in the page.
const FILTER_SCRIPT = `
(() => {
${SEARCH_FUNCTIONS}
  const labels = JSON.parse(document.getElementById('labels').textContent);
  // Shown only by this script: without it (scripts off) a search box would take what is typed and do nothing, and the
  // list below is the whole catalog, which the browser's own find searches.
  document.querySelector('.filters').hidden = false;
  const rows = Array.from(document.querySelectorAll('tbody tr'));
  // Each row's words and agencies are read once, not on every key typed.
  const data = new Map(rows.map((row) => [row, rowOf(row.dataset)]));
  const q = document.getElementById('q');
  const level = document.getElementById('level');
  const field = document.getElementById('field');
  const agency = document.getElementById('agency');
  const fots = document.getElementById('fots');
  const over = document.getElementById('over');
  const count = document.getElementById('count');
  const table = document.querySelector('table.listing');
  const none = document.getElementById('none');
  function apply() {
    const query = searchQuery(q.value);
    const chosen = { level: level.value, field: field.value, agency: agency.value, fots: fots.checked, over: over.checked };
    const pass = (near) => {
      let shown = 0;
      for (const row of rows) {
        const ok = rowShown(data.get(row), query, chosen, near);
        row.hidden = !ok;
        if (ok) shown++;
      }
      return shown;
    };
    let shown = pass(false);
    // Nothing found as typed: the words one slip away (see SEARCH_FUNCTIONS), said to be so.
    const near = shown === 0 && mayBeNear(query) && (shown = pass(true)) > 0;
    count.textContent = (near ? labels.near : labels.shown).replace('{shown}', shown).replace('{total}', rows.length);
    // No row shown: a line saying so and a way back, rather than a table of headings alone.
    table.hidden = shown === 0;
    none.hidden = shown > 0;
  }
  for (const el of [q, level, field, agency, fots, over]) el.addEventListener('input', apply);
  document.getElementById('clear').addEventListener('click', () => {
    q.value = level.value = field.value = agency.value = '';
    fots.checked = over.checked = false;
    apply();
    q.focus();
  });
  apply();
  // Back from a procedure's page, the browser fills the search and filters in again as they were, after this script
  // ran (from file:// at least): the rows followed only once something was typed, all shown under "ket hon".
  window.addEventListener('pageshow', apply);
})();
`;

/**
 * Whose limit the figures are measured against when it is not the procedure's general one: the channel ("trực
 * tuyến"), the case the limit names ("trường hợp phải xác minh"), or both; '' for the general limit.
 */
export function bindingLimitOwner(p: ListedProcedure, lang: Lang): string {
  return [
    ...(p.limitChannel ? [CHANNEL_NAMES[lang][p.limitChannel].toLowerCase()] : []),
    ...(p.limitCase === undefined ? [] : [fill(SITE_LABELS[lang].limitCase, { case: p.limitCase })]),
  ].join(', ');
}

/**
 * Under the limit a procedure publishes, the channel's own that it overruns, if that is the one: a total in red beside
 * a limit it does not exceed would leave the reader guessing which limit is meant.
 */
function overChannel(p: ListedProcedure, lang: Lang): SafeHtml | string {
  const whose = bindingLimitOwner(p, lang);
  const limit = p.caseLimit ?? p.channelLimit;
  if (p.withinLimit !== false || whose === '' || limit === undefined) return '';
  const text = fill(SITE_LABELS[lang].overChannel, { limit: limitText(limit, lang), channel: whose });
  return html`<br><small class="over">${text}</small>`;
}

function options(values: Iterable<string>, all: string, lang: Lang): SafeHtml {
  const sorted = [...new Set(values)].sort((a, b) => a.localeCompare(b, 'vi'));
  // The values are the procedures' own words: Vietnamese on a page in another language.
  return html`<option value="">${all}</option>${sorted.map((v) => html`<option value="${v}"${ownLang(lang)}>${v}</option>`)}`;
}

/**
 * The public index: every procedure in a table with offline search and filters, and links to its files; above it,
 * how many procedures of the catalog are `unpublished` (left out for errors), which the summary lists.
 */
export function indexPage(
  list: readonly ListedProcedure[],
  {
    lang,
    hoursPerDay,
    unpublished = [],
  }: { lang: Lang; hoursPerDay: HoursPerDay; unpublished?: readonly Unpublished[] },
  title?: string,
  { pdf = true, docx = false }: { pdf?: boolean; docx?: boolean } = {},
): string {
  const t = SITE_LABELS[lang];
  const heading = title ?? t.catalog;
  const levelName = (level: string | undefined) => (level ? t.levels[level as keyof typeof t.levels] : '');
  const rows = list.map((p) => {
    const dir = procedureDir(p.id);
    const search = searchText([p.title, p.id, p.code, p.field, p.agency]);
    const over = p.withinLimit === false;
    // data-label: on a phone each row becomes a card whose cells name themselves (see SITE_CSS).
    return html`<tr data-search="${search}" data-level="${p.level ?? ''}" data-field="${p.field ?? ''}" data-agencies="${JSON.stringify(agenciesOf(p.agency))}" data-fots="${p.fourOnTheSpot ? '1' : '0'}" data-over="${over ? '1' : '0'}">
<td data-label="${t.code}">${p.code ?? ''}</td><td class="name"><a href="${citizenPath(p.id)}">${ownText(p.title, lang)}</a><br><small>${p.id}</small></td><td data-label="${t.level}">${levelName(p.level)}</td><td data-label="${t.field}">${p.field ? ownText(p.field, lang) : ''}</td><td data-label="${t.agency}">${p.agency ? ownText(p.agency, lang) : ''}</td>
<td class="num" data-label="${t.limit}">${limitText(p.timeLimit, lang)}${overChannel(p, lang)}</td><td class="num ${over ? 'over' : p.withinLimit ? 'within' : ''}" data-label="${t.total}">${p.draft ? unknownTime(lang) : workingTimeText(p.total, hoursPerDayOf(hoursPerDay, p.file), lang, p.limitUnit)}</td><td data-label="${t.fots}">${p.fourOnTheSpot ? t.yes : ''}</td><td class="num" data-label="${t.revision}">${p.revision}</td>
<td class="files" data-label="${t.files}"><a href="${dir}/index.html">ISO</a>${pdf ? html` <span>· <a href="${dir}/${idFileName(p.id)}.pdf">PDF</a></span>` : ''}${docx ? html` <span>· <a href="${dir}/${idFileName(p.id)}.docx">Word</a></span>` : ''} <span>· <a href="${dir}/${idFileName(p.id)}.md">MD</a></span></td></tr>`;
  });
  const levels = [...new Set(list.map((p) => p.level).filter((l): l is NonNullable<typeof l> => l !== undefined))];
  // "Showing 1 of 1 procedure": a catalog of one procedure (a commune's first) is said in the singular.
  const shownLabel = list.length === 1 ? t.shownOfOne : t.shown;
  // A catalog with nothing published says so, rather than offering a search that finds nothing to clear.
  const listing =
    list.length === 0
      ? html`<p class="none">${t.noneYet}</p>`
      : html`<div class="filters" hidden>
<input type="search" id="q" placeholder="${t.search}" aria-label="${t.search}">
<select id="level" aria-label="${t.level}"><option value="">${t.allLevels}</option>${levels.map((l) => html`<option value="${l}">${levelName(l)}</option>`)}</select>
<select id="field" aria-label="${t.field}">${options(list.flatMap((p) => (p.field ? [p.field] : [])), t.allFields, lang)}</select>
<select id="agency" aria-label="${t.agency}">${options(list.flatMap((p) => agenciesOf(p.agency)), t.allAgencies, lang)}</select>
<label><input type="checkbox" id="fots"> ${t.fotsOnly}</label>
<label><input type="checkbox" id="over"> ${t.overOnly}</label>
</div>
<p class="count" id="count" role="status">${fill(shownLabel, { shown: list.length, total: list.length })}</p>
<table class="listing">
<thead><tr><th>${t.code}</th><th>${t.title}</th><th>${t.level}</th><th>${t.field}</th><th>${t.agency}</th><th>${t.limit}</th><th>${t.total}</th><th>${t.fots}</th><th>${t.revision}</th><th class="files">${t.files}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="none" id="none" hidden>${t.noneFound} <button type="button" id="clear">${t.clearSearch}</button></p>`;
  const page = html`${pageStart(lang, heading, { href: 'summary.html', text: t.summary }, list.length === 1 ? t.indexDescriptionOne : fill(t.indexDescription, { count: list.length }))}
${unpublishedNotice(unpublished, lang)}
${listing}
</main>
${list.length === 0 ? '' : html`<script type="application/json" id="labels">${jsonForScript({ shown: shownLabel, near: list.length === 1 ? t.nearOfOne : t.near })}</script>
<script>${raw(FILTER_SCRIPT)}</script>`}
</body></html>
`;
  return markLongWords(page.value);
}
