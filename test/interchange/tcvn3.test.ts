import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellName } from '../../src/interchange/legacy-text.js';
import { tcvn3Words } from '../../src/model/tcvn3-text.js';
import { ROOT } from '../helpers/cli.js';
import { importFrom } from '../helpers/import-run.js';

// Written by fixtures/make-shown-text.mjs: Vietnamese typed in .VnTime, a TCVN3 (ABC) font.
const FIXTURES = join(ROOT, 'test/interchange/fixtures');
const importInto = (file: string, lang = 'en') => importFrom(FIXTURES, ['--effective', '2026-01-01', file], lang);
const READ_EN = 'typed in the old TCVN3 (ABC) encoding (a font such as .VnTime) read as Vietnamese in Unicode';
const ADVICE_EN = 'set a Unicode font such as Times New Roman in the file from now on';

describe('import reads text typed in a TCVN3 font as the Unicode text it shows, as lint --fix does', () => {
  it.each([
    // A catalog typed in .VnTime: both cells of the row, named; once for the file.
    [
      'quy-trinh-tcvn3.xlsx',
      `repaired     quy-trinh-tcvn3.xlsx: 2 cells (C2, D2) ${READ_EN} ("CÊp giÊy x¸c nhËn thö nghiÖm" is "Cấp giấy xác nhận thử nghiệm"); ${ADVICE_EN}\n`,
      'QT-TEST-03.yaml',
      ['title: Cấp giấy xác nhận thử nghiệm', 'time_limit: 03 ngày làm việc'],
    ],
    // Saved as "CSV UTF-8": "Trong ngµy" has one TCVN3 word, read so as the rest.
    [
      'danh-muc-tcvn3.csv',
      `repaired     danh-muc-tcvn3.csv: 2 cells (C2, D2) ${READ_EN} ("Chøng thùc b¶n sao tõ b¶n chÝnh" is "Chứng thực bản sao từ bản chính"); ${ADVICE_EN}\n`,
      'QT-TEST-04.yaml',
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

  it('reads a step table pasted from a .VnTime document, "ư" (a soft hyphen in TCVN3) kept', async () => {
    const run = await importInto('quy-trinh-tcvn3.docx');
    // The 6 cells of the two steps' task, body and time, typed in .VnTime (make-shown-text.mjs).
    expect(run.stdout).toContain(
      `6 paragraphs or table cells ${READ_EN} ("TiÕp nhËn hå s¬" is "Tiếp nhận hồ sơ"); ${ADVICE_EN}\n`,
    );
    expect(run.code).toBe(0);
    const yaml = readFileSync(join(run.out, 'QT-TEST-02.yaml'), 'utf8');
    for (const line of ['Tiếp nhận hồ sơ', 'Thẩm định hồ sơ', 'Bộ phận một cửa', 'Công chức Tư pháp – Hộ tịch'])
      expect(yaml).toContain(line);
    expect(yaml).not.toMatch(/[µ¸¶·¹«¬Ê]/u);
  });

  it('says it in Vietnamese', async () => {
    const run = await importInto('quy-trinh-tcvn3.xlsx', 'vi');
    expect(run.stdout).toContain(
      'sửa chữ      quy-trinh-tcvn3.xlsx: đã đọc 2 ô (C2, D2) gõ bằng bảng mã TCVN3 (ABC) cũ (phông như .VnTime) thành chữ Việt Unicode ("CÊp giÊy x¸c nhËn thö nghiÖm" là "Cấp giấy xác nhận thử nghiệm"); từ nay hãy dùng phông Unicode như Times New Roman trong tệp\n',
    );
    expect(run.code).toBe(0);
  });

  it('reads an old document whose every line is .VnTime: what it lacks is said, not its letters', async () => {
    const run = await importInto('ghi-chu-tcvn3.docx');
    expect(run.stderr).toBe(
      'procmap: ghi-chu-tcvn3.docx: no procedure title found: an ISO document names it after "QUY TRÌNH" at its head, or on a line "Tên thủ tục: …"\n',
    );
    expect(run.code).toBe(1);
  });

  it.each([
    [
      'en',
      'procmap: danh-muc-tcvn3-nua-chuyen.csv: cell C2: "Chứng thực b¶n sao tõ b¶n chÝnh" holds Vietnamese typed in Unicode and in the old TCVN3 (ABC) encoding (a font such as .VnTime) together, and procmap cannot tell for sure what was typed: write the text again in a Unicode font such as Times New Roman, and import it again\n',
      '0 imported, 0 skipped, 1 file unreadable\n',
    ],
    [
      'vi',
      'procmap: danh-muc-tcvn3-nua-chuyen.csv: ô C2: "Chứng thực b¶n sao tõ b¶n chÝnh" có cả chữ Việt Unicode lẫn chữ gõ bằng bảng mã TCVN3 (ABC) cũ (phông như .VnTime), procmap không biết chắc chữ gốc: hãy gõ lại chữ này bằng phông Unicode như Times New Roman, rồi nhập lại\n',
      'đã nhập 0, bỏ qua 0, không đọc được 1 tệp\n',
    ],
  ])('refuses a cell half converted, naming it (%s); nothing written', async (lang, stderr, stdout) => {
    const run = await importInto('danh-muc-tcvn3-nua-chuyen.csv', lang);
    expect(run.stderr).toBe(stderr);
    expect(run.stdout).toBe(stdout);
    expect(run.code).toBe(1);
    expect(readdirSync(run.out)).toEqual([]);
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
