import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/cli/fixtures/options-under-severity');
const NO_LANG = { PROCMAP_LANG: undefined };

/** A folder holding the fixture `name` as its procmap.config.yaml. */
function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-options-under-'));
  cpSync(join(FIXTURES, name), join(dir, 'procmap.config.yaml'));
  return dir;
}

// `four-on-the-spot: warn` with `max: 4h` indented under it was told at 2:1 as "write four-on-the-spot in line with
// rules: (0 spaces)": the rule's line is right, the fault is the option's line.
describe('a rule option indented under a severity written on the rule’s line', () => {
  it('is told at the option’s line, with the map form and the list form to write', async () => {
    const dir = folder('procmap.config.yaml');
    const result = await runCli(['rules'], { cwd: dir, env: NO_LANG });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Cấu hình không hợp lệ:\n' +
        'procmap.config.yaml:3:5: Tùy chọn "max: 4h" thụt vào dưới "four-on-the-spot: warn", mà mức độ đã ghi ngay trên dòng của quy tắc, nên YAML không đọc được: hãy ghi "four-on-the-spot:" một mình, rồi "mức độ: warn" và "max: 4h" ở các dòng bên dưới, thụt lề; hoặc trên một dòng: four-on-the-spot: [warn, { max: 4h }]\n',
    });
    expect(readFileSync(join(dir, 'procmap.config.yaml'), 'utf8')).toBe(
      'rules:\n  four-on-the-spot: warn\n    max: 4h\n',
    );
  });

  it('names every option, in an override too, in English', async () => {
    const dir = folder('override.yaml');
    const result = await runCli(['rules', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Invalid configuration:\n' +
        'procmap.config.yaml:7:9: The option "max: 2h" is indented under "four-on-the-spot: error", whose severity is already on the rule\'s line, so YAML cannot read it: write "four-on-the-spot:" alone, with "severity: error" and "max: 2h" and "per_dossier: true" on the lines under it, indented; or on one line: four-on-the-spot: [error, { max: 2h, per_dossier: true }]\n',
    });
  });
});
