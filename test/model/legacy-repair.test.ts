import { describe, expect, it } from 'vitest';
import { isVietnameseText, legacyRepaired, tcvn3Decoded, vniDecoded } from '../../src/model/legacy-repair.js';

describe('legacy-repair', () => {
  it('puts back TCVN3 text, its soft hyphens as ư', () => {
    expect(legacyRepaired('CÊp b¶n sao trÝch lôc hé tÞch', 'tcvn3')).toBe('Cấp bản sao trích lục hộ tịch');
    expect(legacyRepaired('C«ng chøc T\u00ad ph¸p – Hé tÞch', 'tcvn3')).toBe('Công chức Tư pháp – Hộ tịch');
    expect(legacyRepaired('Bé phËn TiÕp nhËn vµ Tr¶ kÕt qu¶', 'tcvn3')).toBe('Bộ phận Tiếp nhận và Trả kết quả');
    expect(legacyRepaired('Thu lÖ phÝ, tr¶ kÕt qu¶ cho ng\u00adêi nép', 'tcvn3')).toBe(
      'Thu lệ phí, trả kết quả cho người nộp',
    );
  });

  it('puts back VNI text, capitals too, with codes and numbers as they are', () => {
    expect(legacyRepaired('Laõnh ñaïo UBND phöôøng Kinh Baéc', 'vni')).toBe('Lãnh đạo UBND phường Kinh Bắc');
    expect(legacyRepaired('05 ngaøy laøm vieäc', 'vni')).toBe('05 ngày làm việc');
    expect(legacyRepaired('CHÖÙNG THÖÏC BAÛN SAO', 'vni')).toBe('CHỨNG THỰC BẢN SAO');
    expect(legacyRepaired('Nghò ñònh 63/2010/NÑ-CP', 'vni')).toBe('Nghị định 63/2010/NĐ-CP');
  });

  it('puts back UTF-8 read as ANSI when it is Vietnamese', () => {
    expect(legacyRepaired('CÃ´ng an xÃ£', 'ansi')).toBe('Công an xã');
    expect(legacyRepaired('trÃ\u00adch lá»¥c', 'ansi')).toBe('trích lục');
  });

  it('refuses what is not sure: Unicode beside it, text already Vietnamese, a letter lost on the way', () => {
    // "ư" is Unicode, past the one-byte letters: a text of both is no one encoding's.
    expect(legacyRepaired('Công chøc tư pháp', 'tcvn3')).toBeUndefined();
    expect(legacyRepaired('Quyết định', 'tcvn3')).toBeUndefined();
    expect(legacyRepaired('Hé tÞch', 'vni')).toBeUndefined();
    // "Tr­êng" (Trường) whose soft hyphen was deleted reads "Trờng", which is no Vietnamese rime.
    expect(tcvn3Decoded('Trêng')).toBe('Trờng');
    expect(legacyRepaired('Trêng häc', 'tcvn3')).toBeUndefined();
    expect(legacyRepaired('Tr\u00adêng häc', 'tcvn3')).toBe('Trường học');
  });

  it('reads VNI and TCVN3 apart: each decodes the other to no Vietnamese', () => {
    expect(isVietnameseText(vniDecoded('TiÕp nhËn yªu cÇu'))).toBe(false);
    expect(isVietnameseText(tcvn3Decoded('Tieáp nhaän hoà sô'))).toBe(false);
  });

  it('takes procedure words as Vietnamese: names, codes, numbers, capitals', () => {
    for (const text of [
      'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      'Quyết định số 1234/QĐ-UBND ngày 15/3/2026',
      'Nghị định 107/2021/NĐ-CP; HĐND tỉnh Đắk Lắk',
      'ỦY BAN NHÂN DÂN XÃ, Khuya, quyển, thuở, xoong',
      'B1: Tiếp nhận hồ sơ (04 giờ làm việc)',
    ])
      expect([text, isVietnameseText(text)]).toEqual([text, true]);
    for (const text of ['Chøng thùc', 'CÃ´ng', 'cÊp', 'nớc'])
      expect([text, isVietnameseText(text)]).toEqual([text, false]);
  });
});
