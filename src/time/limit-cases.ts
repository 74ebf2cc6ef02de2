import { readDuration } from '../model/duration.js';
import { foldCase } from '../model/fold.js';
import type { Duration } from '../model/types.js';

// A law names the cases that take another limit after its general one: "10 ngày làm việc; trường hợp phải xác minh
// thì không quá 15 ngày làm việc", "(nếu phải xác minh: 15 ngày làm việc)". The reading keeps them in the limit's note
// (model/duration.ts withException); here each is read back as its case's words and its limit.

/** One case a limit names with a limit of its own, in working time or dates procmap counts. */
export interface ExceptionCase {
  /** The case as the law words it, after "trường hợp" / "nếu" / "khi": "phải xác minh". */
  words: string;
  /** Its limit as the law writes it: "không quá 15 ngày làm việc". */
  text: string;
  duration: Duration;
}

// One clause of the note: the case, then "thì", "là" or a colon, then its limit.
const CLAUSE = /^(?:trong |đối với |riêng )?(?:trường hợp|nếu|khi) (.+?)(?: thì|:| là) (.+)$/iu;

/**
 * The cases a limit names with a limit of their own after its general one, in the order written. A case whose limit
 * is a bare "15 ngày" (working or calendar days? rule ambiguous-days asks) or that procmap does not read is left out:
 * no verdict rests on a reading the officer has not settled.
 */
export function exceptionCases(limit: string): ExceptionCase[] {
  const reading = readDuration(limit);
  if (!reading.ok || reading.duration.note === undefined) return [];
  return reading.duration.note.split(/[;()]/u).flatMap((piece) => {
    const clause = CLAUSE.exec(piece.trim());
    if (!clause) return [];
    const own = readDuration(clause[2]!);
    if (!own.ok || own.bare || own.duration.note !== undefined) return [];
    return [{ words: clause[1]!.trim(), text: clause[2]!.trim(), duration: own.duration }];
  });
}

// Words that join a case to its sentence rather than say which case it is: "nếu cần xác minh" and "trường hợp phải
// xác minh" are one case. Longer ones first, so that "trường hợp" goes before a word of it could.
const CONNECTIVES = ['trường hợp', 'đối với', 'hồ sơ', 'trong', 'nếu', 'khi', 'riêng', 'phải', 'cần', 'có', 'thì'];
// Words that turn a case into the other one: "nếu không cần xác minh" is the case without verification.
const NEGATIONS = new Set(['không', 'chưa', 'chẳng']);

/** A case's words as compared: its meaning words, and whether it is said in the negative. */
function caseKey(text: string): { words: string; negative: boolean } {
  let folded = ` ${foldCase(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  for (const word of CONNECTIVES) folded = folded.replaceAll(` ${word} `, ' ').replaceAll(` ${word} `, ' ');
  const words = folded.split(' ').filter((word) => word !== '');
  const negations = words.filter((word) => NEGATIONS.has(word)).length;
  return { words: words.filter((word) => !NEGATIONS.has(word)).join(' '), negative: negations % 2 === 1 };
}

/**
 * Whether a branch of the steps ("nếu cần xác minh", "Cần xác minh") is the case a limit names ("trường hợp phải xác
 * minh"): the same words once the words that join them to the sentence are dropped, said the same way. "Nếu không
 * cần xác minh" is the other case, and never matches.
 */
export function branchIsCase(label: string, words: string): boolean {
  const branch = caseKey(label);
  const named = caseKey(words);
  return branch.words !== '' && branch.words === named.words && branch.negative === named.negative;
}
