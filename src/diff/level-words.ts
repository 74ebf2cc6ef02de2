import { foldToAscii } from '../model/fold.js';
import type { ChangeLevel } from './classify.js';

// The ways a level is written, as the configuration reads severities (docs/configuration.md): any letter case, the
// report's own Vietnamese words with or without accents, and `warn` beside `warning`. Each names one level. The
// words of lint's severities and of oasdiff's `--fail-on` (ERR, WARN, INFO) name the level in the same place: a CI job
// copied from oasdiff or from `procmap lint --max-warnings` writes `error`, meaning the top level, never anything else.
const WORDS: Readonly<Record<string, ChangeLevel>> = {
  breaking: 'breaking',
  'nghiem trong': 'breaking',
  error: 'breaking',
  err: 'breaking',
  loi: 'breaking',
  warning: 'warning',
  warn: 'warning',
  'canh bao': 'warning',
  info: 'info',
  information: 'info',
  'thong tin': 'info',
};

/** The change level a word names (`BREAKING`, `warn`, `ERR`, `cảnh báo`), or undefined when it names none. */
export function changeLevelOf(word: string): ChangeLevel | undefined {
  const folded = foldToAscii(word).replace(/\s+/g, ' ').trim();
  return Object.hasOwn(WORDS, folded) ? WORDS[folded] : undefined;
}

/** The words `--fail-on` takes, as a refusal lists them: each level with its other names. */
export const LEVEL_WORDS = {
  en: 'breaking (or error, ERR), warning (or warn, WARN) or info, in any letter case, or in Vietnamese: nghiêm trọng, cảnh báo, thông tin',
  vi: 'breaking hoặc nghiêm trọng (hay error, ERR, lỗi), warning hoặc cảnh báo (hay warn, WARN), info hoặc thông tin; chữ hoa hay thường, có dấu hay không dấu đều được',
} as const;
