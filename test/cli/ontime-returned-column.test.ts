import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Before, a row "Đã trả KQ" without its result's date was named by its row alone ("dòng này không có ngày trả kết
// quả"): the officer had to guess which of the export's date columns to fill.
const FILE = 'test/fixtures/ontime/returned-column/tra-kq-khong-ngay.csv';
const RUN = ['ontime', FILE, '--catalog', 'test/fixtures/ontime/month-end/catalog', '--as-of', '30/09/2026'];

describe('procmap ontime: a settled row without its result date', () => {
  it('names the column to fill, in Vietnamese', async () => {
    const run = await runCli(RUN);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Kết quả giải quyết hồ sơ đúng hạn/);
    expect(run.stderr).toBe(
      `${FILE}:9: trạng thái ghi "Đã trả KQ" nhưng cột "Ngày có kết quả" của dòng này để trống: hãy ghi vào đó ngày có kết quả, ví dụ 13/02/2026 16:00\nDòng không đo được: 1\n`,
    );
  });

  it('and in English', async () => {
    const run = await runCli([...RUN, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^On-time/);
    expect(run.stderr).toBe(
      `${FILE}:9: the status says "Đã trả KQ" but column "Ngày có kết quả" is empty: write in it the day the result was ready, e.g. 13/02/2026 16:00\nRows not measured: 1\n`,
    );
  });
});
