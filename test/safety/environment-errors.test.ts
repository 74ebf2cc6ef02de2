import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';
import { catalogOf, SITE_CATALOG, workFolder } from './helpers.js';

// Issue 14, item 15: the user's environment (a closed pipe, a full disk, permissions, a file in the way, Ctrl-C)
// gets one clear line and exit 2, never "internal error … report it" or a stack trace.
const work = workFolder('env');
chmodSync(work, 0o755);
const catalog = catalogOf(join(work, 'catalog'), 'xa/cap-ban-sao-trich-luc-ho-tich.yaml');

describe('a failing standard output', () => {
  it("on a full disk (/dev/full) is one line in the run's language and exit 2", async () => {
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [BIN, 'lint', catalog, '--format', 'json'], {
      stdio: ['ignore', full, 'pipe'],
      encoding: 'utf8',
      cwd: ROOT,
    });
    closeSync(full);
    // In the run's language: Vietnamese by default (it was English in every run), English with --lang en.
    expect(result.stderr).toBe('procmap: không ghi được ra đầu ra chuẩn: ổ đĩa đã đầy\n');
    expect(result.status).toBe(2);
    const fullEn = openSync('/dev/full', 'w');
    const english = spawnSync(process.execPath, [BIN, 'lint', catalog, '--format', 'json', '--lang', 'en'], {
      stdio: ['ignore', fullEn, 'pipe'],
      encoding: 'utf8',
      cwd: ROOT,
    });
    closeSync(fullEn);
    expect(english.stderr).toBe('procmap: cannot write to standard output: the disk is full\n');
    expect(english.status).toBe(2);
  });

  it('closed by the reader (| head) ends quietly with the command’s own exit code', async () => {
    const child = spawn(process.execPath, [BIN, 'time', catalog, '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ROOT,
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('output folders the user cannot write to', () => {
  it('-o naming an existing file', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'mine');
    const result = await runCli(['doc', catalog, '--format', 'md', '-o', file]);
    expect(result.stderr).toBe(`procmap: Không ghi được vào "${file}": đó là tệp, không phải thư mục\n`);
    expect(result.code).toBe(2);
  });

  it('-o inside a read-only folder', async () => {
    const readOnly = join(work, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    const args = [BIN, 'doc', catalog, '--format', 'md', '-o', join(readOnly, 'out'), '--lang', 'en'];
    // Permissions bind everyone but root: as root, run procmap as "nobody" so the folder is really read-only to it.
    const asUser =
      process.getuid?.() === 0
        ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args]]
        : [process.execPath, args];
    const result = spawnSync(asUser[0] as string, asUser[1] as string[], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const out = join(readOnly, 'out');
    expect(result.stderr).toBe(
      `procmap: Cannot write "${join(out, 'QT-HT-09.md')}": the folder "${readOnly}" is read-only, nothing can be written into it; choose another folder, or allow writing into it\n`,
    );
    expect(result.status).toBe(2);
  });

  it('--template naming a file, not a folder', async () => {
    const file = join(work, 'document.hbs');
    writeFileSync(file, '{{title}}');
    const asTemplate = (lang: string) =>
      runCli(['doc', catalog, '--lang', lang, '--format', 'md', '--template', file, '-o', join(work, 'out')]);
    const result = await asTemplate('en');
    expect(result.stderr).toBe(`procmap: Template folder "${file}" is a file; --template takes a folder\n`);
    expect(result.code).toBe(2);
    const vi = await asTemplate('vi');
    expect(vi.stderr).toBe(`procmap: "${file}" là một tệp; --template nhận một thư mục mẫu\n`);
  });
});

describe('Ctrl-C during a build', () => {
  it('says so in one line, exits 2, and leaves no temporary file or lock', async () => {
    const site = join(work, 'site');
    // A real process, for a real signal; the small fixture catalog, since the run stops after its first pages.
    // A temporary folder of its own, to see what the browser leaves there.
    const temp = join(work, 'tmp');
    mkdirSync(temp, { recursive: true });
    const child = spawn(process.execPath, [BIN, 'build', SITE_CATALOG, '-o', site, '--lang', 'vi'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', TMPDIR: temp },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Interrupt once the first procedure pages are written, mid-way through the build.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if ((existsSync(join(site, 'p')) && readdirSync(join(site, 'p')).length >= 1) || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGINT');
          resolve();
        }
      }, 20);
    });
    const code = await new Promise((resolve) => child.once('close', resolve));
    // In the run's language, as every other message of the run.
    expect(stderr).toBe('procmap: đã dừng (SIGINT); các tệp đã ghi xong đều trọn vẹn, lần chạy sau tiếp tục từ đó\n');
    expect(code).toBe(2);
    const names = readdirSync(site, { recursive: true }) as string[];
    expect(names.filter((name) => /procmap-tmp|\.lock$/.test(name))).toEqual([]);
    // The browser is ended and its profile removed: an exit on Ctrl-C used to leave one behind each time.
    expect(readdirSync(temp).filter((name) => name.startsWith('puppeteer'))).toEqual([]);
  }, 240_000);
});

// The three commands at the same time, each with a temporary folder and an output of its own: most of a run is its
// browser's start and the second after it, which they then wait through together.
describe.concurrent('Ctrl-C while the browser starts', () => {
  it.for<[string, string[]]>([
    ['build', ['build', SITE_CATALOG, '-o', join(work, 'starting-site'), '--no-pdf']],
    ['doc', ['doc', SITE_CATALOG, '-o', join(work, 'starting-doc'), '--format', 'md,pdf']],
    ['flowchart', ['flowchart', SITE_CATALOG, '-o', join(work, 'starting-chart'), '--format', 'svg']],
  ])(
    '%s ends the browser and removes its profile folder',
    { timeout: 120_000 },
    async ([command, args], { expect }) => {
      const temp = join(work, `tmp-${command}`);
      mkdirSync(temp, { recursive: true });
      const child = spawn(process.execPath, [BIN, ...args, '--lang', 'en'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', TMPDIR: temp },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // The first thing in the temporary folder is the browser's profile, made as it starts.
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (readdirSync(temp).length > 0 || child.exitCode !== null) {
            clearInterval(poll);
            child.kill('SIGINT');
            resolve();
          }
        }, 5);
      });
      const code = await new Promise((resolve) => child.once('close', resolve));
      // Nothing is written before the browser has started: the line says so, not that the files written are complete.
      expect(stderr).toBe('procmap: interrupted (SIGINT); no file was written\n');
      expect(code).toBe(2);
      // The launcher's own profile folder was left behind each time: it is made before procmap knows the browser.
      await new Promise((done) => setTimeout(done, 1_000));
      expect(readdirSync(temp)).toEqual([]);
      // A first build stopped before it writes leaves no folder: it was made, and locked, once the browser had started.
      if (command === 'build') expect(existsSync(join(work, 'starting-site'))).toBe(false);
    },
  );
});

// What procmap does with a "browser" that exits at once is main()'s, not the process's: in-process, as a user's run
// (the binary's start of its own browser, and Ctrl-C while it starts, are tested above). The site the later build
// stops on is built in the test file's shared browser: a spawned build launched a browser of its own for it.
describe('a PROCMAP_CHROME that starts but is no browser', () => {
  const browsers = shareBrowser();

  it('is one line naming it, exit 2, for doc as for flowchart, never "internal error … report it"', async () => {
    const doc = await runCli(
      ['doc', join(catalog, 'xa-cap-ban-sao-trich-luc-ho-tich.yaml'), '-f', 'pdf', '-o', join(work, 'no-browser')],
      { env: { PROCMAP_CHROME: '/bin/true', PROCMAP_LANG: 'en' } },
    );
    expect(doc.stderr).toMatch(
      /^procmap: The browser "\/bin\/true" stopped as it started\. Check that it runs: "\/bin\/true" --version should print its version\. Install one [^\n]+\n$/,
    );
    expect(doc.code).toBe(2);
    expect(existsSync(join(work, 'no-browser'))).toBe(false);
  }, 120_000);

  it('stops a first build before the site folder is made, and a later one before it changes the site', async () => {
    const site = join(work, 'no-browser-site');
    const build = () =>
      runCli(['build', catalog, '-o', site, '--lang', 'en'], { env: { PROCMAP_CHROME: '/bin/true' } });
    const first = await build();
    expect(first.stderr).toMatch(/^procmap: The browser "\/bin\/true" stopped as it started\. [^\n]+\n$/);
    expect(first.code).toBe(2);
    expect(existsSync(site)).toBe(false);
    // A site built with --no-pdf, then a build with PDFs: the browser is needed, fails, and the site stays as it was.
    const built = await runCli(['build', catalog, '-o', site, '--no-pdf'], { browsers });
    expect(built.code).toBe(0);
    const before = readdirSync(site, { recursive: true }).map((name) => [
      name,
      statSync(join(site, String(name))).mtimeMs,
    ]);
    const later = await build();
    expect(later.code).toBe(2);
    expect(
      readdirSync(site, { recursive: true }).map((name) => [name, statSync(join(site, String(name))).mtimeMs]),
    ).toEqual(before);
  }, 120_000);
});
