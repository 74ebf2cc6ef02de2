import type { BrowserSession } from '../diagram-renderer.js';
import { DiagramError } from '../diagram-renderer.js';
import { flowchartMermaid } from '../mermaid.js';
import { renderHtml, renderMarkdown, renderPageFooter, type DocumentSubject } from './render.js';
import type { DocumentTemplates } from './templates.js';

/** A flowchart that the browser could not draw, named by the procedure it belongs to. */
export class FlowchartError extends Error {
  override name = 'FlowchartError';
}

/** One procedure's document as Markdown, with the flowchart as a mermaid block GitHub and GitLab draw. */
export function markdownDocument(templates: DocumentTemplates, subject: DocumentSubject): string {
  const mermaid = flowchartMermaid(subject.procedure, subject.analysis, { lang: subject.lang, dialect: 'flowchart', title: false });
  return renderMarkdown(templates, subject, mermaid);
}

/** What the browser makes of one procedure: the flowchart SVG, the document HTML and, when asked, its PDF. */
export interface BrowserDocuments {
  svg: string;
  html: string;
  pdf?: Buffer;
}

/** Draws the flowchart, fills the HTML document with it and prints the PDF, all in one shared browser session. */
export async function browserDocuments(session: BrowserSession, templates: DocumentTemplates, subject: DocumentSubject, pdf: boolean): Promise<BrowserDocuments> {
  const mermaid = flowchartMermaid(subject.procedure, subject.analysis, { lang: subject.lang, dialect: 'swimlane', title: false });
  let svg: string;
  try {
    svg = await session.renderSvg(mermaid, { svgId: 'flowchart' });
  } catch (error) {
    if (error instanceof DiagramError) throw new FlowchartError(`The flowchart of "${subject.procedure.id}" could not be drawn: ${error.message}`);
    throw error;
  }
  const html = renderHtml(templates, subject, svg);
  if (!pdf) return { svg, html };
  const footerTemplate = renderPageFooter(templates, subject);
  return { svg, html, pdf: await session.printPdf(html, { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate }) };
}
