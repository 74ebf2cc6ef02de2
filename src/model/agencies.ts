/**
 * The agencies of a procedure. `agency` is one text; a liên thông procedure, settled by several agencies together,
 * names them separated by semicolons, as `import` writes a national record's list of agencies (COQUANTHUCHIEN).
 * A comma is no separator: it is part of a name ("UBND phường Kinh Bắc, tỉnh Bắc Ninh").
 */

/** What separates the agencies in `agency` when the procedure has several. */
export const AGENCY_SEPARATOR = '; ';

/** Each agency named in `agency`, once, in the order written; none when the procedure does not say. */
export function agenciesOf(agency: string | undefined): string[] {
  if (agency === undefined) return [];
  const names = agency.split(';').map((name) => name.replace(/\s+/g, ' ').trim());
  return [...new Set(names.filter((name) => name !== ''))];
}
