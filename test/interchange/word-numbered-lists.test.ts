import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ListCounter, noNumbering, readNumbering, readStyleNumbering } from '../../src/interchange/docx-numbering.js';
import { readDocx } from '../../src/interchange/docx-read.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// thu-tuc-danh-so-tu-dong.docx (make-word.mjs): the portal's procedure laid out with Word's own lists, "Bước %1:" for
// the steps, a Symbol bullet for the cases under step 2, "%1)" for the papers. Word keeps a list's numbers out of the
// paragraphs' text; the import read the sequence as one draft step (the first) and lost steps 2 and 3 without a word.
const F = 'test/interchange/fixtures/thu-tuc-danh-so-tu-dong.docx';

describe('procmap import: a Word document whose steps are numbered by a Word list', () => {
  it('reads each numbered paragraph with the number Word shows, a bullet without its mark', async () => {
    const { paragraphs } = await readDocx(readFileSync(join(ROOT, F)));
    expect(paragraphs.slice(5, 13)).toEqual([
      'Trình tự thực hiện:',
      'Bước 1: Người có yêu cầu nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của UBND cấp xã.',
      'Bước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ:',
      'Trường hợp hồ sơ đầy đủ thì tiếp nhận;',
      'Trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.',
      'Bước 3: Trả kết quả.',
      'Thành phần hồ sơ:',
      'a) Tờ khai đăng ký khai sinh theo mẫu;',
    ]);
  });

  it('imports every step of the sequence, as the same text typed by hand gives', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-numbered-'));
    const run = await runCli(['import', '--lang', 'en', join(ROOT, F), '-o', out, '--effective', '01/07/2025']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT')).toBe(
      `imported     OUT/1.001193.yaml  ← ${F} (1.001193)\n` +
        "               3 draft steps from the public sequence: write each one's body and duration\n" +
        '1 imported, 0 skipped\n',
    );
    const procedure = parse(readFileSync(join(out, '1.001193.yaml'), 'utf8')) as {
      steps: { name: string; description?: string }[];
      dossier: { name: string }[];
    };
    expect(procedure.steps.map(({ name, description }) => [name, description])).toEqual([
      ['Người có yêu cầu nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của UBND cấp xã', undefined],
      [
        'Công chức tư pháp - hộ tịch kiểm tra hồ sơ',
        'Trường hợp hồ sơ đầy đủ thì tiếp nhận\nTrường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung',
      ],
      ['Trả kết quả', undefined],
    ]);
    expect(procedure.dossier.map(({ name }) => name)).toEqual([
      'Tờ khai đăng ký khai sinh theo mẫu',
      'Giấy chứng sinh',
    ]);
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('Word list numbers', () => {
  // A multilevel list as ISO documents number their headings ("5.", "5.1.") and a "Bước" list starting at 01.
  const numbering =
    `<w:numbering ${W}>` +
    '<w:abstractNum w:abstractNumId="7">' +
    '<w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>' +
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>' +
    '</w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="8">' +
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="Bước %1."/></w:lvl>' +
    '</w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="8"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>' +
    '</w:numbering>';
  // Heading 2 numbered by its style, Heading 3 based on it (its level its own), as Word's multilevel lists link them.
  const styles =
    `<w:styles ${W}>` +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>' +
    '<w:pPrChange w:id="1"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading3"><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="character" w:styleId="Strong"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
    '</w:styles>';

  it('counts each list and level as Word does, in each level’s format, a style’s list included', () => {
    const lists = noNumbering();
    readNumbering(numbering, lists);
    readStyleNumbering(styles, lists);
    const counter = new ListCounter(lists);
    expect([
      counter.label('1', 0, undefined),
      counter.label(undefined, undefined, 'Heading2'),
      counter.label(undefined, undefined, 'Heading3'),
      counter.label(undefined, undefined, 'Heading3'),
      counter.label(undefined, undefined, 'Heading2'),
      counter.label('1', 0, undefined),
      counter.label(undefined, undefined, 'Heading2'),
      counter.label('2', 0, undefined),
      counter.label('2', 0, undefined),
      counter.label('3', 0, undefined),
      counter.label('0', 0, 'Heading2'),
      counter.label(undefined, undefined, 'Strong'),
      counter.label('99', 0, undefined),
    ]).toEqual(['5.', '5.1.', '(i)', '(ii)', '5.2.', '6.', '6.1.', 'Bước 01.', 'Bước 02.', 'Bước 09.', '', '', '']);
  });
});

// quy-trinh-tt-danh-so.docx (make-word.mjs): a step table whose "TT" cells hold only the number of a Word list (B1,
// B2, B3). They were read empty: the report said the table gave its steps no id and procmap had numbered them.
const TT = 'test/interchange/fixtures/quy-trinh-tt-danh-so.docx';

describe('procmap import: a step table whose TT column Word numbers', () => {
  it('reads each TT cell as the number Word shows in it', async () => {
    const { tables } = await readDocx(readFileSync(join(ROOT, TT)));
    expect(tables[0]!.rows.map((row) => row[0])).toEqual(['TT', 'B1', 'B2', 'B3']);
    const out = mkdtempSync(join(tmpdir(), 'procmap-numbered-tt-'));
    const run = await runCli(['import', '--lang', 'en', join(ROOT, TT), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT')).toBe(
      `imported     OUT/QT-TT-01.yaml  ← ${TT} (Cấp giấy xác nhận tình trạng hôn nhân)\n1 imported, 0 skipped\n`,
    );
  });
});

// buoc-danh-so-da-xoa.docx (make-shown-text.mjs): "Bước %1:" steps, the second deleted whole with Track Changes on.
// With the changes accepted, as import reads a document, Word numbers the step after it "Bước 2:", not "Bước 3:".
describe('procmap import: a numbered paragraph deleted with Track Changes', () => {
  it('is not counted, as Word numbers the list with the changes accepted', async () => {
    const { paragraphs } = await readDocx(
      readFileSync(join(ROOT, 'test/interchange/fixtures/buoc-danh-so-da-xoa.docx')),
    );
    expect(paragraphs).toEqual(['Trình tự thực hiện:', 'Bước 1: Nộp hồ sơ.', 'Bước 2: Trả kết quả.']);
  });
});
