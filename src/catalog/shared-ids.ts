import { idFileKey } from '../model/id-file-name.js';
import type { CatalogEntry } from '../model/types.js';

/**
 * The ids that more than one file of the catalog gives, each with its files in catalog order. Ids are compared as
 * `unique-id` compares them (by their file name: Unicode form, letter case and Đ/D aside), since those files would write the same pages.
 */
export function sharedIds(entries: readonly Pick<CatalogEntry, 'file' | 'procedure'>[]): Map<string, string[]> {
  const files = new Map<string, { id: string; files: string[] }>();
  for (const { file, procedure } of entries) {
    const key = idFileKey(procedure.id);
    const seen = files.get(key);
    if (seen === undefined) files.set(key, { id: procedure.id, files: [file] });
    else seen.files.push(file);
  }
  return new Map([...files.values()].filter((seen) => seen.files.length > 1).map((seen) => [seen.id, seen.files]));
}
