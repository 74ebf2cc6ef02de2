import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { asciiLookalikes, asciiWritten } from '../../src/model/lookalikes.js';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

/** The report on a value written with full-width characters: `chars` as the message names them, `ascii` what they read as. */
const lookalike = (line: number, column: number, text: string, chars: string, ascii: string, value: string) => ({
  line,
  column,
  message: `"${text}" holds the full-width characters ${chars} of an input method, which procmap reads as ${ascii} but other tools read as other letters: write "${value}"`,
  vi: `"${text}" có ký tự toàn độ rộng ${chars} của bộ gõ, procmap hiểu là ${ascii} nhưng công cụ khác coi là chữ khác: hãy viết "${value}"`,
});

/** The report on a value with a no-break space or a Unicode hyphen pasted from Word or a web page. */
const pasted = (line: number, column: number, text: string, chars: string, ascii: string, value: string) => ({
  line,
  column,
  message: `"${text}" holds ${chars} from Word or a web page, which procmap reads as ${ascii} but other tools do not: write "${value}"`,
  vi: `"${text}" có ${chars} do dán từ Word hay trang web, procmap hiểu là ${ascii} nhưng công cụ khác thì không: hãy viết "${value}"`,
});

/**
 * The report on a value with a no-break space inside it: named in words, for the text to write would look the same as
 * the text written.
 */
const spaced = (line: number, column: number, text: string) => ({
  line,
  column,
  message: `"${text}" holds U+00A0 (no-break space) from Word or a web page where an ordinary space belongs, which procmap reads as a space but other tools do not: write an ordinary space there (--fix replaces it)`,
  vi: `"${text}" có U+00A0 (dấu cách không ngắt) do dán từ Word hay trang web, ở chỗ của dấu cách thường; procmap hiểu là dấu cách nhưng công cụ khác thì không: hãy thay bằng dấu cách thường (--fix sẽ thay giúp)`,
});

testRule('full-width-characters', {
  // Dates, a cutoff and a yes-or-no with no-break spaces (between the parts, or after the value) and non-breaking
  // hyphens: read as spaces and "-", so the schema takes them, and written so.
  'invalid-pasted-spaces.yaml': [
    pasted(4, 9, '20\u00a0/\u00a006\u00a0/\u00a02025\u00a0', 'U+00A0', '" "', '20 / 06 / 2025'),
    pasted(5, 12, '01\u201107\u20112025', 'U+2011', '"-"', '01-07-2025'),
    pasted(7, 9, '15:00\u00a0', 'U+00A0', '" "', '15:00'),
    pasted(8, 19, 'không\u00a0', 'U+00A0', '" "', 'không'),
  ],
  // Every other text with a space pasted from Word or a PDF: a title, a limit, a step's time, id and body, a body's
  // name, a description (an escape "\_" too), a role whose full-width characters are left to the officer.
  'invalid-word-spaces.yaml': [
    pasted(4, 8, 'Thử ký tự dán từ Word\u00a0', 'U+00A0', '" "', 'Thử ký tự dán từ Word'),
    spaced(7, 13, '05\u00a0ngày làm việc'),
    spaced(15, 15, '04\u00a0giờ'),
    pasted(16, 9, 'B2\u00a0', 'U+00A0', '" "', 'B2'),
    pasted(18, 11, 'PTP\u00a0', 'U+00A0', '" "', 'PTP'),
    spaced(23, 11, 'Bộ phận\u00a0Một cửa'),
    spaced(24, 15, '0,5\u00a0ngày'),
    pasted(25, 18, 'Trả\u00a0tại quầy\u2009số 2', 'U+00A0, U+2009', '" ", " "', 'Trả tại quầy số 2'),
    pasted(26, 11, '\u00a0Công chức（quầy\u202f１）', 'U+00A0, U+202F', '" ", " "', 'Công chức（quầy １）'),
  ],
  // Each value a number, a unit or a separator is read from; not the names, notes and texts beside them.
  'invalid-input-method.yaml': [
    lookalike(1, 5, 'QT-TP-０１', '"０", "１"', '"0", "1"', 'QT-TP-01'),
    lookalike(3, 7, '２.０００８１５', '"２", "０", "８", "１", "５"', '"2", "0", "8", "1", "5"', '2.000815'),
    // A revision is a number: "write 1", which --fix writes without quotes.
    lookalike(4, 11, '０１', '"０", "１"', '"0", "1"', '1'),
    lookalike(5, 12, '０１/０７/2025', '"０", "１", "７"', '"0", "1", "7"', '01/07/2025'),
    lookalike(7, 13, '０１ ngày làm việc', '"０", "１"', '"0", "1"', '01 ngày làm việc'),
    lookalike(8, 9, '１５：００', '"１", "５", "：", "０"', '"1", "5", ":", "0"', '15:00'),
    lookalike(9, 6, '２.０００ đồng', '"２", "０"', '"2", "0"', '2.000 đồng'),
    lookalike(
      12,
      5,
      'Trực tiếp： ０１ ngày làm việc',
      '"：", "０", "１"',
      '":", "0", "1"',
      'Trực tiếp: 01 ngày làm việc',
    ),
    lookalike(13, 33, '０２ ngày làm việc', '"０", "２"', '"0", "2"', '02 ngày làm việc'),
    lookalike(16, 13, 'Bản chính：1 - Bản sao：0', '"："', '":"', 'Bản chính:1 - Bản sao:0'),
    lookalike(18, 13, '０１ bản chính', '"０", "１"', '"0", "1"', '01 bản chính'),
    lookalike(22, 11, 'B１', '"１"', '"1"', 'B1'),
    lookalike(22, 58, '２h', '"２"', '"2"', '2h'),
    lookalike(22, 68, 'B２', '"２"', '"2"', 'B2'),
    lookalike(23, 11, 'B２', '"２"', '"2"', 'B2'),
    // The full-width space has no glyph to quote.
    lookalike(23, 53, '１ giờ\u300030 phút', '"１", U+3000', '"1", " "', '1 giờ 30 phút'),
    // A separator after the last step separates nothing: the step alone is what to write, not "B3;".
    lookalike(23, 76, 'B3；', '"；"', '";"', 'B3'),
  ],
  // Words from a short list (a level, yes or no) and keys (a body's, and a step's body that names it).
  'invalid-letters.yaml': [
    lookalike(5, 8, 'ｃｏｍｍｕｎｅ', '"ｃ", "ｏ", "ｍ", "ｕ", "ｎ", "ｅ"', '"c", "o", "m", "u", "n", "e"', 'commune'),
    lookalike(6, 19, 'ｆａｌｓｅ', '"ｆ", "ａ", "ｌ", "ｓ", "ｅ"', '"f", "a", "l", "s", "e"', 'false'),
    lookalike(9, 47, 'ｔｒｕｅ', '"ｔ", "ｒ", "ｕ", "ｅ"', '"t", "r", "u", "e"', 'true'),
    lookalike(10, 3, 'ＣＭ', '"Ｃ", "Ｍ"', '"C", "M"', 'CM'),
    lookalike(13, 39, 'ＣＭ', '"Ｃ", "Ｍ"', '"C", "M"', 'CM'),
    lookalike(13, 64, 'ｆａｌｓｅ', '"ｆ", "ａ", "ｌ", "ｓ", "ｅ"', '"f", "a", "l", "s", "e"', 'false'),
  ],
  // Numbers written as numbers; a full-width bracket's own spacing kept as a space.
  'invalid-spacing.yaml': [
    lookalike(3, 11, '２', '"２"', '"2"', '2'),
    lookalike(
      6,
      13,
      'Không quá ０５ ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ（theo Điều ５）',
      '"０", "５", "（", "）"',
      '"0", "5", "(", ")"',
      'Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (theo Điều 5)',
    ),
    lookalike(9, 16, '０２', '"０", "２"', '"0", "2"', '2'),
    lookalike(15, 15, '２', '"２"', '"2"', '2'),
  ],
  // A dossier line's count is read in ASCII, its name kept as written (only the count's characters are named).
  'invalid-dossier-lines.yaml': [
    lookalike(9, 5, 'Tờ khai： 01 bản chính', '"："', '":"', 'Tờ khai: 01 bản chính'),
    lookalike(10, 5, 'Tờ khai：０１ bản chính', '"：", "０", "１"', '":", "0", "1"', 'Tờ khai: 01 bản chính'),
    lookalike(
      11,
      5,
      'Giấy ủy quyền（０１ bản chính）',
      '"（", "０", "１", "）"',
      '"(", "0", "1", ")"',
      'Giấy ủy quyền(01 bản chính)',
    ),
    lookalike(
      12,
      5,
      'Đơn（Mẫu 01）；０１ bản chính',
      '"；", "０", "１"',
      '";", "0", "1"',
      'Đơn（Mẫu 01）; 01 bản chính',
    ),
    lookalike(13, 21, '０２ bản sao', '"０", "２"', '"0", "2"', '02 bản sao'),
  ],
});

describe('rule full-width-characters', () => {
  const read = (name: string) => loadFile(name, Buffer.from(fixtureText('full-width-characters', name))).data;

  it('reads every value as its ASCII twin reads, and --fix writes that twin, names and notes left as written', () => {
    // The revision "０１" is read as the text "01", which is revision 1: --fix writes the number.
    expect(read('invalid-input-method.yaml')).toEqual({ ...(read('valid-fixed.yaml') as object), revision: '01' });
    const fixed = fixedFixture('full-width-characters', 'invalid-input-method.yaml');
    expect(fixed).toBe(fixtureText('full-width-characters', 'valid-fixed.yaml'));
    expect(fixed).toContain('title: Chứng thực bản sao（từ bản chính）');
    expect(fixed).toContain('note: Cổng dịch vụ công（DVC）');
  });

  it('writes a revision or a count as a number, and a full-width bracket with the space it carried', () => {
    expect(fixedFixture('full-width-characters', 'invalid-spacing.yaml')).toBe(
      fixtureText('full-width-characters', 'valid-spacing-fixed.yaml'),
    );
    expect(asciiWritten('Điều ５（a）và（b）')).toBe('Điều 5 (a) và (b)');
    expect(asciiWritten('（Điều ５） ')).toBe('(Điều 5) ');
  });

  it('reads a level, yes or no and body keys in full-width letters as ASCII, and --fix writes them plain', () => {
    const data = read('invalid-letters.yaml') as Record<string, unknown>;
    // Yes and no stay the words "true" and "false" in the data, which the schema reads as yes and no.
    expect(data).toMatchObject({ level: 'commune', four_on_the_spot: 'false' });
    expect(Object.keys(data.bodies as object)).toEqual(['MC', 'CM']);
    expect(data.steps).toMatchObject([{ body: 'MC' }, { body: 'CM', draft: 'false' }]);
    expect(fixedFixture('full-width-characters', 'invalid-letters.yaml')).toBe(
      fixtureText('full-width-characters', 'valid-letters-fixed.yaml').replace('QT-TP-05', 'QT-TP-04'),
    );
  });

  it('reads a step body that is no key in full-width letters as the name it is, kept as written', () => {
    // "Phòng Tư pháp！" and "ＨＴ" are bodies' names: read as "!" and "HT" they named no body (known-body).
    const file = 'valid-body-names.yaml';
    const result = lint([loadFile(file, Buffer.from(fixtureText('full-width-characters', file)))], { lang: 'en' });
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]?.procedure.steps.map((step) => step.body)).toEqual(['MC', 'TP', 'VS']);
    // A first draft without `bodies`: each name is a body, as written.
    const data = read(file) as Record<string, unknown>;
    const { bodies: _, ...draft } = data;
    const drafted = lint([loadFile('draft.yaml', Buffer.from(stringify(draft)))], { lang: 'en' });
    expect(Object.values(drafted.procedures[0]!.procedure.bodies).map((body) => body.name)).toEqual([
      'Bộ phận Một cửa',
      'Phòng Tư pháp！',
      'ＨＴ',
    ]);
  });

  it('reads a dossier line typed with full-width marks as its ASCII twin, and --fix writes the count so', () => {
    const dossier = (read('invalid-dossier-lines.yaml') as Record<string, unknown>).dossier;
    expect(dossier).toEqual([
      'Tờ khai: 01 bản chính',
      'Tờ khai: 01 bản chính',
      'Giấy ủy quyền(01 bản chính)',
      'Đơn（Mẫu 01）; 01 bản chính',
      'Giấy khai sinh: 02 bản sao',
      'Giấy tờ khác（bản gốc）',
    ]);
    const fixed = fixedFixture('full-width-characters', 'invalid-dossier-lines.yaml');
    expect(fixed).toContain(
      [
        '  - "Tờ khai: 01 bản chính"',
        '  - "Tờ khai: 01 bản chính"',
        '  - "Giấy ủy quyền(01 bản chính)"',
        '  - Đơn（Mẫu 01）; 01 bản chính',
        '  - Giấy khai sinh: 02 bản sao',
        '  - Giấy tờ khác（bản gốc）',
      ].join('\n'),
    );
  });

  it('reads a pasted space in any text as a space, none at either end, and --fix writes it so', () => {
    const data = read('invalid-word-spaces.yaml') as Record<string, unknown>;
    expect([data.title, data.time_limit]).toEqual(['Thử ký tự dán từ Word', '05 ngày làm việc']);
    const steps = data.steps as Record<string, unknown>[];
    expect(steps.map((step) => [step.id, step.body, step.duration])).toEqual([
      ['B1', 'MC', '04 giờ'],
      ['B2', 'PTP', '1,5 ngày làm việc'],
      ['B3', 'Bộ phận Một cửa', '0,5 ngày'],
    ]);
    expect([steps[2]!.description, steps[2]!.role]).toEqual(['Trả tại quầy số 2', 'Công chức（quầy １）']);
    expect(fixedFixture('full-width-characters', 'invalid-word-spaces.yaml')).toBe(
      fixtureText('full-width-characters', 'invalid-word-spaces.yaml')
        .replace(/[\u00a0\u202f]$/gmu, '')
        .replace(/(?<=: )\u00a0/gu, '')
        .replace(/[\u00a0\u2009\u202f]/gu, ' ')
        .replace('Trả\\_', 'Trả '),
    );
  });

  it('leaves full-width characters in names, notes and texts as written', () => {
    const data = read('valid-texts.yaml') as Record<string, unknown>;
    expect(data.title).toBe('Chứng thực chữ ký（người dịch）');
    expect(data.purpose).toBe('Mục đích： chứng thực chữ ký người dịch；không áp dụng cho bản dịch ０１ trang');
    expect((data.steps as Record<string, unknown>[])[0]!.name).toBe('Tiếp nhận hồ sơ（quầy ３）');
  });

  it('maps the full-width forms U+FF01–U+FF5E to ASCII and the full-width space to a space, nothing else', () => {
    expect(asciiLookalikes('！～０９ＡＺａｚ：；（）　')).toBe('!~09AZaz:;() ');
    expect(asciiLookalikes('Trực tiếp ￥ ｡ 、')).toBe('Trực tiếp ￥ ｡ 、');
  });
});
