import type { Command } from '@commander-js/extra-typings';
import { UsageError } from '../errors.js';

// What an option's value names, by the word of its flags: these are paths, whatever the command.
const PATH_VALUE = /<(file|dir|path)>/;

// Arguments that are not paths (calendar's year, the rule ids of rules).
const NOT_PATHS = new Set(['year', 'ids']);

/**
 * Refuses an empty string given as a path (`lint ""`, `-c ""`, `-o ""`): the system reads it as the current folder or
 * standard output, so an unset CI variable (`lint "$CATALOG"`) would silently change what is checked or where it goes.
 */
export function refuseEmptyPaths(action: Command<unknown[], Record<string, unknown>>): void {
  const fix = { en: 'write a path (is a variable unset?)', vi: 'hãy ghi đường dẫn (có biến môi trường nào chưa đặt?)' };
  for (const option of action.options) {
    if (option.long === undefined || !PATH_VALUE.test(option.flags)) continue;
    const value = action.getOptionValue(option.attributeName());
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.includes(''))
      throw new UsageError({
        en: `${option.long} is an empty string: ${fix.en}`,
        vi: `${option.long} là chuỗi rỗng: ${fix.vi}`,
      });
  }
  const names = action.registeredArguments.map((argument) => argument.name());
  action.args.forEach((arg, index) => {
    const name = names[Math.min(index, names.length - 1)];
    if (arg === '' && (name === undefined || !NOT_PATHS.has(name)))
      throw new UsageError({
        en: `Argument ${index + 1} is an empty string: ${fix.en}`,
        vi: `Tham số thứ ${index + 1} là chuỗi rỗng: ${fix.vi}`,
      });
  });
}
