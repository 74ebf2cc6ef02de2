import { foldCase, foldToAscii } from '../model/fold.js';

// A document's number and sign as Vietnamese legal documents cite it: 23/2015/NĐ-CP, 1234/QĐ-UBND, 60/2014/QH13.
const NUMBER = /(\d+)\/(?:(\d{4})\/)?(\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*)/u;

/**
 * The document an entry of a legal basis cites, the same however the entry is worded around it: its number and sign
 * ("23/2015/NĐ-CP" in "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về …"), else the whole entry.
 */
function documentOf(entry: string): string {
  const found = NUMBER.exec(entry.normalize('NFC'));
  if (!found) return `text ${foldCase(entry)}`;
  const [, number, year, sign] = found;
  return `number ${Number(number)}/${year ?? ''}/${foldToAscii(sign!)}`;
}

/**
 * A file's legal basis with what a source adds to it: the file's entries as written, then each of the source's that
 * cites a document the file does not; with how many of the file's the source does not cite (kept, to check).
 */
export function basisAdded(file: readonly string[], source: readonly string[]): { basis: string[]; unlisted: number } {
  const cited = new Set(file.map(documentOf));
  const given = new Set(source.map(documentOf));
  const added = source.filter((entry) => !cited.has(documentOf(entry)));
  return { basis: [...file, ...added], unlisted: file.filter((entry) => !given.has(documentOf(entry))).length };
}
