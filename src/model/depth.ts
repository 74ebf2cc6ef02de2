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
    // Each "- ", "? " or ": " of a line's leading run opens a collection of its own at its column, as an indented line
    // does: "- - - x" is three lists deep, "? ? ? x" three maps, and a line holding a bare "-" one more list. Counted
    // as one level, they let 2,000 "? " of a 4 KB file reach the parsers (lint ran for good, deaf to Ctrl-C) and
    // 1,000 "- " overflow their stack.
    while (i < lineEnd) {
      const c = text[i]!;
      const next = text[i + 1];
      if (c === ' ') i++;
      else if (
        flow === 0 &&
        (c === '-' || c === '?' || c === ':') &&
        (next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r')
      ) {
        open(indents, i - lineStart);
        if (indents.length > maxDepth) return i;
        i++;
      } else break;
    }
    const content = i < lineEnd && text[i] !== '#' && text[i] !== '\r';
    if (content && flow === 0) open(indents, i - lineStart);
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

/** Opens a block level at a column: the levels at or right of it are closed first. */
function open(indents: number[], column: number): void {
  while (indents.length > 0 && indents[indents.length - 1]! >= column) indents.pop();
  indents.push(column);
}
