import type { Translated } from '../i18n.js';
import { isWorkingTime, parseDuration } from '../model/duration.js';
import { foldToAscii } from '../model/fold.js';

/** A value an option may hold in procmap.config.yaml. */
export type OptionValue = string | number | boolean;

/**
 * One option of a rule, as ESLint's `meta.schema` has it for a whole rule: its default, which values it accepts,
 * and the words that tell the user what to write instead (the configuration is checked against it when it loads).
 */
export interface OptionSpec<T extends OptionValue = OptionValue> {
  readonly default: T;
  /** What the option accepts, in words that fit "must be …": `"working" or "calendar"`. */
  readonly expected: Translated;
  /** Whether a configured value is one the option accepts. */
  accepts(value: unknown): value is T;
  /**
   * The accepted value another spelling stands for (`ngày làm việc` for `working`, any letter case), read when the
   * configuration loads so rules and reports see one spelling; undefined when it stands for none.
   */
  canonical?(value: unknown): T | undefined;
}

/** A rule's options schema: option name → spec. */
export type OptionsSchema = Readonly<Record<string, OptionSpec>>;

/** The options a rule's checks receive for a schema: every option present, with its value's type. */
export type OptionsOf<S extends OptionsSchema> = { readonly [K in keyof S]: S[K]['default'] };

const quoted = (value: string) => `"${value}"`;

function either(values: readonly string[], or: string): string {
  const shown = values.map(quoted);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} ${or} ${shown[shown.length - 1]}`;
}

/**
 * An option that takes one of a few words, each also in any letter case and spacing and in the other words given for
 * it (`{ 'ngày làm việc': 'working' }`: officers write the configuration in Vietnamese, with or without accents).
 */
export function oneOf<const V extends readonly string[]>(
  values: V,
  fallback: V[number],
  words: Readonly<Record<string, V[number]>> = {},
): OptionSpec<V[number]> {
  const folded = (text: string) => foldToAscii(text).replace(/\s+/g, ' ').trim();
  const read = new Map<string, V[number]>([
    ...values.map((value) => [folded(value), value] as const),
    ...Object.entries(words).map(([word, value]) => [folded(word), value] as const),
  ]);
  const named = (value: V[number]) =>
    Object.keys(words)
      .filter((word) => words[word] === value)
      .map(quoted);
  return {
    default: fallback,
    expected: {
      en: either(values, 'or'),
      // "working" (or "ngày làm việc") or "calendar" (or "ngày lịch"): the Vietnamese words are what an officer types.
      vi: values
        .map((value) =>
          named(value).length > 0 ? `${quoted(value)} (hoặc ${named(value).join(', ')})` : quoted(value),
        )
        .join(' hoặc '),
    },
    accepts: (value): value is V[number] => typeof value === 'string' && values.includes(value),
    canonical: (value) => (typeof value === 'string' ? read.get(folded(value)) : undefined),
  };
}

/** An option that takes working time ("4h", "1d"): the same on every date, so it bounds a critical path. */
export function workingTime(fallback: string): OptionSpec<string> {
  return {
    default: fallback,
    expected: { en: 'a working time such as "1d" or "4h"', vi: 'thời gian làm việc, ví dụ "1d" hoặc "4h"' },
    accepts: (value): value is string => {
      const duration = typeof value === 'string' ? parseDuration(value) : undefined;
      return duration !== undefined && isWorkingTime(duration);
    },
  };
}
