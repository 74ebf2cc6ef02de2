import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// thu-tuc-hai-truong-hop.docx (make-word.mjs): the portal's table of ways of filing, "Trực tiếp" merged down over a
// row per case (03 days as a rule, 05 when the dossier must be verified). The import wrote two in-person channels,
// which `lint` passed and `time` read as one; a national record's cases are merged into one channel (record-cases.ts).
const F = 'test/interchange/fixtures/thu-tuc-hai-truong-hop.docx';

describe('procmap import: a way of filing given a row per case in a Word table', () => {
  it('is one channel, the usual case’s limit with the other case’s after it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-channel-cases-'));
    const run = await runCli(['import', '--lang', 'en', join(ROOT, F), '-o', out, '--effective', '01/07/2025']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT')).toBe(
      `imported     OUT/1.001193.yaml  ← ${F} (1.001193)\n` +
        "               2 draft steps from the public sequence: write each one's body and duration\n" +
        '1 imported, 0 skipped\n',
    );
    const procedure = parse(readFileSync(join(out, '1.001193.yaml'), 'utf8')) as Record<string, unknown>;
    expect(procedure.time_limit).toBe('03 ngày làm việc');
    expect(procedure.channels).toEqual([
      {
        kind: 'in_person',
        note: 'Trường hợp thông thường',
        time_limit: '03 Ngày làm việc (Trường hợp cần xác minh: 05 Ngày làm việc)',
        fee: 'Lệ phí : 0 Đồng',
      },
      { kind: 'online', note: 'Nộp trực tuyến', fee: 'Lệ phí : 0 Đồng' },
    ]);
  });
});
