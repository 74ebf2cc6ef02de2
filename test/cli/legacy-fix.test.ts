import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/legacy-fix';

describe('lint --fix puts back text typed in an old encoding', () => {
  // Golden file every-encoding.fixed.yaml: each text as Unikey's converter gives it, the comment kept. Before, --fix
  // deleted the soft hyphens (TCVN3's ư, a byte of UTF-8's í) and the control characters (bytes of UTF-8's Đ, ờ) as
  // invisible or pasted characters, and the letters were lost for good.
  it('writes TCVN3, VNI and UTF-8 read as ANSI in Unicode, soft hyphens and controls as letters, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-legacy-fix-'));
    copyFileSync(join(ROOT, DIR, 'every-encoding.yaml'), join(dir, 'p.yaml'));
    const fix = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([fix.code, fix.stdout, fix.stderr]).toEqual([
      0,
      '✔ 1 file checked, no problems\n',
      'procmap: fixed 11 problems in p.yaml\n',
    ]);
    const fixed = readFileSync(join(dir, 'p.yaml'), 'utf8');
    expect(fixed).toBe(readFileSync(join(ROOT, DIR, 'every-encoding.fixed.yaml'), 'utf8'));
    const again = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(fixed);
  });

  // A limit pasted from a decision in VNI, "Đối với hồ sơ nộp trực tuyến là 05 ngày làm việc", in a file of CRLF lines
  // with a byte order mark: put back, then written as the procedure's limit, the file's only way being online. Before,
  // the time was refused as typed in VNI and nothing was fixed in it.
  it('puts back a time limit, then reads it, keeping the byte order mark and CRLF line ends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-legacy-fix-'));
    copyFileSync(join(ROOT, DIR, 'bom-crlf-channel-limit.yaml'), join(dir, 'p.yaml'));
    const fix = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([fix.code, fix.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    const fixed = readFileSync(join(dir, 'p.yaml'), 'utf8');
    expect(fixed.startsWith('\ufeff# yaml-language-server')).toBe(true);
    expect(fixed).toContain('\r\ntime_limit: 05 ngày làm việc\r\nchannels: [online]\r\n');
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('leaves a text that reads as no Vietnamese, saying what it reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-legacy-fix-'));
    copyFileSync(join(ROOT, DIR, 'every-encoding.fixed.yaml'), join(dir, 'p.yaml'));
    // "ờ" is E1 BB 9D in UTF-8; a byte changed on the way (90) gives "Ố", no Vietnamese inside a word.
    const text = readFileSync(join(dir, 'p.yaml'), 'utf8').replace(
      'agency: "UBND phường Kinh Bắc"',
      'agency: "UBND phÆ°á»\\u0090ng Kinh Báº¯c"',
    );
    writeFileSync(join(dir, 'p.yaml'), text);
    const fix = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([fix.code, fix.stderr, fix.stdout]).toEqual([
      1,
      '',
      'p.yaml\n' +
        '  7:9  error  "UBND phÆ°á»\\u0090ng Kinh Báº¯c" is text of a UTF-8 file that was opened as ANSI (Windows-1252) and saved again, so each Vietnamese letter became two or three others; it reads "UBND phưỐng Kinh Bắc": take the file again from its UTF-8 original, or write the text as it reads (TCVN3 and VNI converters would garble it further)  legacy-font-text\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n',
    ]);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(text);
  });
});
