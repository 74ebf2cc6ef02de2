import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { meantYear } from '../../src/time/year-advice.js';

const P5D = 'test/fixtures/announced-notice/p5d.yaml';
// Vietnam's today for every run below: 8 December 2026 (a Tuesday).
const NOW = '2026-12-08T09:00:00+07:00';
const KNOWS_EN =
  "procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years";
const KNOWS_VI =
  'procmap chỉ có lịch làm việc các năm từ 2000 đến 2099, vì bảng ngày âm lịch (Tết, Giỗ Tổ) của nó chỉ có các năm đó: ngày nghỉ theo văn bản công bố cho 2025–2026, tính theo Bộ luật Lao động 2019 cho các năm khác';

describe('a year procmap has no calendar for', () => {
  it('procmap calendar says which years it knows and what to write, the year a slip meant where one does', async () => {
    const cases: [string, string][] = [
      ['1999', 'write a year from 2000 to 2099, in four digits'],
      ['2100', 'write a year from 2000 to 2099, in four digits'],
      ['2206', 'did you mean 2026? Write that year, or another from 2000 to 2099'],
      ['20227', 'did you mean 2027? Write that year, or another from 2000 to 2099'],
    ];
    for (const [year, what] of cases) {
      const result = await runCli(['calendar', year, '--lang', 'en'], { now: NOW });
      expect([result.code, result.stdout, result.stderr]).toEqual([
        2,
        '',
        `procmap: No working calendar for ${year}: ${KNOWS_EN}; ${what}\n`,
      ]);
    }
    const vi = await runCli(['calendar', '2206'], { now: NOW });
    expect([vi.code, vi.stdout, vi.stderr]).toEqual([
      2,
      '',
      `procmap: Không có lịch làm việc năm 2206: ${KNOWS_VI}; có phải năm 2026? Hãy ghi năm đó, hoặc một năm khác từ 2000 đến 2099\n`,
    ]);
  });

  it('time --received says the same, not the bare "not in 2206"', async () => {
    const slip = await runCli(['time', P5D, '--received', '01/01/2206', '--lang', 'en'], { now: NOW });
    expect([slip.code, slip.stdout, slip.stderr]).toEqual([
      2,
      '',
      `procmap: --received: a dossier received in 2206: ${KNOWS_EN}; did you mean 2026? Write that year, or another from 2000 to 2099\n`,
    ]);
    const after = await runCli(['time', P5D, '--received', '01/01/2100 09:00'], { now: NOW });
    expect([after.code, after.stdout, after.stderr]).toEqual([
      2,
      '',
      `procmap: --received: hồ sơ tiếp nhận năm 2100: ${KNOWS_VI}; hãy ghi một năm từ 2000 đến 2099, bằng bốn chữ số\n`,
    ]);
  });
});

describe('a date in a procedure file whose count runs past the years procmap knows', () => {
  const FILE = 'test/cli/fixtures/year-past-table/p15cd.yaml';
  const WINDOW = 'from 31/12/2099 to 30/12/2100 (a year from the effective date)';
  // Effective 31/12/2099: a year of receipts from then runs into 2100. 2029 is one digit away from 2099, 3 years
  // from 2026; 2019 and 2039 are as near by the digit but further in years.
  const ADVICE_EN = `${KNOWS_EN}; the count from 2099 runs into 2100; did you mean 2029? Write that year, or a date whose count ends by 31/12/2099`;

  it('lint and time say which years procmap knows and the year a slip meant, not the bare "not in 2100"', async () => {
    const lint = await runCli(['lint', FILE, '--lang', 'en'], { now: NOW });
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${FILE}\n  8:13  error  The time limit cannot be checked for receipts ${WINDOW}: ${ADVICE_EN}  within-time-limit\n\n✖ 1 problem (1 error, 0 warnings)\n`,
    );
    const time = await runCli(['time', FILE, '--lang', 'en'], { now: NOW });
    expect([time.code, time.stdout]).toEqual([1, '']);
    expect(time.stderr).toBe(
      `${FILE}\n  8:13  error  The time limit cannot be checked for receipts ${WINDOW}: ${ADVICE_EN}  calendar\n\n✖ 1 problem (1 error, 0 warnings)\n`,
    );
    const vi = await runCli(['time', FILE, '--received', '31/12/2099'], { now: NOW });
    expect([vi.code, vi.stdout]).toEqual([1, '']);
    expect(vi.stderr).toContain(
      `Không tính được hạn cho hồ sơ tiếp nhận T5 31/12/2099 07:30: ${KNOWS_VI}; thời gian tính từ năm 2099 kéo sang năm 2100; có phải năm 2029? Hãy ghi năm đó, hoặc ngày sao cho thời gian tính xong trước hết ngày 31/12/2099  calendar\n`,
    );
  });
});

describe('meantYear', () => {
  it('finds the year one slip away near this year, and nothing for a year no slip explains', () => {
    expect(meantYear('2206', 2026)).toBe(2026); // two digits swapped
    expect(meantYear('20226', 2026)).toBe(2026); // a digit doubled (2022 too, 4 years off: 2026 is nearer)
    expect(meantYear('227', 2026)).toBe(2027); // a digit dropped
    expect(meantYear('1999', 2026)).toBeUndefined();
    expect(meantYear('2100', 2026)).toBeUndefined(); // 2010 is one swap away, but 16 years off
  });
});
