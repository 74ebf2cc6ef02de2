import { readDuration } from '../model/duration.js';
import { channelOf } from '../model/channel-words.js';
import { sectionTable } from './document-sections.js';
import type { Sheet } from './sheets.js';
import { fold, oneLine } from './text.js';

/**
 * The time limit of a document that states it only in its table of ways of filing ("Hình thức nộp | Thời hạn giải
 * quyết | Phí, lệ phí | Mô tả", as a procedure copied from the national portal has it): the one limit every way of
 * filing has, or each way's limit after its name ("Trực tiếp: 03 Ngày làm việc; Trực tuyến: 02 Ngày làm việc"), which
 * the import splits as it splits such a limit in a catalog. Undefined without such a table or a limit it reads.
 */
export function channelTableLimit(tables: readonly Sheet[]): string | undefined {
  for (const table of tables) {
    const header = table.rows[0] ?? [];
    if (sectionTable(header) !== 'channels') continue;
    const at = header.findIndex((cell) => /thoi han|thoi gian/.test(fold(cell ?? '')));
    const rows = table.rows.slice(1).flatMap((row) => {
      const kind = oneLine(row[0] ?? '');
      const limit = oneLine(row[at] ?? '');
      return channelOf(kind) !== undefined && readDuration(limit).ok ? [{ kind, limit }] : [];
    });
    if (rows.length === 0) continue;
    const limits = new Set(rows.map(({ limit }) => limit));
    return limits.size === 1 ? rows[0]!.limit : rows.map(({ kind, limit }) => `${kind}: ${limit}`).join('; ');
  }
  return undefined;
}
