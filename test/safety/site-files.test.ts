import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';
import { copyOf, workFolder } from './helpers.js';

// One Chromium for the file, lent to every in-process run.
const browsers = shareBrowser();

// The sitemap and the on-time page are written only by some builds (a site address, dossier exports): the manifest
// lists them, so that a later build without them removes them, and nothing else of that name. One site is built
// for the file; each test changes its own copy of the catalog and the site.
const work = workFolder('site-files');
const built = { catalog: join(work, 'catalog'), site: join(work, 'site') };
const CSV = join(ROOT, 'test/fixtures/ontime/ho-so.csv');

interface Copy {
  dir: string;
  catalog: string;
  site: string;
  config: string;
  manifest: string;
}

/** A test's own copy of the catalog (with its procmap.config.yaml) and of the site built from it. */
function copyOfBuild(name: string): Copy {
  const dir = join(work, name);
  const catalog = copyOf(built.catalog, join(dir, 'catalog'));
  const site = copyOf(built.site, join(dir, 'site'));
  return {
    dir,
    catalog,
    site,
    config: join(catalog, 'procmap.config.yaml'),
    manifest: join(site, '.procmap-build.json'),
  };
}

const build = (copy: { catalog: string; site: string }, ...extra: string[]) =>
  runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf', '--lang', 'en', ...extra], { browsers });
const manifestSite = (site: string) =>
  (JSON.parse(readFileSync(join(site, '.procmap-build.json'), 'utf8')) as { site?: string[] }).site;

beforeAll(async () => {
  copyOf(join(ROOT, 'test/fixtures/ontime/catalog'), built.catalog);
  writeFileSync(join(built.catalog, 'procmap.config.yaml'), 'site:\n  url: https://dichvucong.example.vn/quy-trinh/\n');
  const first = await build(built, '--dossiers', CSV);
  expect(first.code, first.stderr).toBe(0);
}, 240_000);

describe('site-wide files a later build does not write', () => {
  it('are listed in the manifest when written', () => {
    expect(existsSync(join(built.site, 'sitemap.xml'))).toBe(true);
    expect(existsSync(join(built.site, 'ontime.html'))).toBe(true);
    expect(manifestSite(built.site)).toEqual(['sitemap.xml', 'ontime.html']);
  });

  it('removes the on-time page when a build drops --dossiers, and the sitemap when the site address goes', async () => {
    const copy = copyOfBuild('dropped');
    const withoutDossiers = await build(copy);
    expect(withoutDossiers.code, withoutDossiers.stderr).toBe(0);
    expect(withoutDossiers.stdout).toMatch(/0 rendered, 3 up to date, 0 removed/);
    expect(existsSync(join(copy.site, 'ontime.html'))).toBe(false);
    expect(existsSync(join(copy.site, 'sitemap.xml'))).toBe(true);
    expect(manifestSite(copy.site)).toEqual(['sitemap.xml']);
    writeFileSync(copy.config, 'site: {}\n');
    const withoutAddress = await build(copy);
    expect(withoutAddress.code, withoutAddress.stderr).toBe(0);
    expect(existsSync(join(copy.site, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(copy.site, 'index.html'))).toBe(true);
    expect(manifestSite(copy.site)).toEqual([]);
  }, 240_000);

  it('never removes a sitemap that no manifest of procmap lists (an older build, or the user’s own)', async () => {
    const copy = copyOfBuild('unlisted');
    // No site address: this build writes no sitemap of its own, so the one there is the user's.
    writeFileSync(copy.config, 'site: {}\n');
    writeFileSync(join(copy.site, 'sitemap.xml'), 'mine');
    const manifest = JSON.parse(readFileSync(copy.manifest, 'utf8')) as Record<string, unknown>;
    delete manifest.site;
    writeFileSync(copy.manifest, JSON.stringify(manifest));
    const result = await build(copy);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(join(copy.site, 'sitemap.xml'), 'utf8')).toBe('mine');
  }, 240_000);

  it('treats a manifest that lists any other site-wide file as damaged, and deletes nothing', async () => {
    const copy = copyOfBuild('damaged');
    writeFileSync(join(copy.site, 'notes.txt'), 'mine');
    const manifest = JSON.parse(readFileSync(copy.manifest, 'utf8')) as Record<string, unknown>;
    writeFileSync(copy.manifest, JSON.stringify({ ...manifest, site: ['notes.txt', '../victim.txt'] }));
    writeFileSync(join(copy.dir, 'victim.txt'), 'precious');
    const result = await build(copy);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('is damaged; every procedure is rendered again');
    expect(readFileSync(join(copy.site, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(copy.dir, 'victim.txt'), 'utf8')).toBe('precious');
  }, 240_000);
});

describe('a site address that names a page', () => {
  it('links the sitemap under its folder, and says so with what to write', async () => {
    const copy = copyOfBuild('page-address');
    writeFileSync(copy.config, 'site:\n  url: "https://dichvucong.example.vn/quy-trinh/index.html"\n');
    const result = await build(copy);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `procmap: note: site.url "https://dichvucong.example.vn/quy-trinh/index.html" (${copy.config}) is the address of a page; QR codes and sitemap.xml use its folder, https://dichvucong.example.vn/quy-trinh/ — write that as site.url\n`,
    );
    const xml = readFileSync(join(copy.site, 'sitemap.xml'), 'utf8');
    expect(xml).not.toContain('index.html/');
    expect(xml).toContain('<loc>https://dichvucong.example.vn/quy-trinh/summary.html</loc>');
    const again = await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf', '--lang', 'vi'], { browsers });
    expect(again.stderr).toBe(
      `procmap: lưu ý: site.url "https://dichvucong.example.vn/quy-trinh/index.html" (${copy.config}) là địa chỉ một trang; mã QR và sitemap.xml dùng thư mục của trang đó, https://dichvucong.example.vn/quy-trinh/ — hãy ghi địa chỉ này vào site.url\n`,
    );
  }, 240_000);
});
