import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';

// One Chromium for the file, lent to every in-process run.
const browsers = shareBrowser();

// One small fixture catalog (test/fixtures/site: three commune procedures and one provincial "4 on the spot" one),
// built once with PDFs for the whole file; a test that changes the catalog or the site works on its own copy, so no
// test depends on another or on the order they run in.
const work = mkdtempSync(join(tmpdir(), 'procmap-build-'));
const catalog = join(work, 'catalog');
const site = join(work, 'site');
cpSync(join(ROOT, 'test', 'fixtures', 'site'), catalog, { recursive: true });
const procedureFiles = () => files(catalog).filter((name) => name.endsWith('.yaml'));
const COUNT = procedureFiles().length;
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

const ids = (dir = site) => readdirSync(join(dir, 'p')).sort();

/** Every file of a folder with what changes when it is written again (its inode, with atomic writes) or touched. */
const fileStates = (dir: string) =>
  new Map(
    files(dir).map((file) => {
      const stat = statSync(join(dir, file));
      return [file, `${stat.ino} ${stat.mtimeMs} ${stat.size}`];
    }),
  );

/** A private copy of the built catalog and site, for a test that changes them. */
function copyOfBuild(name: string): { catalog: string; site: string } {
  const copy = { catalog: join(work, name, 'catalog'), site: join(work, name, 'site') };
  cpSync(catalog, copy.catalog, { recursive: true });
  cpSync(site, copy.site, { recursive: true });
  return copy;
}

const hashes = (dir: string) =>
  new Map(
    files(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );

let first: RunResult;
let inputs: { before: Map<string, string>; after: Map<string, string> };
beforeAll(async () => {
  const before = hashes(catalog);
  first = await runCli(['build', catalog, '-o', site], { browsers });
  inputs = { before, after: hashes(catalog) };
  // Four flowcharts and PDFs in Chromium, on a shared 2-core machine.
}, 300_000);

describe('procmap build', () => {
  it('builds the whole catalog: index, summary and every procedure page with its files', () => {
    expect(COUNT).toBeGreaterThan(3);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(
        `^đã tạo ${COUNT} quy trình vào .*: ${COUNT} tạo mới, 0 không đổi, 0 đã xóa \\(\\d+(,\\d{1,2})? giây\\); mở .*site/index\\.html\\n$`,
      ),
    );
    expect(ids()).toHaveLength(COUNT);
    for (const id of ids()) {
      expect(files(join(site, 'p', id))).toEqual(
        [`${id}.md`, `${id}.pdf`, 'citizen.html', 'flowchart.svg', 'index.html'].sort(),
      );
      expect(
        readFileSync(join(site, 'p', id, `${id}.pdf`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index.match(/<tr data-search=/g)).toHaveLength(COUNT);
    expect(index).toContain('Đăng ký kết hôn');
    expect(readFileSync(join(site, 'summary.html'), 'utf8')).toContain('Tỷ lệ thủ tục &quot;4 tại chỗ&quot;');
  });

  it('never changes an input file', () => {
    expect(inputs.before.size).toBe(COUNT);
    expect(inputs.after).toEqual(inputs.before);
  });

  it('renders nothing again when nothing changed', async () => {
    const copy = copyOfBuild('unchanged');
    const result = await runCli(['build', copy.catalog, '-o', copy.site], { browsers });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`: 0 tạo mới, ${COUNT} không đổi, 0 đã xóa`));
  });

  it('writes nothing at all when nothing changed since the last build finished', async () => {
    const copy = copyOfBuild('untouched');
    const build = () => runCli(['build', copy.catalog, '-o', copy.site], { browsers });
    // The copy's own first build: the same pages, now recorded with the copy's paths.
    expect((await build()).stdout).toMatch(new RegExp(`: 0 tạo mới, ${COUNT} không đổi, 0 đã xóa`));
    const before = fileStates(copy.site);
    const again = await build();
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^đã tạo ${COUNT} quy trình .*: 0 tạo mới, ${COUNT} không đổi, 0 đã xóa`));
    // Not even the index, the summary or the manifest is written again.
    expect(fileStates(copy.site)).toEqual(before);
  });

  it('renders again when only a logo file changed, though no procedure or setting did', async () => {
    const copy = copyOfBuild('logo');
    writeFileSync(join(copy.catalog, 'procmap.config.yaml'), 'logo: logo.svg\n');
    const logo = (colour: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="${colour}"/></svg>\n`;
      writeFileSync(join(copy.catalog, 'logo.svg'), svg);
      // As the page embeds it; the template's escaping spells base64's closing `=` differently.
      return Buffer.from(svg).toString('base64').replace(/=+$/, '');
    };
    logo('red');
    const build = () => runCli(['build', '.', '-o', copy.site, '--no-pdf'], { browsers, cwd: copy.catalog });
    expect((await build()).stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    expect((await build()).stdout).toMatch(new RegExp(`: 0 tạo mới, ${COUNT} không đổi`));
    // The site gets published: the manifest names the logo from the working folder, not by its absolute path.
    const manifest = readFileSync(join(copy.site, '.procmap-build.json'), 'utf8');
    expect(JSON.parse(manifest).inputs.logos).toEqual(['logo.svg']);
    expect(manifest).not.toContain(copy.catalog);
    const blue = logo('blue');
    const result = await build();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    expect(readFileSync(join(copy.site, 'p', 'QT-HT-02', 'index.html'), 'utf8')).toContain(blue);
  });

  it('renders the PDFs again when only SOURCE_DATE_EPOCH changed, and dates them by it', async () => {
    const copy = copyOfBuild('source-date');
    const build = (seconds: string) =>
      runCli(['build', copy.catalog, '-o', copy.site], { browsers, env: { SOURCE_DATE_EPOCH: seconds } });
    const created = () =>
      execFileSync('pdfinfo', ['-isodates', join(copy.site, 'p', 'QT-HT-02', 'QT-HT-02.pdf')], {
        encoding: 'utf8',
      }).match(/^CreationDate:\s+(\S+)$/m)?.[1];
    expect((await build('1751328000')).stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    expect((await build('1751328000')).stdout).toMatch(new RegExp(`: 0 tạo mới, ${COUNT} không đổi`));
    expect(created()).toBe('2025-07-01T00:00:00Z');
    // Nothing else changed: the whole build's record of its inputs found it so, and kept PDFs dated 2025-07-01.
    const later = await build('1767225600');
    expect(later.stderr).toBe('');
    expect(later.code).toBe(0);
    expect(later.stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    expect(created()).toBe('2026-01-01T00:00:00Z');
  }, 240_000);

  // The brief of 2026-12-07 held the build's key to be procmap's version alone. It is not: every input of a page is
  // in it (the logo and the templates above, the configuration in build-own-config.test.ts); here the calendar files.
  it('renders again when only a calendar file changed, named by the configuration or by --calendar', async () => {
    const copy = copyOfBuild('calendar-file');
    writeFileSync(join(copy.catalog, 'procmap.config.yaml'), 'calendar: lich.yaml\n');
    const named = join(copy.catalog, 'lich.yaml');
    const given = join(work, 'calendar-file', 'lich-rieng.yaml');
    writeFileSync(named, 'holidays: []\n');
    writeFileSync(given, 'holidays: []\n');
    // A Monday: the citizen page's example is handed in on Friday 11/12 at 09:00.
    const now = '2026-12-07T09:00:00+07:00';
    const build = (...more: string[]) =>
      runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf', ...more], { browsers, now });
    const citizen = () => readFileSync(join(copy.site, 'p', 'QT-HT-02', 'citizen.html'), 'utf8');
    expect((await build()).stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    expect((await build()).stdout).toMatch(new RegExp(`: 0 tạo mới, ${COUNT} không đổi`));
    expect(citizen()).toContain('Nộp T6 11/12/2026 09:00');
    // A day off on Monday 14/12 inside that week's period: the example moves to the next Friday, 18/12.
    writeFileSync(named, 'holidays:\n  - { date: 2026-12-14, name: Nghỉ theo quyết định của UBND tỉnh }\n');
    const changed = await build();
    expect(changed.stderr).toBe('');
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    expect(citizen()).toContain('Nộp T6 18/12/2026 09:00');
    // --calendar counts for every file: a change in its file renders everything again too.
    expect((await build('--calendar', given)).stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    expect((await build('--calendar', given)).stdout).toMatch(new RegExp(`: 0 tạo mới, ${COUNT} không đổi`));
    writeFileSync(given, 'holidays:\n  - { date: 2026-12-15, name: Nghỉ theo quyết định của UBND tỉnh }\n');
    expect((await build('--calendar', given)).stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
  }, 240_000);

  it('renders only the procedure that changed, and removes the pages of a deleted one', async () => {
    const copy = copyOfBuild('changed');
    const marriage = join(copy.catalog, 'xa', 'dang-ky-ket-hon.yaml');
    writeFileSync(marriage, readFileSync(marriage, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (sửa đổi)'));
    rmSync(join(copy.catalog, 'xa', 'chung-thuc-ban-sao.yaml'));
    const result = await runCli(['build', copy.catalog, '-o', copy.site], { browsers });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^đã tạo ${COUNT - 1} quy trình .*: 1 tạo mới, ${COUNT - 2} không đổi, 1 đã xóa`),
    );
    expect(existsSync(join(copy.site, 'p', 'QT-CT-01'))).toBe(false);
    expect(readFileSync(join(copy.site, 'p', 'QT-HT-02', 'index.html'), 'utf8')).toContain('(sửa đổi)');
    expect(readFileSync(join(copy.site, 'index.html'), 'utf8')).not.toContain('QT-CT-01');
  });

  it('stops a first build before it makes the site folder when there is no browser', async () => {
    const fresh = join(work, 'no-browser-site');
    const result = await runCli(['build', catalog, '-o', fresh, '--no-pdf', '--lang', 'en'], {
      env: { PROCMAP_CHROME: join(work, 'no-such-browser') },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^procmap: PROCMAP_CHROME is ".*no-such-browser", which is not an executable file\./);
    expect(existsSync(fresh)).toBe(false);
  });

  it('leaves out a procedure whose receipts run past 2099 when lint is told not to check it, and says so (exit 1)', async () => {
    const copy = copyOfBuild('past-2099');
    cpSync(
      join(ROOT, 'test/fixtures/time/range-effective/hieu-luc-2099.yaml'),
      join(copy.catalog, 'hieu-luc-2099.yaml'),
    );
    writeFileSync(join(copy.catalog, 'procmap.config.yaml'), 'rules:\n  within-time-limit: off\n');
    // Before: "procmap can count dates from 2000 to 2099 only …, not in 2100", without what to write instead.
    const message =
      "hieu-luc-2099.yaml: procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there";
    // Today fixed: the year a slip meant (2029 for 2099, one digit and 3 years away) is looked for near it.
    const now = '2026-12-08T09:00:00+07:00';
    const stopped = await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf', '--lang', 'en'], {
      browsers,
      now,
    });
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain(message);
    expect(stopped.stderr).toContain(
      '; the count from 2099 runs into 2100; did you mean 2029? Write that year, or a date whose count ends by 31/12/2099 (--keep-going builds the other procedures)',
    );
    expect(stopped.stderr).toContain('(--keep-going builds the other procedures)');
    expect(stopped.stderr).not.toContain('internal error');
    const going = await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf', '--lang', 'en', '--keep-going'], {
      browsers,
    });
    expect(going.code).toBe(1);
    expect(going.stderr).toContain(message);
    expect(ids(copy.site)).toEqual(ids());
  });

  it("reuses the last build's chart when its text did not change: no browser needed without PDFs", async () => {
    const copy = copyOfBuild('charts');
    const chart = (id: string) => readFileSync(join(copy.site, 'p', id, 'flowchart.svg'), 'utf8');
    const before = new Map(ids(copy.site).map((id) => [id, chart(id)]));
    const marriage = join(copy.catalog, 'xa', 'dang-ky-ket-hon.yaml');
    writeFileSync(marriage, readFileSync(marriage, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (sửa đổi)'));
    // Without PDFs every page is rendered again, from charts drawn by the first build; no browser can start.
    const noBrowser = { env: { PROCMAP_CHROME: join(work, 'no-such-browser') } };
    const result = await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf'], noBrowser);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    // The same drawings; the retitled procedure's file named by its new title.
    const retitled = (svg: string) => svg.replace(/^(<svg [^>]*><title>[^<]*)<\/title>/u, '$1 (sửa đổi)</title>');
    expect(new Map(ids(copy.site).map((id) => [id, chart(id)]))).toEqual(
      new Map([...before].map(([id, svg]) => [id, id === 'QT-HT-02' ? retitled(svg) : svg])),
    );
    expect(chart('QT-HT-02')).toContain(' (sửa đổi)</title>');
    expect(readFileSync(join(copy.site, 'p', 'QT-HT-02', 'index.html'), 'utf8')).toContain('(sửa đổi)');
    // A step renamed changes the chart: it must be drawn, and here no browser can.
    writeFileSync(
      marriage,
      readFileSync(marriage, 'utf8').replace('name: Tiếp nhận, kiểm tra hồ sơ', 'name: Tiếp nhận'),
    );
    const redraw = await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf'], noBrowser);
    expect(redraw.code).toBe(2);
    // The message says what is wrong, what the build needs a browser for, and how to get one, in the user's language.
    expect(redraw.stderr).toBe(
      `procmap: PROCMAP_CHROME là "${noBrowser.env.PROCMAP_CHROME}", không phải một tệp chạy được. Trang web hiển thị lưu đồ do trình duyệt vẽ, và in PDF bằng trình duyệt. Hãy cài một trình duyệt (Debian/Ubuntu: "apt-get install chromium-headless-shell" hoặc "chromium"; ở mọi nơi: "npx @puppeteer/browsers install chrome-headless-shell", lệnh này in ra nơi đã cài) hoặc đặt PROCMAP_CHROME là đường dẫn tới tệp chạy của Chrome hay Chromium.\n`,
    );
  });

  // The probe: p/<id>/flowchart.svg opened alone (the page links it) had no title for the tab or a screen reader, and
  // no language for the reader's voice.
  it('names each flowchart.svg by its procedure, in Vietnamese; the page’s own chart is drawn as before', () => {
    const copy = copyOfBuild('svg-title');
    const svg = readFileSync(join(copy.site, 'p', 'QT-HT-02', 'flowchart.svg'), 'utf8');
    expect(svg).toMatch(
      /^<svg xml:lang="vi" id="flowchart" [^>]*><title>QT-HT-02 — Đăng ký kết hôn \(trong nước\)<\/title><style>/u,
    );
    expect(svg.match(/<title>/g)).toHaveLength(1);
    const page = readFileSync(join(copy.site, 'p', 'QT-HT-02', 'index.html'), 'utf8');
    expect(page).toContain('<svg id="flowchart" ');
    expect(page).not.toContain('xml:lang');
    expect(page).not.toContain('<title>QT-HT-02 — ');
  });

  it('lints again only the files that changed, and builds the same site as a clean build', async () => {
    const copy = copyOfBuild('passes');
    // The cache names files as the run does: the copy's first build keeps its own.
    expect((await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf'], { browsers })).code).toBe(0);
    const cache = JSON.parse(readFileSync(join(copy.site, '.procmap-build-lint.json'), 'utf8')) as { files: object };
    expect(Object.keys(cache.files)).toHaveLength(COUNT);
    const marriage = join(copy.catalog, 'xa', 'dang-ky-ket-hon.yaml');
    writeFileSync(marriage, readFileSync(marriage, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (sửa đổi)'));
    const warm = await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf'], { browsers });
    expect(warm.code).toBe(0);
    const clean = join(work, 'passes', 'clean');
    cpSync(copy.site, clean, { recursive: true });
    expect((await runCli(['build', copy.catalog, '-o', clean, '--no-pdf', '--clean'], { browsers })).code).toBe(0);
    // Every file alike but the record of the options (--clean is one of them) and the times the files were written.
    const manifest = (dir: string) => {
      const { inputs: _, files, ...rest } = JSON.parse(readFileSync(join(dir, '.procmap-build.json'), 'utf8'));
      const written = Object.entries(files as Record<string, string>).map(([file, record]) => [
        file,
        record.split(' ').slice(0, 2).join(' '),
      ]);
      return { ...rest, files: written };
    };
    expect(manifest(copy.site)).toEqual(manifest(clean));
    const others = (dir: string) => [...hashes(dir)].filter(([file]) => file !== '.procmap-build.json');
    expect(others(copy.site)).toEqual(others(clean));
  });

  it("takes a clean file's lint result from the cache only while the file's bytes are the same", async () => {
    const copy = copyOfBuild('pass-hash');
    expect((await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf'], { browsers })).code).toBe(0);
    const cache = join(copy.site, '.procmap-build-lint.json');
    const text = readFileSync(cache, 'utf8');
    const data = JSON.parse(text) as { files: Record<string, { procedure: Record<string, unknown> }> };
    // Files are named by a hash of their path: the entry is found by its procedure.
    const [file, entry] = Object.entries(data.files).find(([, cached]) => cached.procedure.id === 'QT-HT-02')!;
    entry.procedure.title = 'Tiêu đề trong bộ nhớ đệm';
    expect(text).not.toContain(copy.catalog);
    writeFileSync(cache, JSON.stringify(data));
    const page = () => readFileSync(join(copy.site, 'index.html'), 'utf8');
    // With nothing changed a build reads nothing: another title makes it build, with the cache.
    const marriage = join(copy.catalog, 'xa', 'dang-ky-ket-hon.yaml');
    await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf', '--title', 'Danh mục'], { browsers });
    expect(page()).toContain('Tiêu đề trong bộ nhớ đệm');
    writeFileSync(marriage, `${readFileSync(marriage, 'utf8')}# sửa\n`);
    await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf'], { browsers });
    expect(page()).not.toContain('Tiêu đề trong bộ nhớ đệm');
    // A cached procedure the schema refuses makes the whole cache void.
    const refused = JSON.parse(readFileSync(cache, 'utf8'));
    refused.files[file].procedure.steps = 'không phải danh sách';
    writeFileSync(cache, JSON.stringify(refused));
    writeFileSync(marriage, `${readFileSync(marriage, 'utf8')}# sửa lần nữa\n`);
    expect((await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf'], { browsers })).code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')).files)).toHaveLength(COUNT);
  });

  it('never reads or writes a chart through a link in the site', async () => {
    const copy = copyOfBuild('chart-link');
    const elsewhere = join(work, 'chart-link', 'elsewhere.svg');
    writeFileSync(elsewhere, '<svg id="not-procmaps"></svg>\n');
    const svg = join(copy.site, 'p', 'QT-HT-02', 'flowchart.svg');
    rmSync(svg);
    symlinkSync(elsewhere, svg);
    const result = await runCli(['build', copy.catalog, '-o', copy.site, '--no-pdf', '--lang', 'en'], { browsers });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('never writes through a link');
    expect(lstatSync(svg).isSymbolicLink()).toBe(true);
    expect(readFileSync(elsewhere, 'utf8')).toBe('<svg id="not-procmaps"></svg>\n');
    expect(readFileSync(join(copy.site, 'p', 'QT-HT-02', 'index.html'), 'utf8')).not.toContain('not-procmaps');
  });

  it('renders everything again when a partial of the templates changed', async () => {
    const copy = copyOfBuild('partial');
    const templates = join(work, 'partial', 'templates');
    cpSync(join(ROOT, 'templates', 'partials'), join(templates, 'partials'), { recursive: true });
    const build = () => runCli(['build', copy.catalog, '-o', copy.site, '-t', templates, '--no-pdf'], { browsers });
    // Without PDFs everything is rendered once; the second build has nothing to do.
    expect((await build()).stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    expect((await build()).stdout).toMatch(new RegExp(`: 0 tạo mới, ${COUNT} không đổi`));
    const channels = join(templates, 'partials', 'channels.hbs');
    writeFileSync(channels, `<p class="marker">Mẫu riêng</p>\n${readFileSync(channels, 'utf8')}`);
    const result = await build();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
    expect(readFileSync(join(copy.site, 'p', 'QT-HT-02', 'index.html'), 'utf8')).toContain('Mẫu riêng');
  });

  it('stops with exit 2 at a template error, naming the file, before writing any file', async () => {
    const templates = join(work, 'broken-template');
    cpSync(join(ROOT, 'templates', 'partials'), join(templates, 'partials'), { recursive: true });
    writeFileSync(join(templates, 'partials', 'channels.hbs'), '<p>{{#if channels}}chưa đóng</p>\n');
    const out = join(work, 'broken-template-site');
    const result = await runCli(['build', catalog, '-o', out, '-t', templates, '--no-pdf'], { browsers });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('channels.hbs');
    expect(existsSync(out) ? files(out) : []).toEqual([]);
  });

  it('--clean renders everything again', async () => {
    const copy = copyOfBuild('clean');
    const result = await runCli(['build', copy.catalog, '-o', copy.site, '--clean', '--no-pdf'], { browsers });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`: ${COUNT} tạo mới, 0 không đổi`));
  });

  it('stops on lint errors without writing anything, unless --keep-going', async () => {
    // Two good procedures and a broken file: enough to show what is built and what is not.
    const broken = join(work, 'broken');
    const good = procedureFiles().slice(0, 2);
    for (const file of good) cpSync(join(catalog, file), join(broken, file));
    writeFileSync(join(broken, 'bad.yaml'), 'id: [\n');
    const out = join(work, 'broken-site');
    const stopped = await runCli(['build', broken, '-o', out], { browsers });
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('bad.yaml');
    expect(stopped.stderr).toContain('chưa tạo gì');
    expect(existsSync(out)).toBe(false);
    const going = await runCli(['build', broken, '-o', out, '--keep-going', '--no-pdf'], { browsers });
    expect(going.code).toBe(1);
    expect(going.stdout).toMatch(new RegExp(`^đã tạo ${good.length} quy trình`));
  });

  it('with --keep-going, counts and names on the summary and index the procedures it leaves out', async () => {
    // QT-OK within; QT-OVER over its limit, left out for that error alone; bad.yaml no procedure at all.
    const dir = join(work, 'left-out');
    cpSync(join(ROOT, 'test/fixtures/stats-over'), dir, { recursive: true });
    writeFileSync(join(dir, 'bad.yaml'), 'id: [\n');
    const out = join(work, 'left-out-site');
    const result = await runCli(['build', dir, '-o', out, '--keep-going', '--no-pdf'], { browsers });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^đã tạo 1 quy trình/);
    expect(result.stderr).toContain('within-time-limit');
    expect(result.stderr).toContain('bad.yaml');
    const summary = readFileSync(join(out, 'summary.html'), 'utf8');
    // As `procmap stats` counts them: the procedure left out for its overrun is counted as over, not dropped.
    expect(summary).toContain('<div class="value within">1</div>Trong thời hạn');
    expect(summary).toContain('<div class="value over">1</div>Vượt thời hạn');
    expect(summary).toContain('<h2>Chưa đăng trên trang (2)</h2>');
    expect(summary).toMatch(
      /QT-OVER<\/td><td class="name">Quy trình vượt thời hạn<\/td><td [^>]+>Vượt thời hạn giải quyết/,
    );
    expect(summary).toMatch(
      /<td class="name">bad\.yaml<\/td><td [^>]+>Có lỗi trong tệp quy trình<\/td><td [^>]+>Chưa tính/,
    );
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain(
      '2 quy trình chưa được đăng vì có lỗi, trong đó 1 quy trình vượt thời hạn giải quyết: <a href="summary.html#unpublished">',
    );
    expect(ids(out)).toEqual(['QT-OK']);
    const stats = await runCli(['stats', dir]);
    expect(stats.stdout).toContain('Trong thời hạn: 1 · vượt thời hạn: 1');
  });
});

describe('the built site in a real browser, opened from disk', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await browsers.browser();
  });

  it('filters the table as the reader types, without diacritics too', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    const visible = () => page.$$eval('tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).length);
    expect(await visible()).toBe(COUNT);
    await page.type('#q', 'ket hon');
    expect(await visible()).toBe(1);
    expect(await page.$eval('#count', (el) => el.textContent)).toBe(`Hiển thị 1/${COUNT} quy trình`);
    const clear = () =>
      page.evaluate(() => {
        (document.getElementById('q') as HTMLInputElement).value = '';
        document.getElementById('q')!.dispatchEvent(new Event('input'));
      });
    // The words in another order than the title's ("Cấp bản sao trích lục hộ tịch"), with accents and without.
    for (const typed of ['hộ tịch trích lục', 'ho tich trich luc', 'lục bản sao']) {
      await clear();
      await page.type('#q', typed);
      const shown = await page.$$eval('tbody tr:not([hidden]) td.name small', (ids) => ids.map((id) => id.textContent));
      expect(shown, typed).toEqual(['QT-HT-09']);
    }
    await clear();
    await page.click('#fots');
    // The procedures marked "4 on the spot" in the fixture: some, not all, so that the filter has something to hide.
    const fots = procedureFiles().filter((name) =>
      /^four_on_the_spot: true$/m.test(readFileSync(join(catalog, name), 'utf8')),
    ).length;
    expect(fots).toBeGreaterThan(0);
    expect(fots).toBeLessThan(COUNT);
    expect(await visible()).toBe(fots);
    await page.close();
  });

  it('has links that all resolve, from the index to every page and back', async () => {
    const pages = [
      join(site, 'index.html'),
      join(site, 'summary.html'),
      ...ids().flatMap((id) => [join(site, 'p', id, 'index.html'), join(site, 'p', id, 'citizen.html')]),
    ];
    // Every page in a tab of its own, all at once: the loading is the browser's work, not this file's.
    const links = await Promise.all(
      pages.map(async (file) => {
        const tab = await browser.newPage();
        try {
          await tab.goto(pathToFileURL(file).href);
          return { file, hrefs: await tab.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href)) };
        } finally {
          await tab.close();
        }
      }),
    );
    for (const { file, hrefs } of links)
      for (const href of hrefs.filter((h) => h.startsWith('file:')))
        expect(existsSync(new URL(href)), `${href} from ${file}`).toBe(true);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    // A title leads to the citizen page, and from there to the ISO document.
    await Promise.all([page.waitForNavigation(), page.click('tbody tr a')]);
    expect(await page.$eval('body', (body) => body.textContent)).toContain('Hồ sơ cần chuẩn bị');
    await Promise.all([page.waitForNavigation(), page.click('footer.links a')]);
    expect(await page.$eval('body', (body) => body.textContent)).toContain('QUY TRÌNH');
    await page.close();
  });
});

/** The processes a process started (Linux's /proc), read before it is killed and they are handed to init. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return []; // it has already ended
  }
}

/** Waits until a condition holds or a time has passed (milliseconds). */
async function until(condition: () => boolean, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Kills the process group a process leads, if it leads one. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Not a group leader, or already gone.
  }
}

describe('an interrupted build', () => {
  let browser: number[] = [];
  // Should the browser outlive the build after all (the assertion below fails), end it: no run leaves one behind.
  afterAll(() => browser.forEach(killGroup));

  it('leaves only complete files, takes its browser with it, and the next build finishes the job', async () => {
    const out = join(work, 'killed-site');
    const child = spawn(process.execPath, [BIN, 'build', catalog, '-o', out, '--clean'], { stdio: 'ignore' });
    // Kill it hard once half of the procedures have pages (their PDFs in flight) but before it can finish.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const done = existsSync(join(out, 'p')) ? readdirSync(join(out, 'p')).length : 0;
        if (done >= COUNT / 2 || child.exitCode !== null) {
          clearInterval(poll);
          browser = childrenOf(child.pid!);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    // procmap drives Chromium over a pipe: a build killed hard takes its browser with it, none is left running.
    expect(browser.length).toBeGreaterThan(0);
    await until(() => browser.every((pid) => !existsSync(`/proc/${pid}`)), 10_000);
    expect(browser.filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    for (const file of files(out)) {
      if (/\.procmap-tmp-\d+-[0-9a-f]+$/.test(file)) continue; // a temporary file the kill left behind; never a final name
      const bytes = readFileSync(join(out, file));
      if (file.endsWith('.html')) expect(bytes.toString().trimEnd().endsWith('</html>'), file).toBe(true);
      if (file.endsWith('.pdf')) expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF'), file).toBe(true);
      if (file.endsWith('.svg')) expect(bytes.toString().trimEnd().endsWith('</svg>'), file).toBe(true);
      if (file.endsWith('.json')) expect(() => JSON.parse(bytes.toString())).not.toThrow();
    }
    const again = await runCli(['build', catalog, '-o', out], { browsers });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^đã tạo ${COUNT} quy trình`));
    expect(files(out).filter((f) => /procmap-tmp|\.procmap-build\.lock/.test(f))).toEqual([]);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('is never taken for a finished one: the next build renders again what it had rewritten', async () => {
    const copy = copyOfBuild('rewritten');
    expect((await runCli(['build', copy.catalog, '-o', copy.site], { browsers })).code).toBe(0);
    const originals = new Map(procedureFiles().map((file) => [file, readFileSync(join(copy.catalog, file))]));
    for (const [file, bytes] of originals)
      writeFileSync(join(copy.catalog, file), bytes.toString().replace(/^title: (.*)$/m, 'title: $1 (bản nháp)'));
    const pages = () => ids(copy.site).map((id) => readFileSync(join(copy.site, 'p', id, 'index.html'), 'utf8'));
    const child = spawn(process.execPath, [BIN, 'build', copy.catalog, '-o', copy.site], { stdio: 'ignore' });
    // Kill it hard once it has rewritten a first page, before it can finish the others.
    await new Promise<void>((resolve) => {
      // A page or its folder may be gone for the instant the build puts a new one in its place: looked at again.
      const rewritten = () => {
        try {
          return pages().some((page) => page.includes('(bản nháp)'));
        } catch {
          return false;
        }
      };
      const poll = setInterval(() => {
        if (rewritten() || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 10);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(child.signalCode).toBe('SIGKILL');
    expect(pages().filter((page) => page.includes('(bản nháp)')).length).toBeGreaterThan(0);
    // Back to the files the finished build was made from: the pages the killed one rewrote must not stay.
    for (const [file, bytes] of originals) writeFileSync(join(copy.catalog, file), bytes);
    const again = await runCli(['build', copy.catalog, '-o', copy.site], { browsers });
    expect(again.code).toBe(0);
    expect(pages().filter((page) => page.includes('(bản nháp)'))).toEqual([]);
  });
});
