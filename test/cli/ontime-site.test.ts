import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';

// One Chromium for the file, lent to every in-process run.
const browsers = shareBrowser();

// The site's on-time section: the build renders flowcharts in Chromium, so these run in the e2e project (the rest of
// ontime is in ontime.test.ts).
const CATALOG = 'test/fixtures/ontime/catalog';
const CSV = 'test/fixtures/ontime/ho-so.csv';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-ontime-'));
}

describe('procmap build --dossiers', () => {
  it('adds the on-time section and report page to the site summary', async () => {
    const dir = tmp();
    const site = join(dir, 'site');
    const result = await runCli(['build', CATALOG, '-o', site, '--no-pdf', '--dossiers', CSV, '--lang', 'en'], {
      browsers,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('ho-so.csv:13: procedure "9.999999" is not in the catalog');
    const summary = readFileSync(join(site, 'summary.html'), 'utf8');
    expect(summary).toContain('<section id="ontime">');
    expect(summary).toContain('On-time rate per month');
    expect(summary).toContain('<a href="ontime.html">Full on-time report</a>');
    const page = readFileSync(join(site, 'ontime.html'), 'utf8');
    expect(page).toContain('<a href="summary.html">Summary</a>');
    expect(page.match(/<svg /g)).toHaveLength(3);
    // Rendering three procedures in a browser on a shared 2-core machine.
  }, 240_000);

  it('refuses a dossier file that does not exist before building anything', async () => {
    const dir = tmp();
    const result = await runCli(['build', CATALOG, '-o', join(dir, 'site'), '--no-pdf', '--dossiers', 'nope.csv'], {
      browsers,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: Tệp hồ sơ "nope.csv" không tồn tại\n');
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });
});
