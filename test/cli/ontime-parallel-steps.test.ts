import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime-parallel/ho-so.csv: T-par receives 02/03/2026 08:00–10:00, then appraises (3 working days, done
// 10/03 10:00) in parallel with consulting (7 calendar days, done 06/03 16:00), approves by 10/03 14:00, returns 16:00.
// ho-so-doi-cot.csv holds the same dossier with the two branches' columns swapped.
const run = (file: string, ...options: string[]) =>
  runCli([
    'ontime',
    `test/fixtures/ontime-parallel/${file}`,
    '--catalog',
    'test/fixtures/ontime-parallel/catalog',
    '--as-of',
    '2026-12-05 09:00',
    // English unless the test names its language: --lang given twice is refused.
    ...(options.includes('--lang') ? [] : ['--lang', 'en']),
    ...options,
  ]);

describe('procmap ontime, steps run in parallel', () => {
  it.each(['ho-so.csv', 'ho-so-doi-cot.csv'])('%s: appraise is timed from receive’s hand-over', async (file) => {
    const { code, stdout, stderr } = await run(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const steps = stdout.slice(stdout.indexOf('Slowest steps'));
    // 02/03 10:00 to 10/03 10:00: 5.5 + 32 + 8 + 2.5 = 48 working hours against 24, over by 24.
    expect(steps).toBe(
      [
        'Slowest steps against their mapped budgets:',
        '  T-par / appraise Thẩm định: overran 1/1, average overrun 24 working hours, average used 48 working hours (budget 3 working days)',
        '  T-par / approve Phê duyệt: overran 0/1, average overrun 0 working hours, average used 2 working hours 30 minutes (budget 4 working hours)',
        '  T-par / consult Lấy ý kiến cơ quan phối hợp: overran 0/1, average overrun 0 working hours, average used 36 working hours 30 minutes (budget 7 calendar days)',
        '  T-par / receive Tiếp nhận hồ sơ: overran 0/1, average overrun 0 working hours, average used 2 working hours (budget 2 working hours)',
        '  T-par / return Trả kết quả: overran 0/1, average overrun 0 working hours, average used 2 working hours (budget 2 working hours)',
        '',
      ].join('\n'),
    );
  });

  it('words each step budget as every other output does, in Markdown, on the page and in Vietnamese', async () => {
    const markdown = await run('ho-so.csv', '--format', 'markdown');
    expect(markdown.stdout).toContain('| T-par | consult Lấy ý kiến cơ quan phối hợp | 7 calendar days | 0/1 |');
    expect(markdown.stdout).toContain('| T-par | appraise Thẩm định | 3 working days | 1/1 |');
    const vi = await run('ho-so.csv', '--format', 'markdown', '--lang', 'vi');
    expect(vi.stdout).toContain('| T-par | consult Lấy ý kiến cơ quan phối hợp | 7 ngày (lịch) | 0/1 |');
    expect(vi.stdout).toContain('| T-par | approve Phê duyệt | 4 giờ làm việc | 0/1 |');
    const html = await run('ho-so.csv', '--format', 'html');
    expect(html.stdout).toContain('<td class="num" data-label="Budget">7 calendar days</td>');
  });
});
