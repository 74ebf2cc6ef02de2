import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Files procmap reads are read by YAML 1.2's core rules whatever a `%YAML` line asks for; YAML 1.1's merge keys, its
// numbers and YAML's anchors are told in the words of the file they stand in.
const FIXTURES = join(ROOT, 'test/cli/fixtures/yaml-version');

/** A copy of a fixture (a file or a folder) in a folder of its own, to run there by its name. */
function copied(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-yaml-version-'));
  cpSync(join(FIXTURES, name), join(dir, name), { recursive: true });
  return dir;
}

const VERSION_EN =
  'procmap reads every file by the rules of YAML 1.2, not by those of YAML 1.1 that this line asks for (where 010 is 8, 2025-10-15 a moment in time, 1:30 the number 90 and off false): remove the line';

describe('a `%YAML 1.1` line', () => {
  it('in a procedure: read as YAML 1.2 (010 is 10, 2025-10-15 a date), warned at line 1, and --fix removes the line', async () => {
    const dir = copied('yaml-1.1.yaml');
    const result = await runCli(['lint', '--lang', 'en', 'yaml-1.1.yaml'], { cwd: dir });
    expect(result.stdout).toBe(
      'yaml-1.1.yaml\n' +
        `  1:1   warning  ${VERSION_EN}  parse\n` +
        '  6:11  warning  Revision 10 has no amendment history: add `history` with a row for each revision up to 10, from - { revision: 1, date: …, changes: Ban hành lần đầu } to - { revision: 10, date: 15/10/2025, changes: "Sửa đổi, bổ sung …" }  revision-history\n' +
        '\n✖ 2 problems (0 errors, 2 warnings)\n  0 errors and 1 warning potentially fixable with the `--fix` option.\n',
    );
    expect([result.code, result.stderr]).toEqual([0, '']);
    const vi = await runCli(['lint', '--lang', 'vi', 'yaml-1.1.yaml'], { cwd: dir });
    expect(vi.stdout).toContain(
      '1:1   cảnh báo  procmap đọc mọi tệp theo quy tắc của YAML 1.2, không theo YAML 1.1 như dòng này yêu cầu (khi đó 010 thành 8, 2025-10-15 thành một thời điểm, 1:30 thành số 90 và off thành false): hãy xóa dòng này  parse\n',
    );
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'yaml-1.1.yaml'], { cwd: dir });
    expect([fixed.code, fixed.stderr]).toEqual([0, 'procmap: fixed 1 problem in yaml-1.1.yaml\n']);
    expect(fixed.stdout).toContain('5:11  warning  Revision 10 has no amendment history');
    expect(fixed.stdout).not.toContain('YAML 1.2');
    expect(readFileSync(join(dir, 'yaml-1.1.yaml'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'yaml-1.1.yaml'), 'utf8').replace('%YAML 1.1\n', ''),
    );
  });

  it('in a procedure: a duration `1:30` is quoted as written, not as the 90 YAML 1.1 makes of it', async () => {
    const result = await runCli(['lint', '--lang', 'en', 'sexagesimal.yaml'], { cwd: copied('sexagesimal.yaml') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '18:15  error    "1:30" is not a duration: write a number and a unit, e.g. "4h", "30 min", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" or "trong ngày"  schema\n',
    );
    expect(result.stdout).not.toContain('"90"');
  });

  it('in a calendar file: refused at line 1 (no internal error on its `{ date: … }` entry), exit 2', async () => {
    const dir = copied('calendar-1.1.yaml');
    const args = ['time', '--lang', 'en', join(FIXTURES, 'yaml-1.1.yaml'), '--calendar', 'calendar-1.1.yaml'];
    const result = await runCli(args, { cwd: dir });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(`procmap: Invalid calendar:\ncalendar-1.1.yaml:1:1: ${VERSION_EN}\n`);
    const calendar = await runCli(['calendar', '2026', '--lang', 'en', '--calendar', 'calendar-1.1.yaml'], {
      cwd: dir,
    });
    expect([calendar.code, calendar.stderr]).toEqual([2, result.stderr]);
  });

  it('in procmap.config.yaml: refused at line 1 by every command, exit 2', async () => {
    const dir = join(copied('config'), 'config');
    const expected = `procmap: Invalid configuration:\nprocmap.config.yaml:1:1: ${VERSION_EN}\n`;
    for (const args of [['lint', 'p.yaml'], ['stats', '.'], ['calendar']]) {
      const result = await runCli([...args, '--lang', 'en'], { cwd: dir });
      expect([result.code, result.stdout, result.stderr]).toEqual([2, '', expected]);
    }
  });
});

describe('a calendar entry', () => {
  it('with a map for its date is described, not an internal error', async () => {
    const dir = copied('calendar-map-date.yaml');
    const args = ['time', '--lang', 'en', join(FIXTURES, 'yaml-1.1.yaml'), '--calendar', 'calendar-map-date.yaml'];
    const result = await runCli(args, { cwd: dir });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'procmap: Invalid calendar:\ncalendar-map-date.yaml:2:13: "date" must be text, not a map\n',
    );
  });

  it('with a merge key (<<) is told once, as a holiday’s', async () => {
    const dir = copied('calendar-merge.yaml');
    const args = ['time', join(FIXTURES, 'yaml-1.1.yaml'), '--calendar', 'calendar-merge.yaml'];
    const en = await runCli([...args, '--lang', 'en'], { cwd: dir });
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      'procmap: Invalid calendar:\ncalendar-merge.yaml:5:5: A merge key (<<) is not read: write the fields of the holiday out in full (copy them rather than merge an anchor)\n',
    );
    const vi = await runCli([...args, '--lang', 'vi'], { cwd: dir });
    expect(vi.stderr).toBe(
      'procmap: Lịch làm việc không hợp lệ:\ncalendar-merge.yaml:5:5: Khóa gộp (<<) không được đọc: hãy viết đủ các trường của ngày nghỉ (chép lại thay vì gộp từ một neo)\n',
    );
  });
});

describe('a merge key (<<) under `rules` in procmap.config.yaml', () => {
  it('is told once, as the rules’ settings, not as an unknown rule or severity', async () => {
    const dir = join(copied('config-merge'), 'config-merge');
    const result = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      "procmap: Invalid configuration:\nprocmap.config.yaml:6:3: A merge key (<<) is not read: write each rule's setting out in full (copy them rather than merge an anchor)\n",
    );
  });
});

describe('`hours_per_day: .inf`', () => {
  it('is refused quoting what was written, not "null"', async () => {
    const dir = copied('calendar-inf.yaml');
    const args = ['time', '--lang', 'en', join(FIXTURES, 'yaml-1.1.yaml'), '--calendar', 'calendar-inf.yaml'];
    const result = await runCli(args, { cwd: dir });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'procmap: Invalid calendar:\ncalendar-inf.yaml:1:16: "hours_per_day" is how many office hours make one working day: a number more than 0 and at most 24, e.g. 8, not ".inf"\n',
    );
  });
});

describe('a name (&) before a value that nothing refers to, in a field that cannot hold the whole text', () => {
  it('reads the value YAML reads, says to remove the name, and --fix removes it: the file is then clean', async () => {
    const dir = copied('anchored.yaml');
    const result = await runCli(['lint', '--lang', 'en', 'anchored.yaml'], { cwd: dir });
    expect(result.stdout).toBe(
      'anchored.yaml\n' +
        '  8:13   warning  YAML reads "&tl" as a name for the value, not as text, and nothing refers to it (no "*tl"); this field cannot hold "&tl 05 ngày làm việc", so the value is "05 ngày làm việc": remove "&tl"  parse\n' +
        '  19:11  warning  YAML reads "&vh" as a name for the value, not as text, and nothing refers to it (no "*vh"); this field cannot hold "&vh VH", so the value is "VH": remove "&vh"  parse\n' +
        '\n✖ 2 problems (0 errors, 2 warnings)\n  0 errors and 2 warnings potentially fixable with the `--fix` option.\n',
    );
    expect([result.code, result.stderr]).toEqual([0, '']);
    const vi = await runCli(['lint', '--lang', 'vi', 'anchored.yaml'], { cwd: dir });
    expect(vi.stdout).toContain(
      '19:11  cảnh báo  YAML hiểu "&vh" là tên đặt cho giá trị, không phải chữ, và không nơi nào dùng đến tên này (không có "*vh"); trường này không nhận "&vh VH", nên giá trị là "VH": hãy bỏ "&vh"  parse\n',
    );
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'anchored.yaml'], { cwd: dir });
    expect(fixed.stderr).toBe('procmap: fixed 2 problems in anchored.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(readFileSync(join(dir, 'anchored.yaml'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'anchored.yaml'), 'utf8').replace('&tl ', '').replace('&vh ', ''),
    );
  });
});
