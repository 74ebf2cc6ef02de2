import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';

const CATALOG = 'test/cli/fixtures/flowchart-catalog';
const DECISION = 'test/render/fixtures/flowchart/decision.yaml';
const OVER_LIMIT = 'test/render/fixtures/flowchart/multi-body.yaml';
const NO_BROWSER = { PROCMAP_CHROME: '/nonexistent' };

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-flowchart-'));
}

// In-process (test/helpers/run-cli.ts): the formats that need no browser and the errors found before one is
// looked for. Chromium's formats, drawn by the binary, are in flowchart-browser.test.ts.
describe('procmap flowchart (CLI)', () => {
  it('writes Mermaid source and Markdown without a browser', async () => {
    const out = outDir();
    const result = await runCli(
      ['flowchart', DECISION, '--format', 'mmd', '--format', 'md', '-o', join(out, 'new', 'dir')],
      { env: NO_BROWSER },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const dir = join(out, 'new', 'dir');
    expect(result.stdout).toBe(`${join(dir, 'FX-DECISION.flowchart.md')}\n${join(dir, 'FX-DECISION.flowchart.mmd')}\n`);
    expect(readFileSync(join(dir, 'FX-DECISION.flowchart.mmd'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'test/render/__golden__/decision.mmd'), 'utf8'),
    );
    expect(readFileSync(join(dir, 'FX-DECISION.flowchart.md'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'test/render/__golden__/decision.md'), 'utf8'),
    );
  });

  it('labels in English with --lang en', async () => {
    const out = outDir();
    expect((await runCli(['flowchart', DECISION, '--format', 'mmd', '--lang', 'en', '-o', out])).code).toBe(0);
    const source = readFileSync(join(out, 'FX-DECISION.flowchart.mmd'), 'utf8');
    expect(source).toContain('n1["2. Xác minh tình trạng hôn nhân<br/>1.5 working days"]');
    expect(source).toContain(
      'summary["• Critical path (red): 2.75 working days (22 h)<br/>• Time limit: 3 working days (24 h)<br/>• Within the limit, 0.25 working days (2 h) to spare"]',
    );
    expect(source).toContain('s0(["Start"])');
  });

  it.each(['vi', 'en'] as const)(
    "words the summary's total, limit and verdict as the ISO document prints them, days with their hours (%s)",
    async (lang) => {
      const out = outDir();
      const chart = await runCli(['flowchart', OVER_LIMIT, '--format', 'md', '--lang', lang, '-o', out]);
      const doc = await runCli(['doc', OVER_LIMIT, '--format', 'md', '--lang', lang, '-o', out]);
      expect([chart.code, doc.code, chart.stderr, doc.stderr]).toEqual([0, 0, '', '']);
      const summary = readFileSync(join(out, 'FX-MULTI.flowchart.md'), 'utf8').split('\n')[2];
      const document = readFileSync(join(out, 'FX-MULTI.md'), 'utf8');
      const [total, limit, over] =
        lang === 'vi'
          ? ['7 ngày làm việc (56 giờ)', '4 ngày làm việc (32 giờ)', '3 ngày làm việc (24 giờ)']
          : ['7 working days (56 h)', '4 working days (32 h)', '3 working days (24 h)'];
      expect(document).toContain(total);
      expect(document).toContain(limit);
      expect(document).toContain(over);
      expect(summary).toBe(
        lang === 'vi'
          ? `Đường găng (đỏ): ${total} · Thời hạn: ${limit} · Vượt thời hạn giải quyết ${over}`
          : `Critical path (red): ${total} · Time limit: ${limit} · Over the limit by ${over}`,
      );
      // The verdict is the document's own sentence (5.4, in bold), word for word, not a shorter one of the chart's.
      expect(document).toContain(`**${summary?.split(' · ').at(-1)}**`);
    },
  );

  it('exits 2 without writing anything when svg is asked for and the named browser is missing', async () => {
    const out = outDir();
    const result = await runCli(['flowchart', DECISION, '--format', 'mmd,svg', '--lang', 'en', '-o', out], {
      env: NO_BROWSER,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^procmap: PROCMAP_CHROME is "\/nonexistent", which is not an executable file\. SVG, PNG and PDF charts are drawn by a browser; the mmd and md formats need none\. Install one .*apt-get install chromium-headless-shell.*executable\.\n$/,
    );
    expect(result.stdout).toBe('');
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 2 without writing anything when svg is asked for and the browser stops as it starts', async () => {
    const out = outDir();
    const result = await runCli(['flowchart', DECISION, '--format', 'mmd,svg', '--lang', 'en', '-o', out], {
      env: { PROCMAP_CHROME: '/bin/false' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^procmap: The browser "\/bin\/false" stopped as it started\. Check that it runs: /);
    expect(result.stdout).toBe('');
    // Before, the Mermaid source was written first.
    expect(readdirSync(out)).toEqual([]);
  });

  it('reports a broken file, skips it, draws the others and exits 1', async () => {
    const out = outDir();
    const result = await runCli(['flowchart', CATALOG, '--format', 'mmd', '-o', out], { env: NO_BROWSER });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('test/cli/fixtures/flowchart-catalog/broken.yaml');
    // Messages follow --lang, Vietnamese by default like the chart.
    expect(result.stderr).toMatch(/16:11\s+lỗi\s+Đơn vị "LD" chưa được khai báo.*known-body/);
    expect(readdirSync(out).sort()).toEqual([OUTPUT_RECORD, 'FX-DECISION.flowchart.mmd']);
  });

  it('reports a procedure whose dates run past 2099, skips it, draws the others and exits 1', async () => {
    const out = outDir();
    const late = 'test/fixtures/time/range-effective/hieu-luc-2099.yaml';
    const result = await runCli(['flowchart', '--lang', 'en', late, DECISION, '--format', 'mmd', '-o', out], {
      now: '2026-12-08T09:00:00+07:00',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${late}\n  10:13  error  The time limit cannot be checked for receipts from 01/06/2099 to 31/05/2100 (a year from the effective date): procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; the count from 2099 runs into 2100; did you mean 2029? Write that year, or a date whose count ends by 31/12/2099  calendar\n\n✖ 1 problem (1 error, 0 warnings)\n`,
    );
    expect(readdirSync(out).sort()).toEqual([OUTPUT_RECORD, 'FX-DECISION.flowchart.mmd']);
  });

  it('still draws a procedure over its time limit, with the overrun in the chart', async () => {
    const out = outDir();
    const result = await runCli(['flowchart', OVER_LIMIT, '--format', 'mmd', '-o', out]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, 'FX-MULTI.flowchart.mmd'), 'utf8')).toContain('Vượt thời hạn giải quyết 3 ngày');
  });

  it('judges a same-day limit over every receipt of the window, in the chart and its Markdown', async () => {
    const out = outDir();
    const file = 'procedures/xa/chung-thuc-ban-sao.yaml';
    const result = await runCli(['flowchart', file, '--format', 'mmd,md', '-o', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    for (const name of ['QT-CT-01.flowchart.mmd', 'QT-CT-01.flowchart.md']) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text).toContain(
        'Within the limit whatever the working day and hour of receipt from 15/10/2025 to 30/12/2026 (appointments ' +
          'within the years whose days off are announced)',
      );
      expect(text).not.toContain('not comparable');
    }
  });

  // 30 calendar days, judged over a year of receipts that reaches 2027, whose days off are not announced yet.
  it.each(['vi', 'en'] as const)(
    'gives the verdict of a limit that dates decide in the words of the document’s 5.4, caveat included (%s)',
    async (lang) => {
      const out = outDir();
      const file = 'procedures/tinh/cap-giay-phep-moi-truong.yaml';
      const chart = await runCli(['flowchart', file, '--format', 'mmd,md', '--lang', lang, '-o', out]);
      expect(chart.stderr).toBe('');
      expect(chart.code).toBe(0);
      const doc = await runCli(['doc', file, '--format', 'md', '--lang', lang, '-o', out]);
      expect(doc.code).toBe(0);
      const document = readFileSync(join(out, 'QT-SNNMT-MT-02.md'), 'utf8');
      const verdict = document.match(/^\*\*((?:Đạt|Within)[^*]+)\*\*$/mu)?.[1];
      expect(verdict).toContain(lang === 'vi' ? 'từ 02/03/2026 đến 01/03/2027' : 'from 02/03/2026 to 01/03/2027');
      expect(verdict).toContain(lang === 'vi' ? '; lịch nghỉ năm 2027 chưa' : '; the days off of 2027 are not');
      // The page's one-line summary ends with it word for word; the note breaks it after the verdict, before the caveat.
      const page = readFileSync(join(out, 'QT-SNNMT-MT-02.flowchart.md'), 'utf8');
      expect(page.split('\n')[2]!.split(' · ').at(-1)).toBe(verdict);
      const note = readFileSync(join(out, 'QT-SNNMT-MT-02.flowchart.mmd'), 'utf8').match(/summary\["(.*)"\]/)?.[1];
      // Each line after a bullet; the verdict's own break (before the caveat) without one.
      expect(note?.split('<br/>• ').at(-1)?.split('<br/>').join(' ')).toBe(verdict);
      expect(note?.split('<br/>').at(-1)).toMatch(lang === 'vi' ? /^lịch nghỉ năm 2027 / : /^the days off of 2027 /);
    },
  );

  it('exits 2 on an unknown format or a path that does not exist', async () => {
    const bad = await runCli(['flowchart', '--lang', 'en', DECISION, '--format', 'jpg', '-o', outDir()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('procmap: Unknown flowchart format "jpg"; use one or more of: mmd, md, svg, png, pdf\n');
    const missing = await runCli(['flowchart', '--lang', 'en', 'no/such/folder', '--format', 'mmd', '-o', outDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('procmap: Path "no/such/folder" does not exist\n');
  });

  // Both files give one code in two letter cases, each with unique-id turned off on its id line: the charts would
  // still be one file on Windows and macOS, so neither is drawn, and each file is told as lint's unique-id tells it.
  it.each([
    [
      'vi',
      'Mã hiệu "fx-decision" trùng với "FX-DECISION" của {upper} (dòng 2) nếu không phân biệt chữ hoa, chữ thường; trên Windows và macOS cả hai sẽ ghi vào cùng một tệp',
      'Mã hiệu "FX-DECISION" trùng với "fx-decision" của {lower} (dòng 2) nếu không phân biệt chữ hoa, chữ thường; trên Windows và macOS cả hai sẽ ghi vào cùng một tệp',
      '✖ 2 vấn đề (2 lỗi, 0 cảnh báo)',
      'lỗi',
    ],
    [
      'en',
      'Procedure id "fx-decision" is "FX-DECISION" of {upper} (line 2) in other letter case; both would write the same files on Windows and macOS',
      'Procedure id "FX-DECISION" is "fx-decision" of {lower} (line 2) in other letter case; both would write the same files on Windows and macOS',
      '✖ 2 problems (2 errors, 0 warnings)',
      'error',
    ],
  ])(
    'tells both files of codes differing in letter case what unique-id tells them (%s)',
    async (lang, toLower, toUpper, total, error) => {
      const out = outDir();
      const dir = 'test/cli/fixtures/flowchart-case-ids';
      const [lower, upper] = [`${dir}/lower.yaml`, `${dir}/upper.yaml`];
      const result = await runCli(['flowchart', dir, '-f', 'mmd', '-o', out, '--lang', lang], { env: NO_BROWSER });
      const name = (text: string) => text.replace('{upper}', upper).replace('{lower}', lower);
      expect(result.stderr).toBe(
        `${lower}\n  2:5  ${error}  ${name(toLower)}  unique-id\n\n` +
          `${upper}\n  2:5  ${error}  ${name(toUpper)}  unique-id\n\n${total}\n`,
      );
      expect(result.stdout).toBe('');
      expect(result.code).toBe(1);
      expect(readdirSync(out)).toEqual([]);
    },
  );
});
