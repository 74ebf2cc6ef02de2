import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';

// A clean procedure; each copy gets an id of its own, so that only the names are in question.
const SOURCE = readFileSync(join(ROOT, 'test/fixtures/d-id/dang-ky-kinh-doanh.yaml'), 'utf8');
const [NFC, NFD] = ['Chứng thực.yaml'.normalize('NFC'), 'Chứng thực.yaml'.normalize('NFD')];

/** The warning other commands give on the two names, each name written as `prefix` + name. */
function note(prefix: string): string {
  return `procmap: warning: files whose names look the same, differing only in how their letters are encoded: "${prefix}${NFD}", written decomposed (NFD, as macOS writes file names); "${prefix}${NFC}", written precomposed (NFC). On macOS the names are one file: rename or remove all but one of them\n`;
}

// Made at run time, not kept as fixtures: a checkout on macOS would make the two files one.
describe('procmap diff of a catalog holding two names that differ only in how their letters are encoded', () => {
  let repo: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'procmap-diff-look-alike-'));
    git(['init', '-q', '-b', 'main'], repo);
    writeFileSync(join(repo, NFC), SOURCE.replace('id: QT-ĐKKD-01', 'id: QT-CT-01'));
    writeFileSync(join(repo, NFD), SOURCE.replace('id: QT-ĐKKD-01', 'id: QT-CT-02'));
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'hai tên'], repo, '2026-09-01T09:00:00+07:00');
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('warns of the names at the revision and in the working tree, as other commands do, and goes on', async () => {
    const run = await runCli(['diff', '--lang', 'en', 'HEAD:.', '.'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No changes\n');
    expect(run.stderr).toBe(note('HEAD:') + note(''));
  });

  it('warns with --since too, and once of a folder given as both sides', async () => {
    const since = await runCli(['diff', '--lang', 'en', '--since', 'HEAD'], { cwd: repo });
    expect(since.code).toBe(0);
    expect(since.stderr).toBe(note('HEAD:') + note(''));
    const twice = await runCli(['diff', '--lang', 'en', '.', '.'], { cwd: repo });
    expect(twice.code).toBe(0);
    expect(twice.stderr).toBe(note(''));
  });
});
