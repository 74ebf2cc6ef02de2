import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CATALOG = 'test/fixtures/ontime/catalog';
// The same two rows, and no other.
const GOOD = 'test/fixtures/ontime/refused/good.csv';
// Two good rows, then a quote opened on line 4 and never closed: the file is refused at 4.
const CUT = 'test/fixtures/ontime/refused/cut-quote.csv';
const AS_OF = ['--as-of', '2026-05-08 09:00'];

describe('procmap ontime with a dossier file refused', () => {
  it('leaves an earlier report at --output as it was, in every format, and says why none was written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-refused-'));
    for (const format of ['text', 'json', 'markdown', 'html']) {
      const out = join(dir, `report.${format}`);
      const args = ['ontime', '--catalog', CATALOG, ...AS_OF, '-f', format, '-o', out];
      const good = await runCli([...args.slice(0, 1), GOOD, ...args.slice(1)]);
      expect(good.code).toBe(0);
      const before = readFileSync(out);
      const refused = await runCli([...args.slice(0, 1), CUT, ...args.slice(1), '--lang', 'en']);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toBe(
        `${CUT}:4: a quote opened on line 4 never closes\n` +
          `procmap: no report written: the dossier file "${CUT}" could not be read (see above), and a report without its dossiers would give wrong figures; "${out}" is left as it was. Fix it, or leave it out of the command, and run again\n`,
      );
      expect(readFileSync(out)).toEqual(before);
    }
  });

  it('writes no report of the good files alone, and names the refused ones, in Vietnamese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-refused-'));
    const empty = join(dir, 'trong.csv');
    writeFileSync(empty, '');
    const result = await runCli(['ontime', GOOD, CUT, empty, '--catalog', CATALOG, ...AS_OF]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${CUT}:4: dấu ngoặc kép mở ở dòng 4 không bao giờ đóng\n` +
        `${empty}: tệp trống, không có hồ sơ nào\n` +
        `procmap: không ghi báo cáo vì không đọc được 2 tệp hồ sơ: "${CUT}", "${empty}" (lỗi nêu trên); báo cáo thiếu hồ sơ của các tệp đó sẽ cho số liệu sai. Hãy sửa các tệp đó, hoặc bỏ chúng khỏi lệnh, rồi chạy lại\n`,
    );
  });

  it('says nothing is kept at --output when there was no report there, and writes none', async () => {
    // It said '"…" is left as it was' of a file a first run had never written.
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-refused-')), 'report.txt');
    const result = await runCli(['ontime', CUT, '--catalog', CATALOG, ...AS_OF, '-o', out, '--lang', 'en']);
    expect([result.code, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toBe(
      `${CUT}:4: a quote opened on line 4 never closes\n` +
        `procmap: no report written: the dossier file "${CUT}" could not be read (see above), and a report without its dossiers would give wrong figures. Fix it, or leave it out of the command, and run again\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
