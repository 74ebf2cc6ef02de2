import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Officers' first drafts (probe drafts64) that procmap read otherwise than meant, without a word.
const DIR = join(ROOT, 'test/cli/fixtures/officer-drafts');

describe("officers' first drafts (CLI)", () => {
  it('asks whether a step of "72 giờ" is working hours or hours on the clock, with what to write for each', async () => {
    const result = await runCli(['lint', join(DIR, 'step-72-gio.yaml'), '--lang', 'vi']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '  10:15  cảnh báo  Bước B1: "72 giờ" đang được tính là 72 giờ làm việc (9 ngày làm việc); "72 giờ" có thể là giờ tính liên tục (3 ngày). Nếu là giờ làm việc, hãy ghi "72 giờ làm việc"; nếu là giờ liên tục, hãy ghi "3 ngày lịch"  ambiguous-hours\n',
    );
  });

  it('prints a fee typed "50k" as 50.000 đồng in the document', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-drafts-fee-'));
    const result = await runCli(['doc', join(DIR, 'fee-50k.yaml'), '-o', out, '-f', 'md']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const doc = readFileSync(join(out, 'QT-TP-14.md'), 'utf8');
    expect(doc).toContain('| Trực tuyến | 10 ngày làm việc | 50.000 đồng |  |\n');
    expect(doc).not.toContain('50k');
  });
});
