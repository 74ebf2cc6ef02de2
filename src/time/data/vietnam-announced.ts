/**
 * Days off for civil servants (cán bộ, công chức, viên chức) as the government announced them, per year. A year
 * listed here replaces the Labour Code rule (src/time/vietnam.ts) for that year entirely, so list every day off
 * that is not a Saturday or Sunday, and every Saturday or Sunday that became a working day. Weekend days inside a
 * break need no entry. Review against the announcement before adding a year.
 */

/** One announced day: a weekday off (`off`) or a weekend day made a working day (`work`). */
export interface AnnouncedDay {
  date: string;
  kind: 'off' | 'work';
  name: string;
}

/** The announced days of one year and where they come from. */
export interface AnnouncedYear {
  sources: readonly string[];
  days: readonly AnnouncedDay[];
}

const off = (date: string, name: string): AnnouncedDay => ({ date, kind: 'off', name });
const work = (date: string, name: string): AnnouncedDay => ({ date, kind: 'work', name });

/** Announced years, by Gregorian year. */
export const ANNOUNCED_YEARS: Readonly<Record<number, AnnouncedYear>> = {
  2025: {
    sources: [
      'Bộ LĐ-TB&XH, thông báo lịch nghỉ Tết Âm lịch và Quốc khánh 2025 (11/2024): Tết nghỉ thứ Bảy 25/1 – Chủ nhật 2/2; Quốc khánh nghỉ thứ Bảy 30/8 – thứ Ba 2/9',
      'Thủ tướng đồng ý hoán đổi ngày làm việc thứ Sáu 2/5/2025 sang thứ Bảy 26/4/2025 (Bộ Nội vụ thông báo, 4/2025): nghỉ 30/4 – 4/5',
      'Bộ luật Lao động 2019, Điều 112: 1/1 và Giỗ Tổ Hùng Vương (10/3 âm lịch = thứ Hai 7/4/2025)',
    ],
    days: [
      off('2025-01-01', 'Tết Dương lịch'),
      off('2025-01-27', 'Tết Nguyên Đán'),
      off('2025-01-28', 'Tết Nguyên Đán'),
      off('2025-01-29', 'Tết Nguyên Đán'),
      off('2025-01-30', 'Tết Nguyên Đán'),
      off('2025-01-31', 'Tết Nguyên Đán'),
      off('2025-04-07', 'Giỗ Tổ Hùng Vương'),
      work('2025-04-26', 'Làm bù cho thứ Sáu 2/5'),
      off('2025-04-30', 'Ngày Chiến thắng'),
      off('2025-05-01', 'Ngày Quốc tế Lao động'),
      off('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'),
      off('2025-09-01', 'Quốc khánh'),
      off('2025-09-02', 'Quốc khánh'),
    ],
  },
  2026: {
    sources: [
      'Văn phòng Chính phủ, văn bản 12729/VPCP-KGVX (25/12/2025): Tết Dương lịch nghỉ thứ Năm 1/1 – Chủ nhật 4/1, hoán đổi thứ Sáu 2/1 sang thứ Bảy 10/1',
      'Phương án nghỉ Tết Âm lịch Bính Ngọ được Thủ tướng đồng ý: nghỉ thứ Bảy 14/2 – Chủ nhật 22/2 (29 tháng Chạp – mùng 4 Tết là 16/2 – 20/2)',
      'Bộ luật Lao động 2019, Điều 111(3) và 112: Giỗ Tổ Hùng Vương Chủ nhật 26/4 nghỉ bù thứ Hai 27/4; 30/4 (thứ Năm), 1/5 (thứ Sáu)',
      'Quốc khánh: 1/9 (thứ Ba) và 2/9 (thứ Tư) theo Điều 112; chưa đối chiếu được văn bản công bố cuối cùng (có đề xuất nghỉ dài hơn kèm hoán đổi) — kiểm tra lại',
    ],
    days: [
      off('2026-01-01', 'Tết Dương lịch'),
      off('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1)'),
      work('2026-01-10', 'Làm bù cho thứ Sáu 2/1'),
      off('2026-02-16', 'Tết Nguyên Đán'),
      off('2026-02-17', 'Tết Nguyên Đán'),
      off('2026-02-18', 'Tết Nguyên Đán'),
      off('2026-02-19', 'Tết Nguyên Đán'),
      off('2026-02-20', 'Tết Nguyên Đán'),
      off('2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
      off('2026-04-30', 'Ngày Chiến thắng'),
      off('2026-05-01', 'Ngày Quốc tế Lao động'),
      off('2026-09-01', 'Quốc khánh'),
      off('2026-09-02', 'Quốc khánh'),
    ],
  },
};
