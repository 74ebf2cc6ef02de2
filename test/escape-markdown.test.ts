import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/escape-markdown.js';

// One escaper for documents and flowchart pages: these cases came from both.
describe('escapeMarkdown', () => {
  it('shows user text as typed: no emphasis, links, HTML or code, on one line', () => {
    expect(escapeMarkdown('**Hồ sơ** [x](javascript:alert(1)) <img src=x> `a` | b\nc')).toBe(
      '\\*\\*Hồ sơ\\*\\* \\[x\\](javascript:alert(1)) &lt;img src=x&gt; \\`a\\` \\| b c',
    );
    expect(escapeMarkdown('A & B #1 ~x~ !')).toBe('A &amp; B \\#1 \\~x\\~ \\!');
    expect(escapeMarkdown('![x](http://x/a.png) a\\b')).toBe('\\!\\[x\\](http://x/a.png) a\\\\b');
  });

  it('puts every kind of line break on one line and escapes a leading list or rule marker', () => {
    expect(escapeMarkdown('1. not a list\nsecond line')).toBe('1\\. not a list second line');
    expect(escapeMarkdown('  CR\rLF\r\nLS\u2028PS\u2029NEL\u0085end  ')).toBe('CR LF LS PS NEL end');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('2) item')).toBe('2\\) item');
    expect(escapeMarkdown('---')).toBe('\\---');
  });
});
