import { escapeMarkdown } from '../../escape-markdown.js';
import { Markup, mapTexts } from './markup.js';
import type { DocumentView } from './view.js';

/** A text of several lines in a table's cell: each line escaped, joined by the line break a cell can hold. */
function cellLines(text: string): Markup {
  return new Markup(
    text
      .split(/\r?\n/)
      .map(escapeMarkdown)
      .filter((line) => line !== '')
      // A space before the break, so that the lines stay words apart where the break is read as text.
      .join(' <br>'),
  );
}

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
    return description === null ? step : { ...step, description: lines(description) };
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
  return {
    ...escaped,
    ...paragraphs,
    steps,
    history,
    channels,
    lang: view.lang,
    flowchart: { ...escaped.flowchart, fence: view.flowchart.fence },
  };
}
