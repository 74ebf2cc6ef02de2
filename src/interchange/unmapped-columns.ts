import { nearestHeader } from '../model/suggest.js';
import { COLUMNS, type ColumnMap, type SheetKind } from './columns.js';
import { headerKey } from './text.js';

/** A field the mapping gives a header for that no table of the file has, with the nearest header it does have. */
export interface UnmappedColumn {
  field: string;
  wanted: string;
  near?: string;
}

/**
 * The mapped headers a file lacks: only fields of the kinds of table the file holds (a mapping shared by a catalog
 * and its step tables names step columns a catalog alone never has), each compared as the mapping is read (its
 * folded key, so case and spacing aside). A header the mapping names and the file lacks left the column empty, unsaid.
 */
export function unmappedColumns(
  tables: readonly { kind: SheetKind; headers: readonly string[] }[],
  map: ColumnMap,
): UnmappedColumn[] {
  const out: UnmappedColumn[] = [];
  for (const [field, wanted] of Object.entries(map)) {
    const holding = tables.filter((table) => COLUMNS[table.kind].some((def) => def.field === field));
    if (holding.length === 0) continue;
    const key = headerKey(wanted);
    const headers = holding.flatMap((table) => table.headers);
    if (headers.some((header) => headerKey(header) === key)) continue;
    const near = nearestHeader([wanted], [...new Set(headers)]);
    out.push({ field, wanted, ...(near === undefined ? {} : { near }) });
  }
  return out;
}
