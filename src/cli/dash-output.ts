import type { Command } from '@commander-js/extra-typings';
import { UsageError } from '../errors.js';

/**
 * Refuses `-o -`: the shell's convention reads "-" as standard output, but procmap took it as a name and wrote a file
 * (or folder) called "-", so `lint -f sarif -o - | upload` sent nothing on. `./-` still names such a file.
 */
export function refuseDashOutput(action: Command<unknown[], Record<string, unknown>>): void {
  const output = action.options.find((option) => option.long === '--output');
  if (output === undefined || action.getOptionValue(output.attributeName()) !== '-') return;
  throw new UsageError({
    en: '-o "-" would write a file or folder named "-", not standard output: leave -o out to have a report on standard output; to name a file or folder "-", write ./-',
    vi: '-o "-" sẽ ghi vào một tệp hoặc thư mục tên là "-", không phải đầu ra chuẩn: hãy bỏ -o để báo cáo in ra đầu ra chuẩn; muốn đặt tên tệp hoặc thư mục là "-", hãy viết ./-',
  });
}
