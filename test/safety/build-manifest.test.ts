import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';
import { catalogOf, copyOf, workFolder } from './helpers.js';

// One Chromium for the file, lent to every in-process run.
const browsers = shareBrowser();

// Issue 14, items 1, 2 and 6: a build deletes only what it wrote and can prove it wrote, and one build at a time.
// One site is built for the file; each test tampers with its own copy of it, so no test sees another's changes.
const work = workFolder('manifest');
const catalog = catalogOf(join(work, 'catalog'), 'xa/chung-thuc-ban-sao.yaml');
const built = join(work, 'built');
const KEY = 'a'.repeat(64);

beforeAll(async () => {
  const first = await runCli(['build', catalog, '-o', built, '--no-pdf'], { browsers });
  expect(first.code, first.stderr).toBe(0);
}, 240_000);

/** A test's own folder holding a copy of the built site. */
function siteCopy(name: string): { dir: string; site: string; manifest: string } {
  const dir = join(work, name);
  const site = copyOf(built, join(dir, 'site'));
  return { dir, site, manifest: join(site, '.procmap-build.json') };
}

function setManifest(path: string, extra: Record<string, unknown>): void {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, unknown> };
  writeFileSync(path, JSON.stringify({ ...manifest, entries: { ...manifest.entries, ...extra } }));
}

/** The manifest's record of the files procmap wrote. */
function files(path: string): Record<string, string> {
  return (JSON.parse(readFileSync(path, 'utf8')) as { files: Record<string, string> }).files;
}

/** The id of a process that has ended (a quick `node --version`): a stand-in for a build that was killed. */
function deadProcessId(): number {
  return spawnSync(process.execPath, ['--version']).pid;
}

describe('build trusts only what it can prove it wrote', () => {
  it('never deletes a file outside the site that a tampered manifest names', async () => {
    const { dir, site, manifest } = siteCopy('outside');
    mkdirSync(join(dir, 'victim'), { recursive: true });
    writeFileSync(join(dir, 'victim', 'precious.txt'), 'precious');
    setManifest(manifest, { 'QT-GONE': { key: KEY, outputs: ['../victim/precious.txt', '/etc/hostname'] } });
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'victim', 'precious.txt'), 'utf8')).toBe('precious');
    expect(result.stderr).toContain('is damaged; every procedure is rendered again');
    expect(result.stdout).toMatch(/1 rendered, 0 up to date, 0 removed/);
  }, 240_000);

  it('takes a chart hash that is not a hash for a damaged manifest, and draws the chart again', async () => {
    const { site, manifest } = siteCopy('chart-key');
    const entries = (JSON.parse(readFileSync(manifest, 'utf8')) as { entries: Record<string, object> }).entries;
    const [id, entry] = Object.entries(entries)[0]!;
    setManifest(manifest, { [id]: { ...entry, chart: '../flowchart.svg' } });
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('is damaged; every procedure is rendered again');
    expect(result.stdout).toMatch(/1 rendered, 0 up to date, 0 removed/);
    expect(JSON.parse(readFileSync(manifest, 'utf8')).entries[id].chart).toMatch(/^[0-9a-f]{64}$/);
  }, 240_000);

  it('never deletes a file of the site that procmap does not write for that procedure', async () => {
    const { site, manifest } = siteCopy('not-ours');
    writeFileSync(join(site, 'notes.txt'), 'mine');
    setManifest(manifest, { 'QT-GONE': { key: KEY, outputs: ['notes.txt'] } });
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers });
    expect(result.code).toBe(0);
    expect(readFileSync(join(site, 'notes.txt'), 'utf8')).toBe('mine');
  }, 240_000);

  it.each([
    ['an entry that is null', 'null-entry', (manifest: string) => setManifest(manifest, { 'QT-X': null })],
    [
      'a record of its inputs that is not a hash',
      'bad-inputs',
      (manifest: string) => {
        const data = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
        writeFileSync(manifest, JSON.stringify({ ...data, inputs: { key: 'same', logos: ['/etc/hostname'] } }));
      },
    ],
    [
      "a written file's record naming a file procmap does not write",
      'bad-record',
      (manifest: string) => {
        const data = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
        writeFileSync(manifest, JSON.stringify({ ...data, files: { '../victim': `${KEY} 1 2` } }));
      },
    ],
    [
      'outputs that are not a list, and cut-off JSON',
      'cut-off',
      (manifest: string) => writeFileSync(manifest, '{"version":1,"entries":{"QT-X":{"outputs":"p"}'),
    ],
  ])(
    'rebuilds everything, without crashing, from a manifest with %s',
    async (_name, folder, damage) => {
      const { site, manifest } = siteCopy(folder);
      damage(manifest);
      const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
      expect(result.stderr).not.toContain('internal error');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/1 rendered, 0 up to date/);
    },
    240_000,
  );

  it('leaves an output name that is a folder (with a user file in it) alone', async () => {
    const { site, manifest } = siteCopy('folder');
    mkdirSync(join(site, 'p', 'QT-GONE', 'index.html'), { recursive: true });
    writeFileSync(join(site, 'p', 'QT-GONE', 'index.html', 'keep.txt'), 'keep');
    setManifest(manifest, { 'QT-GONE': { key: KEY, outputs: ['p/QT-GONE/index.html'] } });
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers });
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(0);
    expect(readFileSync(join(site, 'p', 'QT-GONE', 'index.html', 'keep.txt'), 'utf8')).toBe('keep');
  });

  it("leaves a user's files that merely look like interrupted writes", async () => {
    const { site } = siteCopy('look-alikes');
    mkdirSync(join(site, 'backups'), { recursive: true });
    const mine = [
      join(site, 'backups', 'accounts.json.20240101'),
      join(site, 'thesis.pdf.1'),
      join(site, 'p', 'QT-CT-01', 'index.html.2'),
    ];
    for (const file of mine) writeFileSync(file, 'mine');
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers });
    expect(result.code).toBe(0);
    for (const file of mine) expect(existsSync(file)).toBe(true);
  });

  it('removes a temporary file a killed build left, but never a live build’s', async () => {
    const { site } = siteCopy('temporary');
    const abandoned = join(site, `.index.html.procmap-tmp-${deadProcessId()}-0123abcd`);
    const live = join(site, `.summary.html.procmap-tmp-${process.pid}-0123abcd`);
    writeFileSync(abandoned, 'half');
    writeFileSync(live, 'half');
    expect((await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers })).code).toBe(0);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});

describe('a first build into a folder procmap never built in', () => {
  it("refuses to replace a user's file of a name it writes, and writes nothing", async () => {
    const site = join(work, 'users-folder');
    mkdirSync(join(site, 'p', 'QT-CT-01'), { recursive: true });
    const mine = [join(site, 'index.html'), join(site, 'p', 'QT-CT-01', 'QT-CT-01.md'), join(site, 'notes.txt')];
    for (const file of mine) writeFileSync(file, 'mine');
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers });
    expect([result.code, result.stderr]).toEqual([
      2,
      `procmap: Không dựng trang vào "${site}": thư mục đã có "index.html", "p/QT-CT-01/QT-CT-01.md", sẽ bị ghi đè, mà procmap chưa từng dựng trang ở đây (không có .procmap-build.json); hãy chuyển các tệp đó đi, hoặc dựng vào một thư mục trống\n`,
    ]);
    for (const file of mine) expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(readdirSync(site).sort()).toEqual(['index.html', 'notes.txt', 'p']);
  });

  it('builds beside files of other names, and claims the folder before its first page', async () => {
    const site = join(work, 'shared-folder');
    mkdirSync(site);
    writeFileSync(join(site, 'README.md'), 'mine');
    expect((await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers })).code).toBe(0);
    expect(readFileSync(join(site, 'README.md'), 'utf8')).toBe('mine');
    // A site procmap built is its own: the next build rewrites its pages.
    expect((await runCli(['build', catalog, '-o', site, '--no-pdf', '--clean'], { browsers })).code).toBe(0);
  });
});

describe('a later build into a site procmap built', () => {
  it("refuses a user's file at a path the manifest does not list, and deletes nothing of theirs later", async () => {
    const { dir, site } = siteCopy('later-users-file');
    // The officer adds a procedure whose pages would land where they keep a page of their own.
    const grown = catalogOf(join(dir, 'catalog'), 'xa/chung-thuc-ban-sao.yaml');
    const source = readFileSync(join(grown, 'xa-chung-thuc-ban-sao.yaml'), 'utf8');
    writeFileSync(join(grown, 'moi.yaml'), source.replace(/^id: QT-CT-01$/m, 'id: QT-NEW-01'));
    const page = join(site, 'p', 'QT-NEW-01', 'index.html');
    mkdirSync(join(site, 'p', 'QT-NEW-01'), { recursive: true });
    writeFileSync(page, 'mine');
    const refused = await runCli(['build', grown, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `it holds "p/QT-NEW-01/index.html", which the build would replace, and procmap did not write it (.procmap-build.json does not list it)`,
    );
    expect(readFileSync(page, 'utf8')).toBe('mine');
    // A Word file of the officer's, before --docx was first given: refused too.
    const word = join(site, 'p', 'QT-CT-01', 'QT-CT-01.docx');
    writeFileSync(word, 'mine');
    const docx = await runCli(['build', catalog, '-o', site, '--no-pdf', '--docx', '--lang', 'en'], { browsers });
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('"p/QT-CT-01/QT-CT-01.docx"');
    expect(readFileSync(word, 'utf8')).toBe('mine');
  }, 240_000);

  it('knows the files of a build stopped part way for its own, and builds over them', async () => {
    const { site, manifest } = siteCopy('stopped');
    // What a stopped build leaves: the procedure claimed under a key nothing hashes to, its files partly written.
    const entries = (JSON.parse(readFileSync(manifest, 'utf8')) as { entries: Record<string, { outputs: string[] }> })
      .entries;
    const [id, entry] = Object.entries(entries)[0]!;
    setManifest(manifest, { [id]: { key: '0'.repeat(64), outputs: entry.outputs } });
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/1 rendered, 0 up to date, 0 removed/);
  }, 240_000);
});

describe('a build that no longer writes a file an earlier build wrote', () => {
  const listed = (manifest: string): string[] =>
    Object.values(
      (JSON.parse(readFileSync(manifest, 'utf8')) as { entries: Record<string, { outputs: string[] }> }).entries,
    ).flatMap((entry) => entry.outputs);
  const build = (site: string, from: string, ...options: string[]) =>
    runCli(['build', from, '-o', site, '--lang', 'en', ...options], { browsers });

  it('removes the Word file once --docx is left out, and writes it again when it is back', async () => {
    const { site, manifest } = siteCopy('docx-dropped');
    const word = join(site, 'p', 'QT-CT-01', 'QT-CT-01.docx');
    expect((await build(site, catalog, '--no-pdf', '--docx')).code).toBe(0);
    expect(existsSync(word)).toBe(true);
    const without = await build(site, catalog, '--no-pdf');
    expect([without.code, without.stderr]).toEqual([0, '']);
    // Left there, unlisted, it was a superseded document still published, and the next --docx build refused it.
    expect(existsSync(word)).toBe(false);
    expect(listed(manifest)).not.toContain('p/QT-CT-01/QT-CT-01.docx');
    expect(readFileSync(join(site, 'p', 'QT-CT-01', 'index.html'), 'utf8')).not.toContain('.docx');
    const again = await build(site, catalog, '--no-pdf', '--docx');
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(existsSync(word)).toBe(true);
    // --clean renders everything again, and still knows the Word file for procmap's.
    const clean = await build(site, catalog, '--no-pdf', '--clean');
    expect([clean.code, clean.stderr]).toEqual([0, '']);
    expect(existsSync(word)).toBe(false);
    expect((await build(site, catalog, '--no-pdf', '--docx', '--clean')).code).toBe(0);
    expect(existsSync(word)).toBe(true);
  }, 240_000);

  it('never leaves the PDF of an earlier revision published after a --no-pdf build', async () => {
    const { dir, site, manifest } = siteCopy('pdf-dropped');
    const changing = copyOf(catalog, join(dir, 'catalog'));
    const file = join(changing, 'xa-chung-thuc-ban-sao.yaml');
    const pdf = join(site, 'p', 'QT-CT-01', 'QT-CT-01.pdf');
    expect((await build(site, changing)).code).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^revision: 1$/m, 'revision: 2'));
    const without = await build(site, changing, '--no-pdf');
    expect([without.code, without.stderr]).toEqual([0, '']);
    expect(existsSync(pdf)).toBe(false);
    expect(listed(manifest)).not.toContain('p/QT-CT-01/QT-CT-01.pdf');
    const again = await build(site, changing);
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(existsSync(pdf)).toBe(true);
  }, 240_000);

  it('removes the files of a procedure gone from the catalog with --clean too', async () => {
    const { dir, site, manifest } = siteCopy('clean-gone');
    const grown = copyOf(catalog, join(dir, 'catalog'));
    const source = readFileSync(join(grown, 'xa-chung-thuc-ban-sao.yaml'), 'utf8');
    writeFileSync(join(grown, 'moi.yaml'), source.replace(/^id: QT-CT-01$/m, 'id: QT-NEW-01'));
    expect((await build(site, grown, '--no-pdf')).code).toBe(0);
    expect(existsSync(join(site, 'p', 'QT-NEW-01', 'index.html'))).toBe(true);
    rmSync(join(grown, 'moi.yaml'));
    const clean = await build(site, grown, '--no-pdf', '--clean');
    expect([clean.code, clean.stderr]).toEqual([0, '']);
    expect(clean.stdout).toMatch(/1 rendered, 0 up to date, 1 removed/);
    // Before, --clean forgot them: left published, unlisted, and refused when the procedure came back.
    expect(existsSync(join(site, 'p', 'QT-NEW-01'))).toBe(false);
    expect(listed(manifest).some((output) => output.includes('QT-NEW-01'))).toBe(false);
  }, 240_000);
});

describe('a build keeps a file changed since procmap wrote it', () => {
  const build = (site: string, from: string, ...options: string[]) =>
    runCli(['build', from, '-o', site, '--lang', 'en', ...options], { browsers });
  const kept = (path: string) =>
    `procmap: "${path}" was changed since procmap wrote it, so the build left it as it is; move it out of the site folder or delete it, then build again\n`;

  it('never removes an edited file of a procedure gone from the catalog, and says so until it is moved', async () => {
    const { dir, site } = siteCopy('kept-gone');
    const grown = copyOf(catalog, join(dir, 'catalog'));
    const source = readFileSync(join(grown, 'xa-chung-thuc-ban-sao.yaml'), 'utf8');
    writeFileSync(join(grown, 'moi.yaml'), source.replace(/^id: QT-CT-01$/m, 'id: QT-NEW-01'));
    expect((await build(site, grown, '--no-pdf')).code).toBe(0);
    const edited = join(site, 'p', 'QT-NEW-01', 'QT-NEW-01.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}Ghi chú của cán bộ\n`);
    const text = readFileSync(edited, 'utf8');
    rmSync(join(grown, 'moi.yaml'));
    // Before, "1 removed" and the officer's note was gone without a word.
    const result = await build(site, grown, '--no-pdf');
    expect([result.code, result.stderr]).toEqual([2, kept(edited)]);
    // Neither removed nor rendered: kept, as standard error says.
    expect(result.stdout).toMatch(/: 0 rendered, 1 up to date, 0 removed, 1 kept as edited \(/);
    expect(readFileSync(edited, 'utf8')).toBe(text);
    expect(readdirSync(join(site, 'p', 'QT-NEW-01'))).toEqual(['QT-NEW-01.md']);
    // The rest of the site is built: the index no longer lists the procedure.
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toContain('QT-NEW-01');
    const again = await build(site, grown, '--no-pdf');
    expect([again.code, again.stderr]).toEqual([2, kept(edited)]);
    rmSync(edited);
    const moved = await build(site, grown, '--no-pdf');
    expect([moved.code, moved.stderr]).toEqual([0, '']);
  }, 240_000);

  it('counts a procedure kept for an edited page as kept, not rendered, on every build until the edit is moved', async () => {
    const { site } = siteCopy('kept-count');
    expect((await build(site, catalog, '--no-pdf')).code).toBe(0);
    const page = join(site, 'p', 'QT-CT-01', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>Ghi chú của cán bộ</p></main>'));
    // Before, each of these said "1 rendered": nothing on the site changed, the officer's page was left.
    for (let run = 0; run < 2; run++) {
      const warm = await build(site, catalog, '--no-pdf');
      expect([warm.code, warm.stderr]).toEqual([2, kept(page)]);
      expect(warm.stdout).toMatch(
        /^built 1 procedure into .*: 0 rendered, 0 up to date, 0 removed, 1 kept as edited \(/,
      );
    }
    const vi = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'vi'], { browsers });
    // Another language writes every file anew: the page is still kept, the procedure's other files are new.
    expect(vi.code).toBe(2);
    expect(vi.stdout).toMatch(/: 1 tạo mới, 0 không đổi, 0 đã xóa \(/);
    const viAgain = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'vi'], { browsers });
    expect(viAgain.stdout).toMatch(/: 0 tạo mới, 0 không đổi, 0 đã xóa, 1 giữ nguyên vì có tệp đã được sửa \(/);
  }, 240_000);

  it('says once that a procedure folder was deleted, not once per file in it', async () => {
    const { site } = siteCopy('deleted-folder');
    expect((await build(site, catalog, '--no-pdf')).code).toBe(0);
    const folder = join(site, 'p', 'QT-CT-01');
    rmSync(folder, { recursive: true });
    // Before: four lines, one for each of index.html, citizen.html, flowchart.svg and QT-CT-01.md.
    const result = await build(site, catalog, '--no-pdf');
    expect([result.code, result.stderr]).toEqual([
      0,
      `procmap: the folder "${folder}" was deleted since procmap wrote it; the build writes it again, as the procedure is still in the catalog (to take a procedure off the site, remove its file from the catalog)\n`,
    ]);
    expect(result.stdout).toMatch(/: 1 rendered, 0 up to date, 0 removed \(/);
    expect(readdirSync(folder).sort()).toEqual(['QT-CT-01.md', 'citizen.html', 'flowchart.svg', 'index.html']);
  }, 240_000);

  it("keeps the officer's own 404.html, says so, and builds the rest without failing", async () => {
    // A site built before procmap wrote a 404 page, with the office's own: it has no record of procmap's writing.
    const { site, manifest } = siteCopy('own-404');
    const record = JSON.parse(readFileSync(manifest, 'utf8')) as { files: Record<string, string> };
    delete record.files['404.html'];
    writeFileSync(manifest, JSON.stringify(record));
    const own = join(site, '404.html');
    writeFileSync(own, '<h1>Trang của Sở</h1>\n');
    const note = `procmap: kept your own "${own}" (procmap did not write it, or it was changed since); procmap's 404 page was not written over it\n`;
    for (let run = 0; run < 2; run++) {
      const result = await build(site, catalog, '--no-pdf');
      expect([result.code, result.stderr]).toEqual([0, note]);
      expect(readFileSync(own, 'utf8')).toBe('<h1>Trang của Sở</h1>\n');
    }
  }, 240_000);

  it('renders a procedure again around an edited Word file, and replaces a file only touched', async () => {
    const { dir, site } = siteCopy('kept-rendered');
    const changing = copyOf(catalog, join(dir, 'catalog'));
    const file = join(changing, 'xa-chung-thuc-ban-sao.yaml');
    expect((await build(site, changing, '--no-pdf', '--docx')).code).toBe(0);
    // Edited in Word in place, to the same size: only the bytes tell.
    const word = join(site, 'p', 'QT-CT-01', 'QT-CT-01.docx');
    const bytes = readFileSync(word);
    bytes[100] = bytes[100]! ^ 1;
    writeFileSync(word, bytes);
    // Opened and saved unchanged: the same bytes at a later time are still procmap's.
    const page = join(site, 'p', 'QT-CT-01', 'index.html');
    writeFileSync(page, readFileSync(page));
    const markdown = join(site, 'p', 'QT-CT-01', 'QT-CT-01.md');
    const before = readFileSync(markdown, 'utf8');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^revision: 1$/m, 'revision: 2'));
    const result = await build(site, changing, '--no-pdf', '--docx');
    expect([result.code, result.stderr]).toEqual([2, kept(word)]);
    expect(result.stdout).toMatch(/1 rendered, 0 up to date, 0 removed/);
    expect(readFileSync(word)).toEqual(bytes);
    // The rest of the procedure is rendered anew, the page only touched too.
    expect(readFileSync(markdown, 'utf8')).not.toBe(before);
    // Nor is it removed as a superseded document once --docx is left out.
    const without = await build(site, changing, '--no-pdf');
    expect([without.code, without.stderr]).toEqual([2, kept(word)]);
    expect(readFileSync(word)).toEqual(bytes);
  }, 240_000);

  it('notices a page edited or deleted since, even when nothing else changed', async () => {
    const { site } = siteCopy('kept-warm');
    // The copy's own first build records its pages; the next one finds nothing changed.
    expect((await build(site, catalog, '--no-pdf')).code).toBe(0);
    expect((await build(site, catalog, '--no-pdf')).stdout).toMatch(/0 rendered, 1 up to date, 0 removed/);
    const page = join(site, 'p', 'QT-CT-01', 'index.html');
    const built = readFileSync(page, 'utf8');
    writeFileSync(page, built.replace('</main>', '<p>Ghi chú của cán bộ</p></main>'));
    const edited = readFileSync(page, 'utf8');
    // Before, the warm build's fast path said "0 rendered, 1 up to date" and nothing of the edit.
    const warm = await build(site, catalog, '--no-pdf');
    expect([warm.code, warm.stderr]).toEqual([2, kept(page)]);
    expect(readFileSync(page, 'utf8')).toBe(edited);
    rmSync(page);
    const deleted = await build(site, catalog, '--no-pdf');
    expect([deleted.code, deleted.stderr]).toEqual([
      0,
      `procmap: "${page}" was deleted since procmap wrote it; the build writes it again\n`,
    ]);
    expect(deleted.stdout).toMatch(/1 rendered, 0 up to date, 0 removed/);
    expect(readFileSync(page, 'utf8')).toBe(built);
    // Saved unchanged (the same bytes at a later time), as a copy of the site without its times is: still procmap's,
    // nothing said, and its new time recorded, so that the next warm build proves it untouched without reading it.
    const markdown = join(site, 'p', 'QT-CT-01', 'QT-CT-01.md');
    writeFileSync(markdown, readFileSync(markdown));
    const again = await build(site, catalog, '--no-pdf');
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toMatch(/0 rendered, 1 up to date, 0 removed/);
    const { size, mtimeMs } = statSync(markdown);
    expect(files(join(site, '.procmap-build.json'))['p/QT-CT-01/QT-CT-01.md']).toMatch(
      new RegExp(` ${size} ${String(mtimeMs).replace('.', '\\.')}$`),
    );
  }, 240_000);

  it('replaces by name the files of a manifest written before the record, and never removes one', async () => {
    const { dir, site, manifest } = siteCopy('kept-older');
    const changing = copyOf(catalog, join(dir, 'catalog'));
    const file = join(changing, 'xa-chung-thuc-ban-sao.yaml');
    const older = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
    expect(older.files).toBeDefined();
    delete older.files;
    writeFileSync(manifest, JSON.stringify(older));
    const markdown = join(site, 'p', 'QT-CT-01', 'QT-CT-01.md');
    writeFileSync(markdown, 'edited before the upgrade');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^revision: 1$/m, 'revision: 2'));
    // An upgrade is not refused: the files of the procedures it renders are procmap's by name, and recorded.
    const result = await build(site, changing, '--no-pdf');
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(readFileSync(markdown, 'utf8')).not.toBe('edited before the upgrade');
    expect(Object.keys(files(manifest))).toContain('p/QT-CT-01/QT-CT-01.md');
  }, 240_000);
});

describe('a file the manifest lists with no record of what procmap wrote there', () => {
  const build = (site: string, from: string, ...options: string[]) =>
    runCli(['build', from, '-o', site, '--lang', 'en', ...options], { browsers });
  const unproved = (path: string) =>
    `procmap: "${path}" has no record in .procmap-build.json of what procmap wrote there, so procmap cannot tell it wrote it and the build left it as it is; if it is an old file of procmap's, delete it yourself; if it is yours, move it out of the site folder; then build again\n`;

  it("is never removed: a planted entry cannot delete a user's hand-made page, nor pass for a built site", async () => {
    const { site, manifest } = siteCopy('planted');
    const page = join(site, 'p', 'QT-MINE', 'index.html');
    mkdirSync(join(site, 'p', 'QT-MINE'));
    writeFileSync(page, '<h1>hand-made page</h1>');
    setManifest(manifest, { 'QT-MINE': { key: KEY, outputs: ['p/QT-MINE/index.html'] } });
    // Before, the build with nothing changed took the planted entry on trust: "2 procedures … 2 up to date".
    const warm = await build(site, catalog, '--no-pdf');
    expect([warm.code, warm.stderr]).toEqual([2, unproved(page)]);
    expect(warm.stdout).toMatch(/^built 1 procedure into .*, 0 removed/);
    // Before, "1 removed" and the page was gone.
    const clean = await build(site, catalog, '--no-pdf', '--clean');
    expect([clean.code, clean.stderr]).toEqual([2, unproved(page)]);
    expect(clean.stdout).toMatch(/1 rendered, 0 up to date, 0 removed/);
    expect(readFileSync(page, 'utf8')).toBe('<h1>hand-made page</h1>');
    rmSync(page);
    const moved = await build(site, catalog, '--no-pdf');
    expect([moved.code, moved.stderr]).toEqual([0, '']);
  }, 240_000);

  it.each([
    ['one record', (m: Record<string, Record<string, unknown>>) => delete m.files!['p/QT-NEW-01/QT-NEW-01.md']],
    ['the whole record', (m: Record<string, Record<string, unknown>>) => delete m.files],
  ])(
    "keeps an officer's edited file of a procedure gone from the catalog when %s is missing",
    async (what, drop) => {
      const { dir, site, manifest } = siteCopy(`unrecorded-${what.replace(/ /g, '-')}`);
      const grown = copyOf(catalog, join(dir, 'catalog'));
      const source = readFileSync(join(grown, 'xa-chung-thuc-ban-sao.yaml'), 'utf8');
      writeFileSync(join(grown, 'moi.yaml'), source.replace(/^id: QT-CT-01$/m, 'id: QT-NEW-01'));
      expect((await build(site, grown, '--no-pdf')).code).toBe(0);
      const edited = join(site, 'p', 'QT-NEW-01', 'QT-NEW-01.md');
      writeFileSync(edited, `${readFileSync(edited, 'utf8')}Ghi chú của cán bộ\n`);
      const text = readFileSync(edited, 'utf8');
      const data = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Record<string, unknown>>;
      drop(data);
      writeFileSync(manifest, JSON.stringify(data));
      rmSync(join(grown, 'moi.yaml'));
      // Before, exit 0, no word, and the officer's note was gone.
      const result = await build(site, grown, '--no-pdf');
      expect(result.code).toBe(2);
      // With no record at all (an older procmap's manifest), none of the procedure's files is proved procmap's.
      expect(result.stderr).toContain(unproved(edited));
      expect(readFileSync(edited, 'utf8')).toBe(text);
    },
    240_000,
  );

  it("is not replaced either, once the manifest records procmap's files", async () => {
    const { dir, site, manifest } = siteCopy('unrecorded-replaced');
    const changing = copyOf(catalog, join(dir, 'catalog'));
    const file = join(changing, 'xa-chung-thuc-ban-sao.yaml');
    const data = JSON.parse(readFileSync(manifest, 'utf8')) as { files: Record<string, string> };
    delete data.files['p/QT-CT-01/QT-CT-01.md'];
    writeFileSync(manifest, JSON.stringify(data));
    const markdown = join(site, 'p', 'QT-CT-01', 'QT-CT-01.md');
    writeFileSync(markdown, 'mine');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^revision: 1$/m, 'revision: 2'));
    const result = await build(site, changing, '--no-pdf');
    expect([result.code, result.stderr]).toEqual([2, unproved(markdown)]);
    expect(readFileSync(markdown, 'utf8')).toBe('mine');
  }, 240_000);
});

describe('a build stopped part way', () => {
  const build = (site: string, from: string, ...options: string[]) =>
    runCli(['build', from, '-o', site, '--lang', 'en', ...options], { browsers });
  const half = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 32);

  it('still knows an edit made afterwards to a file it was about to rewrite', async () => {
    const { dir, site } = siteCopy('stopped-edit');
    // A field the view does not have: the build stops at its first procedure, as a killed one would.
    const templates = join(dir, 'templates');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    writeFileSync(join(templates, 'partials', 'signoff.hbs'), '{{nmae}}\n');
    const stopped = await build(site, catalog, '--no-pdf', '--template', templates);
    expect(stopped.code).toBe(2);
    const edited = join(site, 'p', 'QT-CT-01', 'QT-CT-01.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}Ghi chú của cán bộ\n`);
    const text = readFileSync(edited, 'utf8');
    // Before, the stopped build had dropped the file's record: the note was written over, exit 0, no word.
    const result = await build(site, catalog, '--no-pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`"${edited}" was changed since procmap wrote it`);
    expect(readFileSync(edited, 'utf8')).toBe(text);
  }, 240_000);

  it.each(['manifest', 'pending'] as const)(
    'knows for its own a file holding the bytes it was about to write, and nothing else (records in the %s file)',
    async (where) => {
      const { dir, site, manifest } = siteCopy(`stopped-pending-${where}`);
      const changing = copyOf(catalog, join(dir, 'catalog'));
      const file = join(changing, 'xa-chung-thuc-ban-sao.yaml');
      const markdown = join(site, 'p', 'QT-CT-01', 'QT-CT-01.md');
      const page = join(site, 'p', 'QT-CT-01', 'index.html');
      // What a build killed after two writes leaves: the old bytes' records, and the new bytes' pending ones; the page
      // was then edited.
      const data = JSON.parse(readFileSync(manifest, 'utf8')) as { files: Record<string, string> };
      const newer = (path: string) => readFileSync(path);
      data.files['p/QT-CT-01/QT-CT-01.md'] = `${'b'.repeat(32)} 7 1000`;
      data.files['p/QT-CT-01/index.html'] = `${'b'.repeat(32)} 7 1000`;
      const pending = {
        'p/QT-CT-01/QT-CT-01.md': `${half(newer(markdown))} ${newer(markdown).length}`,
        'p/QT-CT-01/index.html': `${half(newer(page))} ${newer(page).length}`,
      };
      // A build saves them in a small file of their own (.procmap-build-pending.json), an older one in the manifest.
      if (where === 'manifest') writeFileSync(manifest, JSON.stringify({ ...data, pending }));
      else {
        writeFileSync(manifest, JSON.stringify(data));
        writeFileSync(join(site, '.procmap-build-pending.json'), JSON.stringify({ pending }));
      }
      const before = readFileSync(markdown, 'utf8');
      writeFileSync(page, `${readFileSync(page, 'utf8')}<!-- edited -->`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^revision: 1$/m, 'revision: 2'));
      const result = await build(site, changing, '--no-pdf');
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `procmap: "${page}" was changed since procmap wrote it, so the build left it as it is; move it out of the site folder or delete it, then build again\n`,
      );
      // Before, the markdown was taken for an edit too (its settled record holds other bytes) and kept.
      expect(readFileSync(markdown, 'utf8')).not.toBe(before);
      expect(readFileSync(page, 'utf8')).toContain('<!-- edited -->');
      // The build finished its writes: the pending records have served, and are gone.
      expect(existsSync(join(site, '.procmap-build-pending.json'))).toBe(false);
    },
    240_000,
  );
});

describe('one build at a time into a folder', () => {
  it('exits 2 with a clear message while another build holds the folder', async () => {
    const { site } = siteCopy('locked');
    // The test runner's parent is a live process other than the build's: its id in the lock stands for a running build.
    writeFileSync(join(site, '.procmap-build.lock'), `${process.ppid}\n`);
    const before = readdirSync(site).sort();
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: Another procmap build (process ${process.ppid}) is writing into "${site}"; run this one when it has finished (if no build is running, delete ${join(site, '.procmap-build.lock')})\n`,
    );
    expect(readdirSync(site).sort()).toEqual(before);
  });

  it('takes over a lock naming its own process id, left by an earlier run given the same id', async () => {
    const { site } = siteCopy('own-id-lock');
    // In a container, process ids repeat from one start to the next: the build in this process is the one now.
    writeFileSync(join(site, '.procmap-build.lock'), `${process.pid}\n`);
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(existsSync(join(site, '.procmap-build.lock'))).toBe(false);
  });

  it('takes over the lock of a build that is no longer running, and releases it', async () => {
    const { site } = siteCopy('stale-lock');
    writeFileSync(join(site, '.procmap-build.lock'), `${deadProcessId()}\n`);
    expect((await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers })).code).toBe(0);
    expect(existsSync(join(site, '.procmap-build.lock'))).toBe(false);
  });
});
