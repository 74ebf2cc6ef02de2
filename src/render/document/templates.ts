import Handlebars from 'handlebars';
import type { Translated } from '../../i18n.js';
import { closest } from '../../model/suggest.js';
import type { DocumentView } from './view.js';

/** One template file's text, with the path shown in error messages. */
export interface TemplateSource {
  file: string;
  text: string;
}

/** The files a process document is made from: the built-ins, or an organisation's own where it has them. */
export interface TemplateSources {
  /** The HTML page (document.hbs). */
  document: TemplateSource;
  /** The control header with page x/y that the PDF printer puts on every page (page-header.hbs). */
  pageHeader: TemplateSource;
  /** The footer that the PDF printer puts on every page (page-footer.hbs). */
  pageFooter: TemplateSource;
  /** The Markdown document (markdown.hbs); self-contained: the partials are HTML. */
  markdown: TemplateSource;
  /** The stylesheet inlined into the HTML (document.css). */
  css: TemplateSource;
  /** HTML partials by name (partials/header.hbs is `{{> header}}`). */
  partials: ReadonlyMap<string, TemplateSource>;
}

/** A template that does not compile or fails while rendering, located in its file, told in both languages. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  /** The message in each language; Handlebars' own words (a parser's excerpt) stay as it writes them. */
  readonly translated: Translated;

  constructor(
    readonly file: string,
    reason: string | Translated,
    readonly line?: number,
    readonly column?: number,
  ) {
    const at = `${file}${line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`}`;
    const words = typeof reason === 'string' ? { en: reason, vi: reason } : reason;
    super(`Template ${at}: ${words.en}`);
    this.translated = { en: this.message, vi: `Mẫu tài liệu ${at}: ${words.vi}` };
  }
}

/** Compiled document templates, ready to render views. */
export interface DocumentTemplates {
  html(view: DocumentView): string;
  pageHeader(view: DocumentView): string;
  pageFooter(view: DocumentView): string;
  /** Renders a view whose text is already Markdown-escaped. */
  markdown(view: DocumentView): string;
  css: string;
}

// strict: a field a template names that the view lacks is an error with its line, not a silent blank.
// knownHelpersOnly: only the built-in helpers, less `log`, which would write into procmap's output; templates
// cannot call code. Prototype access stays off (the Handlebars default), so `{{constructor}}` finds nothing.
const HTML_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { log: false },
  preventIndent: true,
};
const MARKDOWN_OPTIONS: CompileOptions = { ...HTML_OPTIONS, noEscape: true };

function toTemplateError(error: unknown, file: string): TemplateError {
  if (error instanceof TemplateError) return error;
  const raw = error instanceof Error ? error.message : String(error);
  const located = error as { lineNumber?: unknown; column?: unknown };
  if (typeof located.lineNumber === 'number') {
    const reason = raw.replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]/, '');
    return new TemplateError(
      file,
      reason,
      located.lineNumber,
      typeof located.column === 'number' ? located.column + 1 : undefined,
    );
  }
  // `{{../../steps}}` one level past the document's top: Handlebars reads from nothing and JavaScript says so in its
  // own words ("Cannot read properties of undefined (reading 'steps')"), with no line.
  const nothing =
    error instanceof TypeError ? /^Cannot read properties of (?:undefined|null) \(reading '(.*)'\)$/.exec(raw) : null;
  if (nothing)
    return new TemplateError(file, {
      en: `"${nothing[1]}" is looked up in something that does not exist: a path with more "../" than the blocks it is inside`,
      vi: `"${nothing[1]}" được tìm trong một giá trị không có: đường dẫn có nhiều "../" hơn số khối bao quanh nó`,
    });
  const parse = /^Parse error on line (\d+):\n([\s\S]*)$/.exec(raw);
  if (parse)
    return new TemplateError(
      file,
      { en: `Syntax error\n${parse[2]}`, vi: `sai cú pháp\n${parse[2]}` },
      Number(parse[1]),
    );
  return new TemplateError(file, raw);
}

interface AstNode {
  type?: string;
  name?: { type: string; original: unknown };
  loc?: { start: { line: number; column: number } };
}

/** Partial names a template refers to by a fixed name, with where, found by walking its syntax tree. */
function partialReferences(node: unknown, found: { name: string; line: number; column: number }[] = []) {
  if (Array.isArray(node)) {
    for (const item of node) partialReferences(item, found);
  } else if (node !== null && typeof node === 'object') {
    const n = node as AstNode;
    if (
      (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') &&
      n.name?.type === 'PathExpression' &&
      n.loc
    ) {
      found.push({ name: String(n.name.original), line: n.loc.start.line, column: n.loc.start.column + 1 });
    }
    for (const [key, value] of Object.entries(node))
      if (key !== 'loc' && key !== 'name') partialReferences(value, found);
  }
  return found;
}

// Far deeper than any document needs; Handlebars parses and compiles blocks recursively, in time that grows faster
// than their depth (4,000 levels: 23 s, 8,000: minutes, deaf to Ctrl-C meanwhile).
const MAX_BLOCK_DEPTH = 100;

/** Refuses, at the block that opens one level too many, a template nested deeper than MAX_BLOCK_DEPTH. */
function tooDeep(source: TemplateSource): void {
  let depth = 0;
  for (const tag of source.text.matchAll(/\{\{~?\s*([#/])/g)) {
    depth += tag[1] === '#' ? 1 : -1;
    if (depth <= MAX_BLOCK_DEPTH) continue;
    const before = source.text.slice(0, tag.index);
    const line = before.split('\n').length;
    throw new TemplateError(
      source.file,
      {
        en: `Blocks nested more than ${MAX_BLOCK_DEPTH} deep; no document needs that many`,
        vi: `các khối lồng nhau quá ${MAX_BLOCK_DEPTH} tầng; không tài liệu nào cần nhiều như vậy`,
      },
      line,
      tag.index - before.lastIndexOf('\n'),
    );
  }
}

// How many arguments each built-in helper takes: called with others, Handlebars fails while rendering, for `lookup`
// with a JavaScript error that names neither the file nor the line.
const HELPER_ARGUMENTS: Readonly<Record<string, number>> = { lookup: 2, if: 1, unless: 1, with: 1, each: 1 };

/** Refuses a built-in helper called with the wrong number of arguments, at its line, before anything renders. */
function builtinArguments(node: unknown, file: string): void {
  if (Array.isArray(node)) {
    for (const item of node) builtinArguments(item, file);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const call = node as {
    type?: string;
    path?: { type?: string; original?: unknown };
    params?: unknown[];
    loc?: { start: { line: number; column: number } };
  };
  const name = call.path?.type === 'PathExpression' ? String(call.path.original) : undefined;
  const wanted = name !== undefined && Object.hasOwn(HELPER_ARGUMENTS, name) ? HELPER_ARGUMENTS[name] : undefined;
  const helperCall = call.type === 'BlockStatement' || (call.params?.length ?? 0) > 0 || name === 'lookup';
  if (wanted !== undefined && helperCall && call.params?.length !== wanted && call.loc) {
    const shown = call.type === 'BlockStatement' ? `#${name}` : name;
    throw new TemplateError(
      file,
      {
        en: `{{${shown}}} takes ${wanted} argument${wanted === 1 ? '' : 's'}, not ${call.params?.length ?? 0}`,
        vi: `{{${shown}}} nhận ${wanted} đối số, không phải ${call.params?.length ?? 0}`,
      },
      call.loc.start.line,
      call.loc.start.column + 1,
    );
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'loc' && key !== 'path') builtinArguments(value, file);
}

/** Checks a template completely before anything renders: syntax, helpers, and that every partial it names exists. */
function check(
  hb: typeof Handlebars,
  source: TemplateSource,
  options: CompileOptions,
  partials: ReadonlySet<string>,
): void {
  tooDeep(source);
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source.text);
    hb.precompile(ast, options);
  } catch (error) {
    throw toTemplateError(error, source.file);
  }
  builtinArguments(ast, source.file);
  for (const ref of partialReferences(ast)) {
    if (partials.has(ref.name)) continue;
    const hint = closest(ref.name, partials);
    throw new TemplateError(
      source.file,
      {
        en: `No partial named "${ref.name}"${hint ? `; did you mean "${hint}"?` : ''}`,
        vi: `không có mẫu con (partial) tên "${ref.name}"${hint ? `; có phải là "${hint}"?` : ''}`,
      },
      ref.line,
      ref.column,
    );
  }
}

/** Compiles a template so that any error it throws while rendering names its file (the innermost partial's). */
function compile(hb: typeof Handlebars, source: TemplateSource, options: CompileOptions): Handlebars.TemplateDelegate {
  const template = hb.compile(source.text, options);
  return (context, runtime) => {
    try {
      return template(context, runtime);
    } catch (error) {
      throw toTemplateError(error, source.file);
    }
  };
}

// Far deeper than any document's partials go (the built-ins, one level). A partial that includes itself, directly or
// through another, with nothing to stop it, ran until the stack ran out (8 s), then said so in JavaScript's words.
const MAX_PARTIAL_DEPTH = 100;

/**
 * A partial compiled as `compile` does, refused (TemplateError, its file) when partials are open more than
 * MAX_PARTIAL_DEPTH deep: `open` counts the partials being rendered, shared by all of one set.
 */
function compilePartial(
  hb: typeof Handlebars,
  source: TemplateSource,
  open: { depth: number },
): Handlebars.TemplateDelegate {
  const template = compile(hb, source, HTML_OPTIONS);
  return (context, runtime) => {
    if (open.depth >= MAX_PARTIAL_DEPTH)
      throw new TemplateError(source.file, {
        en: `Partials open inside one another more than ${MAX_PARTIAL_DEPTH} deep: a partial includes itself, directly or through another, with nothing to stop it`,
        vi: `các mẫu con (partial) lồng vào nhau quá ${MAX_PARTIAL_DEPTH} tầng: có mẫu con tự gọi lại chính nó, trực tiếp hoặc qua mẫu con khác, mà không có chỗ dừng`,
      });
    open.depth++;
    try {
      return template(context, runtime);
    } finally {
      open.depth--;
    }
  };
}

// Compiling is most of a one-document run's own time (Handlebars parses each template twice and writes it out as
// JavaScript). A process that runs commands again (`serve` on every save, the in-process test harness) meets the same
// templates each time: the last few sets are kept, keyed by their files' names and text.
const compiled = new Map<string, DocumentTemplates>();
const KEPT_TEMPLATE_SETS = 4;

/** Compiles a set of document templates in a private Handlebars instance; throws TemplateError naming file and line. */
export function compileTemplates(sources: TemplateSources): DocumentTemplates {
  const { document, pageHeader, pageFooter, markdown, css, partials } = sources;
  const key = JSON.stringify(
    [document, pageHeader, pageFooter, markdown, css, ...partials.values()].map((source) => [source.file, source.text]),
  );
  const kept = compiled.get(key);
  if (kept) return kept;
  const templates = compileAfresh(sources);
  if (compiled.size >= KEPT_TEMPLATE_SETS) compiled.delete(compiled.keys().next().value!);
  compiled.set(key, templates);
  return templates;
}

function compileAfresh(sources: TemplateSources): DocumentTemplates {
  const hb = Handlebars.create();
  const names = new Set(sources.partials.keys());
  for (const source of [...sources.partials.values(), sources.document, sources.pageHeader, sources.pageFooter])
    check(hb, source, HTML_OPTIONS, names);
  check(hb, sources.markdown, MARKDOWN_OPTIONS, new Set());
  const open = { depth: 0 };
  for (const [name, source] of sources.partials) hb.registerPartial(name, compilePartial(hb, source, open));
  const html = compile(hb, sources.document, HTML_OPTIONS);
  const pageHeader = compile(hb, sources.pageHeader, HTML_OPTIONS);
  const pageFooter = compile(hb, sources.pageFooter, HTML_OPTIONS);
  // The Markdown template gets no partials: those are HTML and would escape text already escaped for Markdown.
  const markdown = compile(Handlebars.create(), sources.markdown, MARKDOWN_OPTIONS);
  return {
    html: (view) => html(view),
    pageHeader: (view) => pageHeader(view),
    pageFooter: (view) => pageFooter(view),
    markdown: (view) => markdown(view),
    css: sources.css.text,
  };
}
