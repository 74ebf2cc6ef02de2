import { createRequire } from 'node:module';
import jsyaml from 'js-yaml';
import type { Document, Node } from 'yaml';
import { decodeUtf8 } from './decode.js';
import { excessiveNesting } from './depth.js';
import { LIMITS } from './limits.js';
import { escapeControls, quoted } from './quote.js';
import { FILE_START, LineIndex } from './source.js';
import type { Diagnostic, NodePath, SourceRange } from './types.js';

/** A procedure file read into data, with a way back from any data path to its place in the source. */
export interface LoadedFile {
  file: string;
  /** The decoded text (BOM removed), or '' when the file could not be decoded. */
  text: string;
  /** The data with every string NFC-normalised; undefined when the file could not be parsed. */
  data: unknown;
  /** Problems found while reading: encoding and YAML syntax (rule `parse`). */
  diagnostics: Diagnostic[];
  /** Where a data path stands in the source: the value, or with `key` the key of a map entry. */
  locate(path: NodePath, target?: 'key' | 'value'): SourceRange;
}

// `yaml` (with positions) is loaded on first use: files without problems never need it, and a clean lint run
// should not pay for loading it.
let yamlModule: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

function parseDiagnostic(file: string, range: SourceRange, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file, ...range, severity, rule: 'parse', message };
}

const TOO_DEEP = `Nesting deeper than ${LIMITS.maxDepth} levels; a procedure needs a few`;

const TOO_MUCH_TEXT = `The file holds more than ${LIMITS.maxExpandedText / 1048576} MiB of text once its aliases are expanded; write each text once`;

/**
 * Deep-copies YAML data, normalising strings to NFC and refusing depth beyond the limit, and more text in all than
 * the limit: an alias repeats a string without repeating its bytes, and every output would repeat it in full.
 */
function normalise(value: unknown, depth = 0, budget = { text: LIMITS.maxExpandedText }): unknown {
  if (depth > LIMITS.maxDepth) throw new RangeError(TOO_DEEP);
  if (typeof value === 'string') {
    budget.text -= value.length;
    if (budget.text < 0) throw new RangeError(TOO_MUCH_TEXT);
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((item) => normalise(item, depth + 1, budget));
  if (value !== null && typeof value === 'object') {
    // A null-prototype object: a `__proto__` key in a procedure stays a plain key, never a prototype.
    const out: Record<string, unknown> = Object.create(null);
    for (const [key, item] of Object.entries(value)) out[key.normalize('NFC')] = normalise(item, depth + 1, budget);
    return out;
  }
  return value;
}

function nodeRange(node: Node | null | undefined, lines: LineIndex): SourceRange | undefined {
  const range = node?.range;
  return range ? lines.range(range[0], range[1]) : undefined;
}

function keyText(key: unknown): string | undefined {
  if (yaml().isScalar(key)) return String(key.value).normalize('NFC');
  return undefined;
}

/** Finds the node at a data path, falling back to the deepest node that exists. */
function locateIn(doc: Document, lines: LineIndex, path: NodePath, target: 'key' | 'value'): SourceRange {
  let node: unknown = doc.contents;
  let best = nodeRange(doc.contents as Node, lines) ?? FILE_START;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (yaml().isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) return best;
      const keyRange = nodeRange(pair.key as Node, lines);
      if (last && target === 'key' && keyRange) return keyRange;
      node = pair.value;
      best = nodeRange(node as Node, lines) ?? keyRange ?? best;
    } else if (yaml().isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return best;
      best = nodeRange(node as Node, lines) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

/** A file refused for its size before it is read, so a huge file never sits in memory. */
export function tooLargeFile(file: string, bytes: number): LoadedFile {
  const message = `File is ${(bytes / 1048576).toFixed(1)} MiB; procmap reads procedure files up to ${LIMITS.maxFileBytes / 1048576} MiB`;
  const diagnostic = parseDiagnostic(file, FILE_START, message);
  return { file, text: '', data: undefined, diagnostics: [diagnostic], locate: () => FILE_START };
}

/** Parses with `yaml` keeping positions: the authority for messages and locations. */
function loadWithPositions(file: string, text: string): LoadedFile {
  const lines = new LineIndex(text);
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    const range = lines.range(tooDeep, tooDeep + 1);
    return { file, text, data: undefined, diagnostics: [parseDiagnostic(file, range, TOO_DEEP)], locate: () => range };
  }
  const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const diagnostics: Diagnostic[] = [];
  const yamlProblem = (severity: Diagnostic['severity']) => (error: { pos: [number, number]; message: string; code: string }) => {
    // yaml quotes the offending source text, which may hold control characters: keep them off the terminal.
    let message = escapeControls(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
    if (error.code === 'DUPLICATE_KEY') message = `Duplicate key ${quoted(/^[^:\n]*/.exec(text.slice(error.pos[0]))![0].trim())}; a key may appear once in a map`;
    if (error.code === 'MULTIPLE_DOCS') message = 'A procedure file holds one YAML document; this one starts a second with "---"';
    const range = lines.range(error.pos[0], error.pos[1]);
    // yaml sometimes reports one mistake twice at the same place: one diagnostic per place is enough.
    if (diagnostics.some((d) => d.line === range.line && d.column === range.column)) return;
    diagnostics.push(parseDiagnostic(file, range, message, severity));
  };
  // After the first syntax error yaml's further errors are mostly its consequences: report the cause only.
  doc.errors.slice(0, 1).forEach(yamlProblem('error'));
  doc.warnings.forEach(yamlProblem('warning'));
  const locate = (path: NodePath, target: 'key' | 'value' = 'value') => locateIn(doc, lines, path, target);
  if (doc.errors.length > 0) return { file, text, data: undefined, diagnostics, locate };
  try {
    return { file, text, data: normalise(doc.toJS({ maxAliasCount: LIMITS.maxAliasCount })), diagnostics, locate };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = /excessive alias/i.test(message) ? `Too many alias expansions (limit ${LIMITS.maxAliasCount}): ${message}` : message;
    return { file, text, data: undefined, diagnostics: [parseDiagnostic(file, FILE_START, reason)], locate };
  }
}

// Anchors and aliases need the alias limit that only the `yaml` path enforces.
const MAY_HAVE_ALIASES = /[&*][^\s]/;

/**
 * Parses fast with js-yaml (about ten times faster than `yaml` with positions) and builds the `yaml` document with
 * positions only when someone asks where something is — which happens only for files with a problem. Anything the
 * fast parser rejects, and any file with anchors or aliases, goes through `yaml` for exact messages and limits.
 */
function loadFast(file: string, text: string): LoadedFile | undefined {
  if (MAY_HAVE_ALIASES.test(text)) return undefined;
  let raw: unknown;
  try {
    raw = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch {
    return undefined;
  }
  let data: unknown;
  try {
    data = normalise(raw ?? null);
  } catch {
    return undefined;
  }
  let positioned: LoadedFile | undefined;
  return {
    file,
    text,
    data,
    diagnostics: [],
    locate: (path, target) => (positioned ??= loadWithPositions(file, text)).locate(path, target),
  };
}

/** Reads one procedure file: decodes it, parses YAML, converts to NFC data within the limits; positions on demand. */
export function loadFile(file: string, bytes: Uint8Array): LoadedFile {
  if (bytes.length > LIMITS.maxFileBytes) return tooLargeFile(file, bytes.length);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const range = decoded.range;
    return { file, text: '', data: undefined, diagnostics: [parseDiagnostic(file, range, decoded.message)], locate: () => range };
  }
  return loadFast(file, decoded.text) ?? loadWithPositions(file, decoded.text);
}
