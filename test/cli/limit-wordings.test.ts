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

  it.each(['trong-do.yaml', 'trong-do-cham-phay.yaml', 'trong-do-cau.yaml'])(
    'reads a liên thông breakdown after a comma, a semicolon or in a sentence of its own (%s) as the bracketed one: the total, the rest its note',
    async (file) => {
      const lint = await runCli(['lint', `${DIR}/${file}`, '--lang', 'vi']);
      expect([lint.code, lint.stderr, lint.stdout]).toEqual([0, '', '✔ 1 tệp đã kiểm tra, không có vấn đề\n']);
      const time = await runCli(['time', `${DIR}/${file}`, '--lang', 'vi']);
      expect(time.stderr).toBe('');
      expect(time.code).toBe(0);
      expect(time.stdout).toContain('Thời hạn giải quyết: 12 ngày làm việc (96 giờ)');
      expect(time.stdout).toMatch(/trong đó:? cấp xã 03 ngày làm việc[,;] cấp tỉnh 09 ngày làm việc/i);
    },
  );

  it('reads each way of filing named as a case ("đối với trường hợp nộp hồ sơ trực tuyến") as a limit per way of filing', async () => {
    const lint = await runCli(['lint', `${DIR}/truong-hop-nop.yaml`, '--lang', 'en']);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toContain(
      '  6:13  error  "01 ngày làm việc (đối với trường hợp nộp hồ sơ trực tuyến), 02 ngày làm việc (đối với trường hợp nộp trực tiếp)" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 01 ngày làm việc and channels: [{ kind: online }, { kind: in_person, time_limit: 02 ngày làm việc }]  schema\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'procmap-limit-case-way-'));
    copyFileSync(join(ROOT, DIR, 'truong-hop-nop.yaml'), join(dir, 'p.yaml'));
    const fix = await runCli(['lint', '--fix', 'p.yaml', '--lang', 'vi'], { cwd: dir });
    expect([fix.code, fix.stderr]).toEqual([0, 'procmap: đã sửa 1 vấn đề trong p.yaml\n']);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toContain(
      '\ntime_limit: 01 ngày làm việc\nchannels: [{ kind: online }, { kind: in_person, time_limit: 02 ngày làm việc }]\n',
    );
    const time = await runCli(['time', 'p.yaml', '--lang', 'vi'], { cwd: dir });
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain('Thời hạn giải quyết: 1 ngày làm việc (8 giờ)');
    expect(time.stdout).toContain('Hồ sơ nộp trực tiếp (thời hạn 2 ngày làm việc): ');
  });
});
