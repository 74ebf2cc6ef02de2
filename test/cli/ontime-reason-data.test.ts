import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// set-aside-dates.csv: four dossiers measured and nine rows set aside (row 4 lists A1 again, row 5 has no procedure, row
// 6 no receipt, row 7 the receipt "hôm qua", rows 9-13 dates that nearly read). The workbook-*.vi.xlsx beside it are
// its Vietnamese workbook, written by procmap, then saved again by LibreOffice 7.4 (`soffice --headless --convert-to
// xlsx`), and three of them then changed in their text (xl/sharedStrings.xml) as the test of each says.
const DIR = 'test/fixtures/ontime/date-receipt';
const CSV = `${DIR}/set-aside-dates.csv`;
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026'];
const book = (name: string) => `${DIR}/workbook-${name}.vi.xlsx`;

/** The run of the export and of a workbook in one language: code, stdout and stderr of each. */
async function both(workbook: string, lang: string) {
  const run = async (file: string) => {
    const { code, stdout, stderr } = await runCli(['ontime', file, ...RUN, '--lang', lang]);
    return { code, stdout, stderr };
  };
  return { first: await run(CSV), again: await run(workbook) };
}

describe('procmap ontime, the reason of each row set aside as data in its workbook', () => {
  it('writes it in a hidden column "Dữ liệu lý do" after the code, for every row set aside', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'bao-cao.xlsx');
    const written = await runCli(['ontime', CSV, ...RUN, '--lang', 'vi', '--format', 'xlsx', '-o', out]);
    expect([written.code, written.stdout]).toEqual([0, '']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const every = workbook.getWorksheet('Tất cả hồ sơ')!;
    const headers = every.getRow(1).values as unknown[];
    const [status, code, data] = ['Trạng thái', 'Mã lý do', 'Dữ liệu lý do'].map((h) => headers.indexOf(h));
    expect(data).toBe(code! + 1);
    expect(every.getColumn(data!).hidden).toBe(true);
    const aside = every.getRows(2, every.rowCount - 1)!.filter((row) => row.getCell(status!).value === 'không đo được');
    expect(aside.length).toBe(9);
    for (const row of aside) {
      const said = JSON.parse(String(row.getCell(data!).value)) as { v: number; reason: string };
      expect([said.v, said.reason]).toEqual([1, row.getCell(code!).value]);
    }
    // Row 7: the value as read, not taken from the words.
    expect(JSON.parse(String(aside[3]!.getCell(data!).value))).toMatchObject({
      reason: 'bad-received',
      value: 'hôm qua',
    });
  });

  it('reads back the same report from a workbook LibreOffice saved again, in either language', async () => {
    for (const lang of ['vi', 'en']) {
      const { first, again } = await both(book('resaved-libreoffice'), lang);
      expect(first.stderr).toContain('set-aside-dates.csv:13: ');
      expect(again).toEqual(first);
    }
  });

  it('takes the reason from its data when the words beside it are not the words this procmap writes', async () => {
    // Row 7's words are another version's ("ngày tiếp nhận ghi "hôm qua", không đọc được thành ngày (lời của một phiên
    // bản khác)"), its data written for those words. Before, the words reader did not know them and said them as written,
    // in an English report too.
    for (const lang of ['vi', 'en']) {
      const { first, again } = await both(book('other-words'), lang);
      expect(again).toEqual(first);
    }
  });

  it('says the words an officer changed as written, the row still set aside for its code', async () => {
    // Row 7's words changed in the workbook to "cán bộ: ngày nhận ghi "hôm qua", đã hỏi lại bộ phận một cửa", its data
    // left as written: the data no longer says what the words do, and the officer's words are not replaced by it.
    const note = 'cán bộ: ngày nhận ghi "hôm qua", đã hỏi lại bộ phận một cửa';
    for (const lang of ['vi', 'en']) {
      const { first, again } = await both(book('words-edited'), lang);
      expect([again.code, again.stdout]).toEqual([first.code, first.stdout]);
      const line = `${CSV}:7: `;
      const [before, after] = [first.stderr.split('\n'), again.stderr.split('\n')];
      expect(after.find((l) => l.startsWith(line))).toBe(`${line}${note}`);
      expect(after.filter((l) => !l.startsWith(line))).toEqual(before.filter((l) => !l.startsWith(line)));
    }
    const json = JSON.parse((await runCli(['ontime', book('words-edited'), ...RUN, '-f', 'json'])).stdout);
    expect(json.bad_rows.byReason['bad-received']).toBe(4);
    expect(json.bad_rows.listed.find((row: { row: number }) => row.row === 7)).toMatchObject({
      reason: 'bad-received',
      reasonText: note,
    });
  });

  it('reads a row by its words when its data is damaged, from another version or of another reason', async () => {
    // Row 7's data is no JSON (a quote mark taken out), row 6's has a key procmap does not write, row 5's says
    // "no-received" beside the code "no-procedure", and row 4's is of version 2: each row read by its words, as a
    // workbook from before the column, and the report is the export's.
    for (const lang of ['vi', 'en']) {
      const { first, again } = await both(book('data-damaged'), lang);
      expect(again).toEqual(first);
    }
    const json = async (file: string) =>
      JSON.parse((await runCli(['ontime', file, ...RUN, '-f', 'json'])).stdout).bad_rows;
    expect(await json(book('data-damaged'))).toEqual(await json(CSV));
  });
});
