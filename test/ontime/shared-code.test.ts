import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badRowText } from '../../src/format/ontime-labels.js';
import { fixtureProcedures, FIXTURES, measureCsv, procedureWithLimit } from './helpers.js';

describe('a national code several procedures share', () => {
  it('picks the procedure by the agency column, and refuses a row whose agency tells none apart', async () => {
    // Two communes perform 2.000815: Kinh Bắc in a working day, Yên Phong (its own copy) in 4 working hours.
    const yenPhong = { ...procedureWithLimit('QT-CT-02', '4h'), code: '2.000815', agency: 'UBND xã Yên Phong' };
    const csv = readFileSync(join(FIXTURES, 'shared-code.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00', {}, [...fixtureProcedures(), yenPhong]);
    expect(report.byProcedure.map((g) => [g.key, g.dossiers, g.late])).toEqual([
      ['QT-CT-02', 3, 3],
      ['QT-CT-01', 1, 0],
    ]);
    expect(report.badRows.listed).toEqual([
      {
        file: 'ho-so.csv',
        row: 5,
        reason: 'ambiguous-procedure',
        value: '2.000815',
        candidates: ['QT-CT-01', 'QT-CT-02'],
      },
    ]);
    expect(badRowText(report.badRows.listed[0]!, 'vi')).toBe(
      'mã thủ tục "2.000815" dùng chung cho QT-CT-01, QT-CT-02, cột cơ quan không cho biết hồ sơ này của thủ tục nào: hãy ghi mã quy trình vào cột mã thủ tục của tệp xuất, hoặc ghi vào cột "Cơ quan" đúng tên cơ quan thực hiện như trong thủ tục',
    );
  });
});
