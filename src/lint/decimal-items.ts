import { isMap } from '../model/data-object.js';
import type { LoadedFile } from '../model/load.js';
import type { LineIndex } from '../model/source.js';
import type { Fix, NodePath, SourceRange } from '../model/types.js';

/** A value a comma in `[ ]` cut at its decimal comma: `[Trực tiếp: 2,5 ngày]` read as `Trực tiếp: 2` and "5 ngày". */
export interface CutItem {
  /** Where the number before the comma stands: the message is told there. */
  at: SourceRange;
  /** The items the comma made of one value, and the list itself when they are all of it: their problems are this one. */
  pieces: NodePath[];
  /** The value as written, comma and all. */
  value: string;
  /** What to write: `Trực tiếp: "2,5 ngày"`, `duration: "0,5 ngày"`, or the value in quotes. */
  example: string;
  fix: Fix;
}

// A number's end, then the rest the comma cut off: its digits and a unit ("5 ngày làm việc", "25 giờ").
const NUMBER_END = /\d$/;
const REST = /^\d+\s*\p{L}/u;

/**
 * The values a comma in a list written in `[ ]` cut at a decimal comma, where the source shows the comma between the
 * two digits and the file has a problem there (`touched`): a list of texts that merely holds "2" and "5 ngày" is
 * left as it is.
 */
export function decimalItems(source: LoadedFile, lines: LineIndex, touched: (path: NodePath) => boolean): CutItem[] {
  const cuts: CutItem[] = [];
  const walk = (node: unknown, path: NodePath): void => {
    if (Array.isArray(node)) {
      for (let k = 1; k < node.length; k++) {
        const rest = node[k];
        const before = node[k - 1];
        // The item before ends in a digit as written: a number, a text, or a one-entry item (`Trực tiếp: 2`) the
        // loader may have read as a channel's map; the source says which.
        if (typeof rest !== 'string' || !REST.test(rest) || Array.isArray(before) || before === null) continue;
        const cut = cutAt(source, lines, path, k, node.length === 2, touched);
        if (cut) cuts.push(cut);
      }
      node.forEach((item, k) => walk(item, [...path, k]));
    } else if (isMap(node)) {
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
    }
  };
  walk(source.data, []);
  return cuts;
}

// A one-entry item as written, `Trực tiếp: 2`: its key, and where its value starts.
const PAIR = /^([^:{}[\],"'#]+?):[ \t]+(?=\S)/u;

function cutAt(
  source: LoadedFile,
  lines: LineIndex,
  list: NodePath,
  k: number,
  whole: boolean,
  touched: (path: NodePath) => boolean,
): CutItem | undefined {
  const pieces: NodePath[] = [
    [...list, k - 1],
    [...list, k],
  ];
  const field = list.at(-1);
  if (!pieces.some(touched) && !(whole && touched(list))) return undefined;
  const outer = source.locate(list);
  const before = source.locate([...list, k - 1]);
  const after = source.locate([...list, k]);
  const text = source.text;
  if (text[lines.offset(outer.line, outer.column)] !== '[') return undefined;
  const start = lines.offset(before.line, before.column);
  const comma = lines.offset(before.endLine, before.endColumn);
  const to = lines.offset(after.endLine, after.endColumn);
  // The comma right after a digit, and the rest right after it: "2,5", not "2, 5" (two items as written).
  if (!NUMBER_END.test(text.slice(start, comma)) || text.slice(comma, lines.offset(after.line, after.column)) !== ',')
    return undefined;
  const pair = PAIR.exec(text.slice(start, comma));
  const from = pair ? start + pair[0].length : start;
  const value = text.slice(from, to);
  if (/["'\r\n#{}[\]]/.test(value) || !/^\d/.test(value)) return undefined;
  const quotedValue = JSON.stringify(value);
  const at = lines.range(from, comma);
  // The list is the value of a field and these two items all of it (`duration: [0,5 ngày]`): the field's value.
  if (whole && typeof field === 'string' && !pair) {
    return {
      at,
      pieces: [...pieces, list],
      value,
      example: `${field}: ${quotedValue}`,
      fix: { range: outer, text: quotedValue },
    };
  }
  return {
    at,
    pieces,
    value,
    example: pair ? `${pair[1]!.trim()}: ${quotedValue}` : quotedValue,
    fix: { range: lines.range(from, to), text: quotedValue },
  };
}
