import { dataObject, isMap } from '../model/data-object.js';
import { foldToAscii } from '../model/fold.js';
import { asciiLookalikes } from '../model/lookalikes.js';
import { langOf } from '../i18n.js';
import type { Rule } from '../rules/types.js';
import type { ConfiguredSeverity } from './config.js';

// The other ways a severity is written: the report's own word ("warning"), ESLint's numbers (0, 1, 2), false for off,
// and the Vietnamese words with or without accents. Each names one severity, so none is a guess: "không" is false's
// word (off), and "nghiêm trọng" and "ERR" are the words `diff --fail-on` reads as its highest level, which is lint's
// error (a gate written in one command's words reads the same in the other's).
const WORDS: Readonly<Record<string, ConfiguredSeverity>> = {
  off: 'off',
  false: 'off',
  '0': 'off',
  tat: 'off',
  khong: 'off',
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
  err: 'error',
  'nghiem trong': 'error',
};

/** The severity a configured value stands for (`warning`, `2`, `Cảnh báo`), or undefined when it names none. */
function severityOf(value: unknown): ConfiguredSeverity | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const word = foldToAscii(String(value)).replace(/\s+/g, ' ').trim();
  return Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
}

/**
 * A rule's options with their text in ASCII (`max: ４ｈ`, typed with an input method's full-width forms, is `4h`, as a
 * procedure's values are read: src/model/lookalikes.ts) and each value its option reads another way (`ngày làm
 * việc`) in its accepted spelling.
 */
function canonicalOptions(options: unknown, rule: Rule | undefined): unknown {
  if (!isMap(options)) return options;
  const specs = rule?.options;
  const copy = dataObject();
  for (const [name, written] of Object.entries(options)) {
    const value = typeof written === 'string' ? asciiLookalikes(written) : written;
    const spec = specs && Object.hasOwn(specs, name) ? specs[name] : undefined;
    copy[name] = spec?.canonical?.(value) ?? value;
  }
  return copy;
}

function canonicalSetting(setting: unknown, rule: Rule | undefined): unknown {
  // `[error]` is ESLint's own way of writing a severity alone: read as `error`, so overrides keep earlier options.
  // A word that names no severity is unwrapped too, so the schema's message names the rule, not "item 1".
  if (Array.isArray(setting) && setting.length === 1) return severityOf(setting[0]) ?? setting[0];
  if (Array.isArray(setting))
    return setting.length > 0
      ? [
          severityOf(setting[0]) ?? setting[0],
          ...setting.slice(1, 2).map((o) => canonicalOptions(o, rule)),
          ...setting.slice(2),
        ]
      : setting;
  return severityOf(setting) ?? setting;
}

function canonicalRules(rules: unknown, byId: ReadonlyMap<string, Rule>): unknown {
  if (!isMap(rules)) return rules;
  return Object.fromEntries(
    Object.entries(rules).map(([id, setting]) => [id, canonicalSetting(setting, byId.get(id))]),
  );
}

// The other settings that take one of a few words: any letter case and spacing reads as the word.
const PRESETS = ['recommended', 'canonical', 'all'] as const;
const HOLIDAYS = ['vietnam', 'none'] as const;

function oneOf(value: unknown, words: readonly string[]): unknown {
  if (typeof value !== 'string') return value;
  const folded = foldToAscii(value).replace(/\s+/g, '');
  return words.find((word) => word === folded) ?? value;
}

/**
 * The configuration with each setting that takes a word in that word's canonical spelling: every rule's severity
 * (top-level and in overrides) and the options of the rules given that take words (`fix: ngày làm việc`), `lang`
 * (`vi-VN`, `Tiếng Việt`), `extends` and the calendar's `public_holidays` in any letter case; rules' options with
 * full-width forms in ASCII. The rest as read; what names nothing is left for the schema to refuse.
 */
export function withCanonicalWords(data: unknown, rules: ReadonlyMap<string, Rule> = new Map()): unknown {
  if (!isMap(data)) return data;
  const copy: Record<string, unknown> = { ...data };
  if (typeof copy.lang === 'string') copy.lang = langOf(copy.lang) ?? copy.lang;
  if ('extends' in copy) copy.extends = oneOf(copy.extends, PRESETS);
  if (isMap(copy.calendar) && 'public_holidays' in copy.calendar)
    copy.calendar = { ...copy.calendar, public_holidays: oneOf(copy.calendar.public_holidays, HOLIDAYS) };
  if ('rules' in copy) copy.rules = canonicalRules(copy.rules, rules);
  if (Array.isArray(copy.overrides))
    copy.overrides = copy.overrides.map((override) =>
      isMap(override) && 'rules' in override ? { ...override, rules: canonicalRules(override.rules, rules) } : override,
    );
  return copy;
}
