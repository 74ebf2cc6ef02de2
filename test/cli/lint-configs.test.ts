import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// `lint a/ b/` took the configuration of the first path for every file: b's procedures were linted with a's rules
// and a's working day, silently. Each file now comes under the configuration nearest above it, as ESLint 10 finds it.
const HOURS = 'test/fixtures/days-and-hours';
const SIDE = 'test/fixtures/catalogs-side-by-side';

const SIX =
  '  5:13  error  "1 ngày 3 giờ" mixes days and hours: write it in one unit, e.g. "9h" (working hours) or "1.5d", if a working day is 6 working hours  schema\n';
const EIGHT_AND_A_HALF =
  '  5:13  error  "1 ngày 4 giờ" mixes days and hours: write it in one unit, e.g. "12.5h" (working hours), if a working day is 8.5 working hours  schema\n';
const NUMBERED =
  '  10:11  warning  Step name "Bước 1: Tiếp nhận và trả kết quả" starts with its step number, "Bước 1"; procmap numbers the steps itself, so the number would be printed twice: write the name as "Tiếp nhận và trả kết quả"  step-number-in-name\n';

describe('lint of catalogs side by side', () => {
  it("counts each catalog's files on its own working day, in either order", async () => {
    const report =
      `${HOURS}/ngay-6-gio/ngay-va-gio.yaml\n${SIX}\n` +
      `${HOURS}/ngay-8-5-gio/ngay-va-gio.yaml\n${EIGHT_AND_A_HALF}\n` +
      '✖ 2 problems (2 errors, 0 warnings)\n' +
      '  Some rules have not yet checked 2 files with the problems above: they run once those are fixed.\n';
    for (const paths of [
      [`${HOURS}/ngay-6-gio`, `${HOURS}/ngay-8-5-gio`],
      [`${HOURS}/ngay-8-5-gio`, `${HOURS}/ngay-6-gio`],
      // Files named one by one, and the folder above both: each still under its own.
      [`${HOURS}/ngay-8-5-gio/ngay-va-gio.yaml`, `${HOURS}/ngay-6-gio/ngay-va-gio.yaml`],
      [HOURS],
    ])
      expect(await runCli(['lint', '--lang', 'en', ...paths])).toEqual({ code: 1, stdout: report, stderr: '' });
  });

  it("applies each catalog's rules to its files only, in either order", async () => {
    const report =
      `${SIDE}/xa-an-binh/quy-trinh.yaml\n${NUMBERED}\n` +
      '✖ 1 problem (0 errors, 1 warning)\n  0 errors and 1 warning potentially fixable with the `--fix` option.\n';
    for (const paths of [
      [`${SIDE}/so-tu-phap`, `${SIDE}/xa-an-binh`],
      [`${SIDE}/xa-an-binh`, `${SIDE}/so-tu-phap`],
    ])
      expect(await runCli(['lint', '--lang', 'en', ...paths])).toEqual({ code: 0, stdout: report, stderr: '' });
  });

  it('applies --config to every file, as given', async () => {
    const result = await runCli([
      'lint',
      '--lang',
      'en',
      '--config',
      `${SIDE}/so-tu-phap/procmap.config.yaml`,
      `${SIDE}/xa-an-binh`,
      `${SIDE}/so-tu-phap`,
    ]);
    expect(result).toEqual({ code: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });
  });

  it('stops on a configuration that does not parse, wherever its catalog is on the command line', async () => {
    const result = await runCli(['lint', '--lang', 'en', `${SIDE}/xa-an-binh`, `${SIDE}/hong-cau-hinh`]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Invalid configuration:\n' +
        `${SIDE}/hong-cau-hinh/procmap.config.yaml:1:10: "extends" must be one of recommended, canonical, all, not "recomended"\n`,
    });
  });
});
