import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

describe('procmap calendar', () => {
  it('lists every day off and make-up day of 2026 with its notice', async () => {
    const result = await runCli(['calendar', '2026', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Working calendar 2026 — days off announced: notice 9441/TB-BNV of 16/10/2025');
    expect(result.stdout).toContain('Monday – Friday: 07:30–11:30, 13:00–17:00');
    expect(result.stdout).toContain('Days off (13):');
    expect(result.stdout).toContain(
      'Mon 31/08/2026  Quốc khánh (National Day): swapped day off, made up on Saturday 22/8 — Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ',
    );
    expect(result.stdout).toContain('Make-up and other working days (2):');
    expect(result.stdout).toContain(
      'Sat 22/08/2026  Make-up working day for Monday 31/8 (07:30–11:30, 13:00–17:00) — Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ',
    );
    expect(result.stdout).toContain(
      'Sat 10/01/2026  Make-up working day for Friday 2/1 (07:30–11:30, 13:00–17:00) — Văn bản 12729/VPCP-KGVX',
    );
  });

  it('words the days in lieu it computes in English with --lang en, in text and iCalendar alike', async () => {
    const text = await runCli(['calendar', '2027', '--lang', 'en']);
    expect([text.code, text.stderr]).toEqual([0, '']);
    expect(text.stdout).toContain(
      '  Wed 10/02/2027  Day off in lieu of Tết Nguyên Đán (Lunar New Year) — Bộ luật Lao động 2019, Điều 111 khoản 3\n',
    );
    expect(text.stdout).toContain(
      '  Mon 03/05/2027  Day off in lieu of Ngày Quốc tế Lao động (International Labour Day)',
    );
    expect(text.stdout).not.toContain('(nghỉ bù)');
    const ics = await runCli(['calendar', '2026', '--format', 'ics', '--lang', 'en']);
    expect(ics.stdout).toContain('SUMMARY:Swapped day off (made up on Saturday 10/1)\r\n');
    // A make-up day's name says what it is: no heading before it, which would call it one of the office's own days.
    expect(ics.stdout).toContain('SUMMARY:Make-up working day for Friday 2/1\r\n');
    expect(ics.stdout).not.toContain('SUMMARY:Make-up and other working days: Make-up');
    const icsVi = await runCli(['calendar', '2026', '--format', 'ics', '--lang', 'vi']);
    expect(icsVi.stdout).toContain('SUMMARY:Làm bù cho thứ Sáu 2/1\r\n');
    expect(icsVi.stdout).toContain('SUMMARY:Làm bù cho thứ Hai 31/8\r\n');
    expect(icsVi.stdout).not.toContain('SUMMARY:Ngày làm bù');
    expect(ics.stdout).not.toMatch(/SUMMARY:[^\r]*(Làm bù|hoán đổi)/);
    // In Vietnamese the days read as the notices write them.
    const vi = await runCli(['calendar', '2027', '--lang', 'vi']);
    expect(vi.stdout).toContain('  T4 10/02/2027  Tết Nguyên Đán (nghỉ bù) — ');
  });

  it('refuses a calendar file whose dates cannot be read, every one, and prints nothing', async () => {
    const file = 'test/fixtures/time/calendar-dates/bad-dates.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      `${file}:4:5: "thứ Sáu, ngày 04/02/2027" names thứ Sáu, but 04/02/2027 is a Thursday: correct the date or the weekday\n`,
    );
    expect(en.stderr.split('\n').filter((line) => line.startsWith(file))).toHaveLength(5);
    const vi = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'vi']);
    expect(vi.stderr).toContain(`${file}:2:5: "31/04/2027" không phải là ngày: tháng 4 năm 2027 có 30 ngày\n`);
  });

  it('refuses every mistake of a calendar file in one run: the date, the hours before 7:00, the key', async () => {
    const file = 'test/fixtures/time/calendar-dates/every-refusal.yaml';
    const result = await runCli(['time', 'test/fixtures/time/catalog/ho-kinh-doanh.yaml', '--calendar', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const at = result.stderr.split('\n').flatMap((line) => (line.startsWith(file) ? [line.split(' ')[0]] : []));
    // The hours (2:9, 2:22, 3:12) and the date in both lists (8:5) were said only once 5:5 and 9:1 were corrected.
    expect(at).toEqual([2, 2, 3, 5, 8, 9].map((line, i) => `${file}:${line}:${[9, 22, 12, 5, 5, 1][i]}:`));
  });

  it('refuses a date both a day off and a working day, once, at the later entry, with what to write', async () => {
    const file = 'test/fixtures/time/calendar-dates/both-lists.yaml';
    const vi = await runCli(['calendar', '2026', '--calendar', file]);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      `procmap: Lịch làm việc không hợp lệ:\n${file}:6:5: Ngày 05/12/2026 vừa ở holidays (ngày nghỉ) vừa ở workdays (ngày làm việc): hãy chỉ giữ ở một danh sách, ở workdays nếu cơ quan làm việc ngày đó, ở holidays nếu nghỉ; nếu chỉ trực vài giờ trong ngày nghỉ, hãy ghi giờ trực cho ngày đó ở workdays (hours:)\n`,
    );
    const en = await runCli(['calendar', '2026', '--calendar', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      `${file}:6:5: 05/12/2026 is listed both under holidays (a day off) and under workdays (a working day): keep it in one list only`,
    );
  });

  it('refuses the same in procmap.config.yaml for every command that reads the calendar; a duty day with hours stays', async () => {
    const cwd = join(ROOT, 'test/fixtures/time/both-lists-config');
    const said =
      'procmap.config.yaml:6:7: 05/12/2026 is listed both under holidays (a day off) and under workdays (a working day)';
    for (const args of [
      ['lint', '.'],
      ['time', 'p.yaml'],
      ['calendar', '2026'],
    ]) {
      const result = await runCli([...args, '--lang', 'en'], { cwd });
      expect([args, result.code, result.stdout]).toEqual([args, 2, '']);
      expect(result.stderr).toContain(said);
      expect(result.stderr.split('\n').filter((line) => line.startsWith('procmap.config.yaml'))).toHaveLength(1);
    }
  });

  it('lists the days of a break written on one line in a calendar file', async () => {
    const file = 'test/fixtures/time/calendar-dates/breaks.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    for (const date of ['Thu 04/02/2027', 'Mon 08/02/2027', 'Fri 12/02/2027', 'Tue 01/06/2027', 'Fri 24/12/2027'])
      expect(en.stdout).toContain(`  ${date}  Day off`);
  });

  it('reads a break as notices word it, and says how to write a range it cannot read', async () => {
    const file = 'test/fixtures/time/calendar-dates/notice-breaks.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect(en.stderr).toBe('');
    expect(en.code).toBe(0);
    for (const date of ['Thu 04/02/2027', 'Fri 12/02/2027', 'Thu 15/04/2027', 'Mon 03/05/2027', 'Wed 02/06/2027'])
      expect(en.stdout).toContain(`  ${date}  Day off`);
    expect(en.stdout).toContain('  Wed 01/09/2027  Nghỉ Quốc khánh');
    expect(en.stdout).toContain('  Fri 31/12/2027  Day off');
    const bad = 'test/fixtures/time/calendar-dates/bad-range.yaml';
    const vi = await runCli(['calendar', '2027', '--calendar', bad, '--lang', 'vi']);
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toBe(
      `procmap: Lịch làm việc không hợp lệ:\n${bad}:2:5: procmap không phân biệt được tên và ngày trong "Tết 04/02/2027 hoặc 14/02/2027": hãy đặt dấu hai chấm sau tên, ví dụ "Nghỉ lễ 30/4: 30/04/2027" hoặc "Nghỉ Tết 2027: 04/02/2027 - 14/02/2027", và ghi hai ngày rời nhau trên hai dòng\n`,
    );
  });

  it('refuses office hours before 7:00 without sáng or chiều for every command, and reads them in any form a cutoff takes', async () => {
    const ampm = 'test/fixtures/time/calendar-values/ampm.yaml';
    const procedure = 'test/fixtures/time/catalog/ho-kinh-doanh.yaml';
    const message =
      '"1:30-5:00" có thể là 13:30-17:00 (buổi chiều) hoặc 01:30-05:00 (ban đêm): giờ trước 7 giờ mà không ghi sáng hay chiều có hai cách hiểu nên phải ghi rõ; hãy ghi "13:30-17:00" (hoặc "1:30 chiều-5:00 chiều"), hay "01:30-05:00" nếu cơ quan làm việc ban đêm';
    for (const args of [
      ['calendar', '2026'],
      ['time', procedure, '--received', '09/03/2026 13:30'],
    ]) {
      const result = await runCli([...args, '--calendar', ampm, '--lang', 'vi']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`procmap: Lịch làm việc không hợp lệ:\n${ampm}:2:24: ${message}\n`);
    }
    const forms = await runCli([
      'calendar',
      '2026',
      '--calendar',
      'test/fixtures/time/calendar-values/clock-forms.yaml',
      '--lang',
      'en',
    ]);
    expect(forms.stderr).toBe('');
    expect(forms.code).toBe(0);
    expect(forms.stdout).toContain(
      'Office hours:\n  Monday – Friday: 07:30–11:30, 13:30–17:00\n  Saturday: 07:30–11:30\n  Sunday: closed\n  1 working day = 7.5 working hours\n',
    );
  });

  it('says a working day of one hour in the singular', async () => {
    // It said "1 working day = 1 working hours".
    const file = 'test/fixtures/time/calendar-values/one-hour.yaml';
    const en = await runCli(['calendar', '2026', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain(
      '\n  Monday – Friday: 07:30–08:30\n  Saturday – Sunday: closed\n  1 working day = 1 working hour\n',
    );
    const vi = await runCli(['calendar', '2026', '--calendar', file, '--lang', 'vi']);
    expect(vi.stdout).toContain('\n  1 ngày làm việc = 1 giờ làm việc\n');
  });

  it('reads office hours written as one text and hours_per_day with a decimal comma', async () => {
    const file = 'test/fixtures/time/calendar-values/text.yaml';
    const vi = await runCli(['calendar', '2026', '--calendar', file, '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      'Giờ làm việc:\n  thứ Hai – thứ Sáu: 07:00–11:30, 13:00–17:00\n  thứ Bảy: 07:30–11:30\n  Chủ nhật: nghỉ\n  1 ngày làm việc = 8,5 giờ làm việc\n',
    );
  });

  it('reads a label before its date or break written without quotes, a map of one key to YAML', async () => {
    const file = 'test/fixtures/time/calendar-dates/labelled-unquoted.yaml';
    const vi = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    for (const day of [
      'T5 04/02/2027  Nghỉ Tết',
      'T6 12/02/2027  Nghỉ Tết',
      'T6 16/04/2027  Giỗ Tổ Hùng Vương',
      'T7 30/01/2027  Làm bù cho ngày 12/02/2027 (07:30–11:30, 13:00–17:00)',
    ])
      expect(vi.stdout).toContain(`  ${day} — lịch riêng của bộ quy trình (${file})`);
    // What is no date says what an entry is, a date that does not exist why, each at the value.
    const bad = 'test/fixtures/time/calendar-dates/labelled-unquoted-bad.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', bad, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      `procmap: Invalid calendar:\n${bad}:3:5: Item 1 must be a date, 01/07/2026 (day first) or 2026-07-01, or a range of days written 04/02/2027 - 14/02/2027 or { date: 04/02/2027, to: 14/02/2027, name: Tết }, not "Nghỉ Tết: sau rằm"\n${bad}:4:13: "31/04/2027" is not a date: month 4 of 2027 has 30 days\n${bad}:6:13: "30/01/2027 - 31/01/2027" is a range of days, but a make-up working day is one day (a Saturday, a Sunday or a day off worked): write each such day on a line of its own\n`,
    );
  });

  it('reads a make-up or duty day after its name in quotes, as a holiday is read', async () => {
    const file = 'test/fixtures/time/calendar-dates/labelled-quoted-workday.yaml';
    const vi = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    for (const day of [
      'T7 30/01/2027  Làm bù cho ngày 11/02/2027 (07:30–11:30, 13:00–17:00)',
      'T2 08/02/2027  Trực Tết (07:30–11:30, 13:00–17:00)',
    ])
      expect(vi.stdout).toContain(`  ${day} — lịch riêng của bộ quy trình (${file})`);
  });

  it('lists a duty day on a holiday apart from the make-up days, as a holiday in law, in text and json', async () => {
    const file = 'test/fixtures/time/lich-truc-tet.yaml';
    const en = await runCli(['calendar', '2026', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain('Make-up and other working days (2):\n  Sat 10/01/2026');
    expect(en.stdout).toContain(
      '\nDuty days on public holidays (1):\n' +
        '  (still public holidays in law: a limit in calendar days or months does not end on them; working-day limits count their hours)\n' +
        `  Mon 16/02/2026  Trực Tết (08:00–11:00) — the catalog’s calendar (${file})\n\n`,
    );
    const vi = await runCli(['calendar', '2026', '--calendar', file, '--lang', 'vi']);
    expect(vi.stdout).toContain('Ngày làm bù, ngày làm việc riêng (2):\n');
    expect(vi.stdout).toContain(
      '\nNgày trực trong ngày nghỉ lễ (1):\n' +
        '  (vẫn là ngày nghỉ lễ theo luật: thời hạn tính theo ngày lịch hoặc theo tháng không kết thúc vào các ngày này; thời hạn tính theo ngày làm việc có tính giờ trực)\n' +
        `  T2 16/02/2026  Trực Tết (08:00–11:00) — lịch riêng của bộ quy trình (${file})\n`,
    );
    const json = await runCli(['calendar', '2026', '--calendar', file, '--format', 'json']);
    const days = (JSON.parse(json.stdout) as { days: { date: string; kind: string }[] }).days;
    expect(days.find((day) => day.date === '2026-02-16')).toEqual({
      date: '2026-02-16',
      kind: 'duty',
      name: 'Trực Tết',
      source: 'config',
      source_file: file,
      hours: ['08:00-11:00'],
    });
    expect(days.filter((day) => day.kind === 'work').map((day) => day.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('reads a break or a holiday after its name without a colon, and names the days with it', async () => {
    const file = 'test/fixtures/time/calendar-dates/labelled.yaml';
    const vi = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    for (const day of [
      'T5 04/02/2027  Tết',
      'T6 12/02/2027  Tết',
      'T6 16/04/2027  Giỗ Tổ Hùng Vương',
      'T4 01/09/2027  Quốc khánh',
      'T5 02/09/2027  Quốc khánh',
      'T4 24/11/2027  Ngày Văn hóa',
      'T6 31/12/2027  Nghỉ bù',
    ])
      expect(vi.stdout).toContain(`  ${day} — lịch riêng của bộ quy trình (${file})`);
  });

  it('reads a break with its dates in words and the year once, at the end, as every day of it', async () => {
    // The first line was read as a label, "Từ ngày 06 tháng 2 đến hết ngày", before one day, Sunday 14/02/2027: the
    // break's days were lost with a warning about a Sunday. Sat 06/02 – Sat 13/02 (Sunday 07/02 is closed anyway):
    // 7 days; Wed 01/09 – Sat 04/09: 4 days.
    const file = 'test/fixtures/time/calendar-dates/worded-break.yaml';
    const result = await runCli(['calendar', '2027', '--calendar', file, '--format', 'json']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const { days } = JSON.parse(result.stdout) as { days: { date: string; source: string; name?: string }[] };
    expect(days.filter((day) => day.source === 'config').map((day) => `${day.date} ${day.name ?? ''}`)).toEqual([
      '2027-02-06 Ngày nghỉ',
      '2027-02-08 Ngày nghỉ',
      '2027-02-09 Ngày nghỉ',
      '2027-02-10 Ngày nghỉ',
      '2027-02-11 Ngày nghỉ',
      '2027-02-12 Ngày nghỉ',
      '2027-02-13 Ngày nghỉ',
      '2027-09-01 Nghỉ lễ Quốc khánh',
      '2027-09-02 Nghỉ lễ Quốc khánh',
      '2027-09-03 Nghỉ lễ Quốc khánh',
      '2027-09-04 Nghỉ lễ Quốc khánh',
    ]);
  });

  it('refuses a break whose first day it cannot read, rather than keep its last day alone, saying how to write it', async () => {
    // Both lines were read as a label ("Từ ngày 6 đến hết ngày") before one day, Friday 12/02/2027, without a word; then
    // refused with the advice for a label ("put a colon after the label"), which does not mend half a break.
    const file = 'test/fixtures/time/calendar-dates/half-range.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    const said = (line: number, written: string, whole: string) =>
      `${file}:${line}:5: procmap cannot read the first day of the break "${written}": write it whole, with its month and year, as in "${whole}"\n`;
    expect(en.stderr).toBe(
      'procmap: Invalid calendar:\n' +
        said(3, 'Từ ngày 6 đến hết ngày 12/02/2027', 'Từ ngày 06/02/2027 đến hết ngày 12/02/2027') +
        said(4, 'Từ ngày 06 tháng Hai đến hết ngày 12/02/2027', 'Từ ngày 06/02/2027 đến hết ngày 12/02/2027') +
        said(5, 'Từ 8 -> 12/02/2027', 'Từ 08/02/2027 -> 12/02/2027'),
    );
    expect(en.stderr).not.toContain('colon');
    const vi = await runCli(['calendar', '2027', '--calendar', file]);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toContain(
      `${file}:5:5: procmap không đọc được ngày đầu của đợt nghỉ "Từ 8 -> 12/02/2027": hãy ghi đủ ngày, tháng, năm của ngày đầu, ví dụ "Từ 08/02/2027 -> 12/02/2027"\n`,
    );
  });

  it('says both lines to write for a lone figure before a dash and a date: the first day of a break, or a name', async () => {
    // "Nghỉ Tết 6 - 12/02/2027" got the advice for a label ("put a colon after the label"), though 6 may be the first
    // day (06/02/2027) or part of the name ("Đợt 6 - 12/02/2027" as officers join a name and its date); without words
    // before it, "6 - 12/02/2027" was "must be a date". A figure past the last day's is the month before's (30/01).
    const file = 'test/fixtures/time/calendar-dates/dashed-half.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    const either = (line: number, written: string, whole: string, named: string) =>
      `${file}:${line}:5: procmap cannot tell whether the figure before the dash in "${written}" is the first day of a break or part of its name: for the break, write the first day whole, "${whole}"; for one day named so, put a colon after the name, "${named}"\n`;
    expect(en.stderr).toBe(
      'procmap: Invalid calendar:\n' +
        either(3, 'Nghỉ Tết 6 - 12/02/2027', 'Nghỉ Tết 06/02/2027 - 12/02/2027', 'Nghỉ Tết 6: 12/02/2027') +
        `${file}:4:5: procmap cannot read the first day of the break "6 - 12/02/2027": write it whole, with its month and year, as in "06/02/2027 - 12/02/2027"\n` +
        either(5, 'Nghỉ Tết 30 – 03/02/2027', 'Nghỉ Tết 30/01/2027 - 03/02/2027', 'Nghỉ Tết 30: 03/02/2027'),
    );
    const vi = await runCli(['calendar', '2027', '--calendar', file]);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toContain(
      `${file}:3:5: procmap không biết con số trước dấu gạch ngang trong "Nghỉ Tết 6 - 12/02/2027" là ngày đầu của đợt nghỉ hay là một phần của tên: nếu là đợt nghỉ, hãy ghi đủ ngày đầu, "Nghỉ Tết 06/02/2027 - 12/02/2027"; nếu là một ngày có tên như vậy, hãy đặt dấu hai chấm sau tên, "Nghỉ Tết 6: 12/02/2027"\n`,
    );
    // Each line offered reads as it says: the break from 06/02 to 12/02, or 12/02 alone under the name with its figure.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-dashed-half-'));
    for (const [written, days] of [
      ['Nghỉ Tết 06/02/2027 - 12/02/2027', ['Mon 08/02/2027  Nghỉ Tết', 'Fri 12/02/2027  Nghỉ Tết']],
      ['Nghỉ Tết 6: 12/02/2027', ['Fri 12/02/2027  Nghỉ Tết 6']],
    ] as const) {
      writeFileSync(join(dir, 'lich.yaml'), `holidays:\n  - "${written}"\n`);
      const read = await runCli(['calendar', '2027', '--calendar', 'lich.yaml', '--lang', 'en'], { cwd: dir });
      expect([read.code, read.stderr]).toEqual([0, '']);
      for (const day of days) expect(read.stdout).toContain(`  ${day} — the catalog’s calendar (lich.yaml)\n`);
    }
  });

  it('reads a month in words, "thg", a Roman month and "mùng" said to be solar, as each field of a procedure does', async () => {
    // Each was refused: "tháng Hai" with the date in figures to write, "thg", "XII" and "mùng" as not dates at all.
    const file = 'test/fixtures/time/calendar-dates/month-words.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    const off = (day: string) => `  ${day}  Day off — the catalog’s calendar (${file})`;
    for (const day of ['Fri 05/02/2027', 'Mon 03/05/2027', 'Wed 15/12/2027', 'Thu 16/12/2027'])
      expect(en.stdout).toContain(off(day));
    // 2/9 is a holiday of the Labour Code: the unnamed entry takes its name.
    expect(en.stdout).toContain(`  Thu 02/09/2027  Quốc khánh (National Day) — the catalog’s calendar (${file})`);
    expect(en.stdout).toContain(off('Fri 17/12/2027'));
    expect(en.stdout).toContain(
      `  Sat 23/01/2027  Working day (07:30–11:30, 13:00–17:00) — the catalog’s calendar (${file})`,
    );
  });

  it('refuses a lunar month or day, a month without its day and a two-digit year, saying what to write', async () => {
    // "mùng 5 tháng 2" was refused as a label that could not be told from its date; "tháng 8/2027" as not a date.
    const file = 'test/fixtures/time/calendar-dates/lunar-words.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    const lunar = 'a month of the lunar calendar: write the solar date with its month in figures, e.g. 01/02/2027';
    const mung =
      'says "mùng", which mostly names a day of the lunar calendar: write the solar date in figures, e.g. "05/02/2027" if that is the day, or say it is solar: add "(dương lịch)" after the date';
    expect(en.stderr).toBe(
      [
        'procmap: Invalid calendar:',
        `${file}:3:5: Item 1 "ngày 10 tháng Giêng năm 2027" says "tháng Giêng", ${lunar}`,
        `${file}:4:5: Item 2 "ngày 28 tháng Chạp năm 2027" says "tháng Chạp", ${lunar}`,
        `${file}:5:5: Item 3 "mùng 5 tháng 2 năm 2027" ${mung}`,
        `${file}:6:5: Item 4 "Tết mùng 5/2/2027" ${mung}`,
        `${file}:7:5: Item 5 "tháng 8/2027" gives a month and a year but no day: write the whole date, day first, e.g. "01/08/2027"`,
        `${file}:9:5: Item 1 "23/1/27" has a two-digit year: write the year in full, e.g. 23/01/2027`,
        '',
      ].join('\n'),
    );
    const vi = await runCli(['calendar', '2027', '--calendar', file]);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toContain(
      `${file}:3:5: Mục 1 "ngày 10 tháng Giêng năm 2027" ghi "tháng Giêng", là tháng âm lịch: hãy ghi ngày dương lịch, tháng bằng số, ví dụ 01/02/2027`,
    );
    expect(vi.stderr).toContain(
      `${file}:7:5: Mục 5 "tháng 8/2027" ghi tháng và năm nhưng thiếu ngày: hãy ghi đủ ngày, tháng, năm, ngày trước, ví dụ "01/08/2027"`,
    );
  });

  it('reads a day or break after a long label that cites its decision with a date, up to the colon', async () => {
    // The labels are 77 and 83 characters: a label ended by its colon could be 61 at most, and these were refused as
    // "must be a date".
    const file = 'test/fixtures/time/calendar-dates/labelled-decision.yaml';
    const vi = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'vi']);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    for (const day of [
      'T6 15/10/2027  Nghỉ theo Quyết định số 1234/QĐ-UBND ngày 01/10/2027 của Ủy ban nhân dân tỉnh',
      'T6 26/11/2027  Nghỉ theo Thông báo số 567/TB-VP ngày 05/11/2027 của Văn phòng Ủy ban nhân dân tỉnh',
      'T2 29/11/2027  Nghỉ theo Thông báo số 567/TB-VP ngày 05/11/2027 của Văn phòng Ủy ban nhân dân tỉnh',
    ])
      expect(vi.stdout).toContain(`  ${day} — lịch riêng của bộ quy trình (${file})`);
  });

  it('reads a holiday whose name has figures (2/9, 30/4, 2027) before its date or break, without a colon', async () => {
    const file = 'test/fixtures/time/calendar-dates/labelled-figures.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    for (const day of [
      'Fri 03/09/2027  Nghỉ lễ Quốc khánh 2/9',
      'Fri 30/04/2027  Nghỉ lễ 30/4',
      'Thu 04/02/2027  Nghỉ Tết 2027',
      'Fri 12/02/2027  Nghỉ Tết 2027',
      'Mon 03/05/2027  Nghỉ lễ 1/5',
      'Sat 30/01/2027  Làm bù Tết 2027 (07:30–11:30, 13:00–17:00)',
    ])
      expect(en.stdout).toContain(`  ${day} — the catalog’s calendar (${file})\n`);
    // Words that cannot be told from the date after them are refused, each at its line, asking for a colon.
    const unclear = 'test/fixtures/time/calendar-dates/unclear-labels.yaml';
    const bad = await runCli(['calendar', '2027', '--calendar', unclear, '--lang', 'en']);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    const hint =
      'ends and its date begins: put a colon after the label, as in "Nghỉ lễ 30/4: 30/04/2027" or "Nghỉ Tết 2027: 04/02/2027 - 14/02/2027", and write two days apart on two lines';
    expect(bad.stderr).toBe(
      `procmap: Invalid calendar:\n${unclear}:3:5: procmap cannot tell where the label of "Tết 04/02/2027 hoặc 14/02/2027" ${hint}\n${unclear}:4:5: procmap cannot tell where the label of "Nghỉ Tết 2027 đến 14/02/2027" ${hint}\n`,
    );
  });

  it('lists the Saturdays an announced break closes for an office open on Saturday mornings', async () => {
    const config = 'test/fixtures/time/saturday/procmap.config.yaml';
    const en = await runCli(['calendar', '2026', '--config', config, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    for (const date of [
      'Sat 03/01/2026  Tết Dương lịch (New Year’s Day)',
      'Sat 14/02/2026  Tết Nguyên Đán (Lunar New Year)',
      'Sat 21/02/2026  Tết Nguyên Đán (Lunar New Year)',
    ])
      expect(en.stdout).toContain(`  ${date} — `);
    expect(en.stdout).toContain(
      'Sat 29/08/2026  Quốc khánh (National Day) — Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ',
    );
    // Sunday stays closed, so the break's Sundays are ordinary days off, not listed.
    expect(en.stdout).not.toContain('Sun 15/02/2026');
    const vi = await runCli(['calendar', '2025', '--config', config, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    for (const date of ['T7 25/01/2025', 'T7 01/02/2025', 'T7 03/05/2025', 'T7 30/08/2025'])
      expect(vi.stdout).toContain(`  ${date}  `);
    // Without Saturday hours the weekend days inside a break are not listed, as before.
    expect((await runCli(['calendar', '2026', '--lang', 'en'])).stdout).not.toContain('Sat 14/02/2026');
  });

  it('says when a year is computed from the Labour Code, in Vietnamese', async () => {
    const result = await runCli(['calendar', '2027', '--lang', 'vi']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'Lịch làm việc năm 2027 — chưa có lịch nghỉ được công bố: ngày nghỉ tính theo Bộ luật Lao động 2019 (ngày lễ, tết: khoản 1 Điều 112; nghỉ bù: khoản 3 Điều 111), có thể thay đổi khi Chính phủ công bố',
    );
    // Lunar new year 2027 is Sat 6/2: the eve Fri 5/2 and Mon 8/2 – Wed 10/2 are weekdays off.
    expect(result.stdout).toContain('T6 05/02/2027  Tết Nguyên Đán — Bộ luật Lao động 2019, Điều 112 khoản 1');
    expect(result.stdout).toContain(
      'T2 03/05/2027  Ngày Quốc tế Lao động (nghỉ bù) — Bộ luật Lao động 2019, Điều 111 khoản 3',
    );
  });

  it('names the weekend holidays its days in lieu stand for, and what to write once the notice is out', async () => {
    const result = await runCli(['calendar', '2027', '--lang', 'vi']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      '\nNguồn:\n  - Bộ luật Lao động 2019, Điều 112 khoản 1: Tết Dương lịch thứ Sáu 1/1; Tết Nguyên Đán thứ Sáu 5/2 – thứ Ba 9/2; ',
    );
    expect(result.stdout).toContain(
      '  - Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần): Tết Nguyên Đán thứ Bảy 6/2 nghỉ bù thứ Tư 10/2; Tết Nguyên Đán Chủ nhật 7/2 nghỉ bù thứ Năm 11/2; Ngày Quốc tế Lao động thứ Bảy 1/5 nghỉ bù thứ Hai 3/5\n',
    );
    expect(result.stdout).toContain(
      '\nKhi có văn bản công bố, chép các ngày nghỉ vào lịch (calendar) trong procmap.config.yaml và ghi số văn bản dưới calendar: announced: 2027: "Thông báo … ngày …" (https://github.com/procmap/procmap/blob/main/docs/calendar.md).\n',
    );
    const json = JSON.parse((await runCli(['calendar', '2027', '--format', 'json'])).stdout);
    expect(json.sources).toHaveLength(2);
    // An announced year keeps its notices' sources and needs no advice.
    expect((await runCli(['calendar', '2026'])).stdout).not.toContain('Khi có văn bản công bố');
  });

  it('gives json for scripts', async () => {
    const json = JSON.parse((await runCli(['calendar', '2026', '--format', 'json', '--lang', 'en'])).stdout);
    expect(json).toMatchObject({
      year: 2026,
      status: 'announced',
      notice: { number: '9441/TB-BNV', date: '2025-10-16' },
      hours_per_day: 8,
    });
    expect(json.hours.monday).toEqual(['07:30-11:30', '13:00-17:00']);
    expect(json.days).toContainEqual({
      date: '2026-08-22',
      kind: 'work',
      name: 'Làm bù cho thứ Hai 31/8',
      makes_up_for: '2026-08-31',
      source: 'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ',
      // The hours that day counts, which the weekly table (Saturday: closed) does not give.
      hours: ['07:30-11:30', '13:00-17:00'],
    });
    expect(json.days.filter((d: { kind: string }) => d.kind === 'off')).toHaveLength(13);
  });

  it('writes an iCalendar file officers can import, the same on any day', async () => {
    const a = await runCli(['calendar', '2026', '--format', 'ics', '--lang', 'en'], { now: '2026-12-02T08:00:00Z' });
    const b = await runCli(['calendar', '2026', '--format', 'ics', '--lang', 'en'], { now: '2031-05-09T08:00:00Z' });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const lines = a.stdout.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(a.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(15);
    expect(a.stdout).toContain('DTSTART;VALUE=DATE:20260831\r\nDTEND;VALUE=DATE:20260901\r\n');
    // Lines are folded at 75 octets, never inside a character.
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('says of 2024 that its announced days off are not bundled with procmap, never "not announced yet"', async () => {
    const en = await runCli(['calendar', '2024', '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout.split('\n')[0]).toBe(
      'Working calendar 2024 — the days off the government announced are not held by procmap: holidays computed from the Labour Code 2019 (holidays: Art. 112(1); days in lieu: Art. 111(3)); the days announced (Tết, swapped days, make-up days) may differ',
    );
    expect(en.stdout).toContain(
      '\nTo count the days the government announced, copy its notice’s days off and make-up days into the calendar of procmap.config.yaml (holidays:, workdays:) and name the notice under calendar: announced: 2024: "Thông báo … ngày …" (https://github.com/procmap/procmap/blob/main/docs/calendar.md).\n',
    );
    expect(en.stdout).not.toMatch(/announced yet|once the government’s notice is out/);
    const vi = await runCli(['calendar', '2024', '--lang', 'vi']);
    expect(vi.stdout.split('\n')[0]).toBe(
      'Lịch làm việc năm 2024 — procmap không có sẵn lịch nghỉ Chính phủ đã công bố: ngày nghỉ tính theo Bộ luật Lao động 2019 (ngày lễ, tết: khoản 1 Điều 112; nghỉ bù: khoản 3 Điều 111), có thể khác với lịch đã công bố (ngày nghỉ Tết, ngày hoán đổi, ngày làm bù)',
    );
    expect(vi.stdout).not.toMatch(/chưa có lịch nghỉ được công bố|khi có văn bản công bố/);
    const ics = await runCli(['calendar', '2024', '--format', 'ics', '--lang', 'en']);
    expect(ics.stdout.replace(/\r\n /g, '')).toContain(
      'X-WR-CALDESC:procmap does not hold the days off the government announced for 2024',
    );
    // 2027, after the years procmap holds, keeps its "not announced yet".
    expect((await runCli(['calendar', '2027', '--lang', 'en'])).stdout).toContain('no days off announced yet');
  });

  it('gives each catalog’s calendar its own UIDs, the same for the same days wherever the file lies', async () => {
    const uids = (ics: string) => [...ics.matchAll(/\r\nUID:([^\r]*)/g)].map((m) => m[1]!);
    const ics = async (file: string, cwd?: string) => {
      const run = await runCli(['calendar', '2026', '--calendar', file, '--format', 'ics'], cwd ? { cwd } : {});
      expect([run.code, run.stderr]).toEqual([0, '']);
      return uids(run.stdout);
    };
    const a = await ics(join(ROOT, 'test/fixtures/calendar-ics/centre-a.yaml'));
    const b = await ics(join(ROOT, 'test/fixtures/calendar-ics/centre-b.yaml'));
    // 13 built-in days off but 16/02 (the duty day), 2 make-up days, the duty day, the day off of the catalog's own.
    expect([a.length, b.length]).toEqual([16, 16]);
    expect(a[0]).toMatch(/^20260101-off-2026-[0-9a-f]{8}@procmap$/);
    for (const uid of a) expect(uid).toMatch(/^\d{8}-(?:off|work|duty)-2026-[0-9a-f]{8}@procmap$/);
    // Built-in days alike (1/1/2026 in both), yet no UID shared: one catalog's day never replaces the other's.
    expect(a.filter((uid) => b.includes(uid))).toEqual([]);
    // The same section copied elsewhere, run from elsewhere: the same UIDs (the path is no part of them).
    const dir = mkdtempSync(join(tmpdir(), 'procmap-ics-uid-'));
    writeFileSync(join(dir, 'lich.yaml'), readFileSync(join(ROOT, 'test/fixtures/calendar-ics/centre-a.yaml')));
    expect(await ics('lich.yaml', dir)).toEqual(a);
  });

  it('names a day of the catalog’s calendar given without a name in the output’s language', async () => {
    const file = 'test/fixtures/time/calendar-unnamed.yaml';
    const en = await runCli(['calendar', '2026', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    for (const day of [
      'Thu 24/12/2026  Day off',
      'Tue 29/12/2026  Day off',
      'Sat 26/12/2026  Working day (07:30–11:30, 13:00–17:00)',
    ])
      expect(en.stdout).toContain(`  ${day} — the catalog’s calendar (${file})\n`);
    expect(en.stdout).not.toMatch(/Ngày (?:nghỉ|làm việc) —/);
    const vi = await runCli(['calendar', '2026', '--calendar', file, '--lang', 'vi']);
    for (const day of ['T5 24/12/2026  Ngày nghỉ', 'T7 26/12/2026  Ngày làm việc (07:30–11:30, 13:00–17:00)'])
      expect(vi.stdout).toContain(`  ${day} — lịch riêng của bộ quy trình (${file})\n`);
    const ics = await runCli(['calendar', '2026', '--calendar', file, '--format', 'ics', '--lang', 'en']);
    expect(ics.stdout).toContain('\r\nSUMMARY:Day off\r\n');
    expect(ics.stdout).toContain('\r\nSUMMARY:Make-up and other working days: Working day\r\n');
    expect(ics.stdout).not.toMatch(/SUMMARY:(?:.*: )?Ngày (?:nghỉ|làm việc)\r/);
    // JSON is for scripts, in no reader's language: it keeps the Vietnamese name, as the built-in days have.
    const json = await runCli(['calendar', '2026', '--calendar', file, '--format', 'json', '--lang', 'en']);
    const days = (JSON.parse(json.stdout) as { days: { date: string; name: string }[] }).days;
    expect(days.filter((day) => day.date >= '2026-12-24' && day.date <= '2026-12-29')).toMatchObject([
      { date: '2026-12-24', name: 'Ngày nghỉ' },
      { date: '2026-12-26', name: 'Ngày làm việc' },
      { date: '2026-12-28', name: 'Ngày nghỉ' },
      { date: '2026-12-29', name: 'Ngày nghỉ' },
    ]);
  });

  it('names a holiday of the Labour Code written without a name by its legal name, as a built-in day is', async () => {
    // 1/1/2027 and 30/04/2027 are holidays of the Labour Code (Art. 112(1)); they showed as "Ngày nghỉ". 09/03/2027 is
    // no holiday of the law and keeps the name of a day off.
    const file = 'test/fixtures/time/calendar-law-unnamed.yaml';
    const vi = await runCli(['calendar', '2027', '--calendar', file]);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    for (const day of ['T6 01/01/2027  Tết Dương lịch', 'T6 30/04/2027  Ngày Chiến thắng', 'T3 09/03/2027  Ngày nghỉ'])
      expect(vi.stdout).toContain(`  ${day} — lịch riêng của bộ quy trình (${file})\n`);
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect(en.stdout).toContain(
      `  Fri 01/01/2027  Tết Dương lịch (New Year’s Day) — the catalog’s calendar (${file})\n`,
    );
    const json = await runCli(['calendar', '2027', '--calendar', file, '--format', 'json']);
    const days = (JSON.parse(json.stdout) as { days: { date: string; name: string; source: string }[] }).days;
    expect(days.filter((day) => day.source === 'config').map((day) => `${day.date} ${day.name}`)).toEqual([
      '2027-01-01 Tết Dương lịch',
      '2027-03-09 Ngày nghỉ',
      '2027-04-30 Ngày Chiến thắng',
    ]);
  });

  it('shows the catalog’s own days, and refuses a year it cannot count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-calendar-'));
    writeFileSync(
      join(dir, 'procmap.config.yaml'),
      'calendar:\n  holidays:\n    - { date: 2026-03-09, name: Ngày thành lập tỉnh }\n    - 2026-06-01\n  workdays: [2026-06-06]\n',
    );
    const shown = (await runCli(['calendar', '2026', '--lang', 'en'], { cwd: dir })).stdout;
    expect(shown).toContain('Mon 09/03/2026  Ngày thành lập tỉnh — the catalog’s calendar (procmap.config.yaml)');
    // A day given without a name is said for what it is, in the listing and in a calendar app.
    expect(shown).toContain('Mon 01/06/2026  Day off — the catalog’s calendar');
    expect(shown).toContain('Sat 06/06/2026  Working day (07:30–11:30, 13:00–17:00) — the catalog’s calendar');
    expect((await runCli(['calendar', '2026', '-f', 'ics'], { cwd: dir })).stdout).not.toMatch(
      /SUMMARY:(?:\r|Ngày làm bù: \r)/,
    );
    const bad = await runCli(['calendar', '2150', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "procmap: No working calendar for 2150: procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; write a year from 2000 to 2099, in four digits\n",
    );
  });
});

describe('reproducible checks', () => {
  it('lints calendar-day limits byte for byte the same on two different days', async () => {
    const args = ['lint', 'test/rules/fixtures/within-time-limit', '--format', 'json', '--lang', 'en'];
    const a = await runCli(args, { now: '2026-12-02T08:00:00Z' });
    const b = await runCli(args, { now: '2029-07-15T08:00:00Z' });
    expect(a.code).toBe(1);
    expect(a.stdout).toContain('from 05/01/2026 to 31/12/2026 (a year from the effective date)');
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe(b.stderr);
  });

  it('takes another window from --as-of, and names it', async () => {
    const result = await runCli([
      'lint',
      'test/rules/fixtures/within-time-limit/invalid-calendar-limit.yaml',
      '--as-of',
      '2026-06-01',
      '--lang',
      'en',
    ]);
    expect(result.stdout).toContain('from 01/06/2026 to 31/05/2027 (a year from --as-of)');
    expect(result.stdout).toContain('no days off are announced for 2027 yet');
    const bad = await runCli(['lint', 'test/rules/fixtures/within-time-limit', '--as-of', 'someday', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'procmap: --as-of takes a date such as 01/07/2026 (day first), 2026-07-01, "ngày 01 tháng 7 năm 2026" or "thứ Tư, 01/07/2026", not "someday"\n',
    );
    // A day written from today is a date: "tomorrow", "ngày mai" (src/time/relative-day.ts).
    const tomorrow = await runCli([
      'lint',
      'test/rules/fixtures/within-time-limit/invalid-calendar-limit.yaml',
      '--as-of',
      'ngày mai',
      '--lang',
      'en',
    ]);
    expect(tomorrow.stderr).toBe('');
    expect(tomorrow.stdout).toContain('(a year from --as-of)');
  });

  it('says once that a limit whose receipts run past 2099 cannot be checked, as a limit, not as a failure', async () => {
    const result = await runCli(['lint', 'test/fixtures/time/range', '--as-of', '2099-06-01', '--lang', 'en'], {
      now: '2026-12-08T09:00:00+07:00',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "test/fixtures/time/range/ngay-lich.yaml\n  9:13  error  The time limit cannot be checked for receipts from 01/06/2099 to 31/05/2100 (a year from --as-of): procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; the count from 2099 runs into 2100; did you mean 2029? Write that year, or a date whose count ends by 31/12/2099  within-time-limit\n\n✖ 1 problem (1 error, 0 warnings)\n",
    );
    expect(result.stderr).toBe('');
  });
});

describe('a year the catalog’s calendar says is announced', () => {
  const DIR = 'test/fixtures/calendar/announced';
  const FILE = `${DIR}/lich-2027.yaml`;

  it('is announced with its notice, its days sourced by the file, and the Labour Code warning is gone', async () => {
    const en = await runCli(['calendar', '2027', '--calendar', FILE, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain(
      'Working calendar 2027 — days off announced: Thông báo 1234/TB-BNV ngày 20/10/2026 (the catalog’s calendar)\n',
    );
    expect(en.stdout).toContain(`Thu 04/02/2027  Nghỉ Tết Nguyên Đán 2027 — the catalog’s calendar (${FILE})`);
    // The law's fixed holiday stays; procmap's own guesses (days in lieu of 1/5 on a Saturday) give way to the notice.
    expect(en.stdout).toContain(
      'Fri 01/01/2027  Tết Dương lịch (New Year’s Day) — Bộ luật Lao động 2019, Điều 112 khoản 1',
    );
    expect(en.stdout).not.toContain('in lieu');
    const vi = await runCli(['calendar', '2027', '--calendar', FILE, '--lang', 'vi']);
    expect(vi.stdout).toContain(
      'Lịch làm việc năm 2027 — lịch nghỉ đã công bố: Thông báo 1234/TB-BNV ngày 20/10/2026 (lịch riêng của bộ quy trình)\n',
    );
    const json = JSON.parse((await runCli(['calendar', '2027', '--calendar', FILE, '--format', 'json'])).stdout);
    expect([json.status, json.calendar_notice]).toEqual(['announced', 'Thông báo 1234/TB-BNV ngày 20/10/2026']);
    const ics = await runCli(['calendar', '2027', '--calendar', FILE, '--format', 'ics', '--lang', 'en']);
    expect(ics.stdout).not.toContain('X-WR-CALDESC');
  });

  it('is counted as announced by time and lint: no note, no unannounced-holidays', async () => {
    const time = await runCli([
      'time',
      `${DIR}/cd45.yaml`,
      '--calendar',
      FILE,
      '--received',
      '2026-12-28 16:59',
      '--format',
      'json',
    ]);
    const [procedure] = (JSON.parse(time.stdout) as { procedures: Record<string, unknown>[] }).procedures;
    expect(procedure!.holiday_rule_years).toEqual([]);
    // Without the file: the Tết procmap computes for 2027, and the note.
    const guessed = await runCli(['time', `${DIR}/cd45.yaml`, '--received', '2026-12-28 16:59', '--lang', 'en']);
    expect(guessed.stdout).toContain('Note: no announced days off for 2027 yet');
    const lint = await runCli([
      'lint',
      `${DIR}/cd45.yaml`,
      '--calendar',
      FILE,
      '--as-of',
      '2026-12-01',
      '--lang',
      'en',
    ]);
    expect(lint.stdout).not.toContain('unannounced-holidays');
    const without = await runCli(['lint', `${DIR}/cd45.yaml`, '--as-of', '2026-12-01', '--lang', 'en']);
    expect(without.stdout).toContain('unannounced-holidays');
  });

  it('refuses, in plain words and at the line, what cannot be an announced year', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-announced-'));
    const cases: [string, string][] = [
      [
        '{ 2026: "TB 1" }',
        'procmap already has the days off of 2026 from notice 9441/TB-BNV: remove 2026 from announced',
      ],
      ['{ 27: "TB 1" }', '"27" is not a year: under announced, write each year as four digits from 2000 to 2099'],
      ['{ 2027: "" }', 'Write the notice that announces the days off of 2027 after "2027:"'],
      ['{ 2028: "TB 2" }', '2028 is marked announced, but holidays lists no day off in 2028'],
    ];
    for (const [announced, message] of cases) {
      const file = join(dir, 'lich.yaml');
      writeFileSync(file, `holidays:\n  - { date: 2027-02-04, to: 2027-02-14 }\nannounced: ${announced}\n`);
      const result = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`lich.yaml:3:`);
      expect(result.stderr).toContain(message);
    }
  });
});

describe('the status of a year in words', () => {
  it('names both notices of 2026, the New Year swap’s too', async () => {
    const en = await runCli(['calendar', '2026', '--lang', 'en']);
    expect(en.stdout).toContain(
      'Working calendar 2026 — days off announced: notice 9441/TB-BNV of 16/10/2025; 12729/VPCP-KGVX of 25/12/2025\n',
    );
    const vi = await runCli(['calendar', '2026', '--lang', 'vi']);
    expect(vi.stdout).toContain('Thông báo 9441/TB-BNV ngày 16/10/2025; 12729/VPCP-KGVX ngày 25/12/2025');
  });

  it('says in an ics file that a year’s days off are computed from the Labour Code', async () => {
    const en = await runCli(['calendar', '2027', '--format', 'ics', '--lang', 'en']);
    const unfolded = en.stdout.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'X-WR-CALDESC:No days off announced for 2027 yet: these holidays are computed from the Labour Code 2019 (holidays: Art. 112(1)\\; days in lieu: Art. 111(3)) and may change when the government announces them\r\n',
    );
    expect(unfolded).toMatch(/DESCRIPTION:Bộ luật Lao động[^\r]*\\nNo days off announced for 2027 yet/);
    const vi = await runCli(['calendar', '2027', '--format', 'ics', '--lang', 'vi']);
    expect(vi.stdout.replace(/\r\n /g, '')).toContain('X-WR-CALDESC:Năm 2027 chưa có lịch nghỉ được công bố');
    const announced = await runCli(['calendar', '2026', '--format', 'ics', '--lang', 'en']);
    expect(announced.stdout).not.toContain('X-WR-CALDESC');
  });

  it('refuses a make-up day whose name pays for no weekday off, at the name, with the nearest day off to write', async () => {
    const file = 'test/fixtures/calendar/make-up-pays-no-day-off.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    // 20/01/2027 is a Wednesday the office works; 13/02/2027 is in the break, but a Saturday the office is closed on.
    // 12/02/2027 (line 8), a Friday of the break, is what a make-up day pays for: not refused.
    expect(en.stderr).toBe(
      'procmap: Invalid calendar:\n' +
        `${file}:10:31: "Làm bù cho ngày 20/01/2027" says this day makes up for Wednesday 20/01/2027, but 20/01/2027 is not a day off in this calendar (not under holidays, nor a public holiday or swapped day off procmap counts), so nothing is made up. Write the date of the weekday off it makes up for (the nearest is 04/02/2027), or leave "bù" out of the name if it makes up for no day\n` +
        `${file}:12:5: "Làm bù ngày 13/2" says this day makes up for Saturday 13/02/2027, but 13/02/2027 is a Saturday, a day the office is closed anyway, so nothing is made up. Write the date of the weekday off it makes up for (the nearest is 12/02/2027), or leave "bù" out of the name if it makes up for no day\n` +
        `${file}:14:31: "Làm bù cho T4 20/1" says this day makes up for Wednesday 20/01/2027, but 20/01/2027 is not a day off in this calendar (not under holidays, nor a public holiday or swapped day off procmap counts), so nothing is made up. Write the date of the weekday off it makes up for (the nearest is 04/02/2027), or leave "bù" out of the name if it makes up for no day\n`,
    );
    const vi = await runCli(['calendar', '2027', '--calendar', file]);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toContain(
      `${file}:10:31: "Làm bù cho ngày 20/01/2027" ghi là làm bù cho thứ Tư 20/01/2027, nhưng ngày 20/01/2027 không phải ngày nghỉ trong lịch này`,
    );
    // The same in procmap.config.yaml, where a built-in swapped day (Friday 02/01/2026) is one to make up.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-make-up-'));
    writeFileSync(
      join(dir, 'procmap.config.yaml'),
      'calendar:\n  workdays:\n    - { date: 2026-01-10, name: "Làm bù cho thứ Sáu 2/1" }\n    - { date: 2026-08-22, name: "Làm bù cho 30/8" }\n',
    );
    const config = await runCli(['calendar', '2026', '--lang', 'en'], { cwd: dir });
    expect([config.code, config.stdout]).toEqual([2, '']);
    expect(config.stderr).toContain(
      'procmap.config.yaml:4:33: "Làm bù cho 30/8" says this day makes up for Sunday 30/08/2026, but 30/08/2026 is a Sunday, a day the office is closed anyway, so nothing is made up. Write the date of the weekday off it makes up for (the nearest is 31/08/2026)',
    );
    expect(config.stderr).not.toContain('02/01/2026');
  });

  it('refuses a make-up day whose name writes the day it pays for as no day can be, saying why', async () => {
    const file = 'test/fixtures/calendar/make-up-date-faults.yaml';
    const en = await runCli(['calendar', '2027', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      'procmap: Invalid calendar:\n' +
        `${file}:5:31: The make-up day's name "Làm bù cho ngày 31/02/2027" writes the day it makes up for wrong: "ngày 31/02/2027" is not a date: month 2 of 2027 has 28 days\n` +
        `${file}:6:31: The make-up day's name "Làm bù cho ngày 12/13" writes the day it makes up for wrong: "12/13" is not a date: there is no month 13; if the day and the month are the other way round, write 13/12/2027\n` +
        `${file}:7:31: The make-up day's name "Làm bù cho thứ Năm 12/02/2027" writes the day it makes up for wrong: "thứ Năm 12/02/2027" names thứ Năm, but 12/02/2027 is a Friday: correct the date or the weekday\n` +
        `${file}:9:31: The make-up day's name "Làm bù cho T3 12/2" writes the day it makes up for wrong: "T3 12/2" names T3, but 12/02/2027 is a Friday: correct the date or the weekday\n`,
    );
  });

  it('shows each working day’s own hours, the ones working time and "trong ngày" count, in text, json and ics', async () => {
    const file = 'test/fixtures/calendar/own-hours.yaml';
    const en = await runCli(['calendar', '2026', '--calendar', file, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    // Saturdays open 07:30–11:30, but the make-up Saturday works the whole Monday–Friday day; 31/12 is a half day.
    expect(en.stdout).toContain(
      `  Sat 26/12/2026  Làm việc cả ngày cuối năm (07:30–11:30, 13:00–17:00) — the catalog’s calendar (${file})\n` +
        `  Thu 31/12/2026  Nửa ngày cuối năm (07:30–11:30) — the catalog’s calendar (${file})\n`,
    );
    const json = JSON.parse((await runCli(['calendar', '2026', '--calendar', file, '-f', 'json'])).stdout);
    const work = json.days.filter((d: { kind: string }) => d.kind === 'work');
    expect(work.map((d: { date: string; hours: string[] }) => [d.date, d.hours])).toEqual([
      ['2026-01-10', ['07:30-11:30', '13:00-17:00']],
      ['2026-08-22', ['07:30-11:30', '13:00-17:00']],
      ['2026-12-26', ['07:30-11:30', '13:00-17:00']],
      ['2026-12-31', ['07:30-11:30']],
    ]);
    // A day off has no hours.
    expect(
      json.days.filter((d: { kind: string; hours?: string[] }) => d.kind === 'off' && d.hours !== undefined),
    ).toEqual([]);
    const ics = (await runCli(['calendar', '2026', '--calendar', file, '-f', 'ics'])).stdout.replace(/\r\n /g, '');
    expect(ics).toContain(
      'SUMMARY:Ngày làm bù\\, ngày làm việc riêng: Nửa ngày cuối năm\r\nDESCRIPTION:Giờ làm việc ngày này: 07:30–11:30\\n',
    );
    expect(ics).toContain(
      'DTSTART;VALUE=DATE:20260110\r\nDTEND;VALUE=DATE:20260111\r\nSUMMARY:Làm bù cho thứ Sáu 2/1\r\nDESCRIPTION:Giờ làm việc ngày này: 07:30–11:30\\, 13:00–17:00\\n',
    );
  });

  it('gives `time` a working day’s own hours where they are not its weekday’s, as `calendar` does', async () => {
    const time = (received: string) =>
      runCli([
        'time',
        'test/fixtures/calendar/bon-gio.yaml',
        '--calendar',
        'test/fixtures/calendar/own-hours.yaml',
        '--received',
        received,
        '--lang',
        'en',
      ]);
    // Wed 30/12/2026 15:30, after the 15:00 cutoff: counting starts Thu 31/12 07:30, the half day; 4 h end at 11:30.
    const half = await time('30/12/2026 15:30');
    expect([half.code, half.stderr]).toEqual([0, '']);
    expect(half.stdout).toContain('Extra working days:  Thu 31/12/2026 Nửa ngày cuối năm (07:30–11:30)\n');
    expect(half.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 11:30 on Thursday 31/12/2026\n');
    // Fri 25/12/2026 14:00: 3 h to 17:00; Sat 26/12, worked whole (Saturdays open 07:30–11:30 only), 07:30 + 1 h.
    const saturday = await time('25/12/2026 14:00');
    expect(saturday.stdout).toContain(
      'Extra working days:  Sat 26/12/2026 Làm việc cả ngày cuối năm (07:30–11:30, 13:00–17:00)\n',
    );
    expect(saturday.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 08:30 on Saturday 26/12/2026\n');
    // A make-up Saturday of the notice's in an office closed on Saturdays works the Monday–Friday hours: none shown.
    const plain = await runCli([
      'time',
      'test/fixtures/calendar/bon-gio.yaml',
      '--received',
      '09/01/2026 16:00',
      '--lang',
      'en',
    ]);
    expect(plain.stdout).toContain('Extra working days:  Sat 10/01/2026 Make-up working day for Friday 2/1\n');
  });
});
