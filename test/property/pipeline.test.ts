import { shownStepNumbers } from '../../src/model/step-numbers.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { catalogStats, listCatalog } from '../../src/catalog/stats.js';
import type { Lang } from '../../src/i18n.js';
import { lint, type CatalogEntry } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { markdownDocument } from '../../src/render/document/outputs.js';
import { renderHtml } from '../../src/render/document/render.js';
import { readTemplates } from '../../src/render/document/template-files.js';
import { compileTemplates } from '../../src/render/document/templates.js';
import { flowchartMarkdown } from '../../src/render/flowchart-markdown.js';
import { flowchartMermaid } from '../../src/render/mermaid.js';
import { indexPage } from '../../src/render/site/index-page.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import { RENDERING_RULES } from '../../src/rules/index.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { momentAt } from '../../src/time/moment.js';
import { scheduleProcedure } from '../../src/time/schedule.js';
import {
  htmlProblems,
  markdownProblems,
  mermaidLabelText,
  mermaidProblems,
  renderMarkdownHtml,
  scanHtml,
  seen,
  tagShape,
  templateElements,
  unmarked,
} from '../helpers/inert.js';
import { propertyRuns } from '../helpers/property-runs.js';
import { mapFreeText, plainTwin, procedureArb, readDeep } from './arbitraries.js';
import { hasLookalikes, readLookalikes } from '../../src/model/lookalikes.js';
import { readDossierLineLookalikes } from '../../src/model/dossier-line.js';

// Random procedures, valid and mutated, through load → lint → time → Mermaid, Markdown and HTML → site pages: no
// exception escapes, every output is inert (same checks as test/hostile/names.test.ts) and has exactly the structure
// of the same procedure in plain words. Seeds are random; fast-check prints the seed and the shrunk case on failure.

const calendar = createCalendar();
const templates = compileTemplates(readTemplates());
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="1" y="9">x</text></svg>';
// What the flowchart and doc commands check before drawing or printing: anything else still renders.
const BLOCKING = new Set(['parse', 'schema', ...RENDERING_RULES.map((rule) => rule.id)]);

const TEMPLATE_ELEMENTS = templateElements().add('svg').add('text');
const SITE_USER_ATTRIBUTES = new Set(['data-search', 'data-level', 'data-field', 'data-agencies', 'value']);

/** A YAML file for the data as some editor would save it: any quoting style and line width, LF or CRLF, maybe a BOM. */
const serialisation = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  lineWidth: fc.constantFrom(0, 40, 80),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});
type Serialisation = typeof serialisation extends fc.Arbitrary<infer T> ? T : never;

function toBytes(data: unknown, options: Serialisation): Buffer {
  const { crlf, bom, ...format } = options;
  let yaml = stringify(data, { ...format, defaultKeyType: 'PLAIN' });
  if (crlf) yaml = yaml.replace(/\n/g, '\r\n');
  return Buffer.from(`${bom ? '\ufeff' : ''}${yaml}`, 'utf8');
}

/** Problems in the diagnostics of a lint run: a rule that crashed, a position outside the file, an empty message. */
function diagnosticProblems(
  bytes: Buffer,
  diagnostics: readonly { line: number; column: number; rule: string; message: string }[],
): string[] {
  // Counted in the bytes: a file that does not decode has no text, but its diagnostic still points into it.
  const lines = bytes.toString('latin1').split(/\r\n|\r|\n/).length;
  return diagnostics.flatMap((d) => [
    ...(/^Rule ".*" failed/.test(d.message) ? [`rule crashed: ${d.message}`] : []),
    ...(d.line < 1 || d.line > lines + 1 || d.column < 1
      ? [`${d.rule} at ${d.line}:${d.column} outside a ${lines}-line file`]
      : []),
    ...(d.message.trim() === '' || d.rule === '' ? ['empty diagnostic'] : []),
    // Messages go to terminals and CI logs: text from the file must not carry escape sequences or line breaks there.
    ...(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(d.message)
      ? [`control character in ${JSON.stringify(d.message)}`]
      : []),
  ]);
}

/** Everything procmap writes for one procedure, in one language. */
function outputs(entry: CatalogEntry, lang: Lang) {
  const procedure = entry.procedure;
  const analysis = analyseTime(procedure, calendar);
  const subject = { procedure, analysis, lang };
  const list = listCatalog([entry], calendar);
  return {
    swimlane: flowchartMermaid(procedure, analysis, { lang, dialect: 'swimlane', title: true }),
    flowchart: flowchartMermaid(procedure, analysis, { lang, dialect: 'flowchart', title: true }),
    flowchartMd: flowchartMarkdown(procedure, analysis, lang),
    docMd: markdownDocument(templates, subject),
    docHtml: renderHtml(templates, subject, SVG),
    index: indexPage(list, { lang, hoursPerDay: 8 }, procedure.title),
    summary: summaryPage(catalogStats(list), { lang, hoursPerDay: 8 }, procedure.title),
  };
}

/** Tags of rendered Markdown (renderMarkdownHtml's), leaving out the links GFM makes of typed web addresses. */
function markdownShape(html: string): string[] {
  return scanHtml(html)
    .tags.filter((tag) => tag.name !== 'a')
    .map((tag) => tagShape(tag));
}

/** Checks every output of a procedure that passed the blocking rules: inert, as typed, shaped like its plain twin. */
async function checkOutputs(entry: CatalogEntry, lang: Lang): Promise<void> {
  const out = outputs(entry, lang);
  const twinEntry = { ...entry, procedure: plainTwin(entry.procedure) };
  const twin = outputs(twinEntry, lang);
  const p = entry.procedure;

  for (const dialect of ['swimlane', 'flowchart'] as const) {
    const { problems, labels } = mermaidProblems(out[dialect]);
    expect(problems, dialect).toEqual([]);
    // Straight quotes are drawn as typographic ones: compare with all quotes alike.
    const quotes = (value: string) => seen(value).replace(/[“”]/g, '"');
    const shown = labels.map((label) => quotes(mermaidLabelText(label)));
    // Each step under the number the document's table shows it with (ids s0, s1 are numbers too: step-numbers.ts).
    const numbers = shownStepNumbers(p.steps);
    p.steps.forEach((step, i) => {
      // Read once per step, not once per label it is compared with.
      const start = quotes(`${numbers[i]!}. ${step.name}`);
      expect(
        shown.some((label) => label.startsWith(start)),
        `${dialect} step ${i + 1}`,
      ).toBe(true);
    });
    // Same statements as the twin: only the label texts differ.
    const statements = (source: string) =>
      source.split('\n').map((line) => line.replace(/"[^"]*"/g, '""').replace(/^title: .*/, 'title'));
    expect(statements(out[dialect])).toEqual(statements(twin[dialect]));
  }

  // Each page rendered once, its twin once: the problems, the shape and the text are read from the same HTML.
  const rendered = { flowchartMd: '', docMd: '' };
  for (const page of ['flowchartMd', 'docMd'] as const) {
    rendered[page] = await renderMarkdownHtml(out[page]);
    expect(await markdownProblems(out[page], rendered[page]), page).toEqual([]);
    expect(markdownShape(rendered[page]), page).toEqual(markdownShape(await renderMarkdownHtml(twin[page])));
  }
  const docText = seen(scanHtml(rendered.docMd).text);
  for (const step of p.steps) expect(docText).toContain(seen(step.name).replace(/^[-+] /, ''));

  expect(htmlProblems(out.docHtml, { elements: TEMPLATE_ELEMENTS })).toEqual([]);
  expect(scanHtml(unmarked(out.docHtml)).tags.map((tag) => tagShape(tag))).toEqual(
    scanHtml(unmarked(twin.docHtml)).tags.map((tag) => tagShape(tag)),
  );
  const htmlText = seen(scanHtml(out.docHtml).text);
  for (const step of p.steps) expect(htmlText).toContain(seen(step.name));

  for (const page of ['index', 'summary'] as const) {
    // A long word is marked where it may break (a span around escaped text), as in the document: the structure
    // compared is the page's.
    const html = unmarked(out[page]);
    const reference = scanHtml(unmarked(twin[page]));
    const scripts = reference.raw.filter((r) => r.name === 'script').map((r) => r.text);
    expect(htmlProblems(html, { elements: new Set(reference.tags.map((tag) => tag.name)), scripts }), page).toEqual([]);
    expect(
      scanHtml(html).tags.map((tag) => tagShape(tag, SITE_USER_ATTRIBUTES)),
      page,
    ).toEqual(reference.tags.map((tag) => tagShape(tag, SITE_USER_ATTRIBUTES)));
    expect(seen(scanHtml(html).text)).toContain(seen(p.title));
  }
}

/** Loads, lints and, when the commands would, renders and schedules; returns the lint result for further checks. */
async function throughPipeline(bytes: Buffer, lang: Lang, received: number) {
  const source = loadFile('random.yaml', bytes);
  const result = lint([source], { lang, calendar });
  expect(diagnosticProblems(bytes, result.diagnostics)).toEqual([]);
  const blocked = result.diagnostics.some((d) => d.severity === 'error' && BLOCKING.has(d.rule));
  const entry = result.procedures[0];
  if (!blocked && entry) {
    await checkOutputs(entry, lang);
    scheduleProcedure(entry.procedure, analyseTime(entry.procedure, calendar).flow, calendar, received);
  }
  return { source, result, rendered: !blocked && entry !== undefined };
}

// Shrinking a deep procedure can take minutes: stop it well before vitest's timeout, so that fast-check still
// reports the seed and the smallest counterexample found so far. A run takes 5–10 s; the limits leave room for a host
// loaded ten times over, where the project's 30 s timeout stopped a passing run.
const LIMITS = { interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true };
const TIMEOUT = { timeout: 120_000 };

const lang = fc.constantFrom<Lang>('vi', 'en');
const received = fc.integer({ min: 0, max: 3 * 365 * 1440 }).map((minutes) => momentAt(20089, 0) + minutes); // 2025-01-01 on

describe('random procedures through every stage', () => {
  it('load faithfully, lint without crashing, render inert output shaped like their plain twin', TIMEOUT, async () => {
    const runs = propertyRuns(50);
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(
        procedureArb({ shape: 'any' }),
        serialisation,
        lang,
        received,
        async (procedure, format, language, at) => {
          const bytes = toBytes(procedure, format);
          const run = await throughPipeline(bytes, language, at);
          // The loader (js-yaml fast path, yaml with positions) must read the file as the reference parser does, in NFC
          // and without invisible characters.
          expect(run.source.diagnostics).toEqual([]);
          expect(run.source.data).toEqual(referenceRead(bytes));
          if (run.rendered) rendered++;
        },
      ),
      { numRuns: runs, ...LIMITS },
    );
    // Most runs must reach the renderers, or the property says little about them.
    expect(rendered).toBeGreaterThan(runs / 2);
  });
});

/**
 * The data as the reference parser reads the file, as the loader gives it: in NFC, without invisible characters, and
 * with the full-width forms of the fields procmap reads numbers from in ASCII (a random text may hold "！" or "０"; that
 * reading has its own tests, test/rules/full-width-characters.test.ts).
 */
function referenceRead(bytes: Buffer): unknown {
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  const data = readDeep(parse(text));
  if (hasLookalikes(text)) {
    readLookalikes(data);
    readDossierLineLookalikes(data);
  }
  return data;
}

/** A random change to procedure data: a key gone, a value of another type, a wrong id, an unknown reference. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('retype' as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.constant([]),
      fc.constant({}),
      fc.constant('x'),
      fc.constant(true),
      fc.constant([1, 'a']),
      fc.constant({ __proto__: 'x' }),
    ),
  }),
  fc.record({
    kind: fc.constant('reference' as const),
    at: fc.nat(),
    value: fc.constantFrom('s0', 'khong-co', '', 'S0', '__proto__', 'constructor'),
  }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat() }),
);

/** Every path to a node of the data. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([key, item]) => paths(item, [...at, key]))];
}

function mutate(procedure: Procedure, change: { kind: string; at: number; value?: unknown; from?: number }): unknown {
  const data = structuredClone(procedure) as unknown as Record<string, unknown>;
  const all = paths(data).filter((path) => path.length > 0);
  if (change.kind === 'reference') {
    // An earlier change may have taken the steps or made one of them something else than a map.
    const steps = Array.isArray(data.steps)
      ? data.steps.filter((step) => step !== null && typeof step === 'object' && !Array.isArray(step))
      : [];
    if (steps.length === 0) return data;
    const step = steps[change.at % steps.length] as Record<string, unknown>;
    const field = (['id', 'body', 'next'] as const)[change.at % 3]!;
    step[field] = field === 'next' ? [change.value] : change.value;
    return data;
  }
  const at = (path: (string | number)[]) =>
    path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data);
  const path = all[change.at % all.length]!;
  const parent = at(path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    // A value of one field (hostile text included) in another: an id, a date, a duration, a list.
    parent[key] = change.kind === 'copy' ? structuredClone(at(all[change.from! % all.length]!)) : change.value;
  }
  return data;
}

/** A random edit of the file's text: characters that mean something to YAML, cuts, moved lines, broken bytes. */
const textEdit = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      ':',
      '- ',
      '  ',
      '\n',
      '\t',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      '&a ',
      '*a',
      '!!binary ',
      '|',
      '>',
      '%',
      '@',
      '`',
      '#',
      '? ',
      ',',
      '\\',
      '\r',
      '\u0000',
      '\ufeff',
      'é',
      '\ud800',
      '<<: *a',
      '---\n',
      '...\n',
    ),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), length: fc.nat() }),
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), length: fc.integer({ min: 0x80, max: 0xff }) }),
);

function editBytes(
  bytes: Buffer,
  edits: readonly { kind: string; at: number; text?: string; length?: number }[],
): Buffer {
  let out = bytes;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.kind === 'byte')
      out = Buffer.concat([out.subarray(0, at), Buffer.from([edit.length!]), out.subarray(at + 1)]);
    else if (edit.kind === 'insert')
      out = Buffer.concat([out.subarray(0, at), Buffer.from(edit.text!, 'utf8'), out.subarray(at)]);
    else if (edit.kind === 'cut') out = Buffer.concat([out.subarray(0, at), out.subarray(at + edit.length!)]);
    else {
      const lines = out.toString('utf8').split('\n');
      const a = edit.at % lines.length;
      const b = edit.length! % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      out = Buffer.from(lines.join('\n'), 'utf8');
    }
  }
  return out;
}

describe('mutated procedures', () => {
  it(
    'mutated data: precise diagnostics, no crash, and inert output whenever the commands would still render',
    TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          procedureArb({ shape: 'any', maxSteps: 8 }),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          serialisation,
          lang,
          received,
          async (procedure, changes, format, language, at) => {
            let data: unknown = procedure;
            for (const change of changes) data = mutate(data as Procedure, change);
            await throughPipeline(toBytes(data, format), language, at);
          },
        ),
        { numRuns: propertyRuns(40), ...LIMITS },
      );
    },
  );

  it('mutated text and bytes: every problem is a diagnostic inside the file, nothing throws', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(
        procedureArb({ shape: 'any', maxSteps: 6 }),
        fc.array(textEdit, { minLength: 1, maxLength: 6 }),
        serialisation,
        lang,
        received,
        async (procedure, edits, format, language, at) => {
          const run = await throughPipeline(editBytes(toBytes(procedure, format), edits), language, at);
          if (run.source.data === undefined) expect(run.result.diagnostics.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: propertyRuns(60), ...LIMITS },
    );
  });
});

// mapFreeText must cover every free-text field, or the twin checks above would compare text with itself.
it('the plain twin replaces every free-text field', () => {
  const STRUCTURED = new Set(['id', 'effective', 'level', 'time_limit', 'cutoff', 'body', 'duration', 'date']);
  /** Strings left that are neither the mark nor a structured value (an id, a duration, a date, a `next` target). */
  const unmarked = (value: unknown, key: string | number = '', inNext = false): string[] => {
    if (typeof value === 'string')
      return value === '\u0001' || inNext || STRUCTURED.has(String(key)) ? [] : [`${key}: ${value}`];
    if (Array.isArray(value)) return value.flatMap((item) => unmarked(item, key, inNext));
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([k, item]) => [
      ...(key === 'next' && k !== '\u0001' ? [`label ${k}`] : []),
      ...unmarked(item, k, inNext || key === 'next' || k === 'next'),
    ]);
  };
  fc.assert(
    fc.property(procedureArb({ shape: 'any', maxSteps: 4 }), (procedure) => {
      expect(unmarked(mapFreeText(procedure, () => '\u0001'))).toEqual([]);
    }),
    { numRuns: 50 },
  );
});
