import { describe, expect, it } from 'vitest';
import { dossierLinesOf } from '../../src/model/dossier-sets.js';

describe('dossierLinesOf', () => {
  it('splits a dossier of one line at its ";" outside brackets, its closing count of sets on a line of its own', () => {
    expect(dossierLinesOf(['Tờ khai; Giấy tờ (bản chính; bản sao); Ảnh 4x6. Số lượng hồ sơ: 01 bộ.'])).toEqual([
      'Tờ khai',
      'Giấy tờ (bản chính; bản sao)',
      'Ảnh 4x6',
      'Số lượng hồ sơ: 01 bộ.',
    ]);
  });

  it('leaves a paper its own count ("Số lượng: 01 bộ" names no dossier), and the lines of a dossier over several lines', () => {
    expect(dossierLinesOf(['Tờ khai. Số lượng: 01 bộ'])).toEqual(['Tờ khai. Số lượng: 01 bộ']);
    expect(dossierLinesOf(['Tờ khai; kèm bản sao', 'Giấy chứng sinh. Số lượng hồ sơ: 01 bộ'])).toEqual([
      'Tờ khai; kèm bản sao',
      'Giấy chứng sinh',
      'Số lượng hồ sơ: 01 bộ',
    ]);
  });
});
