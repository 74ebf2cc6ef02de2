import { describe, expect, it } from 'vitest';
import { matchColumns } from '../../src/interchange/columns.js';
import { levelOf, writtenDuration } from '../../src/interchange/draft.js';
import { jsonErrorOffset } from '../../src/interchange/json-position.js';
import { importRecord } from '../../src/interchange/record.js';
import { importSheets } from '../../src/interchange/workbook-import.js';
import { readCsv, SheetError } from '../../src/interchange/sheets.js';
import { clean, headerKey, isoDate, isTotalRow, items, oneLine, slug } from '../../src/interchange/text.js';
import { totalTime } from '../../src/interchange/docx-facts.js';
import { initials } from '../../src/model/body-keys.js';
import { plain } from '../../src/interchange/import-messages.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('column headers as officers write them', () => {
  it('fold to one key with or without diacritics, in any case and spacing', () => {
    for (const header of ['Tên thủ tục', 'TÊN THỦ TỤC', 'ten_thu_tuc', 'Ten thu tuc', ' Tên  thủ-tục '])
      expect(headerKey(header)).toBe('ten_thu_tuc');
    expect(headerKey('Đơn vị')).toBe('don_vi');
  });

  it('are matched to fields, the mapping first, a unit in brackets ignored, each field once', () => {
    const columns = matchColumns(
      ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Cấp thực hiện', 'Thời hạn giải quyết', 'Ghi chú', 'Thu tuc'],
      'catalog',
    );
    expect([...columns].map(([i, def]) => [i, def.field])).toEqual([
      [0, 'no'],
      [1, 'code'],
      [2, 'title'],
      [3, 'level'],
      [4, 'time_limit'],
    ]);
    const steps = matchColumns(['TT', 'Nội dung', 'Trách nhiệm', 'Thời gian (giờ)', 'Biểu mẫu/Kết quả'], 'steps');
    expect([...steps.values()].map((def) => def.field)).toEqual([
      'step_no',
      'step',
      'responsible',
      'duration',
      'forms',
    ]);
    // The two words in the other order are the same column.
    for (const header of ['Kết quả/Biểu mẫu', 'Kết quả / Biểu mẫu'])
      expect([...matchColumns(['TT', 'Nội dung', header], 'steps').values()].map((def) => def.field)).toEqual([
        'step_no',
        'step',
        'forms',
      ]);
    const mapped = matchColumns(['Số hồ sơ', 'Tên'], 'catalog', { code: 'SỐ HỒ SƠ', title: 'Tên' });
    expect([...mapped.values()].map((def) => def.field)).toEqual(['code', 'title']);
  });
});

describe('values as catalogs write them', () => {
  it('levels, and nothing when a cell names several or none', () => {
    expect(
      ['Cấp Tỉnh', 'cap xa', 'Cấp Huyện', 'Trung ương', 'Thành phố trực thuộc trung ương', 'Thị xã', 'commune'].map(
        levelOf,
      ),
    ).toEqual(['province', 'commune', 'district', 'central', 'province', 'district', 'commune']);
    expect(levelOf('Cấp Tỉnh, Cấp Xã')).toBeUndefined();
    expect(levelOf('Khác')).toBeUndefined();
  });

  it('limits as written, units in lower case, a legal tail kept in the limit (parseDuration reads it as a note)', () => {
    expect(writtenDuration('15 Ngày làm việc')).toEqual({ value: '15 ngày làm việc' });
    expect(writtenDuration('3d')).toEqual({ value: '3d' });
    expect(writtenDuration('05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ')).toEqual({
      value: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    });
    expect(writtenDuration('15 Ngày làm việc kể từ ngày Sở Tư pháp nhận hồ sơ')).toEqual({
      value: '15 ngày làm việc kể từ ngày Sở Tư pháp nhận hồ sơ',
    });
    expect(writtenDuration('Theo quy định')).toBeUndefined();
    expect(writtenDuration('')).toBeUndefined();
  });

  it('dates in ISO or Vietnamese order, impossible dates refused', () => {
    expect(
      [
        '2025-07-01',
        '01/07/2025',
        '1/7/2025',
        '01.07.2025',
        '2025-07-01T08:00:00',
        'ngày 01 tháng 7 năm 2025',
        'Ngày 1/7/2025',
      ].map(isoDate),
    ).toEqual(Array(7).fill('2025-07-01'));
    expect(isoDate('31/02/2025')).toBeUndefined();
    expect(isoDate('ngày 31 tháng 6 năm 2025')).toBeUndefined();
    expect(isoDate('07/2025')).toBeUndefined();
  });

  it('lists one item per line, without markers, without "Không"', () => {
    expect(items('- Bản chính\n+ Bản sao\n\na) Tờ khai\nBước 2: Trả kết quả\nKhông')).toEqual([
      'Bản chính',
      'Bản sao',
      'Tờ khai',
      'Trả kết quả',
    ]);
    expect(clean(' a\u0007  b \r\n\r\n c\u001b ')).toBe('a b\nc');
  });

  it("reads Word's line break (Shift+Enter) and page break in a cell as a new line, never joining the words", () => {
    expect(clean('Cấp giấy\vphép \f thử\u0001')).toBe('Cấp giấy\nphép\nthử');
    expect(oneLine('Cấp giấy\vphép')).toBe('Cấp giấy phép');
    expect(items('- Bản chính\v- Bản sao')).toEqual(['Bản chính', 'Bản sao']);
  });

  it('ids and body keys in ASCII', () => {
    expect(slug('Đăng ký khai sinh cho trẻ em')).toBe('dang-ky-khai-sinh-cho-tre-em');
    expect(initials('Bộ phận Tiếp nhận và Trả kết quả')).toBe('BPTNTKQ');
    expect(initials('1 cửa')).toBe('B1C');
  });
});

describe("a step table's total row", () => {
  it.each([
    'Tổng',
    'Tổng:',
    'Tổng cộng',
    'Tổng cộng thời gian',
    'Tổng số',
    'Tổng thời gian giải quyết TTHC',
    'TỔNG THỜI GIAN GIẢI QUYẾT',
    'Cộng',
    'Cộng:',
    'CỘNG',
    'Cộng thời gian',
    'Cộng: 03 ngày làm việc',
    'Total processing time',
  ])('is %j', (label) => {
    expect(isTotalRow(['', label, '', '03 ngày làm việc'])).toBe(true);
  });

  it.each(['Tổng hợp hồ sơ', 'Cộng đồng dân cư xác nhận', 'Công chức tiếp nhận', 'Tiếp nhận', 'Totally new'])(
    'is not %j, a step',
    (label) => {
      expect(isTotalRow(['1', label, 'Bộ phận Một cửa', '04 giờ'])).toBe(false);
    },
  );

  it('states its time after its words, or in a cell of its own', () => {
    expect(totalTime(['Cộng: 03 ngày làm việc', '', ''])).toBe('03 ngày làm việc');
    expect(totalTime(['', 'Cộng', '', '03 ngày làm việc'])).toBe('03 ngày làm việc');
  });
});

describe('CSV files', () => {
  it('reads quoted fields across lines, doubled quotes, a BOM, CRLF and semicolons', () => {
    const sheet = readCsv(bytes('\uFEFFa;b;c\r\n1;"x; ""y""\r\nz";3\r\n'), '');
    expect(sheet.rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x; "y"\nz', '3'],
    ]);
    expect(readCsv(bytes('a,b\n1,2'), '').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses text that is not UTF-8, and a quote never closed', () => {
    expect(() => readCsv(new Uint8Array([0x61, 0xe0, 0x62]), '')).toThrow(SheetError);
    expect(() => readCsv(bytes('a,"b\n'), '')).toThrow('a quoted field is never closed');
  });
});

describe('JSON errors', () => {
  it('are found where the grammar breaks', () => {
    expect(jsonErrorOffset('{"a": 1}')).toBe(-1);
    expect(jsonErrorOffset('{"a": }')).toBe(6);
    // A trailing comma is shown at the comma, which is what to remove, not at the bracket after it.
    expect(jsonErrorOffset('[1, 2,]')).toBe(5);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('"abc')).toBe(4);
    expect(jsonErrorOffset('['.repeat(100_000))).toBeGreaterThanOrEqual(-1);
  });
});

describe('a national record', () => {
  const base = {
    MATTHC: '1.000001',
    TENTTHC: 'Thủ tục',
    CACHTHUCTHUCHIEN: [{ KENH: 1, THOIGIAN: [{ THOIGIANGIAIQUYET: 5, DONVITINH: 'Ngày làm việc' }] }],
  };

  it("takes the in-person limit for the procedure and keeps other channels' own limits and fees", () => {
    const outcome = importRecord(
      {
        ...base,
        CACHTHUCTHUCHIEN: [
          {
            KENH: 2,
            THOIGIAN: [
              { THOIGIANGIAIQUYET: 3, DONVITINH: 'Ngày làm việc', PHILEPHI: [{ SOTIEN: 25000, MOTA: 'Lệ phí' }] },
            ],
          },
          {
            KENH: 1,
            THOIGIAN: [
              { THOIGIANGIAIQUYET: 5, DONVITINH: 'Ngày làm việc', PHILEPHI: [{ SOTIEN: '50000', MOTA: 'Lệ phí' }] },
            ],
          },
        ],
      },
      plain('record 1'),
      { effective: '2025-07-01' },
    );
    const p = outcome.imported!.procedure;
    expect(p.time_limit).toBe('5 ngày làm việc');
    expect(p.fee).toBe('Lệ phí: 50.000 đồng');
    expect(p.channels).toEqual([
      { kind: 'online', time_limit: '3 ngày làm việc', fee: 'Lệ phí: 25.000 đồng' },
      { kind: 'in_person', fee: 'Lệ phí: 50.000 đồng' },
    ]);
  });

  it('keeps what it cannot place in the note: a dossier given as text, a channel of unknown shape', () => {
    const outcome = importRecord(
      {
        ...base,
        THANHPHANHOSO: 'Tờ khai\nGiấy tờ tùy thân',
        CACHTHUCTHUCHIEN: [...base.CACHTHUCTHUCHIEN, 'Qua bưu điện'],
      },
      plain('record 1'),
      { effective: '2025-07-01' },
    );
    expect(outcome.imported!.procedure.dossier).toEqual([{ name: 'Tờ khai' }, { name: 'Giấy tờ tùy thân' }]);
    expect(outcome.imported!.notes).toEqual(['CACHTHUCTHUCHIEN[1]: Qua bưu điện']);
  });

  it('makes an id of the title when the code is not one', () => {
    expect(importRecord({ ...base, MATTHC: '' }, plain('r'), { effective: '2025-07-01' }).imported!.procedure.id).toBe(
      'thu-tuc',
    );
  });
});

describe('step tables', () => {
  const catalog = {
    name: 'Danh mục',
    rows: [
      ['Mã thủ tục', 'Tên thủ tục', 'Thời hạn', 'Ngày hiệu lực'],
      ['1.1', 'Thủ tục một', '2 ngày làm việc', '2025-07-01'],
      ['1.2', 'Thủ tục hai', '1 ngày làm việc', '2025-07-01'],
    ],
  };
  const steps = {
    name: 'Bước',
    rows: [
      ['Mã thủ tục', 'TT', 'Mã bước', 'Nội dung', 'Mã đơn vị', 'Trách nhiệm', 'Thời gian (giờ)'],
      ['1.1', '1', 's2', 'Tiếp nhận', '', 'Bộ phận Một cửa', '4'],
      ['1.1', '2', '', 'Thẩm định', 'bad key!', 'Phòng Tư pháp', '8'],
      ['1.1', '3', '', 'Trả kết quả', '', 'Bộ phận Một cửa', '2'],
      ['9.9', '1', '', 'Lạc', '', 'Ai đó', '1'],
    ],
  };

  it("give each step a unique id, a body by its name, and a bare number the header's unit", () => {
    const outcomes = importSheets([catalog, steps], 'f.xlsx');
    const one = outcomes.find((o) => o.imported?.procedure.id === '1.1')!.imported!.procedure;
    expect(one.steps.map((s) => [s.id, s.body, s.duration])).toEqual([
      ['s2', 'BPMC', '4 giờ'],
      ['B2', 'PTP', '8 giờ'],
      ['B3', 'BPMC', '2 giờ'],
    ]);
    expect(one.bodies).toEqual({
      BPMC: { name: 'Bộ phận Một cửa', single_window: true },
      PTP: { name: 'Phòng Tư pháp' },
    });
    // The other procedure has no step rows: one draft step.
    expect(
      outcomes.find((o) => o.imported?.procedure.id === '1.2')!.imported!.procedure.steps.map((s) => s.draft),
    ).toEqual([true]);
    expect(outcomes.find((o) => o.skipped)).toEqual({
      source: { en: 'f.xlsx: sheet "Bước" row 5', vi: 'f.xlsx: trang tính "Bước", dòng 5' },
      skipped: { en: 'no procedure "9.9" in the catalog sheet', vi: 'trang danh mục không có thủ tục "9.9"' },
    });
  });

  it('follow their numbers in any form lint reads, and keep the order written, said, when a number repeats', () => {
    const sheet = (numbers: string[]) => ({
      name: 'Bước',
      rows: [
        ['Mã thủ tục', 'TT', 'Nội dung', 'Trách nhiệm', 'Thời gian (giờ)'],
        ...['Trả kết quả', 'Thẩm định', 'Tiếp nhận', 'Ký'].map((name, i) => ['1.1', numbers[i]!, name, 'Phòng', '1']),
      ],
    });
    const imported = (numbers: string[]) =>
      importSheets([catalog, sheet(numbers)], 'f.xlsx').find((o) => o.imported?.procedure.id === '1.1')!.imported!;
    // Sorted by another column: the dotted numbers still tell the flow, and stay its ids.
    const dotted = imported(['B.4', 'B.2', 'B.1', 'B.3']);
    expect(dotted.procedure.steps.map((s) => [s.id, s.name])).toEqual([
      ['B.1', 'Tiếp nhận'],
      ['B.2', 'Thẩm định'],
      ['B.3', 'Ký'],
      ['B.4', 'Trả kết quả'],
    ]);
    expect(dotted.warnings).toEqual([]);
    // "2" twice: which of the two comes first is not known, so nothing is sorted and the officer is told.
    const repeated = imported(['4', '2', '1', '2']);
    expect(repeated.procedure.steps.map((s) => s.name)).toEqual(['Trả kết quả', 'Thẩm định', 'Tiếp nhận', 'Ký']);
    expect(repeated.warnings).toEqual([
      {
        en: 'f.xlsx: sheet "Bước" row 5: step number 2 is written on more than one row: the steps are kept in the order of the rows, not sorted by number; check the order and give each step its own number',
        vi: 'f.xlsx: trang tính "Bước", dòng 5: số thứ tự bước 2 được ghi ở nhiều dòng: các bước giữ theo thứ tự các dòng, không sắp theo số thứ tự; hãy kiểm tra thứ tự và đánh số riêng cho từng bước',
      },
      {
        en: 'the table gives 4 steps no id: procmap numbered B4, B2, B1, B5',
        vi: 'bảng không ghi mã cho 4 bước: procmap đã đánh số B4, B2, B1, B5',
      },
    ]);
    // One row without a number among numbers out of order: where it goes is not known either.
    const unnumbered = imported(['4', '', '1', '2']);
    expect(unnumbered.procedure.steps.map((s) => s.name)).toEqual(['Trả kết quả', 'Thẩm định', 'Tiếp nhận', 'Ký']);
    expect(unnumbered.warnings).toEqual([
      {
        en: 'f.xlsx: sheet "Bước" row 3: this row has no step number while the others are numbered out of order: the steps are kept in the order of the rows; check the order and number every step',
        vi: 'f.xlsx: trang tính "Bước", dòng 3: dòng này không có số thứ tự bước trong khi các dòng khác được đánh số không theo thứ tự: các bước giữ theo thứ tự các dòng; hãy kiểm tra thứ tự và đánh số cho mọi bước',
      },
      {
        en: 'the table gives 4 steps no id: procmap numbered B4, B2, B1, B5',
        vi: 'bảng không ghi mã cho 4 bước: procmap đã đánh số B4, B2, B1, B5',
      },
    ]);
  });

  it('read a body with who in it does the step as that body and a role, when the table names the body alone', () => {
    const withRoles = {
      name: 'Bước',
      rows: [
        ['Mã thủ tục', 'TT', 'Nội dung', 'Trách nhiệm', 'Thời gian (giờ)'],
        ['1.1', '1', 'Tiếp nhận', 'Bộ phận Một cửa (Công chức tiếp nhận)', '4'],
        ['1.1', '2', 'Thẩm định', 'Công chức Tư pháp - Hộ tịch', '8'],
        ['1.1', '3', 'Ký', 'Công chức Tư pháp - Hộ tịch - Ông Nguyễn Văn A', '2'],
        ['1.1', '4', 'Trả kết quả', 'Bộ phận Một cửa', '2'],
        // A name with a dash and brackets of its own, which no row writes without them: kept whole.
        ['1.1', '5', 'Lưu', 'Văn thư (UBND xã)', '1'],
      ],
    };
    const one = importSheets([catalog, withRoles], 'f.xlsx').find((o) => o.imported?.procedure.id === '1.1')!.imported!
      .procedure;
    expect(one.steps.map((s) => [s.body, s.role])).toEqual([
      ['BPMC', 'Công chức tiếp nhận'],
      ['CCTPHT', undefined],
      ['CCTPHT', 'Ông Nguyễn Văn A'],
      ['BPMC', undefined],
      ['VTUX', undefined],
    ]);
    expect(Object.values(one.bodies).map((b) => b.name)).toEqual([
      'Bộ phận Một cửa',
      'Công chức Tư pháp - Hộ tịch',
      'Văn thư (UBND xã)',
    ]);
  });
});
