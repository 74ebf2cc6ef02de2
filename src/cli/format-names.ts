import { InvalidArgumentError, Option } from '@commander-js/extra-typings';

// Formats with two spellings: Markdown is `md` where a format is a file's extension (doc, flowchart) and `markdown`
// where it is a report (diff, ontime). Officers type either, whichever command it is.
const SPELLINGS: readonly (readonly string[])[] = [['md', 'markdown']];

/** The format of `known` that `given` names, in either spelling and any letter case; undefined for none. */
export function formatNamed<F extends string>(given: string, known: readonly F[]): F | undefined {
  const name = given.trim().toLowerCase();
  const same = SPELLINGS.find((spellings) => spellings.includes(name)) ?? [name];
  return known.find((format) => same.includes(format));
}

/**
 * A -f, --format option taking one of `known`: help lists them as the command spells them, and the other spelling of
 * one (`md` for `markdown`) is read as it; another is refused as commander refuses a choice.
 */
export function formatOption<F extends string>(description: string, known: readonly F[], fallback: F) {
  return new Option('-f, --format <name>', description)
    .choices(known)
    .default(fallback)
    .argParser((value: string): F => {
      const format = formatNamed(value, known);
      if (format === undefined) throw new InvalidArgumentError(`Allowed choices are ${known.join(', ')}.`);
      return format;
    });
}
