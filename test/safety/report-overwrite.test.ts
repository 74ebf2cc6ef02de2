import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';
import { workFolder } from './helpers.js';

// A report written with -o (lint, diff, ontime) went over any file: `lint -f json -o notes.docx` replaced the
// officer's Word file with the JSON report, exit 0. It now goes through the record doc, flowchart and export keep.
const work = workFolder('report-overwrite');
const FULL = join(ROOT, 'test/render/document/fixtures/full.yaml');
const WORD = join(ROOT, 'test/interchange/fixtures/ket-hon-bo-dong-buoc-6.docx');
const ONTIME = join(ROOT, 'test/fixtures/ontime');
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let folders = 0;
/** A fresh folder for one test, the run's working folder. */
function folder(): string {
  const dir = join(work, `run-${++folders}`);
  mkdirSync(dir);
  return dir;
}

describe('a report written with -o replaces only a report procmap wrote', () => {
  it("lint, diff and ontime refuse an officer's file in the way, say what to do, and leave it as it was", async () => {
    const dir = folder();
    const notes = join(dir, 'notes.docx');
    copyFileSync(WORD, notes);
    const ontime = [join(ONTIME, 'ho-so.csv'), '--catalog', join(ONTIME, 'catalog'), '--as-of', '2026-03-31 17:00'];
    for (const args of [
      ['lint', FULL, '-f', 'json', '-o', 'notes.docx'],
      ['diff', FULL, FULL, '-o', 'notes.docx'],
      // map.yaml names the keys of ho-so.json (a CSV lacking them is told so, which is not what this test is about).
      [
        'ontime',
        join(ONTIME, 'ho-so.json'),
        ...ontime.slice(1),
        '--map',
        join(ONTIME, 'map.yaml'),
        '-f',
        'xlsx',
        '-o',
        'notes.docx',
      ],
    ]) {
      const en = await runCli([...args, '--lang', 'en'], { cwd: dir });
      expect([en.code, en.stdout, en.stderr]).toEqual([
        2,
        '',
        `procmap: Refusing to write over "notes.docx": procmap did not write it (${OUTPUT_RECORD} beside it does not list it); write the report to another file, move it away, or run again with --force to replace it\n`,
      ]);
      const vi = await runCli(args, { cwd: dir });
      expect([vi.code, vi.stdout, vi.stderr]).toEqual([
        2,
        '',
        `procmap: Không ghi đè "notes.docx": tệp đó không do procmap tạo ra (${OUTPUT_RECORD} ở cùng thư mục không ghi tệp đó); hãy ghi báo cáo vào tệp khác, chuyển tệp đó đi nơi khác, hoặc chạy lại với --force để ghi đè\n`,
      ]);
    }
    expect(readFileSync(notes)).toEqual(readFileSync(WORD));
    expect(readdirSync(dir)).toEqual(['notes.docx']);
    const forced = await runCli(['lint', FULL, '-f', 'json', '-o', 'notes.docx', '--force'], { cwd: dir });
    expect([forced.code, forced.stdout, forced.stderr]).toEqual([0, '', '']);
    expect(readFileSync(notes, 'utf8')).toMatch(/^\{/);
  });

  it('rewrites its own report in the working folder run after run, with one record beside it', async () => {
    const dir = folder();
    const report = join(dir, 'lint.sarif');
    // What CI does on every push; the second catalog gives another report, which replaces the first all the same.
    for (const path of [FULL, FULL, join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml')]) {
      const run = await runCli(['lint', path, '-f', 'sarif', '-o', 'lint.sarif'], { cwd: dir });
      expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
      expect(readdirSync(dir).sort()).toEqual([OUTPUT_RECORD, 'lint.sarif']);
      expect(JSON.parse(readFileSync(join(dir, OUTPUT_RECORD), 'utf8'))).toEqual({
        version: 1,
        files: { 'lint.sarif': [sha256(readFileSync(report))] },
      });
    }
    // Edited since procmap wrote it: refused as changed.
    writeFileSync(report, `${readFileSync(report, 'utf8')} `);
    const edited = await runCli(['lint', FULL, '-f', 'sarif', '-o', 'lint.sarif', '--lang', 'en'], { cwd: dir });
    expect([edited.code, edited.stderr]).toEqual([
      2,
      'procmap: Refusing to write over "lint.sarif": it was changed after procmap wrote it (edited in Word or Excel, say), and writing would lose those changes; write the report to another file, move it away, or run again with --force to replace it\n',
    ]);
  });

  it('takes a report that already holds exactly what it would write as its own (written before the record)', async () => {
    const dir = folder();
    const first = await runCli(['lint', FULL, '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(first.code).toBe(0);
    const report = readFileSync(join(dir, 'report.json'));
    writeFileSync(join(dir, OUTPUT_RECORD), '{"version": 1, "files": {}}\n');
    const again = await runCli(['lint', FULL, '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect([again.code, again.stdout, again.stderr]).toEqual([0, '', '']);
    expect(JSON.parse(readFileSync(join(dir, OUTPUT_RECORD), 'utf8'))).toEqual({
      version: 1,
      files: { 'report.json': [sha256(report)] },
    });
  });

  it('never writes a report over the record itself', async () => {
    const dir = folder();
    const run = await runCli(['lint', FULL, '-f', 'json', '-o', OUTPUT_RECORD, '--lang', 'en'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `procmap: Refusing to write "${OUTPUT_RECORD}": procmap keeps there the record of the files it wrote in that folder; choose another name\n`,
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

// `lint p -f json -o p/bao-cao.yaml` wrote the report into the catalog under a procedure's ending: the next lint read
// it as a broken procedure, and the same command run again refused it as one of its inputs.
describe('a lint report the next lint would read as a procedure', () => {
  it('is refused before anything is read or fixed, saying what to name it; beside the folder it is written', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'p'));
    const fixable = readFileSync(join(ROOT, 'test/lint/fixtures/lien-thong/hours.yaml'), 'utf8');
    writeFileSync(join(dir, 'p', 'hours.yaml'), fixable);
    const en = await runCli(['lint', '--fix', 'p', '-f', 'json', '-o', 'p/sub/bao-cao.YML', '--lang', 'en'], {
      cwd: dir,
    });
    expect([en.code, en.stdout, en.stderr]).toEqual([
      2,
      '',
      'procmap: Refusing to write the report to "p/sub/bao-cao.YML": it is inside "p", a folder of procedures being read, and the next run would read it as a procedure; give it a name that is not a procedure file, for example -o p/sub/bao-cao.json\n',
    ]);
    const vi = await runCli(['lint', 'p', '-o', 'p/bao-cao.yaml'], { cwd: dir });
    expect([vi.code, vi.stderr]).toEqual([
      2,
      'procmap: Không ghi báo cáo vào "p/bao-cao.yaml": tệp này nằm trong thư mục quy trình "p" đang được đọc, và lần chạy sau sẽ đọc nó như một quy trình; hãy đặt cho báo cáo một tên không phải tệp quy trình, ví dụ -o p/bao-cao.txt\n',
    ]);
    expect(readdirSync(join(dir, 'p'))).toEqual(['hours.yaml']);
    expect(readFileSync(join(dir, 'p', 'hours.yaml'), 'utf8')).toBe(fixable);
    // Another name in the folder, or a .yaml name beside it, is the user's choice.
    expect((await runCli(['lint', 'p', '-f', 'json', '-o', 'p/bao-cao.json'], { cwd: dir })).stderr).toBe('');
    expect((await runCli(['lint', 'p', '-f', 'json', '-o', 'bao-cao.yaml'], { cwd: dir })).stderr).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['.procmap-outputs.json', 'bao-cao.yaml', 'p']);
  });

  // Refused only when a folder was named: `lint p/a.yaml p/b.yaml -o p/new.yaml` wrote the report among them.
  it('is refused the same way when the files are named, in the folder that holds them', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'p'));
    const fixable = readFileSync(join(ROOT, 'test/lint/fixtures/lien-thong/hours.yaml'), 'utf8');
    writeFileSync(join(dir, 'p', 'a.yaml'), fixable);
    writeFileSync(join(dir, 'p', 'b.yaml'), fixable.replace(/^id: .*$/m, 'id: QT-OTHER-01'));
    const args = ['lint', 'p/a.yaml', 'p/b.yaml', '-f', 'json', '-o', 'p/new.yaml'];
    const en = await runCli([...args, '--fix', '--lang', 'en'], { cwd: dir });
    expect([en.code, en.stdout, en.stderr]).toEqual([
      2,
      '',
      'procmap: Refusing to write the report to "p/new.yaml": it is inside "p", a folder of procedures being read, and the next run would read it as a procedure; give it a name that is not a procedure file, for example -o p/new.json\n',
    ]);
    const vi = await runCli(args, { cwd: dir });
    expect([vi.code, vi.stdout, vi.stderr]).toEqual([
      2,
      '',
      'procmap: Không ghi báo cáo vào "p/new.yaml": tệp này nằm trong thư mục quy trình "p" đang được đọc, và lần chạy sau sẽ đọc nó như một quy trình; hãy đặt cho báo cáo một tên không phải tệp quy trình, ví dụ -o p/new.json\n',
    ]);
    expect(readdirSync(join(dir, 'p')).sort()).toEqual(['a.yaml', 'b.yaml']);
    expect(readFileSync(join(dir, 'p', 'a.yaml'), 'utf8')).toBe(fixable);
    // Beside the folder, or under another name in it, is the user's choice.
    expect((await runCli([...args.slice(0, -1), 'new.yaml'], { cwd: dir })).stderr).toBe('');
    expect((await runCli([...args.slice(0, -1), 'p/new.json'], { cwd: dir })).stderr).toBe('');
  });

  it('ontime refuses one in its catalog the same way, before any dossier is read', async () => {
    const dir = folder();
    cpSync(join(ONTIME, 'catalog'), join(dir, 'catalog'), { recursive: true });
    const before = readdirSync(join(dir, 'catalog')).sort();
    const args = ['ontime', join(ONTIME, 'ho-so.csv'), '--catalog', 'catalog', '--as-of', '2026-03-31 17:00'];
    const en = await runCli([...args, '-f', 'markdown', '-o', 'catalog/bc.yaml', '--lang', 'en'], { cwd: dir });
    expect([en.code, en.stdout, en.stderr]).toEqual([
      2,
      '',
      'procmap: Refusing to write the report to "catalog/bc.yaml": it is inside "catalog", a folder of procedures being read, and the next run would read it as a procedure; give it a name that is not a procedure file, for example -o catalog/bc.md\n',
    ]);
    expect(readdirSync(join(dir, 'catalog')).sort()).toEqual(before);
  });

  // A procedure file given as --catalog: the report was written among the procedures of its folder.
  it("ontime refuses one beside a procedure file given as --catalog, in that file's folder", async () => {
    const dir = folder();
    cpSync(join(ONTIME, 'catalog'), join(dir, 'catalog'), { recursive: true });
    const before = readdirSync(join(dir, 'catalog')).sort();
    const args = ['ontime', join(ONTIME, 'ho-so.csv'), '--catalog', 'catalog/ket-hon.yaml', '--as-of', '2026-03-31'];
    const en = await runCli([...args, '-f', 'json', '-o', 'catalog/bc.yaml', '--lang', 'en'], { cwd: dir });
    expect([en.code, en.stdout, en.stderr]).toEqual([
      2,
      '',
      'procmap: Refusing to write the report to "catalog/bc.yaml": it is inside "catalog", a folder of procedures being read, and the next run would read it as a procedure; give it a name that is not a procedure file, for example -o catalog/bc.json\n',
    ]);
    expect(readdirSync(join(dir, 'catalog')).sort()).toEqual(before);
  });
});
