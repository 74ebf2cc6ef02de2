import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellName } from '../../src/interchange/legacy-text.js';
import { tcvn3Words } from '../../src/model/tcvn3-text.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Written by fixtures/make-shown-text.mjs: Vietnamese typed in .VnTime, a TCVN3 (ABC) font.
const FIXTURES = join(ROOT, 'test/interchange/fixtures');
const CONVERT_EN =
  'is Vietnamese typed in the old TCVN3 (ABC) encoding, with a font such as .VnTime, and would be read as other letters: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "TCVN3 (ABC)" to "Unicode": copy the text, convert the clipboard, paste it back), set a Unicode font such as Times New Roman, and import it again';
const CONVERT_VI =
  'là chữ Việt gõ bằng bảng mã TCVN3 (ABC) cũ, với phông như .VnTime, và sẽ bị đọc thành chữ khác: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "TCVN3 (ABC)", đích "Unicode": sao chép văn bản, chuyển mã clipboard, dán lại), chọn phông Unicode như Times New Roman, rồi nhập lại';

const importOf = (file: string, lang = 'en') =>
  runCli(['import', '--lang', lang, file, '-o', mkdtempSync(join(tmpdir(), 'procmap-tcvn3-'))], { cwd: FIXTURES });

describe('import refuses text typed in a TCVN3 font, as it refuses a CSV file in a legacy encoding', () => {
  it.each([
    // A step table pasted from an old document into a new one.
    ['quy-trinh-tcvn3.docx', 'table 2, row 2, column 2: "TiÕp nhËn hå s¬"'],
    ['ghi-chu-tcvn3.docx', 'a paragraph: "5.4. Thêi gian gi¶i quyÕt"'],
    ['quy-trinh-tcvn3.xlsx', 'sheet "Danh mục", cell C2: "CÊp giÊy x¸c nhËn thö nghiÖm"'],
    // Saved as "CSV UTF-8": no byte of it is out of place, only its letters.
    ['danh-muc-tcvn3.csv', 'cell C2: "Chøng thùc b¶n sao tõ b¶n chÝnh"'],
  ])('%s: names the text, where it is, and how to convert it; exit 1, nothing written', async (file, where) => {
    const run = await importOf(file);
    expect(run.stderr).toBe(`procmap: ${file}: ${where} ${CONVERT_EN}\n`);
    expect(run.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
    expect(run.code).toBe(1);
  });

  it.each([
    ['quy-trinh-tcvn3.docx', 'bảng 2, dòng 2, cột 2: "TiÕp nhËn hå s¬"'],
    ['ghi-chu-tcvn3.docx', 'một đoạn văn: "5.4. Thêi gian gi¶i quyÕt"'],
    ['quy-trinh-tcvn3.xlsx', 'trang tính "Danh mục", ô C2: "CÊp giÊy x¸c nhËn thö nghiÖm"'],
  ])('%s: says it in Vietnamese', async (file, where) => {
    const run = await importOf(file, 'vi');
    expect(run.stderr).toBe(`procmap: ${file}: ${where} ${CONVERT_VI}\n`);
    expect(run.stdout).toBe('đã nhập 0, bỏ qua 0, không đọc được 1 tệp\n');
    expect(run.code).toBe(1);
  });

  it('counts the words of TCVN3 letters, and none in Vietnamese, French or English text', () => {
    expect(tcvn3Words('CÊp giÊy x¸c nhËn thö nghiÖm')).toBe(5);
    expect(tcvn3Words('C«ng chøc T\u00ad ph¸p – Hé tÞch')).toBe(3);
    expect(tcvn3Words('1,5 ngµy lµm viÖc')).toBe(3);
    for (const text of [
      'Cấp giấy xác nhận thử nghiệm; Công chức Tư pháp – Hộ tịch; Ký duyệt; CÔNG AN XÃ; Chí; có; là',
      '« Procédure d’État » : délai, Noël, garçon, naïve, Île-de-France, ÉTAT CIVIL, «citation»',
      'Microsoft® Word®, 25 m², Nº 5, 1ª, 3×4, Straße, Köln, ¿Qué? Señor, re\u00adview, µm, 25°C, § 3',
      // A word with a Unicode Vietnamese letter is Unicode, whatever else it has.
      'Bước·một',
    ])
      expect(tcvn3Words(text), text).toBe(0);
  });

  it('names cells as a spreadsheet does', () => {
    expect([cellName(0, 0), cellName(1, 2), cellName(11, 25), cellName(0, 26), cellName(4, 701)]).toEqual([
      'A1',
      'C2',
      'Z12',
      'AA1',
      'ZZ5',
    ]);
  });
});
