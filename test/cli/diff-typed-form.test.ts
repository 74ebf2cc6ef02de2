import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

const FILE = fileURLToPath(new URL('../diff/catalog/base/xa/trich-luc-khai-tu.yaml', import.meta.url));
// "Trích lục.yaml" committed precomposed (NFC), as Windows and Linux save it, and typed decomposed (NFD), as a macOS
// keyboard gives it: the same letters to the officer, another name to git.
const NFC = 'Trích lục.yaml';
const NFD = NFC.normalize('NFD');

describe('procmap diff REV:PATH typed in another Unicode form than the revision spells it', () => {
  let repo: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'procmap-diff-form-'));
    git(['init', '-q', '-b', 'main'], repo);
    mkdirSync(join(repo, 'procedures'));
    cpSync(FILE, join(repo, 'procedures', NFC));
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'ban hành'], repo, '2026-09-01T09:00:00+07:00');
    const path = join(repo, 'procedures', NFC);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^time_limit: 3d$/m, 'time_limit: 4d'));
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reads the revision under the name it has, as the working tree is read', async () => {
    // Before: 'Path "procedures/Trích lục.yaml" does not exist at revision "HEAD"', naming the very file it has.
    const typed = await runCli(['diff', '--lang', 'en', `HEAD:procedures/${NFD}`, `procedures/${NFD}`], { cwd: repo });
    const exact = await runCli(['diff', '--lang', 'en', `HEAD:procedures/${NFC}`, `procedures/${NFC}`], { cwd: repo });
    expect([typed.code, typed.stderr]).toEqual([0, '']);
    expect(exact.stdout).toContain('3 working days → 4 working days');
    expect(typed.stdout).toBe(exact.stdout);
  });

  it('reads a file deleted since, named in another form with --since, as removed', async () => {
    const path = join(repo, 'procedures', NFC);
    const kept = readFileSync(path);
    rmSync(path);
    try {
      // Before: 'Path "procedures/Trích lục.yaml" does not exist at revision "HEAD"'.
      const run = await runCli(['diff', '--lang', 'en', '--since', 'HEAD', `procedures/${NFD}`], { cwd: repo });
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toContain('Procedure removed');
    } finally {
      writeFileSync(path, kept);
    }
  });

  it('refuses a path the revision holds under two spellings, naming each', async () => {
    const two = mkdtempSync(join(tmpdir(), 'procmap-diff-forms-'));
    try {
      git(['init', '-q', '-b', 'main'], two);
      mkdirSync(join(two, 'procedures'));
      cpSync(FILE, join(two, 'procedures', NFC));
      cpSync(FILE, join(two, 'procedures', NFD));
      git(['add', '-A'], two);
      git(['commit', '-q', '-m', 'hai tên'], two, '2026-09-01T09:00:00+07:00');
      rmSync(join(two, 'procedures', NFD));
      // Neither of the two: its first word precomposed, its second decomposed.
      const mixed = `procedures/Trích ${'lục.yaml'.normalize('NFD')}`;
      const run = await runCli(['diff', '--lang', 'en', `HEAD:${mixed}`, `procedures/${NFC}`], { cwd: two });
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toContain('is at revision "HEAD" under 2 names with the same letters encoded otherwise');
      expect(run.stderr).toContain('git ls-tree -r --name-only HEAD');
    } finally {
      rmSync(two, { recursive: true, force: true });
    }
  });
});
