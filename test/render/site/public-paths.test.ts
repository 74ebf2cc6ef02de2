import { describe, expect, it } from 'vitest';
import { badRowText } from '../../../src/format/ontime-labels.js';
import type { OntimeReport } from '../../../src/ontime/aggregate.js';
import { fromCatalog, shownFiles, withPublicProcedureFiles } from '../../../src/render/site/public-paths.js';

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

  it('names a row kept on a sheet of a workbook by the export’s name, its sheet and row in words', () => {
    const file = '/home/lan/Tải về/nam.xlsx';
    const kept = `${file}, trang "Tháng 1", dòng 4`;
    const onSheet = {
      ...report,
      files: [file],
      badRows: {
        ...report.badRows,
        listed: [{ file: `${file}, trang "Tháng 2"`, row: 2, reason: 'repeated', value: 'HS-1', kept }],
      },
    } as unknown as OntimeReport;
    const published = withPublicProcedureFiles(onSheet, fromCatalog('/home/lan', 'quy-trinh'));
    const said = badRowText(published.badRows.listed[0]!, 'vi');
    // Read as `file:row` before, the sheet's place has no colon: the officer's folders went to the public site.
    expect(said).toContain('(chỉ tính một lần, theo nam.xlsx, trang "Tháng 1", dòng 4)');
    expect(said).not.toContain('/home/lan');
  });

  it('keeps the folders of a sheet’s place when two workbooks of the run share its name', () => {
    const shown = shownFiles(['a/ho-so.xlsx', 'b/ho-so.xlsx', 'c/nam.xlsx']);
    expect(shown('a/ho-so.xlsx, trang "Tháng 1"')).toBe('a/ho-so.xlsx, trang "Tháng 1"');
    expect(shown('c/nam.xlsx, trang "Tháng 1"')).toBe('nam.xlsx, trang "Tháng 1"');
  });
});
