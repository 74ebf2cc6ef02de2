import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
