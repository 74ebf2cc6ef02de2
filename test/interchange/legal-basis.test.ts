import { describe, expect, it } from 'vitest';
import { basisAdded } from '../../src/interchange/legal-basis.js';

describe('basisAdded: a source’s legal basis added to a file’s', () => {
  it('knows a document by its number and sign however the entry words it, and keeps the file’s wording', () => {
    const file = [
      'Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc',
      'Thông tư 01/2020/TT-BTP',
      'TCVN ISO 9001:2015',
    ];
    const source = [
      'Nghị định số 23/2015/ND-CP ngày 16/02/2015',
      'Thông tư số 1/2020/TT-BTP',
      'Luật Hộ tịch 60/2014/QH13',
    ];
    expect(basisAdded(file, source)).toEqual({ basis: [...file, 'Luật Hộ tịch 60/2014/QH13'], unlisted: 1 });
  });

  it('reads no date as a number, and knows an entry without one by its words', () => {
    expect(basisAdded(['Quyết định ngày 16/02/2015'], ['Quyết định ngày 16/02/2015'])).toEqual({
      basis: ['Quyết định ngày 16/02/2015'],
      unlisted: 0,
    });
    expect(basisAdded(['Văn bản ngày 16/02/2015'], ['Văn bản ngày 17/02/2015']).unlisted).toBe(1);
  });
});
