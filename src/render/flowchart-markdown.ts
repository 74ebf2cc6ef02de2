import type { Lang } from '../i18n.js';
import type { Procedure } from '../model/types.js';
import type { TimeAnalysis } from '../time/analyse.js';
import { flowchartMermaid, flowchartSummary } from './mermaid.js';

/**
 * Text that Markdown shows as typed: no emphasis, links, HTML or table cells from user text, on one line. `<` and `>`
 * become entities, as in documents: a backslash before `<` is an escape only in CommonMark (Python-Markdown and
 * Markdown.pl keep it and leave the `<` raw), and raw `<script` must not reach any wiki.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`);
}

/**
 * A Markdown page with the procedure's title, its time summary and the flowchart as a ```mermaid block. The block
 * uses the classic `flowchart` dialect, which the mermaid inside GitHub and GitLab also draws.
 */
export function flowchartMarkdown(procedure: Procedure, analysis: TimeAnalysis, lang: Lang): string {
  const source = flowchartMermaid(procedure, analysis, { lang, dialect: 'flowchart', title: false });
  const summary = flowchartSummary(analysis, lang).map(escapeMarkdownText).join(' · ');
  return `# ${escapeMarkdownText(`${procedure.id} · ${procedure.title}`)}\n\n${summary}\n\n\`\`\`mermaid\n${source}\`\`\`\n`;
}
