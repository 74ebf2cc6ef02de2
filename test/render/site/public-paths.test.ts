import { describe, expect, it } from 'vitest';
import { badRowText } from '../../../src/format/ontime-labels.js';
import type { OntimeReport } from '../../../src/ontime/aggregate.js';
import { fromCatalog, withPublicProcedureFiles } from '../../../src/render/site/public-paths.js';

describe('fromCatalog', () => {
  const name = fromCatalog('/home/lan/ho-so', '/home/lan/quy-trinh');

  it('names a procedure file from the catalog’s folder, its sub-folders kept', () => {
    expect(name('/home/lan/quy-trinh/tinh/ket-hon.yaml')).toBe('tinh/ket-hon.yaml');
    expect(name('../quy-trinh/ket-hon.yaml')).toBe('ket-hon.yaml');
  });

  it('names a file outside the catalog’s folder by its name alone, never its folders', () => {
    expect(name('/home/lan/khac/ket-hon.yaml')).toBe('ket-hon.yaml');
    expect(fromCatalog('/home/lan', 'quy-trinh')('/home/lan/quy-trinh-cu/a.yaml')).toBe('a.yaml');
  });
});

describe('withPublicProcedureFiles', () => {
  // A report of one export with the rows that name files: a procedure id in two files, a dossier listed twice.
  const report = {
    files: ['/home/lan/Tải về/ho-so.csv'],
    channelGuesses: [],
    badRows: {
      count: 2,
      byReason: {},
      omitted: 0,
      listed: [
        {
          file: '/home/lan/Tải về/ho-so.csv',
          row: 3,
          reason: 'ambiguous-id',
          value: 'QT-1',
          candidates: ['QT-1', 'QT-1'],
          candidateFiles: ['/home/lan/quy-trinh/a.yaml', '/home/lan/quy-trinh/xa/a.yaml'],
        },
        { file: '/home/lan/Tải về/ho-so.csv', row: 4, reason: 'repeated', value: 'HS-1', kept: '/home/lan/Tải về/ho-so.csv:2' },
      ],
    },
  } as unknown as OntimeReport;

  it('names the files a row’s reason gives from the catalog’s folder and the export by its name', () => {
    const published = withPublicProcedureFiles(report, fromCatalog('/home/lan', 'quy-trinh'));
    const said = published.badRows.listed.map((row) => badRowText(row, 'vi'));
    expect(said[0]).toContain('(a.yaml, xa/a.yaml)');
    expect(said[1]).toContain('(chỉ tính một lần, theo ho-so.csv:2)');
    for (const text of said) expect(text).not.toContain('/home/lan');
    // The command line's report is left as it was.
    expect(badRowText(report.badRows.listed[1]!, 'vi')).toContain('/home/lan/Tải về/ho-so.csv:2');
  });
});
