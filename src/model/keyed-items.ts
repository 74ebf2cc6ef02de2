import { isMap } from './data-object.js';
import { PROCEDURE_LISTS, STEP_LISTS } from './lenient.js';

// A list item written with a colon and no quotes, `- TTHC: Thủ tục hành chính`, `- Mẫu 01: Tờ khai`, `- Nghị định số
// 23/2015/NĐ-CP: về cấp bản sao`, is a map of one entry to YAML. Its key is no field of an item (fields are lower-case
// English words: name, term, code…), so it can only be the line as the officer wrote it.
const FIELD = /^[a-z][a-z_]*$/;

/** The line a one-entry map stands for, `key: value`; undefined for a map with a field's key or another shape. */
export function keyedLine(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const entries = Object.entries(item);
  if (entries.length !== 1) return undefined;
  const [key, value] = entries[0]!;
  if (FIELD.test(key) || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  return `${key}: ${value}`;
}

function readList(list: unknown): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    const line = keyedLine(item);
    if (line !== undefined) list[i] = line;
  });
}

/**
 * Reads the items of the procedure's and its steps' lists (and of a fee written as a list) that YAML took for a map of one entry because of their
 * colon (`- TTHC: Thủ tục hành chính`) as the lines they are, before the schema sees them; the lists' own readers
 * then make a definition, a form or a text of each, as of the same line in quotes.
 */
export function readKeyedItems(data: unknown): void {
  if (!isMap(data)) return;
  for (const key of [...PROCEDURE_LISTS, 'applicants', 'fee']) readList(data[key]);
  // A fee by case, `- Trường hợp cá nhân: 50.000 đồng`, the procedure's or a way of filing's.
  if (Array.isArray(data.channels)) for (const channel of data.channels) if (isMap(channel)) readList(channel.fee);
  if (Array.isArray(data.steps))
    for (const step of data.steps) if (isMap(step)) for (const key of STEP_LISTS) readList(step[key]);
}
