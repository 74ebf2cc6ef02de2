import { spelledOutName } from './abbreviations.js';
import { isSingleWindow } from './body-keys.js';

// Two names of bodies procmap does not merge but an officer may mean as one office: merged silently, two offices
// would share one lane; kept apart silently, one office becomes two lanes (PT and PT2). Only the officer knows.

/**
 * Whether two body names, not the same name as procmap reads them (abbreviations spelled out), may still be one
 * office: both the one-stop desk ("Bộ phận Một cửa", "Bộ phận TN&TKQ"), or one the other with words added after it
 * ("Phòng TNMT" and "Phòng TNMT huyện").
 */
export function mayBeOneOffice(a: string, b: string): boolean {
  const [x, y] = [spelledOutName(a), spelledOutName(b)];
  if (x === y) return false;
  if (isSingleWindow(a) && isSingleWindow(b)) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.includes(' ') && longer.startsWith(`${shorter} `);
}
