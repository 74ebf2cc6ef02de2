import { describe, expect, it } from 'vitest';
import { feeNamesItself } from '../../src/model/fee-names.js';

describe('feeNamesItself', () => {
  it('is true for a fee that says which charge it is, or that there is none', () => {
    for (const fee of [
      'Lệ phí: 50.000 đồng',
      'Phí chứng thực bản sao từ bản chính: 2.000 đồng/trang',
      'Miễn lệ phí',
      'Miễn phí',
      'Không',
      'Không thu phí',
      'lệ phí đăng ký kết hôn: Miễn phí',
      'Fee: 50,000 VND',
      'Free of charge',
    ])
      expect(feeNamesItself(fee), fee).toBe(true);
  });

  it('is false for an amount or words that do not name a charge', () => {
    for (const fee of [
      '50.000 đồng',
      '2.000 đồng/trang',
      'Cấp mới: 50.000 đồng',
      'Theo quy định',
      'Phía người nộp chịu',
    ])
      expect(feeNamesItself(fee), fee).toBe(false);
  });
});
