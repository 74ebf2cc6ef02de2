import type { Lang } from '../../i18n.js';
import { idFileName } from '../../model/id-file-name.js';
import { chartHint } from './chart-hint.js';
import { escapeHtml } from './html.js';
import { SITE_LABELS } from './labels.js';

/** What a procedure's page links to besides the catalog: its PDF and Word file when the build writes them. */
export interface ProcedurePageLinks {
  pdf: boolean;
  docx: boolean;
}

/** The ISO document page with a bar linking back to the catalog and to its PDF and Markdown. */
export function procedurePage(documentHtml: string, id: string, lang: Lang, links: ProcedurePageLinks): string {
  const t = SITE_LABELS[lang];
  const anchors = [`<a href="../../index.html">${escapeHtml(t.back)}</a>`, `<a href="citizen.html">${escapeHtml(t.citizen)}</a>`, `<a href="../../summary.html">${escapeHtml(t.summary)}</a>`];
  // The files are named after the id's file name (Đ as D), as the build writes them.
  const name = escapeHtml(idFileName(id));
  if (links.pdf) anchors.push(`<a href="${name}.pdf">PDF</a>`);
  if (links.docx) anchors.push(`<a href="${name}.docx">Word</a>`);
  anchors.push(`<a href="${name}.md">Markdown</a>`, `<a href="flowchart.svg">SVG</a>`);
  // The links on lines of their own: run together, "SummaryPDFMarkdownSVG" was one word wider than a 320 px phone.
  // Each link whole on one line: a phone wrapped "Tổng hợp" inside, its halves read as two links.
  const nav = `<nav class="site-nav" style="background:#0b3d6e;padding:8px 16px;font:14px sans-serif">${anchors.map((l) => l.replace('<a ', '<a style="color:#fff;margin-right:16px;white-space:nowrap;display:inline-block" ')).join('\n')}</nav>`;
  // The first `<body…>` tag, found without a regular expression: the page holds a flowchart of 100+ KB.
  const start = documentHtml.indexOf('<body');
  const end = start < 0 ? -1 : documentHtml.indexOf('>', start + 5);
  if (end < 0) return documentHtml;
  const page = `${documentHtml.slice(0, end + 1)}\n${nav}${documentHtml.slice(end + 1)}`;
  return withSiteStyle(page, lang);
}

// A sheet cannot follow the links bar: printed from the site, the page began with its links in grey on white.
const PRINT_STYLE = '<style>@media print { nav.site-nav { display: none; } }</style>';

/**
 * The page with the site's own style in its head (the links bar left out of print) and, before its chart, the line
 * that tells a phone's reader the chart scrolls in its frame (see chartHint).
 */
function withSiteStyle(page: string, lang: Lang): string {
  const head = page.indexOf('</head>');
  if (head < 0) return page;
  const hint = chartHint(page, lang);
  const figure = page.indexOf('<figure class="flowchart');
  if (hint === undefined || figure < head)
    return `${page.slice(0, head)}${PRINT_STYLE}${page.slice(head)}`;
  return `${page.slice(0, head)}${PRINT_STYLE}${hint.style}${page.slice(head, figure)}${hint.line}\n${page.slice(figure)}`;
}
