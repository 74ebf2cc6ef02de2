import type { FileDates } from '../../file-dates.js';
import { xmlEscaped, xmlSafe } from '../../xml-text.js';
import type { DocumentView } from './view.js';

/** Where a Word file keeps its properties. */
export const WORD_CORE = 'docProps/core.xml';

/** A date as W3CDTF, to the second: what Word writes. */
const w3cdtf = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The Word file's docProps/core.xml, what Word shows in File › Info: the code and title, the issuing agency as author
 * and as "last modified by" (not the docx package's "Un-named"), and the procedure's dates. procmap writes it and
 * hands it to the docx package as an override, because that package dates the file with the time it is made.
 */
export function wordCoreXml(
  header: Pick<DocumentView['header'], 'code' | 'title' | 'issuer'>,
  dates: FileDates,
): string {
  // A character XML cannot hold becomes a space, as in the document's text.
  const text = (name: string, value: string) => `<${name}>${xmlEscaped(xmlSafe(value, ' '))}</${name}>`;
  const date = (name: string, value: Date) => `<${name} xsi:type="dcterms:W3CDTF">${w3cdtf(value)}</${name}>`;
  const author = header.issuer ?? 'procmap';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    text('dc:title', `${header.code} – ${header.title}`),
    text('dc:subject', header.code),
    text('dc:creator', author),
    text('dc:description', header.title),
    text('cp:lastModifiedBy', author),
    '<cp:revision>1</cp:revision>',
    date('dcterms:created', dates.created),
    date('dcterms:modified', dates.modified),
    '</cp:coreProperties>',
  ].join('');
}
