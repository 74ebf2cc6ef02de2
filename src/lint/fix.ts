import { Composer, CST, Parser, isScalar, parse, parseDocument, type Document } from 'yaml';
import { LineIndex, loneCrAsLf } from '../model/source.js';
import type { Fix } from '../model/types.js';

/** Replace the text between two offsets. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Most rounds of fix-and-relint on one file: fixes that overlap wait a round; ten is ESLint's bound too. */
export const MAX_FIX_PASSES = 10;

function parseWithTokens(text: string): Document.Parsed | undefined {
  // Read as the loader reads: a lone CR is a line break. Offsets stay those of the text the edits apply to.
  const tokens = [...new Parser().parse(loneCrAsLf(text))];
  const [doc] = new Composer({ keepSourceTokens: true }).compose(tokens);
  return doc;
}

/**
 * Whether `value`, written plain, is read back as this text: by YAML 1.2, as procmap reads, and not as a number, a
 * boolean or null by the YAML 1.1 tools officers also use (PyYAML reads `cutoff: 15:30` as the number 930).
 */
function readsAsText(value: string): boolean {
  const doc = parseDocument(value);
  if (doc.errors.length > 0 || !isScalar(doc.contents) || doc.contents.value !== value) return false;
  const old: unknown = parse(value, { version: '1.1' });
  return typeof old !== 'number' && typeof old !== 'boolean' && old !== null;
}

/**
 * The edit that gives the scalar at a path a new value through the concrete syntax tree: its quoting style, the
 * comment after it and the line end stay as they were.
 */
function scalarEdit(
  doc: Document.Parsed,
  fix: { path: readonly (string | number)[]; value: string },
): Edit | undefined {
  const node = doc.getIn(fix.path, true);
  if (!isScalar(node)) return undefined;
  const token = node.srcToken;
  if (!token || !CST.isScalar(token)) return undefined;
  const before = CST.stringify(token);
  // A block scalar (`>-` or `|` and its indented lines) becomes the value on the key's line; its last line break is
  // left as the file has it (CRLF, or a lone CR the tokens read as LF).
  if (token.type === 'block-scalar') {
    const value = readsAsText(fix.value) ? fix.value : JSON.stringify(fix.value);
    const lineBreak = /\r?\n$/.exec(before)?.[0].length ?? 0;
    return { start: token.offset, end: token.offset + before.length - lineBreak, text: value };
  }
  const copy = { ...token };
  // A quoted scalar keeps its quotes; a plain one gets them when plain text would be read as something else.
  const quote = token.type === 'scalar' && !readsAsText(fix.value);
  CST.setScalarValue(copy, fix.value, quote ? { type: 'QUOTE_DOUBLE' } : {});
  const after = CST.stringify(copy);
  // Only what changed is replaced: the line end after the value stays the file's own (a lone CR read as LF).
  let tail = 0;
  while (tail < before.length && tail < after.length && before.at(-1 - tail) === after.at(-1 - tail)) tail++;
  return { start: token.offset, end: token.offset + before.length - tail, text: after.slice(0, after.length - tail) };
}

/** Applies the fixes that do not overlap an earlier one, in one pass; the rest wait for the next pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  return applyCounted(text, fixes).text;
}

/** The text with the fixes applied, and how many were: one that overlaps an earlier one waits for the next pass. */
function applyCounted(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const lines = new LineIndex(text);
  let doc: Document.Parsed | undefined;
  const edits: Edit[] = [];
  for (const fix of fixes) {
    if ('range' in fix) {
      edits.push({
        start: lines.offset(fix.range.line, fix.range.column),
        end: lines.offset(fix.range.endLine, fix.range.endColumn),
        text: fix.text,
      });
    } else {
      doc ??= parseWithTokens(text);
      const edit = doc && scalarEdit(doc, fix);
      if (edit) edits.push(edit);
    }
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  let applied = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
    applied++;
  }
  return { text: out + text.slice(at), applied };
}

/**
 * Fixes one file's text: applies its fixes, asks `relint` for the fixes left in the result, and repeats until none
 * are left, nothing changes, or MAX_FIX_PASSES is reached; with how many fixes were made, in every pass.
 */
export function fixText(
  text: string,
  fixes: readonly Fix[],
  relint: (text: string) => readonly Fix[],
): { text: string; fixed: number } {
  let current = text;
  let pending = fixes;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES && pending.length > 0; pass++) {
    const next = applyCounted(current, pending);
    if (next.text === current) break;
    current = next.text;
    fixed += next.applied;
    pending = relint(current);
  }
  return { text: current, fixed };
}
