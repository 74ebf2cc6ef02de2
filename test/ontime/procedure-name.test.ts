import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planColumns } from '../../src/ontime/columns.js';
import { badRowText } from '../../src/format/ontime-labels.js';
import { fixtureProcedures, FIXTURES, measureCsv, procedureWithLimit } from './helpers.js';

describe('an export that names each procedure by its name, not its code', () => {
  // Yên Phong performs "Đăng ký kết hôn" too, with its own procedure: the agency column tells the two apart.
  const yenPhong = {
    ...procedureWithLimit('QT-HT-YP', '4h', 'ket-hon.yaml'),
    agency: 'UBND xã Yên Phong',
  };

  it('finds the procedure by its title as written, without diacritics, after "Thủ tục", and by its agency', async () => {
    const csv = readFileSync(join(FIXTURES, 'procedure-names.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00', {}, [...fixtureProcedures(), yenPhong]);
    // N1, N5, N6: chứng thực; N2: kết hôn of Kinh Bắc (its agency); N3: môi trường; N8: Yên Phong's, whose 4 working
    // hours from Mon 02/03 09:00 end at 14:30 (09:00–11:30, then 13:00–14:30), so a result on Wed 04/03 is late.
    expect(report.byProcedure.map((g) => [g.key, g.dossiers, g.late]).sort()).toEqual([
      ['QT-CT-01', 3, 0],
      ['QT-HT-02', 1, 0],
      ['QT-HT-YP', 1, 1],
      ['QT-MT-01', 1, 0],
    ]);
    expect(report.badRows.listed.map((row) => [row.row, row.reason, row.value])).toEqual([
      [5, 'unknown-procedure', 'Đăng ký khai sinh'],
      // Another mark is another word: "trưởng" does not stand for "trường".
      [8, 'unknown-procedure', 'Cấp giấy phép môi trưởng'],
      [10, 'ambiguous-title', 'Đăng ký kết hôn'],
    ]);
    const shared = report.badRows.listed[2]!;
    expect(shared.candidates).toEqual(['QT-HT-02', 'QT-HT-YP']);
    expect(badRowText(shared, 'vi')).toBe(
      'tên thủ tục "Đăng ký kết hôn" là tên của QT-HT-02, QT-HT-YP, cột cơ quan không cho biết hồ sơ này của thủ tục nào: hãy xuất kèm cột mã thủ tục hoặc mã quy trình, hoặc ghi vào cột "Cơ quan" đúng tên cơ quan thực hiện như trong thủ tục',
    );
    expect(badRowText(shared, 'en')).toBe(
      'procedure name "Đăng ký kết hôn" is the title of QT-HT-02, QT-HT-YP and the agency column does not say whose dossier this is: put the procedure code or id in the export, or write in the "Cơ quan" column the agency the procedure names',
    );
  });

  it('reads a code column over a name column, wherever each stands', () => {
    for (const headers of [
      ['Tên thủ tục', 'Mã thủ tục', 'Ngày tiếp nhận'],
      ['Mã TTHC', 'Tên TTHC', 'Ngày tiếp nhận'],
      ['Procedure name', 'Procedure code', 'Received'],
    ]) {
      expect(planColumns(headers).fields.procedure, headers.join(', ')).toBe(
        headers.findIndex((h) => /Mã|code/.test(h)),
      );
    }
    expect(planColumns(['STT', 'Tên thủ tục', 'Ngày tiếp nhận']).fields.procedure).toBe(1);
  });
});
