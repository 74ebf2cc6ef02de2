import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
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
