import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findProcedureFiles, forgetRunState, isInput } from '../../src/node/files.js';
import { runInFolder } from '../../src/node/run-context.js';

// The walk builds each path from its folder's prefix, not by `join` (src/node/files.ts, joinedPrefix), and checks
// files against each other only when a link or a named file could repeat one: the paths must stay what `join` made.
const root = mkdtempSync(join(tmpdir(), 'procmap-walk-'));
mkdirSync(join(root, 'cat', 'a', 'b'), { recursive: true });
for (const file of ['cat/a/p.yaml', 'cat/a/b/q.yml', 'cat/z.yaml', 'cat/notes.txt', 'cat/procmap.config.yaml'])
  writeFileSync(join(root, file), 'id: x\n');
symlinkSync('../p.yaml', join(root, 'cat', 'a', 'b', 'link.yaml'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const walk = (cwd: string, paths: string[]) =>
  runInFolder({ cwd }, () => {
    forgetRunState();
    return findProcedureFiles(paths);
  });

describe('the folder walk', () => {
  it.each([
    ['cat', ['cat/a/b/q.yml', 'cat/a/p.yaml', 'cat/z.yaml']],
    ['cat/', ['cat/a/b/q.yml', 'cat/a/p.yaml', 'cat/z.yaml']],
    ['./cat/', ['cat/a/b/q.yml', 'cat/a/p.yaml', 'cat/z.yaml']],
    ['cat//a', ['cat/a/b/q.yml', 'cat/a/p.yaml']],
    ['cat/a/..', ['cat/a/b/q.yml', 'cat/a/p.yaml', 'cat/z.yaml']],
    ['.', ['cat/a/b/q.yml', 'cat/a/p.yaml', 'cat/z.yaml']],
    ['./', ['cat/a/b/q.yml', 'cat/a/p.yaml', 'cat/z.yaml']],
  ])('names the files below "%s" as join would', (path, files) => {
    expect(walk(root, [path])).toEqual({
      files,
      hidden: [],
      hiddenAt: [],
      notWalked: new Set(),
      unreadable: [],
      lookAlike: [],
    });
  });

  it('names the files below a folder above the working folder, and below an absolute path', () => {
    expect(walk(join(root, 'cat', 'a'), ['../a/b']).files).toEqual(['../a/b/link.yaml', '../a/b/q.yml']);
    expect(walk(root, [join(root, 'cat', 'a', 'b')]).files).toEqual([
      join(root, 'cat/a/b/link.yaml'),
      join(root, 'cat/a/b/q.yml'),
    ]);
  });

  it('reads a file reached by a link and where it stands once, by its own path; a named file once', () => {
    expect(walk(root, ['cat/a/b', 'cat/a']).files).toEqual(['cat/a/b/q.yml', 'cat/a/p.yaml']);
    expect(walk(root, ['cat/a/p.yaml', 'cat/a']).files).toEqual(['cat/a/p.yaml', 'cat/a/b/q.yml']);
    expect(walk(root, ['cat/a/b/link.yaml', 'cat/z.yaml', './cat/z.yaml']).files).toEqual([
      'cat/a/b/link.yaml',
      'cat/z.yaml',
    ]);
  });

  it('makes the files found inputs of the run, whatever folder asks later', () => {
    walk(join(root, 'cat'), ['a']);
    expect(isInput(join(root, 'cat', 'a', 'p.yaml'))).toBe(true);
    expect(isInput(join(root, 'cat', 'z.yaml'))).toBe(false);
    forgetRunState();
  });
});
