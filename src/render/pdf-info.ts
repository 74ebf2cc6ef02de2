/** The document information a PDF reader shows (File › Properties) and a records system indexes. */
export interface PdfInfo {
  title: string;
  subject?: string;
  author?: string;
}

/** A PDF text string that holds any Unicode text: UTF-16BE with a byte order mark, in hex. */
function pdfString(text: string): string {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

/** The fields withPdfInfo writes into the information dictionary, as they appear in the file. */
export function pdfInfoFields(info: PdfInfo): string[] {
  return [
    `/Title ${pdfString(info.title)}`,
    ...(info.subject ? [`/Subject ${pdfString(info.subject)}`] : []),
    ...(info.author ? [`/Author ${pdfString(info.author)}`] : []),
  ];
}

/** The text of the information dictionary a PDF's last trailer names, if it can be found; `pdf` as latin1 text. */
export function lastPdfInfo(pdf: string): string | undefined {
  const tail = pdf.slice(-4096);
  const at = tail.lastIndexOf('trailer');
  const trailer = at < 0 ? null : /\/Info (\d+) (\d+) R/.exec(tail.slice(at));
  if (!trailer) return undefined;
  const start = pdf.lastIndexOf(`\n${trailer[1]} ${trailer[2]} obj`);
  if (start < 0) return undefined;
  const end = pdf.indexOf('endobj', start);
  return end < 0 ? undefined : pdf.slice(start, end);
}

/**
 * Sets the title, subject and author of a PDF by an incremental update (a new information dictionary appended after
 * the file, the original bytes untouched), as the PDF standard allows. Chromium writes only the title; a PDF whose
 * trailer it cannot read is returned as it was.
 */
export function withPdfInfo(pdf: Buffer, info: PdfInfo): Buffer {
  const tail = pdf.subarray(Math.max(0, pdf.length - 4096)).toString('latin1');
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(tail);
  if (!trailer) return pdf;
  const size = /\/Size (\d+)/.exec(trailer[1]!);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer[1]!);
  if (!size || !root) return pdf;
  const number = Number(size[1]);
  // Keep what the old dictionary says besides the fields set here (creator, producer, dates).
  const oldRef = /\/Info (\d+) (\d+) R/.exec(trailer[1]!);
  let kept = '';
  if (oldRef) {
    const text = pdf.toString('latin1');
    const old = new RegExp(`(?:^|\\n)${oldRef[1]} ${oldRef[2]} obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text);
    if (old) kept = old[1]!.replace(/\/(Title|Subject|Author)\s*(<[^>]*>|\((?:\\.|[^\\)])*\))/g, '').trim();
  }
  const fields = [...pdfInfoFields(info), ...(kept ? [kept] : [])];
  const object = `\n${number} 0 obj\n<<${fields.join('\n')}>>\nendobj\n`;
  const objectOffset = pdf.length + 1;
  const xrefOffset = pdf.length + Buffer.byteLength(object, 'latin1');
  const update = `${object}xref\n0 1\n0000000000 65535 f \n${number} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${number + 1}\n/Root ${root[1]}\n/Info ${number} 0 R\n/Prev ${trailer[2]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
