import { describe, expect, it } from 'vitest';
import { feeAmount } from '../../src/model/fee-amount.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-fee', {
  'invalid-number.yaml': [
    {
      line: 22,
      column: 6,
      message: 'Write fee 100000 as "100.000 đồng"',
      vi: 'Hãy ghi phí 100000 thành "100.000 đồng"',
    },
  ],
  // Unquoted, YAML reads 1.000.000 as text: an amount alone, still đồng.
  'invalid-grouped.yaml': [
    {
      line: 22,
      column: 6,
      message: 'Write fee 1.000.000 as "1.000.000 đồng"',
    },
  ],
  // Each way of filing's own fee, as the procedure's.
  'invalid-channel.yaml': [
    { line: 6, column: 6, message: 'Write fee 135000 as "135.000 đồng"' },
    { line: 9, column: 10, message: 'Write fee 115000 as "115.000 đồng"' },
    { line: 10, column: 29, message: 'Write fee 135000 as "135.000 đồng"' },
  ],
});

describe('rule canonical-fee fix', () => {
  it("writes each channel's fee with its unit", () => {
    expect(lintFixture('canonical-fee', 'invalid-channel.yaml').map((d) => d.fix)).toEqual([
      { path: ['fee'], value: '135.000 đồng' },
      { path: ['channels', 0, 'fee'], value: '115.000 đồng' },
      { path: ['channels', 1, 'fee'], value: '135.000 đồng' },
    ]);
  });

  it('writes the amount with its unit', () => {
    expect(lintFixture('canonical-fee', 'invalid-number.yaml').map((d) => d.fix)).toEqual([
      { path: ['fee'], value: '100.000 đồng' },
    ]);
  });

  it('reads an amount alone as đồng, however it is grouped, and leaves other text alone', () => {
    expect(['1.000.000', '100 000', '100,000', '50.000đ', '2.500.000 VNĐ'].map(feeAmount)).toEqual([
      1000000, 100000, 100000, 50000, 2500000,
    ]);
    expect(['Miễn phí', '100.00', '1.000,5', '10.000.00', '100.000 đồng/hồ sơ'].map(feeAmount)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
