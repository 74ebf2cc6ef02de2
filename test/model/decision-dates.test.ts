import { describe, expect, it } from 'vitest';
import { citedDate } from '../../src/model/decision-dates.js';

// citedDate passes over a text without "ng" before its pattern (which is costly to compile): every citation it reads
// still is, whatever its case or Unicode form, and a date alone still is not one.
describe('citedDate', () => {
  it.each([
    ['Quyết định số 123/QĐ-UBND ngày 01/07/2025', 'Quyết định số 123/QĐ-UBND', 'ngày 01/07/2025'],
    // "Ng" is the text's only "ng", in another case.
    ['QUYẾT ĐỊNH SỐ 123/QĐ-UBND Ngày 01/07/2025', 'QUYẾT ĐỊNH SỐ 123/QĐ-UBND', 'Ngày 01/07/2025'],
    ['QĐ 45/QĐ-UBND, Ngày 1 tháng 7 năm 2025 của Chủ tịch UBND tỉnh', 'QĐ 45/QĐ-UBND', 'Ngày 1 tháng 7 năm 2025'],
    ['Công văn số 7/UBND ngay 2/3/2025', 'Công văn số 7/UBND', 'ngay 2/3/2025'],
    // Decomposed (NFD), as some editors save Vietnamese.
    ['Quyết định số 9/QĐ ngày 05/05/2025'.normalize('NFD'), 'Quyết định số 9/QĐ', 'ngày 05/05/2025'],
  ])('reads %j', (text, decision, date) => {
    expect(citedDate(text)).toEqual({ decision, date });
  });

  it.each(['2025-10-15', '15/10/2025', 'ngày 15/10/2025', 'Quyết định số 123/QĐ-UBND', 'Quyết định số 1 ngày', ''])(
    'reads no citation in %j',
    (text) => {
      expect(citedDate(text)).toBeUndefined();
    },
  );
});
