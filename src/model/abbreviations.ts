import { foldCase, withoutDiacritics } from './fold.js';

// The abbreviations of public bodies' names every office writes, each of one meaning only in a body's name, as the
// folded letters a reader may type them in (`UBND`, `TN&MT`, `LĐ-TB&XH`), with what they spell, folded the same way.
// Two-letter ones that name several things (`TP`: thành phố or trưởng phòng, `TT`: trung tâm or thông tư) are not
// here: a reader cannot tell which is meant.
const SPELLED_OUT: readonly (readonly [RegExp, string])[] = [
  // "P.TNMT", "P. Tư pháp", "CV P.LĐ": a P with a full stop at a word's start is how officers shorten "Phòng"; a P
  // and a space only at the name's start ("P TNMT"): inside a name a lone letter may be anything.
  [/(^|[\s(/,;])p ?\. ?(?=[a-z0-9])/g, '$1phong '],
  [/^p (?=[a-z])/g, 'phong '],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bbpmc\b/g, 'bo phan mot cua'],
  [/\btn ?[&-]? ?tkq\b/g, 'tiep nhan va tra ket qua'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bttpvhcc\b/g, 'trung tam phuc vu hanh chinh cong'],
  [/\bpvhcc\b/g, 'phuc vu hanh chinh cong'],
  [/\bvpdkdd\b/g, 'van phong dang ky dat dai'],
  [/\bvp\b/g, 'van phong'],
  [/\btn ?[&-]? ?mt\b/g, 'tai nguyen va moi truong'],
  [/\bld ?-? ?tb ?[&-]? ?xh\b/g, 'lao dong - thuong binh va xa hoi'],
  [/\bkh ?[&-]? ?dt\b/g, 'ke hoach va dau tu'],
  [/\bgd ?[&-]? ?dt\b/g, 'giao duc va dao tao'],
  [/\bnn ?[&-]? ?ptnt\b/g, 'nong nghiep va phat trien nong thon'],
  [/\bvh ?,? ?tt ?[&-]? ?dl\b/g, 'van hoa, the thao va du lich'],
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
