import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A Word document with a paragraph of Unicode and TCVN3 words together is refused at that paragraph; it was named
// "a paragraph", which left the officer to search the document for it. Word numbers no paragraph, so it is named by
// the one before it, whose words Word's Find goes to.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const MIXED = 'Tiếp nhận hå s¬ vµ tr¶ kÕt qu¶ t¹i bé phËn mét cöa cña ñy ban nh©n d©n x·';

async function documentWith(lines: string[]): Promise<{ cwd: string; bytes: Buffer }> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file('word/document.xml', `<w:document ${W}><w:body>${lines.map(para).join('')}</w:body></w:document>`);
  const cwd = mkdtempSync(join(tmpdir(), 'procmap-word-legacy-place-'));
  const bytes = await zip.generateAsync({ type: 'nodebuffer' });
  writeFileSync(join(cwd, 'quy-trinh.docx'), bytes);
  return { cwd, bytes };
}

const TAIL_EN =
  'holds Vietnamese typed in Unicode and in the old TCVN3 (ABC) encoding (a font such as .VnTime) together, and procmap cannot tell for sure what was typed: write the text again in a Unicode font such as Times New Roman, and import it again';
const QUOTED = `"${MIXED.slice(0, 60)}…"`;

describe('import of a Word document refused for a paragraph in a legacy font says which paragraph', () => {
  it('names the paragraph by the words of the one before it, in either language, and writes nothing', async () => {
    const { cwd, bytes } = await documentWith([
      'QUY TRÌNH',
      'Đăng ký khai tử',
      '',
      'Căn cứ pháp lý',
      MIXED,
      'Thời hạn giải quyết: 03 ngày làm việc',
    ]);
    const en = await runCli(['import', '--lang', 'en', 'quy-trinh.docx', '-o', 'out'], { cwd });
    expect(en).toEqual({
      code: 1,
      stdout: '0 imported, 0 skipped, 1 file unreadable\n',
      stderr: `procmap: quy-trinh.docx: the paragraph after "Căn cứ pháp lý": ${QUOTED} ${TAIL_EN}\n`,
    });
    const vi = await runCli(['import', 'quy-trinh.docx', '-o', 'out'], { cwd, env: { PROCMAP_LANG: undefined } });
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain(`procmap: quy-trinh.docx: đoạn văn ngay sau "Căn cứ pháp lý": ${QUOTED} có cả chữ`);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    expect(readFileSync(join(cwd, 'quy-trinh.docx'))).toEqual(bytes);
  });

  it('names the first paragraph as the first, and a long one before by its first words', async () => {
    const first = await documentWith([MIXED, 'Đăng ký khai tử']);
    const run = await runCli(['import', '--lang', 'en', 'quy-trinh.docx', '-o', 'out'], { cwd: first.cwd });
    expect(run.stderr).toBe(`procmap: quy-trinh.docx: the first paragraph: ${QUOTED} ${TAIL_EN}\n`);
    const long = 'Quyết định số 123/QĐ-UBND ngày 01/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh';
    const after = await documentWith(['QUY TRÌNH', long, MIXED]);
    const again = await runCli(['import', '--lang', 'en', 'quy-trinh.docx', '-o', 'out'], { cwd: after.cwd });
    expect(again.stderr).toBe(
      `procmap: quy-trinh.docx: the paragraph after "Quyết định số 123/QĐ-UBND ngày 01/02/2026…": ${QUOTED} ${TAIL_EN}\n`,
    );
  });
});
