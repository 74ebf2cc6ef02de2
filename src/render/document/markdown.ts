import { Markup } from './markup.js';
import type { DocumentView } from './view.js';

// Every line break: a lone CR ends a line in Markdown too, and JavaScript renderers (marked) also break on the
// Unicode separators and NEL.
const LINE_BREAK = /[\s\u0085]*[\r\n\u2028\u2029\u0085][\s\u0085]*/g;

/**
 * User text made inert in Markdown, on one line so that it also fits a table cell: HTML is written as entities
 * (wikis pass raw HTML through), and the characters that start emphasis, links, code, tables or headings get
 * a backslash. Leading white space is dropped (four spaces start a code block) and a leading list or thematic-break
 * marker (`1.`, `1)`, `-`, `+`, `---`) is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAK, ' ')
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[`*_[\]|#~]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^-(?=[-\s]*$)/, '\\-');
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeMarkdown(value);
  if (value instanceof Markup || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(escapeDeep);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeDeep(item)]));
}

/** The view with every text escaped for Markdown; markup (the mermaid source, the fence) stays as it is. */
export function markdownView(view: DocumentView): DocumentView {
  const escaped = escapeDeep(view) as DocumentView;
  return { ...escaped, lang: view.lang, flowchart: { ...escaped.flowchart, fence: view.flowchart.fence } };
}
