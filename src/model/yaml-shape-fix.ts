/** The likely fix, with the corrected line, for a YAML structure error of a shape officers often write. */
import { fill, type Translated } from '../i18n.js';
import { escapeControls } from './quote.js';
import schemaJson from '../../schemas/procedure.schema.json' with { type: 'json' };
import { isBlank, linesOf, MISALIGNED, type Line } from './list-item-indent.js';

/** Where the line to correct starts, how many spaces lead it, and what to write instead. */
export interface ShapeFix {
  offset: number;
  indent: number;
  message: Translated;
}

// A list item's line: its indent, and its text after "- ".
const ITEM = /^( *)- +([^\s#].*)$/;
// A key's line, or a list item's first key: the indent up to the key, and the key with its value.
const KEY = /^( *(?:- +)?)([A-Za-z_][\w-]*:(?:\s.*)?)$/;
// A line with a field's name and its value but no colon: "title Chứng thực".
const NO_COLON = /^( *(?:- +)?)([a-z_][a-z0-9_]*) +([^\s:#].*)$/;

// Field names procmap knows, of a procedure and of a step: "title Thử" is a missing colon only after one of them.
const FIELDS = new Set([...Object.keys(schemaJson.properties), ...Object.keys(schemaJson.$defs.step.properties)]);

const ALIGN: Translated = {
  en: 'This line is indented deeper than "{sibling}" on line {line}, so YAML reads it as part of that line: write "{fixed}" in line with "{sibling}" on line {line} ({indent} spaces)',
  vi: 'Dòng này thụt sâu hơn "{sibling}" ở dòng {line} nên YAML hiểu là một phần của dòng đó: hãy viết "{fixed}" thẳng cột với "{sibling}" ở dòng {line} (thụt {indent} dấu cách)',
};
const COLON: Translated = {
  en: 'A ":" is missing after the field name "{key}": write "{fixed}"',
  vi: 'Thiếu dấu ":" sau tên trường "{key}": hãy viết "{fixed}"',
};

const shown = (text: string) => escapeControls(text.length > 60 ? `${text.slice(0, 59)}…` : text.trimEnd());

/**
 * The likely fix for a YAML structure error at `at` (yaml's code `code`): a list item indented under the item above
 * (`- name: A` then `  - name: B`), a key deeper than the key above it, a list item out of line with the one above,
 * or a field's name without its colon; undefined for another shape, whose message stays yaml's own.
 */
export function yamlShapeFix(text: string, at: number, code: string): ShapeFix | undefined {
  const lines = linesOf(text);
  const index = lines.findIndex((line, i) => line.start <= at && (lines[i + 1]?.start ?? Infinity) > at);
  if (index < 0) return undefined;
  const here = lines[index]!;
  if (code === 'MULTILINE_IMPLICIT_KEY' || code === 'BLOCK_AS_IMPLICIT_KEY') {
    const bare = NO_COLON.exec(here.text);
    if (bare && FIELDS.has(bare[2]!)) {
      const fixed = shown(`${bare[1]!.trimStart()}${bare[2]}: ${bare[3]}`);
      return { offset: here.start, indent: bare[1]!.length, message: fillBoth(COLON, { key: bare[2]!, fixed }) };
    }
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    // yaml stops on the upper line of the two, or on the lower where the upper is a list item.
    let previous = index - 1;
    while (previous >= 0 && isBlank(lines[previous]!.text)) previous--;
    return (previous >= 0 ? deeperBelow(lines, previous) : undefined) ?? deeperBelow(lines, index);
  }
  if (code === 'BAD_INDENT') return itemOutOfLine(lines, index);
  return undefined;
}

/** A line of `key: value` (or `- key: value`) with a line deeper below it that YAML reads as more of it. */
function deeperBelow(lines: readonly Line[], index: number): ShapeFix | undefined {
  const here = lines[index]!;
  const key = KEY.exec(here.text);
  const next = lines.findIndex((line, i) => i > index && !isBlank(line.text));
  if (!key || next < 0) return undefined;
  const below = lines[next]!;
  const item = ITEM.exec(here.text);
  const belowItem = ITEM.exec(below.text);
  // `- name: A` then `  - name: B`: two items of one list; `name: A` then `  body: X`: two keys of one map.
  // An item is only taken for a mis-indented sibling when it starts with a field procmap knows: `- Trường hợp 1: …`
  // with items under it is their heading (headingItem in load.ts).
  const known = (line: string) => FIELDS.has(/^[\w-]+/.exec(line)?.[0] ?? '');
  const [column, fixed] = belowItem
    ? item && known(item[2]!) && known(belowItem[2]!)
      ? [item[1]!.length, `- ${belowItem[2]}`]
      : [undefined, '']
    : [key[1]!.length, KEY.exec(below.text)?.[2]];
  if (column === undefined || fixed === undefined || leading(below.text) <= column) return undefined;
  const sibling = item && belowItem ? `- ${item[2]}` : key[2]!;
  return {
    offset: below.start,
    indent: leading(below.text),
    message: fillBoth(ALIGN, {
      sibling: shown(sibling),
      line: String(index + 1),
      fixed: shown(fixed),
      indent: String(column),
    }),
  };
}

/** A list item whose dash is out of line with the nearest item above it of the same list. */
function itemOutOfLine(lines: readonly Line[], index: number): ShapeFix | undefined {
  const here = ITEM.exec(lines[index]!.text);
  if (!here) return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const above = ITEM.exec(lines[i]!.text);
    if (!above) continue;
    const column = above[1]!.length;
    if (column === here[1]!.length) return undefined;
    const data = { sibling: shown(`- ${above[2]}`), line: String(i + 1), fixed: shown(`- ${here[2]}`) };
    return {
      offset: lines[index]!.start,
      indent: here[1]!.length,
      message: fillBoth(MISALIGNED, { ...data, indent: String(column) }),
    };
  }
  return undefined;
}

function leading(line: string): number {
  return /^ */.exec(line)![0].length;
}

function fillBoth(message: Translated, data: Record<string, string>): Translated {
  return { en: fill(message.en, data), vi: fill(message.vi, data) };
}
