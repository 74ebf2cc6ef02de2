import { foldCase, foldToAscii, withoutDiacritics } from './fold.js';
import { withoutInvisible } from './quote.js';
import type { Body } from './types.js';

// Words left out of a body's initials (và, các, những); not "của", which folds to the same letters as "cửa".
const MINOR_WORDS = new Set(['va', 'cac', 'nhung']);

/**
 * Upper-case initials of a name, for body keys: `Bộ phận Tiếp nhận và Trả kết quả` → `BPTNTKQ`; a name that is
 * already an abbreviation stays whole (`TTPVHCC`).
 */
export function initials(name: string, max = 12): string {
  const words = withoutDiacritics(name)
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()));
  const letters = words
    .map((word) => (/^\d+$/.test(word) || (words.length === 1 && /^[A-Z][A-Z0-9]+$/.test(word)) ? word : word[0]!))
    .join('')
    .toUpperCase();
  return /^[A-Z]/.test(letters) ? letters.slice(0, max) : `B${letters}`.slice(0, max);
}

/** Whether a body's name is the one-stop desk's (bộ phận một cửa, tiếp nhận và trả kết quả, phục vụ hành chính công). */
export function isSingleWindow(name: string): boolean {
  return /mot cua|tiep nhan va tra ket qua|phuc vu hanh chinh cong|tn ?& ?tkq/.test(foldToAscii(name));
}

/** The body a name alone makes: the one-stop desk's name marks it as such, as the centre's own step tables mean it. */
export function bodyOfName(name: string): Body {
  return isSingleWindow(name) ? { name, single_window: true } : { name };
}

/**
 * The bodies that step bodies written by name make, for a procedure without a `bodies` map: one per name (letter
 * case, spacing and invisible characters aside, the first spelling kept), in order of first use, keyed by the name's initials (`PHC`, then
 * `PHC2` for another name with the same initials); the one-stop desk is marked as such.
 */
export function bodiesOfNames(names: readonly string[]): Record<string, Body> {
  const bodies: Record<string, Body> = Object.create(null) as Record<string, Body>;
  const seen = new Set<string>();
  for (const written of names) {
    // Spaced as people read it, without characters no one can see (JavaScript counts U+FEFF as a space).
    const name = withoutInvisible(written).replace(/\s+/g, ' ').trim();
    if (seen.has(foldCase(name))) continue;
    seen.add(foldCase(name));
    const base = initials(name);
    let key = base;
    for (let k = 2; Object.hasOwn(bodies, key); k++) key = `${base}${k}`;
    bodies[key] = bodyOfName(name);
  }
  return bodies;
}
