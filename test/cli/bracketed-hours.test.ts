import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A catalog whose calendar counts 8.5 hours a working day: "(85 giờ)" after 10 working days is right, "(80 giờ)" wrong.
const DIR = 'test/fixtures/bracketed-hours/gio-8-ruoi';
const INVALID = 'test/rules/fixtures/bracketed-hours/invalid-limit.yaml';

describe('hours in brackets after working days (CLI)', () => {
  it('checks them against the calendar of the catalog, saying which reading procmap counts', async () => {
    const result = await runCli(['lint', '--lang', 'vi', DIR]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${DIR}/sai.yaml\n` +
        '  5:13  lỗi  "10 ngày làm việc (80 giờ)" tự mâu thuẫn: 10 ngày làm việc là 85 giờ làm việc theo lịch làm việc (một ngày làm việc 8,5 giờ), không phải 80 giờ như trong ngoặc. procmap đang tính 10 ngày làm việc (85 giờ): hãy ghi "10 ngày làm việc (85 giờ)"  bracketed-hours\n' +
        '\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n',
    );
  });

  it('leaves contradicting hours to be settled: canonical-duration offers no "10d" that would drop them', async () => {
    const config = join(mkdtempSync(join(tmpdir(), 'procmap-bracketed-hours-')), 'procmap.config.yaml');
    writeFileSync(config, 'rules:\n  canonical-duration: warning\n');
    const result = await runCli(['lint', '--lang', 'en', '-c', config, INVALID]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('bracketed-hours');
    expect(result.stdout).not.toContain('canonical-duration');
    // Hours that agree are the days said again: shortened as before.
    const agrees = 'test/rules/fixtures/bracketed-hours/valid-agrees.yaml';
    const short = await runCli(['lint', '--lang', 'en', '-c', config, agrees]);
    expect(short.stdout).toContain('Write "05 ngày làm việc (40 giờ)" as "5d"  canonical-duration');
  });

  it('prints the limit once, with the calendar’s hours, never the bracket again beside them', async () => {
    const right = await runCli(['time', '--lang', 'vi', `${DIR}/dung.yaml`]);
    expect(right.code).toBe(0);
    expect(right.stderr).toBe('');
    expect(right.stdout).toContain('\nThời hạn giải quyết: 10 ngày làm việc (85 giờ)\n');
    expect(right.stdout).toContain('Hồ sơ nộp trực tuyến (thời hạn 5 ngày làm việc)');
    expect(right.stdout).not.toContain('Theo văn bản');
    // Under the default calendar the contradicting "(160 giờ)" is neither printed as the law's words nor counted.
    const wrong = await runCli(['time', '--lang', 'vi', INVALID]);
    expect(wrong.code).toBe(0);
    expect(wrong.stdout).toContain('\nThời hạn giải quyết: 10 ngày làm việc (80 giờ)\n');
    expect(wrong.stdout).not.toContain('160');
    const out = mkdtempSync(join(tmpdir(), 'procmap-bracketed-hours-'));
    const doc = await runCli(['doc', '--lang', 'vi', '--format', 'md', INVALID, '-o', out]);
    expect(doc.code).toBe(0);
    const page = readFileSync(join(out, 'QT-GIO-02.md'), 'utf8');
    expect(page).toContain('- Thời hạn giải quyết theo quy định: 10 ngày làm việc (80 giờ)\n');
    expect(page).not.toContain('160');
  });
});
