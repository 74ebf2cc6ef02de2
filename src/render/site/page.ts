import type { Lang } from '../../i18n.js';
import { html, raw, type SafeHtml } from './html.js';

/** The style sheet shared by the site's pages, inlined in each so they open from disk one by one. */
export const SITE_CSS = `
:root { --ink: #1d2a36; --muted: #5b6b7a; --line: #d6dde4; --accent: #0b5cad; --bad: #b3261e; --ok: #1e7a3d; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink); background: #f6f8fa; }
header.site { background: #0b3d6e; color: #fff; padding: 14px 24px; display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; }
header.site h1 { font-size: 20px; margin: 0; }
header.site a { color: #fff; }
main { padding: 16px 24px 40px; }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 10px; }
.filters input[type=search] { flex: 1 1 320px; padding: 7px 10px; font: inherit; border: 1px solid var(--line); border-radius: 4px; }
.filters select { padding: 6px; font: inherit; max-width: 280px; }
.count { color: var(--muted); margin: 6px 0 10px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f6; position: sticky; top: 0; }
td.num { text-align: right; white-space: nowrap; }
/* The note under a limit (an overrun of a channel's or a case's limit) wraps: kept on one line it took half the
   table's width and squeezed the titles to a word a line. */
td.num small { white-space: normal; }
/* A file's link keeps its separating dot: a narrow column wraps between links, never leaves a dot on a line alone. */
td.files span { white-space: nowrap; }
td.name { min-width: 14em; }
/* A long word (a web address, an e-mail, a name typed without spaces, marked as the page is made) may break at any character,
   so it neither widens its column nor the page; ordinary words get no mark and wrap, and size the columns, as before. */
.long-word { overflow-wrap: anywhere; }
.over { color: var(--bad); font-weight: 600; }
.within { color: var(--ok); }
tr[hidden], table[hidden], p[hidden], .filters[hidden] { display: none; }
.none { background: #fff; border: 1px solid var(--line); padding: 12px 14px; }
.none button { font: inherit; margin-left: 6px; padding: 4px 10px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 20px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; min-width: 180px; }
.card .value { font-size: 26px; font-weight: 700; }
section { margin-bottom: 28px; }
h2 { font-size: 17px; margin: 0 0 8px; }
nav.site-nav { background: #0b3d6e; padding: 8px 16px; font: 14px "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
nav.site-nav a { color: #fff; margin-right: 16px; white-space: nowrap; display: inline-block; }
/* A chart's rows share three columns (label, bar, value) through a subgrid, so the bars line up whatever the length
   of a label: a label takes at most 45% of the width and wraps whole, never cut. */
ul.bars { list-style: none; padding: 0; margin: 0; max-width: 720px; display: grid; grid-template-columns: fit-content(45%) minmax(0, 1fr) auto; gap: 6px 8px; align-items: center; }
ul.bars li { display: grid; grid-column: 1 / -1; grid-template-columns: subgrid; align-items: center; }
.bar-label { text-align: right; overflow-wrap: anywhere; }
.bar-track { min-width: 0; position: relative; }
.bar { display: block; height: 18px; min-width: 1px; background: var(--accent); print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.bar.bad { background: var(--bad); }
.bar.good { background: var(--ok); }
.bar-value { font-variant-numeric: tabular-nums; white-space: nowrap; }
.target { position: absolute; top: -3px; bottom: -3px; border-left: 2px dashed var(--bad); }
.chart-key { color: var(--muted); margin: 6px 0 0; }
.target-key { display: inline-block; width: 0; height: 1em; vertical-align: -0.15em; margin-right: 6px; border-left: 2px dashed var(--bad); }
a { color: var(--accent); }
header.site a, nav.site-nav a { color: #fff; }
/* Phones, tablets held upright and narrow windows (a laptop at 200% zoom is 640 px wide): the listing's rows become
   cards, each cell labelled by its column. Up to 1000 px: the index's ten columns need some 930 px, so on an iPad
   upright (768–834 px) the table ran off the screen, its files' links out of sight. On screen only: print keeps the
   table. */
@media screen and (max-width: 1000px) {
  header.site { padding: 10px 14px; }
  main { padding: 12px 12px 32px; }
  .filters select, .filters input[type=search] { flex: 1 1 100%; min-width: 0; width: 100%; max-width: none; }
  table.listing, table.listing tbody, table.listing tr, table.listing td { display: block; width: 100%; }
  table.listing thead { display: none; }
  table.listing tr { display: flex; flex-direction: column; border: 1px solid var(--line); border-radius: 6px; margin-bottom: 10px; padding: 6px 10px; background: #fff; }
  table.listing tr[hidden], table.listing[hidden] { display: none; }
  /* A province's 1,682 cards were all laid out on load and on each search (7 s of a phone's 14.6 s load at a quarter of
     a PC's speed; 10 s to clear a search): only those near the screen are now, the others kept at a card's height. The
     browser's find and screen readers still reach every card. */
  table.listing tbody tr { content-visibility: auto; contain-intrinsic-size: auto 320px; }
  table.listing td { border: 0; padding: 2px 0; text-align: left; white-space: normal; }
  table.listing td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-weight: normal; }
  table.listing td:empty { display: none; }
  table.listing td.name { order: -1; font-size: 1.05em; font-weight: 600; }
}
/* Printed: A4 as in the offices, the heading kept (it holds the page's title), the navigation, search and links to
   other files left out (a sheet cannot follow them), and the listing a plain table that wraps to the sheet's width. */
@media print {
  @page { size: A4; margin: 12mm 10mm; }
  body { background: #fff; font-size: 9pt; line-height: 1.3; }
  header.site { background: none; color: #000; padding: 0 0 6px; }
  header.site h1 { font-size: 15pt; }
  header.site a, .filters, nav.site-nav, .files, .links, .none button { display: none; }
  /* A table's collapsed right border lies half outside it: 1 px keeps it on the sheet. */
  main { padding: 0 1px; }
  a { color: inherit; text-decoration: none; }
  th { position: static; }
  th, td { padding: 3px 4px; }
  /* A time kept on one line ("1 giờ 45 phút làm việc") took a sheet's width from the names beside it: an agency
     printed a word a line, and the index a quarter more sheets. On paper it wraps, at least a few words wide. */
  td.num { white-space: normal; min-width: 5em; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; }
  .cards { gap: 6px; margin: 6px 0 12px; }
  .card { padding: 6px 10px; min-width: 0; }
  .card .value { font-size: 16pt; }
  section { margin-bottom: 14px; }
}
`;

/** The start of every site page up to its <main>: head with the inline style sheet, and the header bar with one link. */
export function pageStart(lang: Lang, heading: string, link: { href: string; text: string }, description: string): SafeHtml {
  return html`<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title><meta name="description" content="${description}"><style>${raw(SITE_CSS)}</style></head>
<body>
<header class="site"><h1>${heading}</h1><a href="${link.href}">${link.text}</a></header>
<main>`;
}
