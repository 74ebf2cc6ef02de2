import { withDocumentPolicy } from './policy.js';
import { Markup, svgMarkup } from './markup.js';
import { markdownView } from './markdown.js';
import type { DocumentTemplates } from './templates.js';
import { buildDocumentView, type DocumentInput } from './view.js';

/** A procedure with its time analysis, in a language: what every document format starts from. */
export type DocumentSubject = Omit<DocumentInput, 'flowchart' | 'css'>;

/** One self-contained HTML page: inline stylesheet, the flowchart as inline SVG; what the PDF printer prints too. */
export function renderHtml(templates: DocumentTemplates, subject: DocumentSubject, svg: string): string {
  return withDocumentPolicy(templates.html(buildDocumentView({ ...subject, flowchart: { svg: svgMarkup(svg) }, css: new Markup(templates.css) })));
}

/** The footer the PDF printer puts on every page: document code, revision, page x/y. */
export function renderPageFooter(templates: DocumentTemplates, subject: DocumentSubject): string {
  return templates.pageFooter(buildDocumentView(subject));
}

/** The document in Markdown with the flowchart as a mermaid block; needs no browser. */
export function renderMarkdown(templates: DocumentTemplates, subject: DocumentSubject, mermaid: string): string {
  return templates.markdown(markdownView(buildDocumentView({ ...subject, flowchart: { mermaid: new Markup(mermaid.trimEnd()) } })));
}
