import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CATALOG = 'test/fixtures/ontime/catalog';
const AS_OF = ['--as-of', '2026-05-08 09:00'];
// The last line of stderr when a dossier file is refused: no report is written, not even an empty one.
const noReportEn = (file: string): string =>
  `procmap: no report written: the dossier file "${file}" could not be read (see above), and a report without its dossiers would give wrong figures. Fix it, or leave it out of the command, and run again\n`;
const noReportVi = (file: string): string =>
  `procmap: không ghi báo cáo vì không đọc được 1 tệp hồ sơ: "${file}" (lỗi nêu trên); báo cáo thiếu hồ sơ của tệp đó sẽ cho số liệu sai. Hãy sửa tệp đó, hoặc bỏ nó khỏi lệnh, rồi chạy lại\n`;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-ontime-json-'));
}

// The ceiling of 5,000,000 dossiers is met through the binary in test/safety/bounded-reads.test.ts (15 MB of JSON).
describe('procmap ontime, JSON exports past what any export holds', () => {
  it('refuses a dossier nested deeper than any export at its line and column, with no stack trace', async () => {
    const file = 'test/fixtures/ontime/json-limits/deep-dossier.json';
    const vi = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toBe(
      `${file}:3:152: danh sách và đối tượng trong một hồ sơ lồng nhau sâu quá 64 mức ở đây: không tệp xuất nào có hồ sơ như vậy; mỗi hồ sơ là một đối tượng gồm các trường, {"Mã thủ tục": "…", "Ngày tiếp nhận": "…"}\n` +
        noReportVi(file),
    );
    expect(vi.stdout).toBe('');
  });

  it('refuses dossiers whose keys between them outnumber the columns of a table, at the dossier past it', async () => {
    const file = join(tmp(), 'ho-so.json');
    const records = Array.from({ length: 16_385 }, (_, i) => `{"k${i}": 1}`);
    writeFileSync(file, `[\n${records.join(',\n')}\n]\n`);
    const en = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(
      `${file}:16386: the dossiers have more than 16,384 different keys between them, more columns than a table holds: an export's dossiers share their keys ("Mã thủ tục", "Ngày tiếp nhận", …); export the dossiers again, each with the same fields\n` +
        noReportEn(file),
    );
    expect(en.stdout).toBe('');
  });
});
