import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// `--config` pointed at a procedure (a slip of the tab key) was refused with 27 lines of "Unknown property", one for
// each of the procedure's fields, none saying that the file was a procedure.
const PROCEDURE = join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml');
const MAPPING = join(ROOT, 'test/cli/fixtures/mapping-beside/cot.yaml');
const NO_LANG = { PROCMAP_LANG: undefined };

describe('--config given another kind of procmap file', () => {
  it('names a procedure as one, in one line, and reads nothing else', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'procmap-not-config-'));
    const before = readFileSync(PROCEDURE, 'utf8');
    const run = await runCli(['lint', PROCEDURE, '--config', PROCEDURE], { cwd, env: NO_LANG });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Tệp "${PROCEDURE}" là một quy trình (id, title, steps), không phải cấu hình của procmap (lang, extends, rules, calendar…): hãy dùng --config với tệp procmap.config.yaml (procmap init tạo tệp này), hoặc bỏ --config\n`,
    });
    expect(readFileSync(PROCEDURE, 'utf8')).toBe(before);
    const time = await runCli(['time', PROCEDURE, '--config', PROCEDURE, '--lang', 'en'], { cwd, env: NO_LANG });
    expect([time.code, time.stdout, time.stderr.split('\n').length]).toEqual([2, '', 2]);
    expect(time.stderr).toContain('is a procedure (id, title, steps), not procmap');
  });

  it('names a column mapping as one, with where it goes', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'procmap-not-config-'));
    const run = await runCli(['lint', PROCEDURE, '--config', MAPPING, '--lang', 'en'], { cwd, env: NO_LANG });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: "${MAPPING}" is a column mapping (columns, steps, statuses), not procmap's configuration: give it to --map of procmap ontime or procmap import\n`,
    });
  });

  it('still tells a configuration gone wrong problem by problem', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'procmap-not-config-'));
    writeFileSync(join(cwd, 'c.yaml'), 'lang: en\ntitle: x\nid: y\n');
    const run = await runCli(['lint', PROCEDURE, '--config', 'c.yaml'], { cwd, env: NO_LANG });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('c.yaml:2:1:');
    expect(run.stderr).toContain('c.yaml:3:1:');
  });

  it('--map of ontime given a procedure names it one, at the file, instead of "columns and steps map names"', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'procmap-not-config-'));
    const args = [
      'ontime',
      join(ROOT, 'test/fixtures/ontime/status-codes.csv'),
      '--catalog',
      join(ROOT, 'test/fixtures/ontime/catalog'),
    ];
    const run = await runCli([...args, '--map', PROCEDURE, '--lang', 'en'], { cwd, env: NO_LANG });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: ${PROCEDURE}: this is a procedure (id, title, steps), not a column mapping: --map takes a file of field: column header pairs under "columns", e.g. "received: Ngày nhận"\n`,
    });
  });

  it('--map of import given a procedure names it one, and what --map takes, instead of a problem per field', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'procmap-not-config-'));
    const args = ['import', join(ROOT, 'test/interchange/fixtures/title-capitals/catalog.csv'), '-o', 'out'];
    const run = await runCli([...args, '--map', PROCEDURE, '--lang', 'en'], { cwd, env: NO_LANG });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: ${PROCEDURE}: this is a procedure (id, title, steps), not a column mapping: --map takes a file of field: column header pairs under "columns", e.g. "title: Tên TTHC"\n`,
    });
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    const vi = await runCli([...args, '--map', PROCEDURE, '--lang', 'vi'], { cwd, env: NO_LANG });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(
      `procmap: ${PROCEDURE}: đây là một quy trình (id, title, steps), không phải bảng ghép cột: --map nhận tệp gồm các cặp trường: tiêu đề cột trong "columns", ví dụ "title: Tên TTHC"\n`,
    );
  });
});
