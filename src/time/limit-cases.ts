import { readDuration } from '../model/duration.js';
import { foldCase } from '../model/fold.js';
import { explicitDays } from '../model/explicit-days.js';
import { limitFor } from '../model/limit-for.js';
import type { Duration } from '../model/types.js';
import { formatDuration } from './units.js';

// A law names the cases that take another limit after its general one: "10 ngày làm việc; trường hợp phải xác minh
// thì không quá 15 ngày làm việc", "(nếu phải xác minh: 15 ngày làm việc)". The reading keeps them in the limit's note
// (model/duration.ts withException); here each is read back as its case's words and its limit.

/** One case a limit names with a limit of its own, in working time or dates procmap counts. */
export interface ExceptionCase {
  /** The case as the law words it, after "trường hợp" / "nếu" / "khi": "phải xác minh". */
  words: string;
  /**
   * Its limit as the law writes it: "không quá 15 ngày làm việc"; where the law adds time to the general limit
   * ("tăng thêm 05 ngày làm việc" after 3), the sum: "8 ngày làm việc".
   */
  text: string;
  duration: Duration;
  /**
   * The case's limit is a bare "15 ngày", working or calendar days as the officer has not said (rule ambiguous-days):
   * its branch is the case's, not the general limit's, but no verdict is given on it; `duration` is procmap's reading,
   * calendar days.
   */
  unsettled?: true;
  /**
   * For an unsettled case, the limits its paths are judged against, each reading written out: an error only when they
   * run over every one ("15 ngày làm việc" and "15 ngày lịch"); none judges it when a reading cannot be counted.
   */
  readings?: string[];
  /**
   * Its limit is the general one with time added ("tăng thêm 10 ngày"): the same steps given more time, so with no
   * branch that names it, it is every path's.
   */
  extension?: true;
  /**
   * A bare "tăng thêm 05 ngày" after a limit in working days, read as calendar days: the general limit, then `days`
   * calendar days from the day after its end (Art. 147–148); `readings[0]` is the other reading, working days. The
   * words to write for each reading: "tăng thêm 05 ngày làm việc", "tăng thêm 05 ngày lịch".
   */
  calendarExtension?: { general: string; days: number; working: string; calendar: string };
}

// One clause of the note: the case, then "thì", "là" or a colon, then its limit; or the case named with "đối với"
// alone, then "thì" ("đối với các xã miền núi, hải đảo thì …").
const CLAUSE =
  /^(?:(?:trong |đối với |riêng )?(?:trường hợp|nếu|khi) (.+?)(?: thì|:| là)|(?:đối với|riêng) (.+?) thì) (.+)$/iu;
// A case's limit given as time added to the general one: "thời gian giải quyết được tăng thêm 05 ngày làm việc",
// "thời hạn kéo dài thêm không quá 05 ngày làm việc", "được gia hạn thêm …", "cộng thêm …", "thêm không quá …".
const EXTENSION =
  /^(?:(?:thời gian|thời hạn)(?: giải quyết| thực hiện| xử lý)?(?: hồ sơ)? )?(?:(?:được|sẽ được|có thể được) )?(?:(?:tăng|kéo dài|gia hạn|cộng) )?thêm (.+)$/iu;

/** A case named in one clause of the note: its words, and its limit as written. */
function clauseOf(piece: string): { words: string; text: string } | undefined {
  const clause = CLAUSE.exec(piece);
  if (clause) return { words: (clause[1] ?? clause[2])!.trim(), text: clause[3]!.trim() };
  // The limit first, then whom it is for, as land procedures write it: "không quá 20 ngày làm việc đối với các xã
  // miền núi, hải đảo, vùng sâu, vùng xa".
  const first = limitFor(piece);
  return first && readDuration(first.limit).ok ? { words: first.whom, text: first.limit } : undefined;
}

/** A case whose limit the law gives as time added to the general one, in another unit: procmap cannot add them. */
export interface UncountedCase {
  /** The case as the law words it. */
  words: string;
  /** The time added as the law writes it: "tăng thêm 30 ngày". */
  text: string;
}

/** The cases of a limit, read or not: each read case with its limit, and each added time procmap cannot add. */
function casesOf(limit: string): { read: ExceptionCase[]; uncounted: UncountedCase[]; unsettled: ExceptionCase[] } {
  const reading = readDuration(limit);
  const out = { read: [] as ExceptionCase[], uncounted: [] as UncountedCase[], unsettled: [] as ExceptionCase[] };
  if (!reading.ok || reading.duration.note === undefined) return out;
  for (const piece of reading.duration.note.split(/[;()]/u)) {
    const clause = clauseOf(piece.trim());
    if (!clause) continue;
    const added = EXTENSION.exec(clause.text);
    const own = readDuration(added ? added[1]! : clause.text);
    if (!own.ok || own.duration.note !== undefined) continue;
    // A case's own bare "15 ngày" is the officer's to settle: its branch is kept apart from the general limit's paths,
    // which would otherwise judge it against a limit the law does not give it.
    if (own.bare && !added) {
      const readings = [explicitDays(clause.text, 'working'), explicitDays(clause.text, 'calendar')];
      out.unsettled.push({ ...clause, duration: own.duration, unsettled: true, readings });
    }
    if (own.bare && added) {
      const extended = unsettledExtension(reading, clause.words, added[1]!, own.duration.value);
      if (extended) out.unsettled.push(extended);
    }
    if (own.bare) continue;
    if (!added) {
      out.read.push({ ...clause, duration: own.duration });
      continue;
    }
    // The case's limit is the general one and the time added: 3 + 5 working days; a general limit of bare days is
    // ambiguous-days' to ask, and times in two units (working and calendar days) are the officer's to add.
    const { value, unit } = reading.duration;
    if (reading.bare) continue;
    if (unit !== own.duration.unit || unit === 'sameday' || reading.duration.years !== own.duration.years) {
      out.uncounted.push(clause);
      continue;
    }
    const duration: Duration = {
      value: value + own.duration.value,
      unit,
      ...(own.duration.years ? { years: true } : {}),
    };
    out.read.push({ words: clause.words, text: formatDuration(duration, 'vi'), duration, extension: true });
  }
  return out;
}

/**
 * A bare "tăng thêm 10 ngày" after a limit in working days: 10 more of the limit's working days (the sum, 20 working
 * days), or 10 calendar days from the day after the limit ends (`calendarExtension`, swept over the receipts by
 * within-time-limit); over one reading alone is a warning. After a limit in other units, judged against nothing.
 */
function unsettledExtension(
  general: ReturnType<typeof readDuration> & { ok: true },
  words: string,
  added: string,
  days: number,
): ExceptionCase | undefined {
  if (general.bare) return undefined;
  const { value, unit } = general.duration;
  const sum: Duration = { value: value + days, unit: 'd' };
  const limit = formatDuration(general.duration, 'vi');
  return {
    words,
    text: `${limit}, tăng thêm ${added.trim()}`,
    duration: unit === 'd' ? sum : general.duration,
    unsettled: true,
    readings: unit === 'd' ? [formatDuration(sum, 'vi')] : [],
    extension: true,
    ...(unit === 'd'
      ? {
          calendarExtension: {
            general: limit,
            days,
            working: `tăng thêm ${explicitDays(added.trim(), 'working')}`,
            calendar: `tăng thêm ${explicitDays(added.trim(), 'calendar')}`,
          },
        }
      : {}),
  };
}

/**
 * The cases a limit names with a limit of their own after its general one, in the order written. A case whose limit
 * is a bare "15 ngày" (working or calendar days? rule ambiguous-days asks) or that procmap does not read is left out:
 * no verdict rests on a reading the officer has not settled. A case given time added to the general limit ("tăng
 * thêm 05 ngày làm việc") has the sum as its limit ("8 ngày làm việc").
 */
export function exceptionCases(limit: string): ExceptionCase[] {
  return casesOf(limit).read;
}

/**
 * The cases a limit names whose own limit is a bare "15 ngày" (`unsettled`): their branches are theirs, yet judged
 * against nothing until the officer writes which days (rule ambiguous-days).
 */
export function unsettledCases(limit: string): ExceptionCase[] {
  return casesOf(limit).unsettled;
}

/** The cases whose added time is in another unit than the general limit ("10 ngày làm việc; … tăng thêm 30 ngày lịch"). */
export function uncountedCases(limit: string): UncountedCase[] {
  return casesOf(limit).uncounted;
}

// Words that join a case to its sentence rather than say which case it is: "nếu cần xác minh" and "trường hợp phải
// xác minh" are one case. Longer ones first, so that "trường hợp" goes before a word of it could.
const CONNECTIVES = [
  'trường hợp',
  'đối với',
  'hồ sơ',
  'trong',
  'thuộc',
  'nếu',
  'khi',
  'riêng',
  'phải',
  'cần',
  'có',
  'thì',
  'là',
];
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

/** A case's words and a branch's said the same way: the branch's key is a whole-word start of the case's. */
function startsCase(label: string, words: string): boolean {
  const branch = caseKey(label);
  const named = caseKey(words);
  return branch.words !== '' && branch.negative === named.negative && named.words.startsWith(`${branch.words} `);
}

/**
 * Which of a limit's cases a branch of the steps is: the one it names (branchIsCase), else the one whose words it
 * begins ("nếu phải xác minh" for "phải xác minh về điều kiện đương nhiên được xóa án tích"); 'ambiguous' when it
 * begins the words of two cases or more, which it may then be either of; undefined for none.
 */
export function branchCase(label: string, cases: readonly { words: string }[]): number | 'ambiguous' | undefined {
  const exact = cases.findIndex((named) => branchIsCase(label, named.words));
  if (exact >= 0) return exact;
  const begun = cases.flatMap((named, k) => (startsCase(label, named.words) ? [k] : []));
  return begun.length === 1 ? begun[0] : begun.length > 1 ? 'ambiguous' : undefined;
}
