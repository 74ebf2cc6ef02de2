import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';
import { catalogOf, copyOf, workFolder } from './helpers.js';

// One Chromium for the file, lent to every in-process run.
const browsers = shareBrowser();

// Issue 14, item 3: procmap never writes through a symbolic link it did not make.
const work = workFolder('links');
const catalog = catalogOf(join(work, 'catalog'), 'xa/cap-ban-sao-trich-luc-ho-tich.yaml');

function victim(name: string): string {
  const path = join(work, name);
  writeFileSync(path, 'precious');
  return path;
}

/** Every name below `dir`, not through links, with its kind and bytes (a file) or target (a link). */
function folderState(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = join(prefix, name);
      const stats = lstatSync(join(dir, path));
      if (stats.isSymbolicLink()) return [`${path} -> ${readlinkSync(join(dir, path))}`];
      if (stats.isDirectory()) return [`${path}/`, ...folderState(dir, path)];
      return [`${path}: ${readFileSync(join(dir, path)).toString('base64')}`];
    });
}

describe('writes never follow a link procmap did not make', () => {
  it('doc refuses an output name that is a link, and leaves its target alone', async () => {
    const out = join(work, 'doc-out');
    mkdirSync(out);
    const target = victim('victim-doc.txt');
    symlinkSync('../victim-doc.txt', join(out, 'QT-HT-09.md'));
    const result = await runCli(['doc', catalog, '--format', 'md', '-o', out, '--lang', 'en'], { browsers });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: Refusing to write "${join(out, 'QT-HT-09.md')}": it is a symbolic link, and procmap never writes through a link it did not make (remove the link)\n`,
    );
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(lstatSync(join(out, 'QT-HT-09.md')).isSymbolicLink()).toBe(true);
  });

  it('flowchart writes into an -o folder that is itself a link: the user chose it', async () => {
    const out = join(work, 'chart-out');
    mkdirSync(join(work, 'elsewhere'));
    mkdirSync(out);
    symlinkSync('../elsewhere', join(out, 'sub'));
    const result = await runCli(['flowchart', catalog, '--format', 'mmd', '-o', join(out, 'sub')], { browsers });
    // The -o folder itself is the user's choice, link or not: writing into it is what was asked.
    expect(result.code).toBe(0);
    expect(existsSync(join(work, 'elsewhere', 'QT-HT-09.flowchart.mmd'))).toBe(true);
  });

  it('build --clean refuses a page that is a link into somewhere else', async () => {
    const site = join(work, 'site');
    mkdirSync(join(site, 'p', 'QT-HT-09'), { recursive: true });
    const target = victim('victim-build.txt');
    symlinkSync('../../../victim-build.txt', join(site, 'p', 'QT-HT-09', 'index.html'));
    const result = await runCli(['build', catalog, '-o', site, '--clean', '--no-pdf', '--lang', 'en'], { browsers });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `procmap: Refusing to write "${join(site, 'p', 'QT-HT-09', 'index.html')}": it is a symbolic link`,
    );
    expect(readFileSync(target, 'utf8')).toBe('precious');
  }, 240_000);

  it('build refuses a procedure folder that is a link', async () => {
    const site = join(work, 'site2');
    mkdirSync(join(site, 'p'), { recursive: true });
    mkdirSync(join(work, 'outside'));
    symlinkSync('../../outside', join(site, 'p', 'QT-HT-09'));
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `procmap: Refusing to write into "${join(site, 'p', 'QT-HT-09')}": it is a symbolic link`,
    );
    expect(existsSync(join(work, 'outside', 'index.html'))).toBe(false);
  }, 240_000);

  // A refused build changes nothing: before, the manifest and the pending records were saved into the site folder
  // first, and only the write of the first page under p/ found the link.
  it('build refuses a p/ folder that is a link before writing any file of its own', async () => {
    const site = join(work, 'site-p-link');
    mkdirSync(site);
    mkdirSync(join(work, 'outside-p'));
    symlinkSync('../outside-p', join(site, 'p'));
    const before = folderState(site);
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: Refusing to write into "${join(site, 'p')}": it is a symbolic link, and procmap never writes through a link it did not make (remove the link)\n`,
    );
    expect(result.stdout).toBe('');
    expect(folderState(site)).toEqual(before);
    expect(readdirSync(join(work, 'outside-p'))).toEqual([]);
  }, 240_000);

  // A site procmap built, where a page's name is now a folder: the manifest was saved again and the pending records
  // left beside it before the page's write refused the folder.
  it("a later build refuses a folder at a page's name before saving anything", async () => {
    const site = join(work, 'site-folder-at-page');
    const first = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect(first.code, first.stderr).toBe(0);
    rmSync(join(site, 'p', 'QT-HT-09', 'index.html'));
    mkdirSync(join(site, 'p', 'QT-HT-09', 'index.html'));
    const before = folderState(site);
    const result = await runCli(['build', catalog, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      '',
      `procmap: Cannot write "${join(site, 'p', 'QT-HT-09', 'index.html')}": it is a folder, not a file\n`,
    ]);
    expect(folderState(site)).toEqual(before);
  }, 240_000);

  // A walk of the catalog does not follow a link to a folder outside it; a file named through that link was fixed
  // where the link led. Now neither writes there, and the message names the folder to give instead.
  it('lint --fix never rewrites a file named through a link to a folder outside the catalog, as a walk does not', async () => {
    const base = join(work, 'linked-folder');
    mkdirSync(join(base, 'outside'), { recursive: true });
    mkdirSync(join(base, 'catalog', 'procedures'), { recursive: true });
    mkdirSync(join(base, 'catalog', 'procedures', 'own'));
    const text = readFileSync(join(catalog, 'xa-cap-ban-sao-trich-luc-ho-tich.yaml'), 'utf8').normalize('NFD');
    writeFileSync(join(base, 'outside', 'x.yaml'), text);
    symlinkSync('../../outside', join(base, 'catalog', 'procedures', 'ext'));
    // A link to a folder inside the catalog is followed, for writing too.
    writeFileSync(join(base, 'catalog', 'procedures', 'own', 'y.yaml'), text.replace('QT-HT-09', 'QT-HT-19'));
    symlinkSync('own', join(base, 'catalog', 'procedures', 'inside'));
    const cwd = join(base, 'catalog');
    for (const path of ['procedures/ext/x.yaml', 'procedures/ext', join(cwd, 'procedures/ext/x.yaml')]) {
      const link = path.startsWith('/') ? join(cwd, 'procedures/ext') : 'procedures/ext';
      const result = await runCli(['lint', '--fix', '--lang', 'en', path], { browsers, cwd });
      expect(result.stderr).toBe(
        `procmap: not fixed: procedures/ext/x.yaml is reached through "${link}", a link to a folder outside the catalog, which procmap does not follow to write; to fix it, name the folder the link leads to: procmap lint --fix ${join(base, 'outside')}\n`,
      );
      expect(result.code).toBe(2);
      const vi = await runCli(['lint', '--fix', path], { browsers, cwd });
      expect(vi.stderr).toBe(
        `procmap: không sửa: procedures/ext/x.yaml nằm sau "${link}", một liên kết tới thư mục ngoài bộ quy trình, procmap không ghi qua liên kết đó; muốn sửa, hãy ghi thư mục mà liên kết trỏ tới: procmap lint --fix ${join(base, 'outside')}\n`,
      );
      expect(vi.code).toBe(2);
    }
    expect(readFileSync(join(base, 'outside', 'x.yaml'), 'utf8')).toBe(text);
    const inside = await runCli(['lint', '--fix', '--lang', 'en', 'procedures/inside/y.yaml'], { browsers, cwd });
    expect(inside.stderr).toMatch(/^procmap: fixed \d+ problems in procedures\/inside\/y\.yaml\n$/u);
    expect(readFileSync(join(base, 'catalog', 'procedures', 'own', 'y.yaml'), 'utf8')).not.toBe(text);
    // The folder the link leads to, named, is fixed: the user chose it.
    const named = await runCli(['lint', '--fix', '--lang', 'en', join(base, 'outside')], { browsers, cwd });
    expect(named.stderr).toMatch(/^procmap: fixed \d+ problems in .*x\.yaml\n$/u);
    expect(readFileSync(join(base, 'outside', 'x.yaml'), 'utf8')).not.toBe(text);
  });

  it('build never removes through the folder of a procedure gone from the catalog that is a link, and says so', async () => {
    const dir = join(work, 'gone-link');
    const two = copyOf(catalog, join(dir, 'catalog'));
    const source = readFileSync(join(two, 'xa-cap-ban-sao-trich-luc-ho-tich.yaml'), 'utf8');
    writeFileSync(join(two, 'moi.yaml'), source.replace(/^id: QT-HT-09$/m, 'id: QT-NEW-09'));
    const site = join(dir, 'site');
    const build = () => runCli(['build', two, '-o', site, '--no-pdf', '--lang', 'en'], { browsers });
    expect((await build()).code).toBe(0);
    const folder = join(site, 'p', 'QT-NEW-09');
    renameSync(folder, join(dir, 'outside'));
    symlinkSync('../../outside', folder);
    rmSync(join(two, 'moi.yaml'));
    const said = `procmap: the procedure at "${folder}" is no longer in the catalog, but that folder is a symbolic link and procmap never removes anything through a link, so its pages are still on the site; delete the link yourself, then build again\n`;
    // Before: "1 removed", exit 0, not a word, and the pages still served through the link; the next build forgot it.
    for (let run = 0; run < 2; run++) {
      const result = await build();
      expect([result.code, result.stderr]).toEqual([2, said]);
      expect(result.stdout).toMatch(/: 0 rendered, 1 up to date, 0 removed \(/);
      expect(readdirSync(join(dir, 'outside')).sort()).toEqual([
        'QT-NEW-09.md',
        'citizen.html',
        'flowchart.svg',
        'index.html',
      ]);
    }
    rmSync(folder);
    const unlinked = await build();
    expect([unlinked.code, unlinked.stderr]).toEqual([0, '']);
    expect(unlinked.stdout).toMatch(/: 0 rendered, 1 up to date, 1 removed \(/);
    expect(readdirSync(join(dir, 'outside'))).toHaveLength(4);
  }, 240_000);

  it('lint --fix never rewrites a file outside the catalog that a catalog link points to', async () => {
    const fixable = join(work, 'fixable');
    mkdirSync(join(fixable, 'outside'), { recursive: true });
    mkdirSync(join(fixable, 'catalog'));
    // Decomposed (NFD) text is what --fix rewrites; the target lies outside the catalog.
    const text = readFileSync(join(catalog, 'xa-cap-ban-sao-trich-luc-ho-tich.yaml'), 'utf8').normalize('NFD');
    writeFileSync(join(fixable, 'outside', 'shared.yaml'), text);
    symlinkSync('../outside/shared.yaml', join(fixable, 'catalog', 'linked.yaml'));
    // The catalog linted as a folder, and the link named alone: its folder is the catalog either way.
    for (const path of [join(fixable, 'catalog'), join(fixable, 'catalog', 'linked.yaml')]) {
      const result = await runCli(['lint', '--fix', '--lang', 'en', path], { browsers });
      expect(result.stderr).toContain(
        `procmap: not fixed: ${join(fixable, 'catalog', 'linked.yaml')} is a link to a file outside the catalog; fix that file where it is\n`,
      );
      // Its problems are still reported, but not offered to --fix again: --fix has just declined them.
      expect(result.stdout).toContain('linked.yaml\n');
      expect(result.stdout).not.toContain('potentially fixable');
      // The fix was not made: the run fails as for a read-only file, so `lint --fix && git commit` stops.
      expect(result.code).toBe(2);
      const vi = await runCli(['lint', '--fix', '--lang', 'vi', path], { browsers });
      expect(vi.stdout).not.toContain('có thể sửa tự động');
      expect(vi.code).toBe(2);
      expect(vi.stderr).toContain(
        `procmap: không sửa: ${join(fixable, 'catalog', 'linked.yaml')} là liên kết tới một tệp ngoài bộ quy trình; hãy sửa tệp đó ở nơi của nó\n`,
      );
    }
    expect(readFileSync(join(fixable, 'outside', 'shared.yaml'), 'utf8')).toBe(text);
    expect(lstatSync(join(fixable, 'catalog', 'linked.yaml')).isSymbolicLink()).toBe(true);
  });

  it('lint --fix fixes a linked file inside the catalog where it stands, keeping the link', async () => {
    const inside = join(work, 'inside');
    mkdirSync(join(inside, 'shared'), { recursive: true });
    const text = readFileSync(join(catalog, 'xa-cap-ban-sao-trich-luc-ho-tich.yaml'), 'utf8');
    writeFileSync(join(inside, 'shared', 'real.yaml'), text.normalize('NFD'));
    mkdirSync(join(inside, 'xa'));
    symlinkSync('../shared/real.yaml', join(inside, 'xa', 'linked.yaml'));
    await runCli(['lint', '--fix', inside], { browsers });
    expect(readFileSync(join(inside, 'shared', 'real.yaml'), 'utf8')).toBe(text);
    expect(lstatSync(join(inside, 'xa', 'linked.yaml')).isSymbolicLink()).toBe(true);
  });
});

describe('an -o that is a link to nothing is named as such', () => {
  const nowhere = join(work, 'nowhere');
  const refusal = (root: string, link: string) =>
    `procmap: Cannot write into "${root}": "${link}" is a symbolic link to "${nowhere}", a folder that does not exist, and procmap does not create what a link it did not make points to; create "${nowhere}", or remove the link\n`;

  it('doc -o a dangling link: exit 2, one line naming the link and where it points, nothing made', async () => {
    const out = join(work, 'dangling-doc');
    symlinkSync(nowhere, out);
    const result = await runCli(['doc', catalog, '--format', 'md', '-o', out, '--lang', 'en'], { browsers });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(refusal(out, out));
    expect(result.code).toBe(2);
    expect(existsSync(nowhere)).toBe(false);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
  });

  it('a report -o below a dangling link names the link, in Vietnamese too', async () => {
    const parent = join(work, 'dangling-report');
    symlinkSync(nowhere, parent);
    const report = join(parent, 'sub', 'lint.json');
    const en = await runCli(['lint', catalog, '-f', 'json', '-o', report, '--lang', 'en'], { browsers });
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(refusal(join(parent, 'sub'), parent));
    expect(en.code).toBe(2);
    const vi = await runCli(['lint', catalog, '-f', 'json', '-o', report, '--lang', 'vi'], { browsers });
    expect(vi.stderr).toBe(
      `procmap: Không ghi được vào "${join(parent, 'sub')}": "${parent}" là liên kết tượng trưng tới "${nowhere}", một thư mục không tồn tại, và procmap không tạo nơi mà một liên kết không do nó tạo trỏ tới; hãy tạo "${nowhere}", hoặc xóa liên kết\n`,
    );
    expect(vi.code).toBe(2);
    expect(existsSync(nowhere)).toBe(false);
  });
});
