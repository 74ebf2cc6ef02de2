import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Step 2 "Xác minh, giải quyết hồ sơ" (1 ngày làm việc) forks 2.1 (1 ngày làm việc, công chức Tư pháp) and 2.2 (4 giờ,
// Công an xã) in parallel (`next: [2.1, 2.2]`): step 2 lasts as long as the longer of them, not their sum.
const FIXTURES = join(ROOT, 'test/cli/fixtures/substeps');

describe('a step whose parallel sub-steps end with the longest of them', () => {
  it('lint: no substep-total mismatch, no overrun', async () => {
    expect(await runCli(['lint', '--lang', 'en', 'parallel-longest.yaml'], { cwd: FIXTURES })).toEqual({
      code: 0,
      stdout: '✔ 1 file checked, no problems\n',
      stderr: '',
    });
  });

  it('time: says the longest of the parallel parts was the reading used', async () => {
    const result = await runCli(['time', 'parallel-longest.yaml'], { cwd: FIXTURES });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '\nBước 2 gồm các bước 2.1, 2.2 làm song song (1 ngày làm việc, bằng bước con lâu nhất): tính một lần, theo các ' +
        'bước con\n',
    );
    expect(result.stdout).not.toContain('VƯỢT');
  });

  it('lint: a heading that is neither their sum nor the longest is asked about with the longest', async () => {
    const result = await runCli(['lint', 'parallel-apart.yaml'], { cwd: FIXTURES });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toContain(
      '  14:15  lỗi  Bước 2 «Xác minh, giải quyết hồ sơ» ghi 2 ngày làm việc (16 giờ), nhưng các bước con 2.1, 2.2 làm ' +
        'song song, xong sau 1 ngày làm việc (8 giờ) là thời gian của bước con lâu nhất; procmap đang cộng cả hai, ' +
        'thành 3 ngày làm việc (24 giờ). Nếu bước 2 gồm các bước con, hãy ghi thời gian bước 2 là 1 ngày làm việc (8 ' +
        'giờ) (hoặc sửa thời gian các bước con); nếu bước 2 là việc riêng ngoài các bước con, hãy đánh số chúng thành ' +
        'bước riêng (2.1, 2.2 → 3, 4)  substep-total',
    );
  });

  // parallel-sum.yaml: step 2 is 1,5 ngày làm việc, the SUM of 2.1 (1 ngày) and 2.2 (4 giờ) done in parallel. The flow
  // counts only the longest part, so a heading equal to their sum is not what is counted: it is a mismatch.
  it('lint: a heading equal to the sum of parallel parts is a mismatch naming the longest', async () => {
    const result = await runCli(['lint', '--lang', 'en', 'parallel-sum.yaml'], { cwd: FIXTURES });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toContain(
      '  14:15  error  Step 2 "Xác minh, giải quyết hồ sơ" takes 1.5 working days (12 h), the sum of its sub-steps 2.1, ' +
        '2.2, but they are done in parallel and end after 1 working day (8 h), the longest of them: the flow counts 1 ' +
        'working day (8 h), not their sum; procmap counts both, 2.5 working days (20 h). If step 2 is made of its ' +
        'sub-steps, write 1 working day (8 h) as its time; if the sub-steps are done one after another, have each hand ' +
        'over to the next, not all follow one step; if step 2 is work of its own besides them, number them as steps of ' +
        'their own (2.1, 2.2 → 3, 4)  substep-total\n',
    );
  });

  it('time: a heading equal to the sum of parallel parts is not said to be counted once', async () => {
    const result = await runCli(['time', 'parallel-sum.yaml'], { cwd: FIXTURES });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).not.toContain('tính một lần');
    expect(result.stdout).toContain(
      'Tổng theo đường găng: 3,5 ngày làm việc (28 giờ), VƯỢT thời hạn 1,5 ngày làm việc (12 giờ)\n',
    );
  });
});
