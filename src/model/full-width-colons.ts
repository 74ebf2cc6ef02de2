import { blockTextLines } from './pasted-lines.js';

// Chinese and Japanese input methods type a full-width colon "：" (U+FF1A), which YAML takes for a letter: `duration：
// 4h` is no field, and in braces `{ …, body: TN, duration： 4h }` a key with no value. After a key nothing else is
// meant, so procmap reads it as ":". It is one UTF-16 unit, as ":" is: reading it so moves no position in the file.

// A key at the start of a line (after its indent and any "- "), written as procmap's fields are: `id`, `time_limit`.
const BLOCK_KEY = /^[ \t]*(?:-[ \t]+)*[A-Za-z_][\w-]* ?：(?=[ \t]|\r?$)/;
// A key alone at the start of a line, in any words: a label of `next` (`Không đạt： B5`), a body's name. After a "- "
// it is left to the text: `- Luật Hộ tịch： số 60/2014/QH13` is an item of a list, not a key.
const WORDS_KEY = /^[ \t]*[^\s#"'[\]{}|>&*!%@`,?:：-][^#:："'\n]*?：(?=[ \t]|\r?$)/;
// A key after "{" or "," inside braces: any text without YAML's marks (a label of `next`, a body's key).
const FLOW_KEY = /[{,][ \t]*[^\s:#,[\]{}"'：][^:#,[\]{}"'：\n]*?：(?=[ \t])/g;

/**
 * The offsets of the full-width colons written after a key, outside quotes, comments and block texts: at a key of a
 * line (`- id： B1`, `  name： Tiếp nhận`) or of a map in braces (`{ id： B1, duration： 4h }`).
 */
export function keyColons(text: string): number[] {
  if (!text.includes('：')) return [];
  const lines = text.split('\n');
  const blocks = blockTextLines(lines);
  const found: number[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const start = offset;
    offset += line.length + 1;
    if (blocks.has(i) || !line.includes('：')) return;
    const block = BLOCK_KEY.exec(line) ?? WORDS_KEY.exec(line);
    if (block) found.push(start + block[0].length - 1);
    for (const flow of line.matchAll(FLOW_KEY)) {
      // Braces in a quoted text or a comment are the text's: only a line with none of them before the key counts.
      const before = line.slice(0, flow.index);
      if (!before.includes('{') && flow[0][0] !== '{') continue;
      if (/["'#]/.test(before)) continue;
      found.push(start + flow.index + flow[0].length - 1);
    }
  });
  return found;
}

/** The text with a ":" at each of the offsets (full-width colons after a key): what YAML is given to read. */
export function withColons(text: string, offsets: readonly number[]): string {
  if (offsets.length === 0) return text;
  const chars = text.split('');
  for (const at of offsets) chars[at] = ':';
  return chars.join('');
}
