import { foldToAscii } from './fold.js';
import type { Step } from './types.js';

// A step that asks the applicant for missing papers (Circular 03/2025/TT-VPCP, Mẫu 02 "Phiếu yêu cầu bổ sung, hoàn
// thiện hồ sơ"): "Thông báo yêu cầu bổ sung hồ sơ", "Hướng dẫn hoàn thiện hồ sơ", "Trả hồ sơ để bổ sung". Not one that
// receives the completed papers ("Tiếp nhận hồ sơ bổ sung"), which goes on as the dossier does. Up to 10 words between
// the verb and what it asks, as the annexes word it ("thông báo bằng văn bản cho tổ chức, cá nhân hoàn thiện hồ sơ"),
// within one sentence (no word crosses a full stop, semicolon or colon). Each word is a run of non-spaces between
// spaces, so a word splits one way only: the pattern tries at most 10 words from each verb, however long the name.
const ASKS =
  /\b(?:yeu cau|de nghi|thong bao|huong dan|tra (?:lai )?ho so)\b(?:\s+[^\s.;:]+){0,10}?\s+(?:bo sung|hoan thien)\b|\bmau (?:so )?0?2\b/;

/** Whether a step's name says it asks the applicant to complete the dossier (bổ sung, hoàn thiện hồ sơ, Mẫu 02). */
export function asksForSupplement(step: Step): boolean {
  const name = foldToAscii(step.name);
  return ASKS.test(name) && !/^tiep nhan\b/.test(name);
}

/**
 * The first step of a path that asks for missing papers and, having no `next`, runs on into the step listed after it
 * (the path goes on past it), with that step; undefined when there is none. The dossier goes back to the applicant
 * there: the flow should end at it.
 */
export function fallThroughSupplement(
  steps: readonly Step[],
  path: readonly number[],
): { step: Step; into: Step } | undefined {
  for (const [at, i] of path.entries()) {
    const step = steps[i]!;
    const into = steps[path[at + 1]!];
    if (into !== undefined && step.next === undefined && path[at + 1] === i + 1 && asksForSupplement(step))
      return { step, into };
  }
  return undefined;
}
