import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Before, `-o bao-cao.xlsx` without --format wrote the text report into a file Excel cannot open, exit 0.
const FILE = 'test/fixtures/ontime/month-end/so-theo-doi.csv';
const RUN = ['ontime', FILE, '--catalog', 'test/fixtures/ontime/month-end/catalog', '--as-of', '30/09/2026'];

describe('procmap ontime -o without --format', () => {
  it("writes the format the file's name ends in", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontime-output-'));
    const write = async (name: string) => {
      const run = await runCli([...RUN, '-o', join(dir, name)]);
      expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
      return readFileSync(join(dir, name));
    };
    // A workbook is a zip: "PK".
    expect((await write('bao-cao.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(JSON.parse((await write('bao-cao.json')).toString()).totals.dossiers).toBe(9);
    expect((await write('bao-cao.md')).toString()).toMatch(/^# /);
    expect((await write('bao-cao.html')).toString()).toMatch(/^<!doctype html>/i);
    expect((await write('bao-cao.txt')).toString()).toMatch(/^Kết quả giải quyết hồ sơ đúng hạn/);
  });

  it('refuses a workbook asked for by the name and not by --format, or the other way round, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontime-output-'));
    const xlsx = join(dir, 'bao-cao.xlsx');
    const vi = await runCli([...RUN, '-o', xlsx, '-f', 'json']);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      `procmap: -o ${xlsx} là tên một sổ tính Excel, nhưng --format lại yêu cầu json: hãy viết --format xlsx, hoặc đặt tên tệp -o ${join(dir, 'bao-cao.json')}\n`,
    );
    const json = join(dir, 'bao-cao.json');
    const en = await runCli([...RUN, '-o', json, '-f', 'xlsx', '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      `procmap: -o ${json} names a JSON file, but --format asks for xlsx: write --format json, or name the file -o ${xlsx}\n`,
    );
    expect([existsSync(xlsx), existsSync(json)]).toEqual([false, false]);
    // Text formats into one another's names are the officer's to choose.
    const md = await runCli([...RUN, '-o', join(dir, 'bao-cao.txt'), '-f', 'markdown']);
    expect(md.code).toBe(0);
  });

  // Before, `-o bao-cao.csv` wrote the text report into a file named .csv, exit 0.
  it('refuses a CSV report before reading anything, naming the formats it writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontime-output-'));
    const csv = join(dir, 'bao-cao.csv');
    const vi = await runCli([...RUN, '-o', csv]);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      `procmap: -o ${csv}: ontime không ghi tệp CSV; ontime ghi văn bản (.txt), JSON (.json), Markdown (.md), HTML (.html) hoặc sổ tính Excel (.xlsx), có trang "Tất cả hồ sơ" liệt kê mỗi hồ sơ một dòng: hãy đặt tên tệp -o ${join(dir, 'bao-cao.xlsx')}\n`,
    );
    // Refused before the dossiers are read: a file that is not there is not what the officer is told.
    const en = await runCli(['ontime', join(dir, 'khong-co.csv'), '-o', csv, '-f', 'json', '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      `procmap: -o ${csv}: ontime does not write CSV files; it writes text (.txt), JSON (.json), Markdown (.md), HTML (.html) or an Excel workbook (.xlsx), whose sheet "Tất cả hồ sơ" lists every dossier, one per row: name the file -o ${join(dir, 'bao-cao.xlsx')}\n`,
    );
    expect(existsSync(csv)).toBe(false);
  });
});
