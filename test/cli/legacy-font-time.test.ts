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

describe('a time typed in a legacy Vietnamese font', () => {
  it('is refused by lint as text in that encoding, with the converter to use, in both languages', async () => {
    const vi = await runCli(['lint', VNI], { cwd: ROOT });
    expect(vi.code).toBe(1);
    expect(vi.stderr).toBe('');
    expect(vi.stdout).toContain(
      '8:13  lỗi  "05 ngaøy laøm vieäc" là thời gian gõ bằng bảng mã VNI cũ (phông như VNI-Times), mọi chương trình khác đọc thành chữ khác nên procmap không đọc được: hãy chuyển tệp sang Unicode bằng công cụ chuyển mã của Unikey (Ctrl+Shift+F6, nguồn "VNI Windows", đích "Unicode"), hoặc gõ lại thời gian, ví dụ "05 ngày làm việc"  schema\n',
    );
    expect(vi.stdout).not.toContain('không phải là thời gian');
    const en = await runCli(['lint', TCVN3, '--lang', 'en'], { cwd: ROOT });
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '11:15  error  "02 ngµy lµm viÖc" is a time typed in the old TCVN3 (ABC) encoding (a font such as .VnTime), which every program but that font reads as other letters, so procmap cannot read it: convert the file to Unicode with Unikey\'s converter (Ctrl+Shift+F6, from "TCVN3 (ABC)" to "Unicode"), or type the time again, e.g. "05 ngày làm việc"  schema\n',
    );
    expect(en.stdout).not.toContain('is not a duration');
    // --fix does not convert (legacy-font-text's page says why): a copy is left as it was.
    const folder = mkdtempSync(join(tmpdir(), 'procmap-legacy-time-'));
    const copy = join(folder, 'vni-limit.yaml');
    copyFileSync(join(ROOT, VNI), copy);
    const fixed = await runCli(['lint', '--fix', copy], { cwd: folder });
    expect(fixed.code).toBe(1);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(join(ROOT, VNI), 'utf8'));
  });
});
