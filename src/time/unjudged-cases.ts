import type { Flow } from '../model/flow.js';
import type { Lang } from '../i18n.js';
import { fill } from '../i18n.js';
import { caseBranches } from './case-flows.js';
import { branchCase, exceptionCases, uncountedCases } from './limit-cases.js';
import { formatLimit } from './units.js';

// A limit's case that no branch of the steps is judges nothing: its paths count against the general limit. When that
// limit is exceeded, the officer is told which case it may be and how to write the branch, so the verdict is not
// read as the law's being broken where the law gives the case more time.

/** A case of a limit that judges no path, and why. */
export type UnjudgedCase =
  | { why: 'unnamed'; words: string; limit: string }
  | { why: 'ambiguous'; branch: string; words: string[] }
  | { why: 'units'; words: string; added: string };

/** The cases of a limit no branch of `flow` is judged by: none names them, one may be two of them, or their time does not add up. */
export function unjudgedCases(flow: Flow, limit: string, lang: Lang): UnjudgedCase[] {
  const cases = exceptionCases(limit);
  // Nearly every limit names no case: no branch can then be one, nor be ambiguous between two.
  if (cases.length === 0)
    return uncountedCases(limit).map(({ words, text }) => ({ why: 'units' as const, words, added: text }));
  const taken = caseBranches(flow, cases);
  const ambiguous = flow.edges.flatMap((edge) =>
    edge.kind === 'decision' && edge.label !== undefined && branchCase(edge.label, cases) === 'ambiguous'
      ? [{ branch: edge.label, ks: cases.flatMap((named, k) => (branchCase(edge.label!, [named]) === 0 ? [k] : [])) }]
      : [],
  );
  const inAmbiguous = new Set(ambiguous.flatMap(({ ks }) => ks));
  return [
    ...cases.flatMap((named, k) =>
      taken[k]!.length === 0 && !inAmbiguous.has(k)
        ? [{ why: 'unnamed' as const, words: named.words, limit: formatLimit(named.duration, lang) }]
        : [],
    ),
    ...ambiguous.map(({ branch, ks }) => ({
      why: 'ambiguous' as const,
      branch,
      words: ks.map((k) => cases[k]!.words),
    })),
    ...uncountedCases(limit).map(({ words, text }) => ({ why: 'units' as const, words, added: text })),
  ];
}

const HINTS = {
  unnamed: {
    en: '. The limit also names the case "{case}" ({limit}), which no branch of the steps names: if this path is that case, write its branch\'s condition as "nếu {case}" to have it judged against that case\'s limit',
    vi: '. Thời hạn còn có trường hợp "{case}" ({limit}) mà không nhánh nào của các bước ghi: nếu đường này là trường hợp đó, ghi điều kiện của nhánh là "nếu {case}" để được xét theo thời hạn của trường hợp đó',
  },
  ambiguous: {
    en: '. The branch "{branch}" may be any of the limit\'s cases {cases}: write its condition in the words of one case, e.g. "nếu {first}"',
    vi: '. Nhánh "{branch}" có thể là trường hợp nào trong {cases} của thời hạn: ghi điều kiện của nhánh đủ lời của một trường hợp, ví dụ "nếu {first}"',
  },
  units: {
    en: '. The case "{case}" takes "{added}", in another unit than the general limit, which procmap cannot add to it: write that case\'s whole limit in one unit, e.g. "…; trường hợp {case} thì không quá N ngày làm việc", N the total',
    vi: '. Trường hợp "{case}" có "{added}", khác đơn vị với thời hạn chung nên procmap không cộng được: ghi cả thời hạn của trường hợp đó bằng một đơn vị, ví dụ "…; trường hợp {case} thì không quá N ngày làm việc", N là tổng',
  },
} as const;

/** What to add to an over-the-limit message for each unjudged case: a sentence each, or "" for none. */
export function unjudgedHint(cases: readonly UnjudgedCase[], lang: Lang): string {
  return cases
    .map((one) => {
      if (one.why === 'unnamed') return fill(HINTS.unnamed[lang], { case: one.words, limit: one.limit });
      if (one.why === 'units') return fill(HINTS.units[lang], { case: one.words, added: one.added });
      const cases = one.words.map((words) => `"${words}"`).join(', ');
      return fill(HINTS.ambiguous[lang], { branch: one.branch, cases, first: one.words[0]! });
    })
    .join('');
}

/** The same sentences standing alone, under a verdict rather than after one (`procmap time`, the document's 5.4). */
export function unjudgedNote(cases: readonly UnjudgedCase[], lang: Lang): string {
  return unjudgedHint(cases, lang).replace(/^\. /u, '');
}
