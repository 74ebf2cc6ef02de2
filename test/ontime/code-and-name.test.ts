import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badRowText } from '../../src/format/ontime-labels.js';
import { planColumns } from '../../src/ontime/columns.js';
import { fixtureProcedures, FIXTURES, measureCsv, procedureWithLimit } from './helpers.js';

describe('an export with a code column and a name column that name two procedures', () => {
  // Yên Phong performs "Đăng ký kết hôn" too, with its own procedure (no code): a title two procedures share.
  const yenPhong = { ...procedureWithLimit('QT-HT-YP', '4h', 'ket-hon.yaml'), agency: 'UBND xã Yên Phong' };
  const csv = readFileSync(join(FIXTURES, 'code-and-name.csv'), 'utf8');

  it("sets aside a row whose name is another procedure's title, counts the rest against the code, and finds a row without its code by its name", async () => {
    const { report } = await measureCsv(csv, '2026-03-31 17:00', {}, [...fixtureProcedures(), yenPhong]);
    // C1: the code's own title; C3: a shortened name that names nothing; C4: no name. C8: the title QT-HT-02 shares
    // with Yên Phong's procedure, QT-HT-02 among them.
    // C9: no code, its name the title of QT-MT-01 (30 calendar days): found by the name. C10: no code, a shortened
    // name that is no title: without its procedure, as before.
    expect(report.byProcedure.map((g) => [g.key, g.dossiers]).sort()).toEqual([
      ['QT-CT-01', 3],
      ['QT-HT-02', 1],
      ['QT-MT-01', 1],
    ]);
    expect(
      report.badRows.listed.map((row) => [row.row, row.reason, row.value, row.procedureName, row.codeProcedure]),
    ).toEqual([
      [3, 'name-disagrees', '2.000815', 'Đăng ký kết hôn', 'QT-CT-01'],
      [6, 'name-disagrees', '2.000815', 'Thủ tục đăng ký kết hôn', 'QT-CT-01'],
      [7, 'name-disagrees', '2.000815', 'DANG KY KET HON', 'QT-CT-01'],
      [8, 'name-disagrees', 'QT-CT-01', 'Cấp giấy phép môi trường', 'QT-CT-01'],
      [11, 'no-procedure', undefined, undefined, undefined],
    ]);
    const row = report.badRows.listed[0]!;
    expect(row.candidates).toEqual(['QT-HT-02', 'QT-HT-YP']);
    expect(badRowText(row, 'vi')).toBe(
      'mã thủ tục "2.000815" là của QT-CT-01, nhưng tên thủ tục cùng dòng, "Đăng ký kết hôn", là tên của QT-HT-02, QT-HT-YP: dòng ghi hai thủ tục khác nhau, procmap không chọn thay; hãy sửa mã hoặc tên thủ tục của dòng này trong tệp xuất',
    );
    expect(badRowText(row, 'en')).toBe(
      'procedure code "2.000815" is QT-CT-01\'s, but the procedure name beside it, "Đăng ký kết hôn", is the title of QT-HT-02, QT-HT-YP: the row names two procedures and procmap does not pick one; correct the code or the name in the export',
    );
  });

  it('keeps the name column beside a code column, wherever each stands, and none when the name is the procedure column', () => {
    expect(planColumns(['Tên thủ tục', 'Mã thủ tục', 'Ngày tiếp nhận']).procedureName).toBe(0);
    expect(planColumns(['Mã TTHC', 'Thủ tục', 'Ngày tiếp nhận']).procedureName).toBe(1);
    expect(planColumns(['Procedure code', 'Received', 'Procedure name (full)']).procedureName).toBe(2);
    expect(planColumns(['Tên thủ tục', 'Ngày tiếp nhận']).procedureName).toBeUndefined();
    expect(planColumns(['Mã thủ tục', 'Ngày tiếp nhận']).procedureName).toBeUndefined();
    // Mapped to the name column itself: nothing beside it to check.
    expect(planColumns(['Mã TTHC', 'Tên TTHC'], { columns: { procedure: 'Tên TTHC' } }).procedureName).toBeUndefined();
  });
});
