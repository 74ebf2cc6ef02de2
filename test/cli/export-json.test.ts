import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// `procmap export -f json`: the national procedure records in one file, written as every output is (never over a file
// procmap did not write, unless --force).
const FIXTURES = join(ROOT, 'test/interchange/fixtures/national-export');

const scratch = () => mkdtempSync(join(tmpdir(), 'procmap-export-json-'));

describe('procmap export -f json', () => {
  it('writes catalog.json in the folder -o names, and says its path', async () => {
    const dir = scratch();
    const run = await runCli(['export', FIXTURES, '-f', 'json', '-o', `${dir}/`]);
    expect(run).toEqual({ code: 0, stdout: `${join(dir, 'catalog.json')}\n`, stderr: '' });
    const records = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as { MATTHC: string }[];
    expect(records.map((record) => record.MATTHC)).toEqual(['1.000894', 'QT-HT-LT-02']);
  });

  it('replaces the file it wrote itself on the next run', async () => {
    const out = join(scratch(), 'ho-tich.json');
    expect((await runCli(['export', FIXTURES, '-f', 'json', '-o', out])).code).toBe(0);
    const again = await runCli(['export', FIXTURES, '-f', 'json', '-o', out]);
    expect(again).toEqual({ code: 0, stdout: `${out}\n`, stderr: '' });
  });

  it("refuses to write over a user's file, which stays as it was, unless --force", async () => {
    const dir = scratch();
    const out = join(dir, 'catalog.json');
    const users = '[{"MATTHC": "1.000894", "TENTTHC": "bản ghi tải từ Cổng"}]\n';
    writeFileSync(out, users);
    const run = await runCli(['export', FIXTURES, '-f', 'json', '-o', out, '--lang', 'en']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Refusing to write over "${out}": procmap did not write it (.procmap-outputs.json beside it does not list it); move it away, or run again with --force to replace it\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe(users);
    const forced = await runCli(['export', FIXTURES, '-f', 'json', '-o', out, '--force']);
    expect(forced).toEqual({ code: 0, stdout: `${out}\n`, stderr: '' });
    expect(readFileSync(out, 'utf8')).toContain('"TENTTHC": "Đăng ký kết hôn (trong nước)"');
  });

  it('refuses an output that is no .json file before reading anything, in Vietnamese by default', async () => {
    const out = join(scratch(), 'ho-tich.yaml');
    const run = await runCli(['export', FIXTURES, '-f', 'json', '-o', out]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Với json, --output là tên tệp bản ghi, có đuôi .json, không phải "${out}"\n`,
    });
    expect(existsSync(out)).toBe(false);
  });

  it('names json among the formats when one is unknown', async () => {
    const run = await runCli(['export', FIXTURES, '-f', 'csv', '--lang', 'en']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Unknown export format "csv"; use xlsx, bpmn or json\n',
    });
  });
});
