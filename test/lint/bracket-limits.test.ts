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
