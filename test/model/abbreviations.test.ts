import { describe, expect, it } from 'vitest';
import { spelledOutName } from '../../src/model/abbreviations.js';
import { bodiesNamed } from '../../src/model/lenient.js';
import { bodiesOfNames } from '../../src/model/body-keys.js';

describe('spelledOutName', () => {
  it.each([
    ['Lãnh đạo UBND xã', 'Lãnh đạo Ủy ban nhân dân xã'],
    ['Lãnh đạo UBND xã', 'Lãnh đạo Uỷ ban nhân dân xã'],
    ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
    ['Sở TN & MT', 'Sở Tài nguyên và Môi trường'],
    ['Phòng LĐ-TB&XH', 'Phòng Lao động - Thương binh và Xã hội'],
    ['Phòng LĐTBXH', 'Phòng Lao động – Thương binh và Xã hội'],
    ['VP HĐND và UBND', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Phòng GD&ĐT', 'Phòng Giáo dục và Đào tạo'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Sở VH,TT&DL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['TTPVHCC tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh'],
    ['VPĐKĐĐ', 'Văn phòng đăng ký đất đai'],
    // The departments of the 2025 reorganisation (Sở/Phòng Nông nghiệp và Môi trường, Khoa học và Công nghệ, the
    // commune's Phòng Văn hóa - Xã hội) and the commune's civil servants, as step tables abbreviate them.
    ['Sở NN&MT', 'Sở Nông nghiệp và Môi trường'],
    ['Phòng NNMT', 'Phòng Nông nghiệp và Môi trường'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Sở KHCN', 'Sở Khoa học và Công nghệ'],
    ['Phòng VH-XH', 'Phòng Văn hóa - Xã hội'],
    ['Phòng VHXH', 'Phòng Văn hoá – Xã hội'],
    ['Công chức TP-HT', 'Công chức Tư pháp - Hộ tịch'],
    ['Công chức TPHT', 'Công chức Tư pháp – Hộ tịch'],
    ['Công chức ĐC-XD', 'Công chức Địa chính - Xây dựng'],
    // The level word names no other body: "UBND cấp xã" is "UBND xã" (they were two bodies, two lanes).
    ['UBND cấp xã', 'UBND xã'],
    ['Ủy ban nhân dân cấp xã', 'UBND xã'],
    ['Lãnh đạo UBND cấp huyện', 'Lãnh đạo Ủy ban nhân dân huyện'],
    ['UBND cấp tỉnh', 'UBND tỉnh'],
  ])('reads %s as %s', (short, long) => {
    expect(spelledOutName(short)).toBe(spelledOutName(long));
  });

  it('keeps apart names that differ in more than an abbreviation, and letters of other scripts', () => {
    expect(spelledOutName('Lãnh đạo UBND xã')).not.toBe(spelledOutName('Lãnh đạo UBND huyện'));
    expect(spelledOutName('TP Tư pháp')).not.toBe(spelledOutName('Thành phố Tư pháp'));
    // "TP" alone stays unread (thành phố or trưởng phòng); only "TP-HT" is Tư pháp - Hộ tịch.
    expect(spelledOutName('Công chức TP')).not.toBe(spelledOutName('Công chức Tư pháp'));
    expect(spelledOutName('TP-HTX')).toBe('tp - htx');
    expect(spelledOutName('公安 A')).not.toBe(spelledOutName('警察 A'));
    // "ubnd" inside a longer word is no abbreviation.
    expect(spelledOutName('Xubnd')).toBe('xubnd');
    expect(spelledOutName('UBND cấp xã')).not.toBe(spelledOutName('UBND cấp huyện'));
    expect(spelledOutName('Hội đồng cấp xã')).not.toBe(spelledOutName('Hội đồng xã'));
  });
});

describe('bodies named with an abbreviation', () => {
  const bodies = { LD: { name: 'Lãnh đạo Ủy ban nhân dân xã' }, CC: { name: 'Công chức Tư pháp - Hộ tịch' } };

  it('finds the one body whose name the abbreviation spells out', () => {
    expect(bodiesNamed(bodies, 'Lãnh đạo UBND xã')).toEqual(['LD']);
    expect(bodiesNamed(bodies, 'Lãnh đạo UBND huyện')).toEqual([]);
    expect(bodiesNamed(bodies, 'Công chức TP-HT')).toEqual(['CC']);
  });

  it('makes one body of a name written in full and abbreviated, keeping the first spelling', () => {
    expect(bodiesOfNames(['Lãnh đạo UBND xã', 'Công chức Tư pháp', 'Lãnh đạo Ủy ban nhân dân xã'])).toEqual({
      LDUX: { name: 'Lãnh đạo UBND xã' },
      CCTP: { name: 'Công chức Tư pháp' },
    });
  });

  it('makes one body of "UBND cấp xã" and "UBND xã", as of "Sở TN&MT" and "Sở Tài nguyên và Môi trường"', () => {
    expect(Object.keys(bodiesOfNames(['UBND cấp xã', 'UBND xã', 'Ủy ban nhân dân cấp xã']))).toHaveLength(1);
  });

  it('keeps names of punctuation alone apart', () => {
    expect(Object.keys(bodiesOfNames(['—', '...']))).toHaveLength(2);
  });
});
