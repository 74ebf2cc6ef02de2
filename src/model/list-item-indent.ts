import { fill, type Translated } from '../i18n.js';
import { escapeControls } from './quote.js';

/** A list item written so that YAML cannot read it: where the line to correct starts, and what to write. */
export interface ListItemProblem {
  /** Offset of the start of the line to correct. */
  offset: number;
  /** How many spaces lead that line (the range to mark). */
  indent: number;
  message: Translated;
}

/** A list item out of line with the item above it of the same list: write it in line with that one. */
export const MISALIGNED: Translated = {
  en: 'This list item does not start in line with the one above: write "{fixed}" in line with "{sibling}" on line {line} ({indent} spaces)',
  vi: 'Mục danh sách này không thẳng cột với mục phía trên: hãy viết "{fixed}" thẳng cột với "{sibling}" ở dòng {line} (thụt {indent} dấu cách)',
};

// A line that starts a list item with a key: "  - id: B2" (the key's column is the length of the match).
const ITEM_START = /^( *)- +(?=[^\s#])/;
// A line holding a key: "    name: Trình ký".
const KEY_LINE = /^( *)[^\s#-][^:#]*:(?:\s|$)/;
// A dash run into its text: "  -id: B2".
const DASH_WITHOUT_SPACE = /^( *)-(?=[^\s-])/;

/** A line of a text, without its line break, and where it starts. */
export interface Line {
  start: number;
  text: string;
}

/** The lines of a text with their offsets (LF or CRLF). */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, text: raw.replace(/\r$/, '') });
    start += raw.length + 1;
  }
  return lines;
}

/** Whether a YAML line holds nothing but spaces or a comment. */
export const isBlank = (line: string): boolean => /^\s*(?:#.*)?$/.test(line);

/**
 * What an officer most often gets wrong in a list of steps, found where YAML stopped (`at`): a dash without its space
 * ("-id: B2"), or a line of an item indented otherwise than the item's first key. Undefined for anything else, so
 * that YAML's own message stands.
 */
export function listItemProblem(text: string, at: number): ListItemProblem | undefined {
  const lines = linesOf(text);
  let index = lines.findIndex((line, i) => line.start <= at && (lines[i + 1]?.start ?? Infinity) > at);
  if (index < 0) return undefined;
  const dash = DASH_WITHOUT_SPACE.exec(lines[index]!.text);
  if (dash) {
    const line = lines[index]!;
    const example = escapeControls(`- ${line.text.slice(dash[0].length).trim()}`);
    return {
      offset: line.start,
      indent: dash[1]!.length,
      message: {
        en: `A list item starts with "-" and a space: write "${example}"`,
        vi: `Mục danh sách bắt đầu bằng dấu "-" và một dấu cách: hãy viết "${example}"`,
      },
    };
  }
  // YAML stops on the item's first line when the line after it is indented further: that line is the one to move.
  if (ITEM_START.test(lines[index]!.text)) {
    const next = lines.findIndex((line, i) => i > index && !isBlank(line.text));
    if (next > 0) index = next;
  }
  const line = lines[index]!;
  const key = KEY_LINE.exec(line.text);
  if (!key) return undefined;
  const have = key[1]!.length;
  // The item this line belongs to: the nearest line above that starts one, with only its keys between.
  const between: number[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const above = lines[i]!.text;
    if (isBlank(above)) continue;
    const item = ITEM_START.exec(above);
    if (item) {
      const want = item[0].length;
      if (have === want || have <= item[1]!.length || between.some((indent) => indent !== want)) return undefined;
      // `   - id: B3` one space right of `  - id: B2`, its other lines in line with B2's: the item is what moved, not
      // its lines (told to go deeper, the officer would be told next to move the item back).
      const moved = between.length === 0 ? misalignedItem(lines, i, have) : undefined;
      if (moved) return moved;
      const first = /^[^:]*:/.exec(above.slice(want))?.[0] ?? above.slice(want);
      const data = { have, want, first: escapeControls(first), line: i + 1 };
      return {
        offset: line.start,
        indent: have,
        message: {
          en: fill(
            'This line is indented {have} spaces, but the lines of its list item are indented {want}, as "{first}" on line {line}: indent it {want} spaces',
            data,
          ),
          vi: fill(
            'Dòng này thụt {have} dấu cách, nhưng các dòng của mục danh sách thụt {want} dấu cách, như "{first}" ở dòng {line}: hãy thụt {want} dấu cách',
            data,
          ),
        },
      };
    }
    const sibling = KEY_LINE.exec(above);
    // A key that opens a block ("next:" alone) may hold deeper lines; stop there rather than guess.
    if (!sibling || /:\s*(?:#.*)?$/.test(above)) return undefined;
    between.push(sibling[1]!.length);
  }
  return undefined;
}

/**
 * The item on line `index` as out of line with the item above it of its list, when that one's keys stand at `column`
 * and this item's dash between that one's dash and its keys (so no list of that item's can hold it).
 */
function misalignedItem(lines: readonly Line[], index: number, column: number): ListItemProblem | undefined {
  const here = ITEM_START.exec(lines[index]!.text)!;
  const dash = here[1]!.length;
  for (let i = index - 1; i >= 0; i--) {
    const above = ITEM_START.exec(lines[i]!.text);
    if (!above) {
      // A line left of the item ends its list: nothing above is its sibling.
      if (!isBlank(lines[i]!.text) && /^ */.exec(lines[i]!.text)![0].length < dash - 1) return undefined;
      continue;
    }
    const [aboveDash, aboveKey] = [above[1]!.length, above[0].length];
    if (!(aboveDash < dash && dash < aboveKey && aboveKey === column)) return undefined;
    const text = (line: string) => escapeControls(`- ${line.slice(/^ *- +/.exec(line)![0].length).trimEnd()}`);
    const data = {
      fixed: text(lines[index]!.text),
      sibling: text(lines[i]!.text),
      line: i + 1,
      indent: aboveDash,
    };
    return {
      offset: lines[index]!.start,
      indent: dash,
      message: { en: fill(MISALIGNED.en, data), vi: fill(MISALIGNED.vi, data) },
    };
  }
  return undefined;
}
