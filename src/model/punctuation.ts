/** A list item without the ";" or "." a document closes it with (each item ";", the last "."): punctuation, not text. */
export function unpunctuated(item: string): string {
  return item.replace(/\s*[;.]$/u, '');
}
