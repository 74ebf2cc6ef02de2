/**
 * A PDF of these objects (numbered from 1) with a classic cross-reference table, as Chromium writes one: object 1 is
 * its information dictionary and object 2 its catalog. `header` follows the version line (a binary comment, say).
 */
export function pdfOfObjects(objects: readonly string[], header = ''): Buffer {
  let body = `%PDF-1.4\n${header}`;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
