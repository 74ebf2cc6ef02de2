import type { Lang } from '../../i18n.js';

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The opening of a chart as the site writes it alone: `<svg xml:lang="vi" …>` then its `<title>`. */
const NAMED = /^<svg xml:lang="[a-z]{2}"([^>]*>)<title>[^<]*<\/title>/u;

/**
 * The site's flowchart.svg: the drawing with a title (the procedure's id and title) and its language, which a browser
 * shows as the tab's name and a screen reader reads when the file is opened alone, from the page's link or a search
 * result. `lang`: the language of the chart's words, the procedure's own (Vietnamese) whatever the site's language.
 * Only the site's file: `procmap flowchart` and the document pages draw the chart as they did.
 */
export function standaloneSvg(svg: string, named: { id: string; title: string }, lang: Lang): string {
  const drawing = drawingOf(svg);
  if (!drawing.startsWith('<svg')) return drawing;
  const open = drawing.indexOf('>') + 1;
  return `<svg xml:lang="${lang}"${drawing.slice('<svg'.length, open)}<title>${xmlText(`${named.id} — ${named.title}`)}</title>${drawing.slice(open)}`;
}

/** The drawing in a flowchart.svg a build wrote, its title and language taken off: what the next build reuses. */
export function drawingOf(svg: string): string {
  return svg.replace(NAMED, '<svg$1');
}
