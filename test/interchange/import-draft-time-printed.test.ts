import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// procmap prints a draft step's time as "chưa xác định"; imported back, that cell was read as a time procmap could not
// read and kept in the step's description ("Thời gian ghi trong bảng: chưa xác định"), one line more on every
// doc → import cycle. The fixtures: 1.004873.yaml, a national record imported as draft steps, and 1.004873.docx, its
// `procmap doc -f docx`; QT-HT-05.yaml, a file earlier cycles had grown, and QT-HT-05.docx, printed from it.
const DIR = join(ROOT, 'test/interchange/fixtures/draft-time-printed');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-draft-time-'));

describe("procmap import: procmap's own wording of a draft step's time", () => {
  it.each([['1.004873'], ['QT-HT-05']])('reads %s.docx, printed from the file, back unchanged', async (name) => {
    const out = fresh();
    copyFileSync(join(DIR, `${name}.yaml`), join(out, `${name}.yaml`));
    const before = readFileSync(join(out, `${name}.yaml`), 'utf8');
    const run = await runCli(['import', '--lang', 'en', join(DIR, `${name}.docx`), '-o', out, '--force']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^unchanged {4}/u);
    expect(run.stdout).not.toContain('Thời gian ghi trong bảng');
    expect(run.stdout).toMatch(/\n0 imported, 1 unchanged, 0 skipped\n$/u);
    expect(readFileSync(join(out, `${name}.yaml`), 'utf8')).toBe(before);
  });

  it('writes a draft step read afresh without a description of its time', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, '1.004873.docx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const text = readFileSync(join(out, '1.004873.yaml'), 'utf8');
    expect(text).toContain('    duration: 0h\n    draft: true\n');
    expect(text).not.toContain('chưa xác định');
  });
});
