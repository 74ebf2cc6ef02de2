import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// An error is said after procmap's name once: not twice when the message starts with it ("procmap chỉ tính được …",
// test/cli/lang.test.ts), and not left out when it starts with a file whose name starts with "procmap ", as the text
// alone would have it.
const DIR = join(ROOT, 'test/cli/fixtures/procmap-named');
const CATALOG = join(ROOT, 'test/interchange/fixtures/catalog.csv');

describe("procmap's name before an error", () => {
  it('is written before a message that starts with a file called "procmap …"', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-named-'));
    const run = (lang: string) =>
      runCli(['import', CATALOG, '--map', 'procmap map.yaml', '-o', out, '--lang', lang], { cwd: DIR });
    expect(await run('vi')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: procmap map.yaml phải ghép mỗi trường với tiêu đề cột, ví dụ "title: Tên TTHC"\n',
    });
    expect(await run('en')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: procmap map.yaml must map fields to column headers, e.g. "title: Tên TTHC"\n',
    });
    expect(readdirSync(out)).toEqual([]);
  });
});
