import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fixFixture } from '../helpers/fix-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/step-row');

/** `lint --fix` on a copy of a fixture: the run, a lint of the result, and the steps it left. */
async function fixed(name: string, lang: 'en' | 'vi' = 'en') {
  const { text, ...run } = await fixFixture('step-row', name, lang);
  return { ...run, steps: text.slice(text.indexOf('steps:')) };
}

describe('step table rows, "- Bước 1: Tiếp nhận hồ sơ", beside an id or a name', () => {
  it('reads the name of a row whose step has its id, and keeps that id', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'with-id.yaml')]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      '  10:5  error  This step has its id already, TD, so its number "Bước 2" is left out: write its name as name: Thẩm định  schema\n',
    );
    expect(lint.stdout).not.toContain('Missing required property');
    expect(lint.stdout).not.toContain('Unknown property "Bước 2"');
    const vi = await runCli(['lint', '--lang', 'vi', join(FIXTURES, 'with-id.yaml')]);
    expect(vi.stdout).toContain(
      '  10:5  lỗi  Bước này đã có mã bước TD nên số bước "Bước 2" được bỏ: hãy ghi tên bước là name: Thẩm định  schema\n',
    );
    const { result, again, steps } = await fixed('with-id');
    expect(steps).toBe(
      [
        'steps:',
        '  - id: B1',
        '    name: Tiếp nhận hồ sơ',
        '    body: Bộ phận một cửa',
        '    duration: 4 giờ',
        '  - name: Thẩm định',
        '    id: TD',
        '    body: Công chức',
        '    duration: 1 ngày làm việc',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('procmap: fixed 6 problems in p.yaml\n');
    expect(again.code).toBe(0);
  });

  it('fixes a row beside the same name under "Tên", and says which two names differ, counted unfixable', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'with-name.yaml')]);
    expect(lint.stdout).toContain(
      '  7:5   error  This step has two names, "Tiếp nhận" after its number and "Tiếp nhận hồ sơ" under "Tên": keep the right one as name, and write id: B1 in place of "Bước 1"  schema\n',
    );
    expect(lint.stdout).toContain(
      '  11:5  error  This step has its name already, under "Tên": write id: B2 in place of "Bước 2: Thẩm định"  schema\n',
    );
    // Eight problems, seven of them fixable: the two names are the officer's to choose.
    expect(lint.stdout).toContain('✖ 8 problems (8 errors, 0 warnings)\n  7 errors and 0 warnings potentially fixable');
    const vi = await runCli(['lint', '--lang', 'vi', join(FIXTURES, 'with-name.yaml')]);
    expect(vi.stdout).toContain(
      '  7:5   lỗi  Bước này có hai tên, "Tiếp nhận" sau số bước và "Tiếp nhận hồ sơ" ở "Tên": hãy giữ tên đúng ở name, và ghi id: B1 thay cho "Bước 1"  schema\n',
    );
    const { result, again, steps } = await fixed('with-name');
    expect(steps).toBe(
      [
        'steps:',
        '  - Bước 1: Tiếp nhận',
        '    name: Tiếp nhận hồ sơ',
        '    body: Bộ phận một cửa',
        '    duration: 4 giờ',
        '  - id: B2',
        '    name: thẩm định',
        '    body: Công chức',
        '    duration: 1 ngày làm việc',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('procmap: fixed 7 problems in p.yaml\n');
    expect(again.stdout).toContain(
      '  7:5  error  This step has two names, "Tiếp nhận" after its number and "Tiếp nhận hồ sơ" under "name": keep the right one as name, and write id: B1 in place of "Bước 1"  schema\n',
    );
  });
});
