import { describe, expect, it } from 'vitest';
import { onePerKind } from '../../src/interchange/record-cases.js';

describe('the limits of a national record, one per way of filing', () => {
  it('merges two ways naming the same KENH, the usual case first whatever its place, and keeps other kinds apart', () => {
    const { limits, merged } = onePerKind([
      { kind: 'in_person', limit: '15 ngày làm việc', case: 'Trường hợp phải xác minh', fee: '200.000 đồng' },
      { kind: 'online', limit: '8 ngày làm việc' },
      { kind: 'in_person', limit: '10 ngày làm việc', case: 'Trường hợp thông thường', fee: 'Miễn phí' },
      { kind: undefined, limit: '20 ngày làm việc' },
    ]);
    expect(limits).toEqual([
      {
        kind: 'in_person',
        limit: '10 ngày làm việc (Trường hợp phải xác minh: 15 ngày làm việc)',
        note: undefined,
        fee: 'Miễn phí; Trường hợp phải xác minh: 200.000 đồng',
        case: 'Trường hợp thông thường',
      },
      { kind: 'online', limit: '8 ngày làm việc' },
      { kind: undefined, limit: '20 ngày làm việc' },
    ]);
    expect(merged).toEqual([{ kind: 'in_person', count: 2 }]);
  });

  it("keeps a case's unread limit with the merged way, so that the record is refused rather than the case lost", () => {
    const { limits } = onePerKind([
      { kind: 'in_person', limit: '10 ngày làm việc', case: 'Trường hợp thông thường' },
      { kind: 'in_person', case: 'Trường hợp phải xác minh', unread: 'Theo quy định' },
    ]);
    expect(limits[0]).toMatchObject({ kind: 'in_person', limit: '10 ngày làm việc', unread: 'Theo quy định' });
  });
});
