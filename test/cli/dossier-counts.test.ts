import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = join(ROOT, 'test/cli/fixtures/dossier-counts/counts.yaml');

/** The dossier table of `doc -f md` for the fixture, in a language. */
async function dossierRows(lang: 'en' | 'vi'): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'procmap-dossier-counts-'));
  const result = await runCli(['doc', '--lang', lang, '-f', 'md', '-o', out, FIXTURE]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const text = readFileSync(join(out, 'QT-HS-02.md'), 'utf8');
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.startsWith('| 1 | Bản thuyết minh'));
  return lines.slice(first, lines.indexOf('', first));
}

describe('doc: a dossier item counts its originals apart from its copies', () => {
  it('prints each count in its column, the portal’s "Bản chính: 1 - Bản sao: 0" split from the name', async () => {
    expect(await dossierRows('vi')).toEqual([
      '| 1 | Bản thuyết minh điều kiện cơ sở | 01 bản |  |  |',
      '| 2 | Căn cước công dân | xuất trình bản chính |  |  |',
      '| 3 | Đơn đăng ký (Mẫu số 01) | 01 bản | Không |  |',
      '| 4 | Tờ khai | 01 bản | 01 bản |  |',
      '| 5 | Bản kê khai | 01 bản | Không |  |',
      '| 6 | Giấy phép |  | 02 bản |  |',
      '| 7 | Tờ khai | 01 bản chính hoặc bản sao có chứng thực |  |  |',
      '| 8 | Giấy xác nhận | 01 bản |  |  |',
      '| 9 | Giấy chứng nhận | 01 bản | 02 bản |  |',
      '| 10 | Hộ chiếu | 01 bản; 01 bản chính (xuất trình) |  |  |',
    ]);
    expect((await dossierRows('en'))[2]).toBe('| 3 | Đơn đăng ký (Mẫu số 01) | 1 | None |  |');
  });
});
