import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { catalogOf, workFolder } from './helpers.js';

// `build catalog -o catalog` and `build catalog -o .` wrote the site (index.html, p/, procmap's records) among the
// officers' procedure files, and a published site folder published the catalog with it. A folder inside the catalog
// stays allowed: `procmap build` writes ./site from the catalog `.`.
const work = workFolder('output-in-input');
const catalog = catalogOf(join(work, 'catalog'), 'xa/chung-thuc-ban-sao.yaml');
symlinkSync(catalog, join(work, 'catalog-link'));
// A catalog of folders: xa/ and tinh/so/ hold procedure files, notes/ only files the walk skips.
const nested = join(work, 'nested');
catalogOf(join(nested, 'xa'), 'xa/chung-thuc-ban-sao.yaml');
renameSync(join(nested, 'xa', 'xa-chung-thuc-ban-sao.yaml'), join(nested, 'xa', 'a.yaml'));
catalogOf(join(nested, 'tinh', 'so'), 'tinh/cap-phu-hieu-xe-kinh-doanh-van-tai.yaml');
renameSync(
  join(nested, 'tinh', 'so', 'tinh-cap-phu-hieu-xe-kinh-doanh-van-tai.yaml'),
  join(nested, 'tinh', 'so', 'b.yaml'),
);
mkdirSync(join(nested, 'notes', 'node_modules'), { recursive: true });
writeFileSync(join(nested, 'notes', '.draft.yaml'), 'id: QT-DRAFT\n');
writeFileSync(join(nested, 'notes', 'node_modules', 'c.yaml'), 'id: QT-DEP\n');
symlinkSync(nested, join(work, 'nested-link'));

/** Every file below a folder with a hash of its bytes: what a refused run must leave as it was. */
function tree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

describe('an output folder that is the catalog being read, or holds it', () => {
  it.each([
    [
      'build',
      ['catalog', '-o', 'catalog', '--no-pdf'],
      'catalog',
      'it is the folder of procedures being read',
      'the site',
      'site',
    ],
    [
      'build',
      ['catalog', '-o', '.', '--no-pdf'],
      '.',
      'it holds the folder of procedures being read, "catalog"',
      'the site',
      'site',
    ],
    [
      'build',
      ['catalog', '-o', 'catalog-link', '--no-pdf'],
      'catalog-link',
      'it is the folder of procedures being read',
      'the site',
      'site',
    ],
    [
      'build',
      ['catalog-link', '-o', 'catalog/', '--no-pdf'],
      'catalog',
      'it is the folder of procedures being read',
      'the site',
      'site',
    ],
    [
      'doc',
      ['catalog', '-f', 'md', '-o', 'catalog'],
      'catalog',
      'it is the folder of procedures being read',
      'the documents',
      'out',
    ],
    ['flowchart', ['-f', 'mmd', '-o', '.'], '.', 'it is the folder of procedures being read', 'the charts', 'out'],
    [
      'export',
      ['catalog', '-f', 'bpmn', '-o', '.'],
      '.',
      'it holds the folder of procedures being read, "catalog"',
      'the BPMN files',
      'bpmn',
    ],
  ])('stops %s %j before it writes anything', async (command, args, shown, how, what, example) => {
    const before = tree(work);
    const result = await runCli([command, ...args, '--lang', 'en'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `procmap: Refusing to write into "${shown}": ${how}, so ${what} would be mixed with the procedure files; name another folder for ${what} (for example -o ${example}), which procmap creates if needed\n`,
    );
    expect(tree(work)).toEqual(before);
  });

  // `doc catalog -o catalog/xa` wrote the documents among the procedure files of xa: refused as the catalog itself is.
  it.each([
    ['doc', ['nested', '-f', 'md', '-o', 'nested/xa'], 'nested/xa', 'nested/xa/a.yaml', 'the documents', 'out'],
    ['doc', ['nested', '-f', 'md', '-o', 'nested/xa/'], 'nested/xa', 'nested/xa/a.yaml', 'the documents', 'out'],
    [
      'flowchart',
      ['nested', '-f', 'mmd', '-o', 'nested/tinh'],
      'nested/tinh',
      'nested/tinh/so/b.yaml',
      'the charts',
      'out',
    ],
    ['build', ['nested', '-o', 'nested/xa', '--no-pdf'], 'nested/xa', 'nested/xa/a.yaml', 'the site', 'site'],
    [
      'export',
      ['nested', '-f', 'bpmn', '-o', 'nested-link/xa'],
      'nested-link/xa',
      'nested-link/xa/a.yaml',
      'the BPMN files',
      'bpmn',
    ],
  ])(
    'stops %s %j, a folder of the catalog holding its procedure files',
    async (command, args, shown, file, what, example) => {
      const before = tree(work);
      const result = await runCli([command, ...args, '--lang', 'en'], { cwd: work });
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `procmap: Refusing to write into "${shown}": it holds procedure files of the folder being read, "nested", such as "${file}", so ${what} would be mixed with the procedure files; name another folder for ${what} (for example -o ${example}), which procmap creates if needed\n`,
      );
      expect(result.code).toBe(2);
      expect(tree(work)).toEqual(before);
    },
  );

  it('says that in Vietnamese too', async () => {
    const result = await runCli(['doc', 'nested', '-f', 'md', '-o', 'nested/xa'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'procmap: Không ghi vào "nested/xa": thư mục này chứa tệp quy trình của thư mục đang được đọc là "nested", như "nested/xa/a.yaml", các tài liệu sẽ lẫn với các tệp quy trình; hãy đặt tên một thư mục khác cho các tài liệu (ví dụ -o out), procmap sẽ tự tạo nếu chưa có\n',
    );
  });

  it('still writes into a folder of the catalog that holds only files the walk skips', async () => {
    // nested/notes holds a hidden procedure file and one below node_modules: the walk reads neither.
    const result = await runCli(['doc', 'nested', '-f', 'md', '-o', 'nested/notes', '--lang', 'en'], { cwd: work });
    expect(result.stderr).not.toContain('Refusing');
    expect(result.code).toBe(0);
    expect(readdirSync(join(work, 'nested/notes'))).toContain('QT-CT-01.md');
  });

  it('says it in Vietnamese', async () => {
    const result = await runCli(['build', 'catalog', '-o', 'catalog', '--no-pdf', '--lang', 'vi'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'procmap: Không ghi vào "catalog": đó chính là thư mục quy trình đang được đọc, trang web sẽ lẫn với các tệp quy trình; hãy đặt tên một thư mục khác cho trang web (ví dụ -o site), procmap sẽ tự tạo nếu chưa có\n',
    );
  });

  it('still writes into a folder inside the catalog, whose files the next lint does not read', async () => {
    const inside = await runCli(['doc', 'catalog', '-f', 'md', '-o', 'catalog/out', '--lang', 'en'], { cwd: work });
    expect(inside.stderr).toBe('');
    expect(inside.code).toBe(0);
    const lint = await runCli(['lint', 'catalog', '-f', 'json'], { cwd: work });
    expect(lint.code).toBe(0);
    expect(lint.stdout).not.toContain('catalog/out');
  });
});
