import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Written by test/fixtures/ontime/legacy-fonts/make.mjs.
const DIR = 'test/fixtures/ontime/legacy-fonts';
const CATALOG = 'test/fixtures/ontime/catalog';
const AS_OF = ['--as-of', '2026-05-08 09:00'];

const TCVN3_EN =
  'is Vietnamese typed in the old TCVN3 (ABC) encoding, with a font such as .VnTime, and would be read as other letters: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "TCVN3 (ABC)" to "Unicode": copy the text, convert the clipboard, paste it back), set a Unicode font such as Times New Roman, and run the command again';
const VNI_EN =
  'is Vietnamese typed in the old VNI encoding, with a font such as VNI-Times, and would be read as other letters: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "VNI Windows" to "Unicode": copy the text, convert the clipboard, paste it back), set a Unicode font such as Times New Roman, and run the command again';
const VNI_VI =
  'là chữ Việt gõ bằng bảng mã VNI cũ, với phông như VNI-Times, và sẽ bị đọc thành chữ khác: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "VNI Windows", đích "Unicode": sao chép văn bản, chuyển mã clipboard, dán lại), chọn phông Unicode như Times New Roman, rồi chạy lại lệnh';
// The last line of stderr when a dossier file is refused: no report is written, not even an empty one, since the
// refused file's dossiers are not measured in its other letters.
const noReportEn = (file: string): string =>
  `procmap: no report written: the dossier file "${file}" could not be read (see above), and a report without its dossiers would give wrong figures. Fix it, or leave it out of the command, and run again\n`;
const noReportVi = (file: string): string =>
  `procmap: không ghi báo cáo vì không đọc được 1 tệp hồ sơ: "${file}" (lỗi nêu trên); báo cáo thiếu hồ sơ của tệp đó sẽ cho số liệu sai. Hãy sửa tệp đó, hoặc bỏ nó khỏi lệnh, rồi chạy lại\n`;

const measure = (file: string, lang = 'en') =>
  runCli(['ontime', `${DIR}/${file}`, '--catalog', CATALOG, ...AS_OF, '--lang', lang]);

describe('procmap ontime refuses dossier texts typed in a TCVN3 or VNI font, as import does', () => {
  it.each([
    ['tcvn3.xlsx', `sheet "Hồ sơ", cell C2: "Chøng thùc b¶n sao tõ b¶n chÝnh" ${TCVN3_EN}`],
    ['vni.xlsx', `sheet "Hồ sơ", cell C2: "Chöùng thöïc baûn sao töø baûn chính" ${VNI_EN}`],
    // Saved as "CSV UTF-8": no byte out of place, only its letters.
    ['vni.csv', `cell C2: "Chöùng thöïc baûn sao töø baûn chính" ${VNI_EN}`],
    // The first record is Unicode; the second, on line 3, is not.
    ['vni.json', `line 3, "tenTTHC": "Chöùng thöïc baûn sao töø baûn chính" ${VNI_EN}`],
  ])('%s: names the text, where it is, and how to convert it; exit 1, nothing measured', async (file, said) => {
    const run = await measure(file);
    expect(run.stderr).toBe(`${DIR}/${file}: ${said}\n${noReportEn(`${DIR}/${file}`)}`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });

  it('says it in Vietnamese', async () => {
    const run = await measure('vni.xlsx', 'vi');
    expect(run.stderr).toBe(
      `${DIR}/vni.xlsx: trang tính "Hồ sơ", ô C2: "Chöùng thöïc baûn sao töø baûn chính" ${VNI_VI}\n` +
        noReportVi(`${DIR}/vni.xlsx`),
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });
});

describe('procmap ontime says how to save a file in another encoding for its kind', () => {
  it('a JSON export not in UTF-8 is told to be exported or saved again as UTF-8, not as a spreadsheet CSV', async () => {
    const en = await measure('windows-1258.json');
    expect(en.stderr).toBe(
      `${DIR}/windows-1258.json: not UTF-8 text: export it again from the software as UTF-8, or open it in Notepad and save it with the encoding "UTF-8"\n` +
        noReportEn(`${DIR}/windows-1258.json`),
    );
    expect(en.stdout).toBe('');
    expect(en.code).toBe(1);
    const vi = await measure('windows-1258.json', 'vi');
    expect(vi.stderr).toBe(
      `${DIR}/windows-1258.json: không phải văn bản UTF-8: hãy xuất lại tệp từ phần mềm dạng UTF-8, hoặc mở bằng Notepad rồi lưu lại với bảng mã (Encoding) "UTF-8"\n` +
        noReportVi(`${DIR}/windows-1258.json`),
    );
    expect(vi.stdout).toBe('');
    expect(vi.code).toBe(1);
  });
});
