import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { procmap, ROOT } from '../helpers/cli.js';
import { workFolder } from './helpers.js';

// The sitemap and the on-time page are written only by some builds (a site address, dossier exports): the manifest
// lists them, so that a later build without them removes them, and nothing else of that name.
const work = workFolder('site-files');
const catalog = join(work, 'catalog');
const site = join(work, 'site');
const manifestPath = join(site, '.procmap-build.json');
const CSV = join(ROOT, 'test/fixtures/ontime/ho-so.csv');
const config = join(catalog, 'procmap.config.yaml');

const build = (...extra: string[]) => procmap(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en', ...extra]);
const manifestSite = () => (JSON.parse(readFileSync(manifestPath, 'utf8')) as { site?: string[] }).site;

beforeAll(() => {
  cpSync(join(ROOT, 'test/fixtures/ontime/catalog'), catalog, { recursive: true });
  writeFileSync(config, 'site:\n  url: https://dichvucong.example.vn/quy-trinh/\n');
  const first = build('--dossiers', CSV);
  expect(first.code, first.stderr).toBe(0);
}, 240_000);

describe('site-wide files a later build does not write', () => {
  it('are listed in the manifest when written', () => {
    expect(existsSync(join(site, 'sitemap.xml'))).toBe(true);
    expect(existsSync(join(site, 'ontime.html'))).toBe(true);
    expect(manifestSite()).toEqual(['sitemap.xml', 'ontime.html']);
  });

  it('removes the on-time page when a build drops --dossiers, and the sitemap when the site address goes', () => {
    const withoutDossiers = build();
    expect(withoutDossiers.code, withoutDossiers.stderr).toBe(0);
    expect(withoutDossiers.stdout).toMatch(/0 rendered, 3 up to date, 0 removed/);
    expect(existsSync(join(site, 'ontime.html'))).toBe(false);
    expect(existsSync(join(site, 'sitemap.xml'))).toBe(true);
    expect(manifestSite()).toEqual(['sitemap.xml']);
    writeFileSync(config, 'site: {}\n');
    const withoutAddress = build();
    expect(withoutAddress.code, withoutAddress.stderr).toBe(0);
    expect(existsSync(join(site, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(manifestSite()).toEqual([]);
  }, 240_000);

  it('never removes a sitemap that no manifest of procmap lists (an older build, or the user’s own)', () => {
    writeFileSync(join(site, 'sitemap.xml'), 'mine');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    delete manifest.site;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const result = build();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(join(site, 'sitemap.xml'), 'utf8')).toBe('mine');
  }, 240_000);

  it('treats a manifest that lists any other site-wide file as damaged, and deletes nothing', () => {
    writeFileSync(join(site, 'notes.txt'), 'mine');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, site: ['notes.txt', '../victim.txt'] }));
    writeFileSync(join(work, 'victim.txt'), 'precious');
    const result = build();
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('is damaged; every procedure is rendered again');
    expect(readFileSync(join(site, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(work, 'victim.txt'), 'utf8')).toBe('precious');
    rmSync(join(site, 'notes.txt'));
  }, 240_000);
});
