import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToolError } from '../../src/errors.js';
import { listTree } from '../../src/node/git.js';
import { git } from '../helpers/git.js';

// Before, a failing `git ls-tree` was named by the object id procmap resolved (a full SHA the user never typed), with
// git's English reason alone ("'/etc' is outside repository"), in every language.
describe('a revision git cannot list', () => {
  let scratch: string;
  let repo: string;
  let object: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-git-reasons-'));
    repo = join(scratch, 'repo');
    mkdirSync(repo);
    git(['init', '-q', '-b', 'main'], repo);
    writeFileSync(join(repo, 'a.yaml'), 'id: QT-A\n');
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'a'], repo);
    object = git(['rev-parse', 'HEAD'], repo).trim();
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("is named by the user's ref, with procmap's words before git's", async () => {
    const error = await listTree({ root: repo, prefix: '' }, object, '/etc', process.env, { name: 'HEAD' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ToolError);
    const reason = `(git: /etc: '/etc' is outside repository at '${repo}')`;
    expect((error as ToolError).text('vi')).toBe(
      `Không đọc được phiên bản "HEAD": đường dẫn nằm ngoài kho git ${reason}`,
    );
    expect((error as ToolError).text('en')).toBe(
      `Cannot read revision "HEAD": the path is outside the repository ${reason}`,
    );
  });
});
