// Every line break: a lone CR ends a line in Markdown too, and JavaScript renderers (marked) also break on the
// Unicode separators and NEL.
const LINE_BREAK = /[\s\u0085]*[\r\n\u2028\u2029\u0085][\s\u0085]*/g;

/**
 * User text made inert in Markdown, on one line so that it also fits a table cell or a heading: the one escaper of
 * procmap's documents and flowchart pages. HTML is written as entities (wikis pass raw HTML through, and a backslash
 * before `<` is an escape only in CommonMark: Python-Markdown and Markdown.pl keep it and leave the `<` raw), and the
 * characters that start emphasis, links, images, code, tables or headings get a backslash. Leading white space is
 * dropped (four spaces start a code block) and a leading list or thematic-break marker (`1.`, `1)`, `-`, `+`, `---`)
 * is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAK, ' ')
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[`*_[\]|#~!]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^-(?=[-\s]*$)/, '\\-');
}
