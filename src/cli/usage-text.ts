import type { Lang } from '../i18n.js';

/** main's own lines, in every language. */
export const MAIN_TEXT = {
  en: {
    internal: 'internal error',
    report: 'Run again with --debug for details, and report it at https://github.com/procmap/procmap/issues',
    helpAfterError: '(run with --help for usage)',
  },
  vi: {
    internal: 'lỗi nội bộ',
    report: 'Hãy chạy lại với --debug để xem chi tiết, và báo lỗi tại https://github.com/procmap/procmap/issues',
    helpAfterError: '(chạy với --help để xem cách dùng)',
  },
} as const;

// commander words its usage errors in English; these are the ones a user meets, in Vietnamese.
const COMMANDER_VI: ReadonlyArray<[RegExp, string]> = [
  [/^error: unknown option '([^']*)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '([^']*)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '([^']*)'/, "lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: option '([^']*)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^.]*)\./,
    "lỗi: tùy chọn '$1' không nhận '$2'; chọn một trong: $3",
  ],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    'lỗi: thừa tham số; lệnh nhận $2 tham số nhưng được $3',
  ],
  [/\(Did you mean ([^?]*)\?\)/, '(Có phải là $1?)'],
];

/** A commander error message in the run's language. */
export function commanderMessage(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  return message
    .split('\n')
    .map((line) => COMMANDER_VI.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line))
    .join('\n');
}
