import { describe, expect, it } from 'vitest';
import { sheetsOfDocument } from '../../src/interchange/docx-import.js';
import { documentSections, endsSection } from '../../src/interchange/document-sections.js';

describe('the sections of an ISO document in Word', () => {
  it.each([
    ['5.3. Số lượng hồ sơ: 01 (bộ)', [5, 2], true],
    ['6. BIỂU MẪU', [5, 8], true],
    ['Thành phần hồ sơ:', [5, 1], true],
    ['2. Nghị định số 23/2015/NĐ-CP', [5, 1], false],
    ['200.000 đồng/lần/người; 100.000 đồng/lần/người đối với sinh viên', [5, 6], false],
    ['1.5 ngày làm việc', [5, 4], false],
  ])('%s after section %j ends it: %s', (line, section, ends) => {
    expect(endsSection(line, section)).toBe(ends);
  });

  it('keeps a fee of "Không" and an amount under its heading, and drops what says nothing is set', () => {
    const sections = (paragraphs: string[]) => documentSections({ paragraphs, tables: [] }).fields;
    expect(sections(['5.6. Phí, lệ phí', 'Không', '5.7. Lưu đồ'])).toEqual({ fee: 'Không' });
    expect(sections(['5.6. Phí, lệ phí', '200.000 đồng/lần', '5.7. Lưu đồ'])).toEqual({ fee: '200.000 đồng/lần' });
    expect(sections(['1. MỤC ĐÍCH', 'Chưa quy định', '2. PHẠM VI ÁP DỤNG', 'Toàn tỉnh.'])).toEqual({
      scope: 'Toàn tỉnh.',
    });
  });

  it('reads a section after a table of contents that names its heading with nothing under it', () => {
    const paragraphs = [
      '1. Mục đích',
      '2. Phạm vi áp dụng',
      '1. MỤC ĐÍCH',
      'Quy định trình tự.',
      '2. PHẠM VI ÁP DỤNG',
      'Toàn tỉnh.',
    ];
    expect(documentSections({ paragraphs, tables: [] }).fields).toEqual({
      purpose: 'Quy định trình tự.',
      scope: 'Toàn tỉnh.',
    });
    const toc = [
      'QUY TRÌNH',
      'Chứng thực',
      'Thời hạn giải quyết: 1 ngày làm việc',
      '3. Căn cứ pháp lý',
      '4. Định nghĩa',
    ];
    const read = sheetsOfDocument({
      paragraphs: [...toc, '3. CĂN CỨ PHÁP LÝ', '- Luật Hộ tịch 2014', '4. ĐỊNH NGHĨA'],
      tables: [],
    });
    if ('problem' in read) throw new Error(read.problem.en);
    const [headers, values] = read.sheets[0]!.rows;
    expect(values![headers!.indexOf('Căn cứ pháp lý')]).toBe('- Luật Hộ tịch 2014');
  });

  it('reads four on-the-spot from the line that states it', () => {
    const sections = (line: string) => documentSections({ paragraphs: [line], tables: [] }).fields.four_on_the_spot;
    expect(sections('Thực hiện theo cơ chế “4 tại chỗ”')).toBe(true);
    expect(sections('Thủ tục được giải quyết theo cơ chế 4 tại chỗ.')).toBe(true);
    expect(sections('4 tại chỗ: Có')).toBe(true);
    expect(sections('4 tại chỗ: Không')).toBeUndefined();
    expect(sections('Danh mục thủ tục thực hiện theo cơ chế "4 tại chỗ" tại Trung tâm')).toBeUndefined();
  });

  it('reads the ways of filing, each with its own limit, fee and note', () => {
    const tables = [
      {
        name: '#1',
        rows: [
          ['Cách thức', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Ghi chú'],
          ['Trực tiếp', '10 ngày làm việc', '50.000 đồng', ''],
          ['Trực tuyến', '8 ngày làm việc\nĐạt: còn dư 1 ngày làm việc', '25.000 đồng', 'Cổng Dịch vụ công quốc gia'],
          ['Tổng', '', '', ''],
        ],
      },
    ];
    expect(documentSections({ paragraphs: [], tables }).fields.channels).toEqual([
      { kind: 'in_person', time_limit: '10 ngày làm việc', fee: '50.000 đồng' },
      { kind: 'online', time_limit: '8 ngày làm việc', fee: '25.000 đồng', note: 'Cổng Dịch vụ công quốc gia' },
    ]);
  });

  it('keeps the rows of a table it cannot read, in words, and counts no total, case or pre-printed row among them', () => {
    const tables = [
      {
        name: '#1',
        rows: [
          ['Cách thức', 'Thời hạn giải quyết', 'Phí, lệ phí'],
          ['Trực tiếp', '10 ngày làm việc', ''],
          ['Qua ứng dụng Zalo', '10 ngày làm việc', 'Không'],
          ['Tổng', '', ''],
        ],
      },
      {
        name: '#2',
        rows: [
          ['Lần ban hành', 'Ngày', 'Nội dung sửa đổi'],
          ['01', '15/01/2025', 'Ban hành lần đầu'],
          ['02', '31/02/2025', 'Sửa thời hạn'],
          ['03', '', ''],
        ],
      },
      {
        name: '#3',
        rows: [
          ['Tên giấy tờ', 'Bản chính', 'Bản sao'],
          ['Trường hợp: nộp thay', 'Trường hợp: nộp thay', 'Trường hợp: nộp thay'],
          ['Văn bản ủy quyền', '1', ''],
          ['', '1', ''],
        ],
      },
    ];
    const { fields, unread } = documentSections({ paragraphs: [], tables });
    expect(fields.channels).toEqual([{ kind: 'in_person', time_limit: '10 ngày làm việc' }]);
    expect(fields.history).toEqual([{ revision: 1, date: '2025-01-15', changes: 'Ban hành lần đầu' }]);
    expect(unread).toEqual([
      'Cách thức: Qua ứng dụng Zalo; Thời hạn giải quyết: 10 ngày làm việc',
      'Lần ban hành: 02; Ngày: 31/02/2025; Nội dung sửa đổi: Sửa thời hạn',
      'Bản chính: 1',
    ]);
  });

  it('reads a count of none ("Không", "-") as 0, as the document prints 0, and a count not laid down as none', () => {
    const table = {
      name: '#1',
      rows: [
        ['TT', 'Tên giấy tờ', 'Bản chính', 'Bản sao'],
        ['1', 'Tờ khai', '01 bản', 'Không'],
        ['2', 'Bản vẽ', 'Không', '02 bản'],
        ['3', 'Giấy phép', '-', 'Chưa quy định'],
      ],
    };
    expect(documentSections({ paragraphs: [], tables: [table] }).fields.dossier).toEqual([
      { name: 'Tờ khai', originals: 1, copies: 0 },
      { name: 'Bản vẽ', originals: 0, copies: 2 },
      { name: 'Giấy phép', originals: 0 },
    ]);
  });

  it('reads a count printed after the name, under neither column, back as a count that says not which', () => {
    // As the document prints "01 bản" where originals and copies have columns of their own (original-or-copy).
    const table = {
      name: '#1',
      rows: [
        ['TT', 'Tên giấy tờ', 'Bản chính', 'Bản sao'],
        ['1', 'Tờ khai', '01 bản', ''],
        ['2', 'Giấy khai sinh (01 bản)', '', ''],
        ['3', 'Văn bản thỏa thuận (bản dịch)', '', ''],
        ['4', 'Bản vẽ (02 bản)', '', '01 bản'],
        // A count of sets, as the document prints "02 bộ" so too.
        ['5', 'Hồ sơ kỹ thuật (02 bộ)', '', ''],
      ],
    };
    expect(documentSections({ paragraphs: [], tables: [table] }).fields.dossier).toEqual([
      { name: 'Tờ khai', originals: 1 },
      { name: 'Giấy khai sinh', copies: '01 bản' },
      { name: 'Văn bản thỏa thuận (bản dịch)' },
      { name: 'Bản vẽ (02 bản)', copies: 1 },
      { name: 'Hồ sơ kỹ thuật', copies: '02 bộ' },
    ]);
  });

  it('reads every table of a kind: a dossier table per case, and a table printed twice once', () => {
    const dossier = (item: string) => ({
      name: '#d',
      rows: [
        ['Tên giấy tờ', 'Bản chính', 'Bản sao'],
        [item, '1', ''],
      ],
    });
    const forms = {
      name: '#f',
      rows: [
        ['Mã hiệu', 'Tên biểu mẫu'],
        ['Mẫu 01', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả'],
      ],
    };
    const tables = [dossier('Tờ khai đăng ký'), forms, dossier('Văn bản ủy quyền'), forms, dossier('Tờ khai đăng ký')];
    const { fields } = documentSections({ paragraphs: [], tables });
    expect(fields.dossier).toEqual([
      { name: 'Tờ khai đăng ký', originals: 1 },
      { name: 'Văn bản ủy quyền', originals: 1 },
    ]);
    expect(fields.forms).toEqual([{ code: 'Mẫu 01', name: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả' }]);
  });

  it('reads a count of none ("00 bản", as the document prints originals: 0) as 0, not as words kept with the copies', () => {
    const tables = [
      {
        name: '#d',
        rows: [
          ['Tên giấy tờ', 'Bản chính', 'Bản sao'],
          ['Bản chụp căn cước', '00 bản', '01 bản'],
          ['Tờ khai', '1', '0'],
        ],
      },
    ];
    expect(documentSections({ paragraphs: [], tables }).fields.dossier).toEqual([
      { name: 'Bản chụp căn cước', originals: 0, copies: 1 },
      { name: 'Tờ khai', originals: 1, copies: 0 },
    ]);
  });

  // Linear in the tables: the number a document may hold (10,000) took 24 s when each table compared its items with
  // all those before it, each turned to JSON again (50 million times). The work is counted, not timed: a shared CI
  // machine under load runs the linear code for seconds too; the timeout only catches a hang. A thousand tables show
  // it as well as ten thousand: the quadratic code turns items to JSON half a million times, fifty times the bound.
  it('reads a thousand tables of a kind in linear time', { timeout: 120_000 }, () => {
    const tables = Array.from({ length: 1_000 }, (_, i) => ({
      name: `#${i}`,
      rows: [
        ['Tên giấy tờ', 'Bản chính'],
        [`Giấy tờ ${i}`, '1'],
      ],
    }));
    const stringify = JSON.stringify;
    let calls = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => {
      calls++;
      return stringify(...args);
    }) as typeof stringify;
    try {
      expect(documentSections({ paragraphs: [], tables }).fields.dossier).toHaveLength(1_000);
    } finally {
      JSON.stringify = stringify;
    }
    // A few per table, whatever the number of tables before it.
    expect(calls).toBeLessThan(10 * tables.length);
  });

  it('reads "Không" under the heading of a list it gives as a table as none, "Chưa quy định" as nothing', () => {
    const paragraphs = [
      '4. ĐỊNH NGHĨA, VIẾT TẮT',
      'Không',
      '6. BIỂU MẪU',
      'Không có.',
      '7. HỒ SƠ CẦN LƯU',
      'Chưa quy định',
    ];
    expect(documentSections({ paragraphs, tables: [] }).fields).toEqual({ definitions: [], forms: [] });
    expect(documentSections({ paragraphs: ['Hồ sơ lưu: Không'], tables: [] }).fields).toEqual({ records: [] });
    // The heading of a table of contents, the next heading under it: nothing said.
    expect(documentSections({ paragraphs: ['6. BIỂU MẪU', '7. HỒ SƠ CẦN LƯU'], tables: [] }).fields).toEqual({});
    // A table of the list wins, and a table whose rows say only "Không" says none.
    const forms = {
      name: '#1',
      rows: [
        ['TT', 'Mã hiệu', 'Tên biểu mẫu'],
        ['1', 'Mẫu 01', 'Tờ khai'],
      ],
    };
    expect(documentSections({ paragraphs, tables: [forms] }).fields.forms).toEqual([
      { code: 'Mẫu 01', name: 'Tờ khai' },
    ]);
    const none = {
      name: '#1',
      rows: [
        ['TT', 'Mã hiệu', 'Tên biểu mẫu'],
        ['', '', 'Không'],
      ],
    };
    expect(documentSections({ paragraphs: [], tables: [none] }).fields.forms).toEqual([]);
  });

  // The timeout only catches a hang: a shared CI machine under load takes seconds for the linear code too.
  it('reads a hundred thousand lines that look like such a heading in linear time', { timeout: 120_000 }, () => {
    const paragraphs = Array.from({ length: 100_000 }, () => 'Biểu mẫu');
    expect(documentSections({ paragraphs, tables: [] }).fields).toEqual({});
  });

  it('reads a sign-off table by the words departments head it with', () => {
    const table = (prepared: string) => ({
      name: '#s',
      rows: [
        ['Trách nhiệm', prepared, 'Xem xét', 'Phê duyệt'],
        ['Họ tên', 'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'],
        ['Chức danh', 'Chuyên viên', 'Trưởng phòng', 'Giám đốc'],
      ],
    });
    for (const prepared of ['Soạn thảo', 'Người biên soạn', 'Người lập'])
      expect(documentSections({ paragraphs: [], tables: [table(prepared)] }).fields.signoff, prepared).toEqual({
        prepared_by: { name: 'Nguyễn Văn An', title: 'Chuyên viên' },
        reviewed_by: { name: 'Trần Thị Bình', title: 'Trưởng phòng' },
        approved_by: { name: 'Lê Văn Cường', title: 'Giám đốc' },
      });
  });

  it('reads a table of abbreviations by the words departments head it with', () => {
    for (const [term, meaning] of [
      ['Thuật ngữ', 'Định nghĩa'],
      ['Chữ viết tắt', 'Viết đầy đủ'],
      ['Từ viết tắt', 'Nghĩa'],
      ['Từ ngữ', 'Giải thích'],
    ] as const)
      expect(
        documentSections({
          paragraphs: [],
          tables: [
            {
              name: '#t',
              rows: [
                [term, meaning],
                ['BPMC', 'Bộ phận Một cửa'],
              ],
            },
          ],
        }).fields.definitions,
        `${term} | ${meaning}`,
      ).toEqual([{ term: 'BPMC', meaning: 'Bộ phận Một cửa' }]);
  });
});
