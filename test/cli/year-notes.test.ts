import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The probe of the 2026 → 2027 year end: how procmap talks about a year with no announced days off, and a few messages.
const DIR = 'test/cli/fixtures/year-notes';

describe('--received refusals show what to write, from what the officer wrote', () => {
  it('says how to write 24:00, on the officer’s own date', async () => {
    const result = await runCli(['time', `${DIR}/d3.yaml`, '--received', '31/12/2026 24:00']);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'procmap: --received: giờ tiếp nhận không ghi 24:00; hãy ghi "31/12/2026 23:59" nếu là phút cuối của ngày đó, hoặc "01/01/2027 00:00" nếu là đúng nửa đêm, đầu ngày hôm sau, không phải "31/12/2026 24:00"\n',
    );
    const asOf = await runCli(['ontime', `${DIR}/none.csv`, '--as-of', '31/12/2026 24h', '--lang', 'en']);
    expect(asOf.code).toBe(2);
    // --as-of is no receipt: a date alone already runs through its day.
    expect(asOf.stderr).toContain('to judge as of the end of that day, write "31/12/2026" (a date alone runs through');
  });

  it('keeps the officer’s time when the year has two digits', async () => {
    const result = await runCli(['time', `${DIR}/d3.yaml`, '--received', '31/12/26 16:30', '--lang', 'en']);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'procmap: --received writes the year of "31/12/26 16:30" in two digits: write it in full, e.g. "31/12/2026 16:30"\n',
    );
  });
});

describe('time says how it read a bare "15 ngày"', () => {
  it('counts calendar days, gives the working-days appointment and the forms to write', async () => {
    const result = await runCli(['time', `${DIR}/bare15.yaml`, '--received', '31/12/2026 16:30']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Sáu, ngày 15/01/2027');
    expect(result.stdout).toContain(
      '\nLưu ý: "15 ngày" không ghi rõ loại ngày: procmap tính là ngày lịch (cách hiểu theo luật); nếu là ngày làm việc thì hẹn trả là T6 22/01/2027 16:30. Hãy ghi "15 ngày làm việc" hoặc "15 ngày lịch" ở time_limit.\n',
    );
    // A limit that says its days has nothing to flag.
    const plain = await runCli(['time', `${DIR}/d3.yaml`, '--received', '31/12/2026 16:30']);
    expect(plain.stdout).not.toContain('không ghi rõ loại ngày');
  });
});

describe('calendar.announced written the wrong way', () => {
  it('shows the form to write for a list of years or a year alone', async () => {
    const list = await runCli(['calendar', '2027', '-c', `${DIR}/av/list.config.yaml`]);
    expect([list.code, list.stdout]).toEqual([2, '']);
    expect(list.stderr).toContain(
      'list.config.yaml:3:5: Dưới announced, hãy ghi mỗi năm một dòng: năm, dấu hai chấm rồi văn bản công bố lịch nghỉ năm đó, ví dụ 2027: "Thông báo 1234/TB-BNV ngày 20/10/2026" (không ghi một danh sách năm, vì như thế không nêu văn bản nào)\n',
    );
    expect(list.stderr).not.toContain('bảng khóa');
    const scalar = await runCli(['calendar', '2027', '-c', `${DIR}/av/scalar.config.yaml`, '--lang', 'en']);
    expect(scalar.code).toBe(2);
    expect(scalar.stderr).toContain(
      'scalar.config.yaml:2:14: Under announced, write each year, a colon and the notice that announces its days off, one year a line, such as 2027: "Thông báo 1234/TB-BNV ngày 20/10/2026" (not a year alone, which names no notice)\n',
    );
  });

  it('reads "Năm 2027" as a key and as the year of procmap calendar', async () => {
    const keyed = await runCli(['calendar', '2027', '-c', `${DIR}/av/nam.config.yaml`]);
    expect([keyed.code, keyed.stderr]).toEqual([0, '']);
    expect(keyed.stdout.split('\n')[0]).toBe(
      'Lịch làm việc năm 2027 — lịch nghỉ đã công bố: Thông báo 1234/TB-BNV ngày 20/10/2026 (lịch riêng của bộ quy trình)',
    );
    const year = await runCli(['calendar', 'năm 2027']);
    expect([year.code, year.stderr]).toEqual([0, '']);
    expect(year.stdout).toBe((await runCli(['calendar', '2027'])).stdout);
  });
});

describe('stats says when its verdicts rest on days off not announced', () => {
  it('adds the note in text and the years in JSON', async () => {
    const text = await runCli(['stats', `${DIR}/wl`]);
    // The worst receipt's lateness as lint words it: received at 17:00, the appointment that of 16:59's.
    expect(text.stdout).toContain('WL-CD7  vượt 4 ngày làm việc (32 giờ)');
    expect(text.stdout).toContain(
      '\nLưu ý: chưa có lịch nghỉ được công bố cho năm 2027; ngày nghỉ tính theo Bộ luật Lao động 2019',
    );
    expect(text.stdout).toContain('Kết luận về WL-CD7, WL-M1, WL-SD dựa trên các ngày nghỉ đó.\n');
    const json = JSON.parse((await runCli(['stats', `${DIR}/wl`, '--format', 'json'])).stdout);
    expect(json.holiday_rule_years).toEqual([2027]);
    expect(json.holiday_provisional_years).toEqual([]);
    expect(json.leastSlack[0]).toMatchObject({ id: 'WL-CD7', unsureYears: { rule: [2027], provisional: [] } });
  });
});
