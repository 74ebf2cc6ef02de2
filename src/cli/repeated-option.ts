import type { Command, Option, OptionValues } from '@commander-js/extra-typings';
import { UsageError } from '../errors.js';

// Options that take a list and may be given again to add to it (`flowchart -f svg -f png`).
const REPEATABLE = new WeakSet<object>();

/** Marks an option whose value may be given more than once, each adding to a list. */
export function repeatable<O extends object>(option: O): O {
  REPEATABLE.add(option);
  return option;
}

/**
 * Refuses an option of one value given twice (`-c a.yaml -c b.yaml`, `--lang en --lang vi`) on every command of
 * the tree: commander keeps the last, so the first, which the user meant as much, was silently ignored.
 */
export function refuseRepeatedOptions(command: Command<unknown[], OptionValues, OptionValues>): void {
  for (const option of command.options as readonly Option[]) {
    // A flag without a value says the same each time; a list option collects them.
    if (option.variadic || REPEATABLE.has(option) || !(option.required || option.optional)) continue;
    const parse = option.parseArg;
    const name = option.attributeName();
    let first: string | undefined;
    option.argParser((value: string, previous: unknown) => {
      // Only a value from this command line: a default or a preset is no second value.
      // The same value again (`-f json --format=json`) leaves nothing in doubt.
      if (first !== undefined && first !== value && command.getOptionValueSource(name) === 'cli')
        throw repeated(option, first, value);
      first ??= value;
      return parse === undefined ? value : parse(value, previous);
    });
  }
  for (const sub of command.commands) refuseRepeatedOptions(sub as Command<unknown[], OptionValues, OptionValues>);
}

/** The refusal of an option given twice, naming both values so the user can keep the one meant. */
function repeated(option: Option, first: string, second: string): UsageError {
  const flag = option.long ?? option.short ?? option.flags;
  return new UsageError({
    en: `${flag} is given twice: "${first}" and "${second}"; give it once, with the value meant`,
    vi: `${flag} được ghi hai lần: "${first}" và "${second}"; hãy chỉ ghi một lần, với giá trị cần dùng`,
  });
}
