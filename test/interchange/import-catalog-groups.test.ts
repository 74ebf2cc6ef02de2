import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A catalog groups its procedures under a level's heading ("I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"), then a field's ("A.
// LĨNH VỰC HỘ TỊCH"), a heading's number often in the STT column beside its text. The level's heading was shown and
// read as no level; one beside its number was a procedure, skipped for its missing limit; and a field carried over
// to the procedures of the next level.
const FIXTURES = join(ROOT, 'test/interchange/fixtures/catalog-groups');

describe('procmap import: the level and field headings of a catalog', () => {
  it('gives the rows below a level heading its level, and the field of the group above none', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-catalog-groups-'));
    const run = await runCli(['import', '--lang', 'en', 'danh-muc-cap.csv', '-o', out], { cwd: FIXTURES });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const draft = '               no sequence in the source: one draft step to replace with the real steps\n';
    const imported = (n: number, row: number) =>
      `imported     ${out}/1.00000${n}.yaml  ← danh-muc-cap.csv: row ${row} (1.00000${n})\n${draft}`;
    expect(run.stdout).toBe(
      'heading      danh-muc-cap.csv: row 2: level "Cấp tỉnh" for the rows below\n' +
        'heading      danh-muc-cap.csv: row 3: field "Hộ tịch" for the rows below\n' +
        imported(1, 4) +
        'heading      danh-muc-cap.csv: row 5: level "Cấp huyện" for the rows below\n' +
        imported(2, 6) +
        'heading      danh-muc-cap.csv: row 7: field "Chứng thực" for the rows below\n' +
        imported(3, 8) +
        'heading      danh-muc-cap.csv: row 9: level "Cấp xã" for the rows below\n' +
        imported(4, 10) +
        '4 imported, 0 skipped\n',
    );
    const facts = [1, 2, 3, 4].map((n) => {
      const text = readFileSync(join(out, `1.00000${n}.yaml`), 'utf8');
      return [/\nlevel: (.*)\n/.exec(text)?.[1], /\nfield: (.*)\n/.exec(text)?.[1]];
    });
    expect(facts).toEqual([
      ['province', 'Hộ tịch'],
      ['district', undefined],
      ['district', 'Chứng thực'],
      ['commune', undefined],
    ]);
  });

  it('reads a level heading in lower or sentence case, and a title with a code and limit as a procedure', async () => {
    // "i. thủ tục hành chính cấp tỉnh", "Thủ tục hành chính cấp huyện" alone in the title column, "B. Thủ tục cấp xã":
    // read as no level, the one alone in the title column a procedure with no limit. A row with its code and limit is
    // a procedure, its title starting with "Thủ tục" or even naming a level.
    const out = mkdtempSync(join(tmpdir(), 'procmap-catalog-groups-'));
    const csv = 'danh-muc-cap-chu-thuong.csv';
    const run = await runCli(['import', '--lang', 'en', csv, '-o', out], { cwd: FIXTURES });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const draft = '               no sequence in the source: one draft step to replace with the real steps\n';
    const imported = (n: number, row: number) =>
      `imported     ${out}/1.00000${n}.yaml  ← ${csv}: row ${row} (1.00000${n})\n${draft}`;
    expect(run.stdout).toBe(
      `heading      ${csv}: row 2: level "Cấp tỉnh" for the rows below\n` +
        imported(1, 3) +
        `heading      ${csv}: row 4: level "Cấp huyện" for the rows below\n` +
        imported(2, 5) +
        `heading      ${csv}: row 6: level "Cấp xã" for the rows below\n` +
        imported(3, 7) +
        imported(4, 8) +
        '4 imported, 0 skipped\n',
    );
    const facts = [1, 2, 3, 4].map((n) => {
      const text = readFileSync(join(out, `1.00000${n}.yaml`), 'utf8');
      return [/\ntitle: (.*)\n/.exec(text)?.[1], /\nlevel: (.*)\n/.exec(text)?.[1]];
    });
    expect(facts).toEqual([
      ['Đăng ký khai sinh có yếu tố nước ngoài', 'province'],
      ['Chứng thực bản sao từ bản chính', 'district'],
      ['Thủ tục cấp xã về đăng ký kết hôn', 'commune'],
      ['Thủ tục hành chính cấp xã', 'commune'],
    ]);
  });
});
