import { existsSync } from 'node:fs';
import type { Lang } from '../i18n.js';
import { escapeControls } from '../model/quote.js';
import { inRunFolder } from '../node/run-context.js';

const UNKNOWN_OPTION = /^error: unknown option '([^']*)'/;

/**
 * What to say instead of commander's "unknown option" when the option is a file name that starts with "-": commander
 * reads `-quy trình.yaml` as `-q` (--quiet) and `-uy trình.yaml`, and names only the rest, which the officer never
 * wrote. Undefined for any other error, and when no such file exists (a mistyped option keeps the usual message).
 */
export function dashFileMessage(message: string, argv: readonly string[], lang: Lang): string | undefined {
  const flag = UNKNOWN_OPTION.exec(message)?.[1];
  if (flag === undefined) return undefined;
  // The argument the flag came from: itself, or a group of short flags whose rest it is.
  const arg = argv.find(
    (a) =>
      a === flag || (a.startsWith('-') && !a.startsWith('--') && a.length > flag.length && a.endsWith(flag.slice(1))),
  );
  if (arg === undefined || !existsSync(inRunFolder(arg))) return undefined;
  // A file name is shown as any argument is: never a control character for the terminal.
  const name = escapeControls(arg);
  return lang === 'vi'
    ? `lỗi: "${name}" được hiểu là các tùy chọn; để chỉ một tệp có tên bắt đầu bằng "-", hãy viết ./${name} hoặc đặt -- trước tên tệp\n`
    : `error: "${name}" is read as options; to name a file that starts with "-", write ./${name} or put -- before it\n`;
}
