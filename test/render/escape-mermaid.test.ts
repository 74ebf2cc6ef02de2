import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { escapeMermaidLabel, mermaidFrontMatterString } from '../../src/render/escape-mermaid.js';

const ZWSP = '\u200b';

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
  'ﬂ°lt¶ßscript',
  '|"]; end',
  'tab\there\u0007bell\u0000nul',
];

describe('escapeMermaidLabel', () => {
  it('keeps Vietnamese text as it is, in NFC', () => {
    expect(escapeMermaidLabel('Tiếp nhận, kiểm tra hồ sơ')).toBe('Tiếp nhận, kiểm tra hồ sơ');
    expect(escapeMermaidLabel('Tie\u0302\u0301p nha\u0323\u0302n')).toBe('Tiếp nhận');
  });

  it('writes &, < and > as the entities mermaid decodes in every kind of label', () => {
    expect(escapeMermaidLabel('a & b < c > d')).toBe('a #amp; b #lt; c #gt; d');
  });

  it('turns straight quotes into typographic ones, which need no escaping', () => {
    expect(escapeMermaidLabel('Cấp "Giấy phép" ("mới")')).toBe('Cấp “Giấy phép” (“mới”)');
    expect(escapeMermaidLabel('"]; click')).toBe('“]; click');
  });

  it('defuses entity-like text, %% and mermaid entity markers with an invisible space', () => {
    expect(escapeMermaidLabel('#quot; #35; # 1;')).toBe(`#${ZWSP}quot; #${ZWSP}35; # 1;`);
    expect(escapeMermaidLabel('50% %%{init}%%')).toBe(`50% %${ZWSP}%{init}%${ZWSP}%`);
    expect(escapeMermaidLabel('ﬂ°lt¶ß')).toBe(`ﬂ${ZWSP}°lt¶${ZWSP}ß`);
  });

  it('keeps a leading backtick from opening a Markdown string', () => {
    expect(escapeMermaidLabel('`code` x')).toBe(`${ZWSP}\`code\` x`);
    expect(escapeMermaidLabel('a `code`')).toBe('a `code`');
  });

  it('turns every kind of line break into <br/>, and drops other control characters', () => {
    // Next line (U+0085) is a control character, printed as a space as Word's line break is in every output.
    expect(escapeMermaidLabel(HOSTILE[7]!)).toBe('CR<br/>LF<br/>LS<br/>PS<br/>NEL end');
    expect(escapeMermaidLabel(HOSTILE[11]!)).toBe('tab herebellnul');
  });

  it('uses look-alikes for what Markdown would swallow, in swimlane lane titles', () => {
    expect(escapeMermaidLabel('**a** _b_ `c` ~~d~~ \\e [f](g)', { markdown: true })).toBe(
      '∗∗a∗∗ ‗b‗ ˋcˋ ∼∼d∼∼ ∖e ⁅f⁆(g)',
    );
    expect(escapeMermaidLabel('http://x.vn www.y.vn', { markdown: true })).toBe(`http:${ZWSP}//x.vn www${ZWSP}.y.vn`);
  });

  it.each(HOSTILE)('leaves nothing in %j that could end the label, start a statement or a tag', (text) => {
    for (const markdown of [false, true]) {
      const escaped = escapeMermaidLabel(text, { markdown });
      expect(escaped).not.toMatch(/["\n\r\u2028\u2029\u0085]|%%|^`|ﬂ°|¶ß/);
      expect(escaped.replace(/<br\/>/g, '')).not.toMatch(/[<>]/);
      // Every `#…;` left is an entity procmap wrote.
      expect(escaped.replace(/#(amp|lt|gt);/g, '')).not.toMatch(/#\w+;/);
    }
  });
});

describe('mermaidFrontMatterString', () => {
  it.each(HOSTILE)('gives one YAML line that reads back as the text, defused: %j', (text) => {
    const line = mermaidFrontMatterString(text);
    expect(line).not.toMatch(/[\n\r\u2028\u2029\u0085<>]|%%/);
    const value = (parse(`title: ${line}\n`) as { title: string }).title;
    const expected = text
      .normalize('NFC')
      .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\t/g, ' ');
    expect(
      value
        .replace(/\u200b/g, '')
        .replace(/‹\u2060/g, '<')
        .replace(/›\u2060/g, '>'),
    ).toBe(expected.replace(/\u2060/g, ''));
  });

  it('marks the look-alikes of < and > it writes, never those the officer typed', () => {
    const value = (parse(`title: ${mermaidFrontMatterString('‹a› <b> c\u2060›')}\n`) as { title: string }).title;
    expect(value).toBe('‹a› ‹\u2060b›\u2060 c›');
  });
});
