import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A national record with "TENTTHC" twice: a stale title on line 3, the right one on line 4. JSON.parse keeps the last.
const FILE = 'test/interchange/fixtures/khai-sinh.duplicate-key.json';

describe('procmap import: a JSON key written twice', () => {
  it('refuses the file at the second key, says what to do, and writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-duplicate-key-')), 'out');
    const en = await runCli(['import', FILE, '-o', out, '--lang', 'en']);
    expect(en.stderr).toBe(
      `procmap: ${FILE}:4:3: Duplicate key "TENTTHC"; a key may appear once in an object: keep the right value and delete the other\n`,
    );
    expect(en.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
    expect(en.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const vi = await runCli(['import', FILE, '-o', out, '--lang', 'vi']);
    expect(vi.stderr).toBe(
      `procmap: ${FILE}:4:3: Trường "TENTTHC" bị lặp; mỗi trường chỉ ghi một lần trong một đối tượng: hãy giữ giá trị đúng và xóa giá trị kia\n`,
    );
    expect(vi.code).toBe(1);
  });
});
