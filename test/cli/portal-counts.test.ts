import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = 'test/cli/fixtures/portal-counts/brackets.yaml';

describe('the portal’s "Bản chính: 1 - Bản sao: 0" in brackets or after a dash', () => {
  it('doc prints its counts in their columns, the name without the brackets or a dash left over', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-portal-counts-'));
    const result = await runCli(['doc', '-f', 'md', '-o', out, join(ROOT, FIXTURE)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = readFileSync(join(out, 'QT-PC-01.md'), 'utf8').split('\n');
    const first = lines.findIndex((line) => line.startsWith('| 1 | Đơn đề nghị'));
    expect(lines.slice(first, lines.indexOf('', first))).toEqual([
      '| 1 | Đơn đề nghị | 01 bản | Không |  |',
      '| 2 | Bản sao giấy phép | Không | 01 bản |  |',
      '| 3 | Giấy khám sức khỏe | 01 bản | Không |  |',
      '| 4 | Giấy xác nhận | 01 bản | Không |  |',
      '| 5 | Báo cáo kết quả (01 bản) |  |  |  |',
    ]);
  });

  it('counts originals, so original-or-copy asks about a count with no kind beside them', async () => {
    const result = await runCli(['lint', '--lang', 'en', FIXTURE], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${FIXTURE}\n` +
        '  12:5  warning  Dossier item "Báo cáo kết quả" has "01 bản", a number of papers, but not whether originals or copies, and the document prints them in columns of their own: write "Báo cáo kết quả: 01 bản chính" or "Báo cáo kết quả: 01 bản sao"  original-or-copy\n' +
        '\n' +
        '✖ 1 problem (0 errors, 1 warning)\n',
    );
  });
});
