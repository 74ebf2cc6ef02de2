import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A procedure whose steps' ids are "Bước 1", "Bước 2", "Bước 3"; its Word document prints them 1, 2, 3.
const FIXTURE = join(ROOT, 'test/interchange/fixtures/step-ids-buoc/QT-CAPS-01.yaml');
// The same procedure, its steps' ids words (receive, review, approve).
const WORDS = join(ROOT, 'test/interchange/fixtures/step-ids-words/QT-WORDS-01.yaml');

/**
 * The procedure's Word document imported back over a copy of it, in `lang`; the copy's limit since changed to 16 days,
 * so that the file is written again (an unchanged file says nothing of its ids).
 */
async function reimported(lang: string) {
  const work = mkdtempSync(join(tmpdir(), 'procmap-step-ids-'));
  copyFileSync(FIXTURE, join(work, 'QT-CAPS-01.yaml'));
  const doc = await runCli(['doc', '--format', 'docx', '-o', 'docs', 'QT-CAPS-01.yaml'], { cwd: work });
  expect(doc.code).toBe(0);
  const file = join(work, 'QT-CAPS-01.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('time_limit: 15 ngày', 'time_limit: 16 ngày'));
  const run = await runCli(['import', '--lang', lang, '--force', 'docs/QT-CAPS-01.docx', '-o', '.'], { cwd: work });
  return { ...run, yaml: readFileSync(join(work, 'QT-CAPS-01.yaml'), 'utf8') };
}

describe('re-importing a document of steps "Bước 1", "Bước 2" says the ids are kept, not that procmap numbered them', () => {
  it('keeps the ids and says which, in place of "procmap numbered B1–B3"', async () => {
    const run = await reimported('en');
    expect(run.stdout).toBe(
      [
        'overwritten  QT-CAPS-01.yaml  ← docs/QT-CAPS-01.docx (Cấp giấy phép xây dựng)',
        "               the table prints the steps' numbers, not their ids: 3 steps keep the ids QT-CAPS-01.yaml gives them, matched by name (Bước 1, Bước 2, Bước 3), not the B1, B2… a new file would get",
        '               keys kept from QT-CAPS-01.yaml where the names are the same (bodies: 0, steps: 3)',
        '               changed: Time limit: 16 working days → 15 working days  -1 working day (-8 h)  shorter',
        '0 imported, 1 overwritten, 0 skipped',
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

  // Steps named receive, review, approve: re-importing their unchanged document said the ids line every time.
  it('says nothing of the ids when the file comes out unchanged', async () => {
    const work = mkdtempSync(join(tmpdir(), 'procmap-step-ids-'));
    copyFileSync(WORDS, join(work, 'QT-WORDS-01.yaml'));
    const before = readFileSync(WORDS, 'utf8');
    const doc = await runCli(['doc', '--format', 'docx', '-o', 'docs', 'QT-WORDS-01.yaml'], { cwd: work });
    expect(doc.code).toBe(0);
    for (const lang of ['en', 'vi']) {
      const run = await runCli(['import', '--lang', lang, 'docs/QT-WORDS-01.docx', '-o', '.'], { cwd: work });
      expect(run.stdout).not.toMatch(/receive|B1, B2/u);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const run = await runCli(['import', '--lang', 'en', 'docs/QT-WORDS-01.docx', '-o', '.'], { cwd: work });
    expect(run.stdout).toBe(
      [
        'unchanged    QT-WORDS-01.yaml  ← docs/QT-WORDS-01.docx (Cấp giấy phép xây dựng)',
        '               keys kept from QT-WORDS-01.yaml where the names are the same (bodies: 0, steps: 3)',
        '0 imported, 1 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(work, 'QT-WORDS-01.yaml'), 'utf8')).toBe(before);
  });
});
