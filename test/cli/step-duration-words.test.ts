import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/cli/fixtures/step-duration-words';

// A step holds one time: the words officers write beside it in a first draft were cut to its first number.
describe("a step's duration with words beside its time", () => {
  it.each([
    ['case-bracket', '03 ngày làm việc (trường hợp phải xác minh: 05 ngày làm việc)'],
    ['case-semicolon', '03 ngày làm việc; trường hợp phải xác minh thì 05 ngày làm việc'],
    ['case-if', '03 ngày làm việc, nếu phải xác minh thì không quá 05 ngày làm việc'],
  ])("refuses another case's time (%s), naming both times and the longest to write", async (name, written) => {
    const file = `${DIR}/${name}.yaml`;
    const lint = await runCli(['lint', file, '--lang', 'vi']);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toContain(
      `  17:15  lỗi  "${written}" ghi thời gian của bước cho từng trường hợp: "3 ngày làm việc", "5 ngày làm việc" (trường hợp phải xác minh). Một bước chỉ có một thời gian và procmap không chọn thay: hãy ghi thời gian dài nhất mà bước có thể cần, ví dụ duration: "5 ngày làm việc", để kế hoạch đúng với mọi hồ sơ; hoặc tách trường hợp đó thành một bước riêng (một nhánh rẽ) hay một quy trình riêng  schema\n`,
    );
    // Never counted as its first number: `time` gives no verdict "trong thời hạn" on 3 days.
    const time = await runCli(['time', file, '--lang', 'vi']);
    expect(time.code).toBe(1);
    expect(time.stdout).not.toContain('trong thời hạn');
  });

  it("words a limit per case on a step as the step's, suggesting the longest, in both languages", async () => {
    const vi = await runCli(['lint', `${DIR}/per-case.yaml`, '--lang', 'vi']);
    expect([vi.code, vi.stderr]).toEqual([1, '']);
    expect(vi.stdout).toContain(
      '"03 ngày làm việc (cá nhân), 05 ngày làm việc (tổ chức)" ghi thời gian của bước cho từng trường hợp: "3 ngày làm việc" (trường hợp cá nhân), "5 ngày làm việc" (trường hợp tổ chức).',
    );
    expect(vi.stdout).toContain('ví dụ duration: "5 ngày làm việc"');
    expect(vi.stdout).not.toContain('time_limit');
    const en = await runCli(['lint', `${DIR}/per-case.yaml`, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '  17:15  error  "03 ngày làm việc (cá nhân), 05 ngày làm việc (tổ chức)" gives the step a time for each case: "3 ngày làm việc" (case cá nhân), "5 ngày làm việc" (case tổ chức). A step has one time, and procmap does not choose for you: write the longest time the step may need, e.g. duration: "5 ngày làm việc"',
    );
  });

  it('refuses "đồng thời với bước 2", saying how parallel steps are written', async () => {
    const lint = await runCli(['lint', `${DIR}/parallel.yaml`, '--lang', 'vi']);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toContain(
      '  21:15  lỗi  "02 ngày làm việc (đồng thời với bước 2)" ghi bước này làm đồng thời với bước 2, nhưng procmap cộng thời gian của bước này sau bước đứng trước nó theo next: hãy ghi duration: "2 ngày làm việc" và ghi các bước làm song song ở next của bước đứng trước chúng, ví dụ next: [B2, B3], rồi cho cả hai bước cùng next đến bước sau  schema\n',
    );
  });

  it('gives a reason for a minimum and for a time spent several rounds', async () => {
    const minimum = await runCli(['lint', `${DIR}/minimum.yaml`, '--lang', 'vi']);
    expect(minimum.code).toBe(1);
    expect(minimum.stdout).toContain(
      '"Tối thiểu 02 ngày làm việc" là thời gian tối thiểu, không phải thời gian tối đa của bước',
    );
    const rounds = await runCli(['lint', `${DIR}/rounds.yaml`, '--lang', 'en']);
    expect(rounds.code).toBe(1);
    expect(rounds.stdout).toContain(
      '"2 ngày làm việc x 2 lần" gives the time of one round and how many rounds (2): write the step\'s total time, e.g. duration: "4 ngày làm việc"',
    );
  });

  it('reads "Ngày làm việc: 02", "01 buổi sáng", "01 buổi chiều" and "30´" as the times they say', async () => {
    const lint = await runCli(['lint', `${DIR}/forms.yaml`, `${DIR}/morning.yaml`, '--lang', 'vi']);
    expect([lint.code, lint.stdout, lint.stderr]).toEqual([0, '✔ 2 tệp đã kiểm tra, không có vấn đề\n', '']);
    const forms = await runCli(['time', `${DIR}/forms.yaml`, '--lang', 'vi']);
    expect([forms.code, forms.stderr]).toEqual([0, '']);
    expect(forms.stdout).toContain(
      '  1   B1       Tiếp nhận hồ sơ  BPMC    30 phút làm việc   30 phút làm việc\n' +
        '  2   B2       Thẩm định hồ sơ  CCTP    2 ngày làm việc    2,06 ngày làm việc\n' +
        '  3   B3       Trả kết quả      BPMC    0,5 ngày làm việc  2,56 ngày làm việc\n',
    );
    const morning = await runCli(['time', `${DIR}/morning.yaml`, '--lang', 'vi']);
    expect([morning.code, morning.stderr]).toEqual([0, '']);
    expect(morning.stdout).toContain(
      '\nTổng theo đường găng: 5 giờ 30 phút làm việc, trong thời hạn, còn dư 2 giờ 30 phút làm việc\n',
    );
  });

  // "Buổi sáng", "nửa ngày" with no number were refused while "01 buổi sáng" was read: each is one "buổi", half a
  // working day.
  it('reads "Buổi sáng", "nửa ngày" and "buổi chiều làm việc" alone as half a working day, and --fix writes 0.5d', async () => {
    const file = `${DIR}/bare-part-of-day.yaml`;
    const lint = await runCli(['lint', file, '--lang', 'vi']);
    expect([lint.code, lint.stdout, lint.stderr]).toEqual([0, '✔ 1 tệp đã kiểm tra, không có vấn đề\n', '']);
    const time = await runCli(['time', file, '--lang', 'vi']);
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain(
      '\nTổng theo đường găng: 1,5 ngày làm việc (12 giờ), trong thời hạn, còn dư 0,5 ngày làm việc (4 giờ)\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'procmap-bare-part-of-day-'));
    const written = readFileSync(join(ROOT, file), 'utf8');
    writeFileSync(join(dir, 'p.yaml'), written);
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  canonical-duration: warn\n');
    const fix = await runCli(['lint', '--fix', 'p.yaml', '--lang', 'en'], { cwd: dir });
    expect([fix.code, fix.stdout, fix.stderr]).toEqual([
      0,
      '✔ 1 file checked, no problems\n',
      'procmap: fixed 4 problems in p.yaml\n',
    ]);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(
      written
        .replace('time_limit: 2 ngày làm việc', 'time_limit: 2d')
        .replace('duration: Buổi sáng', 'duration: 0.5d')
        .replace('duration: "nửa ngày"', 'duration: "0.5d"')
        .replace('duration: buổi chiều làm việc', 'duration: 0.5d'),
    );
  });

  it("keeps a step's remark after its time in `time` and the document, saying time left out is not counted", async () => {
    const time = await runCli(['time', `${DIR}/remark-excluded.yaml`, '--lang', 'vi']);
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain(
      '\nBước 2 (B2): 3 ngày làm việc (không kể thời gian niêm yết 07 ngày làm việc); thời gian ghi chú loại ra không được tính vào tổng\n',
    );
    const en = await runCli(['time', `${DIR}/remark-excluded.yaml`, '--lang', 'en']);
    expect(en.stdout).toContain(
      '\nStep 2 (B2): 3 working days (không kể thời gian niêm yết 07 ngày làm việc); the time this remark leaves out is not counted in the total\n',
    );
    const tail = await runCli(['time', `${DIR}/tail.yaml`, '--lang', 'vi']);
    expect([tail.code, tail.stderr]).toEqual([0, '']);
    expect(tail.stdout).toContain('\nBước 2 (B2): 3 ngày làm việc kể từ khi nhận hồ sơ từ Bộ phận Một cửa\n');
    const out = mkdtempSync(join(tmpdir(), 'procmap-step-words-'));
    for (const name of ['remark-excluded', 'tail']) {
      const doc = await runCli(['doc', `${DIR}/${name}.yaml`, '--format', 'md', '-o', out, '--lang', 'vi']);
      expect([doc.code, doc.stderr]).toEqual([0, '']);
    }
    const excluded = readFileSync(join(out, 'QT-SD-05.md'), 'utf8');
    expect(excluded).toContain(
      '| 2 | **Thẩm định hồ sơ** | Công chức Tư pháp | 3 ngày làm việc (không kể thời gian niêm yết 07 ngày làm việc) |  |',
    );
    expect(excluded).toContain(
      '\n- Tổng thời gian các bước (đường găng): 4 ngày làm việc (32 giờ); chưa gồm thời gian mà ghi chú của bước 2 loại ra: (không kể thời gian niêm yết 07 ngày làm việc)\n',
    );
    expect(readFileSync(join(out, 'QT-SD-06.md'), 'utf8')).toContain(
      '| 2 | **Thẩm định hồ sơ** | Công chức Tư pháp | 3 ngày làm việc kể từ khi nhận hồ sơ từ Bộ phận Một cửa |  |',
    );
  });
});

// The total of a step table pasted with its steps was checked only when the steps were in forms the time limit takes:
// "Ngày làm việc: 05", "01 buổi sáng" left it unread, and lint only said to delete it.
describe("a pasted step table's total, its times in the table's own forms", () => {
  it('is checked against the steps, as a field and as a row', async () => {
    const lint = await runCli(['lint', `${DIR}/pasted-total.yaml`, '--lang', 'en']);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toContain(
      `  11:1  error  "Tổng thời gian giải quyết" is not a field: procmap computes the total time from the steps, and they take 5.5 working days (44 h), not the 9 working days (72 h) written here; delete this line, and check the steps' times  schema\n`,
    );
    expect(lint.stdout).toContain(
      `  24:9  error  Step "tong" ("Tổng thời gian giải quyết") is the total row of a step table, not a step: procmap computes the total time from the steps, and they take 5.5 working days (44 h), not the 9 working days (72 h) written here; delete this step, and check the steps' times  total-row\n`,
    );
  });
});
