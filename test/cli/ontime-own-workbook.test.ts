import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/ontime/date-receipt';
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026'];

describe('procmap ontime, its own workbook read back', () => {
  it('reads the dossier sheet by its headers ("Thủ tục", "Tiếp nhận", "Có kết quả") without --map', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'bao-cao.xlsx');
    const written = await runCli(['ontime', `${DIR}/dossiers.csv`, ...RUN, '--format', 'xlsx', '-o', out]);
    expect(written.code).toBe(0);
    // The report lists D6 and D9, both late; read back, they are the dossiers and keep their verdicts.
    const again = await runCli(['ontime', out, ...RUN, '--lang', 'vi']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Hồ sơ: 2\n');
    expect(again.stdout).toContain('Đã giải quyết: 2 (trước hạn 0, đúng hạn 0, quá hạn 2)\n');
    expect(again.stdout).toContain(' D6 TNNC · quá hạn · tiếp nhận T4 01/07/2026 ·');
  });
});
