import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, encodeText } from '../../src/model/decode.js';
import { loadFile } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Windows Notepad saves "Unicode" as UTF-16 with a byte order mark: unambiguous, so read like UTF-8, and --fix
// writes the file back in the encoding it had.
const TEXT = readFileSync(join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml'), 'utf8');
const utf16le = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');
const utf16be = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();

describe('procedure files in UTF-16 with a byte order mark', () => {
  it('load the same data as the UTF-8 file, little- and big-endian', () => {
    const want = loadFile('p.yaml', Buffer.from(TEXT));
    for (const bytes of [utf16le(TEXT), utf16be(TEXT)]) {
      const got = loadFile('p.yaml', bytes);
      expect(got.diagnostics).toEqual([]);
      expect(got.data).toEqual(want.data);
    }
  });

  it('encode back to the same bytes they were read from', () => {
    for (const bytes of [utf16le(TEXT), utf16be(TEXT), Buffer.from(`\uFEFF${TEXT}`), Buffer.from(TEXT)]) {
      const decoded = decodeText(bytes);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(Buffer.from(encodeText(decoded.text, decoded.encoding, decoded.hadBom))).toEqual(bytes);
    }
  });

  it('refuse a UTF-16 file cut in the middle of a character', () => {
    const cut = utf16le('id: QT-1\n').subarray(0, -1);
    expect(loadFile('cut.yaml', cut).diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [1, 1, 'File is UTF-16 but damaged (a cut-off character); save it again, preferably as UTF-8'],
    ]);
  });

  it('are fixed in place, staying UTF-16', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-utf16-'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  canonical-duration: warn\n');
    const file = join(dir, 'p.yaml');
    writeFileSync(file, utf16be(TEXT.replace('duration: 2h', 'duration: 2 giờ')));
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(result.stderr).toBe('procmap: fixed 1 problem in p.yaml\n');
    expect(result.code).toBe(0);
    expect(readFileSync(file)).toEqual(utf16be(TEXT));
  });
});

describe('a NUL character in a UTF-8 file', () => {
  // Searched for in the bytes, not the text: the same place with a byte order mark or without, in a Buffer or not.
  it('is refused where it stands, after a byte order mark too', () => {
    const text = 'id: QT-01\ntitle: Đăng\u0000ký\n';
    for (const bytes of [
      Buffer.from(text),
      Buffer.from(`\uFEFF${text}`),
      new Uint8Array(Buffer.from(`\uFEFF${text}`)),
    ]) {
      const decoded = decodeText(bytes);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.range).toEqual({ line: 2, column: 12, endLine: 2, endColumn: 13 });
    }
  });

  it('is absent from a text read whole, with or without a byte order mark', () => {
    expect(decodeText(new Uint8Array(Buffer.from('\uFEFFtên: Đăng ký\n')))).toEqual({
      ok: true,
      text: 'tên: Đăng ký\n',
      hadBom: true,
      encoding: 'utf-8',
    });
  });
});
