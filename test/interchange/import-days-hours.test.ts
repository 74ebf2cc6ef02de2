import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writtenDuration } from '../../src/interchange/draft.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Days and hours written together ("01 ngày làm việc 04 giờ"), which a procedure file refuses: the import used to keep
// the days and move the hours into the description, so a procedure over its limit linted clean. The fixtures:
// buoc-ngay-va-gio.xlsx (a catalog of limit 04 ngày làm việc, steps of 04 giờ, 01 ngày làm việc 04 giờ, 02 ngày làm
// việc 04 giờ, 04 giờ: 40 working hours), the same procedure in Word (buoc-ngay-va-gio.docx), and ngay-8-5-gio.csv,
// an annex of one procedure read with procmap.config.yaml, whose working day is 8.5 hours.
const DIR = join(ROOT, 'test/interchange/fixtures/ngay-va-gio');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-days-hours-'));
const shown = (stdout: string, out: string) =>
  stdout.split('test/interchange/fixtures/ngay-va-gio/').join('F/').split(out).join('OUT');

describe('writtenDuration: days and hours together', () => {
  it('joins them in working hours of the calendar, each way officers write them', () => {
    const joined = (text: string, perDay?: number) => writtenDuration(text, perDay)?.value;
    expect(joined('01 ngày làm việc 04 giờ')).toBe('12h');
    expect(joined('02 ngày làm việc, 04 giờ')).toBe('20h');
    expect(joined('1 ngày + 4 giờ')).toBe('12h');
    expect(joined('01 ngày và 04 giờ')).toBe('12h');
    expect(joined('2 ngày 3 giờ')).toBe('19h');
    expect(joined('1 ngày 4 giờ', 8.5)).toBe('12.5h');
    expect(writtenDuration('02 ngày làm việc 04 giờ kể từ ngày nhận đủ hồ sơ', 8)).toEqual({
      value: '20h kể từ ngày nhận đủ hồ sơ',
      joined: { days: 2, hours: 4, perDay: 8 },
    });
  });

  it('never keeps the leading days alone when more time follows them', () => {
    expect(writtenDuration('01 ngày làm việc 04 giờ 30 phút')).toBeUndefined();
    expect(writtenDuration('04 giờ 30 phút')).toEqual({ value: '04 giờ 30 phút' });
    // A legal tail is still kept apart, as before.
    expect(writtenDuration('15 ngày (không kể thời gian niêm yết)')?.value).toBe(
      '15 ngày (không kể thời gian niêm yết)',
    );
  });
});

describe('procmap import: days and hours together', () => {
  it('from a workbook, counts every hour: the step over the limit is said, and lint reports it', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'buoc-ngay-va-gio.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out)).toBe(
      'imported     OUT/2.000635.yaml  ← F/buoc-ngay-va-gio.xlsx: sheet "Danh mục" row 2 (2.000635)\n' +
        '               F/buoc-ngay-va-gio.xlsx: sheet "Các bước" row 3: time "01 ngày làm việc 04 giờ" mixes days and hours: written as 12h (working hours), a working day being 8 working hours; check it\n' +
        '               F/buoc-ngay-va-gio.xlsx: sheet "Các bước" row 4: time "02 ngày làm việc 04 giờ" mixes days and hours: written as 20h (working hours), a working day being 8 working hours; check it\n' +
        '               lint will report this as an error, to mend before the procedure is issued: sheet "Các bước" rows 2, 3, 4, 5: Critical path takes 5 working days (40 h), over the time limit of 4 working days (32 h) by 1 working day (8 h): step 1 → step 2 → step 3 → step 4\n' +
        '1 imported, 0 skipped\n',
    );
    const file = readFileSync(join(out, '2.000635.yaml'), 'utf8');
    expect(file).toContain('\n    duration: 12h\n');
    expect(file).toContain('\n    duration: 20h\n');
    expect(file).not.toContain('description');
    const lint = await runCli(['lint', '--lang', 'en', out]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('over the time limit of 4 working days (32 h) by 1 working day (8 h)');
  });

  it('from a Word document, the same', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'buoc-ngay-va-gio.docx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out).split('\n').slice(1, 3)).toEqual([
      '               F/buoc-ngay-va-gio.docx: table 1, row 3: time "01 ngày làm việc 04 giờ" mixes days and hours: written as 12h (working hours), a working day being 8 working hours; check it',
      '               F/buoc-ngay-va-gio.docx: table 1, row 4: time "02 ngày làm việc 04 giờ" mixes days and hours: written as 20h (working hours), a working day being 8 working hours; check it',
    ]);
    const file = readFileSync(join(out, 'QT-DH-02.yaml'), 'utf8');
    expect(file).toMatch(/\n {4}duration: 12h\n[^]*\n {4}duration: 20h\n/u);
  });

  it("on the catalog's calendar, the limit too; a time it cannot join is a draft step, its text kept", async () => {
    const out = fresh();
    const config = join(DIR, 'procmap.config.yaml');
    const args = ['import', join(DIR, 'ngay-8-5-gio.csv'), '-o', out, '--effective', '01/07/2025', '--config', config];
    const run = await runCli(args);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(shown(run.stdout, out).split('\n').slice(0, 6)).toEqual([
      'đã nhập      OUT/9.000002.yaml  ← F/ngay-8-5-gio.csv (9.000002)',
      '               thời hạn "01 ngày làm việc 04 giờ kể từ ngày nhận đủ hồ sơ hợp lệ" ghi cả ngày và giờ: đã ghi thành 12.5h (giờ làm việc), mỗi ngày làm việc 8,5 giờ làm việc; hãy kiểm tra lại',
      '               F/ngay-8-5-gio.csv: dòng 4: thời gian "1 ngày + 4 giờ" ghi cả ngày và giờ: đã ghi thành 12.5h (giờ làm việc), mỗi ngày làm việc 8,5 giờ làm việc; hãy kiểm tra lại',
      '               F/ngay-8-5-gio.csv: dòng 5: thời gian "02 ngày làm việc, 04 giờ" ghi cả ngày và giờ: đã ghi thành 21h (giờ làm việc), mỗi ngày làm việc 8,5 giờ làm việc; hãy kiểm tra lại',
      '               F/ngay-8-5-gio.csv: dòng 6: thời gian "01 ngày làm việc 04 giờ 30 phút" không phải thời gian procmap đọc được; bước này là bước nháp',
      '               1/4 bước là bước nháp: hãy ghi đơn vị và thời gian của từng bước',
    ]);
    const file = readFileSync(join(out, '9.000002.yaml'), 'utf8');
    expect(file).toContain('\ntime_limit: 12.5h kể từ ngày nhận đủ hồ sơ hợp lệ\n');
    expect(file).toContain('\n    duration: 12.5h\n');
    expect(file).toContain('\n    duration: 21h\n');
    expect(file).toContain(
      '\n    duration: 0h\n    draft: true\n    description: "Thời gian ghi trong bảng: 01 ngày làm việc 04 giờ 30 phút"\n',
    );
  });
});
