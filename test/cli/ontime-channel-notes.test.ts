import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unmarked } from '../helpers/inert.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/channel-grades';
const ONTIME = ['ontime', '--catalog', `${DIR}/catalog`, '--as-of', '31/03/2027 17:00'];

const NO_CHANNEL_VI =
  'Thủ tục pgr (Thủ tục thử cấp độ trực tuyến): 2 hồ sơ không ghi kênh nộp nên được đo theo thời hạn chung (5 ngày làm việc); hồ sơ nộp trực tuyến một phần (4 ngày làm việc) hoặc trực tuyến toàn trình (3 ngày làm việc) có thể đã quá hạn theo thời hạn riêng của kênh đó. Hãy thêm cột "Kênh tiếp nhận" (trực tiếp, trực tuyến, bưu chính) vào tệp xuất để đo mỗi hồ sơ theo thời hạn của kênh nộp.';
// The export has the channel column: the empty cell is named by its row and column, not a column to add.
const BLANK_EN =
  'pgr (Thủ tục thử cấp độ trực tuyến): 1 dossier has an empty cell in the channel column (test/fixtures/channel-grades/blank-channel.csv row 2, column "Kênh") and was measured against the general limit (5 working days); one filed online – Trực tuyến một phần (4 working days) or online – Trực tuyến toàn trình (3 working days) may be late by that channel’s own limit. Write the channel in the cell (trực tiếp, trực tuyến or bưu chính) to measure each by its own.';
const UNGRADED_EN =
  'pgr (Thủ tục thử cấp độ trực tuyến): 1 dossier filed online names no grade (online – Trực tuyến một phần: 4 working days; online – Trực tuyến toàn trình: 3 working days) and was measured against the limit due first, the safe reading; write the grade ("một phần" or "toàn trình") in its channel cell to measure it by its own.';

describe('dossiers whose channel the export does not say (CLI)', () => {
  it('says that an export without a channel column was measured against the general limit, once per procedure', async () => {
    // Both were counted ahead of time against the general 5 days, with no word of the online limits of 3 and 4.
    const result = await runCli([...ONTIME, `${DIR}/no-channel.csv`, '--lang', 'vi']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Tỷ lệ đúng hạn: 100%');
    expect(result.stdout).toContain(`\n\n${NO_CHANNEL_VI}\n\n`);
    expect(result.stdout.split('không ghi kênh nộp')).toHaveLength(2);
    expect(result.stdout).not.toContain('để trống ô');
  });

  it('counts empty channel cells and online rows without a grade apart, in every format', async () => {
    const file = `${DIR}/blank-channel.csv`;
    const text = await runCli([...ONTIME, file, '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain(`\n\n${BLANK_EN}\n${UNGRADED_EN}\n\n`);

    const json = await runCli([...ONTIME, file, '-f', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).channel_guesses).toEqual([
      {
        procedure: 'pgr',
        no_channel: 0,
        empty_channel: 1,
        empty_channel_cells: [{ file: 'test/fixtures/channel-grades/blank-channel.csv', row: 2, column: 'Kênh' }],
        ungraded: 1,
        limit: '5d',
        channels: [
          { kind: 'online', note: 'Trực tuyến một phần', limit: '4d' },
          { kind: 'online', note: 'Trực tuyến toàn trình', limit: '3d' },
        ],
      },
    ]);

    const markdown = await runCli([...ONTIME, file, '-f', 'markdown', '--lang', 'en']);
    expect(markdown.stdout).toContain(`\n> ${BLANK_EN}\n\n> ${UNGRADED_EN}\n`);

    const dir = mkdtempSync(join(tmpdir(), 'procmap-channel-notes-'));
    const html = join(dir, 'ontime.html');
    expect((await runCli([...ONTIME, file, '-f', 'html', '--lang', 'en', '-o', html])).code).toBe(0);
    // A long word (the file's path) is marked where it may break; the note's words are compared.
    const page = unmarked(readFileSync(html, 'utf8'));
    const escaped = (note: string) => note.replaceAll('"', '&quot;');
    expect(page).toContain(`<p class="note">${escaped(BLANK_EN)}</p>`);
    expect(page).toContain(`<p class="note">${escaped(UNGRADED_EN)}</p>`);

    const xlsx = join(dir, 'ontime.xlsx');
    expect((await runCli([...ONTIME, file, '-f', 'xlsx', '--lang', 'en', '-o', xlsx])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => cells.push(row.getCell(1).value));
    expect(cells).toEqual(expect.arrayContaining([BLANK_EN, UNGRADED_EN]));
  });

  it('says only what is missing: rows that all name a channel get no note of rows without one', async () => {
    const result = await runCli([...ONTIME, `${DIR}/grades.csv`, '--lang', 'en']);
    expect(result.stdout).not.toContain('names no channel');
    expect(result.stdout).toContain('pgr (Thủ tục thử cấp độ trực tuyến): 2 dossiers filed online name no grade (');
    const json = await runCli([...ONTIME, `${DIR}/grades.csv`, '-f', 'json']);
    // G1 and G4 say online without a grade: counted, and said.
    expect(JSON.parse(json.stdout).channel_guesses).toMatchObject([{ procedure: 'pgr', no_channel: 0, ungraded: 2 }]);
  });
});
