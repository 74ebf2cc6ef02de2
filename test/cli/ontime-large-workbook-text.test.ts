import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CATALOG = join(import.meta.dirname, '../fixtures/ontime/catalog');
const dir = mkdtempSync(join(tmpdir(), 'procmap-large-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Letters of two and three bytes, most of the text: a piece's cut falls inside one more often than not.
const NAMES = 'Đặng Thị Ánh Nguyệt '.repeat(3).trim();

/** An export of `count` dossiers, each with an agency of its own in Vietnamese: shared strings of many pieces. */
async function exportWith(count: number): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hồ sơ');
  sheet.addRow(['Số hồ sơ', 'Mã thủ tục', 'Ngày tiếp nhận', 'Ngày có kết quả', 'Đơn vị xử lý']);
  for (let i = 0; i < count; i++)
    sheet.addRow([`S${i}`, '2.000815', '02/03/2026 08:00', '02/03/2026 10:00', `Bộ phận một cửa số ${i} – ${NAMES}`]);
  const path = join(dir, `ho-so-${count}.xlsx`);
  await book.xlsx.writeFile(path);
  return path;
}

describe('a large workbook export', () => {
  // exceljs decodes each 16 KiB piece of a part on its own (exceljs/exceljs#2084): 3,000 agencies of 80-odd
  // characters make shared strings of about 350 KiB, whose cuts fell inside a letter in six names before.
  it('reads every Vietnamese letter whole, wherever the file is cut into pieces', async () => {
    const path = await exportWith(3000);
    const result = await runCli(['ontime', path, '--catalog', CATALOG, '--as-of', '31/03/2026', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { by_agency: { key: string }[] };
    expect(report.by_agency).toHaveLength(3000);
    const broken = report.by_agency.filter((group) => !group.key.endsWith(` – ${NAMES}`));
    expect(broken).toEqual([]);
  });
});
