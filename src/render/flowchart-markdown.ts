import type { Lang } from '../i18n.js';
import type { Procedure } from '../model/types.js';
import type { TimeAnalysis } from '../time/analyse.js';
import { timeVerdict, type VerdictSweeps } from '../time/verdict.js';
import { escapeMarkdown } from '../escape-markdown.js';
import { withoutControls } from '../model/control-characters.js';
import { flowchartMermaid, flowchartSummary } from './mermaid.js';

/**
 * A Markdown page with the procedure's title, its time summary and the flowchart as a ```mermaid block. The block
 * uses the classic `flowchart` dialect, which the mermaid inside GitHub and GitLab also draws.
 */
export function flowchartMarkdown(
  procedure: Procedure,
  analysis: TimeAnalysis,
  lang: Lang,
  sweeps: VerdictSweeps = {},
): string {
  const { sweep } = sweeps;
  const source = flowchartMermaid(procedure, analysis, { ...sweeps, lang, dialect: 'flowchart', title: false });
  const verdict = timeVerdict(procedure, analysis, sweeps);
  // One paragraph: a line the chart's note breaks in two ("…; lịch nghỉ năm 2027 …") runs on here.
  const summary = flowchartSummary(analysis, lang, sweep, verdict, procedure.time_limit, 'officer', sweeps.caseSweeps)
    .map((line) => escapeMarkdown(line.replace(/\n/g, ' ')))
    .join(' · ');
  // The title as the chart and the documents print it: without control characters (a "\e" a YAML escape brought in).
  const title = withoutControls(`${procedure.id} · ${procedure.title}`);
  return `# ${escapeMarkdown(title)}\n\n${summary}\n\n\`\`\`mermaid\n${source}\`\`\`\n`;
}
