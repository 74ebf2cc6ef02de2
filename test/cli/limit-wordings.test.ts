import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/limit-wordings';

describe('procmap lint and time, limits as documents and decisions word them', () => {
  it('reads "Tổng thời gian giải quyết:" as a label, and --fix drops it as for "Thời hạn giải quyết:"', async () => {
    const lint = await runCli(['lint', `${DIR}/tong-thoi-gian.yaml`, '--lang', 'vi']);
    expect([lint.code, lint.stderr, lint.stdout]).toEqual([0, '', '✔ 1 tệp đã kiểm tra, không có vấn đề\n']);
    const dir = mkdtempSync(join(tmpdir(), 'procmap-limit-label-'));
    copyFileSync(join(ROOT, DIR, 'tong-thoi-gian.yaml'), join(dir, 'p.yaml'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'extends: canonical\n');
    const fix = await runCli(['lint', '--fix', 'p.yaml', '--lang', 'vi'], { cwd: dir });
    expect(fix.code).toBe(0);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toContain('\ntime_limit: "7d"\n');
  });

  it.each(['trong-do.yaml', 'trong-do-cham-phay.yaml'])(
    'reads a liên thông breakdown after a comma or semicolon (%s) as the bracketed one: the total, the rest its note',
    async (file) => {
      const lint = await runCli(['lint', `${DIR}/${file}`, '--lang', 'vi']);
      expect([lint.code, lint.stderr, lint.stdout]).toEqual([0, '', '✔ 1 tệp đã kiểm tra, không có vấn đề\n']);
      const time = await runCli(['time', `${DIR}/${file}`, '--lang', 'vi']);
      expect(time.stderr).toBe('');
      expect(time.code).toBe(0);
      expect(time.stdout).toContain('Thời hạn giải quyết: 12 ngày làm việc (96 giờ)');
      expect(time.stdout).toMatch(/trong đó:? cấp xã 03 ngày làm việc[,;] cấp tỉnh 09 ngày làm việc/);
    },
  );
});
