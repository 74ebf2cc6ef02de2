import { describe, expect, it } from 'vitest';
import { annexSheets } from '../../src/interchange/docx-annex.js';
import type { WordDocument } from '../../src/interchange/docx-read.js';

const HEADER = ['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'];
const steps = (name: string) => ({
  name,
  rows: [
    HEADER,
    ['B1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '04 giờ'],
    ['B2', 'Trả kết quả', 'Bộ phận Một cửa', '04 giờ'],
  ],
});

/** A document of paragraphs, with each table placed after the paragraphs before it. */
function document(parts: (string | { name: string; rows: string[][] })[]): WordDocument {
  const doc: Required<Pick<WordDocument, 'paragraphs' | 'tables' | 'tableStarts'>> = {
    paragraphs: [],
    tables: [],
    tableStarts: [],
  };
  for (const part of parts)
    if (typeof part === 'string') doc.paragraphs.push(part);
    else {
      doc.tables.push(part);
      doc.tableStarts.push(doc.paragraphs.length);
    }
  return doc;
}

describe('an annex of internal processes', () => {
  it('reads numbered processes and procedures, a title in capitals written as a name', () => {
    const annex = annexSheets(
      document([
        'Quy trình 01: CẤP GIẤY PHÉP BÁN LẺ SẢN PHẨM RƯỢU (Mã TTHC: 2.000620)',
        'Thời hạn giải quyết: 10 ngày làm việc',
        steps('#1'),
        'QUY TRÌNH SỐ 2. Cấp lại Giấy phép bán lẻ sản phẩm rượu',
        'Thời hạn giải quyết: 07 ngày làm việc',
        steps('#2'),
        'Thủ tục 3: Cấp sửa đổi, bổ sung Giấy phép bán lẻ sản phẩm rượu',
        'Thời hạn giải quyết: 07 ngày làm việc',
        steps('#4'),
        '4. Tên TTHC: Cấp Giấy phép sản xuất rượu thủ công',
        'Thời hạn giải quyết: 07 ngày làm việc',
        steps('#3'),
      ]),
    );
    expect(annex?.sheets[0]!.rows.map((row) => row.slice(0, 2))).toEqual([
      ['Tên thủ tục', 'Mã thủ tục'],
      ['Cấp giấy phép bán lẻ sản phẩm rượu', '2.000620'],
      ['Cấp lại Giấy phép bán lẻ sản phẩm rượu', ''],
      ['Cấp sửa đổi, bổ sung Giấy phép bán lẻ sản phẩm rượu', ''],
      ['Cấp Giấy phép sản xuất rượu thủ công', ''],
    ]);
  });

  it('is no annex with one procedure, or with headings that have no steps under them', () => {
    expect(annexSheets(document(['1. Thủ tục đăng ký khai sinh', steps('#1')]))).toBeUndefined();
    expect(
      annexSheets(document(['1. Thủ tục đăng ký khai sinh', '2. Thủ tục đăng ký kết hôn', steps('#1')])),
    ).toBeUndefined();
  });

  it('names no procedure for a step above every heading, so the import reports it', () => {
    const annex = annexSheets(
      document([
        {
          name: '#1',
          rows: [
            HEADER,
            ['B0', 'Bước chưa thuộc thủ tục nào', 'Bộ phận Một cửa', '01 giờ'],
            [
              '1. Thủ tục đăng ký khai sinh',
              '1. Thủ tục đăng ký khai sinh',
              '1. Thủ tục đăng ký khai sinh',
              '1. Thủ tục đăng ký khai sinh',
            ],
            ['B1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '04 giờ'],
            ['2. Thủ tục đăng ký kết hôn', '', '', ''],
            ['B1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '04 giờ'],
          ],
        },
      ]),
    );
    expect(annex?.sheets[1]!.rows.map((row) => row.slice(0, 2))).toEqual([
      ['Mã hiệu quy trình', 'Bước'],
      ['', 'B0'],
      // A heading row stays, emptied: each row keeps its number in the reports.
      ['', ''],
      ['dang-ky-khai-sinh', 'B1'],
      ['', ''],
      ['dang-ky-ket-hon', 'B1'],
    ]);
  });

  it('takes a heading said again over its step table as the procedure already begun, its limit kept', () => {
    const titled = (title: string, table: string) => ({
      name: table,
      rows: [[title, title, title, title], ...steps(table).rows],
    });
    const annex = annexSheets(
      document([
        '1. Thủ tục đăng ký khai sinh (Mã TTHC: 1.001193)',
        'Thời hạn giải quyết: 01 ngày làm việc',
        titled('1. Thủ tục đăng ký khai sinh (Mã TTHC: 1.001193)', '#1'),
        '2. Thủ tục đăng ký kết hôn (Mã TTHC: 1.000894)',
        'Thời hạn giải quyết: 05 ngày làm việc',
        titled('2. Thủ tục đăng ký kết hôn (Mã TTHC: 1.000894)', '#2'),
      ]),
    );
    const [header, ...rows] = annex!.sheets[0]!.rows;
    const limit = header!.indexOf('Thời hạn giải quyết');
    expect(rows.map((row) => row[limit])).toEqual(['01 ngày làm việc', '05 ngày làm việc']);
  });

  it('takes the field a title in capitals names within it, up to the level, as a heading of its own gives it', () => {
    const facts = (parts: Parameters<typeof document>[0]) => {
      const [header, ...rows] = annexSheets(document(parts))!.sheets[0]!.rows;
      return rows.map((row) => [row[header!.indexOf('Lĩnh vực')], row[header!.indexOf('Cấp thực hiện')]]);
    };
    const procedures = [
      '1. Thủ tục đăng ký khai sinh (Mã TTHC: 1.001193)',
      steps('#1'),
      '2. THỦ TỤC CẤP BẢN SAO TRÍCH LỤC TRONG LĨNH VỰC HỘ TỊCH (Mã TTHC: 2.000635)',
      steps('#2'),
    ];
    const title = 'QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC TƯ PHÁP CẤP XÃ';
    // A procedure's heading in capitals is its title, not the field of those below it.
    expect(facts([title, ...procedures])).toEqual([
      ['Tư pháp', 'Cấp xã'],
      ['Tư pháp', 'Cấp xã'],
    ]);
    expect(facts(['QUY TRÌNH NỘI BỘ LĨNH VỰC ĐẤT ĐAI THUỘC THẨM QUYỀN CỦA UBND CẤP HUYỆN', ...procedures])).toEqual([
      ['Đất đai', 'Cấp huyện'],
      ['Đất đai', 'Cấp huyện'],
    ]);
    expect(facts(['QUY TRÌNH NỘI BỘ LĨNH VỰC HỘ TỊCH', ...procedures])[0]).toEqual(['Hộ tịch', '']);
    // A heading of its own below the title names the field of the procedures under it.
    expect(facts([title, 'II. LĨNH VỰC CHỨNG THỰC', ...procedures])[0]).toEqual(['Chứng thực', 'Cấp xã']);
    // A level's heading starts its procedures without the field of the group above, until a field's heading.
    const levels = facts([
      'I. THỦ TỤC HÀNH CHÍNH CẤP TỈNH',
      'A. LĨNH VỰC HỘ TỊCH',
      procedures[0]!,
      procedures[1]!,
      'II. THỦ TỤC HÀNH CHÍNH CẤP XÃ',
      procedures[2]!,
      procedures[3]!,
    ]);
    expect(levels).toEqual([
      ['Hộ tịch', 'Cấp tỉnh'],
      ['', 'Cấp xã'],
    ]);
    // In lower or sentence case, a level's heading is one all the same; a numbered title naming a level is a procedure.
    const cased = facts([
      'i. thủ tục hành chính cấp tỉnh',
      procedures[0]!,
      procedures[1]!,
      'Thủ tục hành chính cấp xã',
      '2. Thủ tục hành chính cấp huyện',
      procedures[3]!,
    ]);
    expect(cased).toEqual([
      ['', 'Cấp tỉnh'],
      ['', 'Cấp xã'],
    ]);
    // Not in capitals, a line about a field is no title.
    expect(facts(['Quy trình áp dụng cho lĩnh vực Tư pháp', ...procedures])[0]).toEqual(['', '']);
  });

  // A pattern retried at every space before "mã" took minutes on 10,000 spaces (the test's timeout stops it).
  it('reads a heading of a long run of spaces in linear time', () => {
    const spaces = ' '.repeat(100_000);
    const annex = annexSheets(
      document([
        `1. Thủ tục cấp phép${spaces}(Mã TTHC: 1.000001)`,
        steps('#1'),
        `2. Thủ tục cấp lại${spaces}x`,
        steps('#2'),
      ]),
    );
    expect(annex?.sheets[0]!.rows.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['Cấp phép', '1.000001'],
      ['Cấp lại x', ''],
    ]);
  });
});
