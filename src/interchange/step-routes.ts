import { officerStepNumber } from '../model/step-numbers.js';
import type { Step } from '../model/types.js';

/** Where a step goes, as a step table writes it in words, by step numbers ("3", "2b", "2.1": stepNumberKey). */
export type Route =
  | { kind: 'end' }
  | { kind: 'to'; numbers: string[] }
  | { kind: 'choice'; numbers: string[] }
  | { kind: 'decision'; branches: [label: string, number: string][] };

// A step's number as procmap's documents print it: 3, a side step's 2b, a sub-step's 2.1 (model/step-numbers.ts).
const N = String.raw`\d+(?:\.\d+)*[a-z]?`;

/** A step number as routes and a table's TT column are matched by: "03", "B3" and "Bước 3" are "3", "2B" is "2b". */
export function stepNumberKey(text: string): string | undefined {
  return officerStepNumber(text)?.toLowerCase();
}

// As ISO documents write the flow under a step, procmap's own included: "Đủ điều kiện → bước 3; Không đủ → bước 7",
// "→ bước 8", "Chuyển đồng thời: bước 3, 4", "Kết thúc quy trình"; and in English.
const END = /^(?:kết thúc(?: quy trình)?|end(?: of the process)?)\.?$/iu;
const PARALLEL = new RegExp(
  `^(?:chuyển đồng thời|then, in parallel)\\s*:\\s*(?:bước|steps?)\\s+(${N}(?:\\s*,\\s*${N})+)$`,
  'iu',
);
// A step is named by its number ("bước 3") or as officers write its id ("B3", "B.3").
const GOTO = new RegExp(`^(?:→|chuyển(?: sang| đến)?)\\s*(?:(?:bước|step)\\s+|b\\.?\\s?)(${N})$`, 'iu');
// One of several steps, as procmap prints "B2 hoặc B3": "Chuyển bước 2 hoặc bước 3", "Then step 2 or step 3".
const CHOICE = new RegExp(
  `^(?:chuyển|then)\\s+(?:bước|step)\\s+${N}(?:\\s+(?:hoặc|or)\\s+(?:bước|step)\\s+${N})+$`,
  'iu',
);
const CHOICE_NUMBER = new RegExp(`(?:bước|step)\\s+(${N})`, 'giu');
// A branch: "Đạt → bước 3", and as officers word it, "Hồ sơ hợp lệ: chuyển bước 3", "Nếu không đạt thì chuyển sang
// bước 7" (the label is what comes before, without "nếu"). Matched in pieces from the end, each on a bounded tail: a
// cell can hold a long line, and one pattern with a lazy label before spaces takes polynomial time on it.
const TARGET = new RegExp(`(?:(?:bước|step)\\s+|(?<![\\p{L}\\d])b\\.?\\s?)(${N})$`, 'iu');
const ARROW = /(?:→|[:：]\s*chuyển(?: sang| đến)?|,?\s+thì\s+chuyển(?: sang| đến)?)$/iu;
const IF = /^nếu\s+/iu;
// Longer than any ARROW ("…, thì chuyển sang " with a few spaces).
const ARROW_TAIL = 40;

function branchOf(part: string): [label: string, number: string] | undefined {
  const text = part.trim();
  const target = TARGET.exec(text.slice(-ARROW_TAIL));
  if (!target) return undefined;
  const before = text.slice(0, text.length - target[0].length).trimEnd();
  const tail = before.slice(-ARROW_TAIL);
  const arrow = ARROW.exec(tail);
  if (!arrow) return undefined;
  const label = before
    .slice(0, before.length - tail.length + arrow.index)
    .replace(IF, '')
    .trim();
  return label === '' ? undefined : [label, stepNumberKey(target[1]!)!];
}

/** The route a line of a step's cell states, or undefined when the line says something else. */
export function routeOf(line: string): Route | undefined {
  const text = line.trim();
  if (END.test(text)) return { kind: 'end' };
  const parallel = PARALLEL.exec(text);
  if (parallel) return { kind: 'to', numbers: parallel[1]!.split(',').map((n) => stepNumberKey(n)!) };
  if (CHOICE.test(text))
    return { kind: 'choice', numbers: [...text.matchAll(CHOICE_NUMBER)].map((m) => stepNumberKey(m[1]!)!) };
  const goto = GOTO.exec(text);
  if (goto) return { kind: 'to', numbers: [stepNumberKey(goto[1]!)!] };
  const parts = text.split(/;|,(?=\s+nếu\s)/iu).map(branchOf);
  if (parts.length < 2 || parts.some((part) => part === undefined)) return undefined;
  return { kind: 'decision', branches: parts as [string, string][] };
}

/**
 * A route as `next`, its step numbers made the ids of those steps; undefined when a number names no step. A table
 * whose TT column numbers its steps (`byNumber`, by stepNumberKey: 1, 2, 2b, 2.1, 3) is routed by those numbers,
 * "bước 3" being the row numbered 3 and not the third row; a table without numbers by its rows' order.
 */
export function nextOf(
  route: Route,
  steps: readonly Step[],
  byNumber: ReadonlyMap<string, string> = new Map(),
): Step['next'] | undefined {
  const id = (n: string) =>
    byNumber.size > 0
      ? byNumber.get(n)
      : /^\d+$/.test(n) && Number(n) >= 1 && Number(n) <= steps.length
        ? steps[Number(n) - 1]!.id
        : undefined;
  if (route.kind === 'end') return [];
  if (route.kind === 'to' || route.kind === 'choice') {
    const ids = route.numbers.map(id);
    if (!ids.every((one) => one !== undefined)) return undefined;
    return route.kind === 'choice' ? { oneOf: ids as string[] } : (ids as string[]);
  }
  const branches = route.branches.map(([label, n]) => [label, id(n)] as const);
  if (branches.some(([, one]) => one === undefined) || new Set(branches.map(([label]) => label)).size < branches.length)
    return undefined;
  return Object.fromEntries(branches) as Record<string, string>;
}
