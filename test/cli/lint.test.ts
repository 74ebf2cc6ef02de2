import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// The tests must not inherit a language from the machine that runs them.
const NO_LANG = { PROCMAP_LANG: undefined };

describe('procmap lint (CLI)', () => {
  it('exits 2 with a clear message for a path that does not exist', async () => {
    const result = await runCli(['lint', '--lang', 'en', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: Path "no/such/folder" does not exist\n');
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown option', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--bogus'");
  });

  it('says how to name a file that starts with "-" when a short option takes the rest of it as its value', async () => {
    // -r is time's --received: commander took "f.yaml" for the moment and then missed the file, with no hint.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-dash-'));
    copyFileSync(join(ROOT, 'test/render/document/fixtures/minimal.yaml'), join(dir, '-rf.yaml'));
    expect(await runCli(['time', '-rf.yaml', '--lang', 'en'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: "-rf.yaml" is read as options; to name a file that starts with "-", write ./-rf.yaml or put -- before it\n(run with --help for usage)\n',
    });
    // Without such a file the argument is missing, and commander's message stands.
    expect((await runCli(['time', '--lang', 'en'], { cwd: dir })).stderr).toBe(
      "error: missing required argument 'paths'\n(run with --help for usage)\n",
    );
  });

  it('says how to name a file that starts with "-", which commander reads as options', async () => {
    // -q is --quiet: commander takes "-quy trình.yaml" for -q and "-uy trình.yaml", and named only the rest.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-dash-'));
    copyFileSync(join(ROOT, 'test/render/document/fixtures/minimal.yaml'), join(dir, '-quy trình.yaml'));
    copyFileSync(join(ROOT, 'test/render/document/fixtures/minimal.yaml'), join(dir, '-thủ tục.yaml'));
    expect(await runCli(['lint', '-quy trình.yaml'], { cwd: dir, env: NO_LANG })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'lỗi: "-quy trình.yaml" được hiểu là các tùy chọn; để chỉ một tệp có tên bắt đầu bằng "-", hãy viết ./-quy trình.yaml hoặc đặt -- trước tên tệp\n(chạy với --help để xem cách dùng)\n',
    });
    expect(await runCli(['lint', '--lang', 'en', '-thủ tục.yaml'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: "-thủ tục.yaml" is read as options; to name a file that starts with "-", write ./-thủ tục.yaml or put -- before it\n(run with --help for usage)\n',
    });
    // Written either way, the file is linted (the fixture's one error is found in it).
    for (const named of [['./-quy trình.yaml'], ['--', '-quy trình.yaml']]) {
      const linted = await runCli(['lint', ...named], { cwd: dir, env: NO_LANG });
      expect(linted.stderr, named.join(' ')).toBe('');
      expect(linted.stdout, named.join(' ')).toMatch(/^-quy trình\.yaml\n/);
    }
    // No such file: the option is a mistyped one, and commander's message stands.
    const typo = await runCli(['lint', '-quy.yaml'], { cwd: dir, env: NO_LANG });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("lỗi: không có tùy chọn '-uy.yaml'\n(chạy với --help để xem cách dùng)\n");
  });

  it('gives the same hint for a file that starts with "-" among others, in every command, and writes nothing', async () => {
    // With another file, commander misses no argument: `time -rf.yaml other.yaml` timed other.yaml after refusing
    // "f.yaml" as --received, `lint -of.yaml other.yaml` wrote its report to f.yaml, `time -ff.yaml` refused a format.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-dash-'));
    const minimal = join(ROOT, 'test/render/document/fixtures/minimal.yaml');
    for (const name of ['-rf.yaml', '-of.yaml', '-ff.yaml', 'other.yaml']) copyFileSync(minimal, join(dir, name));
    const runs = [
      ['time', '-rf.yaml', 'other.yaml'],
      ['time', 'other.yaml', '-rf.yaml'],
      ['time', '-ff.yaml', 'other.yaml'],
      ['lint', '-of.yaml', 'other.yaml'],
      ['lint', '-ff.yaml', 'other.yaml'],
      ['doc', '-of.yaml', 'other.yaml'],
      ['flowchart', '-of.yaml', 'other.yaml'],
      ['diff', 'other.yaml', '-rf.yaml'],
      ['export', '-of.yaml', 'other.yaml'],
    ];
    for (const args of runs) {
      const dashed = args.find((arg) => arg.startsWith('-'))!;
      expect(await runCli([...args, '--lang', 'en'], { cwd: dir }), args.join(' ')).toEqual({
        code: 2,
        stdout: '',
        stderr: `error: "${dashed}" is read as options; to name a file that starts with "-", write ./${dashed} or put -- before it\n(run with --help for usage)\n`,
      });
    }
    expect(readdirSync(dir).sort()).toEqual(['-ff.yaml', '-of.yaml', '-rf.yaml', 'other.yaml']);
    // Named as a path, or after --, or as the value of an option that takes one, it is no option.
    expect((await runCli(['time', './-rf.yaml', 'other.yaml', '--lang', 'en'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['time', '--lang', 'en', '--', '-rf.yaml', 'other.yaml'], { cwd: dir })).code).toBe(0);
    const output = await runCli(['lint', '-o', '-of.yaml', 'other.yaml', '--lang', 'en'], { cwd: dir });
    expect(output.stderr).not.toContain('is read as options');
  });
});
