import { LineIndex } from './source.js';
import type { NodePath, SourceRange } from './types.js';

// A number as YAML writes it unquoted: `2.000815`, `1.10`.
const WRITTEN_NUMBER = /^[-+]?\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?$/;

type Node = Record<string | number, unknown>;

/**
 * Puts back the digits as written where a code or a step id was read as a number: `code: 2.000815` is the national
 * code "2.000815", and step `1.10` another step than `1.1`, which the number alone would make of them. Only files
 * that hold such a number pay for locating it.
 */
export function keepWrittenNumbers(data: unknown, text: string, locate: (path: NodePath) => SourceRange): void {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  let lines: LineIndex | undefined;
  // Whole numbers only for the procedure's codes: step `01` and `1` stay one step, as they always were.
  const keep = (parent: Node, key: string | number, path: NodePath) => {
    const value = parent[key];
    if (typeof value !== 'number' || (Number.isInteger(value) && path[0] === 'steps')) return;
    const range = locate(path);
    if (range.line !== range.endLine) return;
    lines ??= new LineIndex(text);
    const written = text.slice(lines.offset(range.line, range.column), lines.offset(range.endLine, range.endColumn));
    if (WRITTEN_NUMBER.test(written) && Number(written.replace(/_/g, '')) === value) parent[key] = written;
  };
  const procedure = data as Node;
  keep(procedure, 'id', ['id']);
  keep(procedure, 'code', ['code']);
  if (!Array.isArray(procedure.steps)) return;
  procedure.steps.forEach((step: unknown, i) => {
    if (step === null || typeof step !== 'object') return;
    const node = step as Node;
    keep(node, 'id', ['steps', i, 'id']);
    const next = node.next;
    if (next === null || typeof next !== 'object') keep(node, 'next', ['steps', i, 'next']);
    else
      for (const key of Object.keys(next))
        keep(next as Node, Array.isArray(next) ? Number(key) : key, [
          'steps',
          i,
          'next',
          Array.isArray(next) ? Number(key) : key,
        ]);
  });
}
