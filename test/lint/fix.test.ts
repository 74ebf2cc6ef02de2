import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFixes, fixText } from '../../src/lint/fix.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const BEFORE = join(ROOT, 'test/lint/fixtures/nfd-before.yaml');

/** Every comment of a YAML text, as the text after `#` on each line that has one. */
const comments = (text: string) =>
  text.split('\n').flatMap((line) => (line.includes('#') ? [line.slice(line.indexOf('#'))] : []));

describe('applyFixes', () => {
  it('gives a scalar a new value keeping its quotes and the comment after it', async () => {
    const text = 'a: "3 ngày làm việc"   # giữ\nb: \'4 giờ\'\nc: 2 giờ # x\n';
    const fixed = applyFixes(text, [
      { path: ['a'], value: '3d' },
      { path: ['b'], value: '4h' },
      { path: ['c'], value: '2h' },
    ]);
    expect(fixed).toBe('a: "3d"   # giữ\nb: \'4h\'\nc: 2h # x\n');
  });

  it('quotes a plain value that would otherwise be read as a number, a boolean or something else than the text', () => {
    const text = 'cutoff: 15h30 # chiều\nfee: 50.000\nnote: x\nend: y\neffective: 01/07/2025\n';
    const fixed = applyFixes(text, [
      { path: ['cutoff'], value: '15:30' },
      { path: ['fee'], value: '50000' },
      { path: ['note'], value: 'a: b' },
      { path: ['end'], value: 'yes' },
      { path: ['effective'], value: '2025-07-01' },
    ]);
    expect(fixed).toBe('cutoff: "15:30" # chiều\nfee: "50000"\nnote: "a: b"\nend: "yes"\neffective: 2025-07-01\n');
    expect(parse(fixed)).toMatchObject({ cutoff: '15:30', fee: '50000', note: 'a: b', end: 'yes' });
  });

  it('keeps each line end as the file has it: LF, CRLF or a lone CR', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = ['a: "3 ngày"', 'b: 4 giờ', 'c: x', ''].join(end);
      const fixes = [
        { path: ['a'], value: '3d' },
        { path: ['b'], value: '4h' },
        { range: { line: 3, column: 4, endLine: 3, endColumn: 5 }, text: 'y' },
      ];
      expect(applyFixes(text, fixes), JSON.stringify(end)).toBe(['a: "3d"', 'b: 4h', 'c: y', ''].join(end));
    }
  });

  it("writes a value given as a block scalar on its key's line, in each line end of the file", () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = ['a: >-', '  Không quá 03 ngày', '  làm việc', 'b: |', '  4 giờ', 'c: x', ''].join(end);
      const fixes = [
        { path: ['a'], value: '3d' },
        { path: ['b'], value: '4h' },
      ];
      expect(applyFixes(text, fixes), JSON.stringify(end)).toBe(['a: 3d', 'b: 4h', 'c: x', ''].join(end));
    }
  });

  it('replaces a span of text by line and column', async () => {
    expect(applyFixes('a: 1\nb: xyz\n', [{ range: { line: 2, column: 4, endLine: 2, endColumn: 7 }, text: 'q' }])).toBe(
      'a: 1\nb: q\n',
    );
  });

  it('leaves a fix that overlaps an earlier one for the next pass', async () => {
    const text = 'a: x\n';
    const fixes = [
      { range: { line: 1, column: 1, endLine: 1, endColumn: 5 }, text: 'a: y' },
      { path: ['a'], value: 'z' },
    ];
    expect(applyFixes(text, fixes)).toBe('a: y\n');
    expect(fixText(text, fixes, (t) => (t === 'a: y\n' ? [{ path: ['a'], value: 'z' }] : []))).toEqual({
      text: 'a: z\n',
      fixed: 2,
    });
  });

  it('stops when a fix changes nothing', async () => {
    let calls = 0;
    const fixed = fixText('a: x\n', [{ path: ['a'], value: 'x' }], () => {
      calls++;
      return [{ path: ['a'], value: 'x' }];
    });
    expect([fixed, calls]).toEqual([{ text: 'a: x\n', fixed: 0 }, 0]);
  });
});

describe('procmap lint --fix (CLI)', () => {
  function copy(config?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-fix-'));
    cpSync(BEFORE, join(dir, 'chung-thuc.yaml'));
    if (config) writeFileSync(join(dir, 'procmap.config.yaml'), config);
    return dir;
  }

  it('corrects an NFD file to NFC without touching its comments or layout', async () => {
    const dir = copy();
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'chung-thuc.yaml'], { cwd: dir });
    expect(result.stderr).toBe('procmap: fixed 8 problems in chung-thuc.yaml\n');
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.code).toBe(0);
    const before = readFileSync(BEFORE, 'utf8');
    const after = readFileSync(join(dir, 'chung-thuc.yaml'), 'utf8');
    expect(after).toBe(before.normalize('NFC'));
    expect(comments(after)).toEqual(comments(before));
    await expect(after).toMatchFileSnapshot('__golden__/nfc-after.yaml');
  });

  it('also rewrites long durations when canonical-duration is on, in the same run', async () => {
    const dir = copy('rules:\n  canonical-duration: warn\n');
    const result = await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir });
    expect(result.code).toBe(0);
    const after = readFileSync(join(dir, 'chung-thuc.yaml'), 'utf8');
    expect(comments(after)).toEqual(comments(readFileSync(BEFORE, 'utf8')));
    await expect(after).toMatchFileSnapshot('__golden__/nfc-duration-after.yaml');
  });

  it('keeps a byte order mark', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'chung-thuc.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(BEFORE)]));
    expect((await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir })).code).toBe(0);
    expect([...readFileSync(join(dir, 'chung-thuc.yaml')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('fixes a file whose lines end with a lone CR, keeping them', async () => {
    const dir = copy();
    const file = join(dir, 'chung-thuc.yaml');
    const before = readFileSync(BEFORE, 'utf8').replace(/\r?\n/g, '\r');
    writeFileSync(file, before);
    const result = await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir });
    expect(result.stderr).toBe('procmap: fixed 8 problems in chung-thuc.yaml\n');
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before.normalize('NFC'));
  });

  it('writes the lines it adds in lone CRs too, in a file that ends its lines so', async () => {
    const dir = copy();
    const file = join(dir, 'draft.yaml');
    // Bodies named in the steps alone: canonical-body adds a bodies map of several lines.
    const draft =
      'id: QT-CR\rtitle: Thử\rrevision: 1\reffective: 2025-08-01\rtime_limit: 3d\rsteps:\r  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 4h }\r';
    writeFileSync(file, draft);
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  canonical-body: warn\n');
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'draft.yaml'], { cwd: dir });
    expect(result.stderr).toMatch(/^procmap: fixed \d+ problems? in draft\.yaml\n$/);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('bodies:');
    expect(fixed).not.toContain('\n');
  });

  it('--fix-dry-run prints the unified diff, writes nothing and exits 1', async () => {
    const dir = copy();
    const result = await runCli(['lint', '--lang', 'en', '--fix-dry-run', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      '--- a/chung-thuc.yaml',
      '+++ b/chung-thuc.yaml',
      '@@ -1,25 +1,25 @@',
    ]);
    await expect(result.stdout).toMatchFileSnapshot('__golden__/nfc-dry-run.diff');
    expect(readFileSync(join(dir, 'chung-thuc.yaml'), 'utf8')).toBe(readFileSync(BEFORE, 'utf8'));
  });

  it('--fix-dry-run gives a file with a byte order mark a patch git apply takes, the mark in its first line', async () => {
    const dir = copy();
    const file = join(dir, 'chung-thuc.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(BEFORE)]));
    const result = await runCli(['lint', '--lang', 'en', '--fix-dry-run', '.'], { cwd: dir });
    expect(result.stdout.split('\n')[3]!.slice(0, 2)).toMatch(/^[ -]\ufeff$/);
    writeFileSync(join(dir, 'fix.diff'), result.stdout);
    const applied = spawnSync('git', ['apply', '--unsafe-paths', '-p1', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
    expect(applied.stderr).toBe('');
    const fixed = readFileSync(file);
    expect([...fixed.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await runCli(['lint', '--lang', 'en', '--fix-dry-run', '.'], { cwd: dir })).stdout).toBe('');
  });

  it('--fix-dry-run lists on stderr the errors --fix cannot fix, and exits 1: a broken file never passes it', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'empty.yaml'), '');
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xc9, 0x00, 0xff]));
    const result = await runCli(['lint', '--lang', 'en', '--fix-dry-run', 'empty.yaml', 'binary.yaml'], { cwd: dir });
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^binary\.yaml\n {2}1:5 +error +.*parse\n\nempty\.yaml\n {2}1:1 +error +.*schema\n/);
    expect(result.code).toBe(1);
  });

  it('--fix-dry-run exits 0 with no output when there is nothing to fix', async () => {
    const dir = copy();
    expect((await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir })).code).toBe(0);
    expect(await runCli(['lint', '--lang', 'en', '--fix-dry-run', '.'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('refuses --fix with --fix-dry-run', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--fix', '--fix-dry-run', '.'], { cwd: copy() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: --fix and --fix-dry-run cannot be used together\n');
  });
});
