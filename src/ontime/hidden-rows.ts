/**
 * The rows an officer hid in a dossier sheet (hidden by hand or filtered out: Excel marks both `hidden="1"`), which
 * the streaming reader does not report: read from the sheet's XML before it streams, to be named in the report.
 */

// `<row r="5" … hidden="1">`, with or without a namespace prefix; `rows` or `rowBreaks` are not one.
const ROW = /<(?:[A-Za-z_][\w.-]*:)?row\s[^>]*>/g;
const HIDDEN = /\bhidden\s*=\s*["'](?:1|true)["']/;
const NUMBER = /\br\s*=\s*["'](\d{1,7})["']/;
const WORD = 'hidden';
// Longer than any `<row …>` element's attributes: what of a chunk's end is kept to find one cut between chunks.
const TAIL = 512;

/** Finds, in a sheet's XML as it inflates, the numbers of its hidden rows. */
export class HiddenRowScanner {
  private tail = '';
  private readonly rows = new Set<number>();

  /** Reads the next chunk of the sheet's XML. */
  push(chunk: Buffer): void {
    // Most sheets hide nothing: a chunk without the word is not turned into text.
    // The word may be cut between the last chunk and this one: looked for across the two.
    const head = this.tail + chunk.toString('latin1', 0, Math.min(chunk.length, TAIL));
    if (!head.includes(WORD) && !chunk.includes(WORD)) {
      this.tail = (this.tail + chunk.toString('latin1', Math.max(0, chunk.length - TAIL))).slice(-TAIL);
      return;
    }
    const text = this.tail + chunk.toString('latin1');
    let end = 0;
    for (const match of text.matchAll(ROW)) {
      end = match.index + match[0].length;
      if (!HIDDEN.test(match[0])) continue;
      const number = NUMBER.exec(match[0]);
      if (number) this.rows.add(Number(number[1]));
    }
    this.tail = text.slice(Math.max(end, text.length - TAIL));
  }

  /** The hidden rows' numbers, or undefined when none is hidden. */
  hidden(): ReadonlySet<number> | undefined {
    return this.rows.size === 0 ? undefined : this.rows;
  }
}
