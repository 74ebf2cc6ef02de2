import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A Word document an officer made by hand (fixtures/import-words/make-word.mjs): import took "Bản sao: 01" for a
// count it could not read, cut a step's name broken over two lines in two, wrote the officer's "04 giờ làm việc" as
// 4h, and passed over a section and an annex it does not read without a word.
const FIXTURES = join(ROOT, 'test/interchange/fixtures/import-words');

async function imported(lang: 'en' | 'vi') {
  const out = mkdtempSync(join(tmpdir(), 'procmap-import-words-'));
  const run = await runCli(['import', '--lang', lang, 'qt-tu-phap.docx', '-o', out], { cwd: FIXTURES });
  return { run, yaml: readFileSync(join(out, 'QT-HT-31.yaml'), 'utf8') };
}

describe('procmap import: a dossier count labelled with its kind', () => {
  it('reads "Bản chính: 01", "Bản sao: 01", "bản sao (02)" and "01 (bản sao)" as the officer meant', async () => {
    const { run, yaml } = await imported('en');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(yaml).toContain(
      'dossier:\n' +
        '  - name: Tờ khai đăng ký khai sinh\n' +
        '    form: Mẫu 01\n' +
        '    originals: 1\n' +
        '  - name: Giấy chứng sinh\n' +
        '    copies: 1\n' +
        '  - name: Giấy tờ tùy thân của người đi đăng ký\n' +
        '    copies: 2\n' +
        '  - name: Văn bản ủy quyền\n' +
        '    copies: 1\n',
    );
  });
});

describe('procmap import: a step name broken over two lines of its cell', () => {
  it('joins a second line in lower case to the name, and keeps a detail line under a dash as the description', async () => {
    const { yaml } = await imported('en');
    expect(yaml).toContain('    name: Thẩm định hồ sơ, trình lãnh đạo phê duyệt\n');
    expect(yaml).not.toContain('description: phê duyệt');
    expect(yaml).toContain(
      '    name: Tiếp nhận hồ sơ\n    body: BPMC\n    duration: 04 giờ làm việc\n' +
        '    description: "- Kiểm tra thành phần hồ sơ, lập Giấy tiếp nhận"\n',
    );
  });
});

describe("procmap import: a step's time in the officer's words", () => {
  it('keeps "04 giờ làm việc" as written, and "1 giờ làm việc" too: the document is no one procmap wrote', async () => {
    const { yaml } = await imported('en');
    expect(yaml).toContain('time_limit: 03 ngày làm việc\n');
    expect(yaml).toContain('    duration: 01 ngày làm việc\n');
    expect(yaml).not.toContain('duration: 4h');
    expect(yaml).toContain('    name: Trả kết quả\n    body: BPMC\n    duration: 1 giờ làm việc\n');
  });
});

describe('procmap import: a section of a Word document it does not read', () => {
  it('names the section and the annex, where they are and how many paragraphs to copy, in English', async () => {
    const { run } = await imported('en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '               section "7. LƯU Ý KHI THỰC HIỆN" (paragraph 15) not imported: procmap does not read such a section; copy its 2 paragraphs into the file by hand\n' +
        '               section "PHỤ LỤC" (paragraph 18) not imported: procmap does not read such a section; copy its 1 paragraph into the file by hand\n',
    );
    // The annex's form, laid out as a table with no numbered rows, is named too.
    expect(run.stdout).toContain(
      '               table 3 (UBND XÃ AN BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc): procmap does not read such a table; its rows are kept in the note\n',
    );
  });

  it('says so in Vietnamese by default', async () => {
    const { run } = await imported('vi');
    expect(run.stdout).toContain(
      '               mục «7. LƯU Ý KHI THỰC HIỆN» (đoạn 15) không được nhập: procmap không đọc loại mục này; hãy chép 2 đoạn của mục vào tệp bằng tay\n',
    );
  });
});
