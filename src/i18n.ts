/** The languages procmap speaks; a run speaks one, Vietnamese unless told otherwise (src/cli/lang.ts). */
export type Lang = 'en' | 'vi';

/** A message in every language procmap speaks. */
export type Translated = Record<Lang, string>;

/** Fills `{name}` placeholders from data; unknown placeholders stay visible rather than vanish. */
export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Parses a `--lang` value. */
export function isLang(value: string): value is Lang {
  return value === 'en' || value === 'vi';
}
