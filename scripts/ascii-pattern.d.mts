/** The pattern with \p{L}, \p{N} and \p{M} as their ASCII members, the same on ASCII text; undefined if none or not exact. */
export function asciiTwin(source: string): string | undefined;
