import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { siteSummary } from '../helpers/cli-site-summary.js';

// A step's bare "10 ngày" read one way by every command: working days under a limit in working days, as lint and
// `time` count it (docs/rules/ambiguous-days.md). Files pasted from a "Quyết định công bố" annex.
const DIR = 'test/cli/fixtures/bare-days';

/** The change lines of a text report (the procedure's heading and the summary left out). */
function lines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('  '));
}

describe('diff: a step’s bare days under a limit in working days', () => {
  it('`lint --fix` writing "10 ngày làm việc" for "10 ngày" is the same time, no CI gate fails on it', async () => {
    const result = await runCli(['diff', '--fail-on', 'warning', join(DIR, 'diff/a'), join(DIR, 'diff/b')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(result.stdout)).toEqual([
      '  thông tin     Thời gian của bước (bước 2 «Thẩm định hồ sơ, dự thảo Giấy phép»): 10 ngày → 10 ngày làm việc  ' +
        'viết lại, cùng thời gian',
      '  thông tin     Thời gian của bước (bước 3 «Phó Giám đốc Sở phụ trách ký Giấy phép»): 04 ngày → 04 ngày làm ' +
        'việc  viết lại, cùng thời gian',
    ]);
    const json = await runCli(['diff', '--format', 'json', join(DIR, 'diff/a'), join(DIR, 'diff/b')]);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    const { changes } = JSON.parse(json.stdout) as { changes: { kind: string; level: string; reason: string }[] };
    expect(changes.map((c) => `${c.kind} ${c.level} ${c.reason}`)).toEqual([
      'step-duration-changed info same-time',
      'step-duration-changed info same-time',
    ]);
  });
});

describe('import: a step’s bare days under a limit in working days', () => {
  it('reads "10 ngày" as the 80 working hours the workbook computed, and asks in lint’s words', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-bare-days-'));
    const workbook = join(out, 'catalog.xlsx');
    const exported = await runCli(['export', join(DIR, 'export'), '-f', 'xlsx', '-o', workbook]);
    expect({ code: exported.code, stderr: exported.stderr }).toEqual({ code: 0, stderr: '' });
    const imported = await runCli(['import', workbook, '-o', join(out, 'imp')]);
    expect(imported.code).toBe(0);
    const said = `${imported.stdout}${imported.stderr}`;
    expect(said).not.toContain('không khớp');
    expect(said).not.toContain('procmap đang tính theo cách này');
    expect(said).toContain(
      'trang tính "Các bước", dòng 3: ô I3 ("Thời gian") "10 ngày" ghi "ngày" không rõ loại: có thể là 10 ngày làm việc ' +
        '(đơn vị của thời hạn giải quyết, procmap đang dùng) hoặc 10 ngày lịch (cách hiểu theo luật): hãy ghi "10 ' +
        'ngày làm việc" hoặc "10 ngày lịch"',
    );
  });
});

describe('lint: a procedure’s own bare limit "15 ngày kể từ …"', () => {
  it('over it read as calendar days only: no error on a guess, the question says which reading is over', async () => {
    const result = await runCli(['lint', '--lang', 'en', join(DIR, 'limit/one-reading.yaml')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).not.toContain('within-time-limit');
    expect(result.stdout).toContain(
      'write "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" or "15 ngày lịch kể từ ngày nhận đủ hồ sơ hợp lệ"; ' +
        'read as calendar days the steps exceed it, read as working days they do not  ambiguous-days',
    );
    const vi = await runCli(['lint', join(DIR, 'limit/one-reading.yaml')]);
    expect(vi.stdout).toContain(
      '; hiểu là ngày lịch thì các bước vượt thời hạn, hiểu là ngày làm việc thì không vượt  ambiguous-days',
    );
  });

  it('over it either way: the error, at the calendar reading’s earlier due date, says so', async () => {
    const result = await runCli(['lint', '--lang', 'en', join(DIR, 'limit/both-readings.yaml')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    const errors = result.stdout.split('\n').filter((line) => line.includes('within-time-limit'));
    expect(errors).toEqual([
      '  9:13   error    The steps end after the appointment for every receipt from 15/01/2026 to 14/01/2027 (a year ' +
        'from the effective date); at worst, received Fri 13/02/2026 17:00, they end Tue 17/03/2026 11:30, 10.5 working ' +
        'days (84 h) after the appointment Mon 02/03/2026 17:00 (15 calendar days): 1 → 2 → 3 → 4. "15 ngày kể từ ngày ' +
        'nhận đủ hồ sơ hợp lệ" does not say working or calendar days: the steps exceed it either way  within-time-limit',
    ]);
    expect(result.stdout).not.toContain('they do not');
  });
});

describe('time: a step in calendar days after a period a day off moved', () => {
  it('starts where its count does: B2 ends Sunday 13/09, moved to Monday’s close; B3 counts 14–16/09', async () => {
    const file = join(DIR, 'time/ton-giao.yaml');
    const result = await runCli(['time', file, '--received', '2026-09-03 07:30']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const rows = result.stdout.split('\n').filter((line) => /^ {2}\d /.test(line));
    expect(rows[1]).toMatch(/T5 03\/09 13:00 {2}T2 14\/09 17:00$/);
    expect(rows[2]).toMatch(/T2 14\/09 07:30 {2}T4 16\/09 17:00$/);
  });
});

describe('time, build and the document: a bare limit over one reading only', () => {
  it('`time` gives both readings, the calendar one first, and says what to write', async () => {
    const result = await runCli(['time', '--lang', 'en', join(DIR, 'time/the-huong-dan-vien.yaml')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '\n"15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ" does not say working or calendar days: read as calendar days (the ' +
        'earlier due date, which procmap counts) the steps exceed it; read as working days they do not. Write "15 ' +
        'ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" or "15 ngày lịch kể từ ngày nhận đủ hồ sơ hợp lệ"\n',
    );
  });

  it('a channel’s own bare "15 ngày": `time` asks as for the procedure’s, lint reports no error on a guess', async () => {
    const file = join(DIR, 'time/channel-online.yaml');
    const result = await runCli(['time', '--lang', 'en', file]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '\n"15 ngày" does not say working or calendar days: read as calendar days (the earlier due date, which procmap ' +
        'counts) the steps exceed it (online); read as working days they do not. Write "15 ngày làm việc" or "15 ' +
        'ngày lịch"\n',
    );
    const lint = await runCli(['lint', file]);
    expect({ code: lint.code, stderr: lint.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lint.stdout).not.toContain('within-time-limit');
  });

  it('build’s pages: 5.4 says it is not settled, with both readings; the summary counts it not comparable, not over', async () => {
    // What build writes, without a build (it starts Chromium to draw the flowchart): its Markdown document is doc's,
    // byte for byte; its summary's figures are those stats counts, in the page siteSummary renders as build does.
    const file = join(DIR, 'time/the-huong-dan-vien.yaml');
    const out = mkdtempSync(join(tmpdir(), 'procmap-bare-days-'));
    const result = await runCli(['doc', file, '-f', 'md', '-o', out]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const doc = readFileSync(join(out, 'QT-SVHTTDL-DL-02.md'), 'utf8');
    expect(doc).toContain(
      '**Chưa kết luận được: thời hạn không ghi rõ ngày làm việc hay ngày lịch; hiểu là ngày lịch thì vượt với hồ sơ ' +
        'tiếp nhận vào 10/250 ngày làm việc đã thử từ 15/01/2026 đến 14/01/2027 (một năm từ ngày hiệu lực), hiểu là ' +
        'ngày làm việc thì đạt;',
    );
    const stats = await runCli(['stats', file]);
    expect([stats.code, stats.stderr]).toEqual([0, '']);
    expect(stats.stdout).toContain('Trong thời hạn: 0 · vượt thời hạn: 0 · không so được với thời hạn: 1\n');
    const summary = siteSummary(file)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(summary).toContain('0 Vượt thời hạn 1 Không so được với thời hạn');
  });
});
