import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rule as uniqueId } from '../../src/rules/unique-id.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A catalog rule with a bug (unique-id, made to throw): its crash is the whole catalog's, in no file and at no place.
const CRASH =
  'Rule "unique-id" failed while checking the whole catalog (Invalid array length): this is a bug in procmap, not in your files; please report it at https://github.com/procmap/procmap/issues';

/** A folder holding a procedure with two warnings, for a file's own problems beside the crash. */
function catalog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-crash-'));
  cpSync(join(ROOT, 'test/cli/fixtures/yaml-marks/unused-anchor.yaml'), join(dir, 'a.yaml'));
  return dir;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a catalog rule that throws', () => {
  const crash = () =>
    vi.spyOn(uniqueId, 'checkCatalog').mockImplementation(() => {
      throw new RangeError('Invalid array length');
    });

  it('is printed without a file heading or a place, before the files and their problems', async () => {
    crash();
    const result = await runCli(['lint', '--lang', 'en', 'a.yaml'], { cwd: catalog() });
    expect(result.stdout).toBe(
      `  error  ${CRASH}  unique-id\n` +
        '\n' +
        'a.yaml\n' +
        '  21:11  warning  The text starts with "&", which YAML reads as a mark naming the value, not as text: other programs read it without "&Thẩm"; put the whole text in quotes: "&Thẩm định hồ sơ"  parse\n' +
        '\n✖ 2 problems (1 error, 1 warning)\n  0 errors and 1 warning potentially fixable with the `--fix` option.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
  });

  it('is a JUnit test case of procmap with no place, as GitHub and SARIF give it none', async () => {
    crash();
    const dir = catalog();
    const junit = await runCli(['lint', '--lang', 'en', '--format', 'junit', 'a.yaml'], { cwd: dir });
    expect(junit.stdout).toContain(
      `    <testcase classname="procmap" name="unique-id" time="0"><failure type="unique-id" message="${CRASH.replace(/"/g, '&quot;')}">procmap: error: ${CRASH} (unique-id)</failure></testcase>\n`,
    );
    const github = await runCli(['lint', '--lang', 'en', '--format', 'github', 'a.yaml'], { cwd: dir });
    expect(github.stdout).toContain(`::error title=unique-id::${CRASH}\n`);
  });

  it('is said without a place where `diff` refuses what it cannot match', async () => {
    crash();
    const dir = catalog();
    cpSync(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    const result = await runCli(['diff', '--lang', 'en', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(result.stderr).toContain(`error ${CRASH} (unique-id)`);
    expect(result.stderr).not.toContain(':1:1:');
  });
});
