/**
 * The parts of a text between any of the given separator characters that stand outside round brackets, trimmed:
 * "B3 (nếu thuộc xã miền núi, hải đảo), B4" splits at its second comma only.
 */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let [depth, from] = [0, 0];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(') depth++;
    // A stray closing bracket does not open a level below the text.
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(char)) {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  return [...parts, text.slice(from).trim()];
}
