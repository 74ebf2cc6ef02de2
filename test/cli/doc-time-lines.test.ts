import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { documentHtml } from '../helpers/cli-doc-html.js';
import { canonicalProcedure } from '../../src/model/lenient.js';
import { loadFile } from '../../src/model/load.js';
import { renderDocx } from '../../src/render/document/docx.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { analyseTime } from '../../src/time/analyse.js';

// A case limit (15 days for "phải xác minh"), an online limit of 8 days and a postal one of 14 that bind the
// verification path too. Until probe doc54 5.4 printed the online overrun, with every step's name, in place of the
// general verdict, then the case's line with every name again, its "Đạt" against 15 days the only green line.
const FILE = 'test/cli/fixtures/doc-time-lines/verify-channels.yaml';
function part(file: Buffer, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-time-lines-docx-'));
  writeFileSync(join(dir, 'doc.docx'), file);
  return execFileSync('unzip', ['-p', join(dir, 'doc.docx'), name], { encoding: 'utf8' });
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"></svg>';

// In order: the general limit's verdict, each channel's (its path, then its verdict), the case's.
const LINES: readonly string[] = [
  'Đạt: còn dư 2,5 ngày làm việc (20 giờ) so với thời hạn 10 ngày làm việc',
  'Trường hợp phải xác minh, hồ sơ nộp trực tuyến: tổng thời gian các bước 13,5 ngày làm việc (108 giờ); đường găng có thêm bước 2a',
  'Vượt thời hạn giải quyết 8 ngày làm việc (trực tuyến) là 5,5 ngày làm việc (44 giờ)',
  'Trường hợp phải xác minh, hồ sơ nộp qua dịch vụ bưu chính công ích: tổng thời gian các bước 13,5 ngày làm việc (108 giờ); đường găng có thêm bước 2a',
  'Đạt: còn dư 0,5 ngày làm việc (4 giờ) so với thời hạn 14 ngày làm việc (qua dịch vụ bưu chính công ích)',
  'Trường hợp phải xác minh (thời hạn 15 ngày làm việc): tổng thời gian các bước 13,5 ngày làm việc (108 giờ); đường găng có thêm bước 2a',
  'Đạt: còn dư 1,5 ngày làm việc (12 giờ) so với thời hạn',
];

describe('5.4 of a procedure with a case limit and channel limits', () => {
  it('says each limit’s verdict on its own line, the path listed once, in HTML and Markdown', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-time-lines-'));
    // The Markdown as the command writes it; the HTML's text from the same templates, without the Chromium that draws
    // its chart (cli-doc-html.ts).
    const result = await runCli(['doc', FILE, '--format', 'md', '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const html = await documentHtml(FILE);
    const section = html.slice(html.indexOf('<h3>5.4.'), html.indexOf('<h3>5.5.'));
    const lines = [...section.matchAll(/<p class="(?:verdict \w+|case-time)">([^<]*)<\/p>/g)].map((m) => m[1]);
    expect(lines).toEqual(LINES);
    // The green and red lines are the verdicts, each as its limit judges it.
    expect([...section.matchAll(/<p class="verdict (\w+)">/g)].map((m) => m[1])).toEqual(['ok', 'over', 'ok', 'ok']);
    // The steps' names once, in the table: a case's or a channel's line names its steps by number.
    expect(section.split('Xác minh nguồn gốc')).toHaveLength(1);
    expect(section.split('1. Tiếp nhận hồ sơ')).toHaveLength(2);
    const md = readFileSync(join(out, 'QT-TL.md'), 'utf8');
    expect(md).toContain(
      [
        `**${LINES[0]}**`,
        `${LINES[1]}: **${LINES[2]}**`,
        `${LINES[3]}: **${LINES[4]}**`,
        `${LINES[5]}: **${LINES[6]}**`,
      ].join('\n\n'),
    );
    // As `procmap time` judges them: the general limit first, each channel's and the case's after it.
    const time = await runCli(['time', '--lang', 'vi', FILE]);
    expect(time.code).toBe(0);
    const text = time.stdout;
    expect(text).toContain(
      'Tổng theo đường găng: 7,5 ngày làm việc (60 giờ), trong thời hạn, còn dư 2,5 ngày làm việc (20 giờ)\n',
    );
    expect(text).toContain(
      'hồ sơ nộp trực tuyến (thời hạn 8 ngày làm việc): tổng theo đường găng 13,5 ngày làm việc (108 giờ), VƯỢT thời hạn 5,5 ngày làm việc (44 giờ)',
    );
    expect(text).toContain(
      '(thời hạn 14 ngày làm việc): tổng theo đường găng 13,5 ngày làm việc (108 giờ), trong thời hạn, còn dư 0,5 ngày làm việc (4 giờ)',
    );
    expect(text).toContain(
      'Trường hợp phải xác minh (thời hạn 15 ngày làm việc): tổng theo đường găng 13,5 ngày làm việc (108 giờ), trong thời hạn, còn dư 1,5 ngày làm việc (12 giờ)',
    );
  });

  it('says the same lines in Word, the verdicts coloured as in the PDF', async () => {
    const procedure = canonicalProcedure(loadFile(FILE, readFileSync(join(ROOT, FILE))).data as never);
    const view = buildDocumentView({ procedure, analysis: analyseTime(procedure), lang: 'vi', flowchartPage: null });
    const png = { type: 'svg' as const, data: Buffer.from(SVG), fallback: Buffer.from(SVG), width: 10, height: 10 };
    const buffer = await renderDocx(view, { flowchart: png }, null);
    const word = await mammoth.extractRawText({ buffer });
    expect(word.value).toContain(LINES.join('\n\n'));
    const html = (await mammoth.convertToHtml({ buffer })).value;
    expect(html).toContain(`<strong>${LINES[0]}</strong>`);
    // Green within, red over: document.css's --ok and --over, as the PDF prints them.
    const xml = part(buffer, 'word/document.xml');
    const colour = (text: string) =>
      /<w:color w:val="(\w+)"\/>/.exec(xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf(text)), xml.indexOf(text)))?.[1];
    expect(colour(LINES[0]!)).toBe('1B5E20');
    expect(colour(LINES[2]!)).toBe('B00020');
    expect(colour(LINES[1]!)).toBeUndefined();
  });
});
