import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { importFrom } from '../helpers/import-run.js';

// A CSV catalog and a workbook whose titles are printed in capitals, as a decision's annex prints them; a Word
// document's title is written as a name (title-case.ts), and so are theirs.
const FIXTURES = join(ROOT, 'test/interchange/fixtures/title-capitals');

const importOf = (lang: string) => importFrom(FIXTURES, ['catalog.csv', 'catalog.xlsx'], lang);

describe('import writes CSV and workbook titles printed in capitals as names, and says so', () => {
  it('writes each title in capitals as a name, numbers and kinds of legal document kept', async () => {
    const run = await importOf('en');
    expect(run.yaml('QT-TITLE-01')).toContain('title: Cấp giấy phép xây dựng đối với công trình cấp III\n');
    expect(run.yaml('QT-TITLE-02')).toContain('title: Đăng ký khai sinh\n');
    expect(run.yaml('QT-TITLE-03')).toContain('title: Cấp bản sao trích lục hộ tịch theo Nghị định 123/2015/NĐ-CP\n');
    expect(run.stdout).toBe(
      [
        `imported     ${join(run.out, 'QT-TITLE-01.yaml')}  ← catalog.csv: row 2`,
        '               the title printed in capitals written as a name ("CẤP GIẤY PHÉP XÂY DỰNG ĐỐI VỚI CÔNG TRÌNH CẤP III" as "Cấp giấy phép xây dựng đối với công trình cấp III"); abbreviations and document numbers kept',
        '               no sequence in the source: one draft step to replace with the real steps',
        `imported     ${join(run.out, 'QT-TITLE-02.yaml')}  ← catalog.csv: row 3`,
        '               no sequence in the source: one draft step to replace with the real steps',
        `imported     ${join(run.out, 'QT-TITLE-03.yaml')}  ← catalog.xlsx: sheet "Danh mục" row 2`,
        '               the title printed in capitals written as a name ("CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH THEO NGHỊ ĐỊNH 123/2015/NĐ-CP" as "Cấp bản sao trích lục hộ tịch theo Nghị định 123/2015/NĐ-CP"); abbreviations and document numbers kept',
        '               no sequence in the source: one draft step to replace with the real steps',
        '3 imported, 0 skipped',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('says it in Vietnamese', async () => {
    const run = await importOf('vi');
    expect(run.stdout).toContain(
      'tên thủ tục in hoa được ghi lại theo cách viết thường ("CẤP GIẤY PHÉP XÂY DỰNG ĐỐI VỚI CÔNG TRÌNH CẤP III" thành "Cấp giấy phép xây dựng đối với công trình cấp III"); giữ nguyên chữ viết tắt và số hiệu văn bản\n',
    );
    expect(run.code).toBe(0);
  });
});
