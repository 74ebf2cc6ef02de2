import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import { LineIndex } from '../../src/model/source.js';

// Differential: a line index of a text without CR finds its lines with indexOf (src/model/source.ts); every offset's
// line and column must be those of the loop over every character that reads LF, CRLF and a lone CR.

/** The line starts as the loop over every character finds them (the index before its indexOf path). */
function slowStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

describe('line index with indexOf (differential)', () => {
  const LINE_PIECES = ['a', 'ế', ' ', '\n', '\n\n', '\u2028', 'x: y', '- Tiếp nhận hồ sơ'];
  // Half the texts without a CR (the indexOf path), half with CRLF and lone CRs among the lines.
  const text = fc
    .oneof(
      fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 40 }),
      fc.array(fc.constantFrom(...LINE_PIECES, '\r\n', '\r'), { maxLength: 40 }),
    )
    .map((parts) => parts.join(''));

  it('places every offset where the loop over every character does', () => {
    fc.assert(
      fc.property(text, (value) => {
        const index = new LineIndex(value);
        const starts = slowStarts(value);
        for (let offset = 0; offset <= value.length; offset++) {
          let line = 0;
          while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
          expect(index.position(offset)).toEqual({ line: line + 1, column: offset - starts[line]! + 1 });
        }
        for (let line = 1; line <= starts.length; line++) expect(index.offset(line, 1)).toBe(starts[line - 1]);
      }),
      { numRuns: 1_500 },
    );
  });
});
