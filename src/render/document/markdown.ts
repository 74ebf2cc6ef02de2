import { escapeMarkdown } from '../../escape-markdown.js';
import { Markup } from './markup.js';
import type { DocumentView } from './view.js';

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
