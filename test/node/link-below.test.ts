import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkBelow } from '../../src/node/link-below.js';

const work = mkdtempSync(join(tmpdir(), 'procmap-link-below-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('linkBelow', () => {
  // A served folder reached through a link (a temporary folder under a linked /tmp) is still served.
  const real = join(work, 'real');
  const root = join(work, 'root');
  mkdirSync(join(real, 'p', 'QT-1'), { recursive: true });
  writeFileSync(join(real, 'p', 'QT-1', 'index.html'), '<p>trang</p>\n');
  mkdirSync(join(work, 'outside'));
  writeFileSync(join(work, 'outside', 'secret.txt'), 'bí mật\n');
  symlinkSync(real, root);
  symlinkSync(join(work, 'outside'), join(real, 'p', 'LEAKDIR'));
  symlinkSync(join(work, 'outside', 'secret.txt'), join(real, 'p', 'QT-1', 'leak.html'));

  it('finds a link in any part below the root, the last one too', () => {
    expect(linkBelow(root, join(root, 'p', 'LEAKDIR', 'secret.txt'))).toBe(true);
    expect(linkBelow(root, join(root, 'p', 'LEAKDIR'))).toBe(true);
    expect(linkBelow(root, join(root, 'p', 'QT-1', 'leak.html'))).toBe(true);
  });

  it('does not count a link above or at the root, nor a path that is not there', () => {
    expect(linkBelow(root, join(root, 'p', 'QT-1', 'index.html'))).toBe(false);
    expect(linkBelow(root, root)).toBe(false);
    expect(linkBelow(root, join(root, 'p', 'QT-NONE', 'index.html'))).toBe(false);
  });
});
