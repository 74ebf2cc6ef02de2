/**
 * Whether two values hold the same data, whatever their maps' prototypes and key order: the model builds some maps
 * without a prototype (a definition read from "CTV: …") and others with one, and `isDeepStrictEqual` tells them apart
 * though they mean the same.
 */
export function sameData(a: unknown, b: unknown): boolean {
  return plainJson(a) === plainJson(b);
}

/** The value as JSON with every map's keys sorted, so that two maps of the same entries give the same text. */
function plainJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
