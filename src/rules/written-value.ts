import type { LoadedFile } from '../model/load.js';
import { LineIndex } from '../model/source.js';
import type { Fix, NodePath } from '../model/types.js';
import { jsonString } from '../model/quote.js';
import { valueAt } from '../model/data-object.js';
import { lazyPattern } from '../model/lazy-pattern.js';

/** The data as written, before the loader made it canonical: what the `canonical-*` rules compare against. */
export function writtenAt(source: LoadedFile, path: NodePath): unknown {
  return valueAt(source.data, path);
}

/**
 * Whether channel `i` is a map of the list as the file writes it, so a fix can reach its `time_limit`: not a name
 * (`- Trực tiếp: 03 ngày làm việc`), a key of a map of names, nor a part of the names on one line or a line each
 * (`channels: "Trực tiếp: 30 ngày; Trực tuyến: 25 ngày"`, `channels: |`), which canonical-channel writes as maps first.
 */
export function channelWrittenAsMap(source: LoadedFile, i: number): boolean {
  const named = source.namedChannels;
  return Array.isArray(writtenAt(source, ['channels'])) && named !== 'map' && !named?.includes(i);
}

// Characters that end or split a plain scalar inside `[ ]` or `{ }`.
const FLOW_UNSAFE = /[,[\]{}#]|: /;

/**
 * A fix that puts a scalar inside new YAML around it (`[B2]`, `{ name: Nguyễn Văn An }`), keeping its text as
 * written; a plain scalar that would not survive inside brackets is quoted. None for a value over several lines.
 */
export function wrapFix(source: LoadedFile, path: NodePath, wrap: (text: string) => string): Fix | undefined {
  const range = source.locate(path);
  if (range.line !== range.endLine) return undefined;
  const lines = new LineIndex(source.text);
  const text = source.text.slice(lines.offset(range.line, range.column), lines.offset(range.endLine, range.endColumn));
  const value = writtenAt(source, path);
  if (
    text === '' ||
    text.startsWith('|') ||
    text.startsWith('>') ||
    (typeof value !== 'string' && typeof value !== 'number')
  )
    return undefined;
  const quotedAlready = text.startsWith('"') || text.startsWith("'");
  const safe = quotedAlready || !FLOW_UNSAFE.test(text) ? text : JSON.stringify(value);
  return { range, text: wrap(safe) };
}

/** A fix that writes new YAML (`{ kind: online }`) in place of a scalar on one line; none for a value over several lines. */
export function mapFix(source: LoadedFile, path: NodePath, text: string): Fix | undefined {
  let range = source.locate(path);
  // A map of one entry on a line of its own (`- TTHC: Thủ tục hành chính`) ends with the line's end: not replaced.
  if (range.endLine === range.line + 1 && range.endColumn === 1) {
    const lines = new LineIndex(source.text);
    const end = source.text.slice(0, lines.offset(range.endLine, 1)).replace(/\r?\n$/, '').length;
    range = lines.range(lines.offset(range.line, range.column), end);
  }
  return range.line === range.endLine ? { range, text } : undefined;
}

// A name written plain in YAML when it cannot be read as anything else; quoted otherwise. A pattern rather than a
// round trip through `yaml` (as lint/fix.ts checks a value): rules run on the lint path, which never loads `yaml`.
const PLAIN_NAME = lazyPattern(() => /^\p{L}[^:#"'{}[\],&*!|>%@`\\\u0000-\u001f\u007f-\u009f\u2028\u2029]*(?<!\s)$/u);
const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** A name as new YAML in a flow map: plain when it reads back as itself, else quoted with its control characters escaped. */
export function yamlName(name: string): string {
  return PLAIN_NAME().test(name) && !YAML_WORDS.test(name) ? name : jsonString(name);
}

// A number and words as officers write a limit or a count ("05 ngày làm việc", "02 bộ") reads back as itself written
// plain; not with a decimal comma ("2,5 ngày làm việc"), which ends the value in a flow map ("{ kind: online, … }").
const PLAIN_QUANTITY = lazyPattern(() => /^\d+(?:\.\d+)?(?: \p{L}+)+$/u);

/** A limit or a count as new YAML: plain when it is a number and words, as `import` writes it; else as a name is written. */
export function yamlQuantity(text: string): string {
  return PLAIN_QUANTITY().test(text) ? text : yamlName(text);
}
