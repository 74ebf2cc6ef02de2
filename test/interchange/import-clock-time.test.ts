import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// gio-trong-ngay.xlsx (make-workbook.mjs): step times typed "4:00" and "1:30", which Excel keeps as times of day
// (h:mm) and shows "04:00". A clock time is no duration, and hours typed so are never said to be: the step stays a
// draft, and the report says what to write. Before, it said "not a duration procmap reads" and nothing more; then it
// named the row alone, where other messages name the cell (D2) the officer is to retype.
const F = 'test/interchange/fixtures/gio-trong-ngay.xlsx';

describe('procmap import: a step time Excel keeps as a time of day', () => {
  it('says it reads as a clock time, and what to write for the hours it may mean', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-clock-'));
    const run = await runCli(['import', '--lang', 'en', join(ROOT, F), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT')).toBe(
      `imported     OUT/QT-TP-07.yaml  ← ${F}: sheet "Danh mục" row 2\n` +
        `               ${F}: sheet "QT-TP-07" row 2: cell D2 ("Thời gian") holds "04:00", a time of day, not how long the step takes: if it takes 4 giờ, write "4 giờ" in D2 (in Excel, as text); the step is a draft\n` +
        `               ${F}: sheet "QT-TP-07" row 4: cell D4 ("Thời gian") holds "01:30", a time of day, not how long the step takes: if it takes 1 giờ 30 phút, write "1 giờ 30 phút" in D4 (in Excel, as text); the step is a draft\n` +
        "               2 of 3 steps are drafts: write each one's body and duration\n" +
        '1 imported, 0 skipped\n',
    );
    const file = readFileSync(join(out, 'QT-TP-07.yaml'), 'utf8');
    expect(file.match(/draft: true/gu)).toHaveLength(2);
    const vi = await runCli(['import', join(ROOT, F), '-o', mkdtempSync(join(tmpdir(), 'procmap-clock-'))]);
    expect(vi.stdout).toContain(
      `${F}: trang tính "QT-TP-07", dòng 2: ô D2 ("Thời gian") ghi "04:00" như giờ trong ngày, không phải thời gian bước này cần: nếu bước này cần 4 giờ, hãy ghi "4 giờ" vào ô D2 (trong Excel, ghi dạng chữ); bước này là bước nháp\n`,
    );
  });
});

// quy-trinh-gio-trong-ngay.docx (make-word.mjs): the same "04:00" in a Word table, copied from such a workbook. The
// report told the officer to write the hours "in Excel, as text", of a Word document; it says what to write, in
// the table.
const W = 'test/interchange/fixtures/quy-trinh-gio-trong-ngay.docx';

describe('procmap import: a step time written as a time of day in a Word table', () => {
  it('says what to write for the file it came from, with no word of Excel', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-clock-'));
    const run = await runCli(['import', '--lang', 'en', join(ROOT, W), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT')).toBe(
      `imported     OUT/QT-GIO-01.yaml  ← ${W} (Cấp giấy xác nhận tình trạng hôn nhân)\n` +
        `               ${W}: table 1, row 2: time "04:00" is written as a time of day, not as how long the step takes: if it takes 4 giờ, write "4 giờ" in its cell of the table; the step is a draft\n` +
        "               1 of 3 steps are drafts: write each one's body and duration\n" +
        '1 imported, 0 skipped\n',
    );
    expect(readFileSync(join(out, 'QT-GIO-01.yaml'), 'utf8').match(/draft: true/gu)).toHaveLength(1);
    const vi = await runCli(['import', join(ROOT, W), '-o', mkdtempSync(join(tmpdir(), 'procmap-clock-'))]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      `${W}: bảng 1, dòng 2: thời gian "04:00" được ghi như giờ trong ngày, không phải thời gian bước này cần: nếu bước này cần 4 giờ, hãy ghi "4 giờ" vào ô của bước này trong bảng; bước này là bước nháp\n`,
    );
    expect(vi.stdout).not.toContain('Excel');
  });
});
