import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A first draft pasted from Word: a list that kept its bullets, a step line indented with no-break spaces.
function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-pasted-'));
  cpSync(join(ROOT, 'test/lenient/fixtures', name), join(dir, 'p.yaml'));
  return dir;
}

describe('procmap lint on a list pasted with its bullets', () => {
  it('warns at the first bullet, in Vietnamese by default, and reads one item a line', async () => {
    const dir = copy('pasted-bullets.yaml');
    const result = await runCli(['lint', 'p.yaml'], { cwd: dir, env: { PROCMAP_LANG: undefined } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'p.yaml\n' +
        '  7:3  cảnh báo  legal_basis được ghi thành 2 dòng bắt đầu bằng "•", procmap hiểu là 2 mục: hãy viết mỗi mục trên một dòng bắt đầu bằng "- "  bulleted-list\n' +
        '\n✖ 1 vấn đề (0 lỗi, 1 cảnh báo)\n' +
        '  0 lỗi và 1 cảnh báo có thể sửa tự động bằng tùy chọn --fix.\n',
    );
    const doc = await runCli(['doc', '--lang', 'en', '-f', 'md', '-o', 'out', 'p.yaml'], { cwd: dir });
    expect(doc.code).toBe(0);
    const page = readFileSync(join(dir, 'out', 'QT-X-01.md'), 'utf8');
    expect(page).toMatch(/^- Nghị định 23\/2015\/NĐ-CP$/m);
    expect(page).toMatch(/^- Thông tư 01\/2020\/TT-BTP$/m);
    // The flowchart's summary note starts its own lines with "• ": a pasted bullet is looked for everywhere else.
    const summary = /^\s*summary\[".*"\]:::note$/gmu;
    expect(page.match(summary) ?? []).toHaveLength(1);
    expect(page.replace(summary, '')).not.toContain('•');
  });
});

describe('procmap lint on a numbered list pasted with an item that holds ": "', () => {
  it('names the item at its line, with the list to write, and --fix writes it with that item in quotes', async () => {
    const dir = copy('pasted-numbers-colon.yaml');
    const result = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'p.yaml\n' +
        '  8:3  error  Line 8 is an item of a list pasted with its bullets ("1."), and its ": " makes YAML read a key: write each item on a line starting with "- ", this one in quotes: - "Học bạ: bản chính"  parse\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    const vi = await runCli(['lint', 'p.yaml'], { cwd: dir, env: { PROCMAP_LANG: undefined } });
    expect(vi.stdout).toContain(
      '8:3  lỗi  Dòng 8 là một mục của danh sách dán kèm dấu đầu dòng ("1."), và dấu ": " trong đó khiến YAML hiểu là tên trường: hãy viết mỗi mục trên một dòng bắt đầu bằng "- ", mục này đặt trong dấu nháy: - "Học bạ: bản chính"',
    );
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(fixed.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8').split('\n').slice(5, 9)).toEqual([
      'dossier:',
      '  - Đơn xin chuyển trường (Mẫu 01)',
      '  - "Học bạ: bản chính"',
      '  - Giấy giới thiệu chuyển trường',
    ]);
  });
});

describe('procmap lint on a list pasted with its bullets whose every item holds ": "', () => {
  // YAML reads such a list as a map, without an error: the same advice and fix as for a list with one such item.
  it("names the first item, with the list to write, and --fix writes each list, the step's too", async () => {
    const dir = copy('pasted-numbers-all-colons.yaml');
    const result = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect(result).toMatchObject({
      code: 1,
      stderr: '',
      stdout:
        'p.yaml\n' +
        '  7:3  error  Line 7 is an item of a list pasted with its bullets ("1."), and its ": " makes YAML read a key: write each item on a line starting with "- ", this one in quotes: - "Đơn xin chuyển trường: 01 bản chính"  parse\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    });
    const vi = await runCli(['lint', 'p.yaml'], { cwd: dir, env: { PROCMAP_LANG: undefined } });
    expect(vi.stdout).toContain(
      '7:3  lỗi  Dòng 7 là một mục của danh sách dán kèm dấu đầu dòng ("1."), và dấu ": " trong đó khiến YAML hiểu là tên trường: hãy viết mỗi mục trên một dòng bắt đầu bằng "- ", mục này đặt trong dấu nháy: - "Đơn xin chuyển trường: 01 bản chính"',
    );
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(fixed).toMatchObject({
      code: 0,
      stdout: '✔ 1 file checked, no problems\n',
      stderr:
        'procmap: fixed 2 problems in p.yaml: the 1 lint reports, and 1 more that only showed once those were fixed\n',
    });
    const text = readFileSync(join(dir, 'p.yaml'), 'utf8').split('\n');
    expect(text.slice(5, 8)).toEqual([
      'dossier:',
      '  - "Đơn xin chuyển trường: 01 bản chính"',
      '  - "Học bạ: 01 bản sao"',
    ]);
    expect(text.slice(15, 18)).toEqual(['    inputs:', '      - "Đơn: bản chính"', '      - "Học bạ: bản sao"']);
  });

  it("writes such a list pasted at its key's column under the key, then the cases its headings give", async () => {
    const dir = copy('pasted-bullets-all-colons-key-column.yaml');
    const result = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '  7:1  error  Line 7 is an item of a list pasted with its bullets ("•"), and its ": " makes YAML read a key: write each item on a line starting with "- ", this one in quotes: - "Trường hợp 1: Cá nhân"  parse\n',
    );
    expect(result.stdout).not.toContain('schema');
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(fixed).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' });
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8').split('\n').slice(5, 12)).toEqual([
      'dossier:',
      '  - name: Tờ khai',
      '    originals: 1',
      '    case: "Trường hợp 1: Cá nhân"',
      '  - name: Giấy phép',
      '    copies: 01 bản sao',
      '    case: "Trường hợp 2: Tổ chức"',
    ]);
  });
});

describe('procmap lint on a line indented with no-break spaces', () => {
  it('names the character at the line, column 1, in English with --lang en', async () => {
    const result = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: copy('pasted-nbsp-indent.yaml') });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'p.yaml\n' +
        '  9:1  error  Line 9 is indented with no-break spaces (NBSP, usually from text pasted from Word or a web page), which YAML does not count as spaces: replace them with ordinary spaces  parse\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
  });
});

describe('procmap lint --fix on pasted lines', () => {
  it.each([
    ['a "- " item for each bullet', 'pasted-bullets.yaml', /^ {2}• /gm, '  - '],
    ['ordinary spaces for no-break spaces', 'pasted-nbsp-indent.yaml', /\u00a0/g, ' '],
  ])('writes %s (%s), and the file lints clean', async (_, name, pasted, written) => {
    const dir = copy(name);
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.stderr).toBe('procmap: fixed 1 problem in p.yaml\n');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'test/lenient/fixtures', name), 'utf8').replace(pasted, written),
    );
  });
});

describe('procmap lint on lists pasted with their bullets that YAML stops in', () => {
  const lint = async (name: string) => {
    const dir = copy(name);
    const en = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    const vi = await runCli(['lint', 'p.yaml'], { cwd: dir, env: { PROCMAP_LANG: undefined } });
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    const again = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    return { en, vi, fixed, again, text: readFileSync(join(dir, 'p.yaml'), 'utf8') };
  };

  it('reads a comment after a bulleted item as a comment: names the list and --fix writes it, comment kept', async () => {
    const { en, vi, fixed, again, text } = await lint('pasted-bullets-comment.yaml');
    expect(en.code).toBe(1);
    expect(en.stdout).toBe(
      'p.yaml\n' +
        '  7:3  error  Lines 7–8 are a list pasted with its bullets ("•"), which YAML cannot read with a comment after an item: write each item on a line starting with "- ", e.g. - Quyết định số 1719/QĐ-TTg ngày 14/10/2021  parse\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect(vi.stdout).toContain(
      '7:3  lỗi  Dòng 7–8 là danh sách dán kèm dấu đầu dòng ("•"), YAML không đọc được khi có ghi chú (#) sau một mục: hãy viết mỗi mục trên một dòng bắt đầu bằng "- ", ví dụ - Quyết định số 1719/QĐ-TTg ngày 14/10/2021',
    );
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(again.stderr).toBe('');
    expect(text.split('\n').slice(5, 8)).toEqual([
      'legal_basis:',
      '  - Quyết định số 1719/QĐ-TTg ngày 14/10/2021  # chương trình MTQG',
      '  - Thông tư số 02/2022/TT-UBDT ngày 30/6/2022',
    ]);
  });

  it('writes a numbered list pasted at the column of its key under the key, with "- "', async () => {
    const { en, vi, fixed, text } = await lint('pasted-numbers-key-column.yaml');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '  7:1  error  Lines 7–8 are a list pasted with its bullets ("1.") at the column of "dossier", which YAML reads as new fields: write each item under "dossier", indented, on a line starting with "- ", e.g. - Đơn xin chuyển trường (Mẫu 01)  parse\n',
    );
    expect(en.stdout).not.toMatch(/Implicit keys/);
    expect(vi.stdout).toContain(
      '7:1  lỗi  Dòng 7–8 là danh sách dán kèm dấu đầu dòng ("1.") thẳng cột với "dossier", YAML hiểu là các trường mới: hãy viết mỗi mục dưới "dossier", thụt lề, trên một dòng bắt đầu bằng "- ", ví dụ - Đơn xin chuyển trường (Mẫu 01)',
    );
    expect(fixed.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(text.split('\n').slice(5, 9)).toEqual([
      'dossier:',
      '  - Đơn xin chuyển trường (Mẫu 01)',
      '  - Học bạ bản chính',
      'bodies:',
    ]);
  });

  it('writes "- " for a numbered item pasted among "- " items, in quotes when it holds ": "', async () => {
    const { en, vi, fixed, text } = await lint('pasted-number-among-dashes.yaml');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '  8:3  error  Line 8 starts with "2." among list items that start with "- ", which YAML cannot read: write "- " in its place: - "Học bạ: bản chính"  parse\n',
    );
    expect(en.stdout).not.toMatch(/mapping items/);
    expect(vi.stdout).toContain(
      '8:3  lỗi  Dòng 8 bắt đầu bằng "2." giữa các mục danh sách bắt đầu bằng "- ", YAML không đọc được: hãy viết "- " thay cho nó: - "Học bạ: bản chính"',
    );
    expect(fixed.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(text.split('\n').slice(5, 9)).toEqual([
      'dossier:',
      '  - Đơn xin chuyển trường (Mẫu 01)',
      '  - "Học bạ: bản chính"  # bản sao không nhận',
      '  - Giấy giới thiệu chuyển trường',
    ]);
  });
});

describe('procmap lint on Tabs and tables pasted from Word or Excel', () => {
  const HEAD = [
    'id: QT-P-01',
    'title: Thủ tục thử',
    'revision: 1',
    'effective: 2025-07-01',
    'time_limit: 5d',
    'bodies: { TN: { name: Bộ phận Tiếp nhận và Trả kết quả, single_window: true } }',
  ];
  const run = async (text: string, args: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-tabs-'));
    writeFileSync(join(dir, 'p.yaml'), text);
    const result = await runCli([...args, 'p.yaml'], { cwd: dir, env: { PROCMAP_LANG: undefined } });
    return { ...result, text: readFileSync(join(dir, 'p.yaml'), 'utf8') };
  };

  it('writes 2 spaces for each Tab when every indent is Tabs alone, in both languages', async () => {
    const text = [...HEAD, 'steps:', '\t- id: B1', '\t\tname: Tiếp nhận', '\t\tbody: TN', '\t\tduration: 4h', ''].join(
      '\n',
    );
    const en = await run(text, ['lint', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '  8:1  error  Line 8 is indented with Tabs, and 3 more lines, which YAML does not count as indentation: indent with spaces, 2 for each Tab  parse\n',
    );
    const vi = await run(text, ['lint']);
    expect(vi.stdout).toContain(
      '8:1  lỗi  Dòng 8 và 3 dòng khác thụt lề bằng phím Tab, YAML không tính là thụt lề: hãy thụt lề bằng dấu cách, 2 dấu cách cho mỗi Tab  parse',
    );
    const fixed = await run(text, ['lint', '--lang', 'en', '--fix']);
    expect(fixed.code).toBe(0);
    expect(fixed.text).toBe(text.replaceAll('\t\t', '    ').replaceAll('\t', '  '));
  });

  it('says how to replace a Tab among spaces, and leaves the file as it is', async () => {
    const text = [...HEAD, 'steps:', '  - id: B1', '\t  name: Tiếp nhận', '    body: TN', '    duration: 4h', ''].join(
      '\n',
    );
    const en = await run(text, ['lint', '--lang', 'en', '--fix']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '  9:1  error  Line 9 is indented with a Tab, which YAML does not count as indentation: replace each Tab with spaces, as many as put the line in line with the others of its level (2 for each level)  parse\n',
    );
    expect(en.text).toBe(text);
  });

  it('names a table pasted with its Tabs where the steps are meant, without escapes, and points to import', async () => {
    const text = [...HEAD, 'steps: |', '  TT\tNội dung\tTrách nhiệm', '  B1\tTiếp nhận hồ sơ\tTN', ''].join('\n');
    const en = await run(text, ['lint', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '  7:8  error  "steps" is a table pasted from Word or Excel (its columns split by Tabs), which procmap cannot read as a list: write each item on a line starting with "- " (a step as "- id: B1" with its name, body and duration on the lines below it), or make the procedure from the table with procmap import  schema\n',
    );
    expect(en.stdout).not.toContain('\\t');
    const vi = await run(text, ['lint']);
    expect(vi.stdout).toContain('"steps" là một bảng dán từ Word hay Excel (các cột cách nhau bằng phím Tab)');
    // Indented with Tabs, the table is first told about them; once fixed, about the table.
    const tabbed = [...HEAD, 'steps:', '\tTT\tNội dung\tTrách nhiệm', '\tB1\tTiếp nhận hồ sơ\tTN', ''].join('\n');
    const first = await run(tabbed, ['lint', '--lang', 'en']);
    expect(first.stdout).toContain('8:1  error  Line 8 is indented with Tabs, and one more line,');
  });
});

describe('procmap lint on a list item with items under it', () => {
  it('names the heading, and --fix writes it in quotes as their key, then each dossier item with its case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-heading-'));
    const lines = readFileSync(join(ROOT, 'test/lenient/fixtures/pasted-numbers-colon.yaml'), 'utf8').split('\n');
    const text = [
      ...lines.slice(0, 5),
      'dossier:',
      '  - Trường hợp 1: Cá nhân đăng ký',
      '    - Đơn đề nghị',
      '    - Giấy khai sinh',
      ...lines.slice(9),
    ].join('\n');
    writeFileSync(join(dir, 'p.yaml'), text);
    const en = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '  7:5  error  A list item with items under it is their heading, which YAML reads only when it ends with ":" and, holding ": " itself, stands in quotes: write - "Trường hợp 1: Cá nhân đăng ký":  parse\n',
    );
    expect(en.stdout).not.toMatch(/implicit/i);
    const vi = await runCli(['lint', 'p.yaml'], { cwd: dir, env: { PROCMAP_LANG: undefined } });
    expect(vi.stdout).toContain('7:5  lỗi  Mục danh sách có các mục con bên dưới là tiêu đề của chúng');
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(fixed.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8').split('\n').slice(5, 10)).toEqual([
      'dossier:',
      '  - name: Đơn đề nghị',
      '    case: "Trường hợp 1: Cá nhân đăng ký"',
      '  - name: Giấy khai sinh',
      '    case: "Trường hợp 1: Cá nhân đăng ký"',
    ]);
  });
});
