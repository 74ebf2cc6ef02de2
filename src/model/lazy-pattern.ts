/**
 * A module's regular expression made on its first use. V8 works a Unicode property class (\p{L}) out from Unicode's
 * tables when a pattern is made, 0.1–0.5 ms each, and a one-file lint never uses most of the patterns for unusual
 * wordings: made when their module loads, they cost every start several milliseconds. The same pattern every call,
 * so a global one keeps its lastIndex as a constant would.
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
