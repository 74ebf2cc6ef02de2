import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A catalog with an error in it: bad usage must be said before the lint, which stops the build (exit 1) and never got
// to the options. No browser is needed: nothing is rendered.
const work = mkdtempSync(join(tmpdir(), 'procmap-build-usage-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const catalog = join(work, 'catalog');
cpSync(join(ROOT, 'test', 'fixtures', 'site', 'xa', 'dang-ky-ket-hon.yaml'), join(catalog, 'dang-ky-ket-hon.yaml'));
writeFileSync(join(catalog, 'hong.yaml'), 'id: QT-HONG-01\ntitle: [chưa đóng\n');
const site = join(work, 'site');

describe('build refuses bad usage before it lints the catalog', () => {
  it('an unknown paper', async () => {
    const result = await runCli(['build', 'catalog', '-o', 'site', '--paper', 'a5'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('procmap: Không có khổ giấy "a5"; hãy dùng a4 hoặc a3\n');
    expect(existsSync(site)).toBe(false);
  });

  it('an output that is a file', async () => {
    writeFileSync(join(work, 'a-file'), 'x\n');
    const result = await runCli(['build', 'catalog', '-o', 'a-file', '--lang', 'en'], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('procmap: Cannot write into "a-file": it is a file, not a folder\n');
  });

  it('a SOURCE_DATE_EPOCH that is no number of seconds', async () => {
    const env = { SOURCE_DATE_EPOCH: '2025-07-01' };
    const result = await runCli(['build', 'catalog', '-o', 'site', '--lang', 'en'], { cwd: work, env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^procmap: SOURCE_DATE_EPOCH is "2025-07-01": write the date as a number of seconds/);
    expect(existsSync(site)).toBe(false);
  });

  it.each([[''], ['   ']])('an empty title (%j), as an unset variable gives it', async (title) => {
    const vi = await runCli(['build', 'catalog', '-o', 'site', '--title', title], { cwd: work });
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toBe(
      'procmap: --title là chuỗi rỗng: hãy ghi tiêu đề của trang danh mục, hoặc bỏ --title để dùng "Danh mục quy trình giải quyết thủ tục hành chính" (có biến môi trường nào chưa đặt?)\n',
    );
    const en = await runCli(['build', 'catalog', '-o', 'site', '--title', title, '--lang', 'en'], { cwd: work });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      'procmap: --title is empty: write the title of the index page, or leave --title out for "Catalog of administrative procedure processes" (is a variable unset?)\n',
    );
    expect(existsSync(site)).toBe(false);
  });
});

describe('serve refuses an empty title at its start', () => {
  it('before it listens or starts a browser: every build would stop on it', async () => {
    const result = await runCli(['serve', 'catalog', '--port', '0', '--title', ''], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^procmap: --title là chuỗi rỗng: hãy ghi tiêu đề của trang danh mục/);
  }, 30_000);
});
