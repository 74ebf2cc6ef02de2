import type { Command } from '@commander-js/extra-typings';
import { pathAsOnDisk } from '../node/typed-form.js';

// What an option's value names, by the word of its flags (as refuseEmptyPaths reads them): these are paths.
const PATH_VALUE = /<(file|dir|path)>/;

// Arguments that are not paths (calendar's year, the rule ids of rules).
const NOT_PATHS = new Set(['year', 'ids']);

/**
 * Replaces each path of a command (its path arguments, its file and folder options) typed in another Unicode form than
 * the name on disk by that name (pathAsOnDisk), before the command runs: every command, its inputs and its outputs
 * alike, finds "Chứng thực.yaml" however the officer's keyboard wrote it.
 */
export function takePathsAsOnDisk(action: Command<unknown[], Record<string, unknown>>): void {
  const onDisk = (value: unknown): unknown =>
    typeof value === 'string' ? pathAsOnDisk(value) : Array.isArray(value) ? value.map(onDisk) : value;
  for (const option of action.options) {
    if (option.long === undefined || !PATH_VALUE.test(option.flags)) continue;
    const name = option.attributeName();
    const value = action.getOptionValue(name);
    if (value === undefined) continue;
    const taken = onDisk(value);
    if (JSON.stringify(taken) !== JSON.stringify(value))
      action.setOptionValueWithSource(name, taken, action.getOptionValueSource(name) ?? 'cli');
  }
  const declared = action.registeredArguments;
  const isPath = (index: number) => {
    const argument = declared[Math.min(index, declared.length - 1)];
    return argument === undefined || !NOT_PATHS.has(argument.name());
  };
  // The action receives processedArgs (a variadic argument's values gathered in one list), made before this hook.
  const processed = action.processedArgs as unknown[];
  processed.forEach((value, index) => {
    if (isPath(index)) processed[index] = onDisk(value);
  });
  action.args.forEach((arg, index) => {
    if (isPath(index)) action.args[index] = pathAsOnDisk(arg);
  });
}
