import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { documentHtml } from '../helpers/cli-doc-html.js';
import { ROOT } from '../helpers/cli.js';
import { FIXTURES, testRule } from '../helpers/rule-tester.js';
import { loadFile } from '../../src/model/load.js';

const SPACE = (line: number) =>
  `Line ${line} has a line break from Word (Shift+Enter), U+000B, in a text of one line; it prints as a space: write a space instead`;
const LINE = (line: number, what = 'a line break from Word (Shift+Enter), U+000B') =>
  `Line ${line} has ${what}; it prints as a space: start a new line of the text instead`;
const PAGE = 'a page break from Word (Ctrl+Enter), U+000C';
const CONTROL = (line: number, code: string) =>
  `Line ${line} has a control character, U+${code}, which prints nothing: delete it`;

const PASTED = (line: number, code: string, char: string) =>
  `Line ${line} has a control character, U+${code}, left by a paste from Windows where it stood for ${char}: write ${char} instead`;

testRule('control-characters', {
  'invalid-escaped.yaml': [
    {
      line: 2,
      column: 17,
      endColumn: 19,
      message: SPACE(2),
      vi: 'Dòng 2 có dấu xuống dòng của Word (Shift+Enter), U+000B, trong nội dung chỉ có một dòng; ký tự này được in thành dấu cách: hãy viết dấu cách thay cho nó',
    },
    {
      line: 2,
      column: 23,
      endColumn: 27,
      message: CONTROL(2, '0001'),
      vi: 'Dòng 2 có ký tự điều khiển U+0001, không in ra được: hãy xoá ký tự này',
    },
    { line: 7, column: 22, message: SPACE(7) },
    { line: 10, column: 21, message: SPACE(10) },
    { line: 13, column: 45, message: LINE(13) },
    { line: 13, column: 64, message: LINE(13, PAGE) },
    { line: 14, column: 20, message: CONTROL(14, '007F') },
    { line: 14, column: 25, endColumn: 31, message: LINE(14) },
  ],
  'invalid-raw.yaml': [
    { line: 2, column: 16, endColumn: 17, message: SPACE(2) },
    { line: 10, column: 20, message: CONTROL(10, '0007') },
    { line: 14, column: 33, message: LINE(14) },
    { line: 16, column: 16, message: LINE(16, PAGE) },
  ],
  'invalid-windows-1252.yaml': [
    {
      line: 3,
      column: 22,
      endColumn: 23,
      message: PASTED(3, '0093', '“'),
      vi: 'Dòng 3 có ký tự điều khiển U+0093, sót lại khi dán từ Windows thay cho dấu “: hãy viết “ thay cho nó',
    },
    { line: 3, column: 26, message: PASTED(3, '0094', '”') },
    { line: 3, column: 28, message: PASTED(3, '0096', '–') },
    { line: 8, column: 30, endColumn: 34, message: PASTED(8, '0092', '’') },
    { line: 8, column: 35, endColumn: 39, message: CONTROL(8, '0081') },
    {
      line: 11,
      column: 21,
      endColumn: 23,
      message:
        'Line 11 has a next-line character, U+0085, in a text of one line; it prints as a space: write a space instead',
    },
    {
      line: 15,
      column: 33,
      message: 'Line 15 has a next-line character, U+0085; it prints as a space: start a new line of the text instead',
    },
  ],
});

const fixture = (name: string) => join(ROOT, FIXTURES, 'control-characters', name);
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe('procmap lint --fix on control characters', () => {
  it('writes a space in a one-line text, a new line in a text of lines, drops the others, and no control character', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-controls-'));
    copyFileSync(fixture('invalid-escaped.yaml'), join(dir, 'escaped.yaml'));
    copyFileSync(fixture('invalid-raw.yaml'), join(dir, 'raw.yaml'));
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toBe('procmap: fixed 8 problems in escaped.yaml\nprocmap: fixed 4 problems in raw.yaml\n');
    expect(fixed.stdout).toBe('✔ 2 files checked, no problems\n');
    const escaped = readFileSync(join(dir, 'escaped.yaml'), 'utf8');
    const raw = readFileSync(join(dir, 'raw.yaml'), 'utf8');
    expect(escaped + raw).not.toMatch(CONTROLS);
    // The escapes alone are replaced: the rest of the double-quoted text stays as written (`\uFFFE` too).
    expect(escaped).toContain('title: "Cấp giấy phép thử <b>&amp; ]]> \\uFFFE"\n');
    expect(escaped).toContain('  A: { name: "Bộ phận Một cửa", single_window: true }\n');
    expect(escaped).toContain('description: "Kiểm tra thành phần hồ sơ,\\n  ghi sổ theo dõi\\nvà chuyển bước sau"\n');
    expect(escaped).toContain('purpose: "Quy trình \\nthử"\n');
    const data = loadFile('raw.yaml', readFileSync(join(dir, 'raw.yaml'))).data as Record<string, unknown>;
    expect(data.title).toBe('Cấp giấy phép thử');
    expect(data.scope).toBe('Phạm vi\náp dụng');
    expect((data.steps as Record<string, string>[])[0]).toMatchObject({
      name: 'Tiếp nhận hồ sơ',
      description: 'Kiểm tra thành phần hồ sơ,\nghi sổ theo dõi\nvà chuyển bước sau\n',
    });
  });
});

describe('procmap lint --fix on characters pasted from Windows-1252', () => {
  it('writes the quotes and dashes they stood for, a line for U+0085, and drops the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-controls-1252-'));
    copyFileSync(fixture('invalid-windows-1252.yaml'), join(dir, 'a.yaml'));
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'a.yaml'], { cwd: dir });
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.stderr).toBe('procmap: fixed 5 problems in a.yaml\n');
    const text = readFileSync(join(dir, 'a.yaml'), 'utf8');
    expect(text).not.toMatch(CONTROLS);
    expect(text).toContain('title: Cấp giấy phép “thử” – mới\n');
    expect(text).toContain('  A: { name: "Bộ phận Một cửa’s", single_window: true }\n');
    expect(text).toContain('    name: "Tiếp nhận hồ sơ"\n');
    const data = loadFile('a.yaml', readFileSync(join(dir, 'a.yaml'))).data as Record<string, unknown>;
    expect((data.steps as Record<string, string>[])[0]!.description).toBe(
      'Kiểm tra thành phần hồ sơ,\nghi sổ theo dõi\n',
    );
  });
});

describe('outputs of a text with control characters, before it is fixed', () => {
  it('prints Word’s line break as a space and drops the others in HTML, Markdown, BPMN and the chart: no words merged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-controls-out-'));
    copyFileSync(fixture('invalid-escaped.yaml'), join(dir, 'a.yaml'));
    // The Markdown as the command writes it; the HTML from the same templates without the Chromium that draws its
    // chart (cli-doc-html.ts, about 5 s a launch): the chart's words are the Mermaid source's, checked below.
    const doc = await runCli(['doc', '--lang', 'en', '-f', 'md', '-o', 'doc', 'a.yaml'], { cwd: dir });
    expect(doc.stderr).toBe('');
    expect(doc.code).toBe(0);
    const bpmn = await runCli(['export', '--lang', 'en', '-f', 'bpmn', '-o', 'bpmn', 'a.yaml'], { cwd: dir });
    expect(bpmn.stderr).toBe('');
    expect(bpmn.code).toBe(0);
    const chart = await runCli(['flowchart', '--lang', 'en', '-f', 'mmd', '-o', 'chart', 'a.yaml'], { cwd: dir });
    expect(chart.stderr).toBe('');
    expect(chart.code).toBe(0);
    const outputs = [
      await documentHtml(join(dir, 'a.yaml'), 'en'),
      ...['doc/QT-CTL-01.md', 'bpmn/QT-CTL-01.bpmn', 'chart/QT-CTL-01.flowchart.mmd'].map((file) =>
        readFileSync(join(dir, file), 'utf8'),
      ),
    ];
    for (const text of outputs) {
      expect(text).not.toMatch(CONTROLS);
      expect(text).toContain('Cấp giấy phép thử');
      expect(text).toContain('Tiếp nhận hồ sơ');
      expect(text).toContain('Bộ phận Một cửa');
    }
  });
});
