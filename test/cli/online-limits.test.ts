import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/online-limits';
const SPLIT = (general: string, online: string) =>
  `gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: ${general} and channels: [{ kind: in_person }, { kind: online, time_limit: ${online} }]`;

describe('an online limit written after the general one (CLI)', () => {
  it('reads it after a comma, and with the law’s tail after its bracket, as the limit per way of filing it is', async () => {
    // Both were refused as "not a duration", with nothing said of the online limit.
    const result = await runCli(['lint', '--lang', 'en', DIR]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      `${DIR}/ngoac-duoi.yaml\n  5:13  error  "05 ngày làm việc (trực tuyến 03 ngày làm việc) kể từ ngày nhận đủ hồ sơ hợp lệ" ${SPLIT('05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', '03 ngày làm việc')};`,
    );
    expect(result.stdout).toContain(
      `${DIR}/phay.yaml\n  5:13  error  "05 ngày làm việc, trực tuyến 04 ngày làm việc" ${SPLIT('05 ngày làm việc', '04 ngày làm việc')};`,
    );
    expect(result.stdout).not.toContain('is not a duration');
  });

  it('splits them with --fix, the tail kept with the general limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-online-limits-'));
    cpSync(join(ROOT, DIR), dir, { recursive: true });
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(dir, 'ngoac-duoi.yaml'), 'utf8')).toContain(
      'time_limit: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ\nchannels: [{ kind: in_person }, { kind: online, time_limit: 03 ngày làm việc }]\n',
    );
    expect(readFileSync(join(dir, 'phay.yaml'), 'utf8')).toContain(
      'time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]\n',
    );
  });
});
