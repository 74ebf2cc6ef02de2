import { isMap } from '../model/data-object.js';
import { foldToAscii } from '../model/fold.js';
import type { ConfiguredSeverity } from './config.js';

// The other ways a severity is written: the report's own word ("warning"), ESLint's numbers (0, 1, 2), false for off,
// and the Vietnamese words with or without accents. Each names one severity, so none is a guess.
const WORDS: Readonly<Record<string, ConfiguredSeverity>> = {
  off: 'off',
  false: 'off',
  '0': 'off',
  tat: 'off',
  info: 'info',
  information: 'info',
  'thong tin': 'info',
  warn: 'warn',
  warning: 'warn',
  '1': 'warn',
  'canh bao': 'warn',
  error: 'error',
  '2': 'error',
  loi: 'error',
};

/** The severity a configured value stands for (`warning`, `2`, `Cảnh báo`), or undefined when it names none. */
export function severityOf(value: unknown): ConfiguredSeverity | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const word = foldToAscii(String(value)).replace(/\s+/g, ' ').trim();
  return Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
}

function canonicalSetting(setting: unknown): unknown {
  if (Array.isArray(setting))
    return setting.length > 0 ? [severityOf(setting[0]) ?? setting[0], ...setting.slice(1)] : setting;
  return severityOf(setting) ?? setting;
}

function canonicalRules(rules: unknown): unknown {
  if (!isMap(rules)) return rules;
  return Object.fromEntries(Object.entries(rules).map(([id, setting]) => [id, canonicalSetting(setting)]));
}

/** The configuration with every rule's severity in its canonical word, top-level and in overrides; the rest as read. */
export function withCanonicalSeverities(data: unknown): unknown {
  if (!isMap(data)) return data;
  const copy: Record<string, unknown> = { ...data };
  if ('rules' in copy) copy.rules = canonicalRules(copy.rules);
  if (Array.isArray(copy.overrides))
    copy.overrides = copy.overrides.map((override) =>
      isMap(override) && 'rules' in override ? { ...override, rules: canonicalRules(override.rules) } : override,
    );
  return copy;
}
