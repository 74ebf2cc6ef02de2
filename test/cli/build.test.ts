import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, launchBrowser } from '../../src/render/browser.js';
import { BIN, procmap, ROOT } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'procmap-build-'));
const catalog = join(work, 'catalog');
const site = join(work, 'site');
cpSync(join(ROOT, 'procedures'), catalog, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

const ids = () => readdirSync(join(site, 'p')).sort();

describe('procmap build', () => {
  it('builds the whole catalog: index, summary and every procedure page with its files', () => {
    const result = procmap(['build', catalog, '-o', site]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^đã tạo 17 quy trình vào .*: 17 tạo mới, 0 không đổi, 0 đã xóa \(\d+\.\d\d giây\); mở .*site\/index\.html\n$/);
    expect(ids()).toHaveLength(17);
    for (const id of ids()) {
      expect(files(join(site, 'p', id))).toEqual([`${id}.md`, `${id}.pdf`, 'citizen.html', 'flowchart.svg', 'index.html'].sort());
      expect(readFileSync(join(site, 'p', id, `${id}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index.match(/<tr data-search=/g)).toHaveLength(17);
    expect(index).toContain('Đăng ký kết hôn');
    expect(readFileSync(join(site, 'summary.html'), 'utf8')).toContain('Tỷ lệ thủ tục &quot;4 tại chỗ&quot;');
  });

  it('renders nothing again when nothing changed', () => {
    const result = procmap(['build', catalog, '-o', site]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: 0 tạo mới, 17 không đổi, 0 đã xóa/);
  });

  it('renders only the procedure that changed, and removes the pages of a deleted one', () => {
    const marriage = join(catalog, 'xa', 'dang-ky-ket-hon.yaml');
    writeFileSync(marriage, readFileSync(marriage, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (sửa đổi)'));
    rmSync(join(catalog, 'xa', 'chung-thuc-ban-sao.yaml'));
    const result = procmap(['build', catalog, '-o', site]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^đã tạo 16 quy trình .*: 1 tạo mới, 15 không đổi, 1 đã xóa/);
    expect(existsSync(join(site, 'p', 'QT-CT-01'))).toBe(false);
    expect(readFileSync(join(site, 'p', 'QT-HT-02', 'index.html'), 'utf8')).toContain('(sửa đổi)');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toContain('QT-CT-01');
  });

  it('--clean renders everything again', () => {
    const result = procmap(['build', catalog, '-o', site, '--clean', '--no-pdf']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: 16 tạo mới, 0 không đổi/);
  });

  it('stops on lint errors without writing anything, unless --keep-going', () => {
    const broken = join(work, 'broken');
    cpSync(join(ROOT, 'procedures', 'xa'), broken, { recursive: true });
    writeFileSync(join(broken, 'bad.yaml'), 'id: [\n');
    const out = join(work, 'broken-site');
    const stopped = procmap(['build', broken, '-o', out]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('bad.yaml');
    expect(stopped.stderr).toContain('chưa tạo gì');
    expect(existsSync(out)).toBe(false);
    const going = procmap(['build', broken, '-o', out, '--keep-going', '--no-pdf']);
    expect(going.code).toBe(1);
    expect(going.stdout).toMatch(/^đã tạo 9 quy trình/);
  });
});

describe('the built site in a real browser, opened from disk', () => {
  let browser: Browser;
  beforeAll(async () => {
    const found = findBrowser(process.env);
    if (!found.ok) throw new Error(found.message); // no browser is a failure, never a skip
    browser = await launchBrowser(found.path);
  });
  afterAll(async () => browser?.close());

  it('filters the table as the reader types, without diacritics too', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    const visible = () => page.$$eval('tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).length);
    expect(await visible()).toBe(16);
    await page.type('#q', 'ket hon');
    expect(await visible()).toBe(1);
    expect(await page.$eval('#count', (el) => el.textContent)).toBe('Hiển thị 1/16 quy trình');
    await page.evaluate(() => {
      (document.getElementById('q') as HTMLInputElement).value = '';
      document.getElementById('q')!.dispatchEvent(new Event('input'));
    });
    await page.click('#fots');
    expect(await visible()).toBe(3);
    await page.close();
  });

  it('has links that all resolve, from the index to every page and back', async () => {
    const page = await browser.newPage();
    const pages = [join(site, 'index.html'), join(site, 'summary.html'), ...ids().flatMap((id) => [join(site, 'p', id, 'index.html'), join(site, 'p', id, 'citizen.html')])];
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href);
      const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs.filter((h) => h.startsWith('file:'))) expect(existsSync(new URL(href)), `${href} from ${file}`).toBe(true);
    }
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    // A title leads to the citizen page, and from there to the ISO document.
    await Promise.all([page.waitForNavigation(), page.click('tbody tr a')]);
    expect(await page.$eval('body', (body) => body.textContent)).toContain('Hồ sơ cần chuẩn bị');
    await Promise.all([page.waitForNavigation(), page.click('footer.links a')]);
    expect(await page.$eval('body', (body) => body.textContent)).toContain('QUY TRÌNH');
    await page.close();
  });
});

describe('an interrupted build', () => {
  it('leaves only complete files, and the next build finishes the job', async () => {
    const out = join(work, 'killed-site');
    const child = spawn(process.execPath, [BIN, 'build', catalog, '-o', out, '--clean'], { stdio: 'ignore' });
    // Kill it hard once some procedure pages are written but before it can finish.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const done = existsSync(join(out, 'p')) ? readdirSync(join(out, 'p')).length : 0;
        if (done >= 3 || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    for (const file of files(out)) {
      if (/\.procmap-tmp-\d+-[0-9a-f]+$/.test(file)) continue; // a temporary file the kill left behind; never a final name
      const bytes = readFileSync(join(out, file));
      if (file.endsWith('.html')) expect(bytes.toString().trimEnd().endsWith('</html>'), file).toBe(true);
      if (file.endsWith('.pdf')) expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF'), file).toBe(true);
      if (file.endsWith('.svg')) expect(bytes.toString().trimEnd().endsWith('</svg>'), file).toBe(true);
      if (file.endsWith('.json')) expect(() => JSON.parse(bytes.toString())).not.toThrow();
    }
    const again = procmap(['build', catalog, '-o', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^đã tạo 16 quy trình/);
    expect(files(out).filter((f) => /procmap-tmp|\.procmap-build\.lock/.test(f))).toEqual([]);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});
