import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// thu-tuc-cong-dich-vu-cong.docx (make-word.mjs): a procedure copied from the national portal into Word, its limit
// stated only in the table of ways of filing ("Hình thức nộp | Thời hạn giải quyết | …": 03 days in person, 02
// online), as the portal's page has it. The import refused it, "no time limit found", and read each dossier name with
// the list dash it is pasted with ("- Giấy chứng sinh"), its counts as one text ("Bản chính: 1 Bản sao: 0").
const F = 'test/interchange/fixtures/thu-tuc-cong-dich-vu-cong.docx';

describe('procmap import: a procedure copied from the national portal into Word', () => {
  it('takes the limit from the table of ways of filing, each way its own, the dossier names without their dash, their counts read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-portal-copy-'));
    const run = await runCli(['import', '--lang', 'en', join(ROOT, F), '-o', out, '--effective', '01/07/2025']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT')).toBe(
      `imported     OUT/1.001193.yaml  ← ${F} (1.001193)\n` +
        "               3 draft steps from the public sequence: write each one's body and duration\n" +
        '1 imported, 0 skipped\n',
    );
    const procedure = parse(readFileSync(join(out, '1.001193.yaml'), 'utf8')) as Record<string, unknown>;
    expect(procedure.time_limit).toBe('03 ngày làm việc');
    expect(procedure.channels).toEqual([
      { kind: 'in_person', note: 'Nộp trực tiếp', fee: 'Lệ phí : 0 Đồng' },
      { kind: 'online', note: 'Nộp trực tuyến', time_limit: '02 Ngày làm việc', fee: 'Lệ phí : 0 Đồng' },
    ]);
    expect(procedure.dossier).toEqual([
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', originals: 1, copies: 0, form: 'Tờ khai.docx' },
      { name: 'Giấy chứng sinh', originals: 1, copies: 0 },
    ]);
  });
});
