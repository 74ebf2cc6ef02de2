import { foldCase, withoutDiacritics } from './fold.js';

// The abbreviations of public bodies' names every office writes, each of one meaning only in a body's name, as the
// folded letters a reader may type them in (`UBND`, `TN&MT`, `LĐ-TB&XH`), with what they spell, folded the same way.
// Two-letter ones that name several things (`TP`: thành phố or trưởng phòng, `TT`: trung tâm or thông tư) are not
// here: a reader cannot tell which is meant.
// Each with the abbreviation as offices write it and its words with their accents, for the index's search (below).
const SPELLED_OUT: readonly (readonly [RegExp, string, string?, string?])[] = [
  // "P.TNMT", "P. Tư pháp", "CV P.LĐ": a P with a full stop at a word's start is how officers shorten "Phòng"; a P
  // and a space only at the name's start ("P TNMT"): inside a name a lone letter may be anything.
  [/(^|[\s(/,;])p ?\. ?(?=[a-z0-9])/g, '$1phong '],
  [/^p (?=[a-z])/g, 'phong '],
  [/\bubnd\b/g, 'uy ban nhan dan', 'UBND', 'Ủy ban nhân dân'],
  // "UBND cấp xã" is "UBND xã" (and huyện, tỉnh): the level word names no other body (docs/time.md reads both as the
  // commune People's Committee), so the two spellings are one body, one lane.
  [/\buy ban nhan dan cap (xa|huyen|tinh)\b/g, 'uy ban nhan dan $1'],
  [/\bbpmc\b/g, 'bo phan mot cua', 'BPMC', 'Bộ phận Một cửa'],
  [/\btn ?[&-]? ?tkq\b/g, 'tiep nhan va tra ket qua', 'TN&TKQ', 'Tiếp nhận và trả kết quả'],
  [/\bhdnd\b/g, 'hoi dong nhan dan', 'HĐND', 'Hội đồng nhân dân'],
  [/\bttpvhcc\b/g, 'trung tam phuc vu hanh chinh cong', 'TTPVHCC', 'Trung tâm Phục vụ hành chính công'],
  [/\bpvhcc\b/g, 'phuc vu hanh chinh cong', 'PVHCC', 'Phục vụ hành chính công'],
  [/\bvpdkdd\b/g, 'van phong dang ky dat dai', 'VPĐKĐĐ', 'Văn phòng Đăng ký đất đai'],
  [/\bvp\b/g, 'van phong', 'VP', 'Văn phòng'],
  [/\btn ?[&-]? ?mt\b/g, 'tai nguyen va moi truong', 'TN&MT', 'Tài nguyên và Môi trường'],
  [/\bld ?-? ?tb ?[&-]? ?xh\b/g, 'lao dong - thuong binh va xa hoi', 'LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  [/\bkh ?[&-]? ?dt\b/g, 'ke hoach va dau tu', 'KH&ĐT', 'Kế hoạch và Đầu tư'],
  [/\bgd ?[&-]? ?dt\b/g, 'giao duc va dao tao', 'GD&ĐT', 'Giáo dục và Đào tạo'],
  [/\bnn ?[&-]? ?ptnt\b/g, 'nong nghiep va phat trien nong thon', 'NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  [/\bvh ?,? ?tt ?[&-]? ?dl\b/g, 'van hoa, the thao va du lich', 'VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  // The departments the 2025 reorganisation made (Sở/Phòng Nông nghiệp và Môi trường, Khoa học và Công nghệ, and the
  // commune's Phòng Văn hóa - Xã hội, as the Ministry of Home Affairs proposed them, Báo Bắc Ninh 04/06/2025), and the
  // commune's civil servants by their field (công chức Tư pháp - Hộ tịch, Địa chính - Xây dựng). "TP" alone stays out.
  [/\bnn ?[&-]? ?mt\b/g, 'nong nghiep va moi truong', 'NN&MT', 'Nông nghiệp và Môi trường'],
  [/\bkh ?[&-]? ?cn\b/g, 'khoa hoc va cong nghe', 'KH&CN', 'Khoa học và Công nghệ'],
  [/\bvh ?-? ?xh\b/g, 'van hoa - xa hoi', 'VH-XH', 'Văn hóa - Xã hội'],
  [/\btp ?-? ?ht\b/g, 'tu phap - ho tich', 'TP-HT', 'Tư pháp - Hộ tịch'],
  [/\bdc ?-? ?xd\b/g, 'dia chinh - xay dung', 'ĐC-XD', 'Địa chính - Xây dựng'],
];

/**
 * A name as it compares whoever wrote it: folded as foldCase folds it, without accents, and with the common
 * abbreviations of public bodies spelled out (`Lãnh đạo UBND xã` and `Lãnh đạo Ủy ban nhân dân xã` are the same).
 * Other punctuation stays: `Phòng A/B` is not `Phòng A-B`.
 */
export function spelledOutName(name: string): string {
  let words = withoutDiacritics(foldCase(name));
  for (const [pattern, spelled] of SPELLED_OUT) words = words.replace(pattern, spelled);
  return words;
}

// Only the abbreviations written as letters of their own ("P." for "Phòng" is a letter any name may hold).
const NAMED = SPELLED_OUT.flatMap(([pattern, folded, short, full]) =>
  short === undefined || full === undefined
    ? []
    : [
        {
          pattern,
          spelled: new RegExp(`\\b${folded.replace(/[,-]/g, '\\W*').replace(/ /g, '\\W+')}\\b`, 'g'),
          short,
          full,
        },
      ],
);

/**
 * The other ways a text may be written with the abbreviations of public bodies: each abbreviation it holds spelled
 * out (`UBND xã` → `Ủy ban nhân dân xã`) and each name it spells out abbreviated (`Ủy ban nhân dân xã` → `UBND xã`),
 * so that a reader finds it whichever way they type it. The other words are folded (no accents); none when it holds
 * neither.
 */
export function abbreviationForms(text: string): string[] {
  const folded = withoutDiacritics(foldCase(text));
  const forms = new Set<string>();
  for (const { pattern, spelled, short, full } of NAMED) {
    pattern.lastIndex = 0;
    if (pattern.test(folded)) forms.add(folded.replace(pattern, full));
    spelled.lastIndex = 0;
    if (spelled.test(folded)) forms.add(folded.replace(spelled, short));
  }
  return [...forms];
}
