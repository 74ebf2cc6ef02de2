/**
 * The titles of a PDF's bookmarks (outline items) as Chromium writes them: one `/Title <FEFF…>` UTF-16 string each,
 * in the uncompressed objects. The document's own /Title (in its information dictionary) is among them.
 */
export function pdfOutlineTitles(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\/Title\s*<FEFF([0-9A-Fa-f\s]*)>/g)].map((match) =>
    Buffer.from(match[1]!.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le'),
  );
}
