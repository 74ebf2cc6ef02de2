import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DRAFT = join(ROOT, 'test/lenient/fixtures/accepted-draft.yaml');
const NO_LANG = { PROCMAP_LANG: undefined };

/** A catalog with one procedure and its configuration written under another tool's kind of name. */
function catalog(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-misnamed-'));
  mkdirSync(join(dir, 'procedures'));
  cpSync(DRAFT, join(dir, 'procedures', 'draft.yaml'));
  writeFileSync(join(dir, name), 'lang: en\nrules:\n  unused-body: off\n');
  return dir;
}

describe('a configuration under another name than procmap.config.yaml', () => {
  it('stops the run with the command that renames it (procmap.yaml was linted as a procedure missing its id)', async () => {
    const dir = catalog('procmap.yaml');
    const result = await runCli(['lint'], { cwd: dir, env: NO_LANG });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Tệp "procmap.yaml" không được đọc: procmap chỉ đọc cấu hình từ tệp procmap.config.yaml. Hãy đổi tên tệp (git mv "procmap.yaml" "procmap.config.yaml")\n',
    });
    expect(readFileSync(join(dir, 'procmap.yaml'), 'utf8')).toBe('lang: en\nrules:\n  unused-body: off\n');
  });

  it('is said alone, not first noted as a hidden procedure file (.procmaprc.yaml was passed over in silence)', async () => {
    const dir = catalog('.procmaprc.yaml');
    const result = await runCli(['lint', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: ".procmaprc.yaml" is not read: procmap reads its configuration only from procmap.config.yaml. Rename it (git mv ".procmaprc.yaml" "procmap.config.yaml")\n',
    });
    const time = await runCli(['time', 'procedures', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect([time.code, time.stdout]).toEqual([2, '']);
  });

  it('is no matter beside procmap.config.yaml, which is read', async () => {
    const dir = catalog('procmap.yaml');
    writeFileSync(join(dir, 'procmap.config.yaml'), 'lang: en\n');
    const result = await runCli(['lint', 'procedures'], { cwd: dir, env: NO_LANG });
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '', '✔ 1 file checked, no problems\n']);
  });
});
