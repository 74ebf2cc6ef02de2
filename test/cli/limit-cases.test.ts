import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Limits as procedures publish them with a case that takes more time: time added to the general limit ("tăng thêm"),
// a limit then whom it is for ("… đối với các xã miền núi"), and a case a branch names by the start of its words.
const DIR = 'test/cli/fixtures/limit-cases';

describe('a case whose limit is time added to the general one', () => {
  for (const file of ['tang-them.yaml', 'doi-voi-tang-them.yaml', 'keo-dai-them.yaml'])
    it(`lint judges the verification path against 3 + 5 working days (${file})`, async () => {
      const result = await runCli(['lint', '--lang', 'vi', `${DIR}/${file}`]);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('✔ 1 tệp đã kiểm tra, không có vấn đề\n');
      expect(result.code).toBe(0);
    });

  it('time gives the case a line with the sum as its limit', async () => {
    const result = await runCli(['time', '--lang', 'vi', `${DIR}/tang-them.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Trường hợp phải xác minh (thời hạn 8 ngày làm việc): tổng theo đường găng 8 ngày làm việc (64 giờ), vừa đúng thời hạn: B1 → B2 → B3 → B4 → B5\n',
    );
  });

  it("lint asks for the case's whole limit when the time added is in another unit", async () => {
    const result = await runCli(['lint', '--lang', 'vi', `${DIR}/tang-them-units.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'B1 → B2 → B3 → B4 → B5. Trường hợp "phải xác minh" có "thời gian giải quyết được tăng thêm 30 ngày lịch", khác đơn vị với thời hạn chung nên procmap không cộng được: ghi cả thời hạn của trường hợp đó bằng một đơn vị, ví dụ "…; trường hợp phải xác minh thì không quá N ngày làm việc", N là tổng  within-time-limit\n',
    );
  });
});

describe('a limit then whom it is for, as land procedures publish it', () => {
  // mien-nui-chuoi.yaml writes its branches as one text, the case's own commas inside the brackets.
  for (const file of ['mien-nui.yaml', 'mien-nui-tran.yaml', 'mien-nui-chuoi.yaml'])
    it(`reads it as the general limit and the case of the "đối với" words (${file})`, async () => {
      const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/${file}`]);
      expect(lint.stderr).toBe('');
      expect(lint.stdout).toBe('✔ 1 tệp đã kiểm tra, không có vấn đề\n');
      expect(lint.code).toBe(0);
      const time = await runCli(['time', '--lang', 'vi', `${DIR}/${file}`]);
      expect(time.stderr).toBe('');
      expect(time.code).toBe(0);
      expect(time.stdout).toContain('Thời hạn giải quyết: 10 ngày làm việc (80 giờ)\n');
      expect(time.stdout).toContain(
        'Trường hợp các xã miền núi, hải đảo, vùng sâu, vùng xa (thời hạn 20 ngày làm việc): tổng theo đường găng',
      );
    });
});

describe('a case no branch is judged by', () => {
  it("takes a branch whose words begin the only case's words as that case", async () => {
    const result = await runCli(['lint', '--lang', 'vi', `${DIR}/lltp.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('✔ 1 tệp đã kiểm tra, không có vấn đề\n');
    expect(result.code).toBe(0);
  });

  it('names the case no branch names, and how to write the branch, when the general limit is exceeded', async () => {
    const result = await runCli(['lint', '--lang', 'vi', `${DIR}/lltp-unnamed.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'vượt thời hạn giải quyết 10 ngày làm việc (80 giờ) là 4 ngày làm việc (32 giờ): B1 → B2 → B3 → B4 → B5 → B6. Thời hạn còn có trường hợp "phải xác minh về điều kiện đương nhiên được xóa án tích" (15 ngày làm việc) mà không nhánh nào của các bước ghi: nếu đường này là trường hợp đó, ghi điều kiện của nhánh là "nếu phải xác minh về điều kiện đương nhiên được xóa án tích" để được xét theo thời hạn của trường hợp đó  within-time-limit\n',
    );
  });

  it('says a branch two cases begin with may be either, in English too', async () => {
    const result = await runCli(['lint', '--lang', 'en', `${DIR}/lltp-ambiguous.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '. The branch "Phải xác minh" may be any of the limit\'s cases "phải xác minh về điều kiện đương nhiên được xóa án tích", "phải xác minh tại nước ngoài": write its condition in the words of one case, e.g. "nếu phải xác minh về điều kiện đương nhiên được xóa án tích"  within-time-limit\n',
    );
  });
});

// Real files of probe s63, as officers copy them from the national portal.
describe('a case whose days the law leaves bare', () => {
  it("lint judges the verification branch as the case's, and builds no error on the reading it asks about", async () => {
    const result = await runCli(['lint', '--lang', 'vi', `${DIR}/lltp-bare-case.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('lỗi  ');
    expect(result.stdout).toContain('ghi cho trường hợp khác "15 ngày"');
  });

  // The case's path (14 working days) is within 15 working days but over 15 calendar days: said, both readings with
  // what to write, as a warning (the overrun rests on the reading the officer has not settled).
  it('lint says both readings when the case is over one of them only', async () => {
    const result = await runCli(['lint', '--lang', 'en', `${DIR}/lltp-bare-case.yaml`]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '  14:13  warning  The steps end after the appointment for every receipt from 01/07/2025 to 11/12/2026 ' +
        '(appointments within the years whose days off are announced); at worst, received Fri 06/02/2026 17:00, they ' +
        'end Thu 05/03/2026 17:00, 8 working days (64 h) after the appointment Mon 23/02/2026 17:00 (15 calendar days ' +
        'for the case "phải xác minh về điều kiện đương nhiên được xóa án tích"): B1 → B2 → B3 → B4 → B5 → B6 → B7. ' +
        '"thời hạn không quá 15 ngày" does not say working or calendar days: read as calendar days the steps exceed it, ' +
        'read as working days they do not. Check the legal text and write "thời hạn không quá 15 ngày làm việc" or ' +
        '"thời hạn không quá 15 ngày lịch"  within-time-limit\n',
    );
    expect(result.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)\n');
  });

  // `time` said "chưa xét" for the case, though lint and 5.4 judge both readings: it now gives both, in lint's figures.
  it('time gives the case both readings, as lint and 5.4 judge them, and what to write', async () => {
    const result = await runCli(['time', '--lang', 'vi', `${DIR}/lltp-bare-case.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Tổng theo đường găng: 9 ngày làm việc (72 giờ), trong thời hạn');
    expect(result.stdout).toContain('Đường găng: B1 → B2 → B3 → B5 → B6 → B7\n');
    expect(result.stdout).not.toContain('chưa xét');
    // 14 of 15 working days: 1 to spare; as calendar days the worst receipt is lint's above.
    const named = 'Trường hợp phải xác minh về điều kiện đương nhiên được xóa án tích';
    expect(result.stdout).toContain(
      `\n${named}, nếu hiểu số ngày là ngày làm việc (thời hạn 15 ngày làm việc): tổng theo đường găng 14 ngày làm việc (112 giờ), trong thời hạn, còn dư 1 ngày làm việc (8 giờ): B1 → B2 → B3 → B4 → B5 → B6 → B7\n` +
        `${named}, nếu hiểu số ngày là ngày lịch (thời hạn 15 ngày lịch): các bước xong SAU ngày hẹn trả với hồ sơ tiếp nhận vào 366/366 ngày làm việc từ 01/07/2025 đến 11/12/2026 (hẹn trả trong các năm đã công bố lịch nghỉ); chậm nhất, tiếp nhận T6 06/02/2026 17:00 thì xong T5 05/03/2026 17:00, muộn 8 ngày làm việc (64 giờ) so với hẹn trả T2 23/02/2026 17:00\n` +
        '"thời hạn không quá 15 ngày" không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày lịch (hạn trả sớm hơn, procmap đang tính) thì các bước vượt thời hạn; hiểu là ngày làm việc thì không vượt. Hãy ghi "thời hạn không quá 15 ngày làm việc" hoặc "thời hạn không quá 15 ngày lịch"\n',
    );
    const json = await runCli(['time', '--format', 'json', `${DIR}/lltp-bare-case.yaml`]);
    expect(json.code).toBe(0);
    const [procedure] = JSON.parse(json.stdout).procedures;
    expect(procedure.within_limit).toBe(true);
    expect(procedure.cases).toMatchObject([
      {
        case: 'phải xác minh về điều kiện đương nhiên được xóa án tích',
        time_limit: null,
        time_limit_text: 'thời hạn không quá 15 ngày',
        days_unsettled: true,
        total: { hours: 112, days: 14 },
        // The readings differ: not settled.
        within_limit: null,
        readings: [
          { reading: 'working', time_limit: '15d', slack: { hours: 8, days: 1 }, within_limit: true },
          { reading: 'calendar', time_limit: '15cd', within_limit: false, receipts: { tried: 732, over: 732 } },
        ],
      },
    ]);
  });

  // Counted by hand: received Mon 02/03/2026 08:00, 15 working days (3–6, 9–13, 16–20, 23/03) end Mon 23/03 08:00;
  // 15 calendar days from Tue 03/03 end Tue 17/03 17:00. The case's steps, 14 working days from 08:00, end Fri 20/03
  // 08:00: on time read as working days, late read as calendar days.
  it('time --received gives the case an appointment per reading (was "chưa có hẹn trả")', async () => {
    const result = await runCli(['time', '--received', '02/03/2026 08:00', `${DIR}/lltp-bare-case.yaml`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).not.toContain('chưa có hẹn trả');
    const named = 'Trường hợp phải xác minh về điều kiện đương nhiên được xóa án tích';
    expect(result.stdout).toContain(
      `\n${named}, nếu hiểu số ngày là ngày làm việc (thời hạn 15 ngày làm việc): hẹn trả 08 giờ 00 phút, thứ Hai, ngày 23/03/2026; các bước xong T6 20/03/2026 08:00\n` +
        `${named}, nếu hiểu số ngày là ngày lịch (thời hạn 15 ngày lịch): hẹn trả 17 giờ 00 phút, thứ Ba, ngày 17/03/2026; các bước xong T6 20/03/2026 08:00; các bước xong SAU hẹn trả này\n` +
        '"thời hạn không quá 15 ngày" không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày lịch (hạn trả sớm hơn, procmap đang tính) thì các bước vượt thời hạn; hiểu là ngày làm việc thì không vượt.',
    );
    const json = await runCli(['time', '-f', 'json', '--received', '02/03/2026 08:00', `${DIR}/lltp-bare-case.yaml`]);
    const [procedure] = JSON.parse(json.stdout).procedures;
    expect(procedure.cases[0]).toMatchObject({
      finish: '2026-03-20T08:00',
      on_time: null,
      readings: [
        { reading: 'working', due: '2026-03-23T08:00', on_time: true },
        { reading: 'calendar', due: '2026-03-17T17:00', on_time: false },
      ],
    });
  });
});

describe('bare days added to a limit in working days ("được tăng thêm 10 ngày")', () => {
  it('lint --fix leaves them for the officer, and lint still asks, with both readings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-tang-them-'));
    cpSync(join(ROOT, DIR, 'dang-ky-tang-them.yaml'), join(dir, 'p.yaml'));
    const before = readFileSync(join(dir, 'p.yaml'), 'utf8');
    const fix = await runCli(['lint', '--lang', 'vi', '--fix', 'p.yaml'], { cwd: dir });
    expect(fix.stderr).toBe('');
    expect(fix.code).toBe(0);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(before);
    expect(fix.stdout).toContain(
      'cho trường hợp khác tăng thêm "10 ngày", có thể là 10 ngày làm việc, cùng đơn vị với thời hạn được tăng (tổng 20 ngày làm việc), hoặc 10 ngày lịch sau thời hạn đó',
    );
    expect(fix.stdout).toContain('--fix không tự chọn thay  ambiguous-days\n');
  });

  it('time gives the remote communes every path, with the time added', async () => {
    const result = await runCli(['time', '--lang', 'vi', `${DIR}/dang-ky-tang-them.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Both readings of the bare "tăng thêm 10 ngày", each judged (it said "chưa xét", not judged).
    const remote = 'Trường hợp các xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã hội khó khăn';
    expect(result.stdout).toContain(
      `${remote}, nếu hiểu số ngày là ngày làm việc (thời hạn 20 ngày làm việc): tổng theo đường găng 8 ngày làm việc (64 giờ), trong thời hạn, còn dư 12 ngày làm việc (96 giờ): B1 → B2 → B3 → B5 → B6 → B7\n`,
    );
    expect(result.stdout).toContain(
      `${remote}, nếu hiểu số ngày là ngày lịch (thời hạn 10 ngày làm việc và 10 ngày lịch sau đó): các bước xong trước hẹn trả với hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào từ 01/07/2025 đến `,
    );
    expect(result.stdout).not.toContain('chưa xét');
  });
});
