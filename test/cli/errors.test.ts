import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/node/io.js';
import { ROOT } from '../helpers/cli.js';

// A browser session whose drawing has a bug of procmap's own (not the browser failing): the real trace must reach
// the user with --debug, and the "report it" line without; before, flowchart turned it into "the browser failed".
vi.mock('../../src/render/diagram-renderer.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/render/diagram-renderer.js')>();
  const session = {
    renderMermaid: async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'lanes')");
    },
    close: async () => undefined,
  };
  return { ...actual, BrowserSession: { open: async () => session } };
});

const PROCEDURE = 'test/render/fixtures/flowchart/parallel-join.yaml';

/** An Io collecting both streams; PROCMAP_CHROME names an executable so the (fake) browser is "found". */
function collect(): { io: Io; stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  const stream = (write: (text: string) => boolean) => ({ write, isTTY: false }) as unknown as NodeJS.WriteStream;
  const io: Io = {
    stdout: stream((text) => ((out += text), true)),
    stderr: stream((text) => ((err += text), true)),
    cwd: ROOT,
    env: { PROCMAP_CHROME: process.execPath },
  };
  return { io, stdout: () => out, stderr: () => err };
}

const outDir = () => mkdtempSync(join(tmpdir(), 'procmap-errors-'));

describe('a bug while drawing a flowchart', () => {
  it('is an internal error with the report line, exit 2, no trace and no charts', async () => {
    const { io, stdout, stderr } = collect();
    const out = outDir();
    expect(await main(['flowchart', '--lang', 'en', PROCEDURE, '--format', 'svg', '-o', out], io)).toBe(2);
    expect(stderr()).toBe(
      "procmap: internal error: Cannot read properties of undefined (reading 'lanes')\nRun again with --debug for details, and report it at https://github.com/procmap/procmap/issues\n",
    );
    expect(stdout()).toBe('');
    expect(readdirSync(out)).toEqual([]);
  });

  it('shows its real stack trace with --debug', async () => {
    const { io, stderr } = collect();
    expect(await main(['--debug', 'flowchart', '--lang', 'en', PROCEDURE, '--format', 'svg', '-o', outDir()], io)).toBe(
      2,
    );
    expect(stderr()).toMatch(
      /^procmap: internal error: Cannot read properties of undefined \(reading 'lanes'\)\nTypeError: Cannot read properties of undefined \(reading 'lanes'\)\n\s+at (Object\.)?renderMermaid .*errors\.test\.ts/,
    );
    expect(stderr()).toContain('at renderInBrowser');
    expect(stderr()).not.toContain('browser failed');
  });
});

describe('a wrapped error', () => {
  it('keeps its cause: --debug shows the error it came from', async () => {
    const { io, stderr } = collect();
    const missing = join(outDir(), 'no-templates');
    expect(
      await main(
        ['--debug', 'doc', '--lang', 'en', PROCEDURE, '--format', 'md', '--template', missing, '-o', outDir()],
        io,
      ),
    ).toBe(2);
    const [message, ...trace] = stderr().split('\n');
    expect(message).toMatch(/^procmap: .*no-templates/);
    expect(trace.join('\n')).toMatch(
      /^UsageError: .*no-templates.*\n\s+at [\s\S]*\nCaused by: TemplateDirError: .*no-templates/,
    );
  });

  it('is one line without --debug', async () => {
    const { io, stderr } = collect();
    const missing = join(outDir(), 'no-templates');
    expect(
      await main(['doc', '--lang', 'en', PROCEDURE, '--format', 'md', '--template', missing, '-o', outDir()], io),
    ).toBe(2);
    expect(stderr()).toMatch(/^procmap: [^\n]*no-templates[^\n]*\n$/);
  });

  it('a date outside the calendar stays a usage error, naming the out-of-calendar error as its cause', async () => {
    const { io, stderr } = collect();
    expect(await main(['--debug', 'time', '--lang', 'en', PROCEDURE, '--received', '2150-01-05 09:00'], io)).toBe(2);
    expect(stderr()).toMatch(
      /^procmap: --received: a dossier received in 2150: procmap knows the working calendar of 2000 to 2099 only, [^\n]*; write a year from 2000 to 2099, in four digits\nUsageError: [\s\S]*\nCaused by: OutOfCalendarError: procmap can count dates/,
    );
  });

  it('quotes a command-line argument with its control characters escaped, never acting on the terminal', async () => {
    const { io, stderr } = collect();
    expect(await main(['time', '--lang', 'en', PROCEDURE, '--received', '13/02/2026 09:00 \u001b[2J'], io)).toBe(2);
    expect(stderr()).toContain('not "13/02/2026 09:00 \\u001b[2J"\n');
    expect(stderr()).not.toContain('\u001b');
  });
});
