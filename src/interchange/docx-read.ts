import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { said } from './import-messages.js';
import { firstLine, isNotZip, SheetError } from './read-error.js';
import { notPackageWords } from './office-container.js';
import type { Sheet } from './sheets.js';
import { symbolText } from './symbol-font.js';
import {
  type LegacyRepairs,
  noLegacyRepairs,
  type PlacedText,
  type RepairedCell,
  refuseLegacyText,
  withoutAnsi,
  withoutLegacyFont,
} from './legacy-text.js';
import { clean } from './text.js';
import { withoutColumnNumbers } from './column-numbers.js';
import { checkZipEntries, checkZipParts } from './zip-parts.js';
import { ListCounter, noNumbering, readNumbering, readStyleNumbering } from './docx-numbering.js';
import { NOTE_PARTS, notesOfPart, referencedNotes, type NoteReference, type WordNote } from './docx-notes.js';

/** What procmap reads of a Word document: its paragraphs outside tables (page headers first), and its tables. */
export interface WordDocument {
  paragraphs: string[];
  /** Each table ("#1", "#2"… in the order they end, a name no procedure id can have) as rows of cell texts, merged cells repeating their value as a spreadsheet's do. */
  tables: Sheet[];
  /** For each table, how many of `paragraphs` come before it (a nested table: before the table holding it); absent
   * in a document made by hand. */
  tableStarts?: number[];
  /** The text of the first cell of the page header's first table: an ISO document's issuer, in capitals. */
  headerIssuer?: string;
  /** The author the document's properties name (dc:creator): procmap writes the issuer there, as written. */
  creator?: string;
  /** How many texts were UTF-8 read as ANSI and saved again ("CÃ´ng an xÃ£"), put back; the first, as written and read. */
  repaired?: { count: number; text: string; fixed: string };
  /** The paragraphs typed in a TCVN3 or VNI font (.VnTime, VNI-Times), read as Vietnamese in Unicode. */
  legacy?: LegacyRepairs;
  /** The footnotes and endnotes the body refers to, which Word prints apart from the text (docx-notes.ts). */
  notes?: WordNote[];
  /**
   * Whether the body embeds content of another format (w:altChunk: a web page or another document, as programs that
   * make Word files from HTML write them), which Word converts only when it opens the file, and procmap cannot read.
   */
  embedded?: true;
  /**
   * The page footers' lines (a tab a line break, as it separates a footer's fields) and table cells: some ISO documents
   * print their control data there (`Mã hiệu: QT-01`, `Lần ban hành: 02`), read only where header and body do not.
   */
  footer?: string[];
}

// The parts that hold text an ISO document puts its control header in, then the body.
const PARTS = /^word\/(?:header\d*|document)\.xml$/;
// A part larger than this is no procedure document; reading it would only cost memory. The parts read (the body and
// the page headers) together are held to the same size.
const MAX_PART_BYTES = 32 * 1024 * 1024;
// Word's tables have at most 63 columns; no procedure document comes near a million cells. A span repeats a cell's
// text across the grid, so a small hostile file could otherwise spell out hundreds of millions of them.
const MAX_COLUMNS = 64;
const MAX_CELLS = 1_000_000;
// Each table is matched against the import's headers on its own; a decision announcing a province's procedures has
// tens of them. Tables nested in cells count too.
const MAX_TABLES = 10_000;
// Word writes 400–600 bytes of XML for a paragraph of text, lean generators (procmap's own fixtures) 120–230: under
// the 32 MiB cap that is at most about 280,000 paragraphs. A file past this packs hundreds of thousands of one-letter
// paragraphs into it, each a cost in the reading after, and is broken or hostile. Empty and blank ones, which cost
// nothing, are not counted: a document spaced with many keeps being read.
const MAX_PARAGRAPHS = 500_000;

interface Cell {
  paragraphs: string[];
  span: number;
  /** `restart` opens a vertical merge, `continue` repeats the cell above. */
  merge?: 'restart' | 'continue';
}

interface TableState {
  /** How many of the document's paragraphs came before the outermost table this one is in. */
  start: number;
  rows: Cell[][];
  row: Cell[] | undefined;
  cell: Cell | undefined;
  /** Whether the row open was deleted as a tracked change: with the changes accepted, it is gone. */
  rowDeleted?: boolean;
}

/** The tables and paragraphs of one part (document.xml or a header) of a .docx file. */
function readPart(
  xml: string,
  into: WordDocument,
  budget: { cells: number; tables: number; paragraphs: number },
  lists: ListCounter,
  references: NoteReference[] = [],
  tab = ' ',
): void {
  const parser = new SaxesParser();
  // Each open paragraph's list, level and style, whose number Word shows before its text.
  const listed: { numId?: string | undefined; ilvl?: number; style?: string | undefined; markDeleted?: boolean }[] = [];
  const tables: TableState[] = [];
  // Paragraphs open inside paragraphs where a text box is anchored: each keeps its own text.
  const paragraphs: string[] = [];
  // The notes each open paragraph refers to, by kind and id: said with the paragraph's text once it is read.
  const noted: { kind: NoteReference['kind']; id: string }[][] = [];
  let inText = false;
  // Text boxes are written twice (a drawing and its fallback for old Word): the fallback is skipped.
  let fallback = 0;
  // Word shows a document with its tracked changes accepted: text deleted or moved away is not read.
  let removed = 0;
  // Whether each run open (a text box's runs are inside a run) is hidden (w:vanish): Word does not show or print it.
  const runs: boolean[] = [];
  // The elements open, to tell a run's own properties from a paragraph mark's (whose w:vanish hides no text).
  const open: string[] = [];
  const shown = () => fallback === 0 && removed === 0 && !runs[runs.length - 1];
  const table = () => tables[tables.length - 1];
  const append = (text: string) => {
    if (paragraphs.length > 0 && shown()) paragraphs[paragraphs.length - 1] += text;
  };
  parser.on('opentag', (node) => {
    // Without namespaces, saxes gives attributes as plain strings.
    const attr = (name: string): string | undefined => node.attributes[name];
    const parent = open[open.length - 1];
    const grandparent = open[open.length - 2];
    // A paragraph's own properties, not the old ones of a tracked change of its formatting (w:pPrChange).
    const ownProperties = parent === 'w:pPr' && grandparent === 'w:p';
    const ownList = parent === 'w:numPr' && grandparent === 'w:pPr' && open[open.length - 3] === 'w:p';
    open.push(node.name);
    switch (node.name) {
      case 'mc:Fallback':
        fallback++;
        break;
      case 'w:del':
        // A paragraph mark deleted (Track Changes): with the changes accepted, a paragraph deleted whole is gone, and
        // so is its number in a list.
        if (parent === 'w:rPr' && grandparent === 'w:pPr' && listed.length > 0)
          listed[listed.length - 1]!.markDeleted = true;
        // In a row's properties, the row is deleted; around runs, their text.
        if (parent === 'w:trPr') {
          const state = table();
          if (state) state.rowDeleted = true;
        } else if (parent !== 'w:rPr') removed++;
        break;
      case 'w:moveFrom':
        if (parent !== 'w:rPr') removed++;
        break;
      case 'w:r':
        runs.push(false);
        break;
      case 'w:vanish':
      case 'w:specVanish':
        if (parent === 'w:rPr' && grandparent === 'w:r') runs[runs.length - 1] = isOn(attr('w:val'));
        break;
      case 'w:tbl':
        if (--budget.tables < 0) throw new SheetError(said('tooManyTables', { max: grouped(MAX_TABLES) }));
        tables.push({ start: tables[0]?.start ?? into.paragraphs.length, rows: [], row: undefined, cell: undefined });
        break;
      case 'w:tr':
        if (table()) table()!.row = [];
        break;
      case 'w:tc':
        if (table()?.row) table()!.cell = { paragraphs: [], span: 1 };
        break;
      case 'w:gridSpan': {
        const cell = table()?.cell;
        if (cell) cell.span = Math.max(1, Math.min(MAX_COLUMNS, Number(attr('w:val')) || 1));
        break;
      }
      case 'w:vMerge': {
        const cell = table()?.cell;
        if (cell) cell.merge = attr('w:val') === 'restart' ? 'restart' : 'continue';
        break;
      }
      case 'w:p':
        paragraphs.push('');
        listed.push({});
        noted.push([]);
        break;
      case 'w:altChunk':
        into.embedded = true;
        break;
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const id = attr('w:id');
        if (id !== undefined && shown() && noted.length > 0)
          noted[noted.length - 1]!.push({ kind: node.name === 'w:footnoteReference' ? 'footnote' : 'endnote', id });
        break;
      }
      case 'w:pStyle':
        if (ownProperties && listed.length > 0) listed[listed.length - 1]!.style = attr('w:val');
        break;
      case 'w:numId':
        if (ownList && listed.length > 0) listed[listed.length - 1]!.numId = attr('w:val');
        break;
      case 'w:ilvl':
        if (ownList && listed.length > 0) listed[listed.length - 1]!.ilvl = Number(attr('w:val')) || 0;
        break;
      // A run's content that Word shows as text (ECMA-376 Part 1, 17.3.3); field codes (w:instrText) and deleted
      // text (w:delText) are not shown, and an optional hyphen (w:softHyphen) only where Word breaks the line.
      case 'w:t':
        inText = shown();
        break;
      case 'w:tab':
      case 'w:ptab':
        append(tab);
        break;
      case 'w:br':
      case 'w:cr':
        append('\n');
        break;
      // Kept as U+00AD until the paragraph is cleaned, which drops it: a text of UTF-8 read as ANSI holds the byte 0xAD
      // of "ậ", "ử" as this hyphen, which Word saves so, and it is put back before (repairedText).
      case 'w:softHyphen':
        append('\u00ad');
        break;
      // Ctrl+Shift+-, typed in codes ("QT-TEST-01") so that Word does not break them across lines.
      case 'w:noBreakHyphen':
        append('-');
        break;
      case 'w:sym':
        append(symbolText(attr('w:font'), attr('w:char')));
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText) append(text);
  });
  parser.on('closetag', (node) => {
    open.pop();
    const parent = open[open.length - 1];
    switch (node.name) {
      case 'mc:Fallback':
        fallback--;
        break;
      case 'w:del':
        if (parent !== 'w:trPr' && parent !== 'w:rPr') removed--;
        break;
      case 'w:moveFrom':
        if (parent !== 'w:rPr') removed--;
        break;
      case 'w:r':
        runs.pop();
        break;
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        // An empty paragraph (an officer's spacing, or millions of them in a broken or hostile file) says nothing:
        // passed over before any cleaning, which cost 84 s for 4 million of them. Blank text cleans to nothing too.
        const list = listed.pop();
        // Word counts a numbered paragraph even when empty; a text box's copy for old Word is not counted again.
        const popped = paragraphs.pop();
        for (const reference of noted.pop() ?? [])
          references.push({ ...reference, after: clean(popped ?? '').replace(/\s+/gu, ' ') });
        const gone = list?.markDeleted === true && !popped?.trim();
        const number = list && fallback === 0 && !gone ? lists.label(list.numId, list.ilvl, list.style) : '';
        const own = popped?.trim() ? popped : undefined;
        const cell = table()?.cell;
        // A cell of a step table's "TT" column numbered by a list holds its number alone, as Word shows it.
        const written = own ? (number ? `${number} ${own}` : own) : cell ? number : '';
        if (!written) break;
        if (--budget.paragraphs < 0) throw new SheetError(said('tooManyParagraphs', { max: grouped(MAX_PARAGRAPHS) }));
        const text = clean(repairedText(written, into));
        if (cell) cell.paragraphs.push(text);
        else if (text && tables.length === 0) into.paragraphs.push(text);
        break;
      }
      case 'w:tc': {
        const state = table();
        if (state?.row && state.cell) state.row.push(state.cell);
        if (state) state.cell = undefined;
        break;
      }
      case 'w:tr': {
        const state = table();
        if (state?.row && !state.rowDeleted) {
          // Counted as the rows come: a hostile table is refused before it fills the memory.
          budget.cells -= Math.min(
            MAX_COLUMNS,
            state.row.reduce((width, cell) => width + cell.span, 0),
          );
          if (budget.cells < 0) throw new SheetError(said('tooManyCells', { max: grouped(MAX_CELLS) }));
          state.rows.push(state.row);
        }
        if (state) {
          state.row = undefined;
          state.rowDeleted = false;
        }
        break;
      }
      case 'w:tbl': {
        const state = tables.pop();
        if (state) {
          into.tables.push({ name: `#${into.tables.length + 1}`, ...gridOf(state.rows) });
          into.tableStarts?.push(state.start);
        }
        break;
      }
    }
  });
  parser.write(xml).close();
}

/** An on/off property's value (ST_OnOff): on when absent, as `<w:vanish/>` is. */
function isOn(value: string | undefined): boolean {
  return value === undefined || !['false', '0', 'off'].includes(value);
}

/** A limit with the digit grouping of each language (1,000,000 and 1.000.000). */
function grouped(limit: number): { en: string; vi: string } {
  return { en: limit.toLocaleString('en'), vi: limit.toLocaleString('vi') };
}

/**
 * Rows of cell texts on the table's grid: a cell spanning columns repeats across them, a merged cell down them; and
 * which cells repeat the one above so.
 */
function gridOf(rows: readonly Cell[][]): { rows: string[][]; mergedDown: boolean[][] } {
  const grid: string[][] = [];
  const mergedDown: boolean[][] = [];
  for (const row of rows) {
    const cells: string[] = [];
    const merged: boolean[] = [];
    for (const cell of row) {
      const column = cells.length;
      const continued = cell.merge === 'continue';
      const text = continued
        ? (grid[grid.length - 1]?.[column] ?? '')
        : clean(cell.paragraphs.filter(Boolean).join('\n'));
      for (let k = 0; k < cell.span && cells.length < MAX_COLUMNS; k++) {
        cells.push(text);
        merged.push(continued);
      }
    }
    grid.push(cells);
    mergedDown.push(merged);
  }
  return { rows: withoutColumnNumbers(grid), mergedDown };
}

/** Reads a Word document (.docx): the paragraphs and tables of its page headers and body, in order. */
export async function readDocx(data: Uint8Array): Promise<WordDocument> {
  let zip: JSZip;
  const compound = notPackageWords(data, 'word');
  if (compound) throw new SheetError(compound);
  checkZipEntries(data);
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new SheetError(isNotZip(error) ? said('notWordZip') : said('notWord', { detail: firstLine(error) }));
  }
  const names = Object.keys(zip.files)
    .filter((name) => PARTS.test(name))
    // Page headers first: the control header (mã hiệu, lần ban hành) is there in most ISO documents.
    .sort((a, b) => Number(a.endsWith('document.xml')) - Number(b.endsWith('document.xml')) || a.localeCompare(b));
  if (!names.includes('word/document.xml')) throw new SheetError(said('noBody'));
  const document: WordDocument = { paragraphs: [], tables: [], tableStarts: [] };
  const budget = { cells: MAX_CELLS, tables: MAX_TABLES, paragraphs: MAX_PARAGRAPHS };
  await checkZipParts(zip, names, { part: MAX_PART_BYTES, total: MAX_PART_BYTES });
  const lists = new ListCounter(await numberingOf(zip));
  const references: NoteReference[] = [];
  for (const name of names) {
    const bytes = await zip.file(name)!.async('uint8array');
    const tablesBefore = document.tables.length;
    try {
      readPart(
        new TextDecoder().decode(bytes),
        document,
        budget,
        lists,
        name === 'word/document.xml' ? references : [],
      );
    } catch (error) {
      if (error instanceof SheetError) throw error;
      // An entity declared in a DOCTYPE fails at its use ("undefined entity"): the declaration is what to name.
      const doctype = /<!DOCTYPE/i.test(new TextDecoder().decode(bytes.subarray(0, 64 * 1024)));
      throw new SheetError(
        doctype
          ? said('declaresEntities', { part: name, app: 'Word' })
          : said('notXml', { part: name, detail: firstLine(error) }),
      );
    }
    const first = document.tables[tablesBefore]?.rows[0]?.[0];
    if (name !== 'word/document.xml' && document.headerIssuer === undefined && first) document.headerIssuer = first;
  }
  const footer = await footerOf(zip, budget);
  if (footer.length > 0) document.footer = footer;
  const notes = references.length > 0 ? await notesOf(zip, references) : [];
  if (notes.length > 0) document.notes = notes;
  for (const { text, fixed } of withoutAnsiText(document)) noteRepaired(document, text, fixed);
  refuseLegacyText(wordTexts(document));
  const creator = await creatorOf(zip);
  return creator ? { ...document, creator } : document;
}

// The page footers, read apart: their lines are no paragraphs of the body's sections.
const FOOTERS = /^word\/footer\d*\.xml$/;

/** The lines of the page footers, each table cell's lines among them; a footer not well formed gives none. */
async function footerOf(zip: JSZip, budget: { cells: number; tables: number; paragraphs: number }): Promise<string[]> {
  const names = Object.keys(zip.files)
    .filter((name) => FOOTERS.test(name))
    .sort();
  if (names.length === 0) return [];
  await checkZipParts(zip, names, { part: MAX_PART_BYTES, total: MAX_PART_BYTES });
  const lines: string[] = [];
  for (const name of names) {
    const footer: WordDocument = { paragraphs: [], tables: [] };
    try {
      readPart(await zip.file(name)!.async('string'), footer, budget, new ListCounter(noNumbering()), [], '\n');
    } catch (error) {
      if (error instanceof SheetError) throw error;
      continue;
    }
    for (const text of [...footer.paragraphs, ...footer.tables.flatMap((table) => table.rows.flat())])
      lines.push(...text.split('\n').filter((line) => line.trim()));
  }
  return lines;
}

/**
 * The footnotes and endnotes the body refers to, read from their parts; a part missing, too large or not well formed
 * gives none (its marks then refer to nothing Word could show either).
 */
async function notesOf(zip: JSZip, references: readonly NoteReference[]): Promise<WordNote[]> {
  const texts = { footnote: new Map<string, string>(), endnote: new Map<string, string>() };
  for (const kind of ['footnote', 'endnote'] as const) {
    const part = zip.file(NOTE_PARTS[kind]);
    if (!part || !references.some((reference) => reference.kind === kind)) continue;
    await checkZipParts(zip, [NOTE_PARTS[kind]], { part: MAX_PART_BYTES, total: MAX_PART_BYTES });
    try {
      texts[kind] = notesOfPart(new TextDecoder().decode(await part.async('uint8array')), kind);
    } catch {
      // Not XML: no note is read from it, as Word shows none.
    }
  }
  return referencedNotes(references, texts);
}

/** The paragraphs and table cells of a Word document, placed as the officer finds them: tables by their number. */
/**
 * A paragraph's text as written when it is UTF-8 read as ANSI, before it is cleaned: cleaning drops the control U+0090
 * that an ISO-8859-1 reading makes of the second byte of "Đ", and the text could no longer be put back.
 */
function repairedText(written: string, into: WordDocument): string {
  const found: RepairedCell[] = [];
  const text = withoutAnsi(written, () => '', found);
  if (found.length > 0) {
    noteRepaired(into, written, text);
    return text;
  }
  // Typed in .VnTime or VNI-Times, a paragraph whole: read as the font shows it, where that is sure.
  const legacy = into.legacy ?? noLegacyRepairs();
  const read = withoutLegacyFont(written, () => '', legacy);
  if (legacy.first) into.legacy = legacy;
  return read;
}

/** Counts a text put back in the document, keeping the first as written and as read for the report. */
function noteRepaired(document: WordDocument, text: string, fixed: string): void {
  const before = document.repaired;
  document.repaired = before ? { ...before, count: before.count + 1 } : { count: 1, text, fixed };
}

/**
 * Puts back, in place, the document's texts that are UTF-8 read as ANSI ("CÃ´ng an xÃ£"), as a workbook's cells are
 * (legacy-text.ts): its paragraphs, table cells, header, footer and notes. The texts so put back, in the body's order.
 */
function withoutAnsiText(document: WordDocument): RepairedCell[] {
  const found: RepairedCell[] = [];
  const place = () => '';
  const fix = (text: string) => withoutAnsi(text, place, found);
  document.paragraphs = document.paragraphs.map(fix);
  for (const table of document.tables) table.rows = table.rows.map((row) => row.map(fix));
  if (document.headerIssuer !== undefined) document.headerIssuer = fix(document.headerIssuer);
  if (document.footer) document.footer = document.footer.map(fix);
  if (document.notes)
    document.notes = document.notes.map((note) => ({ ...note, after: fix(note.after), text: fix(note.text) }));
  return found;
}

// How much of the paragraph before a refused one names it.
const BEFORE_WORDS = 40;

/**
 * The document's texts, each with where it is: a paragraph by the one before it (its first words, which Word's Find
 * goes to; Word numbers no paragraph, and empty ones are not read, so a count would not match), a cell by its table.
 */
function* wordTexts(document: WordDocument): Generator<PlacedText> {
  for (const [i, text] of document.paragraphs.entries()) {
    const before = i > 0 ? document.paragraphs[i - 1]!.replace(/\s+/gu, ' ').trim() : '';
    // Cut between words, so that the words Find is given are whole.
    const head = before.slice(0, BEFORE_WORDS + 1);
    const cut = /\s/u.test(before.charAt(BEFORE_WORDS + 1)) ? head.trimEnd() : head.replace(/\s+\S*$/u, '');
    const words = before.length > BEFORE_WORDS ? `${cut || before.slice(0, BEFORE_WORDS)}…` : before;
    yield { text, where: () => (words ? said('wordParagraphAfter', { before: words }) : said('wordFirstParagraph')) };
  }
  for (const [t, table] of document.tables.entries())
    for (const [r, row] of table.rows.entries())
      for (const [c, text] of row.entries())
        yield { text, where: () => said('wordCell', { table: t + 1, row: r + 1, column: c + 1 }) };
}

// The parts that say how Word numbers a list's paragraphs: a few kilobytes in any document (a long template's styles
// some hundreds); past this they are no Word file's, and are not read.
const NUMBERING_PARTS: readonly [string, (xml: string, into: ReturnType<typeof noNumbering>) => void][] = [
  ['word/numbering.xml', readNumbering],
  ['word/styles.xml', readStyleNumbering],
];
const MAX_NUMBERING_BYTES = 8 * 1024 * 1024;

/**
 * How the document numbers its lists. A part missing, too large or not well formed numbers nothing: the paragraphs
 * are read as they were before lists were read, without their numbers.
 */
async function numberingOf(zip: JSZip): Promise<ReturnType<typeof noNumbering>> {
  const numbering = noNumbering();
  for (const [name, read] of NUMBERING_PARTS) {
    if (!zip.file(name)) continue;
    try {
      await checkZipParts(zip, [name], { part: MAX_NUMBERING_BYTES, total: MAX_NUMBERING_BYTES });
      read(new TextDecoder().decode(await zip.file(name)!.async('uint8array')), numbering);
    } catch (error) {
      // Too large (SheetError) or not XML (the parser's error): the lists are passed over, the text still read.
      if (error instanceof Error) continue;
      throw error;
    }
  }
  return numbering;
}

// The document's properties: a few hundred bytes; more is no Word file's.
const CORE = 'docProps/core.xml';
const MAX_CORE_BYTES = 1024 * 1024;

/** The author the document's properties name, or undefined (no properties, none named, or not readable XML). */
async function creatorOf(zip: JSZip): Promise<string | undefined> {
  if (!zip.file(CORE)) return undefined;
  try {
    await checkZipParts(zip, [CORE], { part: MAX_CORE_BYTES, total: MAX_CORE_BYTES });
  } catch (error) {
    // Properties past any Word file's size are passed over, not read: the procedure is in the other parts.
    if (error instanceof SheetError) return undefined;
    throw error;
  }
  const parser = new SaxesParser();
  let inCreator = false;
  let creator = '';
  parser.on('opentag', (node) => {
    inCreator = node.name === 'dc:creator';
  });
  parser.on('text', (text) => {
    if (inCreator) creator += text;
  });
  parser.on('closetag', () => {
    inCreator = false;
  });
  try {
    parser.write(new TextDecoder().decode(await zip.file(CORE)!.async('uint8array'))).close();
  } catch {
    // Properties are no part of the procedure: a broken one is passed over.
    return undefined;
  }
  return clean(creator) || undefined;
}
