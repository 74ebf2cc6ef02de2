import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// parent-sum.yaml: step 2 "Giải quyết hồ sơ" (1 ngày làm việc) is 2.1 (4 giờ) + 2.2 (4 giờ), counted once. The step
// table listed 2, 2.1 and 2.2 with their times, a column adding up to more than the total printed under it.
const FIXTURES = join(ROOT, 'test/cli/fixtures/substeps');

describe('doc: a heading step counted by its parts', () => {
  it('says so after its time and under the table, as procmap time does, its parts indented', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-subdoc-'));
    const result = await runCli(['doc', '-f', 'md', '-o', out, 'parent-sum.yaml'], { cwd: FIXTURES });
    expect(result).toEqual({ code: 0, stdout: `${join(out, 'QT-TP-12B.md')}\n`, stderr: '' });
    const markdown = readFileSync(join(out, 'QT-TP-12B.md'), 'utf8');
    expect(markdown).toContain(
      '| 2 | **Giải quyết hồ sơ** | Công chức Tư pháp | 1 ngày làm việc (gồm bước 2.1, 2.2) |  |\n' +
        '| 2.1 | ↳ **Tra cứu sổ hộ tịch** | Công chức Tư pháp | 4 giờ làm việc |  |\n' +
        '| 2.2 | ↳ **In trích lục, trình ký** | Công chức Tư pháp | 4 giờ làm việc |  |\n',
    );
    expect(markdown).toContain(
      '\n\nBước 2 gồm các bước 2.1, 2.2 (cộng lại 1 ngày làm việc): tính một lần, theo các bước con\n',
    );
  });
});
