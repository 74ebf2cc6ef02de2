import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/hours-minutes';

describe('procmap time and doc word hours that are not whole one way: in hours and minutes', () => {
  it('gives the running total, the total and the document the minutes the officer wrote, never "1,75 giờ"', async () => {
    const time = await runCli(['time', `${DIR}/minutes.yaml`, '--lang', 'vi']);
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain(
      '  2   B2       Xử lý        TP      1 giờ 20 phút làm việc  1 giờ 35 phút làm việc\n' +
        '  3   B3       Trả kết quả  MC      10 phút làm việc        1 giờ 45 phút làm việc\n',
    );
    expect(time.stdout).toContain('\nTổng theo đường găng: 1 giờ 45 phút làm việc;');
    expect(time.stdout).not.toContain('1,75');
    const out = mkdtempSync(join(tmpdir(), 'procmap-hours-minutes-'));
    const doc = await runCli(['doc', `${DIR}/minutes.yaml`, '--format', 'md', '-o', out, '--lang', 'vi']);
    expect([doc.code, doc.stderr]).toEqual([0, '']);
    const md = readFileSync(join(out, 'QT-MM-01.md'), 'utf8');
    expect(md).toContain('- Tổng thời gian các bước (đường găng): 1 giờ 45 phút làm việc\n');
    expect(md).toContain('| | **Tổng thời gian giải quyết** | | **1 giờ 45 phút làm việc** | |');
    expect(md).not.toContain('1,75');
  });

  it('gives a same-day procedure\'s total in hours, as another one\'s "1 giờ 30 phút", never "0,25 ngày làm việc"', async () => {
    const time = await runCli(['time', `${DIR}/two-hours-same-day.yaml`, '--lang', 'vi']);
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain('\nTổng theo đường găng: 2 giờ làm việc;');
    expect(time.stdout).toContain(
      '  3   B3       Ký bản sao trích lục                      LDUX    30 phút làm việc  1 giờ 45 phút làm việc\n',
    );
    expect(time.stdout).not.toContain('ngày làm việc (2 giờ)');
  });

  it('words them the same way in English', async () => {
    const time = await runCli(['time', `${DIR}/minutes.yaml`, '--lang', 'en']);
    expect([time.code, time.stderr]).toEqual([0, '']);
    // Minutes spelled out beside hours as they are alone ("15 working minutes"): it said "1 working hour 45 min".
    expect(time.stdout).toContain(
      '  2  B2    Xử lý        TP    1 working hour 20 minutes  1 working hour 35 minutes\n' +
        '  3  B3    Trả kết quả  MC    10 working minutes         1 working hour 45 minutes\n',
    );
    expect(time.stdout).toContain('\nTotal on the critical path: 1 working hour 45 minutes;');
    expect(time.stdout).not.toContain('1.75');
  });

  it('gives diff\'s totals against a same-day limit in hours, as `time` does, never "0,25 ngày làm việc (2 giờ)"', async () => {
    const sides = [`${DIR}/minutes.yaml`, `${DIR}/minutes-longer.yaml`];
    const vi = await runCli(['diff', ...sides, '--lang', 'vi']);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toContain(
      '  cảnh báo      Tổng thời gian (đường găng): 1 giờ 45 phút làm việc → 2 giờ làm việc  +15 phút làm việc  dài hơn\n',
    );
    const en = await runCli(['diff', ...sides, '--lang', 'en', '--format', 'md']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain(
      '| ⚠️ warning | `QT-MM-01` | Total time (critical path) | 1 working hour 45 minutes | 2 working hours | +15 working minutes | longer |',
    );
  });
});
