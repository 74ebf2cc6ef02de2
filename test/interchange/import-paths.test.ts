import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Paths an officer gives import that are no file to read: a folder (import reads the files it is given), a name typed
// wrong. Before, a folder or a missing path without an extension was told which extensions procmap imports.
describe('procmap import of a path that is no file', () => {
  const folder = () => {
    const cwd = mkdtempSync(join(tmpdir(), 'procmap-import-paths-'));
    mkdirSync(join(cwd, 'ho-so'));
    mkdirSync(join(cwd, 'cu.xlsx'));
    return cwd;
  };

  it('says a folder is one, whatever its name, and writes nothing', async () => {
    const cwd = folder();
    for (const [path, lang, said] of [
      ['ho-so', 'vi', '"ho-so" là một thư mục; hãy chỉ ra từng tệp trong đó cần nhập (.json, .xlsx, .csv, .docx)'],
      ['ho-so/', 'en', '"ho-so" is a folder; give the files in it to import, each by name (.json, .xlsx, .csv, .docx)'],
      [
        'cu.xlsx',
        'en',
        '"cu.xlsx" is a folder; give the files in it to import, each by name (.json, .xlsx, .csv, .docx)',
      ],
    ] as const) {
      const run = await runCli(['import', '--lang', lang, path, '-o', 'out'], { cwd });
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `procmap: ${said}\n`]);
    }
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('says a path without an extension does not exist, when it does not', async () => {
    const cwd = folder();
    const run = await runCli(['import', 'danh-muc', '-o', 'out'], { cwd });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'procmap: Đường dẫn "danh-muc" không tồn tại\n']);
  });

  // `import rec.json -o rec.json` was told `cannot reach "rec.json/1.001193.yaml": a part of the path is a file`.
  it('says -o names a folder when it names a file, the input file said as such, and changes nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'procmap-import-paths-'));
    const record = readFileSync(join(ROOT, 'test/interchange/fixtures/khai-sinh.json'));
    writeFileSync(join(cwd, 'rec.json'), record);
    writeFileSync(join(cwd, 'notes.txt'), 'ghi chú\n');
    const run = await runCli(['import', '--lang', 'en', 'rec.json', '-o', 'rec.json'], { cwd });
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'procmap: -o names the folder the procedure files are written in, and "rec.json" is a file (the file being imported): give a folder, e.g. -o procedures\n',
    ]);
    const other = await runCli(['import', 'rec.json', '-o', 'notes.txt'], { cwd });
    expect([other.code, other.stdout, other.stderr]).toEqual([
      2,
      '',
      'procmap: -o là thư mục để ghi các tệp quy trình, còn "notes.txt" là một tệp: hãy ghi một thư mục, ví dụ -o procedures\n',
    ]);
    expect(readFileSync(join(cwd, 'rec.json'))).toEqual(record);
    expect(readFileSync(join(cwd, 'notes.txt'), 'utf8')).toBe('ghi chú\n');
    expect(readdirSync(cwd).sort()).toEqual(['notes.txt', 'rec.json']);
  });
});
