import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unmarked } from '../helpers/inert.js';
import { ROOT } from '../helpers/cli.js';
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
    expect(page.match(/<ul class="bars"/g)).toHaveLength(3);
    // Rendering three procedures in a browser on a shared 2-core machine.
  }, 240_000);

  it('measures the dossiers of a procedure left off the site for being over its limit, as `ontime` does', async () => {
    const dir = tmp();
    const site = join(dir, 'site');
    const catalog = 'test/fixtures/ontime/over-limit/catalog';
    const csv = 'test/fixtures/ontime/over-limit/ho-so.csv';
    const now = '2026-03-31T10:00:00Z';
    const built = await runCli(
      ['build', catalog, '-o', site, '--no-pdf', '--keep-going', '--dossiers', csv, '--lang', 'en'],
      { browsers, now },
    );
    // Exit 1: the catalog has errors; the over-limit procedure is named as such, the broken file as not read.
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('over the time limit of 3 working days');
    expect(built.stderr).toContain('Missing required property "steps"');
    expect(built.stderr).not.toContain('not in the catalog');
    const measured = await runCli(['ontime', csv, '--catalog', catalog, '--as-of', '31/03/2026 17:00', '--lang', 'en']);
    expect(measured.stdout).toContain('On-time rate: 80% (early + on time) / finished');
    const page = readFileSync(join(site, 'ontime.html'), 'utf8');
    // Two of QT-DK-01 (one late) and three of QT-VH-02 (all in time): 4 of 5, not the 1 of 2 of the built ones alone.
    expect(page).toContain('<div class="value over">80%</div>');
    expect(page).toContain('QT-VH-02 — Cấp giấy xác nhận');
    expect(readFileSync(join(site, 'summary.html'), 'utf8')).toContain('<div class="value over">80%</div>');
  }, 240_000);

  // The probe: the note on an empty channel cell named the export by its path, folders and all, on the public summary.
  it('names an empty channel cell on the public pages by the export’s file name alone', async () => {
    const site = join(tmp(), 'site');
    const [catalog, csv] = [
      join(ROOT, 'test/fixtures/channel-grades/catalog'),
      join(ROOT, 'test/fixtures/channel-grades/blank-channel.csv'),
    ];
    const built = await runCli(['build', catalog, '-o', site, '--no-pdf', '--dossiers', csv], {
      browsers,
      now: '2027-01-11T02:00:00Z',
      cwd: tmp(),
    });
    expect(built.code).toBe(0);
    for (const name of ['summary.html', 'ontime.html']) {
      const page = unmarked(readFileSync(join(site, name), 'utf8'));
      expect(page, name).toContain('để trống ô ở cột kênh nộp (blank-channel.csv dòng 2, cột &quot;Kênh&quot;)');
      expect(page, name).not.toContain(ROOT);
      expect(page, name).not.toContain('fixtures');
    }
  }, 240_000);

  // A file the schema refuses, and one whose YAML does not parse: each named, with what to do, as `ontime` says it.
  const FIXTURES = 'test/fixtures/ontime';
  const file = (dir: string) => `${FIXTURES}/${dir}/catalog/ket-hon.yaml`;
  const unmeasured = (dir: string, row: number, value: string) =>
    `${FIXTURES}/${dir}/ho-so.csv:${row}: thủ tục "${value}" không được đo: tệp ${file(dir)} của thủ tục có lỗi; hãy sửa các lỗi đó (procmap lint ${file(dir)})`;
  const unread = (dir: string, row: number, value: string) =>
    `${FIXTURES}/${dir}/ho-so.csv:${row}: thủ tục "${value}" không được đo: không đọc được tệp ${file(dir)} của thủ tục (lỗi viết YAML ở dòng 16, cột 25); hãy sửa tệp (procmap lint ${file(dir)})`;
  const unknown = (dir: string) =>
    `${FIXTURES}/${dir}/ho-so.csv:5: thủ tục "9.999999" không có trong bộ quy trình (theo mã hoặc id)`;

  it.each([
    ['broken-file', [unmeasured('broken-file', 3, '1.000894'), unmeasured('broken-file', 4, 'qt-ht-02')]],
    ['unread-file', [unread('unread-file', 3, '1.000894'), unread('unread-file', 4, 'qt-ht-02')]],
  ])(
    '%s: says on the site, in the words of `ontime`, that a dossier of the file’s procedure is not measured',
    async (dir, lines) => {
      const site = join(tmp(), 'site');
      const [catalog, csv] = [`${FIXTURES}/${dir}/catalog`, `${FIXTURES}/${dir}/ho-so.csv`];
      // The catalog and export given by their absolute paths from another folder, as a scheduled build gives them:
      // the command line names the files so, and /home/<user>/… must not reach the site.
      const fromRoot = (path: string) => join(ROOT, path);
      const now = '2026-05-08T02:00:00Z';
      const built = await runCli(
        ['build', fromRoot(catalog), '-o', site, '--no-pdf', '--keep-going', '--dossiers', fromRoot(csv)],
        { browsers, now, cwd: tmp() },
      );
      // Exit 1: ket-hon.yaml has an error; chung-thuc.yaml is built and its dossier measured.
      expect(built.code).toBe(1);
      expect(built.stdout).toMatch(/^đã tạo 1 quy trình vào /);
      const measured = await runCli(['ontime', csv, '--catalog', catalog, '--as-of', '08/05/2026 09:00'], { now });
      const said = measured.stderr.split('\n').filter((line) => line.startsWith(`${csv}:`));
      expect(said).toEqual([...lines, unknown(dir)]);
      // The build says the same rows on standard error, each file as it was typed.
      for (const line of said) expect(built.stderr).toContain(`${line.replaceAll(FIXTURES, fromRoot(FIXTURES))}\n`);
      // A long word is marked where it may break; the rows' words are compared.
      const page = unmarked(readFileSync(join(site, 'ontime.html'), 'utf8'));
      expect(page).toContain('<h2>Dòng không đo được (3)</h2>');
      const rows = [
        ...page.matchAll(/<tr><td class="name">([^<]*)<\/td><td data-label="Lý do">([^<]*)<\/td><\/tr>/g),
      ].map(([, where, reason]) => `${where}: ${reason!.replaceAll('&quot;', '"')}`);
      // The page names the export by its file name alone, and the procedure file from the catalog's folder: the
      // same words, never the folders either was read from.
      expect(rows).toEqual(
        said.map((line) => line.slice(`${FIXTURES}/${dir}/`.length).replaceAll(file(dir), 'ket-hon.yaml')),
      );
      expect(page).not.toContain(ROOT);
      expect(page).not.toContain(FIXTURES);
    },
    240_000,
  );

  it('refuses a dossier file that does not exist before building anything', async () => {
    const dir = tmp();
    const result = await runCli(['build', CATALOG, '-o', join(dir, 'site'), '--no-pdf', '--dossiers', 'nope.csv'], {
      browsers,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: Tệp hồ sơ "nope.csv" không tồn tại\n');
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });
  it('reports the period --from --to name, on the page and the summary, as ontime does', async () => {
    // Before, build had no --from/--to: the published page counted the whole export as of the build's hour.
    const site = join(tmp(), 'site');
    const built = await runCli(
      [
        'build',
        'test/fixtures/ontime/month-end/catalog',
        '-o',
        site,
        '--no-pdf',
        '--keep-going',
        '--dossiers',
        'test/fixtures/ontime/month-end/so-theo-doi.csv',
        '--from',
        '01/09/2026',
        '--to',
        '15/09/2026',
        '--lang',
        'en',
      ],
      { browsers },
    );
    // Exit 1: one procedure of the fixture is over its same-day limit (left off the site, its dossiers measured).
    expect(built.code).toBe(1);
    const period =
      'period Tue 01/09/2026 – Tue 15/09/2026 (dossiers settled in it and still open at its end; in the files: 10 rows, in the period: 7 rows, outside it, not counted: 3 rows)';
    const page = readFileSync(join(site, 'ontime.html'), 'utf8');
    expect(page).toContain(`rows in the period: 7, as of Tue 15/09/2026 23:59, ${period}`);
    // The rate of ontime-period.test.ts's hand count: 2 on time of 4 settled in the period.
    expect(page).toContain('<div class="value over">50%</div>');
    const summary = readFileSync(join(site, 'summary.html'), 'utf8');
    expect(summary).toContain(`<p class="count">P${period.slice(1)}.</p>`);
  }, 240_000);
});
