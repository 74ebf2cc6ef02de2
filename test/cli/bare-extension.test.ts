import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteSummary } from '../helpers/cli-site-summary.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/bare-extension';

// "10 ngày làm việc (trường hợp phải xác minh thì thời gian giải quyết được tăng thêm 05 ngày)": the bare "05 ngày" is
// 5 working days (15 in all) or 5 calendar days after the 10 working days. The verification path is 1 + 13.5 = 14.5
// working days. Counted by hand (Civil Code Art. 147–148; Tết 2026 off Sat 14/02 – Sun 22/02): received Mon 02/02/2026
// 07:30, the 10 working days end Fri 13/02 17:00; the 5 calendar days run Sat 14/02 to Wed 18/02, a day of Tết, so
// the appointment moves to the next working day, Mon 23/02 17:00. The steps: 10 days to 13/02, Tết, 23–26/02 (14
// days), 4 h of Fri 27/02: they end Fri 27/02 11:30, late by 24, 25, 26/02 and 4 h, 3.5 working days (28 h). Read as
// working days the appointment is Fri 27/02 17:00 (15 days), and the steps fit.
describe('bare days added to a limit in working days, read both ways', () => {
  it.each([
    [
      'en',
      'at worst, received Mon 02/02/2026 07:30, they end Fri 27/02/2026 11:30, 3.5 working days (28 h) after the appointment Mon 23/02/2026 17:00 (10 working days and 5 calendar days after it for the case "phải xác minh"): s1 → s3. "10 ngày làm việc, tăng thêm 05 ngày" does not say working or calendar days: read as calendar days the steps exceed it, read as working days they do not. Check the legal text and write "tăng thêm 05 ngày làm việc" or "tăng thêm 05 ngày lịch"  within-time-limit',
      '✖ 2 problems (0 errors, 2 warnings)',
    ],
    [
      'vi',
      'chậm nhất, tiếp nhận T2 02/02/2026 07:30 thì kết thúc T6 27/02/2026 11:30, muộn 3,5 ngày làm việc (28 giờ) so với hẹn trả T2 23/02/2026 17:00 (10 ngày làm việc và 5 ngày lịch sau đó đối với trường hợp phải xác minh): s1 → s3. "10 ngày làm việc, tăng thêm 05 ngày" không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày lịch thì các bước vượt thời hạn này, hiểu là ngày làm việc thì không vượt. Hãy đối chiếu văn bản quy định rồi ghi "tăng thêm 05 ngày làm việc" hoặc "tăng thêm 05 ngày lịch"  within-time-limit',
      '✖ 2 vấn đề (0 lỗi, 2 cảnh báo)',
    ],
  ] as const)(
    'warns with both readings when the steps exceed the calendar-day reading only (%s)',
    async (lang, warning, end) => {
      const result = await runCli(['lint', '--lang', lang, `${DIR}/verification.yaml`]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain(`  7:13  ${lang === 'vi' ? 'cảnh báo' : 'warning'}  `);
      expect(result.stdout).toContain(warning);
      expect(result.stdout).toContain(end);
    },
  );

  it('is an error, said as working days, when the steps exceed both readings', async () => {
    // 1 + 15.5 = 16.5 working days: over 15 working days by 1.5, and over the calendar reading by more.
    const result = await runCli(['lint', '--lang', 'en', `${DIR}/verification-over-both.yaml`]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toContain(
      '  7:13  error    Critical path takes 16.5 working days (132 h), over the time limit of 15 working days (120 h) for the case "phải xác minh" by 1.5 working days (12 h): s1 → s3. "10 ngày làm việc, tăng thêm 05 ngày" does not say whether the days added are working or calendar days: the steps exceed it either way  within-time-limit',
    );
    expect(result.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
  });
});

// `time` and the document's 5.4 give the two readings lint judges, in its figures (was "chưa xét", and no verdict).
describe('time and 5.4: bare days added to a limit in working days, both readings', () => {
  it('time gives the working-days reading, the calendar-days one with the worst receipt lint names, and what to write', async () => {
    const result = await runCli(['time', `${DIR}/verification.yaml`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).not.toContain('chưa xét');
    // procmap's reading in its own words, never quoted as if the law said it (it printed 'hiểu là "tăng thêm 05 ngày
    // lịch"' and "(thời hạn 10 ngày làm việc, tăng thêm 05 ngày lịch)", words no text has).
    expect(result.stdout).not.toMatch(/hiểu là "|tăng thêm 05 ngày lịch\)/);
    expect(result.stdout).toContain(
      '\nTrường hợp phải xác minh, nếu hiểu số ngày là ngày làm việc (thời hạn 15 ngày làm việc): tổng theo đường găng 14,5 ngày làm việc (116 giờ), trong thời hạn, còn dư 0,5 ngày làm việc (4 giờ): s1 → s3\n' +
        'Trường hợp phải xác minh, nếu hiểu số ngày là ngày lịch (thời hạn 10 ngày làm việc và 5 ngày lịch sau đó): các bước xong SAU ngày hẹn trả với hồ sơ tiếp nhận vào 249/250 ngày làm việc từ 05/01/2026 đến 31/12/2026 (một năm từ ngày hiệu lực); chậm nhất, tiếp nhận T2 02/02/2026 07:30 thì xong T6 27/02/2026 11:30, muộn 3,5 ngày làm việc (28 giờ) so với hẹn trả T2 23/02/2026 17:00\n' +
        '"10 ngày làm việc, tăng thêm 05 ngày" không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày lịch (hạn trả sớm hơn, procmap đang tính) thì các bước vượt thời hạn; hiểu là ngày làm việc thì không vượt. Hãy ghi "tăng thêm 05 ngày làm việc" hoặc "tăng thêm 05 ngày lịch"\n',
    );
  });

  it('time gives both overruns when the steps exceed both readings (English)', async () => {
    const result = await runCli(['time', '--lang', 'en', `${DIR}/verification-over-both.yaml`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '\nCase "phải xác minh", its days read as working days (limit 15 working days): total on its critical path 16.5 working days (132 h), OVER the limit by 1.5 working days (12 h): s1 → s3\n' +
        'Case "phải xác minh", its days read as calendar days (limit 10 working days and 5 calendar days after it): the steps end AFTER the appointment for receipts on 250 of the 250 working days from 05/01/2026 to 31/12/2026 (a year from the effective date); at worst, received Mon 02/02/2026 07:30, they end Tue 03/03/2026 11:30, 5.5 working days (44 h) after the appointment Mon 23/02/2026 17:00\n',
    );
    expect(result.stdout).not.toContain('does not say working or calendar days: not judged');
  });

  it.each([
    [
      'verification',
      'P-EXT',
      '**Chưa kết luận được: thời hạn không ghi rõ ngày làm việc hay ngày lịch; hiểu là ngày lịch thì vượt với hồ sơ tiếp nhận vào 249/250 ngày làm việc đã thử từ 05/01/2026 đến 31/12/2026 (một năm từ ngày hiệu lực), hiểu là ngày làm việc thì đạt;',
    ],
    [
      'verification-over-both',
      'P-EXT-2',
      '**Hiểu là 15 ngày làm việc: Vượt thời hạn giải quyết 1,5 ngày làm việc (12 giờ); hiểu là 10 ngày làm việc và 5 ngày lịch sau đó: Vượt thời hạn với hồ sơ tiếp nhận vào 250/250 ngày làm việc đã thử từ 05/01/2026 đến 31/12/2026 (một năm từ ngày hiệu lực);',
    ],
  ])('5.4 gives the case its verdict on both readings (%s)', async (name, id, verdict) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-bare-extension-'));
    const result = await runCli(['doc', '-f', 'md', '-o', out, `${DIR}/${name}.yaml`]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const doc = readFileSync(join(out, `${id}.md`), 'utf8');
    const line = doc
      .split('\n')
      .find((text) =>
        text.startsWith(
          'Trường hợp phải xác minh (thời hạn 10 ngày làm việc cộng 5 ngày, không ghi rõ là ngày làm việc hay ngày lịch)',
        ),
      );
    expect(line).toContain(`; đường găng có thêm bước 3, không qua bước 2: ${verdict}`);
  });
});

// An English document gave procmap's Vietnamese shorthand for the case ("limit 10 ngày làm việc, tăng thêm 05 ngày") and
// quoted its readings ('Read as "tăng thêm 05 ngày làm việc"') as if they were the law's words; the law's words are
// quoted once, under the limit ("as the law says: …"). Now in English, unquoted: "10 working days plus 5 days, not said
// whether working or calendar days"; read as 15 working days (10 + 5), or as 10 working days and 5 calendar days after.
describe('an English document says the readings of bare days added in its own words, not as a quotation', () => {
  it.each(['verification', 'verification-over-both'])('%s', async (name) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-bare-extension-en-'));
    const result = await runCli(['doc', '--lang', 'en', '-f', 'md', '-o', out, `${DIR}/${name}.yaml`]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const id = name === 'verification' ? 'P-EXT' : 'P-EXT-2';
    const doc = readFileSync(join(out, `${id}.md`), 'utf8');
    expect(doc).not.toMatch(/"tăng thêm|ngày làm việc, tăng thêm/u);
    await expect(doc).toMatchFileSnapshot(`golden/bare-extension-${name}.en.md`);
  });
});

// A Vietnamese document quoted procmap's readings as if they were the law's words ('Hiểu là "tăng thêm 05 ngày làm
// việc"') and gave the case its shorthand limit ("thời hạn 10 ngày làm việc, tăng thêm 05 ngày"): now procmap's own
// words, unquoted ("10 ngày làm việc cộng 5 ngày, không ghi rõ …"; read as 15 ngày làm việc, 10 + 5, or as 10 ngày làm
// việc và 5 ngày lịch sau đó), and the law's words once, as the limit is written, in the Markdown and in the HTML.
describe('a Vietnamese document says the readings of bare days added in its own words, not as a quotation', () => {
  const LAW = 'trường hợp phải xác minh thì thời gian giải quyết được tăng thêm 05 ngày';
  it.each(['verification', 'verification-over-both'])('%s', async (name) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-bare-extension-vi-'));
    const id = name === 'verification' ? 'P-EXT' : 'P-EXT-2';
    for (const format of ['md', 'html']) {
      const result = await runCli(['doc', '-f', format, '-o', out, `${DIR}/${name}.yaml`]);
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
      const doc = readFileSync(join(out, `${id}.${format}`), 'utf8');
      expect(doc).not.toMatch(/"tăng thêm|ngày làm việc, tăng thêm|&quot;tăng thêm/u);
      expect(doc.split(LAW)).toHaveLength(2);
    }
    await expect(readFileSync(join(out, `${id}.md`), 'utf8')).toMatchFileSnapshot(
      `golden/bare-extension-${name}.vi.md`,
    );
  });
});

// With a receipt, `time` said "chưa có hẹn trả" for the case, and its JSON gave no reading at all: each reading now has
// its appointment, as 5.4 and lint judge both. Counted by hand (see the top of this file): received Mon 02/02/2026
// 07:30, the 10 working days end Fri 13/02 17:00; read as working days, 5 more after Tết (Sat 14/02 – Sun 22/02) are
// 23–27/02, so Fri 27/02 17:00; read as calendar days, Sat 14/02 to Wed 18/02, a day of Tết, so the next working day,
// Mon 23/02 17:00. The steps end Fri 27/02 11:30: on time read as working days, late read as calendar days.
describe('time with a receipt and in JSON: bare days added to a limit in working days, both readings', () => {
  it('time --received gives each reading its appointment, and what to write where they differ', async () => {
    const result = await runCli(['time', '--received', '02/02/2026 07:30', `${DIR}/verification.yaml`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).not.toContain('chưa có hẹn trả');
    expect(result.stdout).toContain(
      '\nTrường hợp phải xác minh, nếu hiểu số ngày là ngày làm việc (thời hạn 15 ngày làm việc): hẹn trả 17 giờ 00 phút, thứ Sáu, ngày 27/02/2026; các bước xong T6 27/02/2026 11:30\n' +
        'Trường hợp phải xác minh, nếu hiểu số ngày là ngày lịch (thời hạn 10 ngày làm việc và 5 ngày lịch sau đó): hẹn trả 17 giờ 00 phút, thứ Hai, ngày 23/02/2026; các bước xong T6 27/02/2026 11:30; các bước xong SAU hẹn trả này\n' +
        '"10 ngày làm việc, tăng thêm 05 ngày" không ghi rõ ngày làm việc hay ngày lịch: hiểu là ngày lịch (hạn trả sớm hơn, procmap đang tính) thì các bước vượt thời hạn; hiểu là ngày làm việc thì không vượt. Hãy ghi "tăng thêm 05 ngày làm việc" hoặc "tăng thêm 05 ngày lịch"\n',
    );
  });

  // English output said the calendar reading's limit in Vietnamese ("limit 10 ngày làm việc, tăng thêm 05 ngày
  // lịch"); it is said as procmap says a limit in English, as lint's message says it. The quoted words to write stay
  // the law's.
  it("time --lang en --received says the calendar reading's limit in English", async () => {
    const result = await runCli(['time', '--lang', 'en', '--received', '02/02/2026 07:30', `${DIR}/verification.yaml`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '\nCase "phải xác minh", its days read as calendar days (limit 10 working days and 5 calendar days after it): appointment 17:00 on Monday 23/02/2026; its steps done by Fri 27/02/2026 11:30; the steps end AFTER this appointment\n',
    );
    expect(result.stdout).not.toContain('(limit 10 ngày làm việc');
  });

  it('time -f json --received gives each reading its appointment and verdict', async () => {
    const result = await runCli(['time', '-f', 'json', '--received', '02/02/2026 07:30', `${DIR}/verification.yaml`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [procedure] = JSON.parse(result.stdout).procedures;
    expect(procedure.cases).toEqual([
      expect.objectContaining({
        case: 'phải xác minh',
        days_unsettled: true,
        finish: '2026-02-27T11:30',
        // The readings differ: not settled.
        within_limit: null,
        on_time: null,
        readings: [
          {
            reading: 'working',
            time_limit: '15d',
            time_limit_text: 'tăng thêm 05 ngày làm việc',
            due: '2026-02-27T17:00',
            on_time: true,
            on_due_day: false,
          },
          {
            reading: 'calendar',
            time_limit: null,
            time_limit_text: 'tăng thêm 05 ngày lịch',
            due: '2026-02-23T17:00',
            on_time: false,
            on_due_day: false,
          },
        ],
      }),
    ]);
  });

  it.each([
    // 14.5 of 15 working days: 0.5 to spare; as calendar days over for 402 of the 500 receipts tried (the text's 249
    // of the 250 working days, two receipt times a day).
    ['verification', { hours: 4, days: 0.5 }, true, { tried: 500, over: 402 }, null, null],
    // 16.5 of 15 working days: over by 1.5; as calendar days over for every receipt tried.
    ['verification-over-both', { hours: -12, days: -1.5 }, false, { tried: 500, over: 500 }, false, false],
  ] as const)(
    'time -f json gives both readings without a receipt (%s)',
    async (name, slack, working, receipts, calendar, within) => {
      const result = await runCli(['time', '-f', 'json', `${DIR}/${name}.yaml`]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const [procedure] = JSON.parse(result.stdout).procedures;
      expect(procedure.cases[0].within_limit).toBe(within);
      expect(procedure.cases[0].readings).toEqual([
        {
          reading: 'working',
          time_limit: '15d',
          time_limit_text: 'tăng thêm 05 ngày làm việc',
          slack,
          within_limit: working,
        },
        {
          reading: 'calendar',
          time_limit: null,
          time_limit_text: 'tăng thêm 05 ngày lịch',
          within_limit: calendar,
          receipts,
        },
      ]);
    },
  );
});

// `stats` and the site's summary said "within the limit" (slack 0 against the general 10 working days) where lint
// errs or warns on the case's bare extension: they now give lint's verdict. Over both readings (16.5 working days
// against 15, and late for every receipt as calendar days): over, by the working reading's 1.5 days as lint says it.
// Over the calendar reading alone (verification.yaml, 14.5 of 15 working days, see the top of this file): not
// settled, counted "not comparable" as a bare limit over one reading is, never within nor over.
describe('stats and the site summary: bare days added to a limit in working days', () => {
  it('stats counts the case over both readings as over, by 1.5 working days against 15', async () => {
    const result = await runCli(['stats', '--lang', 'en', `${DIR}/verification-over-both.yaml`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Within the limit: 0 · over the limit: 1 · not comparable with the limit: 0\n');
    expect(result.stdout).toContain(
      '\n  P-EXT-2  over by 1.5 working days  total 16.5 / limit 15 working days (case "phải xác minh")  ',
    );
    expect(result.stderr).toContain('within-time-limit');
  });

  it('stats counts the case over the calendar reading alone as not settled, not within', async () => {
    const result = await runCli(['stats', `${DIR}/verification.yaml`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Trong thời hạn: 0 · vượt thời hạn: 0 · không so được với thời hạn: 1\n');
    expect(result.stdout).not.toContain('dự phòng 0 ngày làm việc');
  });

  it.each([
    [
      'verification-over-both',
      '0 Trong thời hạn 1 Vượt thời hạn 0 Không so được với thời hạn',
      ' 16,5 ngày làm việc 15 ngày làm việc (trường hợp phải xác minh) vượt 1,5 ngày làm việc ',
    ],
    ['verification', '0 Trong thời hạn 0 Vượt thời hạn 1 Không so được với thời hạn', ' 90–100% 0 '],
  ])('the summary says what stats says (%s)', (name, words, row) => {
    const summary = siteSummary(`${DIR}/${name}.yaml`)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(summary).toContain(words);
    expect(summary).toContain(row);
  });
});

// Bare days added to a limit in another unit than working days ("10 ngày lịch, tăng thêm 05 ngày", "08 giờ làm việc,
// tăng thêm 05 ngày") give no sum either way: lint judges the case against nothing (ambiguous-days asks which days),
// time says "not judged", 5.4 said nothing where it now says "Chưa xét", and stats counted the procedure under hours
// "within the limit" (its case ignored) while under calendar days "not comparable" (its case's sweep missing): both
// are now not comparable, as a case over one reading alone is.
describe('bare days added to a limit in calendar days or hours: judged against nothing, everywhere alike', () => {
  it.each([
    ['calendar-limit', 'P-EXT-CD', '10 ngày lịch', '10 ngày (lịch)'],
    ['hours-limit', 'P-EXT-H', '8 giờ làm việc', '8 giờ làm việc'],
  ] as const)('%s: lint, time, 5.4 and stats leave the case unjudged', async (name, id, limit, written) => {
    const file = `${DIR}/${name}.yaml`;
    const lint = await runCli(['lint', '--lang', 'en', '--format', 'json', file]);
    expect(lint.code).toBe(0);
    const rules = (JSON.parse(lint.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
    expect(rules).toContain('ambiguous-days');
    expect(rules).not.toContain('within-time-limit');

    const time = await runCli(['time', '--lang', 'en', file]);
    expect(time.code).toBe(0);
    expect(time.stdout).toContain(
      `Case "phải xác minh" ("${written}, tăng thêm 05 ngày" does not say working or calendar days: not judged)`,
    );

    const out = mkdtempSync(join(tmpdir(), 'procmap-bare-extension-'));
    const doc = await runCli(['doc', '-f', 'md', '-o', out, file]);
    expect({ code: doc.code, stderr: doc.stderr }).toEqual({ code: 0, stderr: '' });
    const line = readFileSync(join(out, `${id}.md`), 'utf8')
      .split('\n')
      .find((text) => text.startsWith(`Trường hợp phải xác minh (thời hạn ${limit}, tăng thêm 05 ngày)`));
    // Before: the line ended at the path, with no verdict and no word of why.
    expect(line).toContain(
      '; đường găng có thêm bước 3, không qua bước 2: **Chưa xét: không ghi rõ số ngày tăng thêm là ngày làm việc hay ngày lịch**',
    );

    const stats = await runCli(['stats', '--lang', 'en', file]);
    expect(stats).toMatchObject({ code: 0, stderr: '' });
    expect(stats.stdout).toContain('Within the limit: 0 · over the limit: 0 · not comparable with the limit: 1\n');
  });
});
