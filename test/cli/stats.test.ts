import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

describe('procmap stats', () => {
  it('summarises the bundled catalog as JSON', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'procedures', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const stats = JSON.parse(result.stdout);
    expect(stats.procedures).toBeGreaterThanOrEqual(12);
    expect(stats.byLevel).toHaveProperty('province');
    expect(stats.byLevel).toHaveProperty('commune');
    expect(stats.fourOnTheSpot.count).toBeGreaterThan(0);
    expect(stats.withinLimit.over).toBe(0);
    expect(stats.leastSlack.length).toBe(10);
  });

  it('speaks Vietnamese with --lang vi', async () => {
    const result = await runCli(['stats', 'procedures', '--lang', 'vi']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Bộ quy trình: \d+ quy trình\n/);
    expect(result.stdout).toContain('4 tại chỗ: ');
  });

  it('says "none" for a catalog whose every file has errors, instead of empty lists', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'test/fixtures/broken/tabs.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'Catalog: 0 procedures\nNot counted: 1 file with errors (each error is listed below the summary); fix them and run again:\n  test/fixtures/broken/tabs.yaml  not read as a procedure\nBy level: none\n',
    );
    expect(result.stdout).toContain('By agency:\n  none\n\nBy field:\n  none\n');
    expect(result.stderr).toContain('tabs.yaml');
    const vi = await runCli(['stats', '--lang', 'vi', 'test/fixtures/broken/tabs.yaml']);
    expect(vi.stdout).toContain('Theo cấp: không có\n');
    // Band names line up, the longest included; the procedures without a share named as the verdicts line names them.
    expect(vi.stdout).toContain('  ≤ 25%                       0\n');
    expect(vi.stdout).toContain('  Không so được với thời hạn  0\n');
  });

  it('counts a procedure over its limit as over, the figure a director reads, and still reports its error', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'test/fixtures/stats-over', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('over.yaml');
    expect(result.stderr).toContain('within-time-limit');
    const stats = JSON.parse(result.stdout);
    expect(stats.procedures).toBe(2);
    expect(stats.withinLimit).toEqual({ within: 1, over: 1, notComparable: 0, draft: 0 });
  });

  it("counts as over a procedure lint finds over a channel's shorter limit or a same-day limit", async () => {
    const result = await runCli(['stats', '--lang', 'vi', 'test/fixtures/stats-over-other-limits']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('online-over.yaml');
    expect(result.stderr).toContain('same-day-over.yaml');
    expect(result.stdout).toContain('Trong thời hạn: 1 · vượt thời hạn: 2 · không so được với thời hạn');
    expect(result.stdout).toMatch(/\n {2}> 100% +█+ 2\n/);
    // Measured against the channel's limit, which it overruns, not the procedure's 8 days.
    expect(result.stdout).toMatch(/QT-ONLINE +vượt 2 ngày làm việc +tổng 7 \/ thời hạn 5 ngày làm việc \(trực tuyến\)/);
  });

  it('lists a procedure over a same-day or date-dependent limit as over, by how much, before those on their limit', async () => {
    const dir = 'test/fixtures/stats-least-slack';
    const vi = await runCli(['stats', '--lang', 'vi', dir]);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain('online-same-day.yaml');
    expect(vi.stderr).toContain('step-same-day.yaml');
    const rows = (text: string) => text.split('\n').filter((line) => line.startsWith('  QT-'));
    // Over the online channel's same-day limit by the worst receipt's 3 h 59 min, as lint says; not "dự phòng 0". The
    // same-day step's worst receipt is late by a whole day, "1 ngày làm việc (8 giờ)" as lint and `time` say it.
    expect(rows(vi.stdout)).toEqual([
      '  QT-STEP-SAMEDAY    vượt 1 ngày làm việc (8 giờ)  thời hạn 2 ngày làm việc                                Quy trình có bước trong ngày',
      '  QT-ONLINE-SAMEDAY  vượt 3 giờ 59 phút làm việc   tổng 4 giờ làm việc / thời hạn trong ngày (trực tuyến)  Quy trình trả trong ngày khi nộp trực tuyến',
      '  QT-ON              dự phòng 0 ngày làm việc      tổng 2 / thời hạn 2 ngày làm việc                       Quy trình vừa đúng thời hạn',
    ]);
    const en = await runCli(['stats', '--lang', 'en', dir]);
    expect(rows(en.stdout)).toEqual([
      '  QT-STEP-SAMEDAY    over by 1 working day (8 h)         limit 2 working days                             Quy trình có bước trong ngày',
      '  QT-ONLINE-SAMEDAY  over by 3 working hours 59 minutes  total 4 working hours / limit same day (online)  Quy trình trả trong ngày khi nộp trực tuyến',
      '  QT-ON              slack 0 working days                total 2 / limit 2 working days                   Quy trình vừa đúng thời hạn',
    ]);
    // JSON says the same: over, by a negative slack, against the channel's limit as written.
    const json = await runCli(['stats', '--lang', 'en', dir, '--format', 'json']);
    const least = JSON.parse(json.stdout).leastSlack;
    expect(least.map((p: { id: string }) => p.id)).toEqual(['QT-STEP-SAMEDAY', 'QT-ONLINE-SAMEDAY', 'QT-ON']);
    expect(least[0]).toMatchObject({ withinLimit: false, slack: { hours: -8, days: -1 } });
    expect(least[0]).not.toHaveProperty('limitChannel');
    expect(least[1]).toMatchObject({
      withinLimit: false,
      // 3 h 59 min, in hours to two decimals as every JSON report and the workbook give them.
      slack: { hours: -3.98, days: -0.5 },
      limitChannel: 'online',
      channelLimit: 'trong ngày',
    });
    expect(least[1]).not.toHaveProperty('limit');
    expect(least[2]).toMatchObject({ withinLimit: true, slack: { hours: 0 } });
  });

  it('gives a channel’s own limit in JSON as `time` does: the short form, the law’s tail apart', async () => {
    const dir = 'test/fixtures/stats-channel-note';
    const json = await runCli(['stats', dir, '--format', 'json']);
    expect([json.code, json.stderr]).toEqual([0, '']);
    const [listed] = JSON.parse(json.stdout).leastSlack;
    expect(listed).toMatchObject({
      timeLimit: '06 ngày làm việc',
      limitChannel: 'online',
      channelLimit: '4d',
      channelLimitNote: 'kể từ khi nhận đủ hồ sơ',
      limit: { hours: 32, days: 4 },
    });
    const [channel] = JSON.parse((await runCli(['time', dir, '--format', 'json'])).stdout).procedures[0].channel_limits;
    expect([listed.channelLimit, listed.channelLimitNote]).toEqual([channel.time_limit, channel.time_limit_note]);
    // The text keeps the limit as the file writes it.
    const text = await runCli(['stats', dir, '--lang', 'vi']);
    expect(text.stdout).toContain('tổng 3 / thời hạn 4 ngày làm việc (trực tuyến)');
  });

  it("lints with the catalog's config: a rule turned off there reports nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-stats-config-'));
    cpSync(join(ROOT, 'test/fixtures/stats-over'), dir, { recursive: true });
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  within-time-limit: "off"\n');
    const result = await runCli(['stats', '--lang', 'en', dir, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).withinLimit).toEqual({ within: 1, over: 1, notComparable: 0, draft: 0 });
  });

  it('leaves broken files out of the figures, lists them on stderr and exits 1', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'test/fixtures/broken', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).procedures).toBe(0);
    expect(result.stderr).toContain('Line 4 is indented with Tabs');
  });

  it('lists in the JSON the files its figures leave out, and why, but not a procedure counted as over', async () => {
    const dir = 'test/fixtures/stats-left-out';
    const result = await runCli(['stats', '--lang', 'en', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    const stats = JSON.parse(result.stdout);
    expect(stats.procedures).toBe(2);
    expect(stats.leftOut).toEqual([
      { file: `${dir}/broken.yaml`, reason: 'invalid', rules: ['parse'] },
      {
        file: `${dir}/wrong-step.yaml`,
        id: 'QT-SAI-BUOC',
        title: 'Quy trình chuyển sang bước không có',
        reason: 'errors',
        rules: ['known-step'],
      },
    ]);
    expect(result.stderr).toContain(`${dir}/wrong-step.yaml\n  8:68  error  Next step "B9" does not exist`);
    const clean = await runCli(['stats', '--lang', 'en', 'test/fixtures/stats-over', '--format', 'json']);
    expect(JSON.parse(clean.stdout).leftOut).toEqual([]);
  });

  it('names in the text report the files its figures leave out, as a report saved without its stderr must', async () => {
    const dir = 'test/fixtures/stats-left-out';
    const vi = await runCli(['stats', '--lang', 'vi', dir]);
    expect(vi.code).toBe(1);
    // 4 files: broken.yaml does not parse, wrong-step.yaml names a step it lacks; ok.yaml and over.yaml are counted.
    expect(vi.stdout).toMatch(
      /^Bộ quy trình: 2 quy trình\nChưa tính 2 tệp có lỗi \(lỗi của từng tệp được nêu sau bản tóm tắt\); sửa các lỗi rồi chạy lại:\n {2}test\/fixtures\/stats-left-out\/broken\.yaml {2}không đọc được thành quy trình\n {2}test\/fixtures\/stats-left-out\/wrong-step\.yaml {2}QT-SAI-BUOC\nTheo cấp: /,
    );
    expect(vi.stderr).toContain(`${dir}/wrong-step.yaml\n  8:68  lỗi`);
    const en = await runCli(['stats', '--lang', 'en', dir]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      'Not counted: 2 files with errors (each error is listed below the summary); fix them and run again:\n',
    );
    expect(en.stderr).toContain(`${dir}/broken.yaml`);
    // A catalog without errors reads as it always has.
    const clean = await runCli(['stats', '--lang', 'en', 'test/fixtures/stats-over']);
    expect(clean.stdout).not.toContain('Not counted');
  });

  it('names as many least-slack procedures as --top says', async () => {
    const result = await runCli(['stats', '--lang', 'en', 'procedures', '--format', 'json', '--top', ' 3 ']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).leastSlack.length).toBe(3);
  });

  // Each was read as something else: "abc", "0" and "" as 10, "-1" as 1; none is a count of procedures.
  it.each(['abc', '0', '-1', '', '1.5', '2x', '1e1'])(
    'refuses --top "%s" with exit 2, in both languages',
    async (top) => {
      expect(await runCli(['stats', '--lang', 'en', 'procedures', '--top', top])).toEqual({
        code: 2,
        stdout: '',
        stderr: `procmap: --top takes a whole number from 1, such as 10, not "${top}"\n`,
      });
      expect(await runCli(['stats', '--lang', 'vi', 'procedures', '--top', top])).toEqual({
        code: 2,
        stdout: '',
        stderr: `procmap: --top nhận một số nguyên từ 1 trở lên, ví dụ 10, không phải "${top}"\n`,
      });
    },
  );
});
