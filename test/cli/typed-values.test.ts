import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/cli/fixtures/typed-values';
const DURATION =
  'is not a duration: write a number and a unit, e.g. "4h", "30 min", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" or "trong ngày"';
const LOGO =
  '"logo" must be a picture file, .png, .jpg/.jpeg or .svg, its path relative to the folder of this file, e.g. logo: logo.png, not';
const UTF16 =
  'The file is saved as UTF-16 ("Unicode") without the mark at its start that says so, which procmap does not read: save it as UTF-8';

/** The lint lines of one file, as printed under its name. */
async function lintLines(name: string): Promise<{ code: number | null; lines: string[]; stderr: string }> {
  const result = await runCli(['lint', join(DIR, name), '--lang', 'en']);
  const lines = result.stdout
    .split('\n')
    .filter((line) => /^\s+\d+:\d+/.test(line))
    .map((line) => line.trim().replace(/\s+/g, ' '));
  return { code: result.code, lines, stderr: result.stderr };
}

describe('messages quote what the officer wrote and say what to write instead', () => {
  it('quotes a number written in hexadecimal, or -0, as typed, not as the number YAML reads', async () => {
    for (const [file, written] of [
      ['hex.yaml', '0x10'],
      ['hex-d.yaml', '0x10d'],
      ['negative-zero.yaml', '-0'],
    ] as const) {
      const { code, lines, stderr } = await lintLines(file);
      expect(lines).toEqual([`5:13 error "${written}" ${DURATION} schema`]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
    }
  });

  it('says which picture files a logo may be', async () => {
    for (const [file, written] of [
      ['logo-gif.yaml', 'logo.gif'],
      ['logo-word.yaml', 'bieu-trung'],
    ] as const) {
      const { code, lines } = await lintLines(file);
      expect(lines).toEqual([`6:7 error ${LOGO} "${written}" schema`]);
      expect(code).toBe(1);
    }
  });

  it('writes the dash before a step written as one map with its own id, not before its first field name', async () => {
    const { code, lines } = await lintLines('steps-one.yaml');
    expect(lines).toEqual([
      '73:3 error "steps" is a list, and this step has no "- " before it: write "- id: receive", with name, body and duration on the lines below it, in line with "id" schema',
    ]);
    expect(code).toBe(1);
  });

  it('tells a procedure saved as UTF-16 without its byte order mark to be saved as UTF-8, not that it is damaged', async () => {
    const { code, lines } = await lintLines('utf16le-no-bom.yaml');
    expect(lines).toEqual([`1:1 error ${UTF16} parse`]);
    expect(code).toBe(1);
  });

  it('says of a configuration file that it is one: its nesting, its encoding, its address with a space and its logo', async () => {
    const run = (folder: string, lang: string) =>
      runCli(['lint', 'procedure.yaml', '--lang', lang], { cwd: join(ROOT, DIR, folder) });
    const deep = await run('config-deep', 'vi');
    expect(deep.stderr).toBe(
      'procmap: Cấu hình không hợp lệ:\nprocmap.config.yaml:65:129: Lồng nhau sâu quá 64 mức; một tệp cấu hình hay tệp lịch chỉ cần vài mức\n',
    );
    expect(deep.code).toBe(2);
    const utf16 = await run('config-utf16', 'en');
    expect(utf16.stderr).toBe(`procmap: Invalid configuration:\nprocmap.config.yaml:1:1: ${UTF16}\n`);
    expect(utf16.code).toBe(2);
    const url = await run('config-url', 'vi');
    expect(url.stderr).toBe(
      [
        'procmap: Cấu hình không hợp lệ:',
        'procmap.config.yaml:2:8: "url" có dấu cách, "https://stp.bacninh.gov.vn/quy trinh": địa chỉ trang web không chứa dấu cách; hãy bỏ dấu cách hoặc viết %20 thay cho nó, ví dụ https://stp.bacninh.gov.vn/quy%20trinh',
        'procmap.config.yaml:3:7: "logo" phải là tệp ảnh .png, .jpg/.jpeg hoặc .svg, đường dẫn tính từ thư mục của tệp này, ví dụ logo: logo.png, không phải "bieu-trung"',
        '',
      ].join('\n'),
    );
    expect(url.stdout).toBe('');
    expect(url.code).toBe(2);
  });
});
