import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fixFixture } from '../helpers/fix-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/blank-text');

/** `lint` of one fixture, in English, with the fixture's folder as the working folder. */
const lint = (name: string) => runCli(['lint', '--lang', 'en', `${name}.yaml`], { cwd: FIXTURES });

const UNCHECKED =
  '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n';

// A text written only as characters that print nothing (a C1 control, a zero-width space as an escape, Word's breaks)
// printed as nothing: an empty bold step name in the Markdown document, a flowchart label "1. ". The random pipeline
// test found it with a step named U+0080.
describe('lint: a text that prints as nothing is an empty text', () => {
  it('tells a step name of a C1 control character empty, with the warning whose --fix leaves the name to write', async () => {
    const result = await lint('c1-name');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'c1-name.yaml\n' +
        '  23:11  error    "name" must not be empty  schema\n' +
        '  23:12  warning  Line 23 has a control character, U+0080, which prints nothing: delete it  control-characters\n\n' +
        '✖ 2 problems (1 error, 1 warning)\n' +
        '  0 errors and 1 warning potentially fixable with the `--fix` option.\n' +
        UNCHECKED,
    );
    const { result: fixed, again, text } = await fixFixture('blank-text', 'c1-name');
    expect(text).toContain('  - id: B2\n    name: ""\n');
    expect([fixed.code, again.code]).toEqual([1, 1]);
    expect(fixed.stderr).toBe('procmap: fixed 1 problem in p.yaml\n');
    expect(again.stdout).toBe(
      'p.yaml\n  23:11  error  "name" must not be empty  schema\n\n✖ 1 problem (1 error, 0 warnings)\n  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n',
    );
  });

  it("tells it in Vietnamese in the schema's own words", async () => {
    const result = await runCli(['lint', 'c1-name.yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  23:11  lỗi       "name" không được để trống  schema\n');
  });

  it('tells a step name of a zero-width space written as an escape empty, as one written as it is', async () => {
    const result = await lint('escaped-zwsp-name');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'escaped-zwsp-name.yaml\n' +
        '  23:11  error    "name" must not be empty  schema\n' +
        // The escape's warning, as the character typed as it is gets.
        '  23:12  warning  Line 23 has an invisible character, U+200B (zero-width space); it can make the text read differently from what is stored: delete it  invisible-characters\n\n' +
        '✖ 2 problems (1 error, 1 warning)\n' +
        '  0 errors and 1 warning potentially fixable with the `--fix` option.\n' +
        UNCHECKED,
    );
  });

  it("tells a title of Word's line break, next line and DEL empty, with each character's warning", async () => {
    const result = await lint('controls-title');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'controls-title.yaml\n' +
        '  2:8   error    "title" must not be empty  schema\n' +
        '  2:9   warning  Line 2 has a line break from Word (Shift+Enter), U+000B, in a text of one line; it prints as a space: write a space instead  control-characters\n' +
        '  2:11  warning  Line 2 has a next-line character, U+0085, in a text of one line; it prints as a space: write a space instead  control-characters\n' +
        '  2:14  warning  Line 2 has a control character, U+007F, which prints nothing: delete it  control-characters\n\n' +
        '✖ 4 problems (1 error, 3 warnings)\n' +
        '  0 errors and 3 warnings potentially fixable with the `--fix` option.\n' +
        UNCHECKED,
    );
  });

  it('tells the name of a body written in a list empty when it is a control character', async () => {
    const result = await lint('listed-body-c1');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  16:9   error    "CC" must not be empty  schema\n');
  });
});
