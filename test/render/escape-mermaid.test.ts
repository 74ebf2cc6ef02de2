import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { escapeMarkdownText } from '../../src/render/flowchart-markdown.js';
import { escapeMermaidLabel, mermaidFrontMatterString } from '../../src/render/escape-mermaid.js';

/** Strings written to break out of a quoted Mermaid label, start a statement or a directive, or inject HTML. */
const HOSTILE = [
  '"]; click n0 "javascript:alert(1)"',
  '%%{init: {"securityLevel":"loose"}}%%',
  '<img src=http://x/a.png>',
  '<script>alert(1)</script>',
  '{{ x }}',
  '`**markdown**`',
  'one\nclick n0 call alert()',
  'CR\rLF\r\nLS\u2028PS\u2029NEL\u0085end',
  '#quot; #35; #1; &amp; &#60;',
  '|"]; end',
  'tab\there\u0007bell\u0000nul',
];

describe('escapeMermaidLabel', () => {
  it('keeps Vietnamese text as it is, in NFC', () => {
    expect(escapeMermaidLabel('Tiếp nhận, kiểm tra hồ sơ')).toBe('Tiếp nhận, kiểm tra hồ sơ');
    expect(escapeMermaidLabel('Tie\u0302\u0301p nha\u0323\u0302n')).toBe('Tiếp nhận');
  });

  it('replaces each dangerous character with the entity mermaid draws as that character', () => {
    expect(escapeMermaidLabel('#')).toBe('#35;');
    expect(escapeMermaidLabel('"')).toBe('#quot;');
    expect(escapeMermaidLabel('<')).toBe('#lt;');
    expect(escapeMermaidLabel('>')).toBe('#gt;');
    expect(escapeMermaidLabel('%')).toBe('#37;');
    expect(escapeMermaidLabel('`')).toBe('#96;');
    expect(escapeMermaidLabel('&')).toBe('#38;');
  });

  it('escapes # first, so the entities it adds are not escaped again and a typed entity stays text', () => {
    expect(escapeMermaidLabel('"#')).toBe('#quot;#35;');
    expect(escapeMermaidLabel('#quot;')).toBe('#35;quot;');
  });

  it('turns every kind of line break into <br/>, and drops other control characters', () => {
    expect(escapeMermaidLabel(HOSTILE[7]!)).toBe('CR<br/>LF<br/>LS<br/>PS<br/>NEL<br/>end');
    expect(escapeMermaidLabel(HOSTILE[10]!)).toBe('tab herebellnul');
  });

  it.each(HOSTILE)('leaves nothing in %j that could end the label or start a statement', (text) => {
    const escaped = escapeMermaidLabel(text);
    expect(escaped).not.toMatch(/["`%\n\r\u2028\u2029\u0085]/);
    expect(escaped.replace(/<br\/>/g, '')).not.toMatch(/[<>]/);
    // Every # left is the start of an entity procmap wrote.
    expect(escaped.replace(/#(35|quot|lt|gt|37|96|38);/g, '')).not.toContain('#');
  });
});

describe('mermaidFrontMatterString', () => {
  it.each(HOSTILE)('gives one YAML line that reads back as the text (line breaks as spaces): %j', (text) => {
    const line = mermaidFrontMatterString(text);
    expect(line).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
    const expected = text.normalize('NFC').replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
    expect(parse(`title: ${line}\n`)).toEqual({ title: expected });
  });
});

describe('escapeMarkdownText', () => {
  it('shows user text as typed: no emphasis, links, HTML or code, on one line', () => {
    expect(escapeMarkdownText('**Hồ sơ** [x](javascript:alert(1)) <img src=x> `a` | b\nc')).toBe(
      '\\*\\*Hồ sơ\\*\\* \\[x\\](javascript:alert(1)) \\<img src=x\\> \\`a\\` \\| b c',
    );
    expect(escapeMarkdownText('A & B #1 ~x~ !')).toBe('A &amp; B \\#1 \\~x\\~ \\!');
  });
});
