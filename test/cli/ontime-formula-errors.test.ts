import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A dossier workbook whose date cells hold a formula's error: C3 a formula giving #VALUE!, E4 one giving #REF!, C5
// the error pasted as a value (#REF!), row 6 a formula dragged down past the last dossier.
const FILE = 'test/fixtures/ontime/formula-errors/loi-cong-thuc.xlsx';
const ARGS = ['ontime', FILE, '--catalog', 'test/fixtures/ontime/catalog', '--as-of', '2026-05-08 09:00'];

describe('ontime on date cells that hold a formula error', () => {
  it('names the cell and the formula error, never "no received date", and says to write the date', async () => {
    const vi = await runCli([...ARGS, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toBe(
      `${FILE}:3: ô C3 (ngày tiếp nhận) có công thức không cho ra ngày (lỗi như #VALUE!, #REF!): hãy ghi ngày vào ô, ví dụ 13/02/2026 09:00, hoặc sửa công thức\n` +
        `${FILE}:4: ô E4 (ngày có kết quả) có công thức không cho ra ngày (lỗi như #VALUE!, #REF!): hãy ghi ngày vào ô, ví dụ 13/02/2026 09:00, hoặc sửa công thức\n` +
        `${FILE}:5: ô C5 (ngày tiếp nhận) có lỗi công thức #REF!, không phải ngày: hãy ghi ngày vào ô, ví dụ 13/02/2026 09:00, hoặc sửa công thức\n` +
        'Dòng không đo được: 3\n',
    );
    expect(vi.stdout).toContain('Hồ sơ: 1\n');
    const en = await runCli([...ARGS, '--lang', 'en']);
    expect(en.stderr).toContain(
      `${FILE}:5: cell C5 (received date) holds the formula error #REF!, not a date: write the date in it, e.g. 13/02/2026 09:00, or mend the formula\n`,
    );
    expect(en.stderr).not.toMatch(/no received date|no return date|\{/);
  });

  it('gives the cell in JSON beside the error as the spreadsheet shows it', async () => {
    const result = await runCli([...ARGS, '--format', 'json']);
    expect(result.code).toBe(0);
    const { listed } = JSON.parse(result.stdout).bad_rows;
    expect(listed).toEqual([
      { file: FILE, row: 3, reason: 'bad-received', cell: 'C3' },
      { file: FILE, row: 4, reason: 'bad-finished', cell: 'E4' },
      { file: FILE, row: 5, reason: 'bad-received', value: '#REF!', cell: 'C5' },
    ]);
  });
});
