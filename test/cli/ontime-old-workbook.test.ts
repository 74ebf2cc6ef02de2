import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// set-aside-dates.csv: A1 early, A2 late (listed), A6 early, F6 on time; nine rows set aside: row 4 lists A1 again,
// row 5 has no procedure, row 6 no receipt, row 7 a receipt that is no date ("hôm qua"), rows 9-13 dates that nearly
// read (29/02/2026, month 13, a weekday that is not the date's, 30/02/2026, 31/04/2026).
// workbook-before-reason-data.{vi,en}.xlsx are that export's workbooks as procmap wrote them before the hidden column
// of each reason's data ("Dữ liệu lý do"): their rows set aside carry the reason's words and code alone, and read back
// by the words (src/format/ontime-reason-read.ts). Kept as files: they stand for the workbooks officers already have.
const DIR = 'test/fixtures/ontime/date-receipt';
const CSV = `${DIR}/set-aside-dates.csv`;
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026'];

describe('procmap ontime, a workbook written before the column of reason data', () => {
  it('has no such column (the fixture stays a workbook of before)', async () => {
    for (const [lang, sheet] of [
      ['vi', 'Tất cả hồ sơ'],
      ['en', 'All dossiers'],
    ] as const) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(ROOT, DIR, `workbook-before-reason-data.${lang}.xlsx`));
      const headers = (book.getWorksheet(sheet)!.getRow(1).values as unknown[]).filter(Boolean);
      expect(headers.at(-1)).toBe(lang === 'vi' ? 'Mã lý do' : 'Reason code');
    }
  });

  it("reads back as the export does, each reason in the report's language, whichever the workbook's", async () => {
    for (const written of ['vi', 'en'])
      for (const read of ['vi', 'en']) {
        const book = `${DIR}/workbook-before-reason-data.${written}.xlsx`;
        const first = await runCli(['ontime', CSV, ...RUN, '--lang', read]);
        expect(first.stdout).toContain(read === 'vi' ? 'Dòng không đo được: 9 (' : 'Rows not measured: 9 (');
        const again = await runCli(['ontime', book, ...RUN, '--lang', read]);
        expect([again.code, again.stdout, again.stderr]).toEqual([first.code, first.stdout, first.stderr]);
        const json = async (file: string) =>
          JSON.parse((await runCli(['ontime', file, ...RUN, '--lang', read, '-f', 'json'])).stdout).bad_rows;
        expect(await json(book)).toEqual(await json(CSV));
      }
  });
});
