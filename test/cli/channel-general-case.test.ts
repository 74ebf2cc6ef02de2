import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// "Trực tiếp: 10 ngày làm việc", copied from the national record beside "Không quá 10 ngày làm việc …; trường hợp phải
// xác minh thì không quá 15 ngày làm việc": the channel repeats the general limit and takes its case, so the path
// through verification (15 days) is judged against 15, in every output alike.
const FILE = 'test/cli/fixtures/channel-general-case/ly-lich-truc-tiep.yaml';

describe('a channel repeating the general limit takes its exception case', () => {
  it('lint finds the verification path within the case limit, for the channel too', async () => {
    const result = await runCli(['lint', '--lang', 'vi', FILE]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('✔ 1 tệp đã kiểm tra, không có vấn đề\n');
    expect(result.code).toBe(0);
  });

  it('time gives the channel the general verdict and the case its own, with no overrun', async () => {
    const result = await runCli(['time', '--lang', 'vi', FILE]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Tổng theo đường găng: 6 ngày làm việc (48 giờ), trong thời hạn, còn dư 4 ngày làm việc (32 giờ)\n' +
        'Hồ sơ nộp trực tiếp (thời hạn 10 ngày làm việc): trong thời hạn, còn dư 4 ngày làm việc (32 giờ)\n',
    );
    expect(result.stdout).toContain(
      'Trường hợp phải xác minh (thời hạn 15 ngày làm việc): tổng theo đường găng 15 ngày làm việc (120 giờ), vừa đúng thời hạn: B1 → B2 → B3 → B4 → B5\n',
    );
    expect(result.stdout).not.toContain('VƯỢT');
  });

  it('the document and the statistics agree: within the limit', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-channel-case-'));
    const doc = await runCli(['doc', FILE, '--format', 'md', '-o', out]);
    expect(doc.stderr).toBe('');
    expect(doc.code).toBe(0);
    const md = readFileSync(join(out, 'QT-CASE-A.md'), 'utf8');
    expect(md).toContain(
      '| Trực tiếp | 10 ngày làm việc<br>**Đạt: còn dư 4 ngày làm việc (32 giờ) so với thời hạn** |',
    );
    expect(md).not.toContain('Vượt');
    const stats = await runCli(['stats', '--lang', 'vi', FILE]);
    expect(stats.stderr).toBe('');
    expect(stats.stdout).toContain('Trong thời hạn: 1 · vượt thời hạn: 0 · không so được với thời hạn: 0\n');
  });
});
