import { isMap } from './data-object.js';
import {
  copiesCount,
  countsOriginals,
  dossierCounts,
  isApplication,
  plainCountOf,
  withKind,
} from './dossier-counts.js';
import { dossierItemOf } from './dossier-line.js';
import { paperPositions, setsItemOf } from './dossier-sets.js';

/**
 * The dossier of procedure data as procmap reads it, in place: its line of sets as `dossier_count`, each item a map
 * with its counts as numbers where they are counts. One reader for the loader and the importers, so that an imported
 * file says what `lint --fix` would write of the same words. `papersInWords`: a number of papers of no kind (`copies:
 * 1` where no item counts originals) as the words the document prints, "01 bản", as the loader reads it; a file writes
 * the number.
 */
export function withCanonicalDossier(out: Record<string, unknown>, { papersInWords = true } = {}): void {
  if (Array.isArray(out.dossier)) setsApart(out);
  // Where no item gives its originals apart ("bản chính" only in words under `copies`), `copies` is the number of
  // papers, as catalogs wrote it before `originals`: `copies: 1` says "01 bản", of no kind.
  const papers = papersInWords && Array.isArray(out.dossier) && !countsKindsApart(out.dossier);
  if (Array.isArray(out.dossier))
    out.dossier = out.dossier
      .map((item: unknown) => (typeof item === 'string' ? dossierItemOf(item) : item))
      .map((item) => {
        if (!isMap(item)) return item;
        const counted: Record<string, unknown> = { ...item };
        const number = typeof item.copies === 'string' ? BARE_COUNT.exec(item.copies)?.[1] : item.copies;
        if (papers && (typeof number === 'number' || typeof number === 'string') && Number(number) > 0) {
          counted.copies = `${String(Number(number)).padStart(2, '0')} bản`;
          return counted;
        }
        if (typeof item.originals === 'string') counted.originals = originalsOf(item.originals);
        // Originals written as copies ("copies: 01 bản chính", "01 bản chính và 01 bản sao") are originals.
        const stated = typeof item.copies === 'string' ? dossierCounts(item.copies) : undefined;
        // Beside originals that say the same number, they say it twice: the copies they name are the item's copies.
        const same = stated?.originals === (counted.originals ?? stated?.originals);
        if (stated?.originals !== undefined && same) {
          counted.originals = stated.originals;
          if (stated.copies === undefined) delete counted.copies;
          else counted.copies = stated.copies;
          return counted;
        }
        if (typeof item.copies === 'string' && NONE_COUNT.test(item.copies)) counted.copies = 0;
        // "01": the number alone, of copies as its field says.
        const copies = typeof item.copies === 'string' ? BARE_COUNT.exec(item.copies) : null;
        if (copies) counted.copies = Number(copies[1]);
        return counted;
      });
  if (Array.isArray(out.dossier)) out.dossier = plainCounts(out.dossier);
  // "02 bản sao" is a count of copies where the document prints copies apart from originals (under "Bản sao", as
  // "02 bản"). Before any item counts originals, a count under `copies` prints as a number of papers, and the words
  // stay: "02 bản" would lose that a copy will do.
  if (Array.isArray(out.dossier) && countsOriginals(out.dossier))
    out.dossier = out.dossier.map((item: unknown) => {
      const count = isMap(item) && typeof item.copies === 'string' ? copiesCount(item.copies) : undefined;
      return count === undefined ? item : { ...(item as object), copies: count };
    });
}

/**
 * The national record's last line of "Thành phần hồ sơ", copied as an item ("Số lượng hồ sơ: 01 bộ"), counts the sets
 * of the dossier, not a paper: left out of `dossier`, its count is `dossier_count` where none is written (the rule
 * `dossier-count-item` says where the two differ). A dossier of that line alone leaves its papers unsaid, not none.
 */
function setsApart(out: Record<string, unknown>): void {
  const written = out.dossier as unknown[];
  const positions = paperPositions(written);
  if (positions.length === written.length) return;
  const count = written.map(setsItemOf).find((found) => found !== undefined);
  if (out.dossier_count === undefined && count !== undefined) out.dossier_count = count;
  if (positions.length === 0) delete out.dossier;
  else out.dossier = positions.map((i) => written[i]);
}

// No copies, as a count of originals may say it too.
const NONE_COUNT = /^\s*(?:không|khong)\s*$/iu;

// A count of copies as a number alone: "01", "1".
const BARE_COUNT = /^\s*(\d{1,3})\s*$/u;

/**
 * A count of papers with no kind, "01 bản" (`Tờ khai: 01 bản`, `copies: 01 bản`): where no item counts originals the
 * document has one column, "Số lượng", and it is that number of papers (`copies: 1`, printed "01 bản"). Where the
 * document prints originals and copies apart, an application, declaration or form is the original the applicant signs
 * (`originals: 1`); any other item's words stay, for `original-or-copy` to ask which, and are never printed as copies.
 * A count of sets, "01 bộ", is one too, kept in words: `01 bộ`, an application's `01 bộ bản chính`.
 */
function plainCounts(dossier: unknown[]): unknown[] {
  const split = countsOriginals(dossier.filter(isMap));
  return dossier.map((item) => {
    if (!isMap(item) || typeof item.copies !== 'string') return item;
    const plain = plainCountOf(item.copies);
    if (plain === undefined) return item;
    // A remark after the count ("01 bản (kèm bản điện tử)") is kept, and a set's "bộ", which a number would print as
    // "bản": the words stay, printed as written.
    if (!split) return plain.remark === '' && !plain.set ? { ...item, copies: plain.number } : item;
    if (item.originals !== undefined || typeof item.name !== 'string' || !isApplication(item.name)) return item;
    if (plain.remark !== '' || plain.set) return { ...item, copies: withKind(plain, 'chính') };
    const { copies: _words, ...rest } = item;
    return { ...rest, originals: plain.number };
  });
}

/**
 * Whether the file gives originals apart from the copies: an item's `originals`, or a line's count of its kind
 * ("Tờ khai: 01 bản chính", "Giấy phép: 02 bản sao"). Words about the original under `copies` (`copies: "01 bản
 * chính"`) are not: they show `copies` used for the number of papers, as the document's "Số lượng" column.
 */
function countsKindsApart(dossier: readonly unknown[]): boolean {
  return dossier.some((item) => {
    if (isMap(item)) return item.originals !== undefined;
    if (typeof item !== 'string') return false;
    const read = dossierItemOf(item);
    return read.originals !== undefined || (typeof read.copies === 'string' && copiesCount(read.copies) !== undefined);
  });
}

/** A count of originals written as text (`01`, `01 bản chính`, `Không`), as the schema admits it: the number. */
function originalsOf(text: string): number {
  const digits = /\d+/.exec(text);
  return digits ? Number(digits[0]) : 0;
}
