import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// The exported workbook wrote procmap's shorthand ("5d", "30cd", "4h") in its time cells, which officers and one-stop
// software cannot read: it writes the words the document prints, and import reads them back as the same time.
const FIXTURE = 'test/interchange/fixtures/workbook-time-words';
// procmap's short forms: a number glued to d, cd, h or min.
const SHORTHAND = /^\d+(?:\.\d+)?(?:d|cd|h|min)\b/;

async function exported(paths: string[], lang: 'vi' | 'en') {
  const out = join(mkdtempSync(join(tmpdir(), 'procmap-time-words-')), 'catalog.xlsx');
  const run = await runCli(['export', '--lang', lang, ...paths, '-o', out]);
  expect(run).toEqual({ code: 0, stdout: `${out}\n`, stderr: '' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  /** The cells of one column of a sheet, below its header. */
  const column = (sheet: string, title: string) => {
    const ws = book.getWorksheet(sheet)!;
    const at = (ws.getRow(1).values as unknown[]).indexOf(title);
    expect(at, `${sheet}: ${title}`).toBeGreaterThan(0);
    return Array.from({ length: ws.actualRowCount - 1 }, (_, i) => ws.getRow(i + 2).getCell(at).value);
  };
  return { out, column };
}

describe('procmap export: time cells in words', () => {
  it("writes the limit and each step's time in Vietnamese words, read back as the file's", async () => {
    const { out, column } = await exported([FIXTURE], 'vi');
    expect(column('Quy trình', 'Thời hạn giải quyết')).toEqual(['3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ']);
    expect(column('Các bước', 'Thời gian')).toEqual(['20 phút làm việc', '1,5 ngày làm việc', '30 phút làm việc']);
    // A fresh import gives back the file's short forms: procmap's own words are its spelling (limit and steps).
    const back = mkdtempSync(join(tmpdir(), 'procmap-time-words-back-'));
    const run = await runCli(['import', '--lang', 'en', out, '-o', back]);
    expect(run.code).toBe(0);
    const diff = await runCli(['diff', '--lang', 'en', join(FIXTURE, 'qt-tw-01.yaml'), join(back, 'QT-TW-01.yaml')]);
    expect(diff.stdout).toBe('No changes\n');
    expect(readFileSync(join(back, 'QT-TW-01.yaml'), 'utf8')).toMatch(
      /time_limit: 3d kể từ ngày nhận đủ hồ sơ hợp lệ\n/,
    );
  });

  it('writes them in English words with --lang en', async () => {
    const { column } = await exported([FIXTURE], 'en');
    expect(column('Procedures', 'Time limit')).toEqual(['3 working days kể từ ngày nhận đủ hồ sơ hợp lệ']);
    expect(column('Steps', 'Duration')).toEqual(['20 working minutes', '1.5 working days', '30 working minutes']);
  });

  it.each(['vi', 'en'] as const)(
    'writes no shorthand for the bundled catalog (%s), and its import over the catalog changes nothing',
    async (lang) => {
      const { out, column } = await exported(['procedures'], lang);
      const [catalog, steps] = lang === 'vi' ? ['Quy trình', 'Các bước'] : ['Procedures', 'Steps'];
      const limits = column(catalog, lang === 'vi' ? 'Thời hạn giải quyết' : 'Time limit');
      const times = column(steps, lang === 'vi' ? 'Thời gian' : 'Duration');
      expect(limits).toContain(lang === 'vi' ? '30 ngày (lịch)' : '30 calendar days');
      expect([...limits, ...times].filter((cell) => SHORTHAND.test(String(cell)))).toEqual([]);
      const copy = join(mkdtempSync(join(tmpdir(), 'procmap-time-words-catalog-')), 'procedures');
      cpSync(join(ROOT, 'procedures'), copy, { recursive: true });
      const run = await runCli(['import', '--lang', 'en', out, '-o', copy]);
      expect(run.stderr).toBe('');
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('0 imported, 17 unchanged, 0 skipped');
      expect(run.code).toBe(0);
    },
  );
});
