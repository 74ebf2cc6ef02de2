import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';
import { workFolder } from './helpers.js';

const work = workFolder('output-paths');
const FULL = join(ROOT, 'test/render/document/fixtures/full.yaml');
const EDITED_WORD = join(ROOT, 'test/interchange/fixtures/ket-hon-bo-dong-buoc-6.docx');
const ONTIME = join(ROOT, 'test/fixtures/ontime');
const ONTIME_ARGS = [
  join(ONTIME, 'ho-so.csv'),
  '--catalog',
  join(ONTIME, 'catalog'),
  '--as-of',
  '2026-03-31 17:00',
  '--map',
  join(ONTIME, 'map.yaml'),
];
const LOCK = '.procmap-outputs.lock';
// A live process standing for another procmap run writing into a folder.
const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
afterAll(() => other.kill());

let folders = 0;
/** A fresh folder for one test, the run's working folder. */
function folder(): string {
  const dir = join(work, `run-${++folders}`);
  mkdirSync(dir);
  return dir;
}

// `-o rep/` of a command that writes one file wrote a file named `rep` (lint, diff, ontime), or refused as no
// workbook name (export). A trailing slash, or a folder already there, now means that folder for every one of them.
describe('-o naming a folder, for a command that writes one file', () => {
  it('lint, diff and ontime refuse it, write nothing, and say to add the file name', async () => {
    for (const [args, example] of [
      [['lint', FULL, '-f', 'sarif'], 'report.sarif'],
      [['diff', FULL, FULL], 'report.txt'],
      [['ontime', ...ONTIME_ARGS, '-f', 'xlsx'], 'report.xlsx'],
    ] as const) {
      for (const output of ['rep/', 'there']) {
        const dir = folder();
        if (output === 'there') mkdirSync(join(dir, 'there'));
        const en = await runCli([...args, '-o', output, '--lang', 'en'], { cwd: dir });
        const name = output.replace(/\/$/, '');
        expect([en.code, en.stdout, en.stderr]).toEqual([
          2,
          '',
          `procmap: --output names the report's file, and "${name}" is a folder; add the file's name: -o ${name}/${example}\n`,
        ]);
        const vi = await runCli([...args, '-o', output], { cwd: dir });
        expect([vi.code, vi.stdout, vi.stderr]).toEqual([
          2,
          '',
          `procmap: --output là tên tệp báo cáo, còn "${name}" là một thư mục; hãy thêm tên tệp: -o ${name}/${example.replace('report', 'bao-cao')}\n`,
        ]);
        expect(readdirSync(dir)).toEqual(output === 'there' ? ['there'] : []);
        if (output === 'there') expect(readdirSync(join(dir, 'there'))).toEqual([]);
      }
    }
  });

  it('export writes its workbook in it under its default name, catalog.xlsx', async () => {
    for (const output of ['rep/', 'there']) {
      const dir = folder();
      if (output === 'there') mkdirSync(join(dir, 'there'));
      const result = await runCli(['export', FULL, '-o', output, '--lang', 'en'], { cwd: dir });
      const name = output.replace(/\/$/, '');
      expect([result.code, result.stdout, result.stderr]).toEqual([0, `${name}/catalog.xlsx\n`, '']);
      expect(readdirSync(join(dir, name)).sort()).toEqual([OUTPUT_RECORD, 'catalog.xlsx']);
      expect(readdirSync(dir)).toEqual([name]);
    }
  });
});

// A report written with -o took the output lock of its folder (most often the user's working folder or the
// repository's root) for its whole run: two reports written there at once refused each other, and the lock file sat
// among the user's files meanwhile. It now holds the lock only while it writes (waiting for a run that holds it:
// output-lock.test.ts), and leaves none behind.
describe('a report written with -o', () => {
  it('takes over a lock its run left behind, and leaves no lock of its own', async () => {
    const dir = folder();
    // Left by a run that no longer exists.
    writeFileSync(join(dir, LOCK), '999999999\n');
    for (const args of [
      ['lint', FULL, '-o', 'lint.txt'],
      ['diff', FULL, FULL, '-o', 'diff.txt'],
      ['ontime', ...ONTIME_ARGS, '-o', 'ontime.txt'],
    ]) {
      const result = await runCli([...args, '--lang', 'en'], { cwd: dir });
      // ontime lists its fixture's rows it cannot measure on stderr; nothing about the folder.
      expect([result.code, result.stderr.includes('writing into')]).toEqual([0, false]);
    }
    expect(readdirSync(dir).sort()).toEqual([OUTPUT_RECORD, 'diff.txt', 'lint.txt', 'ontime.txt']);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, OUTPUT_RECORD), 'utf8')).files as object)).toEqual([
      'diff.txt',
      'lint.txt',
      'ontime.txt',
    ]);
  });
});

// An import marking a document as taken in rewrote the folder's record without its lock: a doc or export run writing
// there at the same moment could lose the entry, or have its own lost. It then took the lock only after writing the
// procedures, and stopped there, half imported.
describe('import taking in a document of a folder another run is writing into', () => {
  it('stops, saying so, and leaves that folder’s record as it was', async () => {
    const out = folder();
    const target = join(out, 'QT-HT-02.docx');
    copyFileSync(EDITED_WORD, target);
    const record = `${JSON.stringify({ version: 1, files: { 'QT-HT-02.docx': ['0'.repeat(64)] } })}\n`;
    writeFileSync(join(out, OUTPUT_RECORD), record);
    writeFileSync(join(out, LOCK), `${other.pid}\n`);
    const catalog = join(out, 'catalog');
    const result = await runCli(['import', target, '-o', catalog, '--lang', 'en']);
    expect(result.stderr).toBe(
      `procmap: Another procmap run (process ${other.pid}) is writing into "${out}"; run this one when it has finished (if no procmap run is still going, delete ${join(out, LOCK)})\n`,
    );
    expect(result.code).toBe(2);
    expect(readFileSync(join(out, OUTPUT_RECORD), 'utf8')).toBe(record);
    expect(readFileSync(join(out, LOCK), 'utf8')).toBe(`${other.pid}\n`);
    // Stopped before anything was written: the import wrote the procedure, then found the folder held.
    expect(existsSync(join(catalog, 'QT-HT-02.yaml'))).toBe(false);
    expect(result.stdout).toBe('');
    // Once that run is gone, the same import takes the document in.
    writeFileSync(join(out, LOCK), '999999999\n');
    expect((await runCli(['import', target, '-o', catalog, '--lang', 'en'])).code).toBe(0);
    expect(readFileSync(join(out, OUTPUT_RECORD), 'utf8')).not.toBe(record);
    expect(existsSync(join(out, LOCK))).toBe(false);
  });
});

// export checked -o only once the whole catalog was read and the workbook made: a workbook it could not write (a file
// on the way, a procedure's YAML named) was said after every problem of the catalog, as if the run had gone on.
describe('export with an -o it cannot write', () => {
  it('refuses before reading the catalog', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'cat'));
    copyFileSync(FULL, join(dir, 'cat', 'full.yaml'));
    // Read, this file is an error on standard error before anything else.
    writeFileSync(join(dir, 'cat', 'broken.yaml'), 'id: X\n');
    writeFileSync(join(dir, 'notes.txt'), 'the officer’s notes');
    const notAFolder = 'procmap: Cannot write into "notes.txt": it is a file, not a folder\n';
    for (const [args, stderr] of [
      [['-o', 'notes.txt/catalog.xlsx'], notAFolder],
      [['-f', 'bpmn', '-o', 'notes.txt'], notAFolder],
      [['-o', 'notes.txt/'], notAFolder],
      [
        ['-o', 'cat/full.yaml'],
        'procmap: --output for xlsx names the workbook file, ending in .xlsx, not "cat/full.yaml"\n',
      ],
    ] as const) {
      const result = await runCli(['export', 'cat', ...args, '--lang', 'en'], { cwd: dir });
      expect([args, result.code, result.stderr, result.stdout]).toEqual([args, 2, stderr, '']);
    }
    expect(readdirSync(dir).sort()).toEqual(['cat', 'notes.txt']);
    expect(readdirSync(join(dir, 'cat')).sort()).toEqual(['broken.yaml', 'full.yaml']);
  });

  it('lint, diff and ontime refuse a file on the way to their report before reading anything', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'notes.txt'), 'the officer’s notes');
    // lint --fix fixed this file, then refused the report.
    const fixable = readFileSync(join(ROOT, 'test/lint/fixtures/lien-thong/hours.yaml'), 'utf8');
    writeFileSync(join(dir, 'p.yaml'), fixable);
    for (const args of [
      ['lint', '--fix', 'p.yaml', '-o', 'notes.txt/lint.txt'],
      ['diff', FULL, FULL, '-o', 'notes.txt/diff.txt'],
      ['ontime', ...ONTIME_ARGS, '-o', 'notes.txt/ontime.txt'],
    ]) {
      const result = await runCli([...args, '--lang', 'en'], { cwd: dir });
      expect([args[0], result.code, result.stderr]).toEqual([
        args[0],
        2,
        'procmap: Cannot write into "notes.txt": it is a file, not a folder\n',
      ]);
    }
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(fixable);
  });

  // It said "it is a file": a device as the output folder (`-o /dev/full` to try a full disk) is named as what it is.
  it('a device on the way, or as the output folder, is named a device, not a file', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'cat'));
    copyFileSync(FULL, join(dir, 'cat', 'full.yaml'));
    for (const args of [
      ['export', 'cat', '-o', '/dev/null/catalog.xlsx'],
      ['doc', 'cat', '-f', 'md', '-o', '/dev/null'],
      ['lint', 'cat', '-o', '/dev/null/lint.txt'],
    ]) {
      const result = await runCli([...args, '--lang', 'en'], { cwd: dir });
      expect([args[0], result.code, result.stderr, result.stdout]).toEqual([
        args[0],
        2,
        'procmap: Cannot write into "/dev/null": it is a device, a pipe or a socket, not a folder\n',
        '',
      ]);
    }
    const vi = await runCli(['doc', 'cat', '-f', 'md', '-o', '/dev/null'], { cwd: dir });
    expect(vi.stderr).toBe(
      'procmap: Không ghi được vào "/dev/null": đó là thiết bị, ống dẫn hay socket, không phải thư mục\n',
    );
    expect(readdirSync(dir)).toEqual(['cat']);
  });
});

// As root, `export -o /dev/x.xlsx` wrote the workbook and the record into /dev (so did lint, doc and bpmn), and
// `-o /proc/x.xlsx` said the lock file could not be opened, a name the officer never typed. /dev, /proc and /sys
// hold the system's devices and state: refused before anything is read, the path named as typed, nothing made.
describe('-o in /dev, /proc or /sys', () => {
  const name = `procmap-test-${process.pid}`;
  const refusal = (path: string, folder: string) =>
    `procmap: Refusing to write "${path}": it is in ${folder}, where the system keeps its devices and its running state, not files; name a file or folder of your own (for example in your catalog's folder)\n`;

  it('is refused for every command that writes, through a link too, with nothing left there', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'cat'));
    copyFileSync(FULL, join(dir, 'cat', 'full.yaml'));
    symlinkSync('/dev', join(dir, 'devices'));
    for (const [args, shown, system] of [
      [['export', 'cat', '-o', `/dev/${name}.xlsx`], `/dev/${name}.xlsx`, '/dev'],
      [['export', 'cat', '-o', `/proc/${name}.xlsx`], `/proc/${name}.xlsx`, '/proc'],
      [['export', 'cat', '-o', `/sys/${name}.xlsx`], `/sys/${name}.xlsx`, '/sys'],
      [['export', 'cat', '-o', `/dev/shm/${name}.xlsx`], `/dev/shm/${name}.xlsx`, '/dev'],
      [['export', 'cat', '-o', `devices/${name}.xlsx`], `devices/${name}.xlsx`, '/dev'],
      [['export', 'cat', '-f', 'json', '-o', `/dev/${name}/`], `/dev/${name}/catalog.json`, '/dev'],
      [['export', 'cat', '-f', 'bpmn', '-o', `/dev/${name}`], `/dev/${name}`, '/dev'],
      [['lint', 'cat', '-o', `/dev/${name}.txt`], `/dev/${name}.txt`, '/dev'],
      [['doc', 'cat', '-f', 'md', '-o', `/dev/${name}`], `/dev/${name}`, '/dev'],
    ] as const) {
      const result = await runCli([...args, '--lang', 'en'], { cwd: dir });
      expect([args.join(' '), result.code, result.stdout, result.stderr]).toEqual([
        args.join(' '),
        2,
        '',
        refusal(shown, system),
      ]);
    }
    for (const folder of ['/dev', '/dev/shm', '/proc', '/sys'])
      expect(readdirSync(folder).filter((file) => file.includes(name) || file.startsWith('.procmap'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['cat', 'devices']);
    const vi = await runCli(['export', 'cat', '-o', `/proc/${name}.xlsx`], { cwd: dir });
    expect([vi.code, vi.stderr]).toEqual([
      2,
      `procmap: Không ghi "/proc/${name}.xlsx": đường dẫn này nằm trong /proc, nơi hệ thống giữ các thiết bị và trạng thái đang chạy của nó, không phải nơi để tệp; hãy ghi tên một tệp hay thư mục của bạn (ví dụ trong thư mục bộ quy trình)\n`,
    ]);
  });
});
