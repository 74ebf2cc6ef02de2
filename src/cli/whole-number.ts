import { UsageError } from '../errors.js';
import { asciiLookalikes } from '../model/lookalikes.js';
import { quoted } from '../model/quote.js';

/** The range a whole-number option takes, and a value to show as an example of it. */
export interface WholeNumberBounds {
  min: number;
  /** No upper bound when absent, beyond the largest whole number JavaScript counts exactly. */
  max?: number;
  example: number;
}

/**
 * Reads a whole-number option (`--top 5`, `--max-warnings 0`, `--port 8080`): digits only, spaces around them allowed,
 * within its bounds. Anything else is bad usage that names the option and says what to write: `Number()` alone would
 * read "" as 0, "-1" as a count, "1e3" as a thousand and "abc" as NaN, each silently turned into something else.
 */
export function parseWholeNumber(option: string, typed: string, bounds: WholeNumberBounds): number {
  // "８０８０" from an IME in full-width mode is 8080; the refusal shows what was typed.
  const text = asciiLookalikes(typed);
  const digits = /^\s*\d+\s*$/.test(text);
  // Without an upper bound a count past what JavaScript counts exactly means "no limit" (`--top 99999999999999999999`).
  const value =
    digits && bounds.max === undefined ? Math.min(Number(text), Number.MAX_SAFE_INTEGER) : digits ? Number(text) : NaN;
  const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
  if (Number.isSafeInteger(value) && value >= bounds.min && value <= max) return value;
  const shown = quoted(typed);
  const { min, example } = bounds;
  throw new UsageError(
    bounds.max === undefined
      ? {
          en: `${option} takes a whole number from ${min}, such as ${example}, not ${shown}`,
          vi: `${option} nhận một số nguyên từ ${min} trở lên, ví dụ ${example}, không phải ${shown}`,
        }
      : {
          en: `${option} takes a whole number from ${min} to ${max}, such as ${example}, not ${shown}`,
          vi: `${option} nhận một số nguyên từ ${min} đến ${max}, ví dụ ${example}, không phải ${shown}`,
        },
  );
}
