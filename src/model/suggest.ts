import { inLatin } from './homoglyphs.js';
import { asciiLookalikes } from './lookalikes.js';
import { romanNumber } from './roman-numerals.js';

/** Edit distance between two short strings (Levenshtein), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  return distanceWithin(a, b, Infinity);
}

/** The word or letter before a step's number, the ways tables write it: B3, Bước 3, Buoc 3, Step 3, S3. */
export const STEP_WORD = /bước|buoc|b|step|s/iu;
/** A step named by its number, the ways tables write it: 3, 03, B3, B.3, Bước 3, bước 03, Buoc 3, Step 3 (the number, group 1). */
export const STEP_NUMBER = new RegExp(`^(?:${STEP_WORD.source})?\\s*\\.?\\s*0*(\\d+)$`, 'iu');

/**
 * The one step id that names the same step number as `name` ("Bước 3" and B3), undefined when there is none or more
 * than one; null when `name` is not a step number at all.
 */
export function sameStepNumber(name: string, ids: Iterable<string>): string | undefined | null {
  const text = name.normalize('NFC').trim();
  const number = STEP_NUMBER.exec(text)?.[1];
  const roman = number === undefined ? romanStep(text) : undefined;
  if (number === undefined && roman === undefined) return null;
  const numbered = number ?? String(roman!.value);
  const matches = [...ids].filter((id) => {
    const written = id.normalize('NFC').trim();
    // "Bước II" names step 2 (B2, "Bước 2") and a step whose id is that numeral ("II", "Bước II").
    return STEP_NUMBER.exec(written)?.[1] === numbered || (roman !== undefined && romanStepId(written) === roman.value);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

// A step named by its word and a Roman numeral, as some step tables number steps ("Bước II", "Step IV"). The word is
// required: a capital I, V or X alone may be a letter or a step's own id, never read as a number here.
const ROMAN_STEP = /^(?:bước|buoc|step)\s+([IVXLC]+)\.?$/iu;

/** The number a step's word and Roman numeral give ("Bước II" → 2), or undefined. */
function romanStep(text: string): { value: number } | undefined {
  const value = romanNumber(ROMAN_STEP.exec(text)?.[1] ?? '');
  return value === undefined ? undefined : { value };
}

/** The number a step id written as a Roman numeral stands for, with its word or alone ("II", "Bước II"), or undefined. */
function romanStepId(id: string): number | undefined {
  return romanStep(id)?.value ?? romanNumber(id);
}

/** The closest candidate to a misspelt name, when one is close enough to be a likely typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = seen(name);
  for (const candidate of candidates) {
    const other = seenCandidate(candidate);
    // The distance is at least the difference in length: a candidate that cannot come within the limit, or beat the
    // best so far, is not worth measuring (a file of forty thousand unknown keys asks for each of them).
    const bound = Math.min(limit, bestDistance - 1);
    if (Math.abs(other.length - lower.length) > bound) continue;
    const distance = distanceWithin(lower, other, bound);
    if (distance <= bound) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/**
 * The header of a file nearest to one of the headers a column mapping names (a slip, a letter's accent), or undefined
 * when none is near: how `ontime --map` and `import --map` say which column the officer likely meant.
 */
export function nearestHeader(wanted: readonly string[], headers: readonly string[]): string | undefined {
  const written = headers.map((header) => header.trim()).filter((header) => header !== '');
  for (const header of wanted) {
    const near = closest(header, written);
    if (near !== undefined) return near;
  }
  return undefined;
}

/** The edit distance of two strings when it is at most `bound`, else a number above `bound`. */
function distanceWithin(a: string, b: string, bound: number): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      if (row[j]! < least) least = row[j]!;
    }
    // No row's least is below the row before's: once past the bound, the distance is too.
    if (least > bound) return bound + 1;
  }
  return row[b.length]!;
}

/** A name as a reader sees it: a full-width "ＣＭ" or a Cyrillic "СM" is nearest to "CM", not to "MC". */
function seen(text: string): string {
  return asciiLookalikes(inLatin(text)).toLowerCase();
}

// The candidates are most often the same few field names, asked again for every unknown key of a file.
const seenCandidates = new Map<string, string>();

function seenCandidate(text: string): string {
  let found = seenCandidates.get(text);
  if (found === undefined) {
    // Bounded: candidates can be a file's own step ids.
    if (seenCandidates.size >= 1024) seenCandidates.clear();
    found = seen(text);
    seenCandidates.set(text, found);
  }
  return found;
}
