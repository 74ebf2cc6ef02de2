import { foldToAscii } from '../model/fold.js';
import type { ChangeLevel } from './classify.js';

// The ways a level is written, as the configuration reads severities (docs/configuration.md): any letter case, the
// report's own Vietnamese words with or without accents, and `warn` beside `warning`. Each names one level.
const WORDS: Readonly<Record<string, ChangeLevel>> = {
  breaking: 'breaking',
  'nghiem trong': 'breaking',
  warning: 'warning',
  warn: 'warning',
  'canh bao': 'warning',
  info: 'info',
  information: 'info',
  'thong tin': 'info',
};

/** The change level a word names (`BREAKING`, `warn`, `cảnh báo`), or undefined when it names none. */
export function changeLevelOf(word: string): ChangeLevel | undefined {
  const folded = foldToAscii(word).replace(/\s+/g, ' ').trim();
  return Object.hasOwn(WORDS, folded) ? WORDS[folded] : undefined;
}
