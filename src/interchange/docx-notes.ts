import { SaxesParser } from 'saxes';
import { clean } from './text.js';

// Footnotes and endnotes live in parts of their own (word/footnotes.xml, word/endnotes.xml); the body holds only the
// mark Word prints (a superscript 1). A procedure copied from a decision often qualifies a limit or a fee in one
// ("Kể từ ngày nhận đủ hồ sơ hợp lệ"): the import keeps each in the file's note rather than drop it unsaid.

/** A note the body refers to: its kind, the mark Word numbers it by (1, 2… in the order of the body), its paragraph. */
export interface WordNote {
  kind: 'footnote' | 'endnote';
  mark: number;
  /** The paragraph of the body (or cell) its mark stands in, on one line. */
  after: string;
  text: string;
}

/** A reference to a note, as the body's reading meets it: the note's id in its part, and the paragraph it is in. */
export interface NoteReference {
  kind: 'footnote' | 'endnote';
  id: string;
  after: string;
}

/** The part each kind of note is kept in. */
export const NOTE_PARTS = { footnote: 'word/footnotes.xml', endnote: 'word/endnotes.xml' } as const;

/**
 * The text of each note of a notes part by its id, paragraphs on lines of their own; the separators Word keeps there
 * (w:type "separator", "continuationSeparator", "continuationNotice") are no notes.
 */
export function notesOfPart(xml: string, kind: 'footnote' | 'endnote'): Map<string, string> {
  const notes = new Map<string, string>();
  const parser = new SaxesParser();
  let id: string | undefined;
  let lines: string[] = [];
  let inText = false;
  // A run deleted with Track Changes, or the old fallback of a drawing, is not shown.
  let hidden = 0;
  parser.on('opentag', (node) => {
    const name = node.name;
    if (name === `w:${kind}`) {
      const type = node.attributes['w:type'];
      id = type === undefined || type === 'normal' ? node.attributes['w:id'] : undefined;
      lines = [];
    } else if (name === 'w:p') lines.push('');
    else if (name === 'w:del' || name === 'w:moveFrom' || name === 'mc:Fallback') hidden++;
    else if (name === 'w:t') inText = hidden === 0;
    else if ((name === 'w:tab' || name === 'w:br') && lines.length > 0 && hidden === 0)
      lines[lines.length - 1] += name === 'w:tab' ? ' ' : '\n';
  });
  parser.on('text', (text) => {
    if (inText && lines.length > 0) lines[lines.length - 1] += text;
  });
  parser.on('closetag', (node) => {
    const name = node.name;
    if (name === 'w:t') inText = false;
    else if (name === 'w:del' || name === 'w:moveFrom' || name === 'mc:Fallback') hidden--;
    else if (name === `w:${kind}` && id !== undefined) {
      const text = clean(
        lines
          .map((line) => line.trim())
          .filter(Boolean)
          .join('\n'),
      );
      if (text) notes.set(id, text);
      id = undefined;
    }
  });
  parser.write(xml).close();
  return notes;
}

/** The notes the body refers to, numbered as Word prints their marks: each kind from 1, in the order of the body. */
export function referencedNotes(
  references: readonly NoteReference[],
  texts: Record<'footnote' | 'endnote', Map<string, string>>,
): WordNote[] {
  const counts = { footnote: 0, endnote: 0 };
  const notes: WordNote[] = [];
  for (const { kind, id, after } of references) {
    const mark = ++counts[kind];
    const text = texts[kind].get(id);
    if (text) notes.push({ kind, mark, after, text });
  }
  return notes;
}
