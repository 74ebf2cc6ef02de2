import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';

// One Chromium for the file, lent to every in-process run.
const browsers = shareBrowser();

// build took the catalog root's configuration for every file: the commune's marriage registration, whose folder
// works 07:00–11:30 and 13:30–14:30 (5.5 hours a day), was published with the root's 8-hour day, and with 07:00–11:30
// alone it was published "within, 0.75 days to spare" while lint, doc and time said it was an hour over. Each
// procedure's pages now come from its own file's configuration, as lint and doc read it.
const FIXTURE = join(ROOT, 'test/fixtures/build-own-config');
const NOW = '2026-03-02T03:00:00Z';
const XA = join('xa', 'dang-ky-ket-hon.yaml');
const PHUONG = join('phuong', 'chung-thuc-ban-sao.yaml');

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-build-own-config-'));
  cpSync(FIXTURE, join(dir, 'catalog'), { recursive: true });
  return dir;
}

const build = (dir: string) =>
  runCli(['build', join(dir, 'catalog'), '-o', join(dir, 'site'), '--no-pdf', '--lang', 'en'], { browsers, now: NOW });

/** The Markdown document `doc` writes for one file, which the site's copy of it must equal. */
async function docOf(dir: string, file: string, id: string): Promise<string> {
  const out = join(dir, `doc-${id}`);
  const result = await runCli(['doc', join(dir, 'catalog', file), '-f', 'md', '-o', out, '--lang', 'en'], { now: NOW });
  expect(result.code).toBe(0);
  return readFileSync(join(out, `${id}.md`), 'utf8');
}

/** The total `time` says for one file ("4.82 working days"). */
async function totalOf(dir: string, file: string): Promise<string> {
  const result = await runCli(['time', join(dir, 'catalog', file), '--lang', 'en'], { now: NOW });
  return /^Total on the critical path: (.+?) \(/m.exec(result.stdout)?.[1] ?? result.stdout;
}

const site = (dir: string, path: string) => readFileSync(join(dir, 'site', path), 'utf8');

describe('procmap build with a sub-catalog of its own configuration', () => {
  it("gives each procedure's pages its own file's configuration, and rebuilds only those under a changed one", async () => {
    const dir = copy();
    const first = await build(dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('built 2 procedures');
    expect(first.stdout).toContain('2 rendered, 0 up to date');
    for (const [file, id] of [
      [XA, 'QT-HT-02'],
      [PHUONG, 'QT-CT-01'],
    ] as const)
      expect(site(dir, `p/${id}/${id}.md`)).toBe(await docOf(dir, file, id));
    // The commune's 5.5-hour day: 26.5 hours of steps against 5 days of 5.5 hours, an hour to spare.
    expect(site(dir, 'p/QT-HT-02/index.html')).toContain('Within the limit, 1 working hour to spare');
    expect(await totalOf(dir, XA)).toBe('4.82 working days');
    expect(site(dir, 'index.html')).toContain('data-label="Processing time">4.82 working days<');
    // The summary gives the hours beside rounded days, counted on the file's own 5.5-hour day.
    expect(site(dir, 'summary.html')).toContain('data-label="Processing time">4.82 working days (26 h 30 min)<');

    // Its folder's office hours cut to a morning: over by an hour, as lint says, so nothing is published.
    const config = join(dir, 'catalog', 'xa', 'procmap.config.yaml');
    writeFileSync(config, 'calendar:\n  hours: ["07:00-11:30"]\n');
    const over = await build(dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('over the time limit of 5 working days (22 h 30 min) by 1 working hour');
    expect(over.stdout).toBe('');

    // Six hours a day: only the commune's procedure is rendered again, on its new working day.
    writeFileSync(config, 'calendar:\n  hours: ["07:00-11:30", "13:30-15:00"]\n');
    const warm = await build(dir);
    expect(warm.stderr).toBe('');
    expect(warm.code).toBe(0);
    expect(warm.stdout).toContain('1 rendered, 1 up to date');
    expect(site(dir, 'p/QT-HT-02/QT-HT-02.md')).toBe(await docOf(dir, XA, 'QT-HT-02'));
    expect(site(dir, 'p/QT-HT-02/index.html')).toContain('Within the limit, 2 working hours to spare');
    const total = await totalOf(dir, XA);
    expect(site(dir, 'index.html')).toContain(`data-label="Processing time">${total}<`);
    // Rendering two procedures, then one, in a browser on a shared machine.
  }, 240_000);
});
