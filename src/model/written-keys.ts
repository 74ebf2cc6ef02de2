import jsyaml from 'js-yaml';

/** The top-level keys a file names its procedure by, as written. */
export interface WrittenKeys {
  id?: string;
  code?: string;
}

// A top-level `id:` or `code:` line: at column 0, where nothing but a key of the procedure's map can start.
const KEY_LINE = /^(id|code)[ \t]*:(?:[ \t].*)?$/gmu;

/**
 * The id and national code a procedure file writes at the top level (`code: "1.000894"`), read line by line from its
 * text, for a file whose YAML does not parse as a whole: a dossier export that names the procedure is then told that
 * its file could not be read, not that no such procedure exists. Each line is read alone, as the loader reads values
 * (quotes, a comment after the value); the first of each key counts. Undefined when neither is written as text or a
 * number.
 */
export function writtenKeys(text: string): WrittenKeys | undefined {
  const found: WrittenKeys = {};
  for (const [line, key] of text.matchAll(KEY_LINE)) {
    const name = key as keyof WrittenKeys;
    if (found[name] !== undefined) continue;
    let value: unknown;
    try {
      value = (jsyaml.load(line, { schema: jsyaml.CORE_SCHEMA }) as Record<string, unknown>)[name];
    } catch {
      continue;
    }
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number')
      found[name] = String(value).trim().normalize('NFC');
  }
  return found.id === undefined && found.code === undefined ? undefined : found;
}
