import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CATALOG = 'test/fixtures/ontime/catalog';
const CSV = 'test/fixtures/ontime/superseded/ho-so.csv';

describe('procmap ontime: a row of a dossier set aside for a row with a result', () => {
  it('says what the row set aside is, as its status says: withdrawn, refused, or still in progress', async () => {
    const result = await runCli(['ontime', CSV, '--catalog', CATALOG, '--as-of', '2026-12-01 09:00', '--lang', 'vi']);
    expect(result.code).toBe(0);
    // A withdrawn row (before the row with a result, or after it) is not "not yet finished".
    expect(result.stderr).toBe(
      [
        `${CSV}:2: hồ sơ "A2" ở dòng này ghi "Đã rút hồ sơ" (rút, từ chối hoặc hủy, không có kết quả); chỉ tính một lần, theo ${CSV}:3, dòng đã có kết quả`,
        `${CSV}:5: hồ sơ "A3" ở dòng này ghi "Từ chối giải quyết" (rút, từ chối hoặc hủy, không có kết quả); chỉ tính một lần, theo ${CSV}:4, dòng đã có kết quả`,
        `${CSV}:6: hồ sơ "A4" ở dòng này đang giải quyết, chưa có kết quả; chỉ tính một lần, theo ${CSV}:7, dòng đã có kết quả`,
        'Dòng không đo được: 3',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toContain('Đã giải quyết: 3 (trước hạn 3, đúng hạn 0, quá hạn 0)\n');
  });
});
