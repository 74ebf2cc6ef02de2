import { LIMITS } from './limits.js';

/** Where nesting first goes deeper than allowed, as a string offset; undefined when the text stays within it. */
export function excessiveNesting(text: string, maxDepth: number = LIMITS.maxDepth): number | undefined {
  // Parsers recurse once per level: refuse hostile depth before any parser sees it. Block levels are counted by
  // indentation, flow levels by brackets outside quotes and comments; an estimate on the safe side is enough.
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && (text[i] === ' ' || text[i] === '-')) i++;
    const content = i < lineEnd && text[i] !== '#' && text[i] !== '\r';
    if (content && flow === 0) {
      const indent = i - lineStart;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let quote = '';
    for (; i < lineEnd; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '#' && (i === lineStart || text[i - 1] === ' ')) {
        break;
      } else if (c === '[' || c === '{') {
        flow++;
      } else if (c === ']' || c === '}') {
        flow = Math.max(0, flow - 1);
      }
      if (indents.length + flow > maxDepth) return i;
    }
    if (indents.length + flow > maxDepth) return lineStart;
    lineStart = lineEnd + 1;
  }
  return undefined;
}
