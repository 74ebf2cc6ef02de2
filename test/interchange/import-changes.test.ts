import { describe, expect, it } from 'vitest';
import { importChanges, saidChange } from '../../src/interchange/import-changes.js';
import type { Procedure } from '../../src/model/types.js';

const file: Procedure = {
  id: 'QT-CT-01',
  title: 'Chứng thực bản sao từ bản chính',
  revision: 1,
  effective: '2025-07-01',
  time_limit: '1d',
  bodies: { MC: { name: 'Bộ phận Một cửa' } },
  steps: [{ id: 'B1', name: 'Tiếp nhận và trả kết quả', body: 'MC', duration: '1d' }],
  legal_basis: ['Nghị định số 23/2015/NĐ-CP', 'TCVN ISO 9001:2015'],
};

/** Each change as the report prints it after --force, in both languages. */
const lines = (after: Procedure) =>
  importChanges(file, after, 'ct.yaml').map((change) => saidChange(change, { done: true }));

describe('importChanges: what an import changes in a file, nothing left out', () => {
  it('says a removal and an addition as diff names them, not as changes', () => {
    expect(lines({ ...file, legal_basis: ['Nghị định số 23/2015/NĐ-CP', 'Thông tư số 01/2020/TT-BTP'] })).toEqual([
      {
        en: 'added: Legal basis: Thông tư số 01/2020/TT-BTP',
        vi: 'đã thêm: Căn cứ pháp lý: Thông tư số 01/2020/TT-BTP',
      },
      { en: 'removed: Legal basis: TCVN ISO 9001:2015', vi: 'đã bỏ: Căn cứ pháp lý: TCVN ISO 9001:2015' },
    ]);
  });

  it('names a field diff reports nothing of on its own: an id in other letter case, the amendment history', () => {
    const history = [{ revision: 1, date: '2025-07-01', changes: 'Ban hành lần đầu' }];
    expect(lines({ ...file, id: 'qt-ct-01', history })).toEqual([
      { en: 'changed: id: QT-CT-01 → qt-ct-01', vi: 'đã thay đổi: Mã hiệu (id): QT-CT-01 → qt-ct-01' },
      { en: 'added: history', vi: 'đã thêm: Theo dõi sửa đổi (history)' },
    ]);
  });

  it('says nothing of a file the import leaves as it is', () => {
    expect(lines({ ...file })).toEqual([]);
  });
});
