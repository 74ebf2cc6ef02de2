import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fixFixture } from '../helpers/fix-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/bracket-limits');
const lint = (name: string, lang: 'en' | 'vi') => runCli(['lint', '--lang', lang, join(FIXTURES, `${name}.yaml`)]);
const written = (name: string) => readFileSync(join(FIXTURES, `${name}.yaml`), 'utf8');
const limitOf = (name: string) => /^time_limit: "(.*)"$/mu.exec(written(name))![1]!;

// The steps take 4.5 working days: over every online limit these fixtures give, under the general 05 working days.
const OVER =
  '6:61  error  Critical path takes 4.5 working days (36 h), over the time limit of 4 working days (32 h) (online) by 0.5 working days (4 h): B1 → B2 → B3  within-time-limit';

describe('online filing’s limit in the bracket after a general limit, however the law writes the time', () => {
  // Each was dropped as a remark of the general limit (lint passed, time counted 05 days for online filing), refused
  // as "not a duration", or, for "giảm 01 ngày", advised as a limit of 01 day.
  const read: [string, string][] = [
    ['bang-chu', 'bốn ngày làm việc'],
    ['trong-ngay', 'trong ngày'],
    ['nua-ngay', 'nửa ngày làm việc'],
    ['so-va-chu', '04 (bốn) ngày làm việc'],
    ['ngoac-trong', '04 ngày làm việc (kể từ ngày nhận đủ hồ sơ)'],
    ['giam', '4 ngày làm việc'],
    ['giam-hai-cham', '4 ngày làm việc'],
    // A share of the general limit, rounded down to the half working day: 05 less 1/3 is 3,33 days.
    ['rut-ngan-phan-ba', '3 ngày làm việc'],
    ['giam-phan-tram', '2,5 ngày làm việc'],
    // A share in words, and the share that is left: each was kept as a remark, online filing counted at 05 days.
    ['giam-phan-ba-chu', '3 ngày làm việc'],
    ['con-mot-nua', '2,5 ngày làm việc'],
  ];

  it('reads it as that way’s own limit and says what to write', async () => {
    for (const [name, online] of read) {
      const result = await lint(name, 'en');
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).toBe('');
      expect(result.stdout, name).toContain(
        `5:13  error  "${limitOf(name)}" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: ${online} }];`,
      );
    }
  });

  it('writes it in channels with --fix, where the steps are then checked against it', async () => {
    for (const [name, online] of read) {
      const { result, again, text } = await fixFixture('bracket-limits', name);
      const quoted = /[():,]/.test(online) ? `"${online}"` : online;
      expect(text, name).toContain(
        `time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, time_limit: ${quoted} }]\n`,
      );
      expect(result.stderr, name).toBe('procmap: fixed 1 problem in p.yaml\n');
      expect(again.code, name).toBe(1);
      expect(again.stderr, name).toBe('');
      // 4.5 working days of steps are over the online limit, whichever it is.
      expect(again.stdout, name).toMatch(/\(online\) by .*within-time-limit|same day.*within-time-limit/u);
    }
    expect((await fixFixture('bracket-limits', 'giam')).again.stdout).toContain(`p.yaml\n  ${OVER}\n`);
    expect((await fixFixture('bracket-limits', 'bang-chu')).again.stdout).toContain(`p.yaml\n  ${OVER}\n`);
  });

  it('refuses a time it cannot count, or take from the general limit, with what to write, and fixes nothing', async () => {
    const refused: [string, string, string][] = [
      [
        'tuan',
        'gives filing online the limit "1 tuần" in brackets, which procmap cannot count: "1 tuần" can mean 5 working days or 7 calendar days: write "5 ngày làm việc" or "7 ngày lịch"',
        'ghi trong ngoặc thời hạn "1 tuần" cho hồ sơ nộp trực tuyến, procmap không tính được: "1 tuần" có thể hiểu là 5 ngày làm việc hoặc 7 ngày lịch: hãy ghi "5 ngày làm việc" hoặc "7 ngày lịch"',
      ],
      [
        'giam-gio',
        'gives filing online the limit 05 ngày làm việc less 4 giờ, in another unit, which procmap cannot take from it: write the limit filing online has in the bracket instead, in working days, e.g. "(đối với hồ sơ nộp trực tuyến là … ngày làm việc)"',
        'ghi thời hạn của hồ sơ nộp trực tuyến là 05 ngày làm việc trừ đi 4 giờ, procmap không trừ được vì hai thời gian khác đơn vị: hãy ghi thẳng thời hạn của hồ sơ nộp trực tuyến trong ngoặc, bằng ngày làm việc, ví dụ "(đối với hồ sơ nộp trực tuyến là … ngày làm việc)"',
      ],
      [
        'giam-het',
        'gives filing online the limit 05 ngày làm việc less 05 ngày làm việc, which leaves no time: write the limit filing online has in the bracket instead, in working days, e.g. "(đối với hồ sơ nộp trực tuyến là … ngày làm việc)"',
        'ghi thời hạn của hồ sơ nộp trực tuyến là 05 ngày làm việc trừ đi 05 ngày làm việc, như vậy không còn thời gian: hãy ghi thẳng thời hạn của hồ sơ nộp trực tuyến trong ngoặc, bằng ngày làm việc, ví dụ "(đối với hồ sơ nộp trực tuyến là … ngày làm việc)"',
      ],
      // Half the fee and the time: the time's half is read, and the fee's share is no limit, as when written apart.
      [
        'le-phi-va-thoi-gian',
        'gives 2,5 ngày làm việc in brackets for filing online, which procmap cannot read as that way\'s own limit: if it is, write time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 2,5 ngày làm việc }], or the bracket as "(đối với hồ sơ nộp trực tuyến là 2,5 ngày làm việc)"; if it is not, write it in the note of that way in channels instead of in time_limit',
        'ghi trong ngoặc thời gian 2,5 ngày làm việc cho hồ sơ nộp trực tuyến nhưng procmap không đọc được đó có phải thời hạn riêng của cách nộp này không: nếu phải, hãy ghi time_limit: 05 ngày làm việc và channels: [{ kind: in_person }, { kind: online, time_limit: 2,5 ngày làm việc }], hoặc ghi ngoặc thành "(đối với hồ sơ nộp trực tuyến là 2,5 ngày làm việc)"; nếu không, hãy ghi phần đó vào note của cách nộp này ở channels thay vì ở time_limit',
      ],
      // A share of the limit in words procmap does not read is refused, never kept as a remark.
      [
        'bang-phan',
        'gives filing online a share (2/3) of the limit 05 ngày làm việc in words procmap cannot read, and does not count the limit of filing online from it: write that limit in the bracket, e.g. "(đối với hồ sơ nộp trực tuyến là … ngày làm việc)", or the share as "(giảm 2/3 thời gian đối với hồ sơ nộp trực tuyến)" if it is taken off, "(thời gian giải quyết còn 2/3 đối với hồ sơ nộp trực tuyến)" if it is what is left',
        'ghi một phần (2/3) của thời hạn 05 ngày làm việc cho hồ sơ nộp trực tuyến bằng lời procmap không đọc được, nên chưa tính được thời hạn của hồ sơ nộp trực tuyến: hãy ghi thẳng thời hạn đó trong ngoặc, ví dụ "(đối với hồ sơ nộp trực tuyến là … ngày làm việc)", hoặc ghi "(giảm 2/3 thời gian đối với hồ sơ nộp trực tuyến)" nếu 2/3 là phần được giảm, "(thời gian giải quyết còn 2/3 đối với hồ sơ nộp trực tuyến)" nếu là phần còn lại',
      ],
      // Half a month is no whole month: what it is about in days, and that the agency's days are to be written.
      [
        'thang-mot-nua',
        'gives filing online the limit 01 tháng less 50%, which is less than a month, about 15 days, and procmap counts months only whole (Civil Code Art. 148): write the limit filing online has in the bracket instead, in calendar days, e.g. "(đối với hồ sơ nộp trực tuyến là 15 ngày lịch)" if your agency applies 15 days',
        'ghi thời hạn của hồ sơ nộp trực tuyến là 01 tháng trừ đi 50%, tức là chưa đến một tháng, khoảng 15 ngày, mà procmap chỉ tính tháng tròn tháng (Điều 148 Bộ luật Dân sự): hãy ghi thẳng thời hạn của hồ sơ nộp trực tuyến trong ngoặc, bằng ngày lịch, ví dụ "(đối với hồ sơ nộp trực tuyến là 15 ngày lịch)" nếu cơ quan áp dụng 15 ngày',
      ],
    ];
    for (const [name, en, vi] of refused) {
      for (const [lang, message, error] of [
        ['en', en, 'error'],
        ['vi', vi, 'lỗi'],
      ] as const) {
        const { result, text } = await fixFixture('bracket-limits', name, lang);
        expect(text, name).toBe(written(name));
        expect(result.code, name).toBe(1);
        expect(result.stderr, name).toBe('');
        expect(result.stdout, name).toContain(
          `p.yaml\n  5:13  ${error}  "${limitOf(name)}" ${message}  schema\n\n✖ 1 `,
        );
      }
    }
  });
});

describe('a share of the fee alone, and a share of working hours', () => {
  it('keeps half the fee online as a remark of the general limit', async () => {
    const result = await lint('le-phi', 'en');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('writes what a share leaves of working hours in working hours, which reads back without a question', async () => {
    const { result, again, text } = await fixFixture('bracket-limits', 'gio-phan-ba');
    expect(result.stderr).toBe('procmap: fixed 1 problem in p.yaml\n');
    expect(text).toContain(
      'time_limit: 10 giờ làm việc\nchannels: [{ kind: in_person }, { kind: online, time_limit: "6 giờ 40 phút làm việc" }]\n',
    );
    // 9 working hours of steps are over the online limit; its hours are not asked about (ambiguous-hours).
    expect(again.code).toBe(1);
    expect(again.stdout).not.toContain('ambiguous-hours');
    expect(again.stdout).toContain('within-time-limit');
  });

  it('keeps the hour word alone where the general limit has it, for ambiguous-hours to ask about both', async () => {
    const { text } = await fixFixture('bracket-limits', 'gio-phan-ba-tran');
    expect(text).toContain(
      'time_limit: 10 giờ\nchannels: [{ kind: in_person }, { kind: online, time_limit: "6 giờ 40 phút" }]\n',
    );
  });
});
