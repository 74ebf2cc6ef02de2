import { describe, expect, it } from 'vitest';
import { bodiesNamed } from '../../src/model/lenient.js';

const bodies = {
  TP: { name: 'Công chức Tư pháp - Hộ tịch' },
  VP: { name: 'Văn phòng HĐND và UBND' },
  KTHT: { name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
  TNMT: { name: 'Phòng Tài nguyên và Môi trường' },
};

describe('bodiesNamed: a name but for punctuation, dashes, "và" and initials', () => {
  it.each([
    ['Công chức tư pháp hộ tịch', 'TP'],
    ['Cong chuc Tu phap, Ho tich', 'TP'],
    ['VP HĐND-UBND', 'VP'],
    ['Văn phòng HĐND - UBND', 'VP'],
    ['Phòng KT-HT-ĐT', 'KTHT'],
    ['Phòng KT-HT&ĐT', 'KTHT'],
    ['Phòng Kinh tế - Hạ tầng - Đô thị', 'KTHT'],
    ['Phòng TNMT', 'TNMT'],
  ])('%s is %s', (written, key) => {
    expect(bodiesNamed(bodies, written)).toEqual([key]);
  });

  it.each([
    // Another body, a word more or less, initials of other words, a lone two-letter abbreviation: none.
    ['Công chức Tư pháp'],
    ['Phòng KT-HT'],
    ['Phòng KT-HT-ĐT-XD'],
    ['Phòng KT-HX-ĐT'],
    ['Công chức TP-HT xã'],
    ['Văn phòng HĐND'],
    // A slash may say "or": not a dash.
    ['Công chức Tư pháp/Hộ tịch'],
  ])('%s is no body', (written) => {
    expect(bodiesNamed(bodies, written)).toEqual([]);
  });

  it('never chooses between two bodies the same initials name', () => {
    const two = { A: { name: 'Phòng Kinh tế - Hạ tầng' }, B: { name: 'Phòng Kỹ thuật - Hạ tầng' } };
    expect(bodiesNamed(two, 'Phòng KT-HT')).toEqual([]);
    expect(bodiesNamed(two, 'Phòng Kinh tế Hạ tầng')).toEqual(['A']);
  });
});
