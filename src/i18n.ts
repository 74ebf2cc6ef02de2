import { foldToAscii } from './model/fold.js';

/** The languages procmap speaks; a run speaks one, Vietnamese unless told otherwise (src/cli/lang.ts). */
export type Lang = 'en' | 'vi';

/** A message in every language procmap speaks. */
export type Translated = Record<Lang, string>;

/** Fills `{name}` placeholders from data; unknown placeholders stay visible rather than vanish. */
export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Names as a sentence lists them, `and` the language's word: `a, b và c`. */
export function joinNames(names: string[], and: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)!}`;
}

function isLang(value: string): value is Lang {
  return value === 'en' || value === 'vi';
}

// A language as people and systems name it: a locale ("vi-VN", "en_US.UTF-8") by its language, or its name.
const LANG_NAMES: Readonly<Record<string, Lang>> = {
  vietnamese: 'vi',
  'tieng viet': 'vi',
  english: 'en',
  'tieng anh': 'en',
};

/** The language a value names (`vi`, `VI`, `vi-VN`, `en_US.UTF-8`, `Tiếng Việt`, `English`), or undefined. */
export function langOf(value: string): Lang | undefined {
  const words = foldToAscii(value).replace(/\s+/g, ' ').trim();
  const language = /^([a-z]{2})(?:[-_.@][\w.@-]*)?$/.exec(words)?.[1] ?? '';
  if (isLang(language)) return language;
  return Object.hasOwn(LANG_NAMES, words) ? LANG_NAMES[words] : undefined;
}
