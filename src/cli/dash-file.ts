import { existsSync } from 'node:fs';
import type { Command } from '@commander-js/extra-typings';
import type { Lang } from '../i18n.js';
import { escapeControls } from '../model/quote.js';
import { inRunFolder } from '../node/run-context.js';

const UNKNOWN_OPTION = /^error: unknown option '([^']*)'/;
const MISSING_ARGUMENT = /^error: missing required argument /;
// `time -ff.yaml x.yaml`: "f.yaml" is refused as the value of -f, which the officer never wrote as one.
const INVALID_ARGUMENT = /^error: option '[^']*' argument '([^']*)' is invalid/;

/** Whether an argument is written as short options (`-rf.yaml`: -r and its value), and names a file that exists. */
function dashFile(arg: string): boolean {
  return arg.length > 2 && arg.startsWith('-') && !arg.startsWith('--') && existsSync(inRunFolder(arg));
}

/** The arguments commander reads as options: those before `--`, after which every argument is a path. */
function beforeDashes(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
}

/** What to write instead of a file name that starts with "-", which commander read as options. */
export function dashFileText(arg: string, lang: Lang): string {
  // A file name is shown as any argument is: never a control character for the terminal.
  const name = escapeControls(arg);
  return lang === 'vi'
    ? `lỗi: "${name}" được hiểu là các tùy chọn; để chỉ một tệp có tên bắt đầu bằng "-", hãy viết ./${name} hoặc đặt -- trước tên tệp`
    : `error: "${name}" is read as options; to name a file that starts with "-", write ./${name} or put -- before it`;
}

/**
 * What to say instead of commander's "unknown option" when the option is a file name that starts with "-": commander
 * reads `-quy trình.yaml` as `-q` (--quiet) and `-uy trình.yaml`, and names only the rest, which the officer never
 * wrote. Undefined for any other error, and when no such file exists (a mistyped option keeps the usual message).
 */
export function dashFileMessage(message: string, argv: readonly string[], lang: Lang): string | undefined {
  const flag = UNKNOWN_OPTION.exec(message)?.[1];
  const value = INVALID_ARGUMENT.exec(message)?.[1];
  // `time -rf.yaml` reads "f.yaml" as the value of -r (--received), and then misses the file it was meant to be.
  const missing = flag === undefined && value === undefined && MISSING_ARGUMENT.test(message);
  if (flag === undefined && value === undefined && !missing) return undefined;
  // The argument the flag came from: itself, or a group of short flags whose rest it is; the one that ends with the
  // refused value; for a missing argument, any short option that names a file.
  const arg = beforeDashes(argv).find((a) =>
    flag !== undefined
      ? a === flag || (a.startsWith('-') && !a.startsWith('--') && a.length > flag.length && a.endsWith(flag.slice(1)))
      : value !== undefined
        ? a.length > value.length + 1 && a.endsWith(value) && dashFile(a)
        : dashFile(a),
  );
  if (arg === undefined || !dashFile(arg)) return undefined;
  return `${dashFileText(arg, lang)}\n`;
}

/**
 * A file name that starts with "-" which commander took as options without an error (`time -rf.yaml other.yaml`
 * reads -r "f.yaml" and times other.yaml alone; `lint -of.yaml x.yaml` writes the report to f.yaml): an argument
 * written as short options that is neither a path the command received nor an option's value, and names a file.
 */
export function dashFileTaken(
  argv: readonly string[],
  action: Command<unknown[], Record<string, unknown>>,
): string | undefined {
  const given = new Set<unknown>(action.args);
  for (const option of action.options) {
    const value = action.getOptionValue(option.attributeName());
    for (const one of Array.isArray(value) ? value : [value]) given.add(one);
  }
  return beforeDashes(argv).find((arg) => !given.has(arg) && dashFile(arg));
}
