import type { DayAbout, Holiday } from '../day-names.js';

/**
 * Days off for civil servants (cán bộ, công chức, viên chức) as the government announced them, per year. A year
 * listed here replaces the Labour Code rule (src/time/vietnam.ts) for that year entirely, so list every day off
 * that is not a Saturday or Sunday, and every Saturday or Sunday that became a working day. A break the notice
 * announces from one day to another ("nghỉ từ thứ Bảy 14/2 đến hết Chủ nhật 22/2") goes under `breaks` as the notice
 * writes it: every day in it is off, its Saturdays and Sundays too, which an office that serves on Saturday mornings
 * must not count (a year computed by the rule closes its weekend holidays the same way). Every day names its source;
 * a year is `announced` only when the notice that fixes its days off has been checked, else `provisional` (procmap
 * then says so wherever a due date touches it).
 * Review against the announcement before adding or changing a year.
 */

/**
 * One announced day: a weekday off (`off`) or a weekend day made a working day (`work`), what it is (each output names
 * it from that in its own language), and its source.
 */
export interface AnnouncedDay {
  date: string;
  kind: 'off' | 'work';
  about: DayAbout;
  source: string;
}

/** A break as the notice announces it, first to last day off (YYYY-MM-DD), weekend days included, and its holidays. */
export interface AnnouncedBreak {
  from: string;
  to: string;
  holidays: readonly Holiday[];
  source: string;
}

/** The notice that fixes a year's days off: its number and date (YYYY-MM-DD). */
export interface Notice {
  number: string;
  date: string;
}

/** The announced days of one year, whether they are checked, and where they come from. */
export interface AnnouncedYear {
  status: 'announced' | 'provisional';
  /** The main notice of the year (Tết and National Day), when announced. */
  notice?: Notice;
  /** Further notices of the year that move days of it (the 2026 New Year swap), named beside the main one. */
  furtherNotices?: readonly Notice[];
  sources: readonly string[];
  days: readonly AnnouncedDay[];
  /** The breaks of several days as announced: every day in them is off, whatever the weekday. */
  breaks: readonly AnnouncedBreak[];
}

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
const IN_LIEU = 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)';

// 2025. Tết and National Day: Ministry of Labour notice 6150/TB-LĐTBXH (12/11/2024). 30/4: the Prime Minister agreed
// to swap Friday 2/5 with Saturday 26/4 (Ministry of Home Affairs notice, 4/2025).
const N2025 = 'Thông báo 6150/TB-LĐTBXH ngày 12/11/2024 của Bộ LĐ-TB&XH';
const SWAP2025 =
  'Thủ tướng đồng ý hoán đổi ngày làm việc thứ Sáu 2/5/2025 sang thứ Bảy 26/4/2025 (Bộ Nội vụ thông báo, 4/2025)';
// 2026. Tết and National Day: Ministry of Home Affairs notice 9441/TB-BNV (16/10/2025), reported by Vietnam News on
// 17/10/2025: Tết off Saturday 14/2 – Sunday 22/2; National Day off Saturday 29/8 – Wednesday 2/9, with Monday 31/8
// made up on Saturday 22/8. New Year: Government Office letter 12729/VPCP-KGVX (25/12/2025).
const N2026 = 'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ';
const NEWYEAR2026 =
  'Văn bản 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ: hoán đổi thứ Sáu 2/1 sang thứ Bảy 10/1';

const off = (date: string, about: DayAbout | Holiday, source: string): AnnouncedDay => ({
  date,
  kind: 'off',
  about: typeof about === 'string' ? { what: 'holiday', holidays: [about] } : about,
  source,
});
const inLieu = (holiday: Holiday): DayAbout => ({ what: 'in_lieu', holiday });
const swapped = (madeUpOn: string, holiday?: Holiday): DayAbout =>
  holiday === undefined ? { what: 'swapped', madeUpOn } : { what: 'swapped', holiday, madeUpOn };
const work = (date: string, makesUpFor: string, source: string): AnnouncedDay => ({
  date,
  kind: 'work',
  about: { what: 'make_up', makesUpFor },
  source,
});
const rest = (from: string, to: string, holidays: readonly Holiday[], source: string): AnnouncedBreak => ({
  from,
  to,
  holidays,
  source,
});

/** Announced years, by Gregorian year. */
export const ANNOUNCED_YEARS: Readonly<Record<number, AnnouncedYear>> = {
  2025: {
    status: 'announced',
    notice: { number: '6150/TB-LĐTBXH', date: '2024-11-12' },
    sources: [
      `${N2025}: Tết nghỉ thứ Bảy 25/1 – Chủ nhật 2/2; Quốc khánh nghỉ thứ Bảy 30/8 – thứ Ba 2/9`,
      `${SWAP2025}: nghỉ 30/4 – 4/5`,
      `${LABOUR_CODE}: 1/1 và Giỗ Tổ Hùng Vương (10/3 âm lịch = thứ Hai 7/4/2025)`,
    ],
    days: [
      off('2025-01-01', 'Tết Dương lịch', LABOUR_CODE),
      off('2025-01-27', 'Tết Nguyên Đán', N2025),
      off('2025-01-28', 'Tết Nguyên Đán', N2025),
      off('2025-01-29', 'Tết Nguyên Đán', N2025),
      off('2025-01-30', 'Tết Nguyên Đán', N2025),
      off('2025-01-31', 'Tết Nguyên Đán', N2025),
      off('2025-04-07', 'Giỗ Tổ Hùng Vương', LABOUR_CODE),
      work('2025-04-26', '2025-05-02', SWAP2025),
      off('2025-04-30', 'Ngày Chiến thắng', LABOUR_CODE),
      off('2025-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
      off('2025-05-02', swapped('2025-04-26'), SWAP2025),
      off('2025-09-01', 'Quốc khánh', N2025),
      off('2025-09-02', 'Quốc khánh', N2025),
    ],
    breaks: [
      rest('2025-01-25', '2025-02-02', ['Tết Nguyên Đán'], N2025),
      rest('2025-04-30', '2025-05-04', ['Ngày Chiến thắng', 'Ngày Quốc tế Lao động'], SWAP2025),
      rest('2025-08-30', '2025-09-02', ['Quốc khánh'], N2025),
    ],
  },
  2026: {
    status: 'announced',
    notice: { number: '9441/TB-BNV', date: '2025-10-16' },
    furtherNotices: [{ number: '12729/VPCP-KGVX', date: '2025-12-25' }],
    sources: [
      `${NEWYEAR2026}: Tết Dương lịch nghỉ thứ Năm 1/1 – Chủ nhật 4/1`,
      `${N2026}: Tết Âm lịch Bính Ngọ nghỉ thứ Bảy 14/2 – Chủ nhật 22/2 (29 tháng Chạp – mùng 4 Tết là 16/2 – 20/2); Quốc khánh nghỉ thứ Bảy 29/8 – thứ Tư 2/9, hoán đổi thứ Hai 31/8 sang thứ Bảy 22/8`,
      `${IN_LIEU}: Giỗ Tổ Hùng Vương Chủ nhật 26/4 nghỉ bù thứ Hai 27/4; ${LABOUR_CODE}: 30/4 (thứ Năm), 1/5 (thứ Sáu)`,
    ],
    days: [
      off('2026-01-01', 'Tết Dương lịch', LABOUR_CODE),
      off('2026-01-02', swapped('2026-01-10'), NEWYEAR2026),
      work('2026-01-10', '2026-01-02', NEWYEAR2026),
      off('2026-02-16', 'Tết Nguyên Đán', N2026),
      off('2026-02-17', 'Tết Nguyên Đán', N2026),
      off('2026-02-18', 'Tết Nguyên Đán', N2026),
      off('2026-02-19', 'Tết Nguyên Đán', N2026),
      off('2026-02-20', 'Tết Nguyên Đán', N2026),
      // A holiday on a Sunday is named too, as the Labour Code rule names it in other years: a due date's explanation
      // then reads "Sunday 26/4 Hùng Kings, Monday 27/4 in lieu", not the weekend under the in-lieu day's name.
      off('2026-04-26', 'Giỗ Tổ Hùng Vương', LABOUR_CODE),
      off('2026-04-27', inLieu('Giỗ Tổ Hùng Vương'), IN_LIEU),
      off('2026-04-30', 'Ngày Chiến thắng', LABOUR_CODE),
      off('2026-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
      work('2026-08-22', '2026-08-31', N2026),
      off('2026-08-31', swapped('2026-08-22', 'Quốc khánh'), N2026),
      off('2026-09-01', 'Quốc khánh', N2026),
      off('2026-09-02', 'Quốc khánh', N2026),
    ],
    breaks: [
      rest('2026-01-01', '2026-01-04', ['Tết Dương lịch'], NEWYEAR2026),
      rest('2026-02-14', '2026-02-22', ['Tết Nguyên Đán'], N2026),
      rest('2026-08-29', '2026-09-02', ['Quốc khánh'], N2026),
    ],
  },
};
