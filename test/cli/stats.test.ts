import { describe, expect, it } from 'vitest';
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

  it('leaves broken files out of the figures, lists them on stderr and exits 1', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'test/fixtures/broken', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).procedures).toBe(0);
    expect(result.stderr).toContain('Tabs are not allowed as indentation');
  });
});
