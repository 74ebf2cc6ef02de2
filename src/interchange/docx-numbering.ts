import { SaxesParser } from 'saxes';
import { symbolText } from './symbol-font.js';

// Word's automatic lists (Home > Numbering, a style such as "List Number", a multilevel list on the headings) keep a
// paragraph's number out of its text: the paragraph says which list and level it is in (w:numPr), numbering.xml how
// each level is written ("Bước %1:", "%1.%2."), and Word counts (ECMA-376 Part 1, 17.9). An officer's "Bước 1:"
// typed through the list is as much the document's text as one typed by hand.

/** How one level of a list writes its number. */
interface Level {
  start: number;
  format: string;
  text: string;
  /** The font of the level's text: a sign of the Symbol font is a code of that font (F0xx), not Unicode. */
  font?: string | undefined;
}

/** A list (w:num): its levels, the abstract list's with the list's own start values over them. */
interface List {
  abstract: string;
  starts: Map<number, number>;
}

/** The list and level a paragraph style applies, and the style it is based on. */
interface StyleList {
  numId?: string | undefined;
  ilvl?: number | undefined;
  basedOn?: string | undefined;
}

/** The lists of a document (numbering.xml) and the lists its paragraph styles apply (styles.xml). */
export interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  lists: Map<string, List>;
  /** A paragraph style's list and level, its own or the style it is based on's. */
  styles: Map<string, StyleList>;
}

/** An empty numbering: a document without lists. */
export function noNumbering(): Numbering {
  return { abstracts: new Map(), lists: new Map(), styles: new Map() };
}

/** Reads numbering.xml's levels and lists into `into`. */
export function readNumbering(xml: string, into: Numbering): void {
  const parser = new SaxesParser();
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let list: List | undefined;
  let override: number | undefined;
  parser.on('opentag', (node) => {
    const attr = (name: string): string | undefined => node.attributes[name] as string | undefined;
    switch (node.name) {
      case 'w:abstractNum':
        abstract = new Map();
        into.abstracts.set(attr('w:abstractNumId') ?? '', abstract);
        break;
      case 'w:lvl':
        level = { start: 1, format: 'decimal', text: '' };
        if (abstract) abstract.set(Number(attr('w:ilvl') ?? 0), level);
        break;
      case 'w:start':
        if (level) level.start = Number(attr('w:val')) || 0;
        break;
      case 'w:numFmt':
        if (level) level.format = attr('w:val') ?? 'decimal';
        break;
      case 'w:lvlText':
        if (level) level.text = attr('w:val') ?? '';
        break;
      case 'w:rFonts':
        if (level) level.font = attr('w:ascii') ?? attr('w:hAnsi');
        break;
      case 'w:num':
        list = { abstract: '', starts: new Map() };
        into.lists.set(attr('w:numId') ?? '', list);
        break;
      case 'w:abstractNumId':
        if (list) list.abstract = attr('w:val') ?? '';
        break;
      case 'w:lvlOverride':
        override = Number(attr('w:ilvl') ?? 0);
        break;
      case 'w:startOverride':
        if (list && override !== undefined) list.starts.set(override, Number(attr('w:val')) || 0);
        break;
    }
  });
  parser.on('closetag', (node) => {
    if (node.name === 'w:abstractNum') abstract = undefined;
    else if (node.name === 'w:lvl') level = undefined;
    else if (node.name === 'w:num') list = undefined;
    else if (node.name === 'w:lvlOverride') override = undefined;
  });
  parser.write(xml).close();
}

/** Reads the list and level each paragraph style of styles.xml applies into `into`. */
export function readStyleNumbering(xml: string, into: Numbering): void {
  const parser = new SaxesParser();
  let style: StyleList | undefined;
  // The elements open: a style's list is in its own paragraph properties, not in a tracked change's old ones.
  const open: string[] = [];
  parser.on('opentag', (node) => {
    const attr = (name: string): string | undefined => node.attributes[name] as string | undefined;
    const path = open.slice(-3).join('>');
    open.push(node.name);
    if (node.name === 'w:style') {
      style = attr('w:type') === 'paragraph' ? {} : undefined;
      if (style) into.styles.set(attr('w:styleId') ?? '', style);
    } else if (!style) return;
    else if (node.name === 'w:basedOn' && path.endsWith('w:style')) style.basedOn = attr('w:val');
    else if (node.name === 'w:numId' && path.endsWith('w:style>w:pPr>w:numPr')) style.numId = attr('w:val');
    else if (node.name === 'w:ilvl' && path.endsWith('w:style>w:pPr>w:numPr')) style.ilvl = Number(attr('w:val') ?? 0);
  });
  parser.on('closetag', (node) => {
    open.pop();
    if (node.name === 'w:style') style = undefined;
  });
  parser.write(xml).close();
}

/** Counts a document's numbered paragraphs in order and writes each one's number as Word shows it. */
export class ListCounter {
  // Each list's count at each level; a level's count starts again under a new item of a level above it.
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly numbering: Numbering) {}

  /**
   * The number Word shows before a paragraph of the list and level given (its own, else its style's), and counts
   * it; '' for a paragraph of no list, and for a bullet, whose mark carries no words.
   */
  label(numId: string | undefined, ilvl: number | undefined, style: string | undefined): string {
    const styled = this.styleNumbering(style);
    const id = numId ?? styled.numId;
    const depth = Math.max(0, Math.min(8, ilvl ?? styled.ilvl ?? 0));
    const list = id === undefined || id === '0' ? undefined : this.numbering.lists.get(id);
    const levels = list && this.numbering.abstracts.get(list.abstract);
    if (!list || !levels?.get(depth)) return '';
    const counts = this.counts.get(id!) ?? [];
    this.counts.set(id!, counts);
    const startOf = (k: number) => list.starts.get(k) ?? levels.get(k)?.start ?? 1;
    counts[depth] = (counts[depth] ?? startOf(depth) - 1) + 1;
    counts.length = depth + 1;
    const level = levels.get(depth)!;
    if (level.format === 'bullet' || level.format === 'none') return '';
    return level.text
      .replace(/%([1-9])/g, (_, k: string) => {
        const at = Number(k) - 1;
        return written(counts[at] ?? startOf(at), levels.get(at)?.format ?? 'decimal');
      })
      .replace(/[\uf000-\uf0ff]/g, (char) => symbolText(level.font, char.codePointAt(0)!.toString(16)))
      .trim();
  }

  /** The list a paragraph style applies, through the styles it is based on (at most a few: a loop ends). */
  private styleNumbering(style: string | undefined): StyleList {
    const found: StyleList = {};
    for (let id = style, hops = 0; id !== undefined && hops < 16; hops++) {
      const own = this.numbering.styles.get(id);
      if (!own) break;
      found.numId ??= own.numId;
      found.ilvl ??= own.ilvl;
      id = own.basedOn;
    }
    return found;
  }
}

/** A count written in a level's format: 3 as "3", "03", "c", "C", "iii", "III". */
function written(count: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return count < 10 ? `0${count}` : String(count);
    case 'lowerLetter':
      return letters(count);
    case 'upperLetter':
      return letters(count).toUpperCase();
    case 'lowerRoman':
      return roman(count).toLowerCase();
    case 'upperRoman':
      return roman(count);
    default:
      return String(count);
  }
}

/** Word's letters: a…z, then aa…zz, bbb… (the letter repeated). */
function letters(count: number): string {
  if (count < 1) return String(count);
  return String.fromCharCode(97 + ((count - 1) % 26)).repeat(Math.floor((count - 1) / 26) + 1);
}

/** A count in Roman numerals (1–3999; others in digits). */
function roman(count: number): string {
  if (count < 1 || count > 3999) return String(count);
  const marks: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = count;
  let text = '';
  for (const [value, mark] of marks)
    while (rest >= value) {
      text += mark;
      rest -= value;
    }
  return text;
}
