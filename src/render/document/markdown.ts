import { escapeMarkdown, escapeMarkdownInline } from '../../escape-markdown.js';
import { Markup, mapTexts } from './markup.js';
import type { DocumentView } from './view.js';

/**
 * A text of several lines in a table's cell: each line escaped, joined by the line break a cell can hold; empty
 * (not markup, which `{{#if}}` takes for true) when no line prints anything, so that the template leaves out the text
 * and the emphasis around it (`__`).
 */
function cellLines(text: string): Markup | '' {
  const lines = text
    .split(/\r?\n/)
    .map(escapeMarkdown)
    .filter((line) => line !== '');
  // A space before the break, so that the lines stay words apart where the break is read as text.
  return lines.length === 0 ? '' : new Markup(lines.join(' <br>'));
}

/** The escaped items of a list that print something. */
const printed = (items: readonly string[]): string[] => items.filter((item) => item !== '');

// The sections written as a paragraph, whose lines an officer may have set one under another (`scope: |`).
const PARAGRAPHS = ['purpose', 'scope', 'dossierCount', 'place', 'fee', 'result'] as const;

/**
 * The view with every text escaped for Markdown; markup (the mermaid source, the fence) stays as it is, and a step's
 * description, a paragraph section, a channel's fee and note and an amendment's changes keep their lines, as the Word
 * document and the PDF do.
 */
export function markdownView(view: DocumentView): DocumentView {
  const escaped = mapTexts(view, escapeMarkdown) as DocumentView;
  const lines = (text: string) => cellLines(text) as unknown as string;
  const steps = escaped.steps.map((step, i) => {
    const description = view.steps[i]!.description;
    // An item that prints nothing is left out: a form code in bold would print "****", any other a line break alone.
    const lists = { inputs: printed(step.inputs), forms: printed(step.forms), outputs: printed(step.outputs) };
    return description === null ? { ...step, ...lists } : { ...step, ...lists, description: lines(description) };
  });
  const paragraphs = Object.fromEntries(
    PARAGRAPHS.flatMap((key) => (view[key] === null ? [] : [[key, lines(view[key])]])),
  );
  const history = escaped.history.map((entry, i) => ({ ...entry, changes: lines(view.history[i]!.changes) }));
  // A channel's fee (the procedure's, when it has none of its own) and note keep their lines, as §5.6 does.
  const channels = escaped.channels.map((channel, i) => {
    const { fee, note } = view.channels[i]!;
    return { ...channel, fee: fee === null ? null : lines(fee), note: note === null ? null : lines(note) };
  });
  // The path follows its label on one line: its leading "1." starts no list, and escaped alone read "1\. … → 2. …".
  const { criticalPath } = view.time;
  const time = { ...escaped.time, criticalPath: criticalPath === null ? null : escapeMarkdownInline(criticalPath) };
  return {
    ...escaped,
    ...paragraphs,
    time,
    steps,
    history,
    channels,
    lang: view.lang,
    flowchart: { ...escaped.flowchart, fence: view.flowchart.fence },
  };
}
