import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procmapAsync, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { catalogOf, workFolder } from './helpers.js';

// Issue 14, item 7: reads take at most the limit plus one byte, from regular files only; a FIFO never hangs a run.
const work = workFolder('reads');

// A run that would read /dev/zero to its end or block on a FIFO is spawned and killed here, and then fails the test
// (in this process it could not be stopped); runs that read only regular files go in-process, through runCli. The
// spawned runs of one describe run at the same time (it.concurrent), each in its own process and folder; in-process
// runs never overlap.
// Only a hang is caught (several runs share the machine at once), never a measure of speed.
const quick = { timeout: 45_000 };

function catalogWith(name: string, add: (dir: string) => void): string {
  const dir = catalogOf(join(work, name), 'xa/cap-ban-sao-trich-luc-ho-tich.yaml');
  add(dir);
  return dir;
}

// The run past the ceiling of dossiers (below) reads 15 MB of JSON for seconds: started with the file, in a process of
// its own, and awaited in its test, so that the other tests run meanwhile instead of before or after it.
const ceiling = {
  file: join(work, 'ho-so-5000001.json'),
  catalog: '',
  run: Promise.resolve<RunResult | undefined>(undefined),
};
beforeAll(() => {
  // Before: no ceiling for JSON; the list was read to its end, every dossier held in the ledger. 15 MB of empty
  // objects: the ceiling is met before any column is looked for.
  writeFileSync(ceiling.file, `[${'{},'.repeat(5_000_000)}{}]`);
  ceiling.catalog = catalogWith('json-ceiling', () => undefined);
  ceiling.run = procmapAsync(
    ['ontime', ceiling.file, '--catalog', ceiling.catalog, '--as-of', '2026-05-08', '--lang', 'en'],
    { timeout: 50_000 },
  );
});
// Nothing of the file outlives it, even when that test is left out (-t).
afterAll(() => ceiling.run);

describe('reads within limits, regular files only', () => {
  it.concurrent('reports a catalog link to /dev/zero as not a file, and checks the others', async () => {
    const dir = catalogWith('zero', (d) => symlinkSync('/dev/zero', join(d, 'zero.yaml')));
    const result = await procmapAsync(['lint', dir, '--lang', 'en'], quick);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      `${join(dir, 'zero.yaml')}\n  1:1  error  Cannot read: Not a regular file (a device, pipe or socket); procmap reads only files  parse`,
    );
    expect(result.stdout).toMatch(/1 problem \(1 error, 0 warnings\)\n$/);
  });

  it.concurrent('never hangs on a FIFO in the catalog', async () => {
    const dir = catalogWith('fifo', (d) => execFileSync('mkfifo', [join(d, 'pipe.yaml')]));
    const result = await procmapAsync(['lint', dir, '--lang', 'en'], quick);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Cannot read: Not a regular file');
  });

  it.concurrent('refuses a procmap.config.yaml that links to /dev/zero, with its own message', async () => {
    const dir = catalogWith('config-zero', (d) => symlinkSync('/dev/zero', join(d, 'procmap.config.yaml')));
    const result = await procmapAsync(['lint', dir, '--lang', 'en'], quick);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: Cannot read configuration file "${join(dir, 'procmap.config.yaml')}": Not a regular file (a device, pipe or socket); procmap reads only files\n`,
    );
  });

  it.concurrent('refuses --config /dev/zero and --calendar from a FIFO', async () => {
    const dir = catalogWith('flags', () => undefined);
    const config = await procmapAsync(['lint', dir, '--config', '/dev/zero'], quick);
    expect(config.code).toBe(2);
    expect(config.stderr).toBe(
      'procmap: Không đọc được tệp cấu hình "/dev/zero": Không phải tệp thông thường (thiết bị, ống dẫn hay socket); procmap chỉ đọc tệp\n',
    );
    const fifo = join(work, 'calendar.fifo');
    execFileSync('mkfifo', [fifo]);
    const calendar = await procmapAsync(['time', dir, '--calendar', fifo, '--lang', 'en'], quick);
    expect(calendar.code).toBe(2);
    expect(calendar.stderr).toMatch(/^procmap: Cannot read calendar file ".*calendar\.fifo": Not a regular file/);
  });

  it('refuses a configuration or calendar file over its limit, saying so', async () => {
    const dir = catalogWith('big', (d) =>
      writeFileSync(join(d, 'procmap.config.yaml'), `# ${'x'.repeat(300 * 1024)}\n`),
    );
    const result = await runCli(['lint', dir, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: The configuration file "${join(dir, 'procmap.config.yaml')}" is larger than 256 KiB; a configuration file is a few kilobytes\n`,
    );
    const calendar = join(work, 'calendar.yaml');
    writeFileSync(calendar, `# ${'x'.repeat(300 * 1024)}\n`);
    const plain = catalogWith('big-calendar', () => undefined);
    const time = await runCli(['time', plain, '--calendar', calendar]);
    expect(time.stderr).toBe(
      `procmap: Tệp lịch làm việc "${calendar}" lớn hơn 256 KiB; tệp lịch làm việc chỉ vài kilobyte\n`,
    );
    expect(time.code).toBe(2);
  });

  it('refuses a template that is a device or a folder', async () => {
    const dir = catalogWith('tpl', () => undefined);
    const templates = join(work, 'templates');
    mkdirSync(join(templates, 'markdown.hbs'), { recursive: true });
    const result = await runCli(['doc', dir, '--format', 'md', '--template', templates, '-o', join(work, 'tpl-out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: Mẫu tài liệu "${join(templates, 'markdown.hbs')}" là một thư mục; mẫu phải là một tệp văn bản\n`,
    );
  });
});

// Issue 14, item 13: a configuration cannot make matching file names take seconds per file.
describe('ontime reads a JSON export within its ceiling of rows', () => {
  it('refuses a list of more than 5,000,000 dossiers at the first one past it, as CSV is refused', async () => {
    const { file } = ceiling;
    const result = (await ceiling.run)!;
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${file}:1:15000002: the file has more than 5,000,000 rows; procmap reads a dossier file of up to 5,000,000 rows: export it by period (a file per quarter or month) and measure each in a run of its own\n` +
        `procmap: no report written: the dossier file "${file}" could not be read (see above), and a report without its dossiers would give wrong figures. Fix it, or leave it out of the command, and run again\n`,
    );
    // A refused file leaves no report of the others (or of nothing).
    expect(result.stdout).toBe('');
  });
});

describe('override patterns', () => {
  it('refuses a pattern with too many "*" in one name, quickly and with its place', async () => {
    const dir = catalogWith('glob', (d) => {
      writeFileSync(join(d, `${'a'.repeat(200)}.yaml`), 'id: QT-A\n');
      writeFileSync(
        join(d, 'procmap.config.yaml'),
        "overrides:\n  - files: '**/*a*a*a*a*b'\n    rules: { nfc: off }\n",
      );
    });
    const result = await procmapAsync(['lint', dir, '--lang', 'en'], quick);
    expect(result.stderr).toBe(
      `procmap: Invalid configuration:\n${join(dir, 'procmap.config.yaml')}:2:12: The pattern "**/*a*a*a*a*b" has 5 "*" in one name; use at most 3 (e.g. "procedures/tinh/**/*.yaml"), or list the files\n`,
    );
    expect(result.code).toBe(2);
  });

  it('accepts the patterns officers write', async () => {
    const dir = catalogWith('glob-ok', (d) =>
      writeFileSync(
        join(d, 'procmap.config.yaml'),
        "overrides:\n  - files: ['**/*.yaml', 'xa/**', '*-ho-tich-*.yaml', '**/cap-*-*.y?(a)ml']\n    rules: { nfc: off }\n",
      ),
    );
    expect((await runCli(['lint', dir])).code).toBe(0);
  });
});
