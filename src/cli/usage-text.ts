import { docsUrl } from '../docs-url.js';
import { Help, type Argument, type HelpConfiguration } from '@commander-js/extra-typings';
import type { Lang } from '../i18n.js';
import { ISSUES_URL } from '../errors.js';

/** main's own lines, in every language. */
export const MAIN_TEXT = {
  en: {
    internal: 'internal error',
    report: `Run again with --debug for details, and report it at ${ISSUES_URL}`,
    helpAfterError: '(run with --help for usage)',
    description:
      'Turn administrative procedures (YAML) into reviewed, versioned, printable ISO 9001 process documents.',
    version: 'print the version',
    debug: 'print stack traces of internal errors',
    after:
      '\nExit codes: 0 done and clean, 1 problems in the input, 2 procmap could not run.\n\nExamples:\n  procmap lint procedures/\n  procmap time procedures/xa/dang-ky-ket-hon.yaml --received "2026-02-13 09:00" --lang vi\n  procmap build procedures -o site\n\nEvery command has --help. Documentation: ' +
      docsUrl('README.md') +
      '',
  },
  vi: {
    internal: 'lỗi nội bộ',
    report: `Hãy chạy lại với --debug để xem chi tiết, và báo lỗi tại ${ISSUES_URL}`,
    helpAfterError: '(chạy với --help để xem cách dùng)',
    description:
      'Biến thủ tục hành chính (tệp YAML) thành tài liệu quy trình ISO 9001 được rà soát, có phiên bản, in được.',
    version: 'in số phiên bản',
    debug: 'in vết ngăn xếp của lỗi nội bộ (để báo lỗi)',
    after:
      '\nMã thoát: 0 xong và không có lỗi, 1 có vấn đề trong dữ liệu vào, 2 procmap không chạy được.\n\nVí dụ:\n  procmap lint procedures/\n  procmap time procedures/xa/dang-ky-ket-hon.yaml --received "13/02/2026 09:00"\n  procmap build procedures -o site --lang en\n\nLệnh nào cũng có --help. Tài liệu: ' +
      docsUrl('README.md') +
      '',
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

// commander's own words in help: titles, and the notes it adds after an option's description.
const HELP_TITLES_VI: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Tham số:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Global Options:': 'Tùy chọn chung:',
};

// commander writes an option's notes in one bracket: `(choices: "a", "b", default: "a")`.
const NOTES_VI: Record<string, string> = {
  default: 'mặc định',
  choices: 'chọn một trong',
  preset: 'không ghi giá trị thì',
  env: 'biến môi trường',
};

function notesInVietnamese(description: string): string {
  return description.replace(
    /(\(|, )(default|choices|preset|env): /g,
    (_, before: string, note: string) => `${before}${NOTES_VI[note]}: `,
  );
}

// The usage line's placeholders; argument names (`<paths...>`) are the command's own.
function placeholdersInVietnamese(usage: string): string {
  return usage.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');
}

/**
 * An argument's description as commander would write it, without a default of no values: commander prints it as raw
 * JSON (`(default: [])`), and each command's description says what it does with none.
 */
function argumentDescription(plain: Help, argument: Argument): string {
  const empty = Array.isArray(argument.defaultValue) && argument.defaultValue.length === 0;
  if (!empty || argument.defaultValueDescription !== undefined) return plain.argumentDescription(argument);
  return argument.description;
}

/** How commander lays out help in a language: its titles and notes; the texts are each command's own. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const plain = new Help();
  if (lang === 'en') return { argumentDescription: (argument) => argumentDescription(plain, argument) };
  return {
    styleTitle: (title) => HELP_TITLES_VI[title] ?? title,
    commandUsage: (command) => placeholdersInVietnamese(plain.commandUsage(command)),
    subcommandTerm: (command) => placeholdersInVietnamese(plain.subcommandTerm(command)),
    optionDescription: (option) => notesInVietnamese(plain.optionDescription(option)),
    argumentDescription: (argument) => notesInVietnamese(argumentDescription(plain, argument)),
  };
}

/** commander's help option and help command, described in a language. */
export const HELP_WORDS = {
  en: { helpOption: 'display help for command', helpCommand: 'display help for command' },
  vi: { helpOption: 'hiện trợ giúp của lệnh', helpCommand: 'hiện trợ giúp của một lệnh' },
} as const;
