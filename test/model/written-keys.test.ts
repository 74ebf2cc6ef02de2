import { describe, expect, it } from 'vitest';
import { writtenKeys } from '../../src/model/written-keys.js';

describe('writtenKeys: the id and code an unparsed file writes at the top level', () => {
  it('reads each line alone, as the loader reads its value: quotes, a comment after it, a number', () => {
    expect(writtenKeys('id: QT-HT-02\ntitle: "Đăng ký kết hôn\ncode: "1.000894"  # mã quốc gia\n')).toEqual({
      id: 'QT-HT-02',
      code: '1.000894',
    });
    expect(writtenKeys("id: 'QT-01'\r\ncode: 2.000815\r\n")).toEqual({ id: 'QT-01', code: '2.000815' });
  });

  it('takes the first of each key, and no key of a step or a list item', () => {
    const text = 'id: QT-01\nsteps:\n  - { id: B1, code: "9.999999" }\n  code: 9.999998\nid: QT-02\n';
    expect(writtenKeys(text)).toEqual({ id: 'QT-01' });
  });

  it('is undefined when neither is written as text or a number', () => {
    expect(writtenKeys('title: Đăng ký kết hôn\nsteps: [\n')).toBeUndefined();
    expect(writtenKeys('id:\ncode: [1, 2]\nidentity: QT-01\n')).toBeUndefined();
    expect(writtenKeys('')).toBeUndefined();
  });
});
