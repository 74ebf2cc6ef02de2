import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = join(ROOT, 'test/cli/fixtures/full-width/counts.yaml');

/** The dossier table of `doc -f md` for the fixture, in a language. */
async function dossierRows(lang: 'en' | 'vi'): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'procmap-full-width-counts-'));
  const result = await runCli(['doc', '--lang', lang, '-f', 'md', '-o', out, FIXTURE]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const lines = readFileSync(join(out, 'QT-HS-09.md'), 'utf8').split('\n');
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
});
