import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';

const browsers = shareBrowser();
const work = mkdtempSync(join(tmpdir(), 'procmap-shared-id-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const title = (site: string, id: string) =>
  /<h1[^>]*>([^<]*)</.exec(readFileSync(join(site, 'p', id, 'citizen.html'), 'utf8'))?.[1];

describe('build --keep-going with two files of one id', () => {
  it('builds neither, keeps the page the last build wrote, and names both files', async () => {
    const catalog = join(work, 'catalog');
    const site = join(work, 'site');
    mkdirSync(catalog);
    cpSync(join(ROOT, 'procedures/xa/cap-ban-sao-trich-luc-ho-tich.yaml'), join(catalog, 'trich-luc.yaml'));
    cpSync(join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml'), join(catalog, 'ket-hon.yaml'));
    const first = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers, cwd: work });
    expect(first.code).toBe(0);
    expect(title(site, 'QT-HT-09')).toBe('Cấp bản sao trích lục hộ tịch');
    // A copy given the same id, whose name sorts first: it once replaced the established procedure's pages.
    const copy = readFileSync(join(catalog, 'trich-luc.yaml'), 'utf8').replace(
      /^title: .*$/m,
      'title: Bản trùng mã hiệu',
    );
    writeFileSync(join(catalog, 'aa-copy.yaml'), copy);
    const going = await runCli(['build', catalog, '-o', site, '--no-pdf', '--keep-going'], { browsers, cwd: work });
    expect(going.code).toBe(1);
    expect(going.stderr).toContain(
      'procmap: mã hiệu "QT-HT-09" có ở 2 tệp (catalog/aa-copy.yaml, catalog/trich-luc.yaml): không tạo trang cho tệp nào, trang đã có của mã hiệu này được giữ nguyên; hãy đặt cho mỗi quy trình một mã hiệu riêng\n',
    );
    expect(going.stdout).toMatch(/^đã tạo 1 quy trình vào .*: 0 tạo mới, 1 không đổi, 0 đã xóa/);
    expect(title(site, 'QT-HT-09')).toBe('Cấp bản sao trích lục hộ tịch');
    // Neither file is the index's: both are listed on the summary as left out.
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toContain('QT-HT-09');
    // The copy removed, the procedure is the index's again, its pages as they were.
    rmSync(join(catalog, 'aa-copy.yaml'));
    const fixed = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers, cwd: work });
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('p/QT-HT-09/citizen.html');
    expect(title(site, 'QT-HT-09')).toBe('Cấp bản sao trích lục hộ tịch');
  });

  it('says so in English too, and stops without --keep-going', async () => {
    const catalog = join(work, 'catalog-en');
    mkdirSync(catalog);
    cpSync(join(ROOT, 'procedures/xa/cap-ban-sao-trich-luc-ho-tich.yaml'), join(catalog, 'b.yaml'));
    cpSync(join(ROOT, 'procedures/xa/cap-ban-sao-trich-luc-ho-tich.yaml'), join(catalog, 'a.yaml'));
    const site = join(work, 'site-en');
    const going = await runCli(['build', catalog, '-o', site, '--no-pdf', '--keep-going', '--lang', 'en'], {
      browsers,
      cwd: work,
    });
    expect(going.code).toBe(1);
    expect(going.stderr).toContain(
      'procmap: the id "QT-HT-09" is given by 2 files (catalog-en/a.yaml, catalog-en/b.yaml): none of them is built, and the pages already built for that id are kept; give each procedure its own id\n',
    );
    const stopped = await runCli(['build', catalog, '-o', join(work, 'site-en-2'), '--no-pdf', '--lang', 'en'], {
      browsers,
      cwd: work,
    });
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('nothing was built');
  });
});

describe('build of a procedure whose id holds Đ', () => {
  const D_ID = join(ROOT, 'test/fixtures/d-id/dang-ky-kinh-doanh.yaml');
  // Every relative link of a page, resolved from its folder: each must be a file the build wrote.
  const missingLinks = (site: string, page: string) =>
    [...readFileSync(join(site, page), 'utf8').matchAll(/href="([^"#:]+)"/g)]
      .map((match) => join(site, page, '..', decodeURI(match[1]!)))
      .filter((target) => !existsSync(target));

  it('writes its pages at p/QT-DKKD-01/, shows QT-ĐKKD-01 on them, and every link resolves', async () => {
    const catalog = join(work, 'catalog-d');
    const site = join(work, 'site-d');
    mkdirSync(catalog);
    cpSync(D_ID, join(catalog, 'dang-ky-kinh-doanh.yaml'));
    const built = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers, cwd: work });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(readdirSync(join(site, 'p'))).toEqual(['QT-DKKD-01']);
    expect(readdirSync(join(site, 'p', 'QT-DKKD-01')).sort()).toEqual([
      'QT-DKKD-01.md',
      'citizen.html',
      'flowchart.svg',
      'index.html',
    ]);
    for (const page of ['index.html', 'p/QT-DKKD-01/index.html', 'p/QT-DKKD-01/citizen.html']) {
      expect(readFileSync(join(site, page), 'utf8')).toContain('QT-ĐKKD-01');
      expect(missingLinks(site, page)).toEqual([]);
    }
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('href="p/QT-DKKD-01/citizen.html"');
    expect(readFileSync(join(site, 'p/QT-DKKD-01/QT-DKKD-01.md'), 'utf8')).toContain('QT-ĐKKD-01');
  });

  it('refuses QT-ĐKKD-01 beside QT-DKKD-01, which would write the same pages, naming both files', async () => {
    const catalog = join(work, 'catalog-d-twice');
    mkdirSync(catalog);
    cpSync(D_ID, join(catalog, 'a.yaml'));
    writeFileSync(join(catalog, 'b.yaml'), readFileSync(D_ID, 'utf8').replace('id: QT-ĐKKD-01', 'id: QT-DKKD-01'));
    const result = await runCli(['build', catalog, '-o', join(work, 'site-d-twice'), '--no-pdf', '--lang', 'en'], {
      browsers,
      cwd: work,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Procedure id "QT-ĐKKD-01" and "QT-DKKD-01" of catalog-d-twice/b.yaml (line 2) name the same files (QT-DKKD-01)',
    );
    expect(result.stderr).toContain(
      'Procedure id "QT-DKKD-01" and "QT-ĐKKD-01" of catalog-d-twice/a.yaml (line 2) name the same files (QT-DKKD-01)',
    );
    expect(existsSync(join(work, 'site-d-twice', 'p'))).toBe(false);
  });
});
