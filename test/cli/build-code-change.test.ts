import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, type RunResult } from '../helpers/cli.js';

// A procmap installed from git, then updated to a commit that changes the site's look but not package.json's version:
// the site's style sheet and the ISO page's links bar are in the code, not in templates/, so a build that keyed its
// pages on the version and the templates kept the old look.
const work = mkdtempSync(join(tmpdir(), 'procmap-code-change-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const install = join(work, 'procmap');
for (const part of ['bin', 'dist', 'scripts', 'templates', 'schemas', 'package.json'])
  cpSync(join(ROOT, part), join(install, part), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'));

const catalog = join(work, 'catalog');
mkdirSync(catalog);
cpSync(join(ROOT, 'test', 'fixtures', 'site', 'xa', 'dang-ky-ket-hon.yaml'), join(catalog, 'dang-ky-ket-hon.yaml'));
const site = join(work, 'site');

function build(): RunResult {
  const result = spawnSync(
    process.execPath,
    [join(install, 'bin', 'procmap.js'), 'build', catalog, '-o', site, '--no-pdf'],
    {
      cwd: work,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      encoding: 'utf8',
      timeout: 120_000,
      killSignal: 'SIGKILL',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The module `file` of dist/ with `from` (found exactly once) written `to`, and the bundles made again from dist/. */
function patchCode(file: string, from: string, to: string): void {
  const path = join(install, 'dist', file);
  const text = readFileSync(path, 'utf8');
  expect(text.split(from)).toHaveLength(2);
  writeFileSync(path, text.replace(from, to));
}

function bundle(): void {
  const made = spawnSync(process.execPath, [join(install, 'scripts', 'bundle.mjs')], {
    cwd: install,
    encoding: 'utf8',
  });
  expect(made.stderr).toBe('');
  expect(made.status).toBe(0);
  // The bundle knows its code by the digest written in it (src/node/code-fingerprint.ts), not by hashing itself.
  expect(readFileSync(join(install, 'dist', 'bundle', 'main.cjs'), 'latin1')).not.toContain(
    'the-bundle-digest-that-scripts/bundle.mjs-writes-here',
  );
}

const page = (path: string) => readFileSync(join(site, path), 'utf8');

describe('build after procmap itself changed within one version', () => {
  it("renders every page again when only the site's styles changed, and nothing on the next build", () => {
    const first = build();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/: 1 tạo mới, 0 không đổi, 0 đã xóa/);
    expect(build().stdout).toMatch(/: 0 tạo mới, 1 không đổi, 0 đã xóa/);
    // The site's accent (index, summary, citizen pages) and the ISO page's links bar, each one colour step away.
    patchCode('render/site/page.js', '--accent: #0b5cad;', '--accent: #0b5cae;');
    patchCode(
      'render/site/procedure-page.js',
      'site-nav" style="background:#0b3d6e',
      'site-nav" style="background:#0b3d6f',
    );
    bundle();
    const changed = build();
    expect(changed.stderr).toBe('');
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/: 1 tạo mới, 0 không đổi, 0 đã xóa/);
    for (const path of ['index.html', 'summary.html', '404.html', 'p/QT-HT-02/citizen.html'])
      expect(page(path)).toContain('--accent: #0b5cae;');
    expect(page('p/QT-HT-02/index.html')).toContain('background:#0b3d6f');
    // Nothing changed since: the warm build still skips.
    const again = build();
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/: 0 tạo mới, 1 không đổi, 0 đã xóa/);
  }, 240_000);
});
