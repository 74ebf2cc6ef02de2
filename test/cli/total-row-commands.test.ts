import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A step table's total row pasted as a step, the file otherwise clean: "Tổng thời gian giải quyết" (id Tổng), and a
// Word table's bare "Cộng" (id B4). Counted as a step, it doubled the total (7 days read as 14).
const ROWS = [
  [
    'test/rules/fixtures/total-row/invalid-pasted-row.yaml',
    'Step "Tổng" ("Tổng thời gian giải quyết") is the total row',
  ],
  ['test/fixtures/total-row/cong-row.yaml', 'Step "B4" ("Cộng") is the total row'],
] as const;

describe('a pasted total row stops time, doc, flowchart and diff with the lint error', () => {
  it.each(ROWS)('time %s', async (file, said) => {
    const result = await runCli(['time', '--lang', 'en', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`25:9  error  ${said}`);
    expect(result.stderr).not.toContain('14 working days');
  });

  it.each(ROWS)('doc %s', async (file, said) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-total-doc-'));
    const result = await runCli(['doc', '--lang', 'en', '--format', 'md', '-o', out, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}:25:9: ${said}`);
    expect(existsSync(join(out, 'QT-CA-41.md'))).toBe(false);
  });

  it.each(ROWS)('flowchart %s', async (file, said) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-total-chart-'));
    const result = await runCli(['flowchart', '--lang', 'en', '--format', 'mmd', '-o', out, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`25:9  error  ${said}`);
    expect(existsSync(join(out, 'QT-CA-41.flowchart.mmd'))).toBe(false);
  });

  it('diff, which would read the row as a step added and the total doubled', async () => {
    const [file, said] = ROWS[0];
    const result = await runCli(['diff', '--lang', 'en', 'test/rules/fixtures/total-row/valid-procedure.yaml', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}:25:9: error ${said}`);
  });
});
