import { describe, expect, it } from 'vitest';
import {
  isVietnameseText,
  legacyReading,
  legacyRepaired,
  strayLegacyFont,
  tcvn3Decoded,
  vniDecoded,
} from '../../src/model/legacy-repair.js';

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

  it('puts back only the words pasted in an old encoding into Unicode text, the Unicode ones left as written', () => {
    // "ư", "ể" are Unicode, past the one-byte letters: "C«ng", "chøc", "ph¸p" alone are TCVN3; "tra", "ký" read the same.
    expect(legacyRepaired('Kiểm tra, C«ng chøc T\u00ad ph¸p ký', 'tcvn3')).toBe('Kiểm tra, Công chức Tư pháp ký');
    // A word that reads in neither ("Trờng" lost its soft hyphen, ư): nothing is written, and the word is named.
    expect(legacyReading('Kiểm tra hå s¬ Trêng', 'tcvn3')).toEqual({
      unsure: [{ word: 'hå', reads: 'hồ' }, { word: 's¬', reads: 'sơ' }, { word: 'Trêng' }],
      mixed: true,
    });
  });

  it('does not guess, in a text typed partly in Unicode, a word that reads as Vietnamese as written and in the encoding', () => {
    // A half conversion left "tõ" (TCVN3's "từ") among Unicode words; "Công" may be Unicode's or TCVN3's "Cụng". Every
    // word of the old font is named with its reading, the sure ones too, so that the officer retypes them all.
    expect(legacyRepaired('Chứng thực b¶n sao tõ b¶n chÝnh', 'tcvn3')).toBeUndefined();
    expect(legacyReading('Chứng thực b¶n sao tõ b¶n chÝnh', 'tcvn3').unsure).toEqual([
      { word: 'b¶n', reads: 'bản' },
      { word: 'tõ', reads: 'từ' },
      { word: 'chÝnh', reads: 'chính' },
    ]);
    expect(legacyReading('Công chøc xác nhận', 'tcvn3').unsure.map((word) => word.word)).toEqual([
      'Công',
      'chøc',
      'xác',
    ]);
    // In VNI neither reads as another word ("Cơng" is none): the pasted word alone is put back.
    expect(legacyRepaired('Công chöùc xác nhận', 'vni')).toBe('Công chức xác nhận');
  });

  it("does not guess a word of one-byte letters that reads as Vietnamese both ways by Unicode's á or â", () => {
    expect(legacyReading('C«ng chøc xác minh', 'tcvn3')).toEqual({
      unsure: [{ word: 'xác', reads: 'xỏc' }],
      mixed: false,
    });
    // "Bé" (bộ), "nép" (nộp) read both ways too, but by letters Unicode text seldom has where TCVN3 text often does.
    expect(legacyRepaired('Bé phËn TiÕp nhËn', 'tcvn3')).toBe('Bộ phận Tiếp nhận');
  });

  it('finds one word pasted from a legacy font into Unicode text, and no foreign word', () => {
    expect(strayLegacyFont('Công chøc xác nhận')).toBe('tcvn3');
    expect(strayLegacyFont('Công chöùc xác nhận')).toBe('vni');
    for (const text of ['Công chức xác nhận', 'Nº 12 của Emmaüs, naïve café', 'Bản sao từ Israël, hoà giải', 'chøc'])
      expect([text, strayLegacyFont(text)]).toEqual([text, undefined]);
  });

  it('refuses what is not sure: text already Vietnamese, a letter lost on the way', () => {
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
