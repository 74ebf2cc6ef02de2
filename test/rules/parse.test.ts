import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';
import { applyFixes } from '../../src/lint/fix.js';
import { fixedFixture, fixtureText, lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('parse', {
  // The list-item mistakes of a first draft: the dash run into the key, a line of a step out of line with its first.
  'invalid-dash-without-space.yaml': [
    {
      line: 14,
      column: 1,
      message: 'A list item starts with "-" and a space: write "- id: sign"',
      vi: 'Mục danh sách bắt đầu bằng dấu "-" và một dấu cách: hãy viết "- id: sign"',
    },
  ],
  'invalid-item-under-indented.yaml': [
    {
      line: 15,
      column: 1,
      message:
        'This line is indented 3 spaces, but the lines of its list item are indented 4, as "id:" on line 14: indent it 4 spaces',
      vi: 'Dòng này thụt 3 dấu cách, nhưng các dòng của mục danh sách thụt 4 dấu cách, như "id:" ở dòng 14: hãy thụt 4 dấu cách',
    },
  ],
  // `   - id: B3` where the items above start at 2, its lines in line with theirs: the item moved, not its lines
  // (told to indent its lines 5 spaces, the officer was told next to move the item back).
  'invalid-item-one-space-right.yaml': [
    {
      line: 17,
      column: 1,
      message:
        'This list item does not start in line with the one above: write "- id: B3" in line with "- id: B2" on line 13 (2 spaces)',
      vi: 'Mục danh sách này không thẳng cột với mục phía trên: hãy viết "- id: B3" thẳng cột với "- id: B2" ở dòng 13 (thụt 2 dấu cách)',
    },
  ],
  'invalid-item-over-indented.yaml': [
    {
      line: 15,
      column: 1,
      message:
        'This line is indented 6 spaces, but the lines of its list item are indented 4, as "id:" on line 14: indent it 4 spaces',
    },
  ],
  // Inside a block a key opens ("next:"), deeper lines are allowed: procmap does not guess, and says it in plain words.
  'invalid-branch-indent.yaml': [
    {
      line: 20,
      column: 1,
      message:
        'Wrong indentation: the items of one level must start at the same column; indent this line as the lines of its level',
      vi: 'Thụt lề không đúng: các mục cùng cấp phải thẳng cột với nhau',
    },
  ],
  'invalid-duplicate-key.yaml': [
    {
      line: 4,
      column: 1,
      message: 'Duplicate key "revision"; a key may appear once in a map',
      vi: 'Trường "revision" bị lặp; mỗi trường chỉ ghi một lần',
    },
  ],
  'invalid-duplicate-quoted-key.yaml': [
    {
      line: 5,
      column: 1,
      message: 'Duplicate key "revision"; a key may appear once in a map',
      vi: 'Trường "revision" bị lặp; mỗi trường chỉ ghi một lần',
    },
  ],
  'invalid-colon-in-value.yaml': [
    // YAML reads the ": " inside the value as a nested key; the message shows the line written with quotes.
    {
      line: 5,
      column: 13,
      message:
        'This value holds a colon followed by a space (": "), which YAML reads as the start of another key: put the whole value in quotes, e.g. time_limit: "1 ngày làm việc (trực tuyến: 4 giờ làm việc)"',
      vi: 'Giá trị này có dấu hai chấm và dấu cách (": "), YAML hiểu đó là một tên trường mới: hãy đặt cả giá trị trong dấu nháy, ví dụ time_limit: "1 ngày làm việc (trực tuyến: 4 giờ làm việc)"',
    },
  ],
  'invalid-colon-in-curly-quotes.yaml': [
    // A value in Word's quotes is advised in straight quotes, not in both.
    {
      line: 6,
      column: 6,
      message:
        'This value holds a colon followed by a space (": "), which YAML reads as the start of another key: put the whole value in quotes, e.g. fee: "Cấp mới: 50.000 đồng; cấp lại: 25.000 đồng"',
      vi: 'Giá trị này có dấu hai chấm và dấu cách (": "), YAML hiểu đó là một tên trường mới: hãy đặt cả giá trị trong dấu nháy, ví dụ fee: "Cấp mới: 50.000 đồng; cấp lại: 25.000 đồng"',
    },
  ],
  'invalid-dash-value.yaml': [
    {
      line: 6,
      column: 6,
      message:
        'A lone "-" starts a list item, which cannot share the line of its key: if "-" is the value, put it in quotes: fee: "-"',
      vi: 'Dấu "-" đứng một mình là đầu một mục danh sách, không được nằm trên dòng của tên trường: nếu "-" chính là giá trị, hãy đặt trong dấu nháy: fee: "-"',
    },
  ],
  'invalid-item-on-key-line.yaml': [
    {
      line: 6,
      column: 14,
      message:
        'A list item ("- ") cannot start on the line of its key: put each item on a line of its own below the key, indented',
      vi: 'Mục danh sách ("- ") không được bắt đầu trên dòng của tên trường: hãy viết mỗi mục trên một dòng riêng bên dưới tên trường, thụt lề',
    },
  ],
  'invalid-no-space-after-colon.yaml': [
    {
      line: 2,
      column: 1,
      message: 'Put a space after the colon: title: Chứng thực bản sao từ bản chính',
      vi: 'Cần một dấu cách sau dấu hai chấm: title: Chứng thực bản sao từ bản chính',
    },
  ],
  'invalid-equals.yaml': [
    {
      line: 2,
      column: 1,
      message: 'Write a key with a colon, not "=": title: Chứng thực bản sao từ bản chính',
      vi: 'Tên trường viết với dấu hai chấm, không phải "=": title: Chứng thực bản sao từ bản chính',
    },
  ],
  'invalid-full-width-colon.yaml': [
    {
      line: 2,
      column: 1,
      message: 'Write a key with a colon, not "：" (a full-width colon): title: Chứng thực bản sao từ bản chính',
      vi: 'Tên trường viết với dấu hai chấm, không phải "：" (dấu hai chấm toàn độ rộng của bộ gõ): title: Chứng thực bản sao từ bản chính',
    },
  ],
  // On the last line yaml reports a missing ":" instead.
  'invalid-no-space-last-line.yaml': [
    {
      line: 3,
      column: 1,
      message: 'Put a space after the colon: revision: 1',
      vi: 'Cần một dấu cách sau dấu hai chấm: revision: 1',
    },
  ],
  // A note left at the end without "#": no bracket or quote is open, a colon is missing.
  'invalid-stray-last-line.yaml': [
    {
      line: 22,
      column: 1,
      message:
        'This line has no ":" after a field name: write "field: value", start a note with "#", or indent a text that goes on from the line above as that text',
      vi: 'Dòng này không có dấu ":" sau tên trường: hãy ghi "tên trường: giá trị", thêm "#" ở đầu dòng nếu là ghi chú, hoặc thụt lề thẳng với văn bản phía trên nếu là phần tiếp theo của nó',
    },
  ],
  'invalid-unclosed-bracket.yaml': [
    // Where the bracket opens, not the next line where YAML reports bad indentation.
    {
      line: 6,
      column: 14,
      message:
        'This bracket ([) is never closed: add ] to close it or, if it is part of the text, put the whole value in quotes "…"',
      vi: 'Dấu ngoặc ([) này không được đóng: thêm ] để đóng, hoặc nếu đó là chữ thì đặt cả giá trị trong dấu nháy "…"',
    },
  ],
  'invalid-unclosed-quote.yaml': [
    // Where the quote opens, not the end of the file where YAML notices it was never closed.
    {
      line: 2,
      column: 8,
      message: 'This quote (") is never closed: close it at the end of the value, or remove it',
      vi: 'Dấu nháy (") này không được đóng: thêm dấu nháy đóng ở cuối giá trị, hoặc bỏ dấu nháy này',
    },
  ],
  // Lines pasted from Word or a web page: bullets YAML cannot read, spaces it does not count, characters no one sees.
  'invalid-star-bullets.yaml': [
    {
      line: 7,
      column: 3,
      endColumn: 4,
      message:
        'Line 7 starts with "*", which YAML does not take for a bullet: write each item on a line starting with "- "',
      vi: 'Dòng 7 bắt đầu bằng dấu "*", YAML không nhận là dấu đầu dòng: hãy viết mỗi mục trên một dòng bắt đầu bằng "- "',
    },
  ],
  'invalid-nbsp-indent.yaml': [
    {
      line: 9,
      column: 1,
      endColumn: 5,
      message:
        'Line 9 is indented with no-break spaces (NBSP, usually from text pasted from Word or a web page), which YAML does not count as spaces: replace them with ordinary spaces',
      vi: 'Dòng 9 thụt lề bằng dấu cách không ngắt (NBSP, thường do dán từ Word hay trang web), YAML không coi là dấu cách: hãy thay bằng dấu cách thường',
    },
  ],
  'invalid-narrow-nbsp-indent.yaml': [
    {
      line: 9,
      column: 3,
      message:
        'Line 9 is indented with narrow no-break spaces (U+202F, usually from text pasted from Word or a web page), and one more line, which YAML does not count as spaces: replace them with ordinary spaces',
      vi: 'Dòng 9 thụt lề bằng dấu cách hẹp không ngắt (U+202F, thường do dán từ Word hay trang web) và 1 dòng khác, YAML không coi là dấu cách: hãy thay bằng dấu cách thường',
    },
  ],
  // "time_limit:" and "body:" followed by a no-break space: YAML reads no key on either line.
  'invalid-nbsp-after-colon.yaml': [
    {
      line: 5,
      column: 12,
      endColumn: 13,
      message:
        'Line 5 has no-break spaces (NBSP, usually from text pasted from Word or a web page) after the ":", and so has one more line, which YAML does not count as a space, so it reads no field there: replace it with an ordinary space',
      vi: 'Dòng 5 có dấu cách không ngắt (NBSP, thường do dán từ Word hay trang web) sau dấu ":" (và 1 dòng khác), YAML không coi là dấu cách nên không đọc được tên trường ở đó: hãy thay bằng dấu cách thường',
    },
  ],
  // YAML reads this file, with a key "\u3000\u3000BPMC" beside `bodies`: the indent is still the mistake.
  'invalid-ideographic-indent.yaml': [
    {
      line: 12,
      column: 1,
      message:
        'Line 12 is indented with full-width spaces (U+3000, usually from text pasted from Word or a web page), which YAML does not count as spaces: replace them with ordinary spaces',
      vi: 'Dòng 12 thụt lề bằng dấu cách toàn độ rộng (U+3000, thường do dán từ Word hay trang web), YAML không coi là dấu cách: hãy thay bằng dấu cách thường',
    },
  ],
  'invalid-zero-width-indent.yaml': [
    {
      line: 4,
      column: 1,
      message:
        'Line 4 starts with an invisible character, U+FEFF (zero-width no-break space, usually from text pasted from Word or a web page), and one more line, which YAML reads as text: delete it',
      vi: 'Dòng 4 bắt đầu bằng ký tự ẩn U+FEFF (zero-width no-break space, thường do dán từ Word hay trang web) và 1 dòng khác, YAML coi là chữ: hãy xoá ký tự này',
    },
  ],
});

describe('rule parse fix, for lines pasted from Word or a web page', () => {
  const fixed = (name: string) => {
    const text = fixedFixture('parse', name);
    expect(loadFile(name, Buffer.from(text)).diagnostics).toEqual([]);
    return text;
  };

  it('writes "- " for each "*" bullet, keeping the text and the comment', () => {
    expect(fixed('invalid-star-bullets.yaml')).toBe(
      fixtureText('parse', 'invalid-star-bullets.yaml').replace(/^  \* /gm, '  - '),
    );
  });

  it.each([
    ['invalid-nbsp-indent.yaml', /\u00a0/g],
    ['invalid-narrow-nbsp-indent.yaml', /[\u202f\u2007]/g],
    ['invalid-ideographic-indent.yaml', /\u3000/g],
    ['invalid-nbsp-after-colon.yaml', /\u00a0/g],
  ])('makes the odd spaces of %s ordinary spaces, one for each', (name, odd) => {
    expect(fixed(name)).toBe(fixtureText('parse', name).replace(odd, ' '));
  });

  it('writes a colon in place of a full-width colon after a key, which nothing else can mean', () => {
    expect(fixed('invalid-full-width-colon.yaml')).toBe(
      fixtureText('parse', 'invalid-full-width-colon.yaml').replace('title：', 'title: '),
    );
  });

  it('deletes the invisible characters that start lines', () => {
    expect(fixed('invalid-zero-width-indent.yaml')).toBe(
      fixtureText('parse', 'invalid-zero-width-indent.yaml').replace(/[\ufeff\u200b]/g, ''),
    );
  });

  it("leaves a no-break space inside a text alone, and names YAML's own mistake before one", () => {
    const text = 'id: QT-X-01\ntitle: [Thử\nrevision: 1\npurpose: |\n  \u00a0Đoạn văn\n';
    expect(loadFile('p.yaml', Buffer.from(text)).diagnostics.map((d) => d.line)).toEqual([2]);
    const valid = 'id: QT-X-01\ntitle: Thử\npurpose: |\n  \u00a0\u00a0Đoạn văn\n';
    expect(loadFile('p.yaml', Buffer.from(valid)).diagnostics).toEqual([]);
    expect(lintFixture('parse', 'valid-procedure.yaml')).toEqual([]);
  });

  it('reads past a block text whose lines begin with no-break spaces or "*", to the mistake after it', () => {
    // The brace left open on line 7 is the mistake: the block's lines are the officer's text, whatever they begin with.
    const text =
      'id: QT-X-01\ntitle: Thử\npurpose: |\n  Lập phiếu:\n  \u00a0\u00a0– nêu rõ lý do\n  * ghi ngày\nscope: { a: b\n';
    const [only, ...rest] = loadFile('p.yaml', Buffer.from(text)).diagnostics;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ line: 7, column: 8 });
    expect(only!.fix).toBeUndefined();
  });

  it('names the line that begins with a no-break space, not a label written with one after the indent', () => {
    const text =
      'id: QT-X-01\ntitle: Thử\nsteps:\n  - id: B1\n    next:\n      \u00a0Không đủ: B2\n  - id: B2\n\u00a0\u00a0\u00a0\u00a0name: Trả\n';
    const [only] = loadFile('p.yaml', Buffer.from(text)).diagnostics;
    expect(only).toMatchObject({ line: 8, column: 1, rule: 'parse' });
    const fixed = applyFixes(text, [only!.fix!]);
    expect(fixed).toBe(text.replace('\n\u00a0\u00a0\u00a0\u00a0name', '\n    name'));
  });

  it('tells a value that goes on after its closing quote or bracket to be quoted whole', () => {
    const messages = (text: string) => loadFile('p.yaml', Buffer.from(text)).diagnostics.map((d) => d.message);
    expect(messages('conditions:\n  - "Bản chính" không bị tẩy xóa\n')).toEqual([
      'A value that starts with a quote or a bracket ends where it closes, so the words after it cannot be read: put the whole value in single quotes, e.g. \'"Bản chính" không bị tẩy xóa\'',
    ]);
    expect(messages('forms:\n  - [Mẫu 01] Tờ khai  # bản cũ\n')[0]).toMatch(/e\.g\. '\[Mẫu 01\] Tờ khai'$/);
    expect(messages("title: 'Bản sao' có chứng thực\n")[0]).toMatch(/e\.g\. '''Bản sao'' có chứng thực'$/);
    // A run of spaces between the quote and the words is read in linear time, and shown by its start.
    const long = messages(`title: "a"${' '.repeat(200_000)}x\n`)[0]!;
    expect(long).toMatch(/^A value that starts with a quote/);
    expect(long.length).toBeLessThan(300);
  });

  it('leaves one line that begins with "*" to the parser: a text to quote, which --fix quotes', () => {
    for (const [text, value] of [
      ['id: *nothing\n', '*nothing'],
      ['id: QT-X-01\ndescription: *Lưu ý* lập phiếu\n', '*Lưu ý* lập phiếu'],
      ['result: * Bản sao\n', '* Bản sao'],
    ]) {
      const [only] = loadFile('p.yaml', Buffer.from(text!)).diagnostics;
      expect(only!.message).not.toMatch(/bullet/);
      expect(only!.message).toMatch(/^The text starts with "\*"/);
      expect(only!.fix && 'text' in only!.fix ? only!.fix.text : undefined).toBe(JSON.stringify(value));
    }
  });

  it('writes in quotes a value that holds ": " when it is all on its line, keeping the comment after it', () => {
    expect(fixed('invalid-colon-in-value.yaml')).toBe(
      fixtureText('parse', 'invalid-colon-in-value.yaml').replace(
        '1 ngày làm việc (trực tuyến: 4 giờ làm việc) #',
        '"1 ngày làm việc (trực tuyến: 4 giờ làm việc)" #',
      ),
    );
    const once = (text: string) => {
      const [only] = loadFile('p.yaml', Buffer.from(text)).diagnostics;
      return only?.fix === undefined ? undefined : applyFixes(text, [only.fix]);
    };
    expect(once('signoff:\n  approved_by: Giám đốc: Trần Thị Bình\n')).toBe(
      'signoff:\n  approved_by: "Giám đốc: Trần Thị Bình"\n',
    );
    expect(once('effective: Ngày hiệu lực: 01/7/2025\nrevision: 1\n')).toBe(
      'effective: "Ngày hiệu lực: 01/7/2025"\nrevision: 1\n',
    );
    expect(once('dossier:\n  - name: Học bạ: bản chính\n    copies: 1\n')).toBe(
      'dossier:\n  - name: "Học bạ: bản chính"\n    copies: 1\n',
    );
    expect(once('title: Ghi chú: “bản chính”\n')).toBe('title: "Ghi chú: “bản chính”"\n');
    // A deeper line below may be the value going on: quoting the first line alone would cut it, so only the words tell.
    expect(once('description: Ghi chú: nộp\n  bản chính\n')).toBeUndefined();
  });

  it('quotes a list item of text whole, the portal’s counts in brackets with it, in the advice and in --fix', () => {
    const text = 'dossier:\n  - Đơn đề nghị (Bản chính: 1 - Bản sao: 0) # mẫu 01\n  - Tờ khai\n';
    const [only] = loadFile('p.yaml', Buffer.from(text)).diagnostics;
    expect(only!.message).toBe(
      'This value holds a colon followed by a space (": "), which YAML reads as the start of another key: put the whole value in quotes, e.g. - "Đơn đề nghị (Bản chính: 1 - Bản sao: 0)"',
    );
    expect(applyFixes(text, [only!.fix!])).toBe(
      'dossier:\n  - "Đơn đề nghị (Bản chính: 1 - Bản sao: 0)" # mẫu 01\n  - Tờ khai\n',
    );
  });
});
