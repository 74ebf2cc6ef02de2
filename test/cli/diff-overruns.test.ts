import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Steps already over their limit whose overrun grows: by the office hours, by a limit moved to another unit, or by a
// limit cut below them; and two sides whose working days differ in length. Each is said with lint's figures on both
// sides, and `--fail-on breaking` stops what lint at the revision rejects more than at the base.
const FIXTURES = fileURLToPath(new URL('fixtures/diff-overruns/', import.meta.url));
// Run from the fixtures' folder: the report names each file as given.
const at = (...parts: string[]) => join(...parts);
const run = (args: string[]) => runCli(['diff', ...args], { cwd: FIXTURES });
const TITLE = 'Cấp giấy phép thử nghiệm';

/** The JSON report's changes, each as kind, level, reason and limit. */
function judged(stdout: string): [string, string, string, string | null][] {
  const report = JSON.parse(stdout) as { changes: { kind: string; level: string; reason: string; limit: string }[] };
  return report.changes.map((c) => [c.kind, c.level, c.reason, c.limit]);
}

describe('procmap diff of an overrun the office hours make bigger', () => {
  const [base, revision] = [at('office-hours', 'base'), at('office-hours', 'revision')];

  it('is breaking, with the overrun on each calendar, in text and JSON', async () => {
    // 10 h + 1 day against 2 working days: over by 2 h on days of 8 h, by 3 h on days of 7 h, as lint says at each.
    const vi = await run([base, revision, '--fail-on', 'breaking']);
    expect(vi).toMatchObject({ code: 1, stderr: '' });
    expect(vi.stdout).toBe(
      'Ngày làm việc: 8 giờ → 7 giờ (mỗi bên tính theo ngày làm việc của mình)\n\n' +
        `QT-TEST-02 Thủ tục thử lịch làm việc (${join(revision, 'p.yaml')})\n` +
        '  cảnh báo      Tổng thời gian (đường găng): 2,25 ngày làm việc (18 giờ) → 2,43 ngày làm việc (17 giờ)  +0,18 ngày làm việc, -1 giờ làm việc  dài hơn tính theo ngày làm việc do ngày làm việc ngắn lại, dù số giờ làm việc không tăng\n' +
        '  nghiêm trọng  Giờ làm việc (tệp cấu hình): 07:30-11:30, 13:00-17:00 (8 giờ làm việc một ngày) → 07:30-11:30, 13:30-16:30 (7 giờ làm việc một ngày)  đã vượt thời hạn giải quyết 2 ngày làm việc từ trước, nay vượt nhiều hơn: trước vượt 2 giờ làm việc, nay vượt 3 giờ làm việc\n\n' +
        '1 quy trình thay đổi: 1 nghiêm trọng, 1 cảnh báo, 0 thông tin\n',
    );
    const en = await run(['--lang', 'en', base, revision]);
    expect(en).toMatchObject({ code: 0, stderr: '' });
    expect(en.stdout).toContain(
      '(7 working hours a day)  already over the time limit of 2 working days, now over it by more: by 2 working hours before, 3 working hours now\n',
    );
    const json = await run([base, revision, '--format', 'json', '--fail-on', 'breaking']);
    expect(json.code).toBe(1);
    // The total says how the shorter day moved it, the same whether or not the file changed; the overrun is said once.
    expect(judged(json.stdout)).toEqual([
      ['total-changed', 'warning', 'longer-in-days', null],
      ['calendar-changed', 'breaking', 'over-limit-grew', '2d'],
    ]);
  });

  it('says no overrun where the new office hours make it smaller, only the total in days', async () => {
    const back = await run(['--lang', 'en', '-f', 'json', revision, base, '--fail-on', 'breaking']);
    expect(back).toMatchObject({ code: 0, stderr: '' });
    expect(judged(back.stdout)).toEqual([['total-changed', 'info', 'shorter-in-days', null]]);
  });
});

describe('procmap diff of a limit moved to another unit while the steps overran it', () => {
  const base = at('unit-changed', 'base.yaml');

  // On how many of the 500 working days of the announced years (2025, 2026) the new limit gives some receipt more
  // time, and less: 7 calendar days mostly more than 5 working days, less across Tết; 5 calendar days mostly less.
  it.each([
    ['revision.yaml', '7 ngày (lịch)', '7cd', { longer: 462, shorter: 38, days: 500 }],
    ['revision-5cd.yaml', '5 ngày (lịch)', '5cd', { longer: 98, shorter: 402, days: 500 }],
  ])(
    'is breaking when lint finds the steps later under %s, with both sides in figures',
    async (file, words, short, days) => {
      // 2 h + 7 working days: over 5 working days by 18 h; under the calendar-day limit, late for every receipt, at
      // worst by 49 h 59 min (lint's sweep), each side in lint's words: 6 days 1 h 59 min, not "49 giờ 59 phút".
      const revision = at('unit-changed', file);
      const vi = await run([base, revision, '--fail-on', 'breaking']);
      expect(vi).toMatchObject({ code: 1, stderr: '' });
      expect(vi.stdout).toBe(
        `QT-TEST-01 ${TITLE} (${revision})\n` +
          `  cảnh báo      Thời hạn giải quyết: 5 ngày làm việc → ${words}  ngày làm việc so với ngày lịch: thời hạn mới dài hơn với hồ sơ tiếp nhận vào ${days.longer}/500 ngày làm việc, ngắn hơn với ${days.shorter}/500 ngày\n` +
          `  nghiêm trọng  Tổng thời gian (đường găng): 7,25 ngày làm việc (58 giờ)  đã vượt thời hạn giải quyết 5 ngày làm việc từ trước, nay vượt thời hạn giải quyết ${words} nhiều hơn: trước vượt 2,25 ngày làm việc (18 giờ), nay trễ hạn với hồ sơ tiếp nhận vào 251/251 ngày làm việc, chậm nhất muộn 6,25 ngày làm việc (50 giờ): tỉ lệ ngày trễ hạn như cũ, chậm nhất muộn hơn\n` +
          '  cảnh báo      Chưa ghi nhận lần ban hành: 1 → 1  nội dung thay đổi nhưng lần ban hành không tăng\n\n' +
          '1 quy trình thay đổi: 1 nghiêm trọng, 2 cảnh báo, 0 thông tin\n',
      );
      const json = await run([base, revision, '--format', 'json']);
      expect(json).toMatchObject({ code: 0, stderr: '' });
      expect(judged(json.stdout)).toEqual([
        ['time-limit-changed', 'warning', 'not-comparable', null],
        ['total-changed', 'breaking', 'over-limit-grew', short],
        ['revision-not-bumped', 'warning', 'not-raised', null],
      ]);
      expect((JSON.parse(json.stdout) as { changes: { receiptDays?: unknown }[] }).changes[0]!.receiptDays).toEqual(
        days,
      );
      const en = await run(['--lang', 'en', base, revision]);
      expect(en.stdout).toContain(
        `working days against calendar days: the new limit is longer for receipts on ${days.longer} of 500 working days, shorter on ${days.shorter}\n`,
      );
    },
  );

  it('names the limit overrun before and the one overrun now, with how far each was overrun', async () => {
    // 9 h of steps: over 1 working day by 1 h; under "trong ngày", late on every working day, at worst by 8 h 59 min,
    // 1 working day 59 minutes as lint says it.
    const [before, after] = [at('same-day', 'base.yaml'), at('same-day', 'revision.yaml')];
    const en = await run(['--lang', 'en', before, after, '--fail-on', 'breaking']);
    expect(en).toMatchObject({ code: 1, stderr: '' });
    expect(en.stdout).toContain(
      '  breaking  Time limit: 1 working day → same day  already over the time limit of 1 working day before, now over the same-day time limit by more: before, by 1 working hour; now, late for receipts on 251 of 251 working days, at worst by 1 working day 59 minutes: late on the same share of days, later at worst\n',
    );
    const vi = await run([before, after]);
    expect(vi.stdout).toContain(
      '  nghiêm trọng  Thời hạn giải quyết: 1 ngày làm việc → trong ngày  đã vượt thời hạn giải quyết 1 ngày làm việc từ trước, nay vượt thời hạn giải quyết trong ngày nhiều hơn: trước vượt 1 giờ làm việc, nay trễ hạn với hồ sơ tiếp nhận vào 251/251 ngày làm việc, chậm nhất muộn 1 ngày 59 phút làm việc: tỉ lệ ngày trễ hạn như cũ, chậm nhất muộn hơn\n',
    );
    const json = await run([before, after, '--format', 'json']);
    expect(judged(json.stdout)[0]).toEqual(['time-limit-changed', 'breaking', 'over-limit-grew', 'trong ngày']);
  });

  it('says by how much the steps now overrun a limit cut below them', async () => {
    const [before, after] = [at('limit-cut', 'base.yaml'), at('limit-cut', 'revision.yaml')];
    const vi = await run([before, after, '--fail-on', 'breaking']);
    expect(vi).toMatchObject({ code: 1, stderr: '' });
    expect(vi.stdout).toContain(
      '  nghiêm trọng  Thời hạn giải quyết: 3 ngày làm việc → 2 ngày làm việc  -1 ngày làm việc (-8 giờ)  nay vượt thời hạn giải quyết 2 ngày làm việc là 0,25 ngày làm việc (2 giờ)\n',
    );
    const json = await run([before, after, '--format', 'json']);
    expect(judged(json.stdout)[0]).toEqual(['time-limit-changed', 'breaking', 'over-limit', '2d']);
  });

  it('words the overrun as lint words it for the same procedure, in Vietnamese and English', async () => {
    const [before, after] = [at('limit-cut', 'base.yaml'), at('limit-cut', 'revision.yaml')];
    for (const [lang, lintOver, diffOver] of [
      ['vi', / là (.+): B1 → B2/, 'nay vượt thời hạn giải quyết 2 ngày làm việc là '],
      ['en', / by (.+): B1 → B2/, 'now over the time limit of 2 working days by '],
    ] as const) {
      const lint = await runCli(['lint', '--lang', lang, after], { cwd: FIXTURES });
      const over = lintOver.exec(lint.stdout)?.[1];
      expect(over).toBe(lang === 'vi' ? '0,25 ngày làm việc (2 giờ)' : '0.25 working days (2 h)');
      const diff = await run(['--lang', lang, before, after]);
      expect(diff.stdout).toContain(`${diffOver}${over}\n`);
    }
  });
});

describe('procmap diff of sides whose working days differ in length', () => {
  const [base, revision] = [at('working-day', 'base'), at('working-day', 'revision')];

  it('says the working day once, limits in days by their count, and a total longer in days as longer', async () => {
    const vi = await run([base, revision, '--fail-on', 'breaking']);
    expect(vi).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Ngày làm việc: 8 giờ → 7 giờ (mỗi bên tính theo ngày làm việc của mình)\n\n' +
        `QT-TEST-02 Thủ tục thử lịch làm việc (${join(revision, 'p.yaml')})\n` +
        '  thông tin     Thời hạn giải quyết: 15 ngày làm việc → 10 ngày làm việc  -5 ngày làm việc  ngắn hơn\n' +
        '  cảnh báo      Tổng thời gian (đường găng): 2,25 ngày làm việc (18 giờ) → 2,43 ngày làm việc (17 giờ)  +0,18 ngày làm việc, -1 giờ làm việc  dài hơn tính theo ngày làm việc do ngày làm việc ngắn lại, dù số giờ làm việc không tăng\n' +
        '  cảnh báo      Chưa ghi nhận lần ban hành: 1 → 1  nội dung thay đổi nhưng lần ban hành không tăng\n\n' +
        '1 quy trình thay đổi: 0 nghiêm trọng, 2 cảnh báo, 1 thông tin\n',
    });
    const md = await run(['--lang', 'en', base, revision, '--format', 'markdown']);
    expect(md.stdout).toContain('\n\nWorking day: 8 h → 7 h (each side counted in its own)\n\n| Level |');
    expect(md.stdout).toContain(
      '| 10 working days | -5 working days | shorter |\n' +
        '| ⚠️ warning | `QT-TEST-02` | Total time (critical path) | 2.25 working days (18 h) | 2.43 working days (17 h) | +0.18 working days, -1 working hour | longer in working days, as the working day is shorter, though not in working hours |\n',
    );
    const json = await run([base, revision, '--format', 'json']);
    const report = JSON.parse(json.stdout) as {
      changes: { kind: string; level: string; reason: string; delta: unknown }[];
      workingDay: unknown;
    };
    expect(report.workingDay).toEqual({ before: 8, after: 7 });
    expect(report.changes.slice(0, 2).map((c) => [c.kind, c.level, c.reason, c.delta])).toEqual([
      ['time-limit-changed', 'info', 'shorter', { hours: -50, days: -5 }],
      ['total-changed', 'warning', 'longer-in-days', { hours: -1, days: 0.18 }],
    ]);
  });
});
