import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

const CATALOG = fileURLToPath(new URL('../diff/catalog/base', import.meta.url));

// `diff s1 s2 -o s2/rep.yaml` wrote the report among the revision's procedures, and the next run read it as a broken
// one. A report inside a compared folder is refused before anything is read, saying where to write it instead.
describe('procmap diff -o inside a folder being compared', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-output-inside-'));
    cpSync(CATALOG, join(scratch, 's1'), { recursive: true });
    cpSync(CATALOG, join(scratch, 's2'), { recursive: true });
    const file = join(scratch, 's2', 'xa', 'trich-luc-khai-tu.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^time_limit: 3d$/m, 'time_limit: 5d'));
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses a report in the revision’s folder, in Vietnamese, and writes nothing', async () => {
    const result = await runCli(['diff', 's1', 's2', '-o', 's2/rep.yaml'], { cwd: scratch });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Không ghi báo cáo vào "s2/rep.yaml": tệp này nằm trong thư mục "s2" đang được so sánh, nên báo cáo sẽ lẫn với các quy trình được so sánh và lần chạy sau sẽ đọc nó như một quy trình; hãy ghi báo cáo ra ngoài các thư mục được so sánh, ví dụ -o rep.yaml\n',
    });
    expect(existsSync(join(scratch, 's2', 'rep.yaml'))).toBe(false);
  });

  it('refuses any report below the base’s folder, in English, and makes no folder for it', async () => {
    const result = await runCli(['diff', 's1', 's2', '-o', 's1/sub/rep.txt', '--lang', 'en'], { cwd: scratch });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Refusing to write the report to "s1/sub/rep.txt": it is inside "s1", a folder being compared, so the report would be mixed with the procedures compared; write it outside the compared folders, for example -o rep.txt\n',
    });
    expect(existsSync(join(scratch, 's1', 'sub'))).toBe(false);
  });

  it('writes the report beside the compared folders', async () => {
    const result = await runCli(['diff', 's1', 's2', '-o', 'rep.txt'], { cwd: scratch });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(readFileSync(join(scratch, 'rep.txt'), 'utf8')).toContain('QT-HT-11');
  });

  it('refuses with --since a report the working tree’s walk would read as a procedure, naming another file', async () => {
    const repo = join(scratch, 'repo');
    mkdirSync(repo);
    git(['init', '-q', '-b', 'main'], repo);
    cpSync(CATALOG, join(repo, 'procedures'), { recursive: true });
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'ban hành'], repo);
    const result = await runCli(['diff', '--since', 'HEAD', '-f', 'json', '-o', 'procedures/xa/rep.yaml'], {
      cwd: repo,
    });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Không ghi báo cáo vào "procedures/xa/rep.yaml": tệp này nằm trong thư mục "." đang được so sánh, nên báo cáo sẽ lẫn với các quy trình được so sánh và lần chạy sau sẽ đọc nó như một quy trình; hãy đặt cho báo cáo một tên không phải tệp quy trình, ví dụ -o procedures/xa/rep.json\n',
    });
    expect(existsSync(join(repo, 'procedures', 'xa', 'rep.yaml'))).toBe(false);
  });
});
