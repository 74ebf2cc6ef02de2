import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

describe('procmap stats', () => {
  it('summarises the bundled catalog as JSON', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'procedures', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const stats = JSON.parse(result.stdout);
    expect(stats.procedures).toBeGreaterThanOrEqual(12);
    expect(stats.byLevel).toHaveProperty('province');
    expect(stats.byLevel).toHaveProperty('commune');
    expect(stats.fourOnTheSpot.count).toBeGreaterThan(0);
    expect(stats.withinLimit.over).toBe(0);
    expect(stats.leastSlack.length).toBe(10);
  });

  it('speaks Vietnamese with --lang vi', async () => {
    const result = await runCli(['stats', 'procedures', '--lang', 'vi']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Bộ quy trình: \d+ quy trình\n/);
    expect(result.stdout).toContain('4 tại chỗ: ');
  });

  it('says "none" for a catalog whose every file has errors, instead of empty lists', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'test/fixtures/broken/tabs.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Catalog: 0 procedures\nBy level: none\n');
    expect(result.stdout).toContain('By agency:\n  none\n\nBy field:\n  none\n');
    expect(result.stderr).toContain('tabs.yaml');
    const vi = await runCli(['stats', '--lang', 'vi', 'test/fixtures/broken/tabs.yaml']);
    expect(vi.stdout).toContain('Theo cấp: không có\n');
    // Band names line up, the longest included.
    expect(vi.stdout).toContain('  ≤ 25%          0\n');
    expect(vi.stdout).toContain('  không áp dụng  0\n');
  });

  it('counts a procedure over its limit as over, the figure a director reads, and still reports its error', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'test/fixtures/stats-over', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('over.yaml');
    expect(result.stderr).toContain('within-time-limit');
    const stats = JSON.parse(result.stdout);
    expect(stats.procedures).toBe(2);
    expect(stats.withinLimit).toEqual({ within: 1, over: 1, notComparable: 0 });
  });

  it("counts as over a procedure lint finds over a channel's shorter limit or a same-day limit", async () => {
    const result = await runCli(['stats', '--lang', 'vi', 'test/fixtures/stats-over-other-limits']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('online-over.yaml');
    expect(result.stderr).toContain('same-day-over.yaml');
    expect(result.stdout).toContain('Trong thời hạn: 1 · vượt thời hạn: 2 · không so được theo giờ làm việc');
    expect(result.stdout).toMatch(/\n {2}> 100% +█+ 2\n/);
    // Measured against the channel's limit, which it overruns, not the procedure's 8 days.
    expect(result.stdout).toMatch(
      /QT-ONLINE +dự phòng -2 ngày làm việc +tổng 7 \/ thời hạn 5 ngày làm việc \(trực tuyến\)/,
    );
  });

  it("lints with the catalog's config: a rule turned off there reports nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-stats-config-'));
    cpSync(join(ROOT, 'test/fixtures/stats-over'), dir, { recursive: true });
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  within-time-limit: "off"\n');
    const result = await runCli(['stats', '--lang', 'en', dir, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).withinLimit).toEqual({ within: 1, over: 1, notComparable: 0 });
  });

  it('leaves broken files out of the figures, lists them on stderr and exits 1', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'test/fixtures/broken', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).procedures).toBe(0);
    expect(result.stderr).toContain('Line 4 is indented with Tabs');
  });

  it('names as many least-slack procedures as --top says', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'procedures', '--format', 'json', '--top', ' 3 ']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).leastSlack.length).toBe(3);
  });

  // Each was read as something else: "abc", "0" and "" as 10, "-1" as 1; none is a count of procedures.
  it.each(['abc', '0', '-1', '', '1.5', '2x', '1e1'])(
    'refuses --top "%s" with exit 2, in both languages',
    async (top) => {
      expect(await runCli(['stats', '--lang', 'en', 'procedures', '--top', top])).toEqual({
        code: 2,
        stdout: '',
        stderr: `procmap: --top takes a whole number from 1, such as 10, not "${top}"\n`,
      });
      expect(await runCli(['stats', '--lang', 'vi', 'procedures', '--top', top])).toEqual({
        code: 2,
        stdout: '',
        stderr: `procmap: --top nhận một số nguyên từ 1 trở lên, ví dụ 10, không phải "${top}"\n`,
      });
    },
  );
});
