import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A clean procedure; each copy below gets an id and a title of its own (unique-title), so that only the names are in
// question.
const SOURCE = readFileSync(join(ROOT, 'test/fixtures/d-id/dang-ky-kinh-doanh.yaml'), 'utf8');

/** The i-th copy of SOURCE, its id and title its own. */
const copy = (i: number) =>
  SOURCE.replace('id: QT-ĐKKD-01', `id: QT-CT-0${i + 1}`).replace(/^title: (.*)$/m, `title: $1 (bản ${i + 1})`);
const NAME = 'Chứng thực.yaml';

/**
 * A folder holding one procedure file per Unicode form of NAME. Made at run time, not kept as fixtures: a checkout on
 * macOS (whose file names ignore the form) would make the two files one.
 */
function folder(forms: readonly ('NFC' | 'NFD')[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-look-alike-'));
  forms.forEach((form, i) => writeFileSync(join(dir, NAME.normalize(form)), copy(i)));
  return dir;
}

interface Report {
  diagnostics: { file: string; line: number; column: number; rule: string; severity: string; message: string }[];
}

describe('procmap lint of two files whose names differ only in how their letters are encoded', () => {
  it('fails, telling at each file which of the two names is written how', async () => {
    const dir = folder(['NFC', 'NFD']);
    const run = await runCli(['lint', '.', '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const { diagnostics } = JSON.parse(run.stdout) as Report;
    const [nfc, nfd] = [NAME.normalize('NFC'), NAME.normalize('NFD')];
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.rule, d.severity, d.message])).toEqual([
      [
        nfd,
        1,
        1,
        'parse',
        'error',
        `This file's name looks the same as "${nfc}" but its letters are encoded otherwise: this name is decomposed (NFD, as macOS writes file names), that one precomposed (NFC); on macOS the two names are one file. Rename or remove one of the two files`,
      ],
      [
        nfc,
        1,
        1,
        'parse',
        'error',
        `This file's name looks the same as "${nfd}" but its letters are encoded otherwise: this name is precomposed (NFC), that one decomposed (NFD, as macOS writes file names); on macOS the two names are one file. Rename or remove one of the two files`,
      ],
    ]);
  });

  it('says so in Vietnamese by default, in the listing under each name', async () => {
    const run = await runCli(['lint', '.'], { cwd: folder(['NFC', 'NFD']) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `Tên tệp này trông giống hệt "${NAME.normalize('NFC')}" nhưng chữ được mã hóa khác: tên này viết dạng tổ hợp (NFD, như macOS ghi tên tệp), tên kia dạng dựng sẵn (NFC); trên macOS hai tên là một tệp. Hãy đổi tên hoặc xóa một trong hai tệp`,
    );
    expect(run.stdout).toContain('tên này viết dạng dựng sẵn (NFC), tên kia dạng tổ hợp (NFD, như macOS ghi tên tệp)');
  });

  it('says nothing of a name written on macOS that no other name looks like', async () => {
    const run = await runCli(['lint', '.', '--format', 'json'], { cwd: folder(['NFD']) });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).diagnostics).toEqual([]);
  });
});

describe('other commands reading such a catalog', () => {
  it('say on stderr which name is written how, and go on', async () => {
    const run = await runCli(['time', '.', '--lang', 'en'], { cwd: folder(['NFC', 'NFD']) });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `procmap: warning: files whose names look the same, differing only in how their letters are encoded: "${NAME.normalize('NFD')}", written decomposed (NFD, as macOS writes file names); "${NAME.normalize('NFC')}", written precomposed (NFC). On macOS the names are one file: rename or remove all but one of them\n`,
    );
  });
});

/**
 * A folder holding one procedure file per name, each with an id of its own; undefined where the file system folds
 * capitals (macOS, Windows), which makes the names one file and the case nothing to test.
 */
function named(names: readonly string[]): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-case-alike-'));
  names.forEach((name, i) => writeFileSync(join(dir, name), copy(i)));
  return readdirSync(dir).length === names.length ? dir : undefined;
}

describe('procmap lint of two files whose names differ only in capital letters', () => {
  it('fails at each file, saying the two are one file on Windows and macOS', async (context) => {
    const dir = named(['QT-01.yaml', 'qt-01.yaml']);
    if (dir === undefined) return context.skip();
    const run = await runCli(['lint', '.', '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const { diagnostics } = JSON.parse(run.stdout) as Report;
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.rule, d.severity, d.message])).toEqual([
      [
        'QT-01.yaml',
        1,
        1,
        'parse',
        'error',
        `This file's name differs from "qt-01.yaml" only in capital letters: on Windows and macOS the two names are one file. Rename or remove one of the two files`,
      ],
      [
        'qt-01.yaml',
        1,
        1,
        'parse',
        'error',
        `This file's name differs from "QT-01.yaml" only in capital letters: on Windows and macOS the two names are one file. Rename or remove one of the two files`,
      ],
    ]);
  });

  it('says so in Vietnamese of Vietnamese names, and names the forms where they differ too', async (context) => {
    const upper = 'Chứng Thực.yaml';
    const dir = named([upper, 'chứng thực.yaml', 'Chứng thực.yaml'.normalize('NFD')]);
    if (dir === undefined) return context.skip();
    const run = await runCli(['lint', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `Tên tệp này chỉ khác "chứng thực.yaml" ở chữ hoa, chữ thường: trên Windows và macOS hai tên là một tệp. Hãy đổi tên hoặc xóa một trong hai tệp`,
    );
    expect(run.stdout).toContain(
      `Tên tệp này chỉ khác "${upper}" ở chữ hoa, chữ thường và cách mã hóa chữ (tên này viết dạng tổ hợp (NFD, như macOS ghi tên tệp), tên kia dạng dựng sẵn (NFC)): trên macOS hai tên là một tệp. Hãy đổi tên hoặc xóa một trong hai tệp`,
    );
    expect(run.stdout).toContain('✖ 6 vấn đề (6 lỗi, 0 cảnh báo)');
  });

  it('is a warning on stderr of the other commands, which go on', async (context) => {
    const dir = named(['QT-01.yaml', 'qt-01.yaml']);
    if (dir === undefined) return context.skip();
    const run = await runCli(['time', '.', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'procmap: warning: files whose names differ only in capital letters: "QT-01.yaml"; "qt-01.yaml". On Windows and macOS the names are one file: rename or remove all but one of them\n',
    );
  });
});

describe('unique-id naming a file whose name another looks identical to', () => {
  it('says which of the two names it means, by the form of its letters', async () => {
    // Three copies of one procedure, all with its id: two under look-alike names, one under a name of its own.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-look-alike-id-'));
    for (const name of [NAME.normalize('NFC'), NAME.normalize('NFD'), 'QT-01.yaml'])
      writeFileSync(join(dir, name), SOURCE);
    const en = await runCli(['lint', '.', '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(en.code).toBe(1);
    const at = (file: string) =>
      (JSON.parse(en.stdout) as Report).diagnostics
        .filter((d) => d.file === file && d.rule === 'unique-id')
        .map((d) => d.message);
    const also = (name: string, form: string) =>
      `Procedure id "QT-ĐKKD-01" is also used in ${name} (file name written ${form}) (line 2): each procedure needs its own id; change it in the file that is the copy`;
    const [nfc, nfd] = ['precomposed (NFC)', 'decomposed (NFD, as macOS writes file names)'];
    expect(at('QT-01.yaml')).toEqual([also(NAME.normalize('NFD'), nfd), also(NAME.normalize('NFC'), nfc)]);
    expect(at(NAME.normalize('NFC'))).toEqual([
      also(NAME.normalize('NFD'), nfd),
      'Procedure id "QT-ĐKKD-01" is also used in QT-01.yaml (line 2): each procedure needs its own id; change it in the file that is the copy',
    ]);
    const vi = await runCli(['lint', 'QT-01.yaml', NAME.normalize('NFC'), NAME.normalize('NFD')], { cwd: dir });
    expect(vi.stdout).toContain(
      `Mã hiệu "QT-ĐKKD-01" cũng được dùng trong ${NAME.normalize('NFD')} (tên tệp viết dạng tổ hợp (NFD, như macOS ghi tên tệp)) (dòng 2)`,
    );
  });
});
