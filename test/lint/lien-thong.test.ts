import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fixFixture } from '../helpers/fix-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/lint/fixtures/lien-thong';
const TOTAL = 'time_limit: "10 ngày làm việc (UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc)"';

/** The line of a fixed file that holds time_limit, and what follows it up to the bodies. */
const limitLines = (text: string) => text.slice(text.indexOf('time_limit'), text.indexOf('bodies:'));

describe('lint on a liên thông limit given per agency', () => {
  it('says the total to write, and --fix writes it, its comment kept, however the shares are written', async () => {
    const said = await runCli(['lint', '--lang', 'en', `${FIXTURES}/stages.yaml`]);
    expect(said.code).toBe(1);
    expect(said.stderr).toBe('');
    expect(said.stdout).toBe(
      `${FIXTURES}/stages.yaml\n` +
        `  7:13  error  "UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc" gives the time of each agency that handles the dossier in turn (liên thông); the applicant's limit is their total: write ${TOTAL}  schema\n` +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    for (const [name, expected] of [
      ['stages', `${TOTAL}   # theo QĐ công bố\n`],
      // A line each in a block becomes the one line.
      ['bracketed-lines', `${TOTAL}\n`],
    ]) {
      const { result, again, text } = await fixFixture('lien-thong', name!);
      expect(limitLines(text), name).toBe(expected);
      expect(result.code, name).toBe(0);
      expect(result.stdout, name).toBe('✔ 1 file checked, no problems\n');
      expect(result.stderr, name).toBe('procmap: fixed 1 problem in p.yaml\n');
      expect(again.code, name).toBe(0);
    }
  });

  it('asks for the total, and writes nothing, when the shares are in units that cannot be added up', async () => {
    const { result, text } = await fixFixture('lien-thong', 'units', 'vi');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'p.yaml\n' +
        '  7:13  lỗi  "UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 15 ngày lịch" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ bằng các đơn vị không cộng được với nhau: hãy ghi tổng thời hạn trả kết quả cho người nộp, kèm thời gian của từng cơ quan trong ngoặc, ví dụ time_limit: "… ngày làm việc (UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 15 ngày lịch)"  schema\n' +
        '\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n' +
        '  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa.\n',
    );
    expect(text).toBe(readFileSync(join(ROOT, FIXTURES, 'units.yaml'), 'utf8'));
  });

  it('adds working hours to working days in the working day, and --fix writes the total in days, as the law', async () => {
    const stages = 'UBND cấp xã: 4 giờ làm việc; Sở Tư pháp: 07 ngày làm việc';
    const said = await runCli(['lint', '--lang', 'vi', `${FIXTURES}/hours.yaml`]);
    expect(said.code).toBe(1);
    expect(said.stderr).toBe('');
    expect(said.stdout).toBe(
      `${FIXTURES}/hours.yaml\n` +
        `  7:13  lỗi  "${stages}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ bằng ngày làm việc và giờ làm việc; thời hạn trả kết quả cho người nộp là tổng các thời gian đó, tính bằng ngày làm việc, một ngày làm việc có 8 giờ làm việc: hãy ghi time_limit: "7,5 ngày làm việc (${stages})"  schema\n` +
        '\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n' +
        '  1 lỗi và 0 cảnh báo có thể sửa tự động bằng tùy chọn --fix.\n' +
        '  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa, và --fix có thể sửa thêm.\n',
    );
    const { result, again, text } = await fixFixture('lien-thong', 'hours');
    // The dossier's time in the law's unit, working days; its hours only in the share that has them.
    expect(limitLines(text)).toBe(`time_limit: "7,5 ngày làm việc (${stages})"\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.stderr).toBe('procmap: fixed 1 problem in p.yaml\n');
    expect(again.code).toBe(0);
  });

  it('keeps the per-case advice for levels alone, which may each be where the procedure is handled', async () => {
    const { result, text } = await fixFixture('lien-thong', 'levels');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      'gives a limit for each case: write the limit of the case this procedure describes, with the case in brackets, e.g. time_limit: "15 ngày làm việc (Cấp tỉnh)"',
    );
    expect(text).toBe(readFileSync(join(ROOT, FIXTURES, 'levels.yaml'), 'utf8'));
  });
});
