import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { siteSummary } from '../helpers/cli-site-summary.js';

// A step table's bare "06 ngày" under a limit that says its own days, where the two readings of the steps' days give
// two verdicts (docs/rules/ambiguous-days.md). Files pasted from a "Quyết định công bố" annex.
const DIR = 'test/cli/fixtures/bare-days/reverse';

describe('bare step days under "15 ngày lịch": within as calendar days, over as working days', () => {
  const file = join(DIR, 'calendar-limit.yaml');

  it('lint: no error on a guess, the first step’s question says which reading is over', async () => {
    const result = await runCli(['lint', '--lang', 'en', file]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).not.toContain('within-time-limit');
    const exceed = result.stdout.split('\n').filter((line) => line.includes('exceed'));
    expect(exceed).toEqual([
      '  19:15  warning  "01 ngày" can mean 1 working day (the usual meaning in step tables) or 1 calendar day (the ' +
        'meaning in law, which procmap uses until told): write "01 ngày làm việc" or "01 ngày lịch"; read as working ' +
        'days the steps exceed the limit, read as calendar days they do not  ambiguous-days',
    ]);
  });

  it('time: both readings, not "Đạt"', async () => {
    const result = await runCli(['time', file]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).not.toContain('Đạt');
    expect(result.stdout).toContain(
      '\nThời gian các bước ("01 ngày", "06 ngày", "02 ngày", "01 ngày") không ghi rõ ngày làm việc hay ngày lịch: ' +
        'hiểu là ngày lịch (procmap đang tính theo thời hạn) thì các bước không vượt thời hạn; hiểu là ngày làm việc ' +
        'thì vượt. Hãy ghi rõ "… ngày làm việc" hoặc "… ngày lịch"\n',
    );
    const json = await runCli(['time', '--format', 'json', file]);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    expect(json.stdout).toContain('"within_limit": null');
    expect(json.stdout).not.toContain('"within_limit": true');
  });

  it('build’s pages: 5.4 says it is not settled; the summary counts it not comparable', async () => {
    // What build writes, without a build (it starts Chromium to draw the flowchart): its Markdown document is doc's,
    // byte for byte; its summary's figures are those stats counts, in the page siteSummary renders as build does.
    const out = mkdtempSync(join(tmpdir(), 'procmap-bare-reverse-'));
    const result = await runCli(['doc', file, '-f', 'md', '-o', out]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const doc = readFileSync(join(out, 'QT-SVHTTDL-DL-03.md'), 'utf8');
    expect(doc).toContain(
      '**Chưa kết luận được: thời gian một số bước không ghi rõ ngày làm việc hay ngày lịch; hiểu là ngày lịch thì ' +
        'đạt với mọi thời điểm tiếp nhận đã thử từ 15/01/2026 đến 14/01/2027 (một năm từ ngày hiệu lực), hiểu là ngày ' +
        'làm việc thì vượt;',
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

describe('bare step days under "20 ngày làm việc": over as working days (procmap’s reading), within as calendar days', () => {
  const file = join(DIR, 'working-limit.yaml');

  it('lint: the error stands on the longer reading, and the step’s question says the other is within', async () => {
    const result = await runCli(['lint', '--lang', 'en', file]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toContain(
      '  9:13   error    Critical path takes 21 working days (168 h), over the time limit of 20 working days (160 h) ' +
        'by 1 working day (8 h): 1 → 2 → 3 → 4  within-time-limit',
    );
    expect(result.stdout).toContain(
      'write "15 ngày làm việc" or "15 ngày lịch"; read as working days the steps exceed the limit, read as calendar ' +
        'days they do not  ambiguous-days',
    );
  });

  it('time: the overrun, then the other reading', async () => {
    const result = await runCli(['time', '--lang', 'en', file]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      'Total on the critical path: 21 working days (168 h), OVER the limit by 1 working day (8 h)\nThe steps’ bare ' +
        'days ("15 ngày") do not say working or calendar days: read as working days the steps exceed the limit; read ' +
        'as calendar days they do not. Write each as "… ngày làm việc" or "… ngày lịch"\n',
    );
  });
});
