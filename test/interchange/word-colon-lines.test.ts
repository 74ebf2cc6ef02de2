import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// thu-tuc-dong-hai-cham.docx (make-word.mjs): a step ("Công chức tư pháp - hộ tịch kiểm tra hồ sơ:") and a paper
// ("Trường hợp cha, mẹ là người nước ngoài thì nộp thêm:") that end in a colon, as the portal's text does before the
// cases or papers it introduces. Each was taken for a heading: the import wrote one step of three and one paper of
// four, and said nothing of the others. A short label alone ("Lưu ý:") still heads a section, named as not read.
const F = 'test/interchange/fixtures/thu-tuc-dong-hai-cham.docx';

describe('procmap import: a line of a Word list that ends in a colon', () => {
  it('is an item of the list, and the items after it are read; a label alone still ends it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-colon-lines-'));
    const run = await runCli(['import', '--lang', 'en', join(ROOT, F), '-o', out, '--effective', '01/07/2025']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT')).toBe(
      `imported     OUT/1.001193.yaml  ← ${F} (1.001193)\n` +
        "               3 draft steps from the public sequence: write each one's body and duration\n" +
        '               section "Lưu ý:" (paragraph 15) not imported: procmap does not read such a section; copy its 1 paragraph into the file by hand\n' +
        '1 imported, 0 skipped\n',
    );
    const procedure = parse(readFileSync(join(out, '1.001193.yaml'), 'utf8')) as {
      steps: { name: string }[];
      dossier: { name: string }[];
    };
    expect(procedure.steps.map(({ name }) => name)).toEqual([
      'Người có yêu cầu nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của UBND cấp xã',
      'Công chức tư pháp - hộ tịch kiểm tra hồ sơ',
      'Trả kết quả',
    ]);
    expect(procedure.dossier.map(({ name }) => name)).toEqual([
      'Tờ khai đăng ký khai sinh theo mẫu',
      'Trường hợp cha, mẹ là người nước ngoài thì nộp thêm:',
      'Văn bản thỏa thuận lựa chọn quốc tịch cho con',
      'Giấy chứng sinh',
    ]);
  });
});
