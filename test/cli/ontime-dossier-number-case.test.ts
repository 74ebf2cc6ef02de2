import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/dossier-number-case.csv: Đăng ký kết hôn (5 working days) received Tue 10/03/2026 09:00, due Tue
// 17/03 09:00 (Wed 11, Thu 12, Fri 13, Mon 16, Tue 17). "…H04…-0001" open in row 2 and "…h04…-0001" returned Thu 12/03
// in row 3 are one dossier, early; "…-0002" returned Wed 18/03 in rows 4 (full-width) and 5, late, counted once.
const CATALOG = 'test/fixtures/ontime/catalog';
const FILE = 'test/fixtures/ontime/dossier-number-case.csv';
const AS_OF = ['--as-of', '31/03/2026 17:00'];

describe('procmap ontime, one dossier number in two letter cases', () => {
  it('counts it once and names both spellings, in Vietnamese and English', async () => {
    const vi = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Hồ sơ: 2\nĐã giải quyết: 2 (trước hạn 1, đúng hạn 0, quá hạn 1)\n');
    expect(vi.stderr).toBe(
      [
        `${FILE}:2: hồ sơ "000.00.12.H04-260302-0001" ở dòng này đang giải quyết, chưa có kết quả; chỉ tính một lần, theo ${FILE}:3 ("000.00.12.h04-260302-0001"), dòng đã có kết quả`,
        `${FILE}:5: hồ sơ "000.00.12.H04-260302-0002" bị lặp lại (chỉ tính một lần, theo ${FILE}:4)`,
        'Dòng không đo được: 2',
        '',
      ].join('\n'),
    );
    const en = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(
      `${FILE}:2: dossier "000.00.12.H04-260302-0001" is still in progress in this row; counted once, from ${FILE}:3 ("000.00.12.h04-260302-0001"), which has a result\n`,
    );
  });
});
