import { Option } from '@commander-js/extra-typings';
import { fill, type Lang, type Translated } from '../i18n.js';
import type { Io } from '../node/io.js';
import { UsageError } from '../errors.js';
import { formatNamed } from './format-names.js';
import { repeatable } from './repeated-option.js';

/** What a command's definition gets from main: where to write, where its exit code goes, the language of its help. */
export interface CommandContext {
  io: Io;
  setExit(code: number): void;
  /** The language of help and of commander's messages, as far as it is known before the options are parsed. */
  lang: Lang;
}

/** Help texts in both languages; `vi` must say everything `en` says. */
export function helpTexts<T extends Record<string, string>>(texts: {
  en: T;
  vi: Record<keyof T, string>;
}): Record<Lang, Record<keyof T, string>> {
  return texts;
}

const SHARED_HELP = helpTexts({
  en: {
    lang: 'language of messages and documents: vi or en (default: PROCMAP_LANG, else lang: in procmap.config.yaml, else vi)',
    calendar: "working calendar file{use} (default: the configuration's calendar)",
    workingDay: ', for the length of a working day',
    section: ', whose root is a calendar section',
    config: 'configuration file (default: the nearest procmap.config.yaml{near})',
    eachFile: ' above each file',
    catalog: ' above the catalog',
    cwd: ' above the current folder',
    output: ' above the output folder',
    eachSide:
      "configuration file for both sides (default: each side's own, the nearest procmap.config.yaml in its folder or above it, at REV for REV:PATH)",
  },
  vi: {
    lang: 'ngôn ngữ của thông báo và tài liệu: vi hoặc en (mặc định: biến PROCMAP_LANG, nếu không có thì lang: trong procmap.config.yaml, nếu không có nữa thì vi)',
    calendar: 'tệp lịch làm việc{use} (mặc định: lịch của tệp cấu hình)',
    workingDay: ', để biết một ngày làm việc dài bao nhiêu giờ',
    section: ', có gốc là một mục lịch',
    config: 'tệp cấu hình (mặc định: procmap.config.yaml gần nhất{near})',
    eachFile: ' phía trên mỗi tệp',
    catalog: ' phía trên thư mục bộ quy trình',
    cwd: ' phía trên thư mục hiện tại',
    output: ' phía trên thư mục ghi ra',
    eachSide:
      'tệp cấu hình dùng cho cả hai bên (mặc định: mỗi bên dùng tệp của mình, procmap.config.yaml gần nhất trong thư mục của bên đó hoặc phía trên, ở REV với REV:PATH)',
  },
});

/** Every command takes --lang; its value is settled once, before the command runs, by main's resolveLang. */
export function langOption(lang: Lang) {
  return new Option('--lang <lang>', SHARED_HELP[lang].lang);
}

/** The --calendar option every command that counts working time takes; `purpose` says what the command uses it for. */
export function calendarOption(lang: Lang, purpose?: 'workingDay' | 'section') {
  const use = purpose === undefined ? '' : SHARED_HELP[lang][purpose];
  return new Option('--calendar <file>', fill(SHARED_HELP[lang].calendar, { use }));
}

/**
 * The -c, --config option every command that reads a configuration takes; `near` says where the search starts, or
 * `eachSide` that each side of a diff finds its own.
 */
export function configOption(lang: Lang, near?: 'eachFile' | 'catalog' | 'cwd' | 'output' | 'eachSide') {
  if (near === 'eachSide') return new Option('-c, --config <file>', SHARED_HELP[lang].eachSide);
  const where = near === undefined ? '' : SHARED_HELP[lang][near];
  return new Option('-c, --config <file>', fill(SHARED_HELP[lang].config, { near: where }));
}

/** A command's options as its function gets them: commander's types, with --lang settled to a language by main. */
export type Settled<O> = Omit<O, 'lang'> & { lang: Lang };

/** The options of an action, once main's preAction hook has replaced --lang with the run's language. */
export function settled<O extends { lang?: string | undefined }>(options: O): Settled<O> {
  return options as Omit<O, 'lang'> & { lang: Lang };
}

/**
 * A --format option taking a list, comma-separated and/or repeated; the first value given replaces the default.
 * Not variadic: `--format png procedures/` must not take the folder for a format.
 */
export function formatListOption(description: string, fallback: string) {
  const defaults: readonly string[] = [fallback];
  return repeatable(
    new Option('-f, --format <formats>', description)
      .default(defaults, fallback)
      .argParser((value: string, previous: readonly string[]): readonly string[] =>
        previous === defaults ? [value] : [...previous, value],
      ),
  );
}

/** The formats of a --format list, in the order `known` gives them; an unknown or missing one is bad usage. */
export function parseFormats<F extends string>(given: readonly string[], known: readonly F[], kind: Translated): F[] {
  const names = given
    .flatMap((value) => value.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  // Either spelling of a format (`markdown` for `md`), as every command's --format reads it.
  const chosen = names.map((name) => formatNamed(name, known));
  const unknown = names.find((_, i) => chosen[i] === undefined);
  const formats = known.join(', ');
  if (unknown !== undefined)
    throw new UsageError({
      en: `Unknown ${kind.en} format "${unknown}"; use one or more of: ${formats}`,
      vi: `Không có định dạng ${kind.vi} "${unknown}"; hãy dùng một hoặc nhiều trong: ${formats}`,
    });
  if (names.length === 0)
    throw new UsageError({
      en: `--format needs at least one of: ${formats}`,
      vi: `--format cần ít nhất một trong: ${formats}`,
    });
  return known.filter((format) => chosen.includes(format));
}
