import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';
import { treeHashes } from '../helpers/tree-hashes.js';

const CATALOG = fileURLToPath(new URL('../diff/catalog/base', import.meta.url));
const FROM = 'procedures/xa/trich-luc-khai-tu.yaml';

/** A repository of the diff catalog with `extra` files beside it, committed; `change` then edits the working tree. */
function repository(scratch: string, name: string, extra: (repo: string) => void, change: (repo: string) => void) {
  const repo = join(scratch, name);
  mkdirSync(repo);
  git(['init', '-q', '-b', 'main'], repo);
  cpSync(CATALOG, join(repo, 'procedures'), { recursive: true });
  extra(repo);
  git(['add', '-A'], repo);
  git(['commit', '-q', '-m', 'ban hành'], repo, '2026-09-01T09:00:00+07:00');
  change(repo);
  return repo;
}

/** Raises the limit of a procedure file from 3 to 5 working days. */
function raise(path: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(/^time_limit: 3d$/m);
  writeFileSync(path, text.replace(/^time_limit: 3d$/m, 'time_limit: 5d'));
}

// The moved file was looked for in every file of the revision gone since, those of a folder `ignores:` skips too: a
// test copy of the procedure made the search ambiguous (the raise passed as "added"), and a test file with a new
// procedure's id was taken for where it had been ("chuyển từ HEAD:test/…").
describe('procmap diff --since on moved files, with ignores: in the configuration', () => {
  let scratch: string;
  let repo: string;
  const TO = 'procedures/tinh/khai-tu.yaml';
  const NEW = 'procedures/tinh/moi.yaml';

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-moved-ignores-'));
    repo = repository(
      scratch,
      'repo',
      (r) => {
        writeFileSync(join(r, 'procmap.config.yaml'), 'ignores:\n  - test\n');
        mkdirSync(join(r, 'test'));
        cpSync(join(r, FROM), join(r, 'test/khai-tu-ban-sao.yaml'));
        const copy = readFileSync(join(r, FROM), 'utf8').replace(/^id: QT-HT-11$/m, 'id: QT-HT-99');
        writeFileSync(join(r, 'test/moi.yaml'), copy);
      },
      (r) => {
        git(['mv', FROM, TO], r);
        raise(join(r, TO));
        git(['rm', '-q', '-r', 'test'], r);
        writeFileSync(join(r, NEW), readFileSync(join(r, TO), 'utf8').replace(/^id: QT-HT-11$/m, 'id: QT-HT-99'));
      },
    );
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds the moved file past a test copy of it in an ignored folder', async () => {
    const before = treeHashes(repo);
    const result = await runCli(['diff', '--since', 'HEAD', TO, '--fail-on', 'breaking'], { cwd: repo });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toContain(`(${TO}, chuyển từ HEAD:${FROM})`);
    expect(result.stdout).toMatch(/nghiêm trọng +Thời hạn giải quyết: 3 ngày làm việc → 5 ngày làm việc/);
    expect(treeHashes(repo)).toEqual(before);
  });

  it('never takes a file of an ignored folder for where a new procedure was', async () => {
    const result = await runCli(['diff', '--since', 'HEAD', NEW, '--lang', 'en'], { cwd: repo });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Procedure added');
    expect(result.stdout).not.toContain('moved from');
  });
});

// A folder new since the revision was compared with nothing: every procedure moved into it read as added, a raised
// limit among them too, where naming its files one by one found each where it had been.
describe('procmap diff on a folder of files moved since the revision', () => {
  let scratch: string;
  let whole: string;
  let into: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-moved-folder-'));
    // The whole `xa` folder moved to a new `huyen` folder, one of its limits raised.
    whole = repository(
      scratch,
      'whole',
      () => {},
      (r) => {
        git(['mv', 'procedures/xa', 'procedures/huyen'], r);
        raise(join(r, 'procedures/huyen/trich-luc-khai-tu.yaml'));
      },
    );
    // One file moved into a folder that was there: `tinh`.
    into = repository(
      scratch,
      'into',
      () => {},
      (r) => {
        git(['mv', FROM, 'procedures/tinh/khai-tu.yaml'], r);
        raise(join(r, 'procedures/tinh/khai-tu.yaml'));
      },
    );
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** The changes of a JSON report, each by its kind, level, procedure and where it was moved from. */
  async function changes(args: string[], cwd: string) {
    const result = await runCli(['diff', '--format', 'json', ...args], { cwd });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const { changes: list } = JSON.parse(result.stdout) as { changes: Record<string, unknown>[] };
    return list.map(({ kind, level, procedure, movedFrom }) => ({ kind, level, procedure, movedFrom }));
  }

  it('compares a new folder as its files named one by one', async () => {
    const folder = await changes(['--since', 'HEAD', 'procedures/huyen/'], whole);
    const files = await changes(
      ['--since', 'HEAD', 'procedures/huyen/trich-luc-ho-tich.yaml', 'procedures/huyen/trich-luc-khai-tu.yaml'],
      whole,
    );
    expect(folder).toEqual(files);
    expect(folder).toContainEqual({
      kind: 'time-limit-changed',
      level: 'breaking',
      procedure: 'QT-HT-11',
      movedFrom: `HEAD:${FROM}`,
    });
    expect(folder.map(({ kind }) => kind)).not.toContain('procedure-added');
  });

  it('fails the gate on the raised limit, and says where from in text and Markdown', async () => {
    const text = await runCli(['diff', '--since', 'HEAD', 'procedures/huyen', '--fail-on', 'breaking'], { cwd: whole });
    expect({ code: text.code, stderr: text.stderr }).toEqual({ code: 1, stderr: '' });
    expect(text.stdout).toContain(`(procedures/huyen/trich-luc-khai-tu.yaml, chuyển từ HEAD:${FROM})`);
    expect(text.stdout).not.toContain('Thêm quy trình');
    const markdown = await runCli(['diff', '--since', 'HEAD', 'procedures/huyen', '-f', 'markdown'], { cwd: whole });
    expect(markdown.stdout).toContain(`\`QT-HT-11\` (chuyển từ HEAD:${FROM})`);
  });

  it('does the same for two sides naming the new folder, at the revision and on disk', async () => {
    const pair = await changes(['HEAD:procedures/huyen', 'procedures/huyen'], whole);
    expect(pair).toEqual(await changes(['--since', 'HEAD', 'procedures/huyen'], whole));
    expect(pair).toContainEqual(expect.objectContaining({ level: 'breaking', movedFrom: `HEAD:${FROM}` }));
  });

  it('finds a file moved into a folder that was there, as named alone', async () => {
    const folder = await changes(['--since', 'HEAD', 'procedures/tinh'], into);
    expect(folder).toEqual(await changes(['--since', 'HEAD', 'procedures/tinh/khai-tu.yaml'], into));
    expect(folder).toContainEqual(
      expect.objectContaining({ kind: 'time-limit-changed', level: 'breaking', movedFrom: `HEAD:${FROM}` }),
    );
  });

  // The new folder's own path at the revision holds no file, and was asked for its configuration all the same: the
  // defaults there against the moved folder's own configuration read as "two configurations", and a note said the
  // base's could not be used.
  it('judges a folder moved with its own configuration by that configuration, with no note', async () => {
    const configured = repository(
      scratch,
      'configured',
      (r) =>
        writeFileSync(join(r, 'procedures/xa/procmap.config.yaml'), 'calendar:\n  hours: "07:30-11:30, 13:00-17:00"\n'),
      (r) => {
        git(['mv', 'procedures/xa', 'procedures/huyen'], r);
        raise(join(r, 'procedures/huyen/trich-luc-khai-tu.yaml'));
      },
    );
    const result = await runCli(['diff', '--since', 'HEAD', 'procedures/huyen', '--fail-on', 'breaking'], {
      cwd: configured,
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toContain(`chuyển từ HEAD:${FROM}`);
  });

  it('says nothing moved where the folder named holds both places', async () => {
    const all = await changes(['--since', 'HEAD', 'procedures'], into);
    expect(all.map(({ movedFrom }) => movedFrom)).toEqual(all.map(() => undefined));
    expect(all).toContainEqual(expect.objectContaining({ kind: 'time-limit-changed', level: 'breaking' }));
  });
});
