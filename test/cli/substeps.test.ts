import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// An officer's step table lists the heading step with its total, then its parts: 1, 2 (1 ngày), 2.1 (4 giờ), 2.2
// (4 giờ), 3. Step 2 IS 2.1 + 2.2: counted once, the steps take 2 working days, the limit's 2, not 3 (probe d12b).
const FIXTURES = join(ROOT, 'test/cli/fixtures/substeps');

describe('a step whose sub-steps add up to its time', () => {
  it('is counted once by lint: no overrun', async () => {
    expect(await runCli(['lint', '--lang', 'en', 'parent-sum.yaml'], { cwd: FIXTURES })).toEqual({
      code: 0,
      stdout: '✔ 1 file checked, no problems\n',
      stderr: '',
    });
  });

  it('is counted once by time, which says so; its row ends with its last part', async () => {
    const result = await runCli(['time', '--lang', 'en', 'parent-sum.yaml', '--received', '2026-03-02 08:00'], {
      cwd: FIXTURES,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '  2    2     Giải quyết hồ sơ        CCTP  1 working day    1.5 working days  Mon 02/03 13:30  Tue 03/03 13:30\n' +
        '  2.1  2.1   Tra cứu sổ hộ tịch      CCTP  4 working hours  1 working day     Mon 02/03 13:30  Tue 03/03 08:00\n' +
        '  2.2  2.2   In trích lục, trình ký  CCTP  4 working hours  1.5 working days  Tue 03/03 08:00  Tue 03/03 13:30\n' +
        '  3    3     Trả kết quả             BPMC  4 working hours  2 working days    Tue 03/03 13:30  Wed 04/03 08:00\n' +
        '\n' +
        'Step 2 is made of steps 2.1, 2.2 (1 working day in all): counted once, by its parts\n' +
        '\n' +
        'Total on the critical path: 2 working days (16 h), exactly the limit\n',
    );
    expect(result.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 08:00 on Wednesday 04/03/2026\n');
    expect(result.stdout).toContain('Steps done by:       Wed 04/03/2026 08:00, exactly at the appointment');
  });

  it("is counted once in the document's 5.4 and the chart's total, which still show 2.1 and 2.2", async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-substeps-'));
    const result = await runCli(['doc', '--format', 'md', '-o', out, 'parent-sum.yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const md = readFileSync(join(out, 'QT-TP-12B.md'), 'utf8');
    expect(md).toContain('- Tổng thời gian các bước (đường găng): 2 ngày làm việc (16 giờ)\n');
    expect(md).toContain('**Đạt: vừa đúng thời hạn**');
    expect(md).toContain('• Đường găng (đỏ): 2 ngày làm việc (16 giờ)<br/>• Thời hạn: 2 ngày làm việc (16 giờ)');
    expect(md).toContain('| 2.1 | ↳ **Tra cứu sổ hộ tịch** | Công chức Tư pháp | 4 giờ làm việc |  |');
  });
});

describe('a step whose sub-steps do not add up to its time', () => {
  it('is not guessed: lint names the step, both times and what to write', async () => {
    const result = await runCli(['lint', 'parent-apart.yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '  14:15  lỗi  Bước 2 «Giải quyết hồ sơ» ghi 1,5 ngày làm việc (12 giờ), nhưng các bước con 2.1, 2.2 cộng lại 1 ngày làm việc (8 giờ); procmap đang cộng cả hai, thành 2,5 ngày làm việc (20 giờ). Nếu bước 2 gồm các bước con, hãy ghi thời gian bước 2 là 1 ngày làm việc (8 giờ) (hoặc sửa thời gian các bước con cho đủ 1,5 ngày làm việc (12 giờ)); nếu bước 2 là việc riêng ngoài các bước con, hãy đánh số chúng thành bước riêng (2.1, 2.2 → 3, 4)  substep-total\n',
    );
  });
});
