import { inflateSync } from 'node:zlib';

/** One page of a PDF: its size in points and the size, in points, of every run of text drawn on it. */
export interface PdfPageText {
  width: number;
  height: number;
  textSizes: number[];
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const scaleOf = (m: Matrix) => Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));

/** The text sizes a page's content stream draws: font size × text matrix × transformation matrix (q/Q, cm, Tf, Tm). */
function textSizes(content: string): number[] {
  const sizes: number[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let text: Matrix = [1, 0, 0, 1, 0, 0];
  let font = 0;
  const operands: number[] = [];
  for (const [token] of content.matchAll(/\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\[|\]|\/?[^\s()<>[\]/]+/g)) {
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(token)) {
      operands.push(Number(token));
      continue;
    }
    if (token === 'q') stack.push(ctm);
    else if (token === 'Q') ctm = stack.pop() ?? ctm;
    else if (token === 'cm' && operands.length >= 6) ctm = multiply(operands.slice(-6) as Matrix, ctm);
    else if (token === 'BT') text = [1, 0, 0, 1, 0, 0];
    else if (token === 'Tm' && operands.length >= 6) text = operands.slice(-6) as Matrix;
    else if (token === 'Tf' && operands.length >= 1) font = operands[operands.length - 1]!;
    else if (token === 'Tj' || token === 'TJ' || token === "'" || token === '"')
      sizes.push(font * scaleOf(text) * scaleOf(ctm));
    if (!/^[[\]/(<]/.test(token)) operands.length = 0;
  }
  return sizes;
}

/**
 * The pages of a PDF as Chromium writes them (one Flate-compressed content stream per page, text as Tf/Tm runs):
 * enough to check the size printed text comes out at, which pdftotext does not report.
 */
export function pdfPageText(pdf: Buffer): PdfPageText[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, number>();
  for (const match of raw.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g))
    objects.set(Number(match[1]), match.index! + match[0].length);
  const stream = (id: number): string => {
    const at = objects.get(id);
    if (at === undefined) return '';
    const start = raw.indexOf('stream', at);
    const body = start + (raw[start + 6] === '\r' ? 8 : 7);
    const data = pdf.subarray(body, raw.indexOf('endstream', body));
    const dict = raw.slice(at, start);
    return (/\/FlateDecode/.test(dict) ? inflateSync(data) : data).toString('latin1');
  };
  const pages: PdfPageText[] = [];
  for (const match of raw.matchAll(/<<(?:(?!endobj)[\s\S])*?\/Type\s*\/Page\b(?:(?!endobj)[\s\S])*?endobj/g)) {
    const dict = match[0];
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(dict);
    const contents = /\/Contents\s+(?:(\d+) 0 R|\[([^\]]*)\])/.exec(dict);
    if (!box || !contents) continue;
    const ids = contents[1] ? [Number(contents[1])] : [...contents[2]!.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    pages.push({
      width: Number(box[3]) - Number(box[1]),
      height: Number(box[4]) - Number(box[2]),
      textSizes: ids.flatMap((id) => textSizes(stream(id))),
    });
  }
  return pages;
}
