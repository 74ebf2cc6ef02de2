import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogStats, listCatalog } from '../../src/catalog/stats.js';
import { lint } from '../../src/lint/linter.js';
import { agenciesOf } from '../../src/model/agencies.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { findBrowser } from '../../src/render/browser.js';
import { markdownDocument } from '../../src/render/document/outputs.js';
import { renderHtml } from '../../src/render/document/render.js';
import { readTemplates } from '../../src/render/document/template-files.js';
import { compileTemplates } from '../../src/render/document/templates.js';
import { indexPage } from '../../src/render/site/index-page.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { ROOT, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import {
  htmlProblems,
  markdownProblems,
  mermaidBlocks,
  mermaidLabelText,
  mermaidProblems,
  renderMarkdownHtml,
  scanHtml,
  seen,
  tagShape,
  templateElements,
  unmarked,
} from '../helpers/inert.js';

// One procedure whose every free-text field is «field» followed by the same hostile text (see the fixture's header),
// through every output procmap writes from it: flowchart mmd and md, document md and html, the site's pages.
const FIXTURE = 'test/hostile/names/hostile-names.yaml';
const source = loadFile(FIXTURE, readFileSync(join(ROOT, FIXTURE)));
const procedure = source.data as Procedure;
const HOSTILE = procedure.purpose!.replace('«purpose» ', '');

/** Every string of a procedure, map keys (branch labels) included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [key, ...strings(item)]);
  return [];
}

/** The same data with each string changed by `change`, map keys included. */
function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [change(key), mapStrings(item, change)]));
  return value;
}

/** The field texts of the fixture by their «tag». */
const FIELDS = new Map(
  strings(procedure)
    .filter((text) => text.startsWith('«'))
    .map((text) => [/^«([^»]+)»/.exec(text)![1]!, text]),
);
/** The fixture with plain text where the hostile text was: what the outputs' structure must equal. */
const plain = mapStrings(procedure, (text) =>
  // Line by line: a text of several lines keeps its breaks where outputs show them (a step's description).
  text.startsWith('«')
    ? text
        .split('\n')
        .map((line, i) => (i === 0 ? `Văn bản ${text.split(' ')[0]}` : line.trim() === '' ? '' : 'dòng'))
        .join('\n')
    : text,
) as Procedure;

// The document shows every field, the step inputs included.
const DOCUMENT_FIELDS = [...FIELDS.keys()];
// The flowchart shows the title, the bodies, the steps and the branch labels.
const FLOWCHART_FIELDS = [...FIELDS.keys()].filter((tag) => /^(title|body\.|step\.|branch\.)/.test(tag));

// What mermaid draws a flowchart with, as SVG text (procmap asks for no HTML labels).
const SVG_ELEMENTS = [
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'defs',
  'marker',
  'style',
  'filter',
  'fedropshadow',
  'title',
  'desc',
  // The HTML document's printed pieces of a large chart show the one drawing by reference: its href must stay a
  // fragment of the page, which htmlProblems checks of every URL attribute.
  'use',
];

// Raw markup that runs or loads something; user text may only hold these escaped.
const SCRIPT_OR_LOAD = /<script|<img|<iframe|<object|<embed|<link|<base/i;
const ESCAPED_HTML = ['&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;img src', '&lt;/style&gt;', ']]&gt;'];

describe('hostile text in every field, through every output', () => {
  const out = mkdtempSync(join(tmpdir(), 'procmap-hostile-names-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  let flowchart: RunResult;
  let doc: RunResult;
  const read = (dir: string, ext: string) =>
    readFileSync(join(out, dir, `${procedure.id}${dir === 'flowchart' ? '.flowchart' : ''}.${ext}`), 'utf8');

  beforeAll(async () => {
    // html draws the flowchart in Chromium: without one this must fail, never skip.
    const browser = findBrowser(process.env);
    if (!browser.ok) throw new Error(`This test renders HTML documents and needs a browser: ${browser.problem.en}`);
    flowchart = await runCli(['flowchart', '--format', 'mmd,md', '-o', join(out, 'flowchart'), FIXTURE]);
    doc = await runCli(['doc', '--format', 'md,html', '-o', join(out, 'doc'), FIXTURE]);
  });

  it('is a valid procedure whose every free-text field is hostile', async () => {
    expect(lint([source]).diagnostics).toEqual([]);
    expect(FIELDS.size).toBeGreaterThanOrEqual(40);
    for (const text of FIELDS.values()) if (!text.startsWith('«code»')) expect(text.endsWith(HOSTILE)).toBe(true);
    expect(HOSTILE).toContain('\nclick n0 "javascript:alert(1)"');
  });

  it('procmap flowchart --format mmd,md and doc --format md,html succeed', async () => {
    expect(flowchart.stderr).toBe('');
    expect(flowchart.code).toBe(0);
    expect(doc.stderr).toBe('');
    expect(doc.code).toBe(0);
  });

  it('flowchart .mmd: no statement, directive or markup from the text, and every label shows it as typed', async () => {
    const mmd = read('flowchart', 'mmd');
    const { problems, labels } = mermaidProblems(mmd);
    expect(problems).toEqual([]);
    expect(mmd).not.toMatch(/^\s*click\b/m);
    expect(mmd).not.toMatch(SCRIPT_OR_LOAD);
    expect(mmd).toContain('#lt;script#gt;alert(1)#lt;/script#gt;');
    const shown = labels.map((label) => seen(mermaidLabelText(label)));
    for (const tag of FLOWCHART_FIELDS.filter((t) => /^(step|branch)\./.test(t))) {
      expect(
        shown.some((label) => label.includes(seen(FIELDS.get(tag)!))),
        tag,
      ).toBe(true);
    }
    // Lane titles are Markdown to the swimlane diagram: their emphasis and link characters become look-alikes.
    for (const tag of ['body.A', 'body.B'])
      expect(
        shown.some((label) => label.startsWith(`«${tag}»`)),
        tag,
      ).toBe(true);
  });

  it('flowchart .md: no HTML, link or Markdown structure from the text, and the page shows it as typed', async () => {
    const md = read('flowchart', 'md');
    expect(await markdownProblems(md)).toEqual([]);
    expect(md).not.toMatch(SCRIPT_OR_LOAD);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const [block] = mermaidBlocks(md);
    const shown = mermaidProblems(block!).labels.map((label) => seen(mermaidLabelText(label)));
    // The classic flowchart dialect has no Markdown lane titles: every label is exactly the text.
    for (const tag of FLOWCHART_FIELDS.filter((t) => t !== 'title'))
      expect(
        shown.some((label) => label.includes(seen(FIELDS.get(tag)!))),
        tag,
      ).toBe(true);
    const text = seen(scanHtml(await renderMarkdownHtml(md)).text);
    expect(text).toContain(seen(`${procedure.id} · ${procedure.title}`));
  });

  it('document .md: every field shows as typed, with the structure of the same document in plain words', async () => {
    const md = read('doc', 'md');
    expect(await markdownProblems(md)).toEqual([]);
    expect(md).not.toMatch(SCRIPT_OR_LOAD);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const html = await renderMarkdownHtml(md);
    const text = seen(scanHtml(html).text);
    for (const tag of DOCUMENT_FIELDS) expect(text, tag).toContain(seen(FIELDS.get(tag)!));
    const twin = await renderMarkdownHtml(
      markdownDocument(compileTemplates(readTemplates()), {
        procedure: plain,
        analysis: analyseTime(plain),
        lang: 'vi',
      }),
    );
    // GFM turns the typed http:// address into a link (markdownProblems allows only web addresses): leave links out.
    const shape = (markup: string) =>
      scanHtml(markup)
        .tags.filter((tag) => tag.name !== 'a')
        .map((tag) => tagShape(tag));
    expect(shape(html)).toEqual(shape(twin));
  });

  it('document .html: only the template and SVG elements, nothing that runs or loads, every field shows as typed', async () => {
    const html = read('doc', 'html');
    expect(htmlProblems(html, { elements: new Set([...templateElements(), ...SVG_ELEMENTS]) })).toEqual([]);
    expect(html).not.toMatch(SCRIPT_OR_LOAD);
    for (const escaped of ESCAPED_HTML) expect(html).toContain(escaped);
    const page = scanHtml(html);
    const text = seen(page.text);
    for (const tag of DOCUMENT_FIELDS) expect(text, tag).toContain(seen(FIELDS.get(tag)!));
    // Outside the flowchart, the page has exactly the tags of the same document in plain words.
    // The printed pieces of a large chart (their captions, the whole drawing's class) follow the drawing's size, which
    // the twin's empty chart lacks: they are left out on both sides.
    const withoutSvg = (markup: string) =>
      unmarked(markup)
        .replace(/<svg[\s\S]*<\/svg>/, '<svg></svg>')
        .replace(/<figcaption class="tile-caption">[\s\S]*?<\/figcaption>/g, '')
        .replace('class="flowchart flowchart-whole"', 'class="flowchart"')
        // Whether a step row may break across pages, and the channels table's column widths, follow the length of
        // the texts, which the twin's plain words do not share.
        .replaceAll('<tr class="breakable">', '<tr>')
        .replace(/<col style="width: \d+%">/g, '<col>');
    // The twin's flowchart is empty: give it the page the real one got (its own when it is large).
    const sheet = /flowchart-section sheet-(A4|A3)-(landscape|portrait)/.exec(html);
    const flowchartPage = sheet ? { paper: sheet[1] as 'A4' | 'A3', landscape: sheet[2] === 'landscape' } : null;
    const twin = renderHtml(
      compileTemplates(readTemplates()),
      { procedure: plain, analysis: analyseTime(plain), lang: 'vi' },
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      { flowchartPage },
    );
    expect(scanHtml(withoutSvg(html)).tags.map((tag) => tagShape(tag))).toEqual(
      scanHtml(withoutSvg(twin)).tags.map((tag) => tagShape(tag)),
    );
    // The flowchart is SVG text drawn by mermaid: the step names are there, as text.
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)![0];
    const drawn = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
      .map((m) => scanHtml(m[1]!).text)
      .join('')
      .replace(/[\s\u200b]+/g, '')
      .replace(/[“”]/g, '"');
    for (const tag of FLOWCHART_FIELDS.filter((t) => t.startsWith('step.')))
      expect(drawn, tag).toContain(FIELDS.get(tag)!.replace(/\s+/g, ''));
  });

  it('site index and summary pages: only their own elements and scripts, every listed field shows as typed', async () => {
    const calendar = createCalendar();
    const pages = (p: Procedure, title: string) => {
      const { procedures } = lint([{ ...source, data: p }], { rules: [] });
      const list = listCatalog(procedures, calendar);
      return {
        index: indexPage(list, { lang: 'vi', hoursPerDay: 8 }, title),
        summary: summaryPage(catalogStats(list), { lang: 'vi', hoursPerDay: 8 }, title),
      };
    };
    const hostile = pages(procedure, `«site» ${HOSTILE}`);
    // The site lists each agency of `agency` apart (a liên thông procedure's, separated by ';'): the twin has as many.
    const agencies = agenciesOf(procedure.agency);
    const twin = pages(
      { ...plain, agency: agencies.map((_, i) => `Văn bản «agency» ${i}`).join('; ') },
      'Văn bản «site»',
    );
    for (const page of ['index', 'summary'] as const) {
      // The one element a field's text gets: procmap's span around a long word (markLongWords), which may break
      // anywhere. Its text is escaped like the rest (the checks below run on the page with those spans only).
      expect(hostile[page]).toContain('<span class="long-word">');
      const html = hostile[page].replace(/<span class="long-word">([^<]*)<\/span>/g, '$1');
      const reference = scanHtml(twin[page]);
      const elements = new Set(reference.tags.map((tag) => tag.name));
      const scripts = reference.raw.filter((r) => r.name === 'script').map((r) => r.text);
      expect(htmlProblems(html, { elements, scripts }), page).toEqual([]);
      for (const escaped of ESCAPED_HTML) expect(html, page).toContain(escaped);
      const userAttributes = new Set(['data-search', 'data-field', 'data-agencies', 'value']);
      expect(
        scanHtml(html).tags.map((tag) => tagShape(tag, userAttributes)),
        page,
      ).toEqual(reference.tags.map((tag) => tagShape(tag, userAttributes)));
      const text = seen(scanHtml(html).text);
      const listed = page === 'index' ? ['title', 'code', 'field', 'agency'] : ['title', 'field', 'agency'];
      for (const tag of listed) {
        // The summary counts each agency on its own line.
        const shown = page === 'summary' && tag === 'agency' ? agencies : [FIELDS.get(tag)!];
        for (const part of shown) expect(text, `${page} ${tag}`).toContain(seen(part));
      }
      expect(text).toContain(seen(`«site» ${HOSTILE}`));
    }
  });
});

describe('text that Markdown would read as structure, at the start of a field or across a line break', () => {
  // Each found by test/property/pipeline.test.ts; kept here as fixed cases: [what, the text, the same in plain words].
  const history = (changes: string) => ({ history: [{ ...plain.history![0]!, changes }, plain.history![1]!] });
  const roles = (role: string) => ({ steps: plain.steps.map((step) => ({ ...step, role })) });
  const cases: [string, Partial<Procedure>, Partial<Procedure>][] = [
    ['four leading spaces (a code block)', { purpose: '    Mục đích' }, { purpose: 'Mục đích' }],
    ['a numbered-list marker with ")"', { conditions: ['1) Điều kiện'] }, { conditions: ['Điều kiện'] }],
    ['a thematic break', { conditions: ['---'] }, { conditions: ['Điều kiện'] }],
    ['a lone carriage return (a new table row)', history('Sửa\r| x | y |'), history('Sửa x y')],
    ['a line separator (marked ends the heading there)', { title: 'Tiêu đề\u2028# x' }, { title: 'Tiêu đề x' }],
    ['a leading space before emphasis', roles(' Chuyên viên'), roles('Chuyên viên')],
    ['a trailing no-break space in a list item', { legal_basis: ['Luật\u00a0'] }, { legal_basis: ['Luật'] }],
  ];
  const templates = compileTemplates(readTemplates());
  const markdown = (change: Partial<Procedure>) => {
    const p = { ...plain, ...change };
    return markdownDocument(templates, { procedure: p, analysis: analyseTime(p), lang: 'vi' });
  };
  const shape = async (md: string) => scanHtml(await renderMarkdownHtml(md)).tags.map((tag) => tagShape(tag));

  it.each(cases)('%s stays text', async (_name, hostile, twin) => {
    expect(await markdownProblems(markdown(hostile))).toEqual([]);
    expect(await shape(markdown(hostile))).toEqual(await shape(markdown(twin)));
  });
});
