import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/node/io.js';
import { ROOT } from '../helpers/cli.js';

/** An Io whose standard output fails the way a closed pipe does, to reach the internal-error path for real. */
function brokenStdout(): { io: Io; stderr: () => string } {
  let err = '';
  const stream = (write: (text: string) => boolean) => ({ write, isTTY: false }) as unknown as NodeJS.WriteStream;
  const io: Io = {
    stdout: stream(() => {
      throw new Error('write EPIPE');
    }),
    stderr: stream((text) => {
      err += text;
      return true;
    }),
    cwd: ROOT,
    env: {},
  };
  return { io, stderr: () => err };
}

describe('an internal error', () => {
  it('is in the language of the run, Vietnamese by default', async () => {
    const { io, stderr } = brokenStdout();
    expect(await main(['lint', 'procedures/xa/chung-thuc-ban-sao.yaml'], io)).toBe(2);
    expect(stderr()).toBe(
      'procmap: lỗi nội bộ: write EPIPE\nHãy chạy lại với --debug để xem chi tiết, và báo lỗi tại https://github.com/procmap/procmap/issues\n',
    );
  });

  it('is one line with a hint, exit 2, and no stack trace', async () => {
    const { io, stderr } = brokenStdout();
    expect(await main(['lint', '--lang', 'en', 'procedures/xa/chung-thuc-ban-sao.yaml'], io)).toBe(2);
    expect(stderr()).toBe(
      'procmap: internal error: write EPIPE\nRun again with --debug for details, and report it at https://github.com/procmap/procmap/issues\n',
    );
  });

  it('prints the stack trace with --debug', async () => {
    const { io, stderr } = brokenStdout();
    expect(await main(['--debug', 'lint', '--lang', 'en', 'procedures/xa/chung-thuc-ban-sao.yaml'], io)).toBe(2);
    expect(stderr()).toMatch(/^procmap: internal error: write EPIPE\nError: write EPIPE\n\s+at /);
  });
});
