import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { catalogOf, workFolder } from './helpers.js';

// Issue 14, items 1, 2 and 6: a build deletes only what it wrote and can prove it wrote, and one build at a time.
const work = workFolder('manifest');
const catalog = catalogOf(join(work, 'catalog'), 'xa/chung-thuc-ban-sao.yaml');
const site = join(work, 'site');
const manifestPath = join(site, '.procmap-build.json');
const KEY = 'a'.repeat(64);

function setManifest(extra: Record<string, unknown>): void {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { entries: Record<string, unknown> };
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, entries: { ...manifest.entries, ...extra } }));
}

beforeAll(async () => {
  const first = await runCli(['build', catalog, '-o', site, '--no-pdf']);
  expect(first.code, first.stderr).toBe(0);
  // A pristine manifest to restore between tests.
  writeFileSync(join(work, 'manifest.json'), readFileSync(manifestPath));
}, 240_000);

const restore = () => writeFileSync(manifestPath, readFileSync(join(work, 'manifest.json')));

describe('build trusts only what it can prove it wrote', () => {
  it('never deletes a file outside the site that a tampered manifest names', async () => {
    mkdirSync(join(work, 'victim'), { recursive: true });
    writeFileSync(join(work, 'victim', 'precious.txt'), 'precious');
    setManifest({ 'QT-GONE': { key: KEY, outputs: ['../victim/precious.txt', '/etc/hostname'] } });
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(work, 'victim', 'precious.txt'), 'utf8')).toBe('precious');
    expect(result.stderr).toContain('is damaged; every procedure is rendered again');
    expect(result.stdout).toMatch(/1 rendered, 0 up to date, 0 removed/);
    restore();
  }, 240_000);

  it('never deletes a file of the site that procmap does not write for that procedure', async () => {
    writeFileSync(join(site, 'notes.txt'), 'mine');
    setManifest({ 'QT-GONE': { key: KEY, outputs: ['notes.txt'] } });
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(site, 'notes.txt'), 'utf8')).toBe('mine');
    restore();
  }, 240_000);

  it.each([
    ['an entry that is null', () => setManifest({ 'QT-X': null })],
    [
      'outputs that are not a list, and cut-off JSON',
      () => writeFileSync(manifestPath, '{"version":1,"entries":{"QT-X":{"outputs":"p"}'),
    ],
  ])(
    'rebuilds everything, without crashing, from a manifest with %s',
    async (_name, damage) => {
      damage();
      const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en']);
      expect(result.stderr).not.toContain('internal error');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/1 rendered, 0 up to date/);
      restore();
    },
    240_000,
  );

  it('leaves an output name that is a folder (with a user file in it) alone', async () => {
    mkdirSync(join(site, 'p', 'QT-GONE', 'index.html'), { recursive: true });
    writeFileSync(join(site, 'p', 'QT-GONE', 'index.html', 'keep.txt'), 'keep');
    setManifest({ 'QT-GONE': { key: KEY, outputs: ['p/QT-GONE/index.html'] } });
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf']);
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(0);
    expect(readFileSync(join(site, 'p', 'QT-GONE', 'index.html', 'keep.txt'), 'utf8')).toBe('keep');
    restore();
  });

  it("leaves a user's files that merely look like interrupted writes", async () => {
    mkdirSync(join(site, 'backups'), { recursive: true });
    const mine = [
      join(site, 'backups', 'accounts.json.20240101'),
      join(site, 'thesis.pdf.1'),
      join(site, 'p', 'QT-CT-01', 'index.html.2'),
    ];
    for (const file of mine) writeFileSync(file, 'mine');
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf']);
    expect(result.code).toBe(0);
    for (const file of mine) expect(existsSync(file)).toBe(true);
  });

  it('removes a temporary file a killed build left, but never a live build’s', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    const abandoned = join(site, `.index.html.procmap-tmp-${dead}-0123abcd`);
    const live = join(site, `.summary.html.procmap-tmp-${process.pid}-0123abcd`);
    writeFileSync(abandoned, 'half');
    writeFileSync(live, 'half');
    expect((await runCli(['build', catalog, '-o', site, '--no-pdf'])).code).toBe(0);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});

describe('one build at a time into a folder', () => {
  it('exits 2 with a clear message while another build holds the folder', async () => {
    // This test runner is a live process: its id in the lock stands for a running build.
    writeFileSync(join(site, '.procmap-build.lock'), `${process.pid}\n`);
    const before = readdirSync(site).sort();
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: Another procmap build (process ${process.pid}) is writing into "${site}"; run this one when it has finished (if no build is running, delete ${join(site, '.procmap-build.lock')})\n`,
    );
    expect(readdirSync(site).sort()).toEqual(before);
  });

  it('takes over the lock of a build that is no longer running, and releases it', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    writeFileSync(join(site, '.procmap-build.lock'), `${dead}\n`);
    expect((await runCli(['build', catalog, '-o', site, '--no-pdf'])).code).toBe(0);
    expect(existsSync(join(site, '.procmap-build.lock'))).toBe(false);
  });
});
