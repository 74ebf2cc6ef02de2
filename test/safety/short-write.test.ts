import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { catalogOf, leftovers, workFolder } from './helpers.js';

// Issue 14, item 4: a short or failed write is an error, and no file under its final name is incomplete.
const work = workFolder('short');
const catalog = catalogOf(join(work, 'catalog'), 'xa/dang-ky-ket-hon.yaml');

/** Runs procmap under a file size limit of `blocks` KiB, as `ulimit -f` sets it. */
function underFileLimit(blocks: number, args: string[]) {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg}'`).join(' ');
  const result = spawnSync('bash', ['-c', `ulimit -f ${blocks}; exec ${quoted}`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe('a write cut short', () => {
  it('is an error (exit 2), and leaves neither a cut-off document nor a temporary file', async () => {
    const full = join(work, 'full');
    expect((await runCli(['doc', catalog, '--format', 'md', '-o', full])).code).toBe(0);
    const size = statSync(join(full, 'QT-HT-02.md')).size;
    expect(size).toBeGreaterThan(2048);
    const out = join(work, 'limited');
    const result = underFileLimit(2, ['doc', catalog, '--format', 'md', '-o', out]);
    expect(result.signal).toBeNull();
    expect(result.stderr).toBe(
      `procmap: Không ghi được "${join(out, 'QT-HT-02.md')}": tệp lớn hơn mức hệ thống này cho phép (ulimit -f)\n`,
    );
    expect(result.code).toBe(2);
    // Nothing: the record of what procmap was about to write lists only files that are there, and one this run made
    // that lists none is removed (the folder as procmap found it, src/node/output-record.ts).
    expect(readdirSync(out)).toEqual([]);
  });

  it('leaves the complete file of an earlier run in place', async () => {
    // Its own catalog, since it changes a procedure.
    const changed = catalogOf(join(work, 'changed'), 'xa/dang-ky-ket-hon.yaml');
    const out = join(work, 'earlier');
    expect((await runCli(['doc', changed, '--format', 'md', '-o', out])).code).toBe(0);
    const before = readFileSync(join(out, 'QT-HT-02.md'), 'utf8');
    writeFileSync(
      join(changed, 'xa-dang-ky-ket-hon.yaml'),
      readFileSync(join(changed, 'xa-dang-ky-ket-hon.yaml'), 'utf8').replace(/^title: (.*)$/m, 'title: $1 (sửa đổi)'),
    );
    const result = underFileLimit(2, ['doc', changed, '--format', 'md', '-o', out]);
    expect(result.code).toBe(2);
    expect(readFileSync(join(out, 'QT-HT-02.md'), 'utf8')).toBe(before);
    expect(leftovers(readdirSync(out))).toEqual([]);
  });

  it('is an error for charts too', async () => {
    const out = join(work, 'charts');
    const result = underFileLimit(1, ['flowchart', catalog, '--format', 'mmd', '-o', out]);
    expect(result.stderr).toBe(
      `procmap: Không ghi được "${join(out, 'QT-HT-02.flowchart.mmd')}": tệp lớn hơn mức hệ thống này cho phép (ulimit -f)\n`,
    );
    expect(result.code).toBe(2);
    // Nothing: the record of what procmap was about to write lists only files that are there, and one this run made
    // that lists none is removed (the folder as procmap found it, src/node/output-record.ts).
    expect(readdirSync(out)).toEqual([]);
  });
});
