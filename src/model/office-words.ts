/**
 * The words an office's name starts with, one list for every reader of names: the agencies a liên thông limit gives
 * its shares to ("UBND cấp xã: 03 ngày; Sở Tư pháp: 07 ngày", limit-stages.ts) and the unit a step's role names
 * ("Văn thư UBND xã", missing-body.ts). Sources: Decree 118/2025/NĐ-CP (the agencies that receive, handle and pass on
 * one dossier), ISO step tables and the decisions of the People's Committees that publish them.
 */

/** The words an office's full name starts with ("Sở Tư pháp", "Ủy ban nhân dân xã", "Bộ phận Một cửa"), longest first. */
export const OFFICE_WORDS: readonly string[] = [
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'Ủy ban',
  'Uỷ ban',
  'Bảo hiểm xã hội',
  'Ban quản lý',
  'Tổng cục',
  'Chi cục',
  'Cục',
  'Sở',
  'Phòng',
  'Bộ phận',
  'Công an',
  'Văn phòng',
  'Chi nhánh',
  'Trung tâm',
  'Cơ quan',
  'Kho bạc',
  'Thanh tra',
  'Tòa án',
  'Toà án',
  'Viện',
  'Ban',
  'Đội',
  'Hạt',
];

/**
 * Words of OFFICE_WORDS that also begin a person's job title: "Thanh tra viên" is an inspector, so a role that holds
 * the word names no unit by it, while a limit's label "Thanh tra tỉnh: 10 ngày" names the office.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(['Thanh tra']);

/** The abbreviations offices are written with, in any case ("UBND", "ubnd"): one-stop parts, registries, police. */
export const OFFICE_ABBREVIATIONS: readonly string[] = [
  'UBND',
  'HĐND',
  'BPMC',
  'TTHCC',
  'TTPVHCC',
  'TTPVHC',
  'VPĐKĐĐ',
  'VPĐK',
  'BHXH',
  'CATP',
  'CAX',
];

/** The words as one regular-expression alternation, longest first so that "Chi cục" is met before "Cục". */
export function officeAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
