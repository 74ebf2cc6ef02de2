import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/open-pause.csv: H019 and H020 wait for the applicant's additions, their pause still running (the
// vendor's appointment 08/12/2026 08:00 was right when issued); H021 paused once overdue; H022 finished early.
const RUN = ['ontime', 'test/fixtures/ontime/open-pause.csv', '--catalog', 'test/fixtures/ontime/catalog'];
const PAUSED_VI = 'tạm dừng từ T4 02/12/2026 09:00, còn 31 giờ làm việc';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-ontime-'));
}

describe('procmap ontime, a dossier whose pause has no end', () => {
  it('is paused in the text report, with the time left when it paused, the same whatever the as-of moment', async () => {
    for (const asOf of ['2026-12-09 10:00', '2026-12-15 10:00']) {
      const text = await runCli([...RUN, '--as-of', asOf, '--lang', 'vi']);
      expect(text.stderr).toBe('');
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('Đang giải quyết: 3 (còn hạn 0, quá hạn 1, tạm dừng chờ bổ sung 2)\n');
      expect(text.stdout).toContain(
        'Ngày hẹn trả của phần mềm đã so: 2; hẹn trả trên phần mềm khác hạn theo quy định: 1 (phần mềm muộn hơn 0, phần mềm sớm hơn 1)\n',
      );
      expect(text.stdout).toContain(
        `H019 QT-HT-02 · tạm dừng, chờ bổ sung · tiếp nhận T3 01/12/2026 08:00 · ${PAUSED_VI} · hẹn trả (phần mềm) T3 08/12/2026 08:00 · có kết quả —\n`,
      );
    }
    const en = await runCli([...RUN, '--as-of', '2026-12-15 10:00', '--lang', 'en']);
    expect(en.stdout).toContain('Open: 3 (in time 0, overdue 1, paused for additions 2)\n');
    expect(en.stdout).toContain(
      'H019 QT-HT-02 · open, paused for additions · received Tue 01/12/2026 08:00 · paused since Wed 02/12/2026 09:00, 31 working hours left · due (vendor) Tue 08/12/2026 08:00 · finished —\n',
    );
  });

  it('is paused in JSON, Markdown, HTML and the workbook, with no due moment and no vendor disagreement', async () => {
    const asOf = ['--as-of', '2026-12-15 10:00'];
    const json = JSON.parse((await runCli([...RUN, ...asOf, '--format', 'json'])).stdout);
    expect(json.totals).toMatchObject({ open_in_time: 0, open_overdue: 1, open_paused: 2, vendorDisagreements: 1 });
    expect(json.dossiers.find((d: { id: string }) => d.id === 'H019')).toMatchObject({
      status: 'open_paused',
      due: null,
      pausedFrom: '2026-12-02T09:00',
      leftHours: 31,
      vendorDue: '2026-12-08T08:00',
      vendorDisagrees: false,
    });

    const markdown = (await runCli([...RUN, ...asOf, '--format', 'markdown', '--lang', 'vi'])).stdout;
    expect(markdown).toContain(
      '| đang giải quyết, còn hạn / đang giải quyết, quá hạn / tạm dừng, chờ bổ sung | 0 / 1 / 2 |',
    );
    expect(markdown).toContain(
      `| tạm dừng, chờ bổ sung | T3 01/12/2026 08:00 | ${PAUSED_VI} | T3 08/12/2026 08:00 | — |  |`,
    );

    const dir = tmp();
    const html = join(dir, 'ontime.html');
    expect((await runCli([...RUN, ...asOf, '--format', 'html', '-o', html, '--lang', 'vi'])).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('tạm dừng chờ bổ sung 2)</div>');
    expect(page).toContain(
      `<td data-label="Trạng thái">tạm dừng, chờ bổ sung</td><td data-label="Tiếp nhận">T3 01/12/2026 08:00</td><td data-label="Hạn theo quy định">${PAUSED_VI}</td><td data-label="Hẹn trả (phần mềm)">T3 08/12/2026`,
    );

    const xlsx = join(dir, 'ontime.xlsx');
    expect((await runCli([...RUN, ...asOf, '--format', 'xlsx', '-o', xlsx, '--lang', 'vi'])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const summary = book.worksheets[0]!.getSheetValues().map((row) => (row as unknown[] | undefined)?.slice(1));
    expect(summary).toContainEqual(['tạm dừng, chờ bổ sung', 2]);
    const listed = book.worksheets.find((ws) => ws.name === 'Hồ sơ quá hạn, lệch ngày hẹn')!;
    const row = listed
      .getSheetValues()
      .find((values) => (values as unknown[] | undefined)?.[3] === 'H019') as unknown[];
    expect(row.slice(5, 7)).toEqual(['tạm dừng, chờ bổ sung', 'tạm dừng chờ bổ sung']);
    expect(row[8]).toBe(PAUSED_VI);
  });

  it("counts paused dossiers on each grouping sheet of the workbook, whose statuses add up to the row's dossiers", async () => {
    const xlsx = join(tmp(), 'ontime.xlsx');
    const run = await runCli([...RUN, '--as-of', '2026-12-15 10:00', '--format', 'xlsx', '-o', xlsx, '--lang', 'vi']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    // The summary sheet's label and count, row by row (its first rows have none).
    const totals = new Map<unknown, unknown>();
    book.worksheets[0]!.eachRow((row) => totals.set(row.getCell(1).value, row.getCell(2).value));
    const statuses = ['trước hạn', 'đúng hạn', 'quá hạn', 'đang giải quyết, còn hạn', 'đang giải quyết, quá hạn'];
    const grouping = ['Thủ tục', 'Lĩnh vực', 'Cơ quan', 'Cấp', 'Tháng'];
    expect(book.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(grouping));
    for (const name of grouping) {
      const ws = book.getWorksheet(name)!;
      const headers = (ws.getRow(1).values as unknown[]).slice(1);
      // A short heading beside the open dossiers', so that the sheet still prints one page wide.
      expect(headers.slice(7, 11), name).toEqual([
        'đang giải quyết, còn hạn',
        'đang giải quyết, quá hạn',
        'tạm dừng',
        'Tỷ lệ đúng hạn',
      ]);
      expect(ws.pageSetup, name).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      const column = (header: string) => headers.indexOf(header) + 1;
      const sums = new Map<string, number>();
      for (let r = 2; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const count = (header: string) => row.getCell(column(header)).value as number;
        expect(
          [...statuses, 'tạm dừng'].reduce((sum, header) => sum + count(header), 0),
          `${name} ${row.getCell(1).value}`,
        ).toBe(count('Hồ sơ'));
        for (const header of [...statuses, 'tạm dừng', 'Hồ sơ'])
          sums.set(header, (sums.get(header) ?? 0) + count(header));
      }
      // And each column's sum over the groups is the summary's count.
      expect(sums.get('tạm dừng'), name).toBe(2);
      expect(sums.get('tạm dừng'), name).toBe(totals.get('tạm dừng, chờ bổ sung'));
      for (const header of statuses) expect(sums.get(header), `${name}: ${header}`).toBe(totals.get(header));
      expect(sums.get('Hồ sơ'), name).toBe(4);
    }
  });

  it('counts paused and in-time dossiers in the Markdown and HTML grouping tables, as the workbook does', async () => {
    const asOf = ['--as-of', '2026-12-15 10:00'];
    // The workbook's words, in its order: every status a column, so that a row's statuses add up to its dossiers.
    const statuses = [
      'trước hạn',
      'đúng hạn',
      'quá hạn',
      'đang giải quyết, còn hạn',
      'đang giải quyết, quá hạn',
      'tạm dừng',
    ];
    const markdown = (await runCli([...RUN, ...asOf, '--format', 'markdown', '--lang', 'vi'])).stdout;
    const tables = markdown.split('\n## ').filter((part) => part.startsWith('Theo '));
    expect(tables).toHaveLength(5);
    for (const table of tables) {
      const lines = table.split('\n').filter((line) => line.startsWith('| '));
      const cells = (line: string) => line.slice(2, -2).split(' | ');
      const headers = cells(lines[0]!);
      expect(headers.slice(3, 9), table).toEqual(statuses);
      for (const line of lines.slice(2)) {
        const row = cells(line);
        const count = (header: string) => Number(row[headers.indexOf(header)]);
        expect(
          statuses.reduce((sum, header) => sum + count(header), 0),
          line,
        ).toBe(count('Hồ sơ'));
        expect(count('tạm dừng'), line).toBe(2);
      }
    }

    const html = join(tmp(), 'ontime.html');
    expect((await runCli([...RUN, ...asOf, '--format', 'html', '-o', html, '--lang', 'vi'])).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain(
      '<td class="num" data-label="quá hạn">0</td><td class="num" data-label="đang giải quyết, còn hạn">0</td><td class="num over" data-label="đang giải quyết, quá hạn">1</td><td class="num" data-label="tạm dừng">2</td>',
    );
    expect(page.match(/<th>tạm dừng<\/th>/g)).toHaveLength(5);
  });
});
