import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { canonicalFeeLine, feeAmount, feePerUnit } from '../../src/model/fee-amount.js';
import { loadFile } from '../../src/model/load.js';
import { fixedFixture, fixtureText, lintFixture, testRule } from '../helpers/rule-tester.js';

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
  // Thousands as officers type them (d14, d21): "50k" printed as "50k" in the document.
  'invalid-thousands.yaml': [
    { line: 6, column: 6, message: 'Write fee 50k as "50.000 đồng"', vi: 'Hãy ghi phí 50k thành "50.000 đồng"' },
    { line: 9, column: 10, message: 'Write fee 50 nghìn as "50.000 đồng"' },
    { line: 10, column: 29, message: 'Write fee 20 ngàn đồng as "20.000 đồng"' },
    { line: 11, column: 26, message: 'Write fee 50K as "50.000 đồng"' },
  ],
  // Digits run together with their unit, as pasted from a fee table ("50000 VNĐ", "30000đ"): printed as written.
  'invalid-ungrouped-unit.yaml': [
    {
      line: 6,
      column: 6,
      message: 'Write fee 50000 VNĐ as "50.000 đồng"',
      vi: 'Hãy ghi phí 50000 VNĐ thành "50.000 đồng"',
    },
    { line: 9, column: 10, message: 'Write fee 30000đ as "30.000 đồng"' },
    { line: 10, column: 29, message: 'Write fee 50000 đồng as "50.000 đồng"' },
    { line: 11, column: 26, message: 'Write fee 1500000vnd as "1.500.000 đồng"' },
  ],
  // An amount per something, as fee tables write it: the amount as a bare one is, what it is for kept (the postal
  // channel's is canonical already).
  'invalid-per-unit.yaml': [
    {
      line: 6,
      column: 6,
      message: 'Write fee 50.000đ/hồ sơ as "50.000 đồng/hồ sơ"',
      vi: 'Hãy ghi phí 50.000đ/hồ sơ thành "50.000 đồng/hồ sơ"',
    },
    { line: 9, column: 10, message: 'Write fee 50000đ/hồ sơ as "50.000 đồng/hồ sơ"' },
    { line: 10, column: 29, message: 'Write fee 50.000 VNĐ/bộ hồ sơ as "50.000 đồng/bộ hồ sơ"' },
  ],
  // A fee by case, a line each: each line's amount, alone or per something, as the same amount alone is, after its
  // case (written plain, YAML reads it as a map of one entry; in quotes, as text). Other lines are left as written.
  // A fee of 0 đồng is no charge, "Miễn phí", after the charge it names; a channel's 0 (as procmap's export writes
  // it, line 11) stays.
  'invalid-zero.yaml': [
    {
      line: 7,
      column: 6,
      message: 'Write fee Lệ phí : 0 Đồng as "Lệ phí: Miễn phí"',
      vi: 'Hãy ghi phí Lệ phí : 0 Đồng thành "Lệ phí: Miễn phí"',
    },
    { line: 10, column: 10, message: 'Write fee 0 đồng as "Miễn phí"' },
    { line: 12, column: 24, message: 'Write fee 0 as "Miễn phí"' },
  ],
  'invalid-cases.yaml': [
    {
      line: 8,
      column: 5,
      message: 'Write fee Cấp lại: 20000đ/bản as "Cấp lại: 20.000 đồng/bản"',
      vi: 'Hãy ghi phí Cấp lại: 20000đ/bản thành "Cấp lại: 20.000 đồng/bản"',
    },
    { line: 9, column: 5, message: 'Write fee Cấp đổi: 30.000đ/giấy phép as "Cấp đổi: 30.000 đồng/giấy phép"' },
    { line: 10, column: 5, message: 'Write fee Trường hợp tổ chức: 100000 VNĐ as "Trường hợp tổ chức: 100.000 đồng"' },
    { line: 15, column: 9, message: 'Write fee Cá nhân: 40.000đ/hồ sơ as "Cá nhân: 40.000 đồng/hồ sơ"' },
    { line: 16, column: 9, message: 'Write fee 80000 as "80.000 đồng"' },
  ],
  // A list copied from Word closes its lines with ";" and the last with ".": both are the list's, taken off alike.
  'invalid-closing-marks.yaml': [
    { line: 7, column: 5, message: 'Write fee Cấp mới: 50.000đ; as "Cấp mới: 50.000 đồng"' },
    { line: 8, column: 5, message: 'Write fee Cấp lại: 20000đ/bản; as "Cấp lại: 20.000 đồng/bản"' },
    { line: 9, column: 5, message: 'Write fee Cấp đổi: 30.000 đồng. as "Cấp đổi: 30.000 đồng"' },
  ],
  // A fee by case pasted as one text, every line marked: printed as a list already, and now reported and fixed so.
  'invalid-pasted-list.yaml': [
    {
      line: 6,
      column: 6,
      message:
        'The fee is a list pasted as one text, 3 lines each marked as an item: write it as a list, an item a line without its mark: ["Cấp mới: 200.000 đồng", "Cấp lại: 100.000 đồng", "Miễn phí đối với hộ nghèo"]',
      vi: 'Phí là một danh sách dán thành một đoạn, 3 dòng đều có dấu đầu dòng: hãy ghi thành danh sách, mỗi dòng một mục, bỏ dấu đầu dòng: ["Cấp mới: 200.000 đồng", "Cấp lại: 100.000 đồng", "Miễn phí đối với hộ nghèo"]',
    },
    {
      line: 12,
      column: 10,
      message:
        'The fee is a list pasted as one text, 2 lines each marked as an item: write it as a list, an item a line without its mark: ["Cá nhân: 40.000 đồng", "Tổ chức: 80.000 đồng"]',
    },
  ],
});

describe('rule canonical-fee fix', () => {
  it('takes the closing ";" and "." of a line of a fee by case off alike, reading and fixing', () => {
    expect(
      ['Cấp mới: 50.000đ;', 'Cấp mới: 50.000đ.', 'Lệ phí: 100.000đ/lần; Phí: 50.000đ;'].map(canonicalFeeLine),
    ).toEqual(['Cấp mới: 50.000 đồng', 'Cấp mới: 50.000 đồng', 'Lệ phí: 100.000 đồng/lần; Phí: 50.000 đồng']);
    const fixed = fixedFixture('canonical-fee', 'invalid-closing-marks.yaml').split('\n');
    expect(fixed.slice(6, 10)).toEqual([
      '  - "Cấp mới: 50.000 đồng"',
      '  - "Cấp lại: 20.000 đồng/bản"',
      '  - "Cấp đổi: 30.000 đồng"',
      // Words are no amount: kept as written, their mark with them, as a line closed by ";" would be.
      '  - Miễn phí đối với hộ nghèo.',
    ]);
  });

  it('writes a fee pasted as one text of marked lines as the list it is printed as', () => {
    expect(fixedFixture('canonical-fee', 'invalid-pasted-list.yaml')).toBe(
      fixtureText('canonical-fee', 'valid-pasted-list-fixed.yaml'),
    );
    const fee = (name: string) => {
      const procedure = lint([loadFile(name, Buffer.from(fixtureText('canonical-fee', name)))]).procedures[0]!
        .procedure;
      return [procedure.fee, procedure.channels?.[0]?.fee];
    };
    // The fix changes the file, not what procmap reads from it (the block's closing line break aside).
    expect(fee('valid-pasted-list-fixed.yaml')).toEqual([
      'Cấp mới: 200.000 đồng\nCấp lại: 100.000 đồng\nMiễn phí đối với hộ nghèo',
      'Cá nhân: 40.000 đồng\nTổ chức: 80.000 đồng',
    ]);
    expect(fee('invalid-pasted-list.yaml')[1]).toBe(fee('valid-pasted-list-fixed.yaml')[1]);
  });

  it('writes each line of a fee by case with its unit, the case and its quotes kept, read as the model reads it', () => {
    expect(fixedFixture('canonical-fee', 'invalid-cases.yaml')).toBe(
      fixtureText('canonical-fee', 'valid-cases-fixed.yaml').replace('QT-T-FEE-2', 'QT-T-FEE'),
    );
    const fee = (name: string) => {
      const procedure = lint([loadFile(name, Buffer.from(fixtureText('canonical-fee', name)))], { lang: 'en' })
        .procedures[0]!.procedure;
      return [procedure.fee, procedure.channels?.[0]?.fee];
    };
    expect(fee('invalid-cases.yaml')).toEqual([
      'Cấp lần đầu: 50.000 đồng/hồ sơ\nCấp lại: 20.000 đồng/bản\nCấp đổi: 30.000 đồng/giấy phép\n' +
        'Trường hợp tổ chức: 100.000 đồng\nMiễn phí đối với hộ nghèo',
      'Cá nhân: 40.000 đồng/hồ sơ\n80.000 đồng',
    ]);
    expect(fee('valid-cases-fixed.yaml')).toEqual(fee('invalid-cases.yaml'));
    expect(
      ['Cấp lại: 20000đ/bản', 'Lệ phí: 600.000 đồng/giấy phép', 'Bản sao: 2.000 đồng/trang, tối đa 200.000 đồng'].map(
        canonicalFeeLine,
      ),
    ).toEqual([
      'Cấp lại: 20.000 đồng/bản',
      'Lệ phí: 600.000 đồng/giấy phép',
      'Bản sao: 2.000 đồng/trang, tối đa 200.000 đồng',
    ]);
  });

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

  it('writes thousands typed as "k", "nghìn" or "ngàn" in full', () => {
    expect(lintFixture('canonical-fee', 'invalid-thousands.yaml').map((d) => d.fix)).toEqual([
      { path: ['fee'], value: '50.000 đồng' },
      { path: ['channels', 0, 'fee'], value: '50.000 đồng' },
      { path: ['channels', 1, 'fee'], value: '20.000 đồng' },
      { path: ['channels', 2, 'fee'], value: '50.000 đồng' },
    ]);
    expect(['50k', '50K', '50 nghìn', '50 ngàn đồng', '2,5k', '1.500k', '50kg'].map(feeAmount)).toEqual([
      50000,
      50000,
      50000,
      50000,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('writes digits run together with their unit grouped, with "đồng"', () => {
    expect(lintFixture('canonical-fee', 'invalid-ungrouped-unit.yaml').map((d) => d.fix)).toEqual([
      { path: ['fee'], value: '50.000 đồng' },
      { path: ['channels', 0, 'fee'], value: '30.000 đồng' },
      { path: ['channels', 1, 'fee'], value: '50.000 đồng' },
      { path: ['channels', 2, 'fee'], value: '1.500.000 đồng' },
    ]);
    // Without a unit, digits run together stay as written: a quoted "2025" may be a year, not a fee.
    expect(
      ['50000 VNĐ', '50000đ', '50000 đồng', '0đ', '50000', '2025', '50000 USD', '50000đ/hồ sơ'].map(feeAmount),
    ).toEqual([50000, 50000, 50000, 0, undefined, undefined, undefined, undefined]);
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

  it('reads a fee of 0 đồng, as dichvucong.gov.vn and officers write it, as no charge; words that say so as written', () => {
    expect(['0', '0 đồng', '0 Đồng', '0đ', '0 VNĐ', 'Lệ phí : 0 Đồng', 'Phí: 0 đồng'].map(canonicalFeeLine)).toEqual([
      'Miễn phí',
      'Miễn phí',
      'Miễn phí',
      'Miễn phí',
      'Miễn phí',
      'Lệ phí: Miễn phí',
      'Phí: Miễn phí',
    ]);
    // Already free in words, or not 0: left as written ("10", like "2025", may be a count or a year).
    for (const text of ['Không', 'Miễn phí', 'Không thu phí', '10', '0,1% giá trị hợp đồng'])
      expect(canonicalFeeLine(text)).toBe(text);
    const procedure = lint([loadFile('qt.yaml', Buffer.from(fixtureText('canonical-fee', 'invalid-zero.yaml')))])
      .procedures[0]!.procedure;
    // The procedure's fee is text; each channel's 0 is printed in the reader's language.
    expect([procedure.fee, ...procedure.channels!.map((c) => c.fee)]).toEqual(['Lệ phí: Miễn phí', 0, 0, 0]);
  });

  it('reads the fee forms of real procedures as they are meant, and leaves what is not an amount as written', () => {
    // A 0 per something is still no charge, never "Miễn phí/hồ sơ".
    expect(canonicalFeeLine('0 đồng/hồ sơ')).toBe('Miễn phí');
    // What an amount is charged for starts in lower case, as after the national record's "Đồng/Hồ sơ".
    expect(canonicalFeeLine('50.000 Đồng/Hồ sơ')).toBe('50.000 đồng/hồ sơ');
    expect(canonicalFeeLine('50.000 đồng/GCN')).toBe('50.000 đồng/GCN');
    // Charges joined by "; ", each an amount after what it is: each written with its unit.
    expect(canonicalFeeLine('Lệ phí: 100.000đ/lần; Phí: 50.000đ')).toBe('Lệ phí: 100.000 đồng/lần; Phí: 50.000 đồng');
    // A part that is not an amount leaves the whole as written.
    expect(canonicalFeeLine('20.000đ/lần; miễn cho hộ nghèo')).toBe('20.000đ/lần; miễn cho hộ nghèo');
    for (const text of [
      'Theo quy định tại Thông tư 85/2019/TT-BTC',
      '0,1% giá trị hợp đồng',
      'tối đa 5.000.000 đồng',
      'Không quá 50.000 đồng',
      '0,5% giá trị tài sản, tối thiểu 100.000 đồng',
      '2.000 đồng/trang, từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa 200.000 đồng/bản',
    ])
      expect(canonicalFeeLine(text)).toBe(text);
  });

  it('writes an amount per something with "đồng", keeping what it is for, and leaves a fee of several parts alone', () => {
    const lines = fixedFixture('canonical-fee', 'invalid-per-unit.yaml').split('\n');
    expect([lines[5], lines[8], lines[9], lines[10]]).toEqual([
      'fee: 50.000 đồng/hồ sơ',
      '    fee: 50.000 đồng/hồ sơ',
      '  - { kind: in_person, fee: 50.000 đồng/bộ hồ sơ }',
      '  - { kind: postal, fee: 50.000 đồng/hồ sơ }',
    ]);
    expect(
      [
        '50.000đ/hồ sơ',
        '50k / 01 bộ hồ sơ',
        '50000/hồ sơ',
        '8.000 đồng/bản sao/sự kiện',
        '20.000 đồng/lần; miễn phí trực tuyến',
        '50.000 đồng/hồ sơ (giảm 50%)',
        'Lệ phí: 600.000 đồng/giấy phép',
      ].map(feePerUnit),
    ).toEqual([
      { amount: 50000, per: 'hồ sơ' },
      { amount: 50000, per: '01 bộ hồ sơ' },
      // Digits run together without a unit are no amount (a year, a number), per something or not.
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
