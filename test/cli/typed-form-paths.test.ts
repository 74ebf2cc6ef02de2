import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A clean procedure, and a dossier export with its catalog: the inputs each command takes.
const SOURCE = readFileSync(join(ROOT, 'test/fixtures/d-id/dang-ky-kinh-doanh.yaml'), 'utf8');
const nfc = (name: string) => name.normalize('NFC');
const nfd = (name: string) => name.normalize('NFD');

// Made at run time, not kept as fixtures: a checkout on macOS would change the names' forms.
describe('a path typed in another Unicode form than the name on disk', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'procmap-typed-form-'));
    mkdirSync(join(dir, nfc('Thủ tục')));
    writeFileSync(join(dir, nfc('Thủ tục'), nfc('Chứng thực.yaml')), SOURCE);
    writeFileSync(join(dir, 'b.yaml'), SOURCE);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const typed = nfd('Thủ tục/Chứng thực.yaml');

  it('is the file on disk for lint and diff (they said "not found")', async () => {
    const lint = await runCli(['lint', '--lang', 'en', typed], { cwd: dir });
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain('1 file checked');
    const diff = await runCli(['diff', '--lang', 'en', typed, 'b.yaml'], { cwd: dir });
    expect(diff.stderr).toBe('');
    expect(diff.stdout).toBe('No changes\n');
    expect(diff.code).toBe(0);
  });

  it('is the file on disk typed precomposed for a name saved decomposed (the reverse)', async () => {
    rmSync(join(dir, nfc('Thủ tục')), { recursive: true });
    mkdirSync(join(dir, nfd('Thủ tục')));
    writeFileSync(join(dir, typed), SOURCE);
    const run = await runCli(['time', '--lang', 'en', nfc('Thủ tục/Chứng thực.yaml')], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('QT-ĐKKD-01');
  });

  it('is the file on disk for time, doc, flowchart and export, and their outputs go to the folder on disk', async () => {
    mkdirSync(join(dir, nfc('Đầu ra')));
    for (const args of [
      ['time', typed],
      ['doc', '--format', 'md', '-o', nfd('Đầu ra/tài liệu.md'), typed],
      ['flowchart', '--format', 'mmd', '-o', nfd('Đầu ra'), typed],
      ['export', '--format', 'bpmn', '-o', nfd('Đầu ra'), typed],
    ]) {
      const run = await runCli([args[0]!, '--lang', 'en', ...args.slice(1)], { cwd: dir });
      expect(run.stderr, args.join(' ')).toBe('');
      expect(run.code, args.join(' ')).toBe(0);
    }
    // One output folder, the one on disk: no second folder that looks the same.
    expect(readdirSync(dir).sort()).toEqual(['b.yaml', nfc('Thủ tục'), nfc('Đầu ra')].sort());
    // A new file keeps the name as typed: no entry has its letters.
    expect(readdirSync(join(dir, nfc('Đầu ra'))).sort()).toEqual(
      ['.procmap-outputs.json', 'QT-DKKD-01.bpmn', 'QT-DKKD-01.flowchart.mmd', nfd('tài liệu.md')].sort(),
    );
  });

  it('is the catalog and output folder on disk for build --out', async () => {
    mkdirSync(join(dir, nfc('Trang web')));
    const run = await runCli(['build', '--lang', 'en', '--no-pdf', nfd('Thủ tục'), '-o', nfd('Trang web')], {
      cwd: dir,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['b.yaml', nfc('Thủ tục'), nfc('Trang web')].sort());
  });

  it('is the dossier export and catalog on disk for ontime, and the record on disk for import', async () => {
    cpSync(join(ROOT, 'test/fixtures/ontime-units'), join(dir, nfc('Hồ sơ')), { recursive: true });
    const ontime = await runCli(['ontime', '--lang', 'en', '--catalog', nfd('Hồ sơ/catalog'), nfd('Hồ sơ/ho-so.csv')], {
      cwd: dir,
      now: '2026-12-01T09:00:00+07:00',
    });
    expect(ontime.stderr).toBe('');
    expect(ontime.code).toBe(0);
    // The rows are named by the file on disk.
    expect(ontime.stdout).toContain(`\n  ${nfc('Hồ sơ/ho-so.csv')}:4 HS-S3 QT-CT-03 · late`);
    cpSync(join(ROOT, 'test/fixtures/import-guard/ks.json'), join(dir, nfc('Khai sinh.json')));
    const imported = await runCli(['import', '--lang', 'en', nfd('Khai sinh.json'), '-o', nfd('Thủ tục')], {
      cwd: dir,
    });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`imported     ${nfc('Thủ tục')}/1.001193.yaml  ← ${nfc('Khai sinh.json')}`);
  });

  it('is refused, naming each, when several names in the folder have its letters in other forms', async () => {
    const mixed = nfd('Chứng') + nfc(' thực.yaml');
    writeFileSync(join(dir, nfc('Thủ tục'), mixed), SOURCE);
    const run = await runCli(['lint', '--lang', 'en', typed], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `procmap: Path "${typed}" (written decomposed (NFD, as macOS writes file names)) does not exist as typed, and 2 names in its folder have the same letters encoded otherwise: ` +
        [
          [`${nfc('Thủ tục')}/${nfc('Chứng thực.yaml')}`, 'precomposed (NFC)'],
          [`${nfc('Thủ tục')}/${mixed}`, 'partly decomposed (not NFC)'],
        ]
          .sort(([a], [b]) => (a! < b! ? -1 : 1))
          .map(([path, form]) => `"${path}" (${form})`)
          .join('; ') +
        '. Rename all but one of them, or copy the name from a listing of the folder (ls) to name one\n',
    );
    const vi = await runCli(['lint', typed], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('không tồn tại đúng như đã gõ, và trong thư mục có 2 tên');
  });

  it('still says "does not exist" of a name no entry has in any form', async () => {
    const run = await runCli(['lint', '--lang', 'en', nfd('Thủ tục/Khai sinh.yaml')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`procmap: Path "${nfc('Thủ tục')}/${nfd('Khai sinh.yaml')}" does not exist\n`);
  });
});
