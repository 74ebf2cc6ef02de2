import { dataObject, isMap } from './data-object.js';
import { foldToAscii, withoutDiacritics } from './fold.js';
import { spelledOutName } from './abbreviations.js';
import { inLatin } from './homoglyphs.js';
import { withoutInvisible } from './quote.js';
import type { Body, NodePath } from './types.js';

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

// What a body key may be, as schemas/procedure.schema.json says (bodies' propertyNames).
const BODY_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** Whether a text can be a body key: Latin letters, digits, `-` and `_`, starting with a letter, at most 64. */
export function isBodyKey(text: string): boolean {
  return BODY_KEY.test(text);
}

/**
 * A body key written with Vietnamese letters, spaces or dots as a key may be written: `LĐ` → `LD`, `VP ĐK` → `VP_DK`,
 * `P.ĐT` → `P_DT`, `Bộ phận TN&TKQ` → `Bo_phan_TN_TKQ`, `Tư pháp - Hộ tịch` → `Tu_phap-Ho_tich`.
 */
export function asciiBodyKey(key: string): string {
  // A dot is how officers abbreviate "Phòng" (P.ĐT, CV P.LĐ): it parts two words as a space does; so do "&" and "/"
  // of the abbreviations units go by (TN&TKQ, TN&MT, VH/TT), which a key cannot hold. A dash between two names
  // ("Tư pháp - Hộ tịch", Word's en dash too) is the key's own "-", without the spaces around it.
  // Runs of spaces made one first: `\s*[-–—]\s*` read a long run once from each of its starts.
  return withoutDiacritics(inLatin(key))
    .replace(/\s+/g, ' ')
    .replace(/ ?[-–—] ?/g, '-')
    .replace(/[\s.&/]+/g, ' ')
    .trim()
    .replace(/ /g, '_');
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
 * case, spacing, accents and invisible characters aside, the first spelling with accents kept), in order of first
 * use, keyed by the name's initials (`PHC`, then `PHC2` for another name with the same initials); the one-stop desk
 * is marked as such.
 */
export function bodiesOfNames(names: readonly string[]): Record<string, Body> {
  const bodies: Record<string, Body> = Object.create(null) as Record<string, Body>;
  // Keyed by the name as read without accents: "Phong Tu phap" typed where there is no Vietnamese keyboard is
  // "Phòng Tư pháp", whose accented spelling the body keeps.
  const seen = new Map<string, string>();
  for (const written of names) {
    // Spaced as people read it, without characters no one can see (JavaScript counts U+FEFF as a space).
    const name = withoutInvisible(written).replace(/\s+/g, ' ').trim();
    // Abbreviations spelled out: "UBND xã" is "Ủy ban nhân dân xã".
    const bare = spelledOutName(name);
    const known = seen.get(bare);
    if (known !== undefined) {
      if (withoutDiacritics(bodies[known]!.name) === bodies[known]!.name && withoutDiacritics(name) !== name)
        bodies[known] = { ...bodies[known]!, name };
      continue;
    }
    const base = initials(name);
    let key = base;
    for (let k = 2; Object.hasOwn(bodies, key); k++) key = `${base}${k}`;
    seen.set(bare, key);
    bodies[key] = bodyOfName(name);
  }
  return bodies;
}

/** The properties a body written as a map in a list may have (`- { id: BPMC, name: …, single_window: true }`). */
export const LISTED_PROPERTIES: readonly string[] = ['id', 'name', 'single_window', 'on_site'];

// An item quoted whole, `- "TN: Bộ phận TN&TKQ"`, as a word processor's quotes or a cautious officer leave it: YAML
// reads it as text, but it says what the unquoted `- TN: Bộ phận TN&TKQ` says, a key (as `bodies` keys are written)
// and its body's name.
const QUOTED_ENTRY = /^\s*([A-Za-z][A-Za-z0-9_-]{0,63})\s*:\s+(\S.*?)\s*$/su;

/**
 * How an item of `bodies` written as a list names its body: its key when it gives one, and the body (a name alone, a
 * map with `name`, or one `KEY: body` entry); undefined for an item of neither shape.
 */
export function listedBody(item: unknown): { key?: string; body: string | Record<string, unknown> } | undefined {
  if (typeof item === 'string') {
    const keyed = QUOTED_ENTRY.exec(item);
    return keyed ? { key: keyed[1]!, body: keyed[2]! } : { body: item };
  }
  if (!isMap(item)) return undefined;
  const entries = Object.entries(item);
  if (Object.hasOwn(item, 'name')) {
    if (!entries.every(([key]) => LISTED_PROPERTIES.includes(key))) return undefined;
    const { id, ...body } = item;
    return typeof id === 'string' ? { key: id, body } : { body };
  }
  const [entry] = entries;
  if (entries.length !== 1 || LISTED_PROPERTIES.includes(entry![0])) return undefined;
  const [key, body] = entry!;
  return typeof body === 'string' || (body !== null && typeof body === 'object')
    ? { key, body: body as string | Record<string, unknown> }
    : undefined;
}

/**
 * Each item's key in a list of bodies, in the list's order: the key it gives, else its name's initials (`PHC2` after
 * `PHC`, never a key another item gives); undefined for an item of neither shape, or one whose key came before.
 */
export function listedBodyKeys(items: readonly unknown[]): (string | undefined)[] {
  const listed = items.map(listedBody);
  const given = new Set(listed.flatMap((item) => (item?.key === undefined ? [] : [item.key])));
  const taken = new Set<string>();
  return listed.map((item) => {
    if (item === undefined) return undefined;
    let key = item.key;
    if (key === undefined) {
      const name = typeof item.body === 'string' ? item.body : item.body.name;
      const base = initials(typeof name === 'string' ? name : '');
      key = base;
      for (let k = 2; given.has(key) || taken.has(key); k++) key = `${base}${k}`;
    }
    if (taken.has(key)) return undefined;
    taken.add(key);
    return key;
  });
}

/**
 * The `bodies` map a list of bodies stands for, keyed as listedBodyKeys says; a body written as its name alone is the
 * map that name makes. An item given twice, or of neither shape, is left out: the schema layer reports it.
 */
export function bodiesOfList(items: readonly unknown[]): Record<string, Record<string, unknown>> {
  const bodies = dataObject<Record<string, unknown>>();
  listedBodyKeys(items).forEach((key, i) => {
    const item = key === undefined ? undefined : listedBody(items[i]);
    if (key === undefined || item === undefined) return;
    bodies[key] = typeof item.body === 'string' ? { ...bodyOfName(item.body) } : item.body;
  });
  return bodies;
}

/**
 * Where a path into the canonical procedure stands in the data as written: a body of a list is its item
 * (`['bodies', 'TP']` → `['bodies', 1]`, or `['bodies', 1, 'TP']` for an item written `- TP: …`); other paths as given.
 */
export function writtenBodyPath(data: unknown, path: NodePath): NodePath {
  const items = (data as { bodies?: unknown } | null)?.bodies;
  if (path[0] !== 'bodies' || typeof path[1] !== 'string' || !Array.isArray(items)) return path;
  const at = listedBodyKeys(items).indexOf(path[1]);
  if (at < 0) return path;
  const item: unknown = items[at];
  const entry = isMap(item) && !Object.hasOwn(item, 'name') ? [path[1]] : [];
  return ['bodies', at, ...entry, ...path.slice(2)];
}

/**
 * The ways a text may name a body and then who in it does a step, the longest body first: before brackets that close
 * it ("Bộ phận Một cửa (Công chức tiếp nhận)"), then before each dash, colon, comma or slash, from the last ("Công chức
 * Tư pháp - Hộ tịch - Ông A"). The caller keeps the first whose body it knows.
 */
export function roleSplits(text: string): { body: string; role: string }[] {
  const cell = text.trim();
  const splits: [string, string][] = [];
  const open = cell.endsWith(')') ? cell.lastIndexOf('(') : -1;
  if (open > 0) splits.push([cell.slice(0, open), cell.slice(open + 1, -1)]);
  for (const mark of [...cell.matchAll(/\s*[-–—:,/]\s*/gu)].reverse())
    splits.push([cell.slice(0, mark.index), cell.slice(mark.index + mark[0].length)]);
  return splits.map(([body, role]) => ({ body: body.trim(), role: role.trim() })).filter((s) => s.body && s.role);
}
