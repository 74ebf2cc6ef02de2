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
});
