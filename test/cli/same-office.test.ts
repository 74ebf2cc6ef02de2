import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// An officer's draft without a `bodies` map writes one office three ways: "Phòng TNMT", "phòng Tài nguyên và Môi
// trường" and "P.TNMT" (probe d21). They were two lanes, PT and PT2, in time, doc and the chart, without a word.
const FIXTURES = join(ROOT, 'test/cli/fixtures/same-office');

describe("one office written with the officers' abbreviations", () => {
  it('is one body in time', async () => {
    const result = await runCli(['time', 'abbreviated.yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '  2   B2       Thẩm định hồ sơ    PT      5 ngày làm việc  —\n' +
        '  3   B3       Kiểm tra thực địa  PT      1 tháng          —\n' +
        '  4   B4       Trình ký           PT      3 ngày làm việc  —\n',
    );
    expect(result.stdout).not.toContain('PT2');
  });

  it('is one lane in the chart and one body in the document', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-same-office-'));
    const result = await runCli(['doc', '--format', 'md', '-o', out, 'abbreviated.yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const md = readFileSync(join(out, 'QT-DD-21.md'), 'utf8');
    expect(md).not.toContain('PT2');
    // Two lanes: the one-stop desk and the office, its three spellings one.
    expect(md.match(/subgraph L\d+\["[^"]*"\]/g)).toEqual([
      'subgraph L0["Bộ phận Một cửa"]',
      'subgraph L1["Phòng TNMT"]',
    ]);
    expect(md).toContain('| 4 | **Trình ký** | Phòng TNMT |');
  });
});

describe('two names that may or may not be one office', () => {
  it('are kept apart and reported, naming both lines', async () => {
    const file = join(ROOT, 'test/rules/fixtures/same-office/invalid-one-stop.yaml');
    const result = await runCli(['lint', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '  23:11  cảnh báo  Đơn vị «Bộ phận TN&TKQ» đang được tính là khác với «Bộ phận Một cửa» (dòng 11): nếu là một đơn vị, hãy ghi cùng một tên ở cả hai bước; nếu là hai đơn vị khác nhau, hãy khai báo cả hai trong bodies, mỗi đơn vị một dòng (BPMC: Bộ phận Một cửa; BPTT: Bộ phận TN&TKQ)  same-office\n',
    );
  });
});
