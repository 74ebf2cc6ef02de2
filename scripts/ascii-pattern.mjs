// A pattern's twin for text in ASCII alone. V8 takes 1–1.5 ms to compile a Unicode pattern with a property class
// (\p{L}: every letter of every script), once per pattern and process, which a one-file lint paid for each step-id
// and `next` pattern it tested; most values (step ids B1, receive; dates 2025-07-01) are ASCII, where \p{L} is
// exactly A-Za-z, \p{N} exactly 0-9 and \p{M} matches nothing, so the twin answers the same for them.

const ASCII_CLASS = { L: 'A-Za-z', N: '0-9', M: '' };

/**
 * The pattern with \p{L}, \p{N} and \p{M} written as their ASCII members, matching exactly as the pattern does on
 * text in ASCII alone; undefined when it has no property class, or one this cannot rewrite exactly (another
 * property, \P{…}, a property in a negated class).
 */
export function asciiTwin(source) {
  let out = '';
  let inClass = false;
  let negated = false;
  let rewritten = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      const property = /^\\([pP])\{([^}]*)\}/.exec(source.slice(i));
      if (property) {
        const members = ASCII_CLASS[property[2]];
        if (property[1] === 'P' || members === undefined || (inClass && negated)) return undefined;
        out += inClass ? members : `[${members}]`;
        i += property[0].length - 1;
        rewritten = true;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (!inClass && char === '[') {
      inClass = true;
      negated = source[i + 1] === '^';
    } else if (inClass && char === ']') inClass = false;
    out += char;
  }
  return rewritten ? out : undefined;
}
