import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vniWords } from '../../src/model/vni-text.js';
import { ROOT } from '../helpers/cli.js';
import { importFrom } from '../helpers/import-run.js';

// Written by fixtures/make-shown-text.mjs: Vietnamese typed in VNI-Times, a VNI font.
const FIXTURES = join(ROOT, 'test/interchange/fixtures');
const importInto = (file: string, lang = 'en') => importFrom(FIXTURES, ['--effective', '2026-01-01', file], lang);
const READ_EN = 'typed in the old VNI encoding (a font such as VNI-Times) read as Vietnamese in Unicode';
const ADVICE_EN = 'set a Unicode font such as Times New Roman in the file from now on';

describe('import reads text typed in a VNI font as the Unicode text it shows, as it reads TCVN3 text', () => {
  it.each([
    [
      'quy-trinh-vni.xlsx',
      `repaired     quy-trinh-vni.xlsx: 2 cells (C2, D2) ${READ_EN} ("Caáp giaáy pheùp xaây döïng" is "Cấp giấy phép xây dựng"); ${ADVICE_EN}\n`,
      'QT-TEST-06.yaml',
      ['title: Cấp giấy phép xây dựng', 'time_limit: 15 ngày làm việc'],
    ],
    // "Trong ngaøy" has one VNI word, a name's pair alone; read as VNI once C2 showed the file is VNI.
    [
      'danh-muc-vni.csv',
      `repaired     danh-muc-vni.csv: 2 cells (C2, D2) ${READ_EN} ("Chöùng thöïc baûn sao töø baûn chính" is "Chứng thực bản sao từ bản chính"); ${ADVICE_EN}\n`,
      'QT-TEST-07.yaml',
      ['title: Chứng thực bản sao từ bản chính', 'time_limit: Trong ngày'],
    ],
  ])('%s: reads the cells, says so once, and writes Unicode', async (file, note, written, lines) => {
    const run = await importInto(file);
    expect(run.stdout.startsWith(note), run.stdout).toBe(true);
    expect(run.stdout.split(READ_EN).length).toBe(2);
    expect(run.stdout.endsWith('1 imported, 0 skipped\n')).toBe(true);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const yaml = readFileSync(join(run.out, written), 'utf8');
    for (const line of lines) expect(yaml).toContain(line);
  });

  it('reads a step table pasted from a VNI-Times document', async () => {
    const run = await importInto('quy-trinh-vni.docx');
    // The 6 cells of the two steps' task, body and time, typed in VNI-Times (make-shown-text.mjs).
    expect(run.stdout).toContain(
      `6 paragraphs or table cells ${READ_EN} ("Tieáp nhaän hoà sô" is "Tiếp nhận hồ sơ"); ${ADVICE_EN}\n`,
    );
    expect(run.code).toBe(0);
    const yaml = readFileSync(join(run.out, 'QT-TEST-05.yaml'), 'utf8');
    for (const line of ['Tiếp nhận hồ sơ', 'Thẩm định hồ sơ', 'Bộ phận một cửa', 'Công chức Tư pháp – Hộ tịch'])
      expect(yaml).toContain(line);
  });

  it('says it in Vietnamese', async () => {
    const run = await importInto('quy-trinh-vni.xlsx', 'vi');
    expect(run.stdout).toContain(
      'sửa chữ      quy-trinh-vni.xlsx: đã đọc 2 ô (C2, D2) gõ bằng bảng mã VNI cũ (phông như VNI-Times) thành chữ Việt Unicode ("Caáp giaáy pheùp xaây döïng" là "Cấp giấy phép xây dựng"); từ nay hãy dùng phông Unicode như Times New Roman trong tệp\n',
    );
    expect(run.code).toBe(0);
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
