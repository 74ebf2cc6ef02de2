import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procmapAsync, ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';

// One Chromium for the file, lent to every in-process run.
const browsers = shareBrowser();

// Attacks found while hardening issue 14, tried as a hostile contributor or a broken CI cache would: each one lost a
// file, hung or crashed procmap before its fix.
const work = mkdtempSync(join(tmpdir(), 'procmap-attacks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// A spawned run is killed after this long: it only catches a hang (a read of /dev/zero or a FIFO never ends), never
// measures speed, which a shared CI machine under load does not keep; the tests' own timeouts leave room for it.
const quick = { timeout: 120_000 };
const hangCaught = { timeout: 180_000 };

function catalog(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/site/xa/cap-ban-sao-trich-luc-ho-tich.yaml'), join(dir, 'trich-luc.yaml'));
  return dir;
}

describe.concurrent('attacks on the build folder', () => {
  // One site built for these tests (in-process: building is not what is attacked); each attack works on its own copy.
  const cat = catalog('catalog');
  const built = join(work, 'built');
  beforeAll(async () => {
    const result = await runCli(['build', cat, '-o', built, '--no-pdf'], { browsers });
    expect(result.code, result.stderr).toBe(0);
  }, 240_000);
  const siteCopy = (name: string) => {
    const site = join(work, name, 'site');
    cpSync(built, site, { recursive: true });
    return site;
  };

  it('a procedure folder turned into a link does not lead stale removal outside the site', async () => {
    const site = siteCopy('folder-link');
    const victim = join(work, 'folder-link', 'victim');
    mkdirSync(victim);
    writeFileSync(join(victim, 'index.html'), 'precious');
    symlinkSync(victim, join(site, 'p', 'QT-GONE'));
    const manifest = JSON.parse(readFileSync(join(site, '.procmap-build.json'), 'utf8')) as {
      entries: Record<string, unknown>;
    };
    manifest.entries['QT-GONE'] = { key: 'b'.repeat(64), outputs: ['p/QT-GONE/index.html'] };
    writeFileSync(join(site, '.procmap-build.json'), JSON.stringify(manifest));
    const result = await runCli(['build', cat, '-o', site, '--no-pdf'], { browsers });
    // Nothing removed through the link, and said: the page it leads to is still served at p/QT-GONE/ (exit 2, as a
    // file the build had to leave); before, exit 0 and "1 đã xóa".
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `procmap: quy trình ở "${join(site, 'p', 'QT-GONE')}" không còn trong bộ quy trình, nhưng thư mục đó là một liên kết tượng trưng`,
    );
    expect(result.stdout).toMatch(/, 0 đã xóa \(/);
    expect(readFileSync(join(victim, 'index.html'), 'utf8')).toBe('precious');
  }, 240_000);

  // Spawned, with a time limit: a build that read /dev/zero would never end, and in this process could not be stopped.
  // The attack was the hang (the lock read without a limit). The build then took the link over as a stale lock and
  // removed it; procmap's lock is a regular file of its own, and procmap removes only what it can prove it wrote, so the
  // link is now refused, as a folder there is: said at once, nothing read through it, the link left for the user.
  it(
    'a lock that is a link to /dev/zero neither hangs the build nor is removed: it is refused',
    hangCaught,
    async () => {
      const site = siteCopy('lock-zero');
      symlinkSync('/dev/zero', join(site, '.procmap-build.lock'));
      const result = await procmapAsync(['build', cat, '-o', site, '--no-pdf', '--lang', 'en'], quick);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `procmap: Cannot lock "${site}" for writing: "${join(site, '.procmap-build.lock')}" is a symbolic link, at the name of procmap's lock file, which procmap did not make; remove the link, then run again\n`,
      );
      expect(readlinkSync(join(site, '.procmap-build.lock'))).toBe('/dev/zero');
      expect(existsSync('/dev/zero')).toBe(true);
    },
  );

  it('a manifest that is a link to /dev/zero is not read, and is not written through', hangCaught, async () => {
    const site = siteCopy('manifest-zero');
    rmSync(join(site, '.procmap-build.json'));
    symlinkSync('/dev/zero', join(site, '.procmap-build.json'));
    const result = await procmapAsync(['build', cat, '-o', site, '--no-pdf', '--lang', 'en'], quick);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `procmap: Refusing to write "${join(site, '.procmap-build.json')}": it is a symbolic link`,
    );
  });

  it('a lint cache that is a link to /dev/zero is not read, and is not written through', hangCaught, async () => {
    const site = siteCopy('lint-cache-zero');
    rmSync(join(site, '.procmap-build-lint.json'), { force: true });
    symlinkSync('/dev/zero', join(site, '.procmap-build-lint.json'));
    const result = await procmapAsync(['build', cat, '-o', site, '--no-pdf', '--title', 'Khác'], quick);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `procmap: Không ghi "${join(site, '.procmap-build-lint.json')}": đó là một liên kết tượng trưng, và procmap không bao giờ ghi qua liên kết không do nó tạo (hãy xóa liên kết)\n`,
    );
    // Refused before rendering: the new title is on no page.
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toContain('Khác');
  });
});

describe.concurrent('attacks on the other commands', () => {
  it('diff does not read a catalog link to /dev/zero', hangCaught, async () => {
    const base = catalog('diff-base');
    const revision = catalog('diff-revision');
    symlinkSync('/dev/zero', join(revision, 'zero.yaml'));
    const result = await procmapAsync(['diff', base, revision, '--lang', 'en'], quick);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('zero.yaml: Not a regular file');
  });

  it('a FIFO named as --config does not hang', hangCaught, async () => {
    const fifo = join(work, 'config.fifo');
    execFileSync('mkfifo', [fifo]);
    const result = await procmapAsync(['lint', catalog('fifo'), '--config', fifo, '--lang', 'en'], quick);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^procmap: Cannot read configuration file ".*config\.fifo": Not a regular file/);
  });
});
