/**
 * A pure reading of a text, remembered per text up to a bound: a catalog writes the same few values ("4h", "01 bản
 * chính", an effective date) in file after file, and the loader, the schema check and the rules each read them. Past
 * the bound new texts are read afresh, so a hostile catalog of distinct values costs memory once, not without end.
 * What is remembered is handed out shared: a caller that may change it copies it.
 */
export function memoByText<T>(read: (text: string) => T, limit = 10_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    if (known.size < limit) known.set(text, value);
    return value;
  };
}
