import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A header the column mapping names that the officer's workbook lacks left its column empty without a word. The
// fixtures: danh-muc.csv, a catalog whose headers are the officer's own; cot.yaml, a mapping with two slips (one near
// the file's header, one not) and a step column for a table this file does not hold; procmap.config.yaml, the same
// mapping kept in the configuration.
const DIR = join(ROOT, 'test/interchange/fixtures/unmatched-map');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-unmatched-map-'));
const shown = (text: string, out: string) =>
  text
    .replace(/\S*test\/interchange\/fixtures\/unmatched-map\//g, 'F/')
    .split(out)
    .join('OUT');

describe('procmap import --map: a mapped header the file lacks', () => {
  it('is said at the line of the mapping, with the nearest header of the file, before the rows', async () => {
    const out = fresh();
    const run = await runCli([
      'import',
      '--lang',
      'en',
      join(DIR, 'danh-muc.csv'),
      '--map',
      join(DIR, 'cot.yaml'),
      '-o',
      out,
    ]);
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(shown(run.stdout, out)).toBe(
      'mapping      F/danh-muc.csv: F/cot.yaml:6:3: the column mapping names the column "Thoi gian xu li" for time_limit, and the file has no such column; is it "Thời gian xử lý"? In this file the field time_limit is looked for among the usual headers, as without a mapping; write the file\'s own header in the mapping\n' +
        'mapping      F/danh-muc.csv: F/cot.yaml:7:3: the column mapping names the column "Lệ phí" for fee, and the file has no such column. In this file the field fee is looked for among the usual headers, as without a mapping; write the file\'s own header in the mapping\n' +
        // "Thời gian xử lý" is none of the usual headers: the row has no limit, and the note above says why.
        'skipped      F/danh-muc.csv: row 2 (9.000001): no time limit\n' +
        '0 imported, 1 skipped\n',
    );
    expect(existsSync(join(out, '9.000001.yaml'))).toBe(false);
  });

  it('says so in Vietnamese, at the line of the configuration when the mapping is there', async () => {
    const out = fresh();
    cpSync(join(DIR, 'procmap.config.yaml'), join(out, 'procmap.config.yaml'));
    const run = await runCli(['import', join(DIR, 'danh-muc.csv'), '-o', out], { cwd: out });
    expect([run.code, run.stderr]).toEqual([0, '']);
    // The fee is read under the file's "Phí, lệ phí", one of the usual headers, all the same.
    expect(readFileSync(join(out, '9.000001.yaml'), 'utf8')).toContain('fee: Không\n');
    expect(shown(run.stdout, out).split('\n')[0]).toBe(
      'bảng ghép    F/danh-muc.csv: procmap.config.yaml:5:5: bảng ghép cột chỉ cột "Lệ phí" cho fee, nhưng tệp không có cột nào như thế. Trong tệp này, trường fee được tìm theo các tiêu đề thường gặp như khi không ghép; hãy sửa bảng ghép theo đúng tiêu đề của tệp',
    );
  });
});
