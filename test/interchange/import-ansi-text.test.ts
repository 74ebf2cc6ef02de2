import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Text of a UTF-8 file opened as ANSI and saved again ("CÃ´ng an xÃ£") in a workbook or a CSV file was refused as
// typed in TCVN3, with Unikey's TCVN3 converter to run, which garbles it further (lint says "ANSI"); a cell alone
// below TCVN3's count was imported as it stood. Its bytes are all there: it is read as written and said. Fixtures
// written by ansi-text/make-files.mjs.
const DIR = join(ROOT, 'test/interchange/fixtures/ansi-text');

async function imported(file: string, lang: 'en' | 'vi') {
  const out = mkdtempSync(join(tmpdir(), 'procmap-ansi-text-'));
  const run = await runCli(['import', '--lang', lang, file, '-o', out], { cwd: DIR });
  return { run, yaml: (name: string) => readFileSync(join(out, name), 'utf8') };
}

describe('procmap import: text of a UTF-8 file opened as ANSI', () => {
  it('is read as written in a workbook, and the report names its cells', async () => {
    const { run, yaml } = await imported('danh-muc-ansi.xlsx', 'en');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n')[0]).toBe(
      'repaired     danh-muc-ansi.xlsx: sheet "Danh mục": 5 cells (C2, D2, E2, C3, D3) held text of a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, each Vietnamese letter having become two or three others: read as written ("ÄÄƒng kÃ½ khai sinh" is "Đăng ký khai sinh"); correct the text in the file, or take the file again from its UTF-8 original',
    );
    const birth = yaml('1.001193.yaml');
    expect(birth).toContain('title: Đăng ký khai sinh\n');
    expect(birth).toContain('agency: Công an xã\n');
    expect(birth).toContain('time_limit: 03 ngày làm việc\n');
    // Read as ISO-8859-1 rather than Windows-1252: "Ä\u0083" for "ă", every byte still there.
    expect(yaml('1.000894.yaml')).toContain('title: Đăng ký kết hôn\n');
  });

  it('is read as written in a CSV file saved again as UTF-8, its header too, in Vietnamese', async () => {
    const { run, yaml } = await imported('danh-muc-ansi.csv', 'vi');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n')[0]).toBe(
      'sửa chữ      danh-muc-ansi.csv: 8 ô (B1, C1, D1, E1, F1, C2, D2, E2) chứa chữ của tệp UTF-8 đã bị mở dạng ANSI (Windows-1252) rồi lưu lại, mỗi chữ Việt có dấu thành hai, ba ký tự khác: đã đọc lại đúng chữ ("MÃ£ thá»§ tá»¥c" là "Mã thủ tục"); hãy sửa lại chữ trong tệp, hoặc lấy lại bản gốc UTF-8 của tệp',
    );
    expect(yaml('1.001193.yaml')).toContain('agency: Công an xã\n');
  });

  it('is read as written in a Word document, an optional hyphen among its bytes, and said under the procedure', async () => {
    const { run, yaml } = await imported('quy-trinh-ansi.docx', 'en');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^imported {5}\S+\/QT-HT-01\.yaml {2}← quy-trinh-ansi\.docx \(Đăng ký khai sinh\)$/u),
      // The title's cell: "QUY TRÌNH" typed right, the title under it pasted garbled; the line changed is quoted.
      '               4 texts of the document held text of a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, each Vietnamese letter having become two or three others: read as written ("ÄÄƒng kÃ½ khai sinh" is "Đăng ký khai sinh"); correct the text in the document, or take it again from its UTF-8 original',
    ]);
    const text = yaml('QT-HT-01.yaml');
    expect(text).toContain('title: Đăng ký khai sinh\n');
    // "nhậ" is "nháº" and the optional hyphen Word saved for the byte 0xAD.
    expect(text).toContain('name: Tiếp nhận hồ sơ\n');
    expect(text).toContain('name: Bộ phận Một cửa\n');
  });
});
