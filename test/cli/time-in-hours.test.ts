import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const OPEN = 'test/fixtures/open-hours/gio.yaml';
const MINUTES = 'test/fixtures/open-hours/gio-ngay.yaml';
const SAME_DAY = 'test/fixtures/open-hours/trong-ngay.yaml';

async function time(file: string, lang: 'vi' | 'en'): Promise<string> {
  const result = await runCli(['time', file, '--lang', lang]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('procmap time under a limit in hours', () => {
  it('says every duration in hours, as the limit counts them: rows, running total, per unit and total', async () => {
    const vi = await time(OPEN, 'vi');
    expect(vi).toContain(
      [
        '  1   B1       Tiếp nhận hồ sơ  TN      2 giờ làm việc   2 giờ làm việc',
        '  2   B2       Thẩm định        PQL     20 giờ làm việc  22 giờ làm việc',
        '  3   B3       Trả kết quả      TN      1 giờ làm việc   23 giờ làm việc',
        '',
        'Tổng theo đường găng: 23 giờ làm việc, trong thời hạn, còn dư 1 giờ làm việc',
        'Đường găng: B1 → B2 → B3',
        'Thời gian theo đơn vị trên đường găng: TN 3 giờ làm việc, PQL 20 giờ làm việc',
      ].join('\n'),
    );
    expect(vi).not.toContain('ngày làm việc');
    const en = await time(OPEN, 'en');
    expect(en).toContain('  2  B2    Thẩm định        PQL   20 working hours  22 working hours\n');
    expect(en).toContain('Time on the critical path by body: TN 3 working hours, PQL 20 working hours\n');
    expect(en).not.toContain('working day');
  });

  it('gives a step written in days and hours with minutes in hours and minutes, never a rounded day figure', async () => {
    const vi = await time(MINUTES, 'vi');
    expect(vi).toContain(
      [
        '  1   B1       Tiếp nhận hồ sơ  TN      1 giờ 30 phút làm việc  1 giờ 30 phút làm việc',
        '  2   B2       Thẩm định        PQL     12 giờ làm việc         13 giờ 30 phút làm việc',
        '  3   B3       Trả kết quả      TN      15 phút làm việc        13 giờ 45 phút làm việc',
        '',
        'Tổng theo đường găng: 13 giờ 45 phút làm việc, trong thời hạn, còn dư 2 giờ 15 phút làm việc',
        'Đường găng: B1 → B2 → B3',
        'Thời gian theo đơn vị trên đường găng: TN 1 giờ 45 phút làm việc, PQL 12 giờ làm việc',
      ].join('\n'),
    );
    expect(vi).not.toContain('ngày làm việc');
  });
});

describe('procmap time under a same-day limit', () => {
  it('says a total and an overrun of a day or more in days with their hours, as lint does', async () => {
    const vi = await time(SAME_DAY, 'vi');
    expect(vi).toContain('Tổng theo đường găng: 41 ngày làm việc (328 giờ);');
    expect(vi).toContain('muộn 40,75 ngày làm việc (326 giờ) so với hẹn trả T5 15/01/2026 17:00\n');
    expect(vi).not.toMatch(/32[68] giờ làm việc/u);
    const en = await time(SAME_DAY, 'en');
    expect(en).toContain('Total on the critical path: 41 working days (328 h);');
    expect(en).toContain('40.75 working days (326 h) after the appointment Thu 15/01/2026 17:00\n');
  });
});
