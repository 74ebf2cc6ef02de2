import { spelledOutName } from './abbreviations.js';
import type { BreakdownPart } from './limit-breakdown.js';
import type { Body } from './types.js';

/** The bodies whose steps take one agency's share of a liên thông limit: the share as written and their keys. */
export interface ShareBodies {
  agency: string;
  time: string;
  keys: string[];
}

/**
 * The shares matched to the bodies that take them (`matched`, in the law's order), or the first share whose agency
 * names no body (`unmatched`), or a body two shares would both name (`shared`): then no share is matched, since
 * steps put under the wrong share would be judged against the wrong time.
 */
export type ShareMatch =
  | { kind: 'matched'; shares: ShareBodies[] }
  | { kind: 'unmatched'; agency: string; time: string; matched: string[]; taken: string[] }
  | { kind: 'shared'; key: string; agencies: [string, string] };

// A level said in a name ("Ủy ban nhân dân cấp xã") is not said in another ("UBND xã"): the same office either way.
const LEVEL_WORD = /(^| )cap (?=xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|trung uong|bo)/gu;

// A level alone, as officers write a share for the People's Committee of that level ("cấp xã: 05 ngày", "xã: 05 ngày").
const LEVEL_ALONE = /^(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|tinh|thanh pho)$/u;
// "TP" after "Sở" or "Phòng" is Tư pháp: no department is named "thành phố" or "trưởng phòng" (abbreviations.ts leaves
// "TP" alone elsewhere, where it may be either).
const JUSTICE = /(^| )(so|phong) tp(?= |$)/gu;

/**
 * A name as a share and a body's name compare: read as spelledOutName reads it, "cấp" before a level left out, "Sở
 * TP" as "Sở Tư pháp", and a level alone as its People's Committee ("cấp xã", "xã" as "Ủy ban nhân dân xã").
 */
function compared(name: string): string {
  const read = spelledOutName(name)
    .replace(LEVEL_WORD, '$1')
    .replace(JUSTICE, '$1$2 tu phap')
    .replace(/\s+/gu, ' ')
    .trim();
  return LEVEL_ALONE.test(read) ? `uy ban nhan dan ${read}` : read;
}

/**
 * Whether a share's agency names a body, as procmap compares bodies' names elsewhere (same-office.ts): the same name
 * with abbreviations spelled out, or one the other with words after it ("UBND xã" and "UBND xã Thử"), or the body's
 * key itself ("STP"); or the body is a unit or officer of it, its name holding the agency's whole ("Lãnh đạo Sở Nội
 * vụ" for "Sở Nội vụ").
 */
function names(agency: string, key: string, body: Body): boolean {
  const [a, b] = [compared(agency), compared(body.name)];
  if (a === b || compared(key) === a) return true;
  if (!a.includes(' ') || !b.includes(' ')) return false;
  // A unit or an officer of the agency: "Lãnh đạo Sở Nội vụ", "Phòng NCC – Sở Nội vụ" are Sở Nội vụ's.
  return ` ${b} `.includes(` ${a} `) || a.startsWith(`${b} `);
}

/** The bodies each share of a liên thông limit names, as procmap matches names; see ShareMatch. */
export function shareBodies(parts: readonly BreakdownPart[], bodies: Readonly<Record<string, Body>>): ShareMatch {
  const shares: ShareBodies[] = [];
  const owner = new Map<string, string>();
  for (const { agency, time } of parts) {
    const keys = Object.entries(bodies)
      .filter(([key, body]) => names(agency, key, body))
      .map(([key]) => key);
    if (keys.length === 0) {
      const [matched, taken] = [shares.map((share) => share.agency), shares.flatMap((share) => share.keys)];
      return { kind: 'unmatched', agency, time, matched, taken };
    }
    for (const key of keys) {
      const before = owner.get(key);
      if (before !== undefined) return { kind: 'shared', key, agencies: [before, agency] };
      owner.set(key, agency);
    }
    shares.push({ agency, time, keys });
  }
  return { kind: 'matched', shares };
}
