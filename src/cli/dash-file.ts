import { existsSync } from 'node:fs';
import type { Lang } from '../i18n.js';
import { escapeControls } from '../model/quote.js';
import { inRunFolder } from '../node/run-context.js';

const UNKNOWN_OPTION = /^error: unknown option '([^']*)'/;
const MISSING_ARGUMENT = /^error: missing required argument /;

/**
 * What to say instead of commander's "unknown option" when the option is a file name that starts with "-": commander
 * reads `-quy trình.yaml` as `-q` (--quiet) and `-uy trình.yaml`, and names only the rest, which the officer never
 * wrote. Undefined for any other error, and when no such file exists (a mistyped option keeps the usual message).
 */
export function dashFileMessage(message: string, argv: readonly string[], lang: Lang): string | undefined {
  const flag = UNKNOWN_OPTION.exec(message)?.[1];
  // `time -rf.yaml` reads "f.yaml" as the value of -r (--received), and then misses the file it was meant to be.
  const missing = flag === undefined && MISSING_ARGUMENT.test(message);
  if (flag === undefined && !missing) return undefined;
  // The argument the flag came from: itself, or a group of short flags whose rest it is; for a missing argument, any
  // short option that names a file.
  const arg = argv.find((a) =>
    flag === undefined
      ? a.length > 2 && a.startsWith('-') && !a.startsWith('--') && existsSync(inRunFolder(a))
      : a === flag || (a.startsWith('-') && !a.startsWith('--') && a.length > flag.length && a.endsWith(flag.slice(1))),
  );
  if (arg === undefined || !existsSync(inRunFolder(arg))) return undefined;
  // A file name is shown as any argument is: never a control character for the terminal.
  const name = escapeControls(arg);
  return lang === 'vi'
    ? `lỗi: "${name}" được hiểu là các tùy chọn; để chỉ một tệp có tên bắt đầu bằng "-", hãy viết ./${name} hoặc đặt -- trước tên tệp\n`
    : `error: "${name}" is read as options; to name a file that starts with "-", write ./${name} or put -- before it\n`;
}
