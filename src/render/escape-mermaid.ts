import { withoutControls } from '../model/control-characters.js';

// Why this shape (measured with mermaid 11.17 drawing SVG text; test/render/diagram-renderer.test.ts checks it):
// - mermaid turns `#name;` in quoted text into an HTML entity but, with SVG text, decodes only &amp; &lt; &gt;
//   everywhere (others only in node labels that hold a tag). So `&`, `<`, `>` become `#amp;` `#lt;` `#gt;`, and
//   `"`, for which no entity works everywhere, becomes a typographic quote.
// - `#` before something entity-like, `%%` (a directive or a comment) and mermaid's own entity markers (ﬂ° ¶ß) are
//   defused with an invisible zero-width space, so the text still shows as typed; so is a backtick right after the
//   opening quote, which would make a Markdown string.
// - Swimlane lane titles alone go through Markdown, which drops emphasis marks, code spans, links and backslashes
//   instead of showing them: there those characters become look-alikes.
const ZWSP = '\u200b';

// Line breaks of every kind, including the Unicode separators a lexer may not treat as one.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g;

// Look-alikes that Noto Sans or DejaVu Sans can draw (fullwidth forms would print as empty boxes).
const MARKDOWN_LOOKALIKES: Readonly<Record<string, string>> = {
  '*': '∗',
  _: '‗',
  '`': 'ˋ',
  '~': '∼',
  '\\': '∖',
  '[': '⁅',
  ']': '⁆',
};

function clean(text: string): string {
  // Other control characters: YAML can carry them in double-quoted strings; a label prints them as every output does.
  return withoutControls(text.normalize('NFC')).replace(/\t/g, ' ');
}

function defuse(text: string): string {
  return text
    .replace(/#(?=\w+;)/g, `#${ZWSP}`)
    .replace(/ﬂ°/g, `ﬂ${ZWSP}°`)
    .replace(/¶ß/g, `¶${ZWSP}ß`)
    .replace(/%(?=%)/g, `%${ZWSP}`);
}

/** `"` as a typographic quote: opening at the start or after a space or bracket, closing elsewhere. */
function typographicQuotes(text: string): string {
  return text.replace(/"/g, (_, offset: number) => (offset === 0 || /[\s([{]/.test(text[offset - 1]!) ? '“' : '”'));
}

/** How a label is read: `markdown` for swimlane lane titles, which mermaid parses as Markdown. */
export interface LabelOptions {
  markdown?: boolean;
}

/**
 * Text for a double-quoted Mermaid label (`["…"]`, `{"…"}`, `|"…"|`, `subgraph L0["…"]`), line breaks becoming
 * `<br/>`: no character can end the string, start a directive, a comment, a statement or Markdown, or inject HTML,
 * and the label shows the text as typed (straight quotes as typographic ones).
 */
export function escapeMermaidLabel(text: string, options: LabelOptions = {}): string {
  let out = defuse(typographicQuotes(clean(text)));
  if (options.markdown) {
    out = out
      .replace(/[*_`~\\[\]]/g, (c) => MARKDOWN_LOOKALIKES[c]!)
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/www\./gi, (www) => `${www.slice(0, 3)}${ZWSP}.`);
  }
  return out
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/^`/, `${ZWSP}\``)
    .replace(LINE_BREAK, '<br/>');
}

/**
 * What stands for `<` and `>` in a chart's title: mermaid strips anything tag-like from the title, so they are written
 * as the look-alikes ‹ › (which other renderers show as they are), each followed by an invisible word joiner that
 * tells procmap's renderer to show the character typed (restoreTitleBrackets).
 */
export const TITLE_BRACKETS = { '<': '‹\u2060', '>': '›\u2060' } as const;

/**
 * A double-quoted YAML scalar for the diagram title in Mermaid front matter, on one line. `<` and `>` become marked
 * look-alikes (TITLE_BRACKETS); a word joiner of the text itself is dropped (it shows nothing), so none marks a look-alike
 * the officer typed.
 */
export function mermaidFrontMatterString(text: string): string {
  const line = defuse(clean(text).replace(LINE_BREAK, ' '))
    .replace(/\u2060/g, '')
    .replace(/[<>]/g, (c) => TITLE_BRACKETS[c as '<' | '>']);
  return JSON.stringify(line);
}
