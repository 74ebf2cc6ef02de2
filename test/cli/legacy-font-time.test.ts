import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A time typed in a VNI or TCVN3 font was "not a duration: write a number and a unit", though it had both: the
// officer saw the right words in Word and was told the opposite. legacy-font-text, which says what the text is, runs
// only once the schema's problems are fixed, so the time's own message says it.
const VNI = 'test/fixtures/legacy-font-time/vni-limit.yaml';
const TCVN3 = 'test/fixtures/legacy-font-time/tcvn3-step.yaml';
// UTF-8 read as ANSI (Windows-1252) and saved again: its level and limit refused for it, its other texts told as TCVN3.
const ANSI = 'test/fixtures/legacy-font-time/ansi-refused.yaml';

describe('a time typed in a legacy Vietnamese font', () => {
  it('is refused by lint as text in that encoding, with what it reads, in both languages; --fix writes it', async () => {
    const vi = await runCli(['lint', VNI], { cwd: ROOT });
    expect(vi.code).toBe(1);
    expect(vi.stderr).toBe('');
    // The file's other VNI texts are told beside it, by legacy-font-text, which widens the position column.
    expect(vi.stdout).toContain('  3:8    lỗi  "Ñaêng kyù keát hoân" là chữ Việt gõ bằng bảng mã VNI cũ');
    expect(vi.stdout).toContain(
      '8:13   lỗi  "05 ngaøy laøm vieäc" là thời gian gõ bằng bảng mã VNI cũ, mọi chương trình khác đọc thành chữ khác; chữ đúng là "05 ngày làm việc", lint --fix sẽ ghi lại như vậy  schema\n',
    );
    expect(vi.stdout).not.toContain('không phải là thời gian');
    const en = await runCli(['lint', TCVN3, '--lang', 'en'], { cwd: ROOT });
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '11:15  error  "02 ngµy lµm viÖc" is a time typed in the old TCVN3 (ABC) encoding, which other programs read as other letters; it reads "02 ngày làm việc", which lint --fix writes  schema\n',
    );
    expect(en.stdout).not.toContain('is not a duration');
    // --fix writes each text as it reads in Unicode: every one of the file's texts reads as Vietnamese in VNI alone.
    const folder = mkdtempSync(join(tmpdir(), 'procmap-legacy-time-'));
    const copy = join(folder, 'vni-limit.yaml');
    copyFileSync(join(ROOT, VNI), copy);
    const fixed = await runCli(['lint', '--fix', copy], { cwd: folder });
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 tệp đã kiểm tra, không có vấn đề\n']);
    const text = readFileSync(copy, 'utf8');
    expect(text).toContain('\ntitle: Đăng ký kết hôn\n');
    expect(text).toContain('\nagency: UBND xã Tân Hội\ntime_limit: 05 ngày làm việc\n');
    expect(text).toContain('    name: Tiếp nhận hồ sơ\n    body: Bộ phận Một cửa\n');
  });

  it('is told where the schema refuses a text for it, once, and UTF-8 saved as ANSI is told with what it reads', async () => {
    const en = await runCli(['lint', ANSI, '--lang', 'en'], { cwd: ROOT });
    expect(en.code).toBe(1);
    const said = (line: string, text: string, reads: string) =>
      `${line}error  "${text}" is text of a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, so each Vietnamese letter became two or three others; it reads "${reads}", which lint --fix writes  legacy-font-text\n`;
    // Before: "Khai tÃº" and "Tiáº¿p nháº£" were told as TCVN3, and the level's refused text not at all.
    expect(en.stdout).toContain(said('  3:8    ', 'Khai tÃº', 'Khai tú'));
    expect(en.stdout).toContain(said('  6:8    ', 'xÃ£', 'xã'));
    expect(en.stdout).toContain('  6:8    error  "level" "xÃ£" is not a level');
    expect(en.stdout).toContain(
      '  7:13   error  "4 giá»\\u009d" is a time in a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, which other programs read as other letters; it reads "4 giờ", which lint --fix writes  schema\n',
    );
    expect(en.stdout.match(/ 7:13 /g)).toHaveLength(1);
    expect(en.stdout).not.toContain('old TCVN3 (ABC) encoding');
  });
});
