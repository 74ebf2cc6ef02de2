import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { withoutControls } from '../../src/model/control-characters.js';
import { BUILTIN_TEMPLATE_DIR } from '../../src/render/document/template-files.js';

// Checks that procedure text reached an output as text only: no element, attribute, Mermaid statement, directive
// or Markdown structure came from it. Each check returns the problems it found (empty when the output is inert), so
// a failing test names every one.

/** A start or end tag, with its attributes (names lower-cased, values with entities decoded). */
export interface HtmlTag {
  name: string;
  end: boolean;
  attributes: [string, string][];
}

/** What an HTML tokenizer sees in a page: the tags, the text between them, and the content of raw-text elements. */
export interface HtmlScan {
  tags: HtmlTag[];
  /** Text content with entities decoded, raw-text elements left out. */
  text: string;
  raw: { name: string; text: string }[];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes HTML character references: numeric ones and the few named ones procmap and mermaid write. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z][a-z\d]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

// Elements whose content the HTML tokenizer does not read as markup.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

/**
 * Tokenizes HTML the way the HTML standard's tokenizer splits tags from text (comments, doctype, start and end tags
 * with quoted or unquoted attribute values, raw-text elements, a `<` that starts no tag being text). Enough to find
 * every element a browser would create from a page procmap wrote.
 */
export function scanHtml(html: string): HtmlScan {
  const tags: HtmlTag[] = [];
  const raw: { name: string; text: string }[] = [];
  let text = '';
  let i = 0;
  const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // The first index at or after `from` where `stop` matches (the string's end when none): what a loop testing one
  // character at a time found, in one search (the loop was most of this function's time on a page).
  const until = (stop: RegExp, from: number) => {
    stop.lastIndex = from;
    return stop.exec(html)?.index ?? html.length;
  };
  // The index past the run of `run` (sticky, starred) starting at `from`.
  const past = (run: RegExp, from: number) => {
    run.lastIndex = from;
    return from + run.exec(html)![0].length;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      tags.push({ name: '!--', end: false, attributes: [] });
      i = end < 0 ? html.length : end + 3;
    } else if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt);
      tags.push({
        name: html
          .slice(lt + 1, end < 0 ? html.length : end)
          .split(/\s/)[0]!
          .toLowerCase(),
        end: false,
        attributes: [],
      });
      i = end < 0 ? html.length : end + 1;
    } else if (isLetter(html.charCodeAt(lt + 1)) || (next === '/' && isLetter(html.charCodeAt(lt + 2)))) {
      const end = next === '/';
      const nameStart = lt + (end ? 2 : 1);
      let at = until(NAME_END, nameStart);
      const name = html.slice(nameStart, at).toLowerCase();
      const attributes: [string, string][] = [];
      while (at < html.length) {
        at = past(SPACES_OR_SLASHES, at);
        if (at >= html.length || html[at] === '>') break;
        const attrStart = at;
        at = until(ATTRIBUTE_END, at + 1);
        const attribute = html.slice(attrStart, at).toLowerCase();
        at = past(SPACES, at);
        let value = '';
        if (html[at] === '=') {
          at = past(SPACES, at + 1);
          const quote = html[at];
          if (quote === '"' || quote === "'") {
            const close = html.indexOf(quote, at + 1);
            value = html.slice(at + 1, close < 0 ? html.length : close);
            at = close < 0 ? html.length : close + 1;
          } else {
            const valueStart = at;
            at = until(UNQUOTED_END, at);
            value = html.slice(valueStart, at);
          }
        }
        attributes.push([attribute, decodeEntities(value)]);
      }
      tags.push({ name, end, attributes });
      i = at + 1;
      if (!end && RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}[\\s/>]`, 'ig');
        close.lastIndex = i;
        const match = close.exec(html);
        const stop = match ? match.index : html.length;
        raw.push({ name, text: html.slice(i, stop) });
        i = stop;
      }
    } else {
      text += '<';
      i = lt + 1;
    }
  }
  return { tags, text: decodeEntities(text), raw };
}

// Where a tag's name, an attribute's name and an unquoted value end; the runs between attributes and around "=".
const NAME_END = /[\s/>]/g;
const ATTRIBUTE_END = /[\s/>=]/g;
const UNQUOTED_END = /[\s>]/g;
const SPACES_OR_SLASHES = /[\s/]*/y;
const SPACES = /\s*/y;

/** A tag as a comparable line: name and attribute names, with the values of attributes that carry no user text. */
export function tagShape(tag: HtmlTag, userAttributes: ReadonlySet<string> = new Set()): string {
  const attributes = tag.attributes.map(([name, value]) =>
    userAttributes.has(name) ? name : `${name}=${JSON.stringify(value)}`,
  );
  return `${tag.end ? '/' : ''}${tag.name}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}`;
}

/** The elements the built-in document templates write, read from the templates themselves. */
export function templateElements(): Set<string> {
  const partials = join(BUILTIN_TEMPLATE_DIR, 'partials');
  const files = [
    join(BUILTIN_TEMPLATE_DIR, 'document.hbs'),
    ...readdirSync(partials).map((name) => join(partials, name)),
  ];
  return new Set(
    files.flatMap((file) =>
      scanHtml(readFileSync(file, 'utf8'))
        .tags.filter((tag) => !tag.name.startsWith('!'))
        .map((tag) => tag.name),
    ),
  );
}

// Attributes whose value the browser follows or loads.
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'srcdoc',
  'background',
  'poster',
  'data',
  'srcset',
]);

/** What to allow when checking a page: its elements, and the exact scripts procmap itself writes. */
export interface HtmlExpectations {
  elements: ReadonlySet<string>;
  scripts?: readonly string[];
}

/**
 * Problems that would make a page run or load something, or show an element procmap does not write: an element
 * outside the expected set, an event handler, a script procmap did not write, a `javascript:`/`data:` URL or a link
 * out of the site, markup or an external reference inside a raw-text element.
 */
export function htmlProblems(html: string, expect: HtmlExpectations): string[] {
  const { tags, raw } = scanHtml(html);
  const problems: string[] = [];
  for (const tag of tags) {
    if (tag.end) continue;
    if (!tag.name.startsWith('!') && !expect.elements.has(tag.name)) problems.push(`unexpected element <${tag.name}>`);
    if (tag.name === '!--') problems.push('a comment');
    for (const [name, value] of tag.attributes) {
      const squeezed = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name} on <${tag.name}>`);
      if (/^(javascript|vbscript|data):/.test(squeezed)) problems.push(`script URL in ${name} on <${tag.name}>`);
      if (URL_ATTRIBUTES.has(name) && !/^(#[\w-]*|[\w.-]+(\/[\w.-]+)*)$/.test(value))
        problems.push(`${name}="${value}" on <${tag.name}> leaves the page`);
      if (name === 'http-equiv' && squeezed === 'refresh') problems.push('a refresh');
    }
  }
  for (const { name, text } of raw) {
    if (/<[a-z!/?]/i.test(text)) problems.push(`markup inside <${name}>: ${text.slice(0, 80)}`);
    if (name === 'script' && !(expect.scripts ?? []).includes(text))
      problems.push(`a script procmap did not write: ${text.slice(0, 80)}`);
    if (name === 'style' && /@import|url\(\s*['"]?(?!#)/i.test(text))
      problems.push('an external reference in a style sheet');
  }
  return problems;
}

const LABEL = '"([^"]*)"';
const ID = '(?:[a-z]\\d+|summary)';
// Every line procmap writes after the front matter, with each label captured.
const MERMAID_LINES = [
  /^(swimlane-beta|flowchart) TB$/,
  new RegExp(`^  subgraph L\\d+\\[${LABEL}\\]$`),
  /^    direction TB$/,
  new RegExp(`^    ${ID}\\[${LABEL}\\]:::(step|note|bar)$`),
  new RegExp(`^    ${ID}\\(\\[${LABEL}\\]\\):::terminal$`),
  new RegExp(`^    ${ID}\\{${LABEL}\\}:::gate$`),
  new RegExp(`^    ${ID}@\\{ shape: (fork|join) \\}$`),
  /^  end$/,
  new RegExp(`^  ${ID} --> ${ID}$`),
  new RegExp(`^  ${ID} -->\\|${LABEL}\\| ${ID}$`),
  new RegExp(`^  ${ID} ~~~ ${ID}$`),
  /^  classDef \w+ [\w:#,.\- ]+$/,
  new RegExp(`^  class ${ID}(,${ID})* \\w+$`),
  /^  linkStyle \d+(,\d+)* [\w:#,-]+$/,
];
const FRONT_MATTER_KEYS = new Set(['title', 'config']);

/** The text a procmap Mermaid label shows, back from its escaped form: entities, line breaks, invisible spaces, quotes. */
export function mermaidLabelText(label: string): string {
  return label
    .replace(/<br\/>/g, '\n')
    .replace(/#lt;/g, '<')
    .replace(/#gt;/g, '>')
    .replace(/#amp;/g, '&')
    .replace(/\u200b/g, '')
    .replace(/[“”]/g, '"');
}

/**
 * Problems in Mermaid source that would let text act: a line that is not one procmap writes (a `click`, a `style`,
 * a directive), `%%` anywhere (directives and comments), markup other than `<br/>`, an entity other than the three
 * procmap writes, a label opening a Markdown string, or front matter other than procmap's title and layout.
 * Returns the problems and every label, for checks that the text shows as typed.
 */
export function mermaidProblems(source: string): { problems: string[]; labels: string[] } {
  const problems: string[] = [];
  const labels: string[] = [];
  let lines = source.replace(/\n$/, '').split('\n');
  if (lines[0] === '---') {
    const close = lines.indexOf('---', 1);
    if (close < 0) problems.push('front matter never closes');
    const front = parseYaml(lines.slice(1, close).join('\n')) as Record<string, unknown>;
    for (const key of Object.keys(front)) if (!FRONT_MATTER_KEYS.has(key)) problems.push(`front matter key "${key}"`);
    if (front.title !== undefined && (typeof front.title !== 'string' || /[\n\r]/.test(front.title)))
      problems.push('front matter title is not one line of text');
    if (typeof front.title === 'string' && /%%|[<>]/.test(front.title))
      problems.push(`front matter title ${JSON.stringify(front.title)} holds %% or a tag`);
    lines = lines.slice(close + 1);
  }
  if (source.includes('%%')) problems.push('%% (a directive or comment)');
  for (const line of lines) {
    const pattern = MERMAID_LINES.find((re) => re.test(line));
    if (!pattern) {
      problems.push(`line procmap does not write: ${JSON.stringify(line)}`);
      continue;
    }
    const label = /"([^"]*)"/.exec(line)?.[1];
    if (label === undefined) continue;
    labels.push(label);
    if (label.replace(/<br\/>/g, '').match(/[<>]/)) problems.push(`markup in label ${JSON.stringify(label)}`);
    if (label.replace(/#(amp|lt|gt);/g, '').match(/#\w+;/)) problems.push(`entity in label ${JSON.stringify(label)}`);
    if (label.startsWith('`')) problems.push(`Markdown string label ${JSON.stringify(label)}`);
    if (/[\u0000-\u001f\u007f\u2028\u2029\u0085]/.test(label))
      problems.push(`control character in label ${JSON.stringify(label)}`);
  }
  return { problems, labels };
}

/** The contents of the ```mermaid blocks of a Markdown page (fences of three or more backticks). */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)^\1$/gm)].map((match) => match[2]!);
}

// The Markdown renderer mermaid itself uses (marked, GFM), resolved through mermaid so that the test does not depend
// on which copy npm hoists; procmap adds no Markdown dependency of its own for tests.
type MarkedParse = (markdown: string, options: { async: false; gfm: boolean }) => string;
let markedParse: MarkedParse | undefined;
async function marked(): Promise<MarkedParse> {
  if (!markedParse) {
    const require = createRequire(import.meta.url);
    const path = createRequire(require.resolve('mermaid')).resolve('marked');
    const module = (await import(pathToFileURL(path).href)) as { marked: { parse: MarkedParse } };
    markedParse = (markdown, options) => module.marked.parse(markdown, options);
  }
  return markedParse;
}

/** Markdown rendered to HTML by a GFM renderer, as GitHub, GitLab or a wiki would show it. */
export async function renderMarkdownHtml(markdown: string): Promise<string> {
  return (await marked())(markdown, { async: false, gfm: true });
}

/** The elements procmap's Markdown (documents and flowchart pages) makes when rendered. */
export const MARKDOWN_ELEMENTS: ReadonlySet<string> = new Set([
  'h1',
  'h2',
  'h3',
  'p',
  'strong',
  'em',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'br',
  'pre',
  'code',
  'a',
]);

/**
 * Problems in a Markdown page: raw HTML other than procmap's `<br>` (wikis pass raw HTML through, and not every
 * renderer honours a backslash before `<`), unsafe Mermaid blocks, and, rendered by a GFM renderer, any element
 * procmap does not write, a code block that is not a Mermaid block, or a link that is not a plain web address (GFM
 * turns a typed `http://…` into a link; nothing may become a `javascript:` link).
 */
export async function markdownProblems(
  markdown: string,
  // The page as renderMarkdownHtml gives it, when the caller has rendered it already for checks of its own.
  rendered?: string,
): Promise<string[]> {
  const blocks = mermaidBlocks(markdown);
  const problems = blocks.flatMap((block) => mermaidProblems(block).problems);
  const prose = markdown.replace(/^(`{3,})mermaid\n[\s\S]*?^\1$/gm, '');
  for (const match of prose.matchAll(/<(?!br\/?>)[a-z!/?][^\n]{0,40}/gi)) problems.push(`raw HTML: ${match[0]}`);
  const html = rendered ?? (await renderMarkdownHtml(markdown));
  problems.push(...htmlProblems(html.replace(/<a href="https?:\/\/[^"]*">/g, '<a>'), { elements: MARKDOWN_ELEMENTS }));
  const pre = scanHtml(html).tags.filter((tag) => tag.name === 'pre' && !tag.end).length;
  if (pre !== blocks.length) problems.push(`${pre} code blocks for ${blocks.length} mermaid blocks`);
  return problems;
}

/**
 * Text compared as a reader sees it: NFC, control characters as every output prints them (Word breaks as spaces, a C1
 * character pasted from Windows-1252 as the quote or dash it stood for, others dropped), zero-width spaces dropped,
 * white space squeezed.
 */
export function seen(text: string): string {
  return withoutControls(text.normalize('NFC'))
    .replace(/\u200b/g, '')
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .trim();
}

// The spans markWords puts around single words (a web address, a code such as "NĐ-CP") follow the text: a random or
// hostile text has them where its plain twin has none. They hold escaped text only; the structure compared is the
// template's.
const WORD_SPAN = /<span class="(?:long|whole)-word">([^<]*)<\/span>/g;

/** A document's HTML without the spans around single words, whose number follows the words, not the template. */
export function unmarked(html: string): string {
  return html.replace(WORD_SPAN, '$1');
}
