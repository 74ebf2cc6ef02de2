import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { testRule } from '../helpers/rule-tester.js';

/** The warning on an item written on one line with a count of papers and no kind. */
const line = (at: number, name: string, count: string) => ({
  line: at,
  column: 5,
  message: `Dossier item "${name}" has "${count}", a number of papers, but not whether originals or copies, and the document prints them in columns of their own: write "${name}: ${count} chính" or "${name}: ${count} sao"`,
  vi: `Giấy tờ "${name}" ghi "${count}", là số bản nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi "${name}: ${count} chính" hoặc "${name}: ${count} sao"`,
});

testRule('original-or-copy', {
  'invalid-plain.yaml': [
    line(8, 'Báo cáo kết quả năm 2025', '01 bản'),
    {
      line: 9,
      column: 35,
      message:
        'Dossier item "Sơ đồ vị trí" has copies: "02 bản", a number of papers, but not whether originals or copies, and the document prints them in columns of their own: write originals: 2 or copies: 2',
      vi: 'Giấy tờ "Sơ đồ vị trí" ghi copies: "02 bản", là số bản nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi originals: 2 hoặc copies: 2',
    },
    // Typed with an input method's full-width marks: read, and asked about, as in ASCII.
    line(10, 'Ảnh 3x4', '02 bản'),
  ],
  'invalid-papers.yaml': [
    {
      line: 9,
      column: 35,
      message:
        'Dossier item "Sơ đồ vị trí" has copies: 2, here a number of papers, but not whether originals or copies: no item of the dossier gives its originals under originals, and the document prints originals and copies in columns of their own: write originals: 2 or copies: "02 bản sao"',
      vi: 'Giấy tờ "Sơ đồ vị trí" ghi copies: 2, ở đây là số bản nhưng không nói bản chính hay bản sao: không giấy tờ nào ghi số bản chính ở originals, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi originals: 2 hoặc copies: "02 bản sao"',
    },
    // A remark after the count says not which either: the suggestions keep it.
    {
      line: 10,
      column: 38,
      message:
        'Dossier item "Báo cáo đề xuất" has copies: "01 bản (kèm bản điện tử)", a number of papers, but not whether originals or copies, and the document prints them in columns of their own: write copies: "01 bản chính (kèm bản điện tử)" or copies: "01 bản sao (kèm bản điện tử)"',
      vi: 'Giấy tờ "Báo cáo đề xuất" ghi copies: "01 bản (kèm bản điện tử)", là số bản nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi copies: "01 bản chính (kèm bản điện tử)" hoặc copies: "01 bản sao (kèm bản điện tử)"',
    },
  ],
  // "01 bộ" counts sets: no kind either, and the words to write keep the set, which no number says.
  'invalid-sets.yaml': [
    {
      line: 9,
      column: 5,
      message:
        'Dossier item "Bản vẽ thiết kế" has "02 bộ", a number of sets, but not whether originals or copies, and the document prints them in columns of their own: write "Bản vẽ thiết kế: 02 bộ bản chính" or "Bản vẽ thiết kế: 02 bộ bản sao"',
      vi: 'Giấy tờ "Bản vẽ thiết kế" ghi "02 bộ", là số bộ nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi "Bản vẽ thiết kế: 02 bộ bản chính" hoặc "Bản vẽ thiết kế: 02 bộ bản sao"',
    },
    {
      line: 10,
      column: 37,
      message:
        'Dossier item "Hồ sơ kỹ thuật" has copies: "01 bộ", a number of sets, but not whether originals or copies, and the document prints them in columns of their own: write copies: "01 bộ bản chính" or copies: "01 bộ bản sao"',
      vi: 'Giấy tờ "Hồ sơ kỹ thuật" ghi copies: "01 bộ", là số bộ nhưng không nói bản chính hay bản sao, trong khi tài liệu in bản chính và bản sao ở hai cột riêng: hãy ghi copies: "01 bộ bản chính" hoặc copies: "01 bộ bản sao"',
    },
  ],
});

/** The dossier table of `doc -f md` for a fixture of this rule, in a language. */
async function dossierRows(name: string, id: string, lang: 'en' | 'vi'): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'procmap-original-or-copy-'));
  const file = join(ROOT, 'test/rules/fixtures/original-or-copy', name);
  const result = await runCli(['doc', '--lang', lang, '-f', 'md', '-o', out, file]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const lines = readFileSync(join(out, `${id}.md`), 'utf8').split('\n');
  const first = lines.findIndex((text) => text.startsWith('| 1 |'));
  return lines.slice(first, lines.indexOf('', first));
}

describe('rule original-or-copy in the document', () => {
  it('prints a count with no kind after the name, never under "Bản sao", where originals have a column', async () => {
    expect(await dossierRows('invalid-plain.yaml', 'QT-HS-11', 'vi')).toEqual([
      '| 1 | Văn bản thỏa thuận | 02 bản | 01 bản |  |',
      '| 2 | Báo cáo kết quả năm 2025 (01 bản) |  |  |  |',
      '| 3 | Sơ đồ vị trí (02 bản) |  |  |  |',
      '| 4 | Ảnh 3x4 (02 bản) |  |  |  |',
    ]);
    expect(await dossierRows('invalid-plain.yaml', 'QT-HS-11', 'en')).toEqual([
      '| 1 | Văn bản thỏa thuận | 2 | 1 |  |',
      '| 2 | Báo cáo kết quả năm 2025 (01 bản) |  |  |  |',
      '| 3 | Sơ đồ vị trí (02 bản) |  |  |  |',
      '| 4 | Ảnh 3x4 (02 bản) |  |  |  |',
    ]);
  });

  it('prints an application, declaration or form’s "01 bản" as its original', async () => {
    expect(await dossierRows('valid-forms.yaml', 'QT-HS-12', 'vi')).toEqual([
      '| 1 | Văn bản thỏa thuận | 02 bản | 01 bản |  |',
      '| 2 | Tờ khai (Mẫu số 01) | 01 bản |  |  |',
      '| 3 | Đơn đề nghị | 01 bản |  |  |',
      '| 4 | Bản khai | 01 bản |  |  |',
      '| 5 | Phiếu yêu cầu | 01 bản |  |  |',
      '| 6 | Giấy chứng nhận |  | 01 bản |  |',
      '| 7 | Giấy phép |  | 01 bản |  |',
    ]);
  });

  it('prints a count of sets after the name too, and a declaration’s set as its original, in words', async () => {
    expect(await dossierRows('invalid-sets.yaml', 'QT-HS-15', 'vi')).toEqual([
      '| 1 | Văn bản thỏa thuận | 02 bản | 01 bản |  |',
      '| 2 | Bản vẽ thiết kế (02 bộ) |  |  |  |',
      '| 3 | Hồ sơ kỹ thuật (01 bộ) |  |  |  |',
      '| 4 | Tờ khai | 01 bộ bản chính |  |  |',
    ]);
  });

  it('prints "01 bộ" as written where the document has one column for the counts', async () => {
    expect(await dossierRows('valid-sets-no-originals.yaml', 'QT-HS-16', 'vi')).toEqual([
      '| 1 | Tờ khai | 01 bản |  |',
      '| 2 | Bản vẽ thiết kế | 02 bộ |  |',
    ]);
  });

  it('prints "01 bản" as a number of papers where the document has one column for them', async () => {
    expect(await dossierRows('valid-no-originals.yaml', 'QT-HS-13', 'vi')).toEqual([
      '| 1 | Tờ khai | 01 bản |  |',
      '| 2 | Báo cáo kết quả năm 2025 | 01 bản |  |',
      '| 3 | Ảnh 3x4 | 02 bản |  |',
    ]);
  });
});
