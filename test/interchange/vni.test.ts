import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vniWords } from '../../src/model/vni-text.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Written by fixtures/make-shown-text.mjs: Vietnamese typed in VNI-Times, a VNI font.
const FIXTURES = join(ROOT, 'test/interchange/fixtures');
const CONVERT_EN =
  'is Vietnamese typed in the old VNI encoding, with a font such as VNI-Times, and would be read as other letters: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "VNI Windows" to "Unicode": copy the text, convert the clipboard, paste it back), set a Unicode font such as Times New Roman, and import it again';
const CONVERT_VI =
  'là chữ Việt gõ bằng bảng mã VNI cũ, với phông như VNI-Times, và sẽ bị đọc thành chữ khác: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "VNI Windows", đích "Unicode": sao chép văn bản, chuyển mã clipboard, dán lại), chọn phông Unicode như Times New Roman, rồi nhập lại';

const importOf = (file: string, lang = 'en') =>
  runCli(['import', '--lang', lang, file, '-o', mkdtempSync(join(tmpdir(), 'procmap-vni-'))], { cwd: FIXTURES });

describe('import refuses text typed in a VNI font, as it refuses TCVN3 text', () => {
  it.each([
    ['quy-trinh-vni.docx', 'table 2, row 2, column 2: "Tieáp nhaän hoà sô"'],
    ['quy-trinh-vni.xlsx', 'sheet "Danh mục", cell C2: "Caáp giaáy pheùp xaây döïng"'],
    ['danh-muc-vni.csv', 'cell C2: "Chöùng thöïc baûn sao töø baûn chính"'],
  ])('%s: names the text, where it is, and how to convert it; exit 1, nothing written', async (file, where) => {
    const run = await importOf(file);
    expect(run.stderr).toBe(`procmap: ${file}: ${where} ${CONVERT_EN}\n`);
    expect(run.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
    expect(run.code).toBe(1);
  });

  it('says it in Vietnamese', async () => {
    const run = await importOf('quy-trinh-vni.xlsx', 'vi');
    expect(run.stderr).toBe(
      `procmap: quy-trinh-vni.xlsx: trang tính "Danh mục", ô C2: "Caáp giaáy pheùp xaây döïng" ${CONVERT_VI}\n`,
    );
    expect(run.stdout).toBe('đã nhập 0, bỏ qua 0, không đọc được 1 tệp\n');
    expect(run.code).toBe(1);
  });

  it('counts the words of VNI letter pairs', () => {
    expect(vniWords('Chöùng thöïc baûn sao')).toBe(3);
    expect(vniWords('Thuû tuïc haønh chính')).toBe(2);
    expect(vniWords('Caáp giaáy pheùp')).toBe(3);
    expect(vniWords('COÂNG CHÖÙC TÖ PHAÙP')).toBe(3);
  });

  it('finds no VNI word in Vietnamese, French, English, German or other text', () => {
    for (const text of [
      // Vietnamese in Unicode, the tone on the first vowel as older text writes it ("hoà", "hoá") and on the second.
      'Cấp giấy xác nhận thử nghiệm; Công chức Tư pháp – Hộ tịch; Chứng thực bản sao từ bản chính; Thủ tục hành chính',
      'Hoà giải, văn hoá, trì hoãn, toà án, khoá học, tuỳ, quý, thuê, xuân, quà, quá, Huế, Thuý, Hoàng, Toàn, giàu',
      'HOÀ GIẢI, VĂN HOÁ, TOÀ ÁN, QUÁ HẠN, Chí, Lê, Hà, Mão, Yên, Chuyên, khuê, Hoè, Tuân, Phòng, Thái, Châu',
      'Đây là chữ Việt Unicode có dấu: ăn, ơn, ưng, đúng, được, người, việc, giải quyết, ngày làm việc',
      '« Procédure d’État » : délai, Noël, garçon, naïve, Île-de-France, ÉTAT CIVIL, où, goût, août, coût',
      'aéroport, Israël, Raphaël, Haïti, maïs, égoïste, héroïque, ambiguïté, Emmaüs, qu’il eût été, Loïc, stoïque',
      'The applicant files the form at the one-stop desk; the result is returned within 3 working days.',
      'Straße, Köln, Müller, Größe, schön, Bär, Äpfel, Öl, über, Fräulein, Gebäude, Käse, Täuschung, Föhn',
      'Raúl aún está en España, año, baúl, leído; saúde, ações, põe, pães, João, não, mãe; veïna, traduït',
      'Søren, Ærø, Blåbær, Køge, Ødegaard, Brønnøysund, Tromsø',
    ])
      expect(vniWords(text), text).toBe(0);
    // A pair in one word may be a name: a text is refused from two words on.
    expect(vniWords('Buøy')).toBe(1);
  });
});
