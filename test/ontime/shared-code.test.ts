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

describe('communes whose names differ by a tone mark', () => {
  // Tân Lập and Tấn Lập are two communes: both perform 2.000815, each with its own procedure.
  const tanLap = { ...procedureWithLimit('QT-TL-01', '4h'), code: '2.000815', agency: 'UBND xã Tân Lập' };
  const tanLap2 = { ...procedureWithLimit('QT-TL-02', '4h'), code: '2.000815', agency: 'UBND xã Tấn Lập' };

  it('tells them apart by their marks, and says when an agency written without marks fits both', async () => {
    const csv = readFileSync(join(FIXTURES, 'tone-mark-communes.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00', {}, [...fixtureProcedures(), tanLap, tanLap2]);
    const counts = report.byProcedure.map((g) => [g.key, g.dossiers]).sort();
    // T1 is Tân Lập's; T2 and T3 (one name containing the other) are Tấn Lập's; T5, written without marks, still
    // names Kinh Bắc alone.
    expect(counts).toEqual([
      ['QT-CT-01', 1],
      ['QT-TL-01', 1],
      ['QT-TL-02', 2],
    ]);
    expect(report.badRows.listed).toEqual([
      {
        file: 'ho-so.csv',
        row: 5,
        reason: 'ambiguous-procedure',
        value: '2.000815',
        candidates: ['QT-TL-01', 'QT-TL-02'],
        unmarkedAgency: 'UBND xa Tan Lap',
      },
    ]);
    expect(badRowText(report.badRows.listed[0]!, 'vi')).toBe(
      'mã thủ tục "2.000815" dùng chung cho QT-TL-01, QT-TL-02; cột cơ quan ghi "UBND xa Tan Lap" không dấu, hợp với cơ quan của nhiều thủ tục trong số đó: hãy ghi tên cơ quan có dấu, đúng như trong thủ tục, hoặc ghi mã quy trình vào cột mã thủ tục của tệp xuất',
    );
    expect(badRowText(report.badRows.listed[0]!, 'en')).toBe(
      'procedure code "2.000815" is shared by QT-TL-01, QT-TL-02; the agency column writes "UBND xa Tan Lap" without diacritics, which fits the agency of more than one of them: write the agency with its diacritics, as the procedure names it, or put the procedure id in the export\'s procedure column',
    );
  });

  it('compares word by word: a word typed without marks fits any marks, a marked word only its own', async () => {
    const csv = [
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả,Nơi tiếp nhận',
      'P1,2.000815,02/03/2026 09:00,03/03/2026 11:00,UBND xã Tấn Lap',
      'P2,2.000815,02/03/2026 09:00,03/03/2026 11:00,UBND xã Tan Lap',
    ].join('\n');
    const { report } = await measureCsv(csv, '2026-03-31 17:00', {}, [...fixtureProcedures(), tanLap, tanLap2]);
    // P1's "Tấn" names Tấn Lập alone; P2's "Tan Lap" fits both, and the row says it was written without marks.
    expect(report.byProcedure.map((g) => [g.key, g.dossiers])).toEqual([['QT-TL-02', 1]]);
    expect(report.badRows.listed).toEqual([
      expect.objectContaining({ row: 3, candidates: ['QT-TL-01', 'QT-TL-02'], unmarkedAgency: 'UBND xã Tan Lap' }),
    ]);
  });

  it('does not take a commune of other marks by the unmarked name of its folder', async () => {
    // Tân Lập's procedure in its folder `tan-lap`: a dossier of Tấn Lập is not its, though the folder's name fits.
    const inFolder = { ...tanLap, file: 'procedures/tan-lap/chung-thuc.yaml' };
    const csv = readFileSync(join(FIXTURES, 'tone-mark-communes.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00', {}, [...fixtureProcedures(), inFolder]);
    // T1, and T4 written without marks (Tân Lập the only commune of its words here); T2 and T3 are Tấn Lập's, none
    // of these procedures.
    expect(report.byProcedure.map((g) => [g.key, g.dossiers]).sort()).toEqual([
      ['QT-CT-01', 1],
      ['QT-TL-01', 2],
    ]);
    expect(report.badRows.listed.map((bad) => [bad.row, bad.reason, bad.candidates])).toEqual([
      [3, 'ambiguous-procedure', ['QT-CT-01', 'QT-TL-01']],
      [4, 'ambiguous-procedure', ['QT-CT-01', 'QT-TL-01']],
    ]);
  });
});
