import type { SourceRange } from './types.js';

/** Maps string offsets to 1-based line and column (UTF-16 code units, as editors and SARIF count). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // Without a CR every line ends at an LF, which indexOf finds far faster than a loop over every character (an index
    // is made for every file with a problem, over its whole text).
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    // A line ends at LF, or at a CR not followed by LF: YAML 1.2's line breaks, as editors show them.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** Line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** The offset of a 1-based line and column; the inverse of `position`. */
  offset(line: number, column: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]! + column - 1;
  }

  /** The range between two offsets. */
  range(start: number, end: number): SourceRange {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/**
 * The text with every lone CR (an old Mac line end) made LF, keeping every offset. YAML 1.2 and js-yaml take a lone CR
 * as a line break and `yaml` does not: the parsers, and the lines in messages, then read the file alike.
 */
export function loneCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Range of the whole first line: where to point when nothing more precise is known. */
export const FILE_START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The line end a file's added lines take: CRLF when the file is written in it (Windows editors), else LF. */
export function lineEndOf(text: string): '\r\n' | '\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Where `word` stands in a value written on one line (`next: "Nếu hợp lệ: B3; không hợp lệ: B9"`): its range when the
 * value's text holds it once as a whole word, else undefined (the value spans lines, spells it with escapes, or holds
 * it more than once), and the caller keeps the value's range.
 */
export function wordInValue(text: string, value: SourceRange, word: string): SourceRange | undefined {
  if (value.line !== value.endLine || word === '') return undefined;
  const lines = new LineIndex(text);
  const start = lines.offset(value.line, value.column);
  const written = text.slice(start, lines.offset(value.endLine, value.endColumn));
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...written.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_-])`, 'gu'))];
  if (found.length !== 1) return undefined;
  return lines.range(start + found[0]!.index, start + found[0]!.index + word.length);
}
