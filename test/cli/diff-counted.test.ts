import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A step marked `counted: false` (its time outside the limit, "không kể thời gian niêm yết"), or no longer: the total
// counted against the limit moves, which the diff says as a time change and judges as that total's change.
const DIR = 'test/cli/fixtures/diff-counted';
const sides = (name: string) => [join(DIR, name, 'a'), join(DIR, name, 'b')];
const reversed = (name: string) => [join(DIR, name, 'b'), join(DIR, name, 'a')];

/** The change lines of a text report (the procedure's heading and the summary left out). */
function lines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('  '));
}

describe('diff: a step counted in the time limit, or left out of it', () => {
  it('counted again, putting the steps over the limit, is breaking and says the counted total', async () => {
    const vi = await runCli(['diff', '--fail-on', 'breaking', ...sides('over')]);
    expect({ code: vi.code, stderr: vi.stderr }).toEqual({ code: 1, stderr: '' });
    expect(lines(vi.stdout)).toEqual([
      '  nghiêm trọng  Tính vào thời hạn (bước 3 «Niêm yết công khai»): không tính vào thời hạn → tính vào thời hạn  ' +
        '+2 ngày làm việc (+16 giờ)  tổng thời gian tính vào thời hạn 7 ngày làm việc (56 giờ) → 9 ngày làm việc (72 ' +
        'giờ); nay vượt thời hạn giải quyết 8 ngày làm việc là 1 ngày làm việc (8 giờ)',
      '  thông tin     Lần ban hành: 1 → 2',
      '  thông tin     Thay đổi: Ngày hiệu lực (effective): 05/01/2026 → 02/03/2026',
    ]);
    const md = await runCli(['diff', '--format', 'markdown', '--lang', 'en', ...sides('over')]);
    expect({ code: md.code, stderr: md.stderr }).toEqual({ code: 0, stderr: '' });
    expect(md.stdout).toContain(
      '| 🛑 breaking | `QT-TEST-02` | Counted in the time limit (step 3 "Niêm yết công khai") | not counted in the ' +
        'time limit | counted in the time limit | +2 working days (+16 h) | total counted against the time limit 7 ' +
        'working days (56 h) → 9 working days (72 h); now over the time limit of 8 workin… |',
    );
    const json = await runCli(['diff', '--format', 'json', ...sides('over')]);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    const { changes } = JSON.parse(json.stdout) as { changes: Record<string, unknown>[] };
    expect(changes.map((c) => `${String(c.kind)} ${String(c.level)} ${String(c.reason)}`)).toEqual([
      'step-counted-changed breaking over-limit',
      'revision-changed info changed',
      'field-changed info changed',
    ]);
    expect(changes[0]).toMatchObject({
      step: 'B3',
      before: 'false',
      after: 'true',
      delta: { hours: 16, days: 2 },
      total: { before: '56h', after: '72h' },
    });
  });

  it('left out, bringing the steps within the limit, is information', async () => {
    const en = await runCli(['diff', '--lang', 'en', '--fail-on', 'breaking', ...reversed('over')]);
    expect({ code: en.code, stderr: en.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(en.stdout)[0]).toBe(
      '  info      Counted in the time limit (step 3 "Niêm yết công khai"): counted in the time limit → not counted ' +
        'in the time limit  -2 working days (-16 h)  total counted against the time limit 9 working days (72 h) → 7 ' +
        'working days (56 h); shorter, now within the time limit of 8 working days',
    );
  });

  it('off the critical path says the counted total stayed; `counted: true` written out is no change', async () => {
    const vi = await runCli(['diff', '--fail-on', 'warning', ...sides('off-path')]);
    expect({ code: vi.code, stderr: vi.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(vi.stdout)).toEqual([
      '  thông tin     Tính vào thời hạn (bước 3b «Xác minh thực địa»): tính vào thời hạn → không tính vào thời hạn  ' +
        'tổng thời gian tính vào thời hạn vẫn là 9 ngày làm việc (72 giờ)',
      '  thông tin     Lần ban hành: 2 → 3',
      '  thông tin     Thay đổi: Ngày hiệu lực (effective): 02/03/2026 → 01/04/2026',
    ]);
  });
});
