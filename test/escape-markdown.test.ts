import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/escape-markdown.js';

// One escaper for documents and flowchart pages: these cases came from both.
describe('escapeMarkdown', () => {
  it('shows user text as typed: no emphasis, links, HTML or code, on one line', () => {
    expect(escapeMarkdown('**Hồ sơ** [x](javascript:alert(1)) <img src=x> `a` | b\nc')).toBe(
      '\\*\\*Hồ sơ\\*\\* \\[x\\](javascript:alert(1)) &lt;img src=x&gt; \\`a\\` \\| b c',
    );
    expect(escapeMarkdown('A & B #1 ~x~ !')).toBe('A &amp; B \\#1 \\~x\\~ \\!');
    expect(escapeMarkdown('![x](http://x/a.png) a\\b')).toBe('\\!\\[x\\](http\\://x/a.png) a\\\\b');
    // Bare addresses, which GFM makes links of, stay text as in the HTML document.
    expect(escapeMarkdown('tiepnhan@stp.gov.vn, https://dichvucong.gov.vn, www.stp.gov.vn, 10@0.000')).toBe(
      'tiepnhan\\@stp.gov.vn, https\\://dichvucong.gov.vn, www\\.stp.gov.vn, 10\\@0.000',
    );
  });

  it('puts every kind of line break on one line and escapes a leading list or rule marker', () => {
    expect(escapeMarkdown('1. not a list\nsecond line')).toBe('1\\. not a list second line');
    expect(escapeMarkdown('  CR\rLF\r\nLS\u2028PS\u2029NEL\u0085end  ')).toBe('CR LF LS PS NEL end');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('2) item')).toBe('2\\) item');
    expect(escapeMarkdown('---')).toBe('\\---');
  });

  it('drops a control character as the documents do, never writes it raw, and leaves tabs and letters alone', () => {
    // An ESC clears a terminal the report is printed to; a NUL makes the file binary. A Windows-1252 quote pasted as
    // U+0093 is the quote it stood for.
    expect(escapeMarkdown('HS\u001b[2J\u0000-1\u007f\u0093')).toBe('HS\\[2J-1“');
    expect(escapeMarkdown('a\tb Hồ sơ')).toBe('a\tb Hồ sơ');
  });

  it('joins lines as the one pattern it replaced did, and in linear time on a long run of spaces', () => {
    // The pattern the splitting replaced: right, but quadratic on long runs of white space.
    const byPattern = (text: string) => text.replace(/[\s\u0085]*[\r\n\u2028\u2029\u0085][\s\u0085]*/g, ' ').trim();
    const piece = fc.constantFrom('a', 'Hồ sơ', ' ', '\t', '\n', '\r', '\r\n', '\u2028', '\u0085', '\u00a0', '  ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(escapeMarkdown(text)).toBe(escapeMarkdown(byPattern(text)));
      }),
      { numRuns: 2000 },
    );
    expect(escapeMarkdown(`a${' '.repeat(500_000)}x\ny`)).toBe(`a${' '.repeat(500_000)}x y`);
  });
});
