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

  it('number the ids in the order the structure gives them, whatever order the page numbered its nodes in', () => {
    // Chromium numbers cells by Blink's node ids, whose order changed from run to run: a later table's cells came
    // out below the first's in 3 runs of 8. The same document must give the same bytes, its id tree still sorted.
    const printed = (order: [number, number, number]) => {
      const node = (n: number) => `(node${String(order[n]).padStart(8, '0')})`;
      const tree = [0, 1, 2]
        .map((n) => ({ key: node(n), ref: `${6 + n} 0 R` }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      return pdfOfObjects(
        [
          `<</Creator (Chromium)\n/CreationDate (D:20261207101500+07'00')\n/ModDate (D:20261207101500+07'00')>>`,
          '<</Type /Catalog /Pages 3 0 R /StructTreeRoot 5 0 R>>',
          '<</Type /Pages /Kids [4 0 R] /Count 1>>',
          '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
          `<</Type /StructTreeRoot /IDTree <</Kids [9 0 R]>>>>`,
          `<</Type /StructElem /S /TH /ID ${node(0)}>>`,
          `<</Type /StructElem /S /TH /ID ${node(1)} /A <</Headers [${node(0)}]>>>>`,
          `<</Type /StructElem /S /TH /ID ${node(2)} /A <</Headers [${node(1)}]>>>>`,
          `<</Limits [${tree[0]!.key} ${tree[2]!.key}]\n/Names [${tree.map((e) => `${e.key} ${e.ref}`).join(' ')}]>>`,
        ],
        '%\u00e2\u00e3\n',
      );
    };
    const inOrder = withStableStamps(printed([4, 9, 12]), DATES);
    const shuffled = withStableStamps(printed([7, 9, 3]), DATES);
    expect(shuffled.equals(inOrder)).toBe(true);
    const text = inOrder.toString('latin1');
    expect(text).toContain(
      '/Limits [(node00000001) (node00000003)]\n/Names [(node00000001) 6 0 R (node00000002) 7 0 R (node00000003) 8 0 R]',
    );
    expect(pdfinfo(shuffled)).toContain('ModDate:');
  });

  it('keep a date of another shape, and the bytes that are no stamp, as they were', () => {
    const odd = Buffer.from(chromiumLikePdf('20261205100001', 23).toString('latin1').replace("+07'00'", ''), 'latin1');
    const stable = withStableStamps(odd, DATES).toString('latin1');
    expect(stable).toContain('/CreationDate (D:20261205100001)');
    expect(stable).toContain("/ModDate (D:20251015000000+00'00')");
    expect(stable).toContain('%\u00e2\u00e3\n');
  });
});
