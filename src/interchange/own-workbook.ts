import { headerKey } from './text.js';

// procmap's workbook writes under "Bản sao" the number of papers, of whatever kind (`copies: 1` is "01 bản", an
// application's being its original), and reads it back so; an officer's sheet with that column means copies by it.
// The two are told apart by what only procmap writes: the computed total and slack beside the catalog's limit, or
// the dossier sheet's header exactly as the export writes it (an officer editing the workbook keeps its headers).

/** Fields of the catalog only procmap's export writes: figures it computes, which no officer's catalog has. */
const COMPUTED_ONLY: ReadonlySet<string> = new Set(['total', 'slack']);

/** The dossier sheet's headers as the export writes them, after the procedure column, in each language. */
const DOSSIER_HEADERS: readonly (readonly string[])[] = [
  ['Trường hợp', 'Tên giấy tờ', 'Bản chính', 'Bản sao', 'Mẫu đơn, tờ khai'],
  ['Case', 'Document', 'Originals', 'Copies', 'Form'],
  // With the hidden column of counts as the file writes them, where some item writes them in words.
  ['Trường hợp', 'Tên giấy tờ', 'Bản chính', 'Bản sao', 'Mẫu đơn, tờ khai', 'Cách ghi trong tệp'],
  ['Case', 'Document', 'Originals', 'Copies', 'Form', 'As the file writes it'],
];

/** Whether a table's read fields (by column) include a figure only procmap's export computes. */
export function hasComputedTotals(fields: Iterable<string>): boolean {
  return [...fields].some((field) => COMPUTED_ONLY.has(field));
}

/** Whether a dossier sheet's header (its procedure column left out) is the one procmap's export writes. */
export function isOwnDossierHeader(headers: readonly (string | undefined)[]): boolean {
  const keys = headers.map((cell) => headerKey(cell ?? '')).filter((key) => key !== '');
  return DOSSIER_HEADERS.some(
    (own) => own.length === keys.length && own.every((header, i) => headerKey(header) === keys[i]),
  );
}
