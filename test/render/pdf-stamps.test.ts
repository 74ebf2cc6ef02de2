import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withStableStamps } from '../../src/render/pdf-stamps.js';
import { pdfOfObjects } from '../helpers/minimal-pdf.js';

const DATES = { created: new Date('2025-07-01T00:00:00Z'), modified: new Date('2025-10-15T00:00:00Z') };

/** A PDF as Chromium writes one: dated when it is printed, table cells named by the page's node numbers. */
function chromiumLikePdf(printed: string, firstNode: number): Buffer {
  const node = (n: number) => `(node${String(firstNode + n).padStart(8, '0')})`;
  const objects = [
    `<</Creator (Chromium)\n/Producer (Skia/PDF m156)\n/CreationDate (D:${printed}+07'00')\n/ModDate (D:${printed}+07'00')>>`,
    '<</Type /Catalog /Pages 3 0 R /StructTreeRoot 5 0 R>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
    `<</Type /StructTreeRoot /IDTree <</Names [${node(0)} 6 0 R ${node(5)} 7 0 R]>>>>`,
    `<</Type /StructElem /S /TH /ID ${node(0)}>>`,
    `<</Type /StructElem /S /TH /ID ${node(5)} /A <</Headers [${node(0)}]>>>>`,
  ];
  return pdfOfObjects(objects, '%\u00e2\u00e3\n');
}

function pdfinfo(pdf: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'procmap-pdf-')), 'x.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdfinfo', ['-isodates', path], { encoding: 'utf8' });
}

describe("a PDF's stamps", () => {
  it('are the same for the same document printed at another time, after other pages', () => {
    const first = withStableStamps(chromiumLikePdf('20261205100001', 23), DATES);
    const second = withStableStamps(chromiumLikePdf('20261206083000', 4711), DATES);
    expect(second.equals(first)).toBe(true);
  });

  it('date the PDF from the dates given, keeping every offset true, so that a reader still opens it', () => {
    const original = chromiumLikePdf('20261205100001', 23);
    const stable = withStableStamps(original, DATES);
    expect(stable.length).toBe(original.length);
    const info = pdfinfo(stable);
    expect(info).toMatch(/CreationDate:\s+2025-07-01T00:00:00Z/);
    expect(info).toMatch(/ModDate:\s+2025-10-15T00:00:00Z/);
    expect(pdfinfo(original)).toMatch(/CreationDate:\s+2026-12-05T10:00:01\+07/);
  });

  it('number the structure ids from 1 in their order, in every place that names them', () => {
    const text = withStableStamps(chromiumLikePdf('20261205100001', 23), DATES).toString('latin1');
    expect(text).toContain('/Names [(node00000001) 6 0 R (node00000002) 7 0 R]');
    expect(text).toContain('/ID (node00000002) /A <</Headers [(node00000001)]>>');
    expect(text).not.toContain('node00000023');
  });

  it('keep a date of another shape, and the bytes that are no stamp, as they were', () => {
    const odd = Buffer.from(chromiumLikePdf('20261205100001', 23).toString('latin1').replace("+07'00'", ''), 'latin1');
    const stable = withStableStamps(odd, DATES).toString('latin1');
    expect(stable).toContain('/CreationDate (D:20261205100001)');
    expect(stable).toContain("/ModDate (D:20251015000000+00'00')");
    expect(stable).toContain('%\u00e2\u00e3\n');
  });
});
