import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A step table whose own total row says 10 working days while its steps add up to 12 was imported without a word:
// a total that disagrees with its steps is the error procmap exists to catch.
const DOCX = join(ROOT, 'test/interchange/fixtures/step-total/tong-lech.docx');

describe('procmap import: a Word step table whose total row is not its steps’ sum', () => {
  it.each([
    [
      'en',
      'effective date set to the issue date ("Ngày ban hành"), 12/08/2025, as the document states no other: write "Ngày hiệu lực: …" in it, or use --effective',
      "the step table's total row says 10 ngày làm việc, but its steps add up to 12 working days (96 h): check the steps' times and the total",
      '1 imported, 0 skipped',
    ],
    [
      'vi',
      'ngày hiệu lực lấy theo ngày ban hành, 12/08/2025, vì tài liệu không ghi ngày hiệu lực: hãy ghi "Ngày hiệu lực: …" vào tài liệu, hoặc dùng --effective',
      'dòng tổng của bảng các bước ghi 10 ngày làm việc, nhưng thời gian các bước cộng lại là 12 ngày làm việc (96 giờ): hãy kiểm tra lại thời gian các bước và dòng tổng',
      undefined,
    ],
  ])(
    'names the printed total and the sum (%s), and still imports the steps',
    async (lang, effective, line, summary) => {
      const out = mkdtempSync(join(tmpdir(), 'procmap-step-total-'));
      const run = await runCli(['import', '--lang', lang, DOCX, '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines.slice(1, -1)).toEqual([`               ${effective}`, `               ${line}`]);
      if (summary) expect(lines.at(-1)).toBe(summary);
      const file = readFileSync(join(out, 'QT-05.yaml'), 'utf8');
      expect([...file.matchAll(/^ {4}duration: (.*)$/gmu)].map((m) => m[1])).toEqual([
        '0,5 ngày làm việc',
        '09 ngày làm việc',
        '02 ngày làm việc',
        '0,5 ngày làm việc',
      ]);
    },
  );
});

// procmap's own document of the bundled QT-KT-HKD-01 (procmap doc --format docx): its steps take 17 hours, which the
// total row prints "2,13 ngày làm việc (17 giờ)" (2.125 days rounded); the rounded days were compared with the exact
// sum, and the import said the total disagreed with a sum it printed in the same words.
const OWN = join(ROOT, 'test/interchange/fixtures/step-total/ho-kinh-doanh-17-gio.docx');

describe('procmap import: a total row that rounds the days of its steps', () => {
  it('says nothing of a total printed as procmap rounds it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-step-total-own-'));
    const run = await runCli(['import', '--lang', 'en', OWN, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('total row');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 imported, 0 skipped');
    expect(run.code).toBe(0);
  });
});
