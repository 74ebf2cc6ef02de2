import { withoutControls } from './model/control-characters.js';

// Every line break: a lone CR ends a line in Markdown too, and JavaScript renderers (marked) also break on the
// Unicode separators and NEL.
const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;
const SPACE = /[\s\u0085]/;

/** A piece between line breaks without the white space around it, counted off by hand (no backtracking). */
function trimmed(piece: string): string {
  let start = 0;
  let end = piece.length;
  while (start < end && SPACE.test(piece[start]!)) start++;
  while (end > start && SPACE.test(piece[end - 1]!)) end--;
  return piece.slice(start, end);
}

/**
 * Each line break, with the white space around it, made one space. Split, not one pattern: `\s*` before a line
 * break retries at every space of a long run, which took seconds on a hostile value.
 */
function onOneLine(text: string): string {
  const pieces = text.split(LINE_BREAK);
  return pieces.length === 1
    ? text
    : pieces
        .map(trimmed)
        .filter((piece) => piece !== '')
        .join(' ');
}

/**
 * User text made inert in Markdown, on one line so that it also fits a table cell or a heading: the one escaper of
 * procmap's documents and flowchart pages. HTML is written as entities (wikis pass raw HTML through, and a backslash
 * before `<` is an escape only in CommonMark: Python-Markdown and Markdown.pl keep it and leave the `<` raw), and the
 * characters that start emphasis, links, images, code, tables or headings get a backslash, as do the marks of the
 * addresses GFM makes links of (`@`, `://`, `www.`). Leading white space is dropped (four spaces start a code block)
 * and a leading list or thematic-break marker (`1.`, `1)`, `-`, `+`, `---`) is escaped.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text)
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^-(?=[-\s]*$)/, '\\-');
}

/**
 * escapeMarkdown for text printed after a label on its line ("- Các bước trên đường găng: 1. Tiếp nhận → 2. …"):
 * mid-line a leading "1." starts no list, and escaping it alone printed "1\. Tiếp nhận → 2. Thẩm định".
 */
export function escapeMarkdownInline(text: string): string {
  return (
    // Control characters as the documents and charts print them (Word's breaks as spaces, others dropped): a raw ESC
    // printed to the terminal recoloured it, and a NUL made the file binary to git and to editors. A report that must
    // show what an export's cell holds shows them as escapes first (ontime-markdown.ts).
    withoutControls(onOneLine(text).trim())
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[`*_[\]|#~!@]/g, (c) => `\\${c}`)
      // GFM makes links of bare addresses (`https://…`, `www.…`, `a@b.vn`): escaped, they stay text, as in the HTML.
      .replace(/:\/\//g, '\\://')
      .replace(/\b(www)\./gi, '$1\\.')
  );
}
