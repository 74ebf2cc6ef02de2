import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A procedure whose steps' ids are "Bước 1", "Bước 2", "Bước 3"; its Word document prints them 1, 2, 3.
const FIXTURE = join(ROOT, 'test/interchange/fixtures/step-ids-buoc/QT-CAPS-01.yaml');

/** The procedure's Word document imported back over a copy of it, in `lang`. */
async function reimported(lang: string) {
  const work = mkdtempSync(join(tmpdir(), 'procmap-step-ids-'));
  copyFileSync(FIXTURE, join(work, 'QT-CAPS-01.yaml'));
  const doc = await runCli(['doc', '--format', 'docx', '-o', 'docs', 'QT-CAPS-01.yaml'], { cwd: work });
  expect(doc.code).toBe(0);
  const run = await runCli(['import', '--lang', lang, '--force', 'docs/QT-CAPS-01.docx', '-o', '.'], { cwd: work });
  return { ...run, yaml: readFileSync(join(work, 'QT-CAPS-01.yaml'), 'utf8') };
}

describe('re-importing a document of steps "Bước 1", "Bước 2" says the ids are kept, not that procmap numbered them', () => {
  it('keeps the ids and says which, in place of "procmap numbered B1–B3"', async () => {
    const run = await reimported('en');
    expect(run.stdout).toBe(
      [
        'unchanged    QT-CAPS-01.yaml  ← docs/QT-CAPS-01.docx (Cấp giấy phép xây dựng)',
        "               the table prints the steps' numbers, not their ids: 3 steps keep the ids QT-CAPS-01.yaml gives them, matched by name (Bước 1, Bước 2, Bước 3), not the B1, B2… a new file would get",
        '               keys kept from QT-CAPS-01.yaml where the names are the same (bodies: 0, steps: 3)',
        '0 imported, 1 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.yaml).toContain('  - id: Bước 1\n');
    expect(run.yaml).not.toContain('id: B1');
  });

  it('says it in Vietnamese', async () => {
    const run = await reimported('vi');
    expect(run.stdout).toContain(
      'bảng chỉ in số thứ tự của các bước, không in mã bước: 3 bước giữ mã đã có trong QT-CAPS-01.yaml, ghép theo tên bước (Bước 1, Bước 2, Bước 3), không lấy mã B1, B2… như tệp mới\n',
    );
    expect(run.stdout).not.toContain('procmap đã đánh số');
  });
});
