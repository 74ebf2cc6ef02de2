import { isMap } from './data-object.js';
import { portalCounts, dossierCounts, withoutListEnd } from './dossier-counts.js';
import { asciiLookalikes, type LookalikeValue } from './lookalikes.js';
import type { NodePath } from './types.js';

// The count a dossier item's line ends with, as tables of a published procedure copy it into one cell: "Tờ khai: 01
// bản chính", "Giấy tờ - 01 bản sao", "Giấy tờ (01 bản chính và 01 bản sao)", "Tờ khai; 01 bộ", or the count alone,
// "Tờ khai: 01 bản", after "Số lượng:" too ("Tờ khai. Số lượng: 01 bộ"). Found by position: the count starts with its
// number and "bản" or "bộ". After a colon or semicolon it may follow with no space, as an input method's full-width
// "：" and "；" are typed ("Tờ khai：０１ bản chính").
const ITEM_COUNT =
  /(?:(?:\s*[:;,.]|\s+[-–—])?\s*(?:số lượng|so luong)\s*:?\s*|\s*[:;]\s*|\s*,\s+|\s+[-–—]\s+|\s*\(\s*)((?:\d{1,3}|một|hai|ba|mot)\s+(?:bản|ban|bộ|bo)(?:\s+[^():]{1,80}?)?)\s*\)?$/iu;

// The kind of copy after a colon, without a number, as the schema's example words it ("01 bản chính hoặc bản sao
// chứng thực"): "Giấy khai sinh: Bản sao có chứng thực hoặc bản chính để đối chiếu", "Căn cước: xuất trình", "Giấy
// chứng nhận đã cấp: bản gốc"; or the kind labelling its count, "Giấy chứng sinh: Bản sao: 01", "…: bản sao (01)".
const ITEM_KIND =
  /:\s*((?:bản chính|bản gốc|bản sao|bản chụp|bản photo|xuất trình|ban chinh|ban goc|ban sao|ban chup|xuat trinh)(?:\s*:\s*\d{1,3}|\s*\(\s*\d{1,3}\s*\)|[\s,][^():]{0,100})?)$/iu;

/** Where a dossier line's quantity starts (its separator) and the quantity's words, in ASCII; undefined without one. */
function quantityAt(text: string): { at: number; words: string } | undefined {
  if (text.length > 1000) return undefined;
  // Full-width digits and marks an input method types ("：", "０１", "（"), read as ASCII: one code unit for one, so an
  // offset in the ASCII line is the same in the line as written.
  const ascii = asciiLookalikes(text);
  const portal = portalCounts(ascii);
  if (portal && text.slice(0, portal.at).trim() !== '') return { at: portal.at, words: portal.words };
  const kind = ITEM_KIND.exec(ascii);
  if (kind && text.slice(0, kind.index).trim() !== '') return { at: kind.index, words: kind[1]!.trim() };
  const count = ITEM_COUNT.exec(ascii);
  if (!count || text.slice(0, count.index).trim() === '') return undefined;
  // A bracket closes only what it opened: "(01 bản chính)" whole, or no bracket at all.
  const bracketed = count[0].trimStart().startsWith('(');
  if (bracketed !== ascii.trimEnd().endsWith(')')) return undefined;
  return { at: count.index, words: count[1]!.trim() };
}

/**
 * A dossier item written on one line: its name, and the quantity it ends with (`Tờ khai: 01 bản chính`,
 * `Tờ khai; 01 bản chính và 01 bản sao`, the portal's `Đơn: Bản chính: 1 - Bản sao: 0`) or the kind of copy after a
 * colon (`Giấy khai sinh: Bản sao có chứng thực hoặc bản chính để đối chiếu`): a count of originals is `originals`,
 * copies beside it `copies`; other words stay text in `copies`, as written (a count of copies alone becomes one where
 * the procedure counts originals, see `canonicalProcedure`). Typed with full-width marks or digits (`Tờ khai：０１ bản
 * chính`), it is read as in ASCII; the name keeps what it was written with.
 */
export function dossierItemOf(text: string): { name: string; originals?: number; copies?: string | number } {
  // The mark a pasted list ends each item with is no part of its count ("Tờ khai: 01 bản chính;").
  const line = withoutListEnd(text);
  const quantity = quantityAt(line);
  if (quantity === undefined) return { name: text };
  return { name: line.slice(0, quantity.at).trim(), ...quantityOf(quantity.words) };
}

/** A quantity as an item's fields: counts that name the originals as numbers, any other words as `copies` text. */
function quantityOf(text: string): { originals?: number; copies?: string | number } {
  const counts = dossierCounts(text);
  return counts?.originals === undefined ? { copies: text } : counts;
}

/**
 * A dossier line whose quantity is typed with full-width characters, with that quantity in ASCII and the name as
 * written (`Tờ khai：０１ bản chính` → `Tờ khai: 01 bản chính`); undefined when its quantity has none.
 */
export function dossierLineInAscii(text: string): string | undefined {
  const quantity = quantityAt(text);
  if (quantity === undefined) return undefined;
  const tail = text.slice(quantity.at);
  if (asciiLookalikes(tail) === tail) return undefined;
  // The space an input method's "：" stands for, after the ":" it becomes: "Tờ khai：０１ bản" → "Tờ khai: 01 bản".
  return text.slice(0, quantity.at) + asciiLookalikes(tail.replace(/^(\s*[：；])(?=\S)/, '$1 '));
}

/**
 * Reads the dossier's lines whose quantity is typed with full-width characters (`- Tờ khai：０１ bản chính`, `- Giấy
 * khai sinh: ０２ bản sao`, also under a case) with that quantity in ASCII, before the lists are read; those lines, for
 * `full-width-characters` to write them so. The names keep what they were written with.
 */
export function readDossierLineLookalikes(data: unknown): LookalikeValue[] {
  const found: LookalikeValue[] = [];
  const read = (list: unknown[], path: NodePath) =>
    list.forEach((item, i) => {
      if (typeof item === 'string') {
        const ascii = dossierLineInAscii(item);
        if (ascii === undefined) return;
        list[i] = ascii;
        found.push({ path: [...path, i], written: item, ascii });
        return;
      }
      if (!isMap(item) || Object.keys(item).length !== 1) return;
      const [key, value] = Object.entries(item)[0]!;
      // Items under their case (`- Trường hợp 1:` and the lines below it).
      if (Array.isArray(value)) return read(value, [...path, i, key]);
      // A field's (`{ name: … }`) is the officer's own: only a line's key, never lower-case English like a field's.
      if (typeof value !== 'string' || /^[a-z][a-z_]*$/.test(key)) return;
      // A line YAML took for a map of one entry for its colon (`- Giấy khai sinh: ０２ bản sao`): its value is read.
      const ascii = dossierLineInAscii(`${key}: ${value}`);
      if (ascii === undefined || ascii.slice(0, key.length) !== key) return;
      item[key] = ascii.slice(key.length + 2);
      found.push({ path: [...path, i, key], written: value, ascii: item[key] as string });
    });
  if (isMap(data) && Array.isArray(data.dossier)) read(data.dossier, ['dossier']);
  return found;
}
