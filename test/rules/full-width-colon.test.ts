import { describe, expect, it } from 'vitest';
import { loadFile, localised } from '../../src/model/load.js';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

const colon = (line: number, column: number) => ({
  line,
  column,
  endLine: line,
  endColumn: column + 1,
  message:
    'The colon after this key is a full-width colon "：", which procmap reads as ":" but other tools read as a letter: write ":"',
  vi: 'Dấu hai chấm sau tên trường này là dấu hai chấm toàn độ rộng "：", procmap hiểu là ":" nhưng công cụ khác coi là chữ: hãy viết ":"',
});

testRule('full-width-colon', {
  // After a key of a line, of a step in braces (the first, the last) and of a label of `next`; not in a comment.
  'invalid-colons.yaml': [
    colon(4, 10),
    colon(8, 9),
    colon(8, 50),
    colon(9, 7),
    colon(10, 9),
    colon(13, 19),
    colon(13, 37),
  ],
  // After a label of `next` in words, with spaces, diacritics and brackets, first or second; not in a list item.
  'invalid-labels.yaml': [colon(15, 16), colon(16, 10), colon(23, 29)],
});

describe('rule full-width-colon', () => {
  it('reads the step as written with ":", and --fix writes ":" once, the comment left as written', () => {
    const read = (name: string) => loadFile(name, Buffer.from(fixtureText('full-width-colon', name))).data;
    expect(read('invalid-colons.yaml')).toEqual(read('valid-fixed.yaml'));
    const fixed = fixedFixture('full-width-colon', 'invalid-colons.yaml');
    expect(fixed).toBe(fixtureText('full-width-colon', 'valid-fixed.yaml'));
    expect(fixed).toContain('# ghi chú： giữ nguyên');
  });

  it('reads Vietnamese labels of `next` written with "：" as labels, and --fix writes ":"', () => {
    const read = (name: string) => loadFile(name, Buffer.from(fixtureText('full-width-colon', name))).data;
    expect(read('invalid-labels.yaml')).toEqual(read('valid-labels-fixed.yaml'));
    expect(read('invalid-labels.yaml')).toMatchObject({ legal_basis: ['Luật Hộ tịch： số 60/2014/QH13'] });
    expect(fixedFixture('full-width-colon', 'invalid-labels.yaml')).toBe(
      fixtureText('full-width-colon', 'valid-labels-fixed.yaml'),
    );
  });

  it('says a label written with "：" and no space needs a colon, and --fix writes it', () => {
    const text = fixtureText('full-width-colon', 'invalid-labels.yaml').replace('Đạt： B2', 'Đạt：B2');
    const [diagnostic] = loadFile('p.yaml', Buffer.from(text)).diagnostics;
    expect(diagnostic).toMatchObject({
      line: 16,
      column: 7,
      rule: 'parse',
      message: 'Write a key with a colon, not "：" (a full-width colon): Đạt: B2',
      fix: { text: '      Đạt: B2' },
    });
    expect(localised(diagnostic!, 'vi').message).toBe(
      'Tên trường viết với dấu hai chấm, không phải "：" (dấu hai chấm toàn độ rộng của bộ gõ): Đạt: B2',
    );
  });

  it('leaves a full-width colon in a text, a quoted text, a block text or a comment as written', () => {
    const data = loadFile('p.yaml', Buffer.from(fixtureText('full-width-colon', 'valid-texts.yaml'))).data as Record<
      string,
      unknown
    >;
    expect(data.title).toBe('Thủ tục： thử');
    expect(data.scope).toBe('Lưu ý： nộp bản chính');
    expect(data.purpose).toBe('Mục đích： ghi rõ\nid： không phải tên trường\n');
    expect((data.steps as Record<string, unknown>[])[0]!.name).toBe('Tiếp nhận： kiểm tra hồ sơ');
  });

  it('keeps the colon as written where reading it as ":" would break a text YAML reads', () => {
    const text = 'id: QT-X-01\nscope: Phạm vi\n  note： áp dụng\n';
    expect(loadFile('p.yaml', Buffer.from(text)).data).toMatchObject({ scope: 'Phạm vi note： áp dụng' });
  });
});
