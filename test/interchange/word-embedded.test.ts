import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Programs that make a Word file from a web page (a procedure downloaded from a portal as .docx) embed the page whole
// (w:altChunk): Word converts it when it opens the file, and the body holds no paragraph of its own.
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function embeddedPage(): Promise<string> {
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:altChunk r:id="htmlChunk"/><w:sectPr/></w:body></w:document>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="htmlChunk" Type="${R}/aFChunk" Target="/word/afchunk.htm"/></Relationships>`,
  );
  zip.file(
    'word/afchunk.htm',
    '<html><body><p>QUY TRÌNH</p><p>Đăng ký khai sinh</p><p>Thời hạn giải quyết: 03 ngày làm việc</p></body></html>',
  );
  const file = join(mkdtempSync(join(tmpdir(), 'procmap-embedded-')), 'thu-tuc.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

describe('procmap import of a Word file that embeds a web page', () => {
  it('says the text is an embedded page and to save the file in Word, in both languages, writing nothing', async () => {
    const file = await embeddedPage();
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-embedded-')), 'out');
    const en = await runCli(['import', '--lang', 'en', file, '-o', out]);
    expect(en.stderr.split(file).join('F')).toBe(
      'procmap: F: no procedure title found: the document holds its text as a web page (or another document) embedded in it, as programs that make Word files from a web page write them, which Word converts only when it opens the file: open it in Word, save it (File > Save As, Word Document .docx), and import the saved file\n',
    );
    expect(en.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
    expect(en.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const vi = await runCli(['import', file, '-o', out]);
    expect(vi.stderr).toContain(
      'không tìm thấy tên quy trình: tài liệu chứa nội dung dưới dạng một trang web (hoặc một tài liệu khác) nhúng bên trong, như các chương trình tạo tệp Word từ trang web vẫn ghi, mà Word chỉ chuyển đổi khi mở tệp: hãy mở tệp bằng Word, lưu lại (Tệp > Lưu thành, Tài liệu Word .docx), rồi nhập tệp đã lưu\n',
    );
  });
});
