import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { importFrom } from '../helpers/import-run.js';

// A catalog and its step table whose bodies are printed in capitals, as a decision's annex prints them.
const FIXTURES = join(ROOT, 'test/interchange/fixtures/body-capitals');

const importOf = (lang: string) => importFrom(FIXTURES, ['catalog.csv', 'steps.csv'], lang);

describe('import writes bodies named in capitals as officers write them, and says so', () => {
  it('writes the agency and each body as a name, abbreviations kept', async () => {
    const run = await importOf('en');
    expect(run.yaml('QT-CAPS-01')).toContain('agency: UBND huyện\n');
    expect(run.yaml('QT-CAPS-01')).toContain('    name: Bộ phận Một cửa\n');
    expect(run.yaml('QT-CAPS-01')).toContain('    name: Phòng Tài nguyên và Môi trường\n');
    expect(run.yaml('QT-CAPS-01')).toContain('    name: UBND huyện\n');
    expect(run.yaml('QT-CAPS-01')).not.toMatch(/PHÒNG|HUYỆN|MỘT CỬA/u);
    // Three names: "UBND HUYỆN" is the agency and a step's body, one name.
    expect(run.stdout).toBe(
      [
        `imported     ${join(run.out, 'QT-CAPS-01.yaml')}  ← catalog.csv: row 2`,
        '               the title printed in capitals written as a name ("CẤP GIẤY PHÉP XÂY DỰNG" as "Cấp giấy phép xây dựng"); abbreviations and document numbers kept',
        '               the table gives 3 steps no id: procmap numbered B1–B3',
        '               3 body names printed in capitals written as names, as Decree 30/2020/NĐ-CP capitalises an agency\'s name ("UBND HUYỆN" as "UBND huyện"); abbreviations such as UBND kept',
        '1 imported, 0 skipped',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('says it in Vietnamese', async () => {
    const run = await importOf('vi');
    expect(run.stdout).toContain(
      '3 tên đơn vị in hoa được ghi lại theo cách viết hoa tên cơ quan của Nghị định 30/2020/NĐ-CP ("UBND HUYỆN" thành "UBND huyện"); giữ nguyên chữ viết tắt như UBND\n',
    );
    expect(run.code).toBe(0);
  });
});
