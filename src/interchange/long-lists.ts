import type { Lang } from '../i18n.js';
import { LINE_HEIGHT, MAX_ROW_HEIGHT, wrappedLines } from '../xlsx-layout.js';

// A text taller than the tallest row Excel allows (409 pt, 27 lines of Calibri 11), of many lines or of one, is cut at the row's foot, on
// screen and in print, without a word: a procedure of 20 fees or 20 legal bases lost the last ones so. Its cell keeps
// the whole text (what `procmap import` reads back), and its lines are listed again one a row on a sheet of their own,
// where each is as tall as it needs. A wider column would not do: 20 legal bases of 200 characters need 27 lines at
// any width a page prints readably, and a column wider for one procedure is wider for every row.

/** The sheet that lists again, one a row, the lines of the cells too tall for their row. */
export const LONG_LISTS_SHEET: Record<Lang, string> = { vi: 'Danh sách dài', en: 'Long lists' };

/** The note on a cell whose text passes its row's foot, saying where to read it whole. */
export function longListNote(lang: Lang): string {
  return lang === 'vi'
    ? `Ô này dài hơn hàng cao nhất Excel cho phép (409 điểm): đọc đủ từng dòng ở trang tính "${LONG_LISTS_SHEET.vi}"`
    : `This cell is longer than the tallest row Excel allows (409 points): read each of its lines on the sheet "${LONG_LISTS_SHEET.en}"`;
}

/** The headers of the long lists' sheet: the procedure, the sheet and column the text is in, the line's number and text. */
export const LONG_LIST_HEADERS: Record<Lang, readonly [string, string, string, string, string]> = {
  vi: ['Mã hiệu quy trình', 'Trang tính', 'Cột', 'STT', 'Nội dung'],
  en: ['Document code', 'Sheet', 'Column', 'No.', 'Text'],
};

/** Whether a text wrapped in a column of a width (in characters) is taller than a row can be. */
export function passesRowFoot(text: string, width: number): boolean {
  return wrappedLines(text, width) * LINE_HEIGHT > MAX_ROW_HEIGHT;
}

/** A cell too tall for its row: its procedure, where it is, and its text. */
export interface TallCell {
  procedure: string;
  sheet: string;
  column: string;
  text: string;
}

// A single line too tall for a row (1,500 characters of conditions in one sentence) would be cut on the long lists'
// sheet as in its cell: it is listed in pieces of whole words, each well within a row (1,000 characters are 18 lines
// of the widest column, 60 characters), under its line's number.
const PIECE = 1000;

/** A line in pieces of whole words of at most PIECE characters (a longer word alone, cut). */
export function linePieces(line: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const word of line.split(' ')) {
    // A word longer than a piece runs on from the words before it, and is cut.
    if (piece !== '' && piece.length + 1 + word.length > PIECE && word.length <= PIECE) {
      pieces.push(piece);
      piece = '';
    }
    piece = piece === '' ? word : `${piece} ${word}`;
    while (piece.length > PIECE) {
      pieces.push(piece.slice(0, PIECE));
      piece = piece.slice(PIECE);
    }
  }
  return [...pieces, piece];
}

/** The long lists' rows: each line of each tall cell, numbered from 1 within its cell, a long line in pieces. */
export function longListRows(cells: readonly TallCell[]): [string, string, string, number, string][] {
  return cells.flatMap(({ procedure, sheet, column, text }) =>
    text
      .split('\n')
      .flatMap((line, i) =>
        linePieces(line).map((piece): [string, string, string, number, string] => [
          procedure,
          sheet,
          column,
          i + 1,
          piece,
        ]),
      ),
  );
}
