import { describe, expect, it } from 'vitest';
import { bodyAsName } from '../../src/interchange/body-case.js';

// Decree 30/2020/NĐ-CP, Appendix II, II.2: the kind and each part of the field with a capital, the level small, the
// place's name with capitals; abbreviations as written.
describe('a body named in capitals is written as officers write it', () => {
  it.each([
    ['PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Phòng Tài nguyên và Môi trường'],
    ['UBND HUYỆN', 'UBND huyện'],
    ['HĐND XÃ TÂN PHÚ', 'HĐND xã Tân Phú'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ TIÊN', 'Ủy ban nhân dân thành phố Hà Tiên'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ', 'Bộ phận Tiếp nhận và Trả kết quả'],
    ['BỘ PHẬN MỘT CỬA', 'Bộ phận Một cửa'],
    ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH', 'Trung tâm Phục vụ hành chính công tỉnh'],
    ['VPĐKĐĐ CHI NHÁNH HUYỆN', 'VPĐKĐĐ chi nhánh huyện'],
    ['TTHCC', 'TTHCC'],
    ['CÔNG CHỨC TƯ PHÁP – HỘ TỊCH', 'Công chức Tư pháp – Hộ tịch'],
    ['PHÓ CHỦ TỊCH UBND XÃ', 'Phó Chủ tịch UBND xã'],
    ['CÔNG AN XÃ', 'Công an xã'],
    ['VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI', 'Văn phòng Đăng ký đất đai'],
  ])('%s → %s', (written, name) => {
    expect(bodyAsName(written)).toBe(name);
  });

  it('keeps a name an officer wrote in small letters as written', () => {
    for (const name of ['Phòng Tài nguyên và Môi trường', 'UBND huyện', 'Bộ phận một cửa', 'Văn thư'])
      expect(bodyAsName(name)).toBe(name);
  });
});
