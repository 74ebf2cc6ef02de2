import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const CATALOG = 'test/fixtures/time/catalog';
const HKD = `${CATALOG}/ho-kinh-doanh.yaml`;

interface TimeJson {
  procedures: Record<string, unknown>[];
}

async function json(args: string[]): Promise<TimeJson> {
  const result = await runCli(['time', '--lang', 'en', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as TimeJson;
}

describe('procmap time (CLI)', () => {
  it('says under a limit of a bare "24 giờ" that it is counted in working hours, and the clock reading ends sooner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-hours-'));
    const text = readFileSync(join(ROOT, 'test/rules/fixtures/ambiguous-hours/invalid-bare.yaml'), 'utf8');
    writeFileSync(join(dir, 'bare.yaml'), text);
    writeFileSync(join(dir, 'working.yaml'), text.replace('24 giờ kể từ', '24 giờ làm việc kể từ'));
    const bare = await runCli(['time', join(dir, 'bare.yaml'), '--lang', 'vi']);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain(
      'Đang tính theo giờ làm việc; nếu văn bản có nghĩa là 24 giờ tính liên tục kể từ khi nhận thì hạn trả sớm hơn (quy tắc ambiguous-hours)\n',
    );
    const en = await runCli(['time', join(dir, 'bare.yaml'), '--lang', 'en']);
    expect(en.stdout).toContain('if the law means 24 hours on the clock from receipt, the result is due sooner');
    expect((await runCli(['time', join(dir, 'working.yaml'), '--lang', 'vi'])).stdout).not.toContain('ambiguous-hours');
  });

  it('prints a bare limit with minutes as the law wrote it and reads it in working hours, in both languages', async () => {
    const file = join(ROOT, 'test/fixtures/time/gio-phut.yaml');
    const vi = await runCli(['time', file, '--lang', 'vi']);
    expect(vi).toMatchObject({ code: 0, stderr: '' });
    expect(vi.stdout).toContain(
      '\nThời hạn giải quyết: 6 giờ 40 phút (procmap tính là 6 giờ 40 phút làm việc)\nĐang tính theo giờ làm việc; nếu văn bản có nghĩa là 6 giờ 40 phút tính liên tục kể từ khi nhận thì hạn trả sớm hơn (quy tắc ambiguous-hours)\n',
    );
    const en = await runCli(['time', file, '--lang', 'en']);
    expect(en.stdout).toContain(
      '\nTime limit: 6 hours 40 minutes (counted by procmap as working hours)\nCounted in working hours; if the law means 6 hours 40 minutes on the clock from receipt, the result is due sooner (rule ambiguous-hours)\n',
    );
    const lint = await runCli(['lint', file, '--lang', 'vi']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      'vượt thời hạn giải quyết 6 giờ 40 phút (procmap tính là 6 giờ 40 phút làm việc) là 2 giờ 20 phút làm việc: receive → appraise → return  within-time-limit\n',
    );
  });

  it('prints the words of a limit written over several lines as one line, never with a literal "\\n"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-lines-'));
    const file = join(dir, 'lines.yaml');
    writeFileSync(
      file,
      [
        'id: QT-X',
        'title: X',
        'revision: 1',
        'effective: 01/07/2025',
        'time_limit: |',
        '  05 ngày làm việc kể từ ngày',
        '  nhận đủ hồ sơ hợp lệ',
        'steps:',
        '  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 4h }',
        '',
      ].join('\n'),
    );
    const vi = await runCli(['time', file, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Theo văn bản: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ\n');
    expect(vi.stdout).not.toContain('\\n');
    const en = await runCli(['time', file, '--lang', 'en']);
    // The law's words quoted whole as the file writes them, never its Vietnamese tail glued to an English line.
    expect(en.stdout).toContain('As the law states it: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"\n');
  });

  it('says the same under a limit in officers\' short "24 g", which is giờ too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-g-'));
    const text = readFileSync(join(ROOT, 'test/rules/fixtures/ambiguous-hours/invalid-bare.yaml'), 'utf8');
    writeFileSync(join(dir, 'g.yaml'), text.replace('24 giờ kể từ', '24 g kể từ'));
    const vi = await runCli(['time', join(dir, 'g.yaml'), '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toBe('');
    // The law's words as written, procmap's reading marked beside them: "24 giờ làm việc" would answer for the law.
    expect(vi.stdout).toContain(
      'Thời hạn giải quyết: 24 giờ (procmap tính là 24 giờ làm việc)\nĐang tính theo giờ làm việc; nếu văn bản có nghĩa là 24 giờ tính liên tục kể từ khi nhận thì hạn trả sớm hơn (quy tắc ambiguous-hours)\n',
    );
    const en = await runCli(['time', join(dir, 'g.yaml'), '--lang', 'en']);
    expect(en.stdout).toContain('\nTime limit: 24 hours (counted by procmap as working hours)\n');
    expect(en.stdout).toContain('\nAs the law states it: "Trong thời hạn 24 g kể từ khi nhận đủ hồ sơ"\n');
  });

  it('keeps the law\'s "tiếng" and what it says with the limit, as the document prints them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-tieng-'));
    const text = readFileSync(join(ROOT, 'test/rules/fixtures/ambiguous-hours/invalid-bare.yaml'), 'utf8');
    writeFileSync(join(dir, 't.yaml'), text.replace('24 giờ kể từ', '24 tiếng kể từ'));
    const vi = await runCli(['time', join(dir, 't.yaml'), '--lang', 'vi']);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toContain('\nThời hạn giải quyết: 24 tiếng (procmap tính là 24 giờ làm việc)\n');
    expect(vi.stdout).toContain('\nTheo văn bản: Trong thời hạn 24 tiếng kể từ khi nhận đủ hồ sơ\n');
    const en = await runCli(['time', join(dir, 't.yaml'), '--lang', 'en']);
    expect(en.stdout).toContain('\nAs the law states it: "Trong thời hạn 24 tiếng kể từ khi nhận đủ hồ sơ"\n');
  });

  it('states a limit in hours as published, as the document does, not restated in days', async () => {
    const file = join(ROOT, 'procedures/tinh/cap-phu-hieu-xe-kinh-doanh-van-tai.yaml');
    const vi = await runCli(['time', file]);
    expect(vi.stdout).toContain('\nThời hạn giải quyết: 4 giờ làm việc\n');
    expect((await runCli(['time', '--lang', 'en', file])).stdout).toContain('\nTime limit: 4 working hours\n');
  });

  it('prints times under an hour that two decimals cannot hold in minutes, never "0,33 giờ"', async () => {
    const file = 'test/fixtures/time/minutes/chung-thuc-phut.yaml';
    const vi = await runCli(['time', file]);
    // Steps of 20, 20 and 10 minutes: totals after each step 20, 40 and 50 minutes.
    expect(vi.stdout).toMatch(
      /B1 .* 20 phút làm việc +20 phút làm việc\n.*B2 .* 20 phút làm việc +40 phút làm việc\n.*B3 .* 10 phút làm việc +50 phút làm việc\n/,
    );
    expect(vi.stdout).toContain('Tổng theo đường găng: 50 phút làm việc;');
    expect(vi.stdout).toContain('LD 20 phút làm việc');
    expect(vi.stdout).not.toMatch(/0,\d+ giờ làm việc/);
    expect((await runCli(['time', '--lang', 'en', file])).stdout).toContain(
      'Total on the critical path: 50 working minutes;',
    );
    // JSON keeps its figures to two decimals.
    const report = await json([file]);
    expect(report.procedures[0]!.total).toEqual({ hours: 0.83, days: 0.1 });
  });

  it('reads "sau 3 giờ chiều" in a same-day limit as 15:00, as --received reads "3 giờ chiều"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-afternoon-'));
    const file = join(dir, 'p.yaml');
    writeFileSync(
      file,
      'id: QT-X\ntitle: Thử\nrevision: 1\neffective: 2025-07-01\n' +
        'time_limit: "Trong ngày hoặc ngày làm việc tiếp theo nếu nhận sau 3 giờ chiều"\n' +
        'steps:\n  - { id: B1, name: Nhận, body: Một cửa, duration: 1h }\n',
    );
    const morning = await runCli(['time', file, '--received', '03/12/2025 09:00'], { cwd: dir });
    expect(morning.stderr).toBe('');
    expect(morning.code).toBe(0);
    expect(morning.stdout).toContain('Hồ sơ nhận sau 15:00 được tính từ ngày làm việc tiếp theo\n');
    expect(morning.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Tư, ngày 03/12/2025\n');
    const late = await runCli(['time', '--lang', 'en', file, '--received', '03/12/2025 3 giờ 30 chiều'], { cwd: dir });
    expect(late.code).toBe(0);
    expect(late.stdout).toContain('after 15:00');
  });

  it('gives a channel with a limit of its own its own appointment, as its receipt slip must', async () => {
    const file = 'test/fixtures/time/channels/ho-kinh-doanh-truc-tuyen.yaml';
    const vi = await runCli(['time', file, '--received', '13/02/2026 09:00']);
    expect(vi.code).toBe(0);
    // Hand count: 6.5 h on Fri 13/2, Tết to Sun 22/2, 8 h on Mon 23/2: the 2 days (16 h) end Tue 24/2 at 09:00.
    expect(vi.stdout).toContain('HẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Tư, ngày 25/02/2026\n');
    expect(vi.stdout).toContain(
      'Hồ sơ nộp trực tuyến (thời hạn 2 ngày làm việc): hẹn trả 09 giờ 00 phút, thứ Ba, ngày 24/02/2026\n',
    );
    const report = await json([file, '--received', '13/02/2026 09:00']);
    expect(report.procedures[0]!.channels).toEqual([
      { kind: 'online', time_limit: '2d', due: '2026-02-24T09:00', on_time: true, on_due_day: false },
    ]);
    // An online limit of 1 day, shorter than the steps' 2: its appointment says the steps end after it.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-channel-'));
    writeFileSync(
      join(dir, 'p.yaml'),
      readFileSync(join(ROOT, file), 'utf8').replace('Trực tuyến: 02 ngày làm việc', 'Trực tuyến: 01 ngày làm việc'),
    );
    const late = await runCli(['time', '--lang', 'en', join(dir, 'p.yaml'), '--received', '2026-02-23 16:00']);
    expect(late.stdout).toContain(
      'Filed online (limit 1 working day): appointment 16:00 on Tuesday 24/02/2026; the steps end AFTER this appointment\n',
    );
  });

  it("judges the steps against a channel's own limit too, as lint does, with or without a receipt", async () => {
    const file = 'test/fixtures/time/channels/ho-kinh-doanh-truc-tuyen.yaml';
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-channel-'));
    // Steps of 2 working days: online "01 ngày làm việc" is over by a day; the general 3 days leave one to spare.
    writeFileSync(
      join(dir, 'p.yaml'),
      readFileSync(join(ROOT, file), 'utf8').replace('Trực tuyến: 02 ngày làm việc', 'Trực tuyến: 01 ngày làm việc'),
    );
    const vi = await runCli(['time', join(dir, 'p.yaml')]);
    expect(vi.stdout).toContain(
      'Tổng theo đường găng: 2 ngày làm việc (16 giờ), trong thời hạn, còn dư 1 ngày làm việc (8 giờ)\nHồ sơ nộp trực tuyến (thời hạn 1 ngày làm việc): VƯỢT thời hạn 1 ngày làm việc (8 giờ)\n',
    );
    const report = await json([join(dir, 'p.yaml')]);
    expect(report.procedures[0]!.channel_limits).toEqual([
      { kind: 'online', time_limit: '1d', slack: { hours: -8, days: -1 }, within_limit: false },
    ]);
    // The bundled file's 2 days online are met exactly: said as the document says it.
    const exact = await runCli(['time', '--lang', 'en', file]);
    expect(exact.stdout).toContain('Filed online (limit 2 working days): exactly the limit\n');
  });

  it("sweeps a channel's own limit that dates decide, without a receipt, as lint does", async () => {
    const file = 'test/fixtures/time/channels/kenh-theo-ngay.yaml';
    const vi = await runCli(['time', file]);
    // Two working days of steps never end "trong ngày"; 5 calendar days fall short only where days off pile up.
    expect(vi.stdout).toMatch(
      /Hồ sơ nộp trực tuyến \(thời hạn trong ngày\): các bước xong SAU ngày hẹn trả với hồ sơ tiếp nhận vào (\d+)\/\1 ngày làm việc/,
    );
    expect(vi.stdout).toMatch(/Hồ sơ nộp qua dịch vụ bưu chính công ích \(thời hạn 5 ngày lịch\): các bước xong SAU/);
    const [online, postal] = (await json([file])).procedures[0]!.channel_limits as {
      kind: string;
      within_limit: boolean | null;
      receipts: { tried: number; over: number };
    }[];
    expect(online).toMatchObject({ kind: 'online', time_limit: 'trong ngày', slack: null, within_limit: false });
    expect(online!.receipts.over).toBe(online!.receipts.tried);
    expect(postal).toMatchObject({ kind: 'postal', time_limit: '5cd', within_limit: null });
    expect(postal!.receipts.over).toBeGreaterThan(0);
    expect(postal!.receipts.over).toBeLessThan(postal!.receipts.tried);
  });

  it("words a channel's limit in its line's brackets without brackets of its own, in both languages", async () => {
    const file = 'test/fixtures/time/channels/kenh-trong-ngoac.yaml';
    const vi = await runCli(['time', file]);
    expect(vi).toMatchObject({ code: 0, stderr: '' });
    expect(vi.stdout).toContain(
      '\nHồ sơ nộp trực tuyến (thời hạn 24 giờ, procmap tính là 24 giờ làm việc): trong thời hạn, còn dư 1 ngày làm việc (8 giờ)\n',
    );
    expect(vi.stdout).toContain('\nHồ sơ nộp qua dịch vụ bưu chính công ích (thời hạn 5 ngày lịch): các bước xong SAU');
    const en = await runCli(['time', '--lang', 'en', file]);
    expect(en.stdout).toContain(
      '\nFiled online (limit 24 hours, counted by procmap as working hours): within the limit with 1 working day (8 h) to spare\n',
    );
    const lint = await runCli(['lint', file]);
    expect(lint.stdout).toContain(
      'so với hẹn trả T4 03/09/2025 17:00 (5 ngày lịch, qua dịch vụ bưu chính công ích): s1 → s2',
    );
  });

  it("gives a channel's limit in JSON as its duration alone, the law's tail apart, with or without a receipt", async () => {
    const file = 'test/fixtures/time/channels/kenh-co-duoi.yaml';
    const note = 'kể từ ngày nhận đủ hồ sơ';
    // The law's words with the limit exactly as the file writes them, beside procmap's reading.
    const [online, postal] = ['3d kể từ ngày nhận đủ hồ sơ', '10 ngày lịch kể từ ngày nhận đủ hồ sơ'];
    const swept = (await json([file])).procedures[0]!;
    expect(swept.channel_limits).toMatchObject([
      { kind: 'online', time_limit: '3d', time_limit_note: note, time_limit_text: online, within_limit: true },
      { kind: 'postal', time_limit: '10cd', time_limit_note: note, time_limit_text: postal, slack: null },
    ]);
    const report = (await json([file, '--received', '02/03/2026 09:00'])).procedures[0]!;
    expect(report.channel_limits).toEqual([
      {
        kind: 'online',
        time_limit: '3d',
        time_limit_note: note,
        time_limit_text: online,
        slack: { hours: 8, days: 1 },
        within_limit: true,
      },
      {
        kind: 'postal',
        time_limit: '10cd',
        time_limit_note: note,
        time_limit_text: postal,
        slack: null,
        within_limit: true,
      },
    ]);
    expect(report.channels).toEqual([
      {
        kind: 'online',
        time_limit: '3d',
        time_limit_note: note,
        time_limit_text: online,
        due: '2026-03-05T09:00',
        on_time: true,
        on_due_day: false,
      },
      {
        kind: 'postal',
        time_limit: '10cd',
        time_limit_note: note,
        time_limit_text: postal,
        due: '2026-03-12T17:00',
        on_time: true,
        on_due_day: false,
      },
    ]);
  });

  it("judges a channel's own limit that dates decide for the receipt given, as the appointment line does", async () => {
    const file = 'test/fixtures/time/channels/kenh-theo-ngay.yaml';
    // Received Monday 02/03/2026 09:00: the two working days of steps end Wednesday 04/03 09:00; online "trong ngày"
    // is due Monday 17:00 (late), postal 5 calendar days Saturday 07/03, moved to Monday 09/03 17:00 (in time).
    const report = (await json([file, '--received', '02/03/2026 09:00'])).procedures[0]!;
    expect(report.finish).toBe('2026-03-04T09:00');
    expect(report.channel_limits).toEqual([
      { kind: 'online', time_limit: 'trong ngày', slack: null, within_limit: false },
      { kind: 'postal', time_limit: '5cd', slack: null, within_limit: true },
    ]);
    expect(report.channels).toEqual([
      { kind: 'online', time_limit: 'trong ngày', due: '2026-03-02T17:00', on_time: false, on_due_day: false },
      { kind: 'postal', time_limit: '5cd', due: '2026-03-09T17:00', on_time: true, on_due_day: false },
    ]);
    const text = await runCli(['time', '--lang', 'en', file, '--received', '02/03/2026 09:00']);
    expect(text.stdout).toContain(
      'Filed online (limit same day): appointment 17:00 on Monday 02/03/2026; the steps end AFTER this appointment\n',
    );
  });

  it('prints a step table, the total against the limit and the appointment for a receipt before Tết', async () => {
    const result = await runCli(['time', '--lang', 'en', HKD, '--received', '2026-02-13 09:00']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Hand count: Fri 13/2 09:00–17:00 = 6.5 h; Tết from Sat 14/2 to Sun 22/2; Mon 23 and Tue 24 add 16 h; the
    // last 1.5 h of the 3 working days (24 h) end Wed 25/2 at 09:00.
    expect(result.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Wednesday 25/02/2026');
    await expect(result.stdout).toMatchFileSnapshot('golden/time-hkd-tet.txt');
  });

  it('speaks Vietnamese with --lang vi, as the receipt slip is written', async () => {
    const result = await runCli([
      'time',
      `${CATALOG}/chung-thuc.yaml`,
      '--received',
      '2026-02-13 15:30',
      '--lang',
      'vi',
    ]);
    expect(result.code).toBe(0);
    // Received after the 15:00 cutoff on the last day before Tết: counted from Mon 23/2 07:30, 1 working day.
    expect(result.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Hai, ngày 23/02/2026');
    await expect(result.stdout).toMatchFileSnapshot('golden/time-chung-thuc-vi.txt');
  });

  it('prints what the law says with the limit on its own line, and counts the general limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-note-'));
    const limit = '03 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày làm việc';
    const text = readFileSync(join(ROOT, HKD), 'utf8').replace(/^time_limit: .*$/m, `time_limit: "${limit}"`);
    writeFileSync(join(dir, 'p.yaml'), text);
    const result = await runCli(['time', '--lang', 'vi', join(dir, 'p.yaml')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toBe('Thời hạn giải quyết: 3 ngày làm việc (24 giờ)');
    // The law's words as the file writes them, whole: procmap's reading is the line above.
    expect(lines[3]).toBe(`Theo văn bản: ${limit}`);
  });

  it('adds a same-day step among working days up as the document does, and says the verdict without the count of receipts tried', async () => {
    const file = join(ROOT, 'test/fixtures/time/same-day-step.yaml');
    const vi = await runCli(['time', '--lang', 'vi', file]);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toBe('');
    // It printed "Tổng: phụ thuộc ngày tiếp nhận" with no total, and "(720 thời điểm)", how procmap checks.
    expect(vi.stdout).toContain(
      '\nTổng theo đường găng: tối đa 20 ngày làm việc (160 giờ); bước 1 trả trong ngày được tính là 1 ngày làm việc\n',
    );
    expect(vi.stdout).toContain(
      '\nĐạt: các bước xong trước hẹn trả với hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào từ 01/07/2025 đến ',
    );
    expect(vi.stdout).not.toMatch(/phụ thuộc ngày tiếp nhận|thời điểm/);
    const en = await runCli(['time', '--lang', 'en', file]);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    expect(en.stdout).toContain(
      '\nTotal on the critical path: at most 20 working days (160 h); same-day step 1 is counted as 1 working day\n',
    );
    expect(en.stdout).toContain('\nWithin the limit whatever the working day and hour of receipt from 01/07/2025 to ');
    expect(en.stdout).not.toMatch(/depends on the dates|receipt times/);
    const [one] = (await json([file])).procedures;
    expect(one).toMatchObject({ total: null, total_at_most: { hours: 160, days: 20 }, same_day_steps: ['B1'] });
  });

  it('places calendar-day steps and parallel branches', async () => {
    const result = await runCli(['time', '--lang', 'en', `${CATALOG}/niem-yet.yaml`, '--received', '2026-02-10T10:00']);
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot('golden/time-niem-yet.txt');
  });

  it('counts a calendar-day limit from the day of receipt, even one received after hours on the eve of Tết', async () => {
    // 30 calendar days from Friday 13/02/2026, received at 17:30: day 1 is Saturday 14/02, day 30 Sunday 15/03, so
    // the close of Monday 16/03. Counting from the opening after Tết (Monday 23/02) said Wednesday 25/03.
    const file = `${CATALOG}/niem-yet.yaml`;
    const vi = await runCli(['time', file, '--received', '13/02/2026 17:30']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      'Bắt đầu tính:           T2 23/02/2026 07:30 (nhận ngoài giờ làm việc: tính từ giờ làm việc tiếp theo; thời hạn ' +
        'theo ngày lịch hoặc tháng vẫn tính từ ngày tiếp nhận)\n',
    );
    expect(vi.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Hai, ngày 16/03/2026\n');
    const [procedure] = (await json([file, '--received', '2026-02-13 17:30'])).procedures;
    expect(procedure).toMatchObject({ start: '2026-02-23T07:30', start_reason: 'closed', due: '2026-03-16T17:00' });
  });

  it('does not apply a cutoff to a limit in calendar days: the steps start at the receipt, as ontime counts them', async () => {
    // 05 ngày lịch, cutoff 16:00, received Fri 04/12/2026 16:30. The limit counts from Sat 05/12: 05–09/12, due Wed 09/12
    // at the close (17:00). Steps from the receipt: B1 4 h = Fri 16:30–17:00 (0.5 h) + Mon 07:30–11:00 (3.5 h); B2 16 h
    // = Mon 11:00–11:30, 13:00–17:00 (4.5 h) + Tue (8 h) + Wed 07:30–11:00 (3.5 h); B3 4 h = Wed 11:00–11:30 (0.5 h) +
    // 13:00–16:30 (3.5 h). It said "counts from the next working day" and planned the steps from Monday 07:30.
    const file = 'test/fixtures/time/calendar-cutoff/ngay-lich.yaml';
    const vi = await runCli(['time', file, '--received', '04/12/2026 16:30']);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toBe('');
    const viLines = vi.stdout.split('\n');
    expect(viLines[3]).toBe(
      'Giờ tiếp nhận cuối ngày 16:00: không áp dụng, thời hạn theo ngày lịch hoặc tháng tính từ ngày tiếp nhận dù nhận lúc mấy giờ',
    );
    expect(vi.stdout).not.toMatch(/Bắt đầu tính|tính từ ngày làm việc tiếp theo/);
    expect(vi.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Tư, ngày 09/12/2026\n');
    const en = await runCli(['time', file, '--received', '04/12/2026 16:30', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout.split('\n')[3]).toBe(
      'Cutoff 16:00: not counted, a limit in calendar days or months counts from the day of receipt whatever the hour',
    );
    expect(en.stdout).toContain(
      '\nSteps done by:       Wed 09/12/2026 16:30, 30 working minutes before the appointment',
    );
    const [procedure] = (await json([file, '--received', '2026-12-04 16:30'])).procedures;
    expect(procedure).toMatchObject({
      start: '2026-12-04T16:30',
      start_reason: null,
      due: '2026-12-09T17:00',
      finish: '2026-12-09T16:30',
    });
  });

  it('says the cutoff still moves a channel’s own limit in working days under a limit in calendar days', async () => {
    // Online: 01 ngày làm việc, received Fri 04/12/2026 16:30 after the 16:00 cutoff: Mon 07/12 07:30 + 8 h = 17:00.
    const file = 'test/fixtures/time/calendar-cutoff/kenh-ngay-lam-viec.yaml';
    const vi = await runCli(['time', file, '--received', '04/12/2026 16:30']);
    expect(vi.code).toBe(0);
    expect(vi.stdout.split('\n')[3]).toBe(
      'Giờ tiếp nhận cuối ngày 16:00: không áp dụng, thời hạn theo ngày lịch hoặc tháng tính từ ngày tiếp nhận dù nhận ' +
        'lúc mấy giờ; vẫn áp dụng cho thời hạn riêng của hồ sơ nộp trực tuyến',
    );
    const en = await runCli(['time', file, '--received', '04/12/2026 16:30', '--lang', 'en']);
    expect(en.stdout).toContain('; it still moves the limit of a dossier filed online\n');
    expect(en.stdout).toContain('\nFiled online (limit 1 working day): appointment 17:00 on Monday 07/12/2026\n');
  });

  it('plans a channel’s steps from where its own limit counts, under a limit in calendar days', async () => {
    // Online: 04 giờ làm việc, moved by the 16:00 cutoff: received Fri 04/12/2026 16:30, counted from Mon 07/12 07:30,
    // due 11:30. Its 4 h 15 min of steps from there end Mon 13:15 (lunch 11:30–13:00): late. Planned from the receipt
    // as the general limit's steps are (Fri 16:30–17:00, Mon 07:30–11:15) they ended 11:15 and were said on time.
    const file = 'test/fixtures/time/calendar-cutoff/kenh-gio-lam-viec.yaml';
    const en = await runCli(['time', file, '--received', '04/12/2026 16:30', '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain('\nSteps done by:       Mon 07/12/2026 11:15, ');
    expect(en.stdout).toContain(
      '\nFiled online (limit 4 working hours): appointment 11:30 on Monday 07/12/2026; the steps end AFTER this appointment\n',
    );
  });

  it('prints the JSON shape scripts rely on', async () => {
    const [hkd] = (await json([HKD, '--received', '2026-02-13T09:00'])).procedures;
    expect(hkd).toMatchObject({
      id: 'QT-KT-HKD-01',
      file: HKD,
      total: { hours: 17, days: 2.13 },
      limit: { hours: 24, days: 3 },
      slack: { hours: 7, days: 0.87 },
      within_limit: true,
      critical_path: ['receive', 'appraise', 'approve', 'share-tax', 'return'],
      by_body: { TTPVHCC: { hours: 4, days: 0.5 }, CVKT: { hours: 9, days: 1.13 }, LDP: { hours: 4, days: 0.5 } },
      received: '2026-02-13T09:00',
      start: '2026-02-13T09:00',
      start_reason: null,
      due: '2026-02-25T09:00',
      finish: '2026-02-24T10:00',
      on_time: true,
      days_off: [
        { from: '2026-02-14', to: '2026-02-22', kind: 'off', name: 'Tết Nguyên Đán', holidays: ['Tết Nguyên Đán'] },
      ],
      holiday_rule_years: [],
    });
    expect((hkd!.steps as unknown[])[1]).toEqual({
      id: 'appraise',
      body: 'CVKT',
      duration: '1 ngày làm việc',
      cumulative: { hours: 10, days: 1.25 },
      start: '2026-02-13T11:00',
      due: '2026-02-23T11:00',
    });
  });

  it('reads --received written day first, as Vietnamese documents write dates', async () => {
    const iso = await json([HKD, '--received', '2026-02-13 09:00']);
    expect(await json([HKD, '--received', '13/02/2026 09:00'])).toEqual(iso);
    expect(await json([HKD, '--received', '13/2/2026 9:00'])).toEqual(iso);
    // As the receipt slip and procmap's own appointment line write a moment: the time first, the weekday named.
    expect(await json([HKD, '--received', '9 giờ 00 phút, thứ Sáu, ngày 13 tháng 02 năm 2026'])).toEqual(iso);
  });

  it('reads --received and --as-of after a weekday in figures ("Thứ 6") or spelt "bẩy", as officers write it', async () => {
    const iso = await json([HKD, '--received', '2026-02-13 09:00', '--as-of', '2026-01-01']);
    for (const received of ['Thứ 6 ngày 13/02/2026 09:00', 'thứ 6, 13/02/2026 9h', '9 giờ, Thứ 6, ngày 13/02/2026'])
      expect(await json([HKD, '--received', received, '--as-of', 'Thứ 5, 01/01/2026'])).toEqual(iso);
    const saturday = await json([HKD, '--received', '2026-02-14']);
    expect(await json([HKD, '--received', 'thứ bẩy 14/02/2026'])).toEqual(saturday);
    expect(await json([HKD, '--received', 'Thứ Bẩy, ngày 14/02/2026'])).toEqual(saturday);
    expect(await json([HKD, '--received', 'Chủ Nhật 15/02/2026'])).toEqual(
      await json([HKD, '--received', '2026-02-15']),
    );
  });

  it('reads seconds in --received as ontime reads them: 15:00:59 is after a 15:00 cutoff', async () => {
    const file = `${CATALOG}/chung-thuc.yaml`;
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-seconds-'));
    const csv = join(dir, 'ho-so.csv');
    // The time ontime says was saved by a result of Tue 14/04 10:00: office time from it to the due moment it reads.
    const savedHours = async (received: string) => {
      writeFileSync(
        csv,
        `Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả\nH-1,2.000815,${received},14/04/2026 10:00\n`,
      );
      const args = ['ontime', csv, '--catalog', join(ROOT, CATALOG), '--as-of', '2026-04-14 12:00', '--format', 'json'];
      const measured = await runCli(args, { cwd: dir });
      expect(measured.code, measured.stderr).toBe(0);
      return (JSON.parse(measured.stdout) as { totals: { averageSavedHours: number } }).totals.averageSavedHours;
    };
    for (const received of [
      '13/04/2026 15:00:59',
      '2026-04-13T15:00:59',
      '15:00:59 13/04/2026',
      '13/04/2026 3:00:59 CH',
    ]) {
      // QT-CT-01, 1 working day, cutoff 15:00: received after it on Mon 13/04, counted from Tue 07:30, due Tue 17:00.
      const [timed] = (await json([file, '--received', received])).procedures;
      expect(timed, received).toMatchObject({
        start: '2026-04-14T07:30',
        start_reason: 'cutoff',
        due: '2026-04-14T17:00',
      });
      // ontime counts to the same due moment only when it reads the same receipt: 10:00–11:30 and 13:00–17:00.
      expect(await savedHours(received), received).toBe(5.5);
    }
    // Received at 15:00 sharp, the same day: due Tue 15:00, two hours sooner.
    expect(await savedHours('13/04/2026 15:00:00')).toBe(3.5);
    const [onTheMinute] = (await json([file, '--received', '13/04/2026 15:00:00'])).procedures;
    expect(onTheMinute).toMatchObject({ start: '2026-04-13T15:00', due: '2026-04-14T15:00' });
    const en = await runCli(['time', '--lang', 'en', file, '--received', '13/04/2026 15:00:59']);
    expect(en.stderr).toBe('');
    expect(en.stdout).toContain('received after the 15:00 cutoff: counting starts on the next working day');
    expect(en.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 17:00 on Tuesday 14/04/2026\n');
    const vi = await runCli(['time', '--lang', 'vi', file, '--received', '13/04/2026 15:00:59']);
    expect(vi.stderr).toBe('');
    expect(vi.stdout).toContain('nhận sau 15:00: tính từ ngày làm việc tiếp theo');
    expect(vi.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Ba, ngày 14/04/2026\n');
  });

  it('times every file of a folder, without dates unless --received is given', async () => {
    const { procedures } = await json([CATALOG]);
    expect(procedures.map((p) => p.id)).toEqual(['QT-CT-01', 'QT-KT-HKD-01', 'QT-DD-03']);
    expect(procedures[0]).not.toHaveProperty('due');
    // Calendar days: checked against a year of receipts from its effective date (01/01/2026), named from the first
    // receipt tried to the last; the last weeks' appointments fall in 2027, on days off procmap computes.
    expect(procedures[2]).toMatchObject({
      total: null,
      limit: null,
      within_limit: true,
      receipts: { from: '2026-01-05', to: '2026-12-31', days: 361, basis: 'effective', over: 0 },
      holiday_rule_years: [2027],
    });
  });

  it('says when a year has no announced days off and the rule was used', async () => {
    const result = await runCli(['time', '--lang', 'en', HKD, '--received', '2027-02-04 09:00']);
    expect(result.code).toBe(0);
    // Thu 4/2/2027 09:00: 6.5 h; the rule's Tết runs Fri 5/2 – Thu 11/2; Fri 12/2 → 14.5 h; Mon 15/2 → 22.5 h;
    // Tue 16/2 07:30 + 1.5 h.
    expect(result.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Tuesday 16/02/2027');
    expect(result.stdout).toContain(
      'Note: no announced days off for 2027 yet; those holidays follow the Labour Code 2019 (holidays: Art. 112(1); days in lieu: Art. 111(3))',
    );
    expect((await json([HKD, '--received', '2027-02-04 09:00'])).procedures[0]!.holiday_rule_years).toEqual([2027]);
  });

  it('says of a year before those procmap holds that its announced days are not bundled, and how to add them', async () => {
    // 2024's days off were announced long ago, but procmap holds no notice of them: "not announced yet" would be
    // false, and "once the notice is out" no help. The note says the days are computed and how to give the real ones.
    for (const lang of ['en', 'vi'] as const) {
      const result = await runCli(['time', '--lang', lang, HKD, '--received', '2024-02-05 09:00']);
      expect([result.code, result.stderr]).toEqual([0, '']);
      const note = result.stdout.split('\n').find((line) => /^(?:Note|Lưu ý):/.test(line));
      expect(note).toBe(
        lang === 'en'
          ? 'Note: procmap does not hold the days off the government announced for 2024; those holidays follow the Labour Code 2019 (holidays: Art. 112(1); days in lieu: Art. 111(3)), and the days announced (Tết, swapped days, make-up days) may differ from them (procmap calendar 2024); to count the days the government announced, copy its notice’s days off and make-up days into the calendar of procmap.config.yaml (holidays:, workdays:) and name the notice under calendar: announced: 2024: "Thông báo … ngày …" (https://github.com/procmap/procmap/blob/main/docs/calendar.md).'
          : 'Lưu ý: procmap không có sẵn lịch nghỉ Chính phủ đã công bố cho năm 2024; ngày nghỉ tính theo Bộ luật Lao động 2019 (ngày lễ, tết: khoản 1 Điều 112; nghỉ bù: khoản 3 Điều 111), có thể khác với lịch đã công bố (ngày nghỉ Tết, ngày hoán đổi, ngày làm bù) (procmap calendar 2024); để tính theo lịch nghỉ Chính phủ đã công bố, chép các ngày nghỉ và ngày làm bù của văn bản công bố vào lịch (calendar) trong procmap.config.yaml (holidays:, workdays:) và ghi số văn bản dưới calendar: announced: 2024: "Thông báo … ngày …" (https://github.com/procmap/procmap/blob/main/docs/calendar.md).',
      );
    }
    // The year still counts as computed for scripts.
    expect((await json([HKD, '--received', '2024-02-05 09:00'])).procedures[0]!.holiday_rule_years).toEqual([2024]);
  });

  it('uses the calendar of the catalog configuration, and --calendar over it', async () => {
    // Saturday mornings: Fri 6/3/2026 15:00 → 2 h on Friday, 4 h on Saturday, Mon 9/3 07:30 + 2 h.
    const fromConfig = (await json(['test/fixtures/time/saturday', '--received', '2026-03-06 15:00'])).procedures[0]!;
    expect(fromConfig.due).toBe('2026-03-09T09:30');
    // 07:30–10:30, 13:30–16:30 and Saturday 07:30–10:30, 1d = 6 h: Fri 15:00–16:30 = 1.5 h, Sat 3 h, Mon 07:30 + 1.5 h.
    const fromFile = (
      await json([
        'test/fixtures/time/saturday',
        '--received',
        '2026-03-06 15:00',
        '--calendar',
        'test/fixtures/time/lich-sang-thu-bay.yaml',
      ])
    ).procedures[0]!;
    expect(fromFile.due).toBe('2026-03-09T09:00');
  });

  it('says a receipt with a date and no time counts from the opening, and gives the appointment after the cutoff', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-date-only-'));
    writeFileSync(
      join(dir, 'same-day.yaml'),
      [
        'id: QT-SD',
        'title: Chứng thực chữ ký',
        'revision: 1',
        'effective: 2025-01-01',
        'time_limit: trong ngày',
        'cutoff: "15:00"',
        'bodies: { MC: { name: Bộ phận Một cửa, single_window: true } }',
        'steps:',
        '  - { id: sign, name: Chứng thực, body: MC, duration: 1h }',
        '',
      ].join('\n'),
    );
    const en = await runCli(['time', join(dir, 'same-day.yaml'), '--received', '13/04/2026', '--lang', 'en'], {
      cwd: dir,
    });
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    expect(en.stdout).toContain(
      'Received:            Mon 13/04/2026, no time given: counted from the opening at 07:30, the earliest receipt that day\n',
    );
    // No receipt at midnight, hence nothing received outside office hours.
    expect(en.stdout).not.toContain('00:00');
    expect(en.stdout).not.toContain('Counting starts');
    expect(en.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 17:00 on Monday 13/04/2026\n');
    expect(en.stdout).toContain('If received after 15:00 that day: appointment 17:00 on Tuesday 14/04/2026\n');
    const vi = await runCli(['time', join(dir, 'same-day.yaml'), '--received', '13/04/2026', '--lang', 'vi'], {
      cwd: dir,
    });
    expect(vi.stdout).toContain(
      'T2 13/04/2026, không ghi giờ: tính từ đầu giờ làm việc lúc 07:30, thời điểm nhận sớm nhất trong ngày',
    );
    expect(vi.stdout).toContain('Nếu nhận sau 15:00 ngày đó: hẹn trả 17 giờ 00 phút, thứ Ba, ngày 14/04/2026');
    // With a time, as before: one appointment, no word about a missing time.
    const timed = await runCli(['time', join(dir, 'same-day.yaml'), '--received', '13/04/2026 09:00', '--lang', 'en'], {
      cwd: dir,
    });
    expect(timed.stdout).toContain('Received:            Mon 13/04/2026 09:00\n');
    expect(timed.stdout).not.toContain('If received after');
    // A working-day limit with a cutoff (1d, 15:00): Mon 07:30 + 8 h, or after 15:00 from Tue 07:30.
    const day = await json([`${CATALOG}/chung-thuc.yaml`, '--received', '2026-04-13']);
    expect(day.procedures[0]).toMatchObject({
      received: '2026-04-13T07:30',
      start_reason: null,
      received_date_only: true,
      due: '2026-04-13T17:00',
      due_after_cutoff: '2026-04-14T17:00',
    });
    // A day the office is closed (Sunday): no time is claimed, counting starts at the next opening.
    const sunday = await runCli(['time', `${CATALOG}/chung-thuc.yaml`, '--received', '12/04/2026', '--lang', 'en']);
    expect(sunday.stdout).toContain('Received:            Sun 12/04/2026, no time given\n');
    expect(sunday.stdout).toContain('Counting starts:     Mon 13/04/2026 07:30 (received outside office hours');
  });

  it('gives each channel with a limit of its own its appointment after the cutoff, for a date without a time', async () => {
    // test/fixtures/time/channel-cutoff/kenh.yaml: 3 working days, cutoff 15:00, online 4 working hours, postal 10
    // calendar days. Thu 12/02/2026: online by 11:30; after 15:00, counting starts Fri 13/02 07:30, due 11:30 that day.
    // Postal counts calendar days from the day of receipt, whatever the hour: one appointment.
    const args = ['time', 'test/fixtures/time/channel-cutoff/kenh.yaml', '--received', '12/02/2026'];
    const en = await runCli([...args, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain(
      [
        'APPOINTMENT (ngày hẹn trả kết quả): 17:00 on Monday 23/02/2026',
        'If received after 15:00 that day: appointment 17:00 on Tuesday 24/02/2026',
        'Filed online (limit 4 working hours): appointment 11:30 on Thursday 12/02/2026',
        '  If received after 15:00 that day: appointment 11:30 on Friday 13/02/2026',
        'Filed by public postal service (limit 10 calendar days): appointment 17:00 on Monday 23/02/2026',
        '',
      ].join('\n'),
    );
    const vi = await runCli(args);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toContain(
      'Hồ sơ nộp trực tuyến (thời hạn 4 giờ làm việc): hẹn trả 11 giờ 30 phút, thứ Năm, ngày 12/02/2026\n  Nếu nhận sau 15:00 ngày đó: hẹn trả 11 giờ 30 phút, thứ Sáu, ngày 13/02/2026\n',
    );
    const json = await runCli([...args, '--format', 'json']);
    expect([json.code, json.stderr]).toEqual([0, '']);
    const [online, postal] = JSON.parse(json.stdout).procedures[0].channels;
    expect(online).toMatchObject({ kind: 'online', due: '2026-02-12T11:30', due_after_cutoff: '2026-02-13T11:30' });
    expect(postal).toMatchObject({ kind: 'postal', due: '2026-02-23T17:00' });
    expect(postal).not.toHaveProperty('due_after_cutoff');
    // With a time, one appointment per channel, as for the procedure's limit.
    const timed = await runCli([
      'time',
      'test/fixtures/time/channel-cutoff/kenh.yaml',
      '--received',
      '12/02/2026 16:00',
    ]);
    expect(timed.stdout).not.toContain('Nếu nhận sau');
  });

  it('lists days off under their heading and make-up working days under their own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-days-off-'));
    const five = join(dir, 'five.yaml');
    writeFileSync(
      five,
      [
        'id: QT-5D',
        'title: Năm ngày làm việc',
        'revision: 1',
        'effective: 2025-01-01',
        'time_limit: 5 ngày làm việc',
        'bodies: { MC: { name: Bộ phận Một cửa, single_window: true } }',
        'steps:',
        '  - { id: work, name: Giải quyết, body: MC, duration: 5d }',
        '',
      ].join('\n'),
    );
    // Fri 25/4/2025 09:00: 6.5 h, the make-up Saturday 26/4, Mon 28 and Tue 29, the break, Mon 5/5, Tue 6/5 09:00.
    const en = await runCli(['time', five, '--received', '25/04/2025 09:00', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      'Days off on the way: Wed 30/04/2025 – Sun 04/05/2025 Ngày Chiến thắng (Reunification Day) and Ngày Quốc tế Lao động (International Labour Day)\nExtra working days:  Sat 26/04/2025 Make-up working day for Friday 2/5\n',
    );
    expect(en.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Tuesday 06/05/2025');
    const vi = await runCli(['time', five, '--received', '28/08/2026 09:00', '--lang', 'vi'], { cwd: dir });
    expect(vi.stdout).toContain('Ngày nghỉ trong khoảng: T7 29/08/2026 – T4 02/09/2026 Quốc khánh\n');
    // A make-up Saturday already closed at the receipt is not listed at all.
    const after = await runCli(['time', five, '--received', '22/08/2026 18:00', '--lang', 'en'], { cwd: dir });
    expect(after.stdout).not.toContain('22/08/2026 Make-up');
    expect(after.stdout).not.toContain('Extra working days');
    // The catalog's own days off: one without a name is listed too, a break of its own as declared.
    const calendar = join(dir, 'lich.yaml');
    writeFileSync(calendar, 'holidays:\n  - 2026-12-22\n  - { date: 2026-12-24, to: 2026-12-25, name: Nghỉ riêng }\n');
    const own = await runCli(['time', five, '--received', '21/12/2026 09:00', '--calendar', calendar, '--lang', 'en'], {
      cwd: dir,
    });
    expect(own.stdout).toContain(
      'Days off on the way: Tue 22/12/2026 Day off\n                     Thu 24/12/2026 – Fri 25/12/2026 Nghỉ riêng\n',
    );
    expect(own.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Thursday 31/12/2026');
  });

  it('names a swapped day off and its make-up Saturday in English with --lang en', async () => {
    // Received Fri 21/8/2026 09:00, 3 working days: the make-up Saturday 22/8 (for Monday 31/8) counts.
    const en = await runCli(['time', HKD, '--received', '21/08/2026 09:00', '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain('\nExtra working days:  Sat 22/08/2026 Make-up working day for Monday 31/8\n');
    const vi = await runCli(['time', HKD, '--received', '21/08/2026 09:00', '--lang', 'vi']);
    expect(vi.stdout).toContain('T7 22/08/2026 Làm bù cho thứ Hai 31/8\n');
    const json = await runCli(['time', HKD, '--received', '21/08/2026 09:00', '--format', 'json']);
    expect(JSON.parse(json.stdout).procedures[0].days_off).toContainEqual({
      from: '2026-08-22',
      to: '2026-08-22',
      kind: 'work',
      name: 'Làm bù cho thứ Hai 31/8',
      makes_up_for: '2026-08-31',
    });
  });

  it('names the catalog’s days off and working days given without a name in the output’s language', async () => {
    const args = [
      'time',
      HKD,
      '--received',
      '23/12/2026 09:00',
      '--calendar',
      'test/fixtures/time/calendar-unnamed.yaml',
    ];
    const en = await runCli([...args, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain(
      'Days off on the way: Thu 24/12/2026 Day off\n                     Mon 28/12/2026 – Tue 29/12/2026 Day off\nExtra working days:  Sat 26/12/2026 Working day\n',
    );
    const vi = await runCli([...args, '--lang', 'vi']);
    expect(vi.stdout).toContain(
      'Ngày nghỉ trong khoảng: T5 24/12/2026 Ngày nghỉ\n                        T2 28/12/2026 – T3 29/12/2026 Ngày nghỉ\nNgày làm việc bù:       T7 26/12/2026 Ngày làm việc\n',
    );
  });

  it('ends a calendar-day or month period on a Tết duty day at the next working day, and counts the duty hours', async () => {
    // Monday 16/02/2026 is a Tết holiday (9441/TB-BNV) with a duty desk open 08:00–11:00. In law it stays a holiday:
    // a period whose last day it is ends at the close of the next working day, Monday 23/02 (Civil Code Art. 148).
    const calendar = ['--calendar', 'test/fixtures/time/lich-truc-tet.yaml', '--lang', 'en'];
    const days = await runCli([
      'time',
      'test/fixtures/time/duty/ngay-lich.yaml',
      '--received',
      '06/02/2026 10:00',
      ...calendar,
    ]);
    expect([days.code, days.stderr]).toEqual([0, '']);
    expect(days.stdout).toContain(
      'Days off on the way:          Sat 14/02/2026 – Sun 22/02/2026 Tết Nguyên Đán (Lunar New Year)\nDuty days on public holidays: Mon 16/02/2026 Trực Tết (08:00–11:00)\n',
    );
    expect(days.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 17:00 on Monday 23/02/2026\n');
    const month = await runCli([
      'time',
      'test/fixtures/time/duty/mot-thang.yaml',
      '--received',
      '16/01/2026 10:00',
      ...calendar,
    ]);
    expect([month.code, month.stderr]).toEqual([0, '']);
    expect(month.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 17:00 on Monday 23/02/2026\n');
    // Working time still runs in the duty hours: 5.5 h on Friday 13/02, the last 2.5 h from 08:00 on Monday 16/02.
    const working = await runCli([
      'time',
      'test/fixtures/time/duty/mot-ngay.yaml',
      '--received',
      '13/02/2026 10:00',
      ...calendar,
    ]);
    expect([working.code, working.stderr]).toEqual([0, '']);
    // Listed as `procmap calendar` lists it, a duty day on a holiday with its hours, not as a make-up working day.
    expect(working.stdout).toContain(
      'Days off on the way:          Sat 14/02/2026 – Sun 22/02/2026 Tết Nguyên Đán (Lunar New Year)\nDuty days on public holidays: Mon 16/02/2026 Trực Tết (08:00–11:00)\n',
    );
    expect(working.stdout).not.toContain('Extra working days');
    expect(working.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 10:30 on Monday 16/02/2026\n');
    const args = ['time', 'test/fixtures/time/duty/mot-ngay.yaml', '--received', '13/02/2026 10:00'];
    const vi = await runCli([...args, '--calendar', 'test/fixtures/time/lich-truc-tet.yaml']);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toContain('Ngày trực trong ngày nghỉ lễ: T2 16/02/2026 Trực Tết (08:00–11:00)\n');
    expect(vi.stdout).not.toContain('Ngày làm việc bù');
    const json = await runCli([...args, '--calendar', 'test/fixtures/time/lich-truc-tet.yaml', '--format', 'json']);
    expect([json.code, json.stderr]).toEqual([0, '']);
    expect(JSON.parse(json.stdout).procedures[0].days_off).toEqual([
      { from: '2026-02-14', to: '2026-02-22', kind: 'off', name: 'Tết Nguyên Đán', holidays: ['Tết Nguyên Đán'] },
      { from: '2026-02-16', to: '2026-02-16', kind: 'duty', name: 'Trực Tết', hours: ['08:00-11:00'] },
    ]);
  });

  it('refuses a calendar whose working day is longer than its office day, saying what to write', async () => {
    const args = ['time', 'test/fixtures/time/saturday', '--received', '13/04/2026 07:30'];
    const file = 'test/fixtures/time/lich-ngay-dai.yaml';
    const en = await runCli([...args, '--calendar', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      `${file}:4:16: "hours_per_day: 8" is more than the office's day (07:30-10:30, 13:30-16:30: 6 hours), so a limit of 5 working days would end on the 7th day the office opens, later than the law allows. Write "hours_per_day: 6" or less, or remove the line (one working day is then 6 hours)`,
    );
    expect(en.stderr).not.toMatch(/\n\s+at /);
    const vi = await runCli([...args, '--calendar', file, '--lang', 'vi']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('Hãy ghi "hours_per_day: 6" hoặc nhỏ hơn, hoặc xóa dòng này');
  });

  it('says an office day of one hour in the singular when it refuses a longer working day', async () => {
    // Office hours 07:30–08:30, one hour: it said "(07:30-08:30: 1 hours)" and "one working day is then 1 hours".
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-one-hour-'));
    writeFileSync(join(dir, 'lich.yaml'), 'hours: ["07:30-08:30"]\nhours_per_day: 2\n');
    const file = join(dir, 'lich.yaml');
    const en = await runCli(['time', 'test/fixtures/time/saturday', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toContain(
      `${file}:2:16: "hours_per_day: 2" is more than the office's day (07:30-08:30: 1 hour), so a limit of 5 working days would end on the 10th day the office opens, later than the law allows. Write "hours_per_day: 1" or less, or remove the line (one working day is then 1 hour)`,
    );
  });

  it('reports files that cannot be timed on standard error and exits 1, timing the others', async () => {
    const result = await runCli(['time', '--lang', 'en', 'test/fixtures/time/broken']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'test/fixtures/time/broken/khong-ro-don-vi.yaml\n  10:33  error  Body "LDUB" is not declared in `bodies`: write the key of one that is ("TNTKQ" (Bộ phận Tiếp nhận và Trả kết quả)), or declare it there with its full name, e.g. under bodies: LDUB: (the body\'s full name)  known-body',
    );
    // Over its limit but well-formed: timed, with the overrun shown.
    expect(result.stdout).toContain('Total on the critical path: 6 working hours, OVER the limit by 2 working hours');
  });

  it('reports a file whose dates run past the years the calendar knows, and times the others', async () => {
    const range = 'test/fixtures/time/range';
    // Received 31/12/2099 09:00: 1 hour ends at 10:00 the same day; 15 calendar days end in 2100, which procmap cannot count.
    const text = await runCli(['time', '--lang', 'en', range, '--received', '31/12/2099 09:00'], {
      now: '2026-12-08T09:00:00+07:00',
    });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('QT-R-01  Thử một giờ\n');
    expect(text.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 10:00 on Thursday 31/12/2099\n');
    expect(text.stdout).not.toContain('QT-R-02');
    expect(text.stderr).toBe(
      `${range}/ngay-lich.yaml\n  9:13  error  The due dates cannot be counted for a dossier received Thu 31/12/2099 09:00: procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; the count from 2099 runs into 2100; did you mean 2029? Write that year, or a date whose count ends by 31/12/2099  calendar\n\n✖ 1 problem (1 error, 0 warnings)\n`,
    );
    const vi = await runCli(['time', range, '--received', '31/12/2099 09:00'], { now: '2026-12-08T09:00:00+07:00' });
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain(
      '  9:13  lỗi  Không tính được hạn cho hồ sơ tiếp nhận T5 31/12/2099 09:00: procmap chỉ có lịch làm việc các năm từ 2000 đến 2099, vì bảng ngày âm lịch (Tết, Giỗ Tổ) của nó chỉ có các năm đó: ngày nghỉ theo văn bản công bố cho 2025–2026, tính theo Bộ luật Lao động 2019 cho các năm khác; thời gian tính từ năm 2099 kéo sang năm 2100; có phải năm 2029? Hãy ghi năm đó, hoặc ngày sao cho thời gian tính xong trước hết ngày 31/12/2099  calendar\n',
    );
    const json = await runCli(['time', range, '--received', '31/12/2099 09:00', '--format', 'json'], {
      now: '2026-12-08T09:00:00+07:00',
    });
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as TimeJson).procedures.map((p) => p.id)).toEqual(['QT-R-01']);
    expect(json.stderr).toContain(`${range}/ngay-lich.yaml\n  9:13  lỗi  Không tính được hạn`);
    // Without a receipt: the year from --as-of reaches 2100 for the calendar days only.
    const swept = await runCli(['time', '--lang', 'en', range, '--as-of', '2099-06-01'], {
      now: '2026-12-08T09:00:00+07:00',
    });
    expect(swept.code).toBe(1);
    expect(swept.stdout).toContain('QT-R-01  Thử một giờ\n');
    expect(swept.stderr).toBe(
      `${range}/ngay-lich.yaml\n  9:13  error  The time limit cannot be checked for receipts from 01/06/2099 to 31/05/2100 (a year from --as-of): procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; the count from 2099 runs into 2100; did you mean 2029? Write that year, or a date whose count ends by 31/12/2099  calendar\n\n✖ 1 problem (1 error, 0 warnings)\n`,
    );
  });

  it.each([
    [
      ['time', '--lang', 'en', HKD, '--received', '30/02/2026 09:00'],
      'procmap: --received: "30/02/2026" is not a date: month 2 of 2026 has 28 days\n',
    ],
    [
      ['time', '--lang', 'en', HKD, '--received', '2026-02-30 09:00'],
      'procmap: --received: "2026-02-30" is not a date: month 2 of 2026 has 28 days\n',
    ],
    [
      ['time', HKD, '--received', '02/13/2026 09:00'],
      'procmap: --received: "02/13/2026" không phải là ngày: không có tháng 13; nếu ngày và tháng bị đảo chỗ, hãy ghi 13/02/2026\n',
    ],
    [
      ['time', HKD, '--received', '9 giờ 00 phút, ngày 31/04/2026'],
      'procmap: --received: "ngày 31/04/2026" không phải là ngày: tháng 4 năm 2026 có 30 ngày\n',
    ],
    [
      ['time', '--lang', 'en', HKD, '--received', 'someday 09:00'],
      'procmap: --received takes a real local date and time such as "13/02/2026 09:00", "2026-02-13 09:00", 2026-02-13T09:00 or "9 giờ 00 phút, thứ Sáu, ngày 13/02/2026", or a date alone (13/02/2026), not "someday 09:00"\n',
    ],
    // A year in two digits, as a phone or a spreadsheet shows it: no century is guessed.
    [
      ['time', HKD, '--received', '13/2/26 9:00'],
      'procmap: --received ghi năm của "13/2/26 9:00" bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ "13/02/2026 9:00"\n',
    ],
    // Excel's "dd-mmm-yy", the month in English: the same, with the date to write day first.
    [
      ['time', HKD, '--as-of', '10-Mar-26'],
      'procmap: --as-of ghi năm của "10-Mar-26" bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ "10/03/2026"\n',
    ],
    // With its clock, as a receipt is written: the example keeps it.
    [
      ['time', HKD, '--received', '10-Mar-26 09:00'],
      'procmap: --received ghi năm của "10-Mar-26 09:00" bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ "10/03/2026 09:00"\n',
    ],
    [
      ['time', HKD, '--received', '15 giờ 45 phút, thứ Năm, ngày 13/03/2026'],
      'procmap: --received ghi thứ Năm, nhưng ngày 13/03/2026 là thứ Sáu: hãy sửa ngày hoặc thứ\n',
    ],
    [
      ['time', HKD, '--received', 'Thứ 5 ngày 13/03/2026 15:45'],
      'procmap: --received ghi Thứ 5, nhưng ngày 13/03/2026 là thứ Sáu: hãy sửa ngày hoặc thứ\n',
    ],
    [
      ['time', HKD, '--as-of', 'thứ bẩy, 04/12/2026'],
      'procmap: --as-of ghi thứ bẩy, nhưng ngày 04/12/2026 là thứ Sáu: hãy sửa ngày hoặc thứ\n',
    ],
    [
      ['time', '--lang', 'en', HKD, '--received', 'T5 13/03/2026 15:45'],
      'procmap: --received names T5, but 13/03/2026 is a Friday: correct the date or the weekday\n',
    ],
    // --as-of reads a date as --received does: a weekday that is not the date's, or a date that does not exist, is
    // refused with what is wrong (05/12/2026 is a Saturday).
    [
      ['time', HKD, '--as-of', 'thứ Hai, ngày 05/12/2026'],
      'procmap: --as-of ghi thứ Hai, nhưng ngày 05/12/2026 là thứ Bảy: hãy sửa ngày hoặc thứ\n',
    ],
    [
      ['time', '--lang', 'en', HKD, '--as-of', 'thứ Hai, ngày 05/12/2026'],
      'procmap: --as-of names thứ Hai, but 05/12/2026 is a Saturday: correct the date or the weekday\n',
    ],
    // Every date option says the forms it takes, in one wording.
    [
      ['time', HKD, '--as-of', 'đầu năm'],
      'procmap: --as-of nhận một ngày, ví dụ 01/07/2026 (ngày trước), 2026-07-01, "ngày 01 tháng 7 năm 2026" hoặc "thứ Tư, 01/07/2026", không phải "đầu năm"\n',
    ],
    [
      ['lint', '--lang', 'en', HKD, '--as-of', '31/04/2027'],
      'procmap: --as-of: "31/04/2027" is not a date: month 4 of 2027 has 30 days\n',
    ],
    [
      ['time', HKD, '--as-of', '31/04/2027'],
      'procmap: --as-of: "31/04/2027" không phải là ngày: tháng 4 năm 2027 có 30 ngày\n',
    ],
    // A receipt outside the calendar is the command line's problem, whatever the files.
    [
      ['time', '--lang', 'en', HKD, '--received', '2150-01-05 09:00'],
      "procmap: --received: a dossier received in 2150: procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; write a year from 2000 to 2099, in four digits\n",
    ],
    [['time', '--lang', 'en', 'no/such/file.yaml'], 'procmap: Path "no/such/file.yaml" does not exist\n'],
    [
      ['time', '--lang', 'en', HKD, '--calendar', 'no/such/calendar.yaml'],
      'procmap: Cannot read calendar file "no/such/calendar.yaml": No such file or folder\n',
    ],
    [
      ['time', '--lang', 'en', HKD, '--calendar', 'test/fixtures/time/lich-sai.yaml'],
      'procmap: Invalid calendar:\ntest/fixtures/time/lich-sai.yaml:3:5: "13:00-12:00" ends before it starts\n',
    ],
  ])('exits 2 on bad usage: %j', async (args, stderr) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown format or no path', async () => {
    expect((await runCli(['time', '--lang', 'en', HKD, '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['time', '--lang', 'en'])).code).toBe(2);
  });

  it('points into procmap.config.yaml when its calendar makes no sense', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-time-'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'calendar:\n  holidays: [2026-02-30]\n');
    writeFileSync(
      join(dir, 'a.yaml'),
      'id: A\ntitle: A\nrevision: 1\neffective: 2026-01-01\ntime_limit: 1d\nbodies: { MC: { name: Một cửa } }\nsteps: [{ id: a, name: A, body: MC, duration: 1h }]\n',
    );
    const result = await runCli(['time', '--lang', 'en', '.'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'procmap: Invalid configuration:\nprocmap.config.yaml:2:14: "2026-02-30" is not a date: month 2 of 2026 has 28 days\n',
    );
  });
});

describe('procmap time with dates and times pasted from Word or typed with an input method', () => {
  // fixtures/pasted-dates: one calendar written plainly, and the same with non-breaking hyphens, no-break spaces and
  // full-width digits, as Word, a web page or a Chinese or Japanese input method leave them.
  const calendar = (name: string) => `test/cli/fixtures/pasted-dates/${name}.yaml`;
  const timed = (name: string, received: string) =>
    runCli(['time', HKD, '--lang', 'en', '--calendar', calendar(name), '--received', received]);

  it('reads them in a calendar file and in --received as their ASCII forms', async () => {
    const plain = await timed('lich', '04/12/2026 15:00');
    expect([plain.code, plain.stderr]).toEqual([0, '']);
    expect(plain.stdout).toContain('Days off on the way: Mon 07/12/2026 – Tue 08/12/2026 Nghỉ lễ\n');
    for (const received of ['０４/１２/２０２６ １５:００', '04\u201112\u20112026\u00a015:00\u00a0']) {
      const pasted = await timed('lich-dan-tu-word', received);
      expect([pasted.code, pasted.stderr]).toEqual([0, '']);
      expect(pasted.stdout).toBe(plain.stdout);
    }
  });
});

describe('procmap time --format json: a bare "N ngày"', () => {
  it('carries the note the text gives: counted as calendar days, the working-days appointment, the forms to write', async () => {
    const file = 'test/rules/fixtures/ambiguous-days/invalid-bare.yaml';
    const json = await runCli(['time', file, '--received', '13/02/2026 09:00', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).procedures[0].bare_days).toEqual({
      limit: '05 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
      counted_as: 'calendar',
      due_as_working_days: '2026-02-27T09:00',
      write: ['05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', '05 ngày lịch kể từ ngày nhận đủ hồ sơ hợp lệ'],
    });
  });
});

describe('time on steps over the limit', () => {
  // Exit codes are `0 done, 1 a file has problems that stop timing it` (--help, README): an overrun is what the report
  // finds, not a file time cannot read. lint's within-time-limit is the check that fails on it.
  it('says VƯỢT, exits 0 with nothing on standard error, while lint exits 1 for the same file', async () => {
    const file = join(ROOT, 'test/fixtures/time/over-limit/qua-han.yaml');
    const time = await runCli(['time', file]);
    expect(time.code).toBe(0);
    expect(time.stderr).toBe('');
    expect(time.stdout).toContain(
      'Tổng theo đường găng: 2 ngày làm việc (16 giờ), VƯỢT thời hạn 1 ngày làm việc (8 giờ)\n',
    );
    const lint = await runCli(['lint', file]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('within-time-limit');
  });
});
