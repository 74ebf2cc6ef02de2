import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = join(ROOT, 'test/cli/fixtures/full-width/counts.yaml');

const LINES = join(ROOT, 'test/cli/fixtures/full-width/dossier-lines.yaml');

/** The dossier table of `doc -f md` for a fixture, in a language. */
async function dossierRows(lang: 'en' | 'vi', file = FIXTURE): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'procmap-full-width-counts-'));
  const result = await runCli(['doc', '--lang', lang, '-f', 'md', '-o', out, file]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const lines = readFileSync(join(out, file === FIXTURE ? 'QT-HS-09.md' : 'QT-HS-10.md'), 'utf8').split('\n');
  const first = lines.findIndex((line) => line.startsWith('| 1 | Đơn đăng ký'));
  return lines.slice(first, lines.indexOf('', first));
}

describe('doc: dossier counts typed with full-width digits or colons', () => {
  it('prints them as the same counts typed in ASCII, the name as written', async () => {
    expect(await dossierRows('vi')).toEqual([
      '| 1 | Đơn đăng ký（Mẫu số 01） | 01 bản | Không |  |',
      '| 2 | Tờ khai | 01 bản |  |  |',
      '| 3 | Giấy phép | 01 bản | Không |  |',
    ]);
    expect(await dossierRows('en')).toEqual([
      '| 1 | Đơn đăng ký（Mẫu số 01） | 1 | None |  |',
      '| 2 | Tờ khai | 1 |  |  |',
      '| 3 | Giấy phép | 1 | None |  |',
    ]);
  });

  it('reads a dossier line typed so as the same line in ASCII: the count in its column, not in the name', async () => {
    expect(await dossierRows('vi', LINES)).toEqual([
      '| 1 | Đơn đăng ký（Mẫu số 01） | 01 bản |  |  |',
      '| 2 | Tờ khai | 01 bản |  |  |',
      '| 3 | Giấy ủy quyền | 01 bản |  |  |',
      '| 4 | Giấy khai sinh |  | 02 bản |  |',
    ]);
    expect(await dossierRows('en', LINES)).toEqual([
      '| 1 | Đơn đăng ký（Mẫu số 01） | 1 |  |  |',
      '| 2 | Tờ khai | 1 |  |  |',
      '| 3 | Giấy ủy quyền | 1 |  |  |',
      '| 4 | Giấy khai sinh |  | 2 |  |',
    ]);
    const lint = await runCli(['lint', '--lang', 'en', LINES]);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain(
      '10:5  warning  "Tờ khai：０１ bản chính" holds the full-width characters "：", "０", "１" of an input method, which procmap reads as ":", "0", "1" but other tools read as other letters: write "Tờ khai: 01 bản chính"  full-width-characters',
    );
    expect(lint.stdout).toContain('4 problems (0 errors, 4 warnings)');
    const vi = await runCli(['lint', '--lang', 'vi', LINES]);
    expect(vi.stdout).toContain(
      '"Tờ khai：０１ bản chính" có ký tự toàn độ rộng "：", "０", "１" của bộ gõ, procmap hiểu là ":", "0", "1" nhưng công cụ khác coi là chữ khác: hãy viết "Tờ khai: 01 bản chính"',
    );
  });
});
