import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';

// A procedure whose title has a word of 91 letters, whose agency is an e-mail and whose place a web address (see the
// fixture), beside an ordinary one: built once, then read in the real browser at a phone's width and a desktop's. The
// build runs in-process in the file's shared Chromium (a spawned one launched a browser of its own): what is tested
// is the pages, not the process.
const work = mkdtempSync(join(tmpdir(), 'procmap-long-words-'));
const catalog = join(work, 'catalog');
const site = join(work, 'site');
mkdirSync(catalog);
cpSync(join(ROOT, 'test/render/fixtures/site/long-words.yaml'), join(catalog, 'long-words.yaml'));
cpSync(join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml'), join(catalog, 'dang-ky-ket-hon.yaml'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const browsers = shareBrowser();
const url = (path: string) => pathToFileURL(join(site, path)).href;

describe('a site with long words', () => {
  let browser: Browser;
  beforeAll(async () => {
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    browser = await browsers.browser();
  }, 180_000);

  async function open(path: string, width: number): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.goto(url(path), { waitUntil: 'load' });
    return page;
  }

  it.each([320, 390, 1280])('fits a %i px wide window without horizontal scrolling', async (width) => {
    for (const path of ['index.html', 'summary.html', 'p/QT-DD-91/citizen.html', 'p/QT-DD-91/index.html']) {
      const page = await open(path, width);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(innerWidth);
      await page.close();
    }
  });

  it('says when the search finds nothing, and clears it on request', async () => {
    const page = await open('index.html', 1280);
    const state = () =>
      page.evaluate(() => ({
        rows: document.querySelectorAll('tbody tr:not([hidden])').length,
        table: getComputedStyle(document.querySelector('table.listing')!).display !== 'none',
        none: getComputedStyle(document.getElementById('none')!).display !== 'none',
        count: document.getElementById('count')!.textContent,
      }));
    expect(await state()).toEqual({ rows: 2, table: true, none: false, count: 'Hiển thị 2/2 quy trình' });
    await page.type('#q', 'khai tử');
    expect(await state()).toEqual({ rows: 0, table: false, none: true, count: 'Hiển thị 0/2 quy trình' });
    expect(await page.$eval('#none', (line) => line.textContent)).toBe(
      'Không tìm thấy quy trình nào. Xóa tìm kiếm và bộ lọc',
    );
    await page.click('#clear');
    expect(await state()).toEqual({ rows: 2, table: true, none: false, count: 'Hiển thị 2/2 quy trình' });
    expect(
      await page.$eval('#q', (input) => [(input as HTMLInputElement).value, document.activeElement === input]),
    ).toEqual(['', true]);
    // A filter that leaves no row is cleared the same way.
    await page.click('#fots');
    expect((await state()).none).toBe(true);
    await page.click('#clear');
    expect(await state()).toMatchObject({ rows: 2, none: false });
    await page.close();
  });
});
