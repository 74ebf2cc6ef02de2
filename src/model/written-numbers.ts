import { feeAmount } from './fee-amount.js';
import { LineIndex } from './source.js';
import { forEachStepReference } from './step-references.js';
import type { NodePath, SourceRange } from './types.js';

// A number as YAML writes it unquoted: `2.000815`, `1.10`.
const WRITTEN_NUMBER = /^[-+]?\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?$/;

// A whole number with a full stop after it and nothing more, as a numbered list writes `1.`, or with zeros after the
// point (`2.0`, which YAML reads as the number 2): only in a file that holds one are step ids located.
const STOPPED_NUMBER = /(?:^|[\s[,{:])\d+\.0*[ \t]*(?:[,\]}#\r\n]|$)/m;

// A fee written with a point somewhere in the file: only then is a fee's number worth locating.
const FEE_WITH_A_POINT = /fee["']?\s*:\s*\d*\./;
// A list's line with such a number, alone or after its case: `- 600.000`, `- Cá nhân: 50.000`.
const FEE_LINE_WITH_A_POINT = /-\s+(?:[^\n:]*:\s+)?\d+\./;

type Node = Record<string | number, unknown>;

/**
 * Puts back the digits as written where a code or a step id was read as a number: `code: 2.000815` is the national
 * code "2.000815", and step `1.10` another step than `1.1`, which the number alone would make of them; a fee of
 * `600.000` is 600000 đồng, and one with other decimals stays as written, never a fraction of a đồng. Only files
 * that hold such a number pay for locating it.
 */
export function keepWrittenNumbers(data: unknown, text: string, locate: (path: NodePath) => SourceRange): void {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  let lines: LineIndex | undefined;
  let stops: boolean | undefined;
  // Whole numbers only for the procedure's codes: step `01` and `1` stay one step, as they always were. A step's `1.`,
  // a numbered list's mark, and `2.0` are kept as written too: still steps 1 and 2, but canonical-step-id can then ask
  // for "1" and "2".
  const keep = (parent: Node, key: string | number, path: NodePath) => {
    const value = parent[key];
    if (typeof value !== 'number') return;
    const whole = Number.isInteger(value) && path[0] === 'steps';
    if (whole && !(stops ??= STOPPED_NUMBER.test(text))) return;
    const range = locate(path);
    if (range.line !== range.endLine) return;
    lines ??= new LineIndex(text);
    const written = text.slice(lines.offset(range.line, range.column), lines.offset(range.endLine, range.endColumn));
    if (whole ? !/^\d+\.0*$/.test(written) : !WRITTEN_NUMBER.test(written)) return;
    if (Number(written.replace(/_/g, '')) === value) parent[key] = written;
  };
  // A fee as Vietnamese writes thousands, `600.000` (six hundred thousand đồng), which YAML reads as 600.
  const keepAmount = (parent: Node, key: string | number, path: NodePath) => {
    const read = parent[key];
    if (typeof read !== 'number') return;
    keep(parent, key, path);
    const written: unknown = parent[key];
    if (typeof written !== 'string') return;
    const amount = feeAmount(written);
    if (amount !== undefined) parent[key] = amount;
    else if (!written.includes('.')) parent[key] = read;
  };
  // A fee by case as a list: each line's amount, alone (`- 600.000`) or after its case (`- Cá nhân: 50.000`).
  const keepFee = (parent: Node, path: NodePath) => {
    const fee = parent.fee;
    if (Array.isArray(fee) ? !FEE_LINE_WITH_A_POINT.test(text) : !FEE_WITH_A_POINT.test(text)) return;
    if (!Array.isArray(fee)) return keepAmount(parent, 'fee', path);
    fee.forEach((item: unknown, i) => {
      if (typeof item === 'number') keepAmount(fee as unknown as Node, i, [...path, i]);
      else if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 1) {
        // Read as the line `Cá nhân: 50.000`, its number as written.
        const [key] = Object.keys(item);
        keep(item as Node, key!, [...path, i, key!]);
      }
    });
  };
  const procedure = data as Node;
  keep(procedure, 'id', ['id']);
  keep(procedure, 'code', ['code']);
  // `cutoff: 15.00`, the Vietnamese way to write 15:00, is the number 15 to YAML.
  keep(procedure, 'cutoff', ['cutoff']);
  keepFee(procedure, ['fee']);
  if (Array.isArray(procedure.channels))
    procedure.channels.forEach((channel: unknown, i) => {
      if (channel !== null && typeof channel === 'object' && !Array.isArray(channel))
        keepFee(channel as Node, ['channels', i, 'fee']);
    });
  forEachStepReference(procedure, keep);
}

// YAML's words for numbers that are no number of any field (`hours_per_day: .inf`), in any case, with a sign; and
// numbers written in a way no officer means (`0x10`, `0o17`, `-0`), which a message would quote as another number.
const NUMBER_WORD = /^(?:[-+]?\.(?:inf|nan)|0x[0-9a-f]+|0o[0-7]+|-0(?:\.0*)?(?:e[-+]?\d+)?)$/i;
const NUMBER_WORD_IN_TEXT = /\.(?:inf|nan)|0x[0-9a-f]|0o[0-7]|-0(?![\d_])/i;

/**
 * Puts back `.inf`, `.nan`, hexadecimal and octal numbers and `-0` as written wherever they stand: YAML reads them as
 * numbers a message could only show as `null`, `Infinity`, 16 or 0, words the officer never wrote. Only files that
 * hold one pay.
 */
export function keepNumberWords(data: unknown, text: string, locate: (path: NodePath) => SourceRange): void {
  if (!NUMBER_WORD_IN_TEXT.test(text)) return;
  let lines: LineIndex | undefined;
  const walk = (node: Node, path: NodePath) => {
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      const value = node[key];
      if (value !== null && typeof value === 'object') walk(value as Node, [...path, key]);
      if (typeof value !== 'number') continue;
      const range = locate([...path, key]);
      if (range.line !== range.endLine) continue;
      lines ??= new LineIndex(text);
      const written = text.slice(lines.offset(range.line, range.column), lines.offset(range.endLine, range.endColumn));
      if (NUMBER_WORD.test(written)) node[key] = written;
    }
  };
  if (data !== null && typeof data === 'object') walk(data as Node, []);
}
