import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, procmap, ROOT, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { VERSION } from '../../src/version.js';

// The few things only a real process shows: bin/procmap.js turning main()'s result into the exit code, the start-up
// bundle loading from its code cache (bin/load-cli.cjs), and lint's worker threads (started from dist/bundle/lint-worker.js). Everything else a command does
// is tested in-process (test/helpers/run-cli.ts); pipes, a full disk and Ctrl-C in test/safety/environment-errors.
describe('the procmap binary', () => {
  it('starts from the bundle and prints its version, exit 0', () => {
    const result = procmap(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  // bin/load-cli.cjs sets a V8 flag through process.binding, silencing that call's deprecation warning: with Node's
  // deprecation options too it says nothing more and lints as without them (--no-deprecation makes the setting it
  // silences by read-only, which once threw).
  it.each([['--no-deprecation'], ['--pending-deprecation', '--throw-deprecation'], ['--trace-deprecation']])(
    'starts under node %s as without it',
    (...options) => {
      const args = ['bin/procmap.js', 'lint', '--lang', 'en', 'test/fixtures/broken/tabs.yaml'];
      const plain = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
      const result = spawnSync(process.execPath, [...options, ...args], { cwd: ROOT, encoding: 'utf8' });
      expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        code: 1,
        stdout: plain.stdout,
        stderr: '',
      });
      expect(plain.stdout).toContain('tabs.yaml');
    },
  );

  it('exits 1 when the input has problems', () => {
    const result = procmap(['lint', '--lang', 'en', 'test/fixtures/broken/tabs.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('tabs.yaml');
    expect(result.stderr).toBe('');
  });

  it('exits 2 when it cannot run, with one line and no stack trace', () => {
    const result = procmap(['lint', '--lang', 'en', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: Path "no/such/folder" does not exist\n');
    expect(result.stdout).toBe('');
  });
});

/**
 * procmap() without blocking this process (the binary spawned, in the repository root, without colours), so that a
 * spawned run and in-process work, or two spawned runs, go on at once on a machine's cores.
 */
function procmapSpawned(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** The file the start-up tests lint. */
const FILE = 'test/rules/fixtures/known-body/invalid-unknown.yaml';

/**
 * Loads a start-up bundle as bin/procmap.js does (`options`: loadCli's, as source text: the bundle and the code cache)
 * and runs procmap with `argv`, by default a lint of one file.
 */
function runThroughLoader(
  options: string,
  argv: readonly string[] = ['lint', '--lang', 'en', FILE],
): { code: number; rejected: boolean | null; out: string } {
  const script = `
const { Writable } = require('node:stream');
const { loadCli } = require('./bin/load-cli.cjs');
const { cli, script } = loadCli(${options});
let out = '';
const sink = new Writable({ write: (chunk, _encoding, done) => { out += chunk; done(); } });
const io = { stdout: sink, stderr: sink, cwd: process.cwd(), env: {} };
cli.main(${JSON.stringify(argv)}, io)
  .then((code) => process.stdout.write(JSON.stringify({ code, rejected: script.cachedDataRejected ?? null, out })));`;
  const result = spawnSync(process.execPath, ['--input-type=commonjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { code: number; rejected: boolean | null; out: string };
}

describe('the start-up bundle and its code cache', () => {
  // What the binary itself prints for the same file: run once for the file, not while vitest collects the tests.
  let expected: RunResult;
  beforeAll(() => {
    expected = procmap(['lint', '--lang', 'en', FILE]);
  });

  it.each(['main', 'lint'])(
    'starts the %s bundle from the code cache the build made, which this Node accepts',
    (bundle) => {
      const run = runThroughLoader(`{ bundle: '${bundle}' }`);
      expect(run).toEqual({ code: 1, rejected: false, out: expected.stdout });
      expect(run.out).toContain('known-body');
    },
  );

  it('runs the same from source when V8 rejects the cache (another Node) or there is none', () => {
    expect(runThroughLoader("{ cache: Buffer.from('not a code cache') }")).toEqual({
      code: 1,
      rejected: true,
      out: expected.stdout,
    });
    expect(runThroughLoader('{ cache: false }')).toEqual({ code: 1, rejected: null, out: expected.stdout });
  });

  it("runs a lint from lint's own bundle, chosen by the word main.ts chooses the command by", () => {
    const require = createRequire(import.meta.url);
    const { bundleFor } = require(join(ROOT, 'bin/load-cli.cjs')) as { bundleFor: (argv: string[]) => string };
    expect(bundleFor(['lint', '--format', 'json', 'procedures'])).toBe('lint');
    expect(bundleFor(['--no-color', 'lint', '--help'])).toBe('lint');
    // A value after a root option, `help lint`, another command, or none: the bundle with every command.
    for (const argv of [['--lang', 'en', 'lint'], ['help', 'lint'], ['time', 'lint'], [], ['--version']])
      expect(bundleFor(argv)).toBe('main');
    // Its help is the one the bundle with every command prints.
    const help = ['lint', '--help', '--lang', 'en'];
    expect(runThroughLoader("{ bundle: 'lint' }", help)).toEqual(runThroughLoader("{ bundle: 'main' }", help));
  });

  // The build rewrites the bundles' Vietnamese patterns as ASCII escapes: what they read must not change.
  it.each([
    [
      'lint',
      ['lint', '--lang', 'vi', '--format', 'json', 'procedures', 'test/rules/fixtures', 'test/lenient/fixtures'],
    ],
    ['time', ['time', '--lang', 'vi', 'procedures/xa', '--received', 'lúc 16 giờ 30, thứ Sáu ngày 13/02/2026']],
  ])(
    '%s reports from its bundle exactly what the sources report',
    async (_, args) => {
      const env = { PROCMAP_LINT_WORKERS: '0' };
      // The spawned run goes on while the sources run in this process: two cores, each busy with one.
      const [bundled, sources] = await Promise.all([procmapSpawned(args, env), runCli(args, { env })]);
      expect(bundled.stdout.length).toBeGreaterThan(1000);
      expect(bundled).toEqual(sources);
      // Two lints of about 700 files, one spawned: 75 s at load 20 here, past the project's 60 s.
    },
    180_000,
  );

  it('are ASCII, as bin/load-cli.cjs reads them (latin1)', () => {
    for (const name of ['main.cjs', 'lint.cjs', 'lint-worker.js']) {
      const bytes = readFileSync(join(ROOT, 'dist/bundle', name));
      expect(bytes.length).toBeGreaterThan(100_000);
      expect(bytes.findIndex((byte) => byte >= 0x80)).toBe(-1);
    }
  });

  it('says it is a bug, with no stack trace, when the lint bundle is asked for another command', () => {
    const run = runThroughLoader("{ bundle: 'lint' }", [
      'time',
      '--lang',
      'en',
      'procedures/xa/chung-thuc-ban-sao.yaml',
    ]);
    expect(run.code).toBe(2);
    expect(run.out).toContain('the lint bundle holds no ./commands/time.js');
    expect(run.out).toContain('report');
    expect(run.out).not.toMatch(/\n\s+at /);
  });

  it('lints one file without loading worker threads or the ES module loader, which only large catalogs need', () => {
    // Together they added 5–13 % to a one-file lint (docs/performance.md, lint fourth round).
    const script = `process.argv = [process.argv[0], 'bin/procmap.js', 'lint', '--lang', 'en', ${JSON.stringify(FILE)}];
process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList)));
require('./bin/procmap.js');`;
    const result = spawnSync(process.execPath, ['--input-type=commonjs', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stdout).toBe(expected.stdout);
    const loaded = JSON.parse(result.stderr) as string[];
    expect(loaded).toContain('NativeModule fs');
    expect(loaded).not.toContain('NativeModule worker_threads');
    expect(loaded).not.toContain('NativeModule internal/modules/esm/module_job');
    // chalk's colour detection is left out of the bundle: procmap gives each Chalk its level.
    expect(loaded).not.toContain('NativeModule tty');
    // Its one line goes to the pipe without Node's stream and socket modules (src/node/standard-stream.ts).
    expect(loaded).not.toContain('NativeModule net');
    expect(loaded).not.toContain('NativeModule stream');
  });

  it('ends its output quietly when the reader has gone (| true), keeping its own exit code', () => {
    const result = spawnSync('bash', ['-c', `node bin/procmap.js rules | true; echo "\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('0');
  });

  it("loads the packages kept outside the bundle when a command needs them (exceljs, bpmn-moddle's export)", async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-binary-'));
    const procedure = 'procedures/xa/chung-thuc-ban-sao.yaml';
    // Three runs that do not depend on one another, spawned at once; the import reads the Word document back after.
    const [xlsx, bpmn, docx] = await Promise.all([
      procmapSpawned(['export', '--lang', 'en', 'procedures', '-o', join(out, 'catalog.xlsx')]),
      procmapSpawned(['export', '--lang', 'en', '--format', 'bpmn', 'procedures', '-o', join(out, 'bpmn')]),
      procmapSpawned(['doc', '--format', 'docx', procedure, '-o', join(out, 'docx')]),
    ]);
    expect(xlsx.stderr).toBe('');
    expect(xlsx.code).toBe(0);
    expect(readFileSync(join(out, 'catalog.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bpmn.stderr).toBe('');
    expect(bpmn.code).toBe(0);
    expect(readdirSync(join(out, 'bpmn')).filter((name) => name.endsWith('.bpmn')).length).toBeGreaterThan(10);
    // jszip and saxes read Word documents back.
    expect(docx.code).toBe(0);
    const [document] = readdirSync(join(out, 'docx')).filter((name) => name.endsWith('.docx'));
    const back = procmap(['import', '--lang', 'en', join(out, 'docx', document!), '-o', join(out, 'back')]);
    expect(back.stderr).toBe('');
    expect(back.stdout).toContain('1 imported, 0 skipped');
  });
});

describe('dist/, module by module', () => {
  // The benchmarks and scripts/setup-system.mjs import it as it is; a JSON import that lost its `type` attribute
  // once stopped `npm run bench`.
  it('loads in plain Node, every module', () => {
    const modules = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' })
      // The worker thread's entry runs on import; the bundle has its own test above.
      .filter((file) => file.endsWith('.js') && !file.startsWith('bundle') && file !== join('lint', 'worker.js'))
      .map((file) => `./dist/${file}`);
    expect(modules.length).toBeGreaterThan(100);
    const script = `for (const m of ${JSON.stringify(modules)}) await import(m);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('procmap lint with worker threads', () => {
  it('reports exactly what a single thread reports, catalog rules, unreadable files and column mappings included', async () => {
    // The column mapping (cot.yaml) is told by each thread's loader, and noted in the walk's order all the same.
    const paths = [
      'test/fixtures/broken',
      'test/hostile/files',
      'procedures',
      'test/rules/fixtures/unique-id',
      'test/cli/fixtures/mapping-beside',
    ];
    const args = ['lint', '--lang', 'en', '--format', 'json', ...paths];
    const [single, threaded] = await Promise.all([
      procmapSpawned(args, { PROCMAP_LINT_WORKERS: '0' }),
      procmapSpawned(args, { PROCMAP_LINT_WORKERS: '2' }),
    ]);
    expect(threaded.code).toBe(single.code);
    expect(threaded.stderr).toBe(single.stderr);
    expect(threaded.stdout).toBe(single.stdout);
    expect(JSON.parse(single.stdout).diagnostics.some((d: { rule: string }) => d.rule === 'unique-id')).toBe(true);
    expect(threaded.stderr).toContain('skipped "test/cli/fixtures/mapping-beside/cot.yaml": it is a column mapping');
  });

  it("lints each catalog's files with its own configuration in a worker", async () => {
    // The worker alone takes chunks here (the main thread takes none), so what it reports is its own: one file per
    // chunk, one catalog per file, each with its own hours per day.
    const { startLintWorkers } = await import(`${ROOT}/dist/lint/parallel.js`);
    const paths = ['test/fixtures/days-and-hours/ngay-6-gio', 'test/fixtures/days-and-hours/ngay-8-5-gio'];
    const files = paths.flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => join(ROOT, dir, name)),
    );
    const task = { files, taken: new SharedArrayBuffer(4), config: undefined, near: join(ROOT, paths[0]!), cwd: ROOT };
    // Days since 1970-01-01: 2026-12-07.
    const [result] = await startLintWorkers(1, { ...task, lang: 'en', today: 20_794 });
    const chunks = (await result) as { index: number; pass: { diagnostics: { file: string; message: string }[] } }[];
    // 50 files a chunk: these few files are one chunk, taken once.
    expect(chunks.map((chunk) => chunk.index)).toEqual([0]);
    const messages = chunks[0]!.pass.diagnostics.map((d) => `${d.file}: ${d.message}`);
    expect(
      messages.some(
        (m) =>
          m.includes('ngay-6-gio') &&
          m.includes('e.g. "9h" (working hours) or "1.5d", if a working day is 6 working hours'),
      ),
    ).toBe(true);
    expect(
      messages.some(
        (m) =>
          m.includes('ngay-8-5-gio') &&
          m.includes('e.g. "12.5h" (working hours), if a working day is 8.5 working hours'),
      ),
    ).toBe(true);
  });
});

// Only one stream carrying both shows their order, as a terminal does: in-process runs keep them apart.
describe('notes about the run, on a terminal that shows both streams', () => {
  it('says a misnamed configuration above the catalog before the report, not below its summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-misnamed-order-'));
    mkdirSync(join(dir, 'work', 'procedures'), { recursive: true });
    cpSync(join(ROOT, 'test/lenient/fixtures/accepted-draft.yaml'), join(dir, 'work', 'procedures', 'draft.yaml'));
    writeFileSync(join(dir, 'procmap.yaml'), 'lang: en\n');
    const both = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" lint procedures --lang en 2>&1`], {
      cwd: join(dir, 'work'),
      encoding: 'utf8',
      env: { ...process.env, PROCMAP_LANG: undefined, NO_COLOR: '1' },
    });
    // Before: the summary line came first and the note last.
    expect([both.status, both.stderr, both.stdout]).toEqual([
      0,
      '',
      `procmap: note: "${join(dir, 'procmap.yaml')}" is not read: it stands above this catalog's folder, and procmap reads its configuration only from procmap.config.yaml; if it is meant for this catalog, move it into the catalog's folder under that name\n✔ 1 file checked, no problems\n`,
    ]);
  });
});
