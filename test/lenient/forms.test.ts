import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n.js';
import { lint } from '../../src/lint/linter.js';
import { dossierCounts } from '../../src/model/dossier-counts.js';
import { dossierItemOf } from '../../src/model/dossier-line.js';
import { definitionOf, recordOf, signatoryOf } from '../../src/model/lenient.js';
import { loadFile } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';

const DIR = 'test/lenient/fixtures';

function lintOne(name: string, lang: Lang = 'en') {
  const file = `${DIR}/${name}`;
  return lint([loadFile(file, readFileSync(join(ROOT, file)))], { lang });
}

describe('a draft written the way officers write', () => {
  const result = lintOne('accepted-draft.yaml');

  it('lints clean', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('reaches every later stage in the canonical shape', () => {
    const procedure = result.procedures[0]!.procedure;
    expect(procedure.effective).toBe('2025-07-01');
    expect(procedure.cutoff).toBe('15:30');
    expect(procedure.bodies.TN!.single_window).toBe(true);
    expect(procedure.steps.map((step) => step.body)).toEqual(['TN', 'KT', 'KT', 'TN', 'TN']);
    expect(procedure.level).toBe('commune');
    expect(procedure.fee).toBe('100.000 đồng');
    expect(procedure.channels).toEqual([{ kind: 'in_person' }, { kind: 'online' }]);
    expect(procedure.steps.map((step) => step.id)).toEqual(['B1', 'Bước 2', '3', 'B.4', '5']);
    expect(procedure.steps.map((step) => step.next)).toEqual([
      ['Bước 2'],
      { 'Hợp lệ': '3', 'Không hợp lệ': 'B.4' },
      ['5'],
      [],
      undefined,
    ]);
    expect(procedure.dossier).toEqual([
      { name: 'Giấy đề nghị đăng ký hộ kinh doanh' },
      { name: 'Bản sao giấy tờ pháp lý của chủ hộ', copies: 1 },
    ]);
    expect(procedure.signoff).toEqual({
      prepared_by: { name: 'Nguyễn Văn An' },
      reviewed_by: { name: 'Trần Thị Bình', title: 'Trưởng phòng' },
      approved_by: { name: 'Lê Văn Cường' },
    });
    expect(procedure.history!.map((entry) => entry.date)).toEqual(['2024-03-01', '2025-07-01']);
  });
});

describe('Roman numerals in a revision, a month and a step', () => {
  it('are read as the numbers they stand for, which every later stage sees', () => {
    const result = lintOne('accepted-roman.yaml');
    expect(result.diagnostics).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect([procedure.revision, procedure.effective, procedure.issued]).toEqual([2, '2025-07-01', '2025-07-01']);
    expect(procedure.steps.map((step) => step.next)).toEqual([['B2'], ['B3'], undefined]);
    expect(procedure.history!.map((entry) => [entry.revision, entry.date])).toEqual([
      [1, '2024-03-01'],
      [2, '2025-07-01'],
    ]);
  });
});

describe('a date after its weekday, with or without "ngày" between them', () => {
  it('is read as the date, which every later stage sees alone', () => {
    const result = lintOne('accepted-date-weekday.yaml');
    expect(result.diagnostics).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect(procedure.effective).toBe('2025-07-01');
    expect(procedure.history!.map((entry) => entry.date)).toEqual(['2025-07-01']);
  });
});

describe('a date with its month named in English, as a spreadsheet in an English locale exports it', () => {
  it('is read as the date, day or month first, which every later stage sees as YYYY-MM-DD', () => {
    const result = lintOne('accepted-date-english.yaml');
    expect(result.diagnostics).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect(procedure.effective).toBe('2025-07-01');
    expect(procedure.history!.map((entry) => entry.date)).toEqual(['2025-07-01']);
  });
});

describe('a value in typographic quotes, as Word types them', () => {
  it('is read as the value inside them, which every later stage sees without them', () => {
    const result = lintOne('typographic-quotes.yaml');
    expect(result.diagnostics).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect(procedure.title).toBe('Cấp đổi giấy phép lái xe');
    expect(procedure.code).toBe('1.004194');
    expect(procedure.effective).toBe('2025-03-01');
    expect(procedure.level).toBe('commune');
    expect(procedure.cutoff).toBe('15:00');
    expect(procedure.four_on_the_spot).toBe(false);
    expect(procedure.steps[0]!.next).toEqual(['B2']);
    expect(procedure.dossier).toEqual([
      { name: 'Đơn đề nghị (Mẫu 01)' },
      { name: '“Giấy phép lái xe” và “Giấy chứng nhận sức khỏe”' },
    ]);
  });
});

describe('a count labelled with its kind', () => {
  it.each([
    ['Bản sao: 01', { copies: 1 }],
    ['bản sao (02)', { copies: 2 }],
    ['01 (bản sao)', { copies: 1 }],
    ['Bản chính: 01', { originals: 1 }],
    ['bản chính (01)', { originals: 1 }],
    ['01 (bản chính)', { originals: 1 }],
  ])('%j counts %j', (text, counts) => {
    expect(dossierCounts(text)).toEqual(counts);
  });

  it("is read after an item's name on its line, and kept in words until the dossier counts originals", () => {
    expect(dossierItemOf('Giấy khai sinh: Bản chính: 01')).toEqual({ name: 'Giấy khai sinh', originals: 1 });
    expect(dossierItemOf('Giấy chứng sinh: Bản sao: 01')).toEqual({ name: 'Giấy chứng sinh', copies: 'Bản sao: 01' });
    expect(dossierItemOf('Giấy chứng sinh: bản sao (01)')).toEqual({ name: 'Giấy chứng sinh', copies: 'bản sao (01)' });
  });
});

describe('a dossier item on one line', () => {
  it.each([
    ['Giấy xác nhận tình trạng hôn nhân: 01 bản chính', { name: 'Giấy xác nhận tình trạng hôn nhân', originals: 1 }],
    ['Bản thuyết minh điều kiện cơ sở - 01 bản chính', { name: 'Bản thuyết minh điều kiện cơ sở', originals: 1 }],
    ['Giấy tờ tùy thân (01 bản chính và 01 bản sao)', { name: 'Giấy tờ tùy thân', originals: 1, copies: 1 }],
    ['Tờ khai; 01 bản chính và 01 bản sao', { name: 'Tờ khai', originals: 1, copies: 1 }],
    ['Tờ khai: 02 bản chính, 01 bản sao', { name: 'Tờ khai', originals: 2, copies: 1 }],
    ['Văn bản ủy quyền. Số lượng: 01 bản chính', { name: 'Văn bản ủy quyền', originals: 1 }],
    ['Giấy chứng sinh - Số lượng: 01 bản chính và 01 bản sao', { name: 'Giấy chứng sinh', originals: 1, copies: 1 }],
    // The national portal's own wording (SOBANCHINH, SOBANSAO), after the name and its form.
    [
      'Đơn đăng ký (Mẫu số 01): Bản chính: 1 - Bản sao: 0',
      { name: 'Đơn đăng ký (Mẫu số 01)', originals: 1, copies: 0 },
    ],
    // The portal's counts in brackets, or after a dash, as its pages and pasted tables write them: no dash left.
    ['Đơn (Bản chính: 1 - Bản sao: 0)', { name: 'Đơn', originals: 1, copies: 0 }],
    ['Đơn (Mẫu 01) (Bản chính: 0, Bản sao: 1)', { name: 'Đơn (Mẫu 01)', originals: 0, copies: 1 }],
    ['Đơn - Bản chính: 1 - Bản sao: 0', { name: 'Đơn', originals: 1, copies: 0 }],
    ['Đơn – Bản chính: 01; Bản sao: 0', { name: 'Đơn', originals: 1, copies: 0 }],
  ])('%j counts its originals apart from its copies', (text, item) => {
    expect(dossierItemOf(text)).toEqual(item);
  });

  it.each([
    ['Sổ hộ khẩu, 01 bản sao có chứng thực', 'Sổ hộ khẩu', '01 bản sao có chứng thực'],
    // The kind of copy after a colon, without a number: the schema's copies in words.
    [
      'Giấy khai sinh: Bản sao có chứng thực hoặc bản chính để đối chiếu',
      'Giấy khai sinh',
      'Bản sao có chứng thực hoặc bản chính để đối chiếu',
    ],
    ['Căn cước công dân: xuất trình bản chính', 'Căn cước công dân', 'xuất trình bản chính'],
    // The count alone, officers' commonest way: it stayed in the name, and the count column was empty.
    ['Tờ khai: 01 bản', 'Tờ khai', '01 bản'],
    ['Đơn đề nghị (01 bản)', 'Đơn đề nghị', '01 bản'],
    ['Ảnh 3x4 - 02 bản', 'Ảnh 3x4', '02 bản'],
    // A set ("bộ") is counted as a paper is, and the count may follow "Số lượng:".
    ['Tờ khai (Mẫu số 1a); 01 bộ', 'Tờ khai (Mẫu số 1a)', '01 bộ'],
    ['Hồ sơ thiết kế (02 bộ)', 'Hồ sơ thiết kế', '02 bộ'],
    ['Tờ khai đăng ký khai sinh. Số lượng: 01 bộ', 'Tờ khai đăng ký khai sinh', '01 bộ'],
    ['Ảnh 4x6, số lượng: 02 bản', 'Ảnh 4x6', '02 bản'],
  ])('%j is %j with the count %j', (text, name, copies) => {
    expect(dossierItemOf(text)).toEqual({ name, copies });
  });

  it.each([
    ['Tờ khai： 01 bản chính', { name: 'Tờ khai', originals: 1 }],
    ['Tờ khai：０１ bản chính', { name: 'Tờ khai', originals: 1 }],
    ['Giấy ủy quyền（０１ bản chính）', { name: 'Giấy ủy quyền', originals: 1 }],
    ['Giấy khai sinh：０２ bản sao', { name: 'Giấy khai sinh', copies: '02 bản sao' }],
    ['Tờ khai；０１ bản chính và ０１ bản sao', { name: 'Tờ khai', originals: 1, copies: 1 }],
    ['Đơn（Mẫu 01）：Bản chính：1 - Bản sao：0', { name: 'Đơn（Mẫu 01）', originals: 1, copies: 0 }],
    ['Căn cước：xuất trình bản chính', { name: 'Căn cước', copies: 'xuất trình bản chính' }],
  ])('%j, typed with an input method’s full-width marks, reads as in ASCII, its name as written', (text, item) => {
    expect(dossierItemOf(text)).toEqual(item);
  });

  it.each([
    'Tờ khai đăng ký kết hôn',
    'Giấy tờ (bản chính để đối chiếu)',
    'Bản chính - Giấy khai sinh',
    'Giấy phép (01 bản chính',
    'Giấy tờ: bản đồ địa chính thửa đất',
    'Giấy tờ (01 bản',
    'Quy hoạch 1/500 bản',
    'Số lượng: 01 bộ',
    'Văn bản của Bộ Tư pháp',
  ])('%j is a name alone', (text) => {
    expect(dossierItemOf(text)).toEqual({ name: text });
  });
});

describe('a record on one line', () => {
  it.each([
    ['Sổ chứng thực - Lưu 05 năm', { name: 'Sổ chứng thực', retention: '05 năm' }],
    ['Hồ sơ: Vĩnh viễn', { name: 'Hồ sơ', retention: 'Vĩnh viễn' }],
    ['Sổ đăng ký kết hôn (lưu vĩnh viễn)', { name: 'Sổ đăng ký kết hôn', retention: 'Vĩnh viễn' }],
    // A name that holds the word, or a dash before something else, stays whole.
    ['Lưu trữ hồ sơ - Phòng Tư pháp', { name: 'Lưu trữ hồ sơ - Phòng Tư pháp' }],
    ['Sổ lưu trữ', { name: 'Sổ lưu trữ' }],
  ])('%j is %j', (text, record) => {
    expect(recordOf(text)).toEqual(record);
  });
});

describe('a count of originals written as text', () => {
  const read = (originals: string) =>
    lint(
      [
        loadFile(
          'o.yaml',
          Buffer.from(
            'id: QT-01\ntitle: A\nrevision: 1\neffective: 2025-07-01\ntime_limit: 1d\n' +
              `dossier:\n  - { name: Tờ khai, originals: ${originals}, copies: "01" }\n` +
              'steps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 2h }\n',
          ),
        ),
      ],
      { lang: 'en' },
    );
  it.each([
    ['"01"', 1],
    ['01 bản chính', 1],
    ['"2"', 2],
    ['Không', 0],
  ])('%s is %d, as copies reads its own', (originals, count) => {
    const result = read(originals);
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.procedure.dossier![0]!.originals).toBe(count);
  });

  it('is refused, with what to write, when it is no count', () => {
    expect(read('01 bản sao').diagnostics.map((d) => d.message)).toEqual([
      '"originals" is "01 bản sao", not a number of originals: write a number, e.g. 1 or "01 bản chính", or 0',
    ]);
  });
});

describe('a list written as one text', () => {
  const text = (lists: string) =>
    `id: QT-01\ntitle: Chứng thực\nrevision: 1\neffective: 2025-07-01\ntime_limit: 1d\n${lists}` +
    'steps:\n  - { id: B1, name: Tiếp nhận, body: Bộ phận Một cửa, duration: 2h }\n';
  const read = (lists: string, lang: Lang = 'en') => lint([loadFile('one.yaml', Buffer.from(text(lists)))], { lang });

  it('is a list of that one item, for the dossier, records, forms and definitions as for the legal basis', () => {
    const result = read(
      'dossier: Tờ khai chứng thực\nrecords: Sổ chứng thực\nforms: Mẫu 01 - Tờ khai\n' +
        'definitions: "TTPVHCC: Trung tâm Phục vụ hành chính công"\nlegal_basis: Nghị định 23/2015/NĐ-CP\n',
    );
    expect(result.diagnostics).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect(procedure.dossier).toEqual([{ name: 'Tờ khai chứng thực' }]);
    expect(procedure.records).toEqual([{ name: 'Sổ chứng thực' }]);
    expect(procedure.forms).toEqual([{ code: 'Mẫu 01', name: 'Tờ khai' }]);
    expect(procedure.definitions).toEqual([{ term: 'TTPVHCC', meaning: 'Trung tâm Phục vụ hành chính công' }]);
    expect(procedure.legal_basis).toEqual(['Nghị định 23/2015/NĐ-CP']);
  });

  it('is empty when it says there is none, and left out when it says nothing is laid down yet', () => {
    const result = read(
      'conditions: Không có\nrecords: [Không]\nforms: "-"\nlegal_basis: Chưa quy định\ndefinitions: KHÔNG CÓ\n',
    );
    expect(result.diagnostics).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect(procedure.conditions).toEqual([]);
    expect(procedure.definitions).toEqual([]);
    expect(read('definitions: [Chưa quy định]\n').procedures[0]!.procedure).not.toHaveProperty('definitions');
    expect(procedure.records).toEqual([]);
    expect(procedure.forms).toEqual([]);
    expect(procedure).not.toHaveProperty('legal_basis');
    // A condition that starts with "Không" is a condition; "Không" among other items is left as written.
    expect(read('conditions: Không thuộc trường hợp tại Điều 22\n').procedures[0]!.procedure.conditions).toEqual([
      'Không thuộc trường hợp tại Điều 22',
    ]);
    expect(read('conditions: [Không, Có hộ khẩu]\n').procedures[0]!.procedure.conditions).toEqual([
      'Không',
      'Có hộ khẩu',
    ]);
  });

  it('refuses a text of spaces alone, which would print an empty bullet or paragraph, at its place', () => {
    const text = 'legal_basis: [Luật Hộ tịch, "  "]\nconditions: " "\nfee: "\\u00a0"\nsignoff: { approved_by: " " }\n';
    expect(read(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '6:29 Item 2 must not be empty',
      '7:13 "conditions" must not be empty',
      '8:6 "fee" must not be empty',
      '9:25 "approved_by" must not be empty',
    ]);
    // Once, though channels on one line have checks of their own.
    expect(read('channels: "  "\n').diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '6:11 "channels" must not be empty',
    ]);
  });

  it('reads channels on one line, each with its own limit as the national record gives them', () => {
    const result = read('channels: "Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc"\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.procedure.channels).toEqual([
      { kind: 'in_person', time_limit: '05 ngày làm việc' },
      { kind: 'online', time_limit: '04 ngày làm việc' },
    ]);
    // A limit that is no duration leaves the line unread, named by its first part.
    expect(
      read('channels: "Trực tiếp: vài ngày; Trực tuyến: 04 ngày làm việc"\n').diagnostics.map((d) => d.message),
    ).toEqual([
      '"channels" "Trực tiếp: vài ngày" is not a way of filing: write in_person (trực tiếp), online (trực tuyến) or postal (qua dịch vụ bưu chính công ích)',
    ]);
  });

  it('reads one channel with its own limit on one line, as a list of that one item is read', () => {
    const result = read('channels: "Trực tiếp: 10 ngày làm việc"\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.procedure.channels).toEqual([{ kind: 'in_person', time_limit: '10 ngày làm việc' }]);
    expect(read('channels: ["Trực tiếp: 10 ngày làm việc"]\n').procedures[0]!.procedure.channels).toEqual(
      result.procedures[0]!.procedure.channels,
    );
    expect(read('channels: "Trực tiếp: vài ngày"\n').diagnostics.map((d) => d.message)).toEqual([
      '"channels" "Trực tiếp: vài ngày" is not a way of filing: write in_person (trực tiếp), online (trực tuyến) or postal (qua dịch vụ bưu chính công ích)',
    ]);
  });

  it('keeps the grade of online filing named on one line in the note, as a list of the names does', () => {
    const result = read('channels: Trực tiếp; Trực tuyến toàn trình\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.procedure.channels).toEqual([
      { kind: 'in_person' },
      { kind: 'online', note: 'Trực tuyến toàn trình' },
    ]);
    expect(
      read('channels: "Trực tiếp; Trực tuyến một phần: 02 ngày làm việc"\n').procedures[0]!.procedure.channels,
    ).toEqual([{ kind: 'in_person' }, { kind: 'online', time_limit: '02 ngày làm việc', note: 'Trực tuyến một phần' }]);
  });

  it('reads a way of filing with "nộp hồ sơ" before it and the place after it, as portals write it', () => {
    const result = read(
      'channels: [{ kind: Nộp hồ sơ trực tiếp }, { kind: Nộp hồ sơ trực tuyến, time_limit: 02 ngày làm việc }]\n',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.procedure.channels).toEqual([
      { kind: 'in_person' },
      { kind: 'online', time_limit: '02 ngày làm việc' },
    ]);
    expect(read('channels: Nộp hồ sơ trực tiếp tại Bộ phận Một cửa\n').diagnostics).toEqual([]);
  });

  it('asks which grade of online filing a line names twice, never merging them', () => {
    const text = 'channels: Trực tiếp; Trực tuyến (một phần); Trực tuyến toàn trình\n';
    expect(read(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '6:11 "channels" "Trực tiếp; Trực tuyến (một phần); Trực tuyến toàn trình" names online filing twice, as "Trực tuyến một phần" and as "Trực tuyến toàn trình": write online once, with the grade the procedure is offered at as its note, e.g. { kind: online, note: "Trực tuyến toàn trình" }',
    ]);
    expect(read(text, 'vi').diagnostics.map((d) => d.message)).toEqual([
      '"channels" "Trực tiếp; Trực tuyến (một phần); Trực tuyến toàn trình" ghi cách nộp trực tuyến hai lần, là "Trực tuyến một phần" và "Trực tuyến toàn trình": hãy ghi trực tuyến một lần, với mức độ mà thủ tục được cung cấp ở note, ví dụ { kind: online, note: "Trực tuyến toàn trình" }',
    ]);
  });

  it('says what is missing from a definition on one line, at its place', () => {
    expect(read('definitions: "TTPVHCC:  "\n').diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '6:14 "definitions" "TTPVHCC:  " is not a term and its meaning: write both, e.g. "TTPVHCC: Trung tâm Phục vụ hành chính công" or { term: TTPVHCC, meaning: … }',
    ]);
  });
});

describe("a step's body written by its key in another letter case", () => {
  const text = (bodies: string, body: string) =>
    `id: QT-01\ntitle: Chứng thực\nrevision: 1\neffective: 2025-07-01\ntime_limit: 1d\nbodies:\n${bodies}` +
    `steps:\n  - { id: B1, name: Tiếp nhận, body: ${body}, duration: 2h }\n`;
  const read = (bodies: string, body: string) =>
    lint([loadFile('one.yaml', Buffer.from(text(bodies, body)))], { lang: 'en' });

  it('is the body of that key, when one key is', () => {
    const result = read('  KT: Phòng Kinh tế\n', 'kt');
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.procedure.steps[0]!.body).toBe('KT');
  });

  it('is asked about when two keys differ only in letter case', () => {
    const result = read('  KT: Phòng Kinh tế\n  Kt: Kho tài liệu\n', 'kt');
    expect(result.diagnostics.map((d) => d.rule)).toContain('known-body');
  });
});

describe('a definition on one line', () => {
  it.each([
    ['TTPVHCC: Trung tâm Phục vụ hành chính công', 'TTPVHCC', 'Trung tâm Phục vụ hành chính công'],
    ['TTPVHCC - Trung tâm Phục vụ hành chính công', 'TTPVHCC', 'Trung tâm Phục vụ hành chính công'],
    // A dash inside the term: the colon divides.
    ['Công chức Tư pháp – Hộ tịch: công chức cấp xã', 'Công chức Tư pháp – Hộ tịch', 'công chức cấp xã'],
    ['Một cửa – liên thông = cơ chế giải quyết', 'Một cửa – liên thông', 'cơ chế giải quyết'],
  ])('%j is %j and %j', (text, term, meaning) => {
    expect(definitionOf(text)).toEqual({ term, meaning });
  });
});

describe('a signatory on one line', () => {
  it.each([
    ['Lê Văn Cường, Chủ tịch', { name: 'Lê Văn Cường', title: 'Chủ tịch' }],
    ['Lê Văn Cường - Phó Chủ tịch UBND xã', { name: 'Lê Văn Cường', title: 'Phó Chủ tịch UBND xã' }],
    ['Giám đốc: Trần Thị Bình', { name: 'Trần Thị Bình', title: 'Giám đốc' }],
    ['Nguyễn Văn An (chuyên viên)', { name: 'Nguyễn Văn An', title: 'chuyên viên' }],
    ['Trưởng phòng Tư pháp, Nguyễn Văn An', { name: 'Nguyễn Văn An', title: 'Trưởng phòng Tư pháp' }],
    // No side is a title: a body's name with a dash, or two names, stay whole.
    ['Phòng Tư pháp - Hộ tịch', { name: 'Phòng Tư pháp - Hộ tịch' }],
    ['Nguyễn Văn An, Trần Thị Bình', { name: 'Nguyễn Văn An, Trần Thị Bình' }],
    ['Nguyễn Văn An', { name: 'Nguyễn Văn An' }],
    // A title that holds a dash or a comma, after the name: split at the first mark, the title kept whole.
    [
      'Nguyễn Thị Thu Hà, Công chức Tư pháp – Hộ tịch',
      { name: 'Nguyễn Thị Thu Hà', title: 'Công chức Tư pháp – Hộ tịch' },
    ],
    // Neither side of the first mark is a name alone: never a guess that prints a piece of a title as the name.
    ['Công chức Tư pháp – Hộ tịch Nguyễn Văn A', { name: 'Công chức Tư pháp – Hộ tịch Nguyễn Văn A' }],
    ['KT. Chủ tịch, Phó Chủ tịch Trần Văn B', { name: 'KT. Chủ tịch, Phó Chủ tịch Trần Văn B' }],
  ])('%j is %j', (text, signatory) => {
    expect(signatoryOf(text)).toEqual(signatory);
  });
});

describe('next steps separated by commas', () => {
  it('are a list of those steps, each checked', () => {
    const file = 'test/rules/fixtures/canonical-next/invalid-comma-list.yaml';
    const text = readFileSync(join(ROOT, file), 'utf8');
    const read = (source: string) => lint([loadFile(file, Buffer.from(source))], { lang: 'en' });
    expect(read(text).procedures[0]!.procedure.steps[0]!.next).toEqual(['sign', 'return']);
    expect(
      read(text.replace('next: sign, return', 'next: sign; return ')).procedures[0]!.procedure.steps[0]!.next,
    ).toEqual(['sign', 'return']);
    expect(
      read(text.replace('next: sign, return', 'next: sign, retrun')).diagnostics.map((d) => `${d.rule} ${d.message}`),
    ).toEqual(['known-step Next step "retrun" does not exist; did you mean "return"?']);
    // A wrong id is explained once, by the one-id form, not again by the ids-with-commas form.
    expect(read(text.replace('next: sign, return', 'next: sign!')).diagnostics.map((d) => d.rule)).toEqual(['schema']);
    // In a list written with commas, the part that cannot be an id is the one named.
    expect(read(text.replace('next: sign, return', 'next: sign, return!')).diagnostics.map((d) => d.message)).toEqual([
      '"return!" cannot be a step id: a step id is made of letters (any language, accents allowed), digits, spaces, ".", "-" and "_", starts with a letter or a digit, and has at most 64 characters, e.g. B1, "Bước 1", 1 or receive',
    ]);
  });
});

/** Lints a one-day procedure with these bodies and steps (YAML flow maps, one per line), in English. */
function lintSteps(bodies: string, steps: string[]) {
  const header = ['id: QT-01', 'title: Thủ tục thử', 'revision: 1', 'effective: 2025-07-01', 'time_limit: 1d'];
  const text = [...header, `bodies: ${bodies}`, 'steps:', ...steps.map((step) => `  - ${step}`), ''].join('\n');
  return lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
}

describe('next steps written with the verb step tables use', () => {
  const read = (next: string) =>
    lintSteps('{ MC: { name: Bộ phận Một cửa, single_window: true } }', [
      `{ id: B1, name: Tiếp nhận, body: MC, duration: 2h, next: ${next} }`,
      '{ id: B2, name: Chuyển hồ sơ, body: MC, duration: 2h }',
      '{ id: B3, name: Trả kết quả, body: MC, duration: 2h, next: [] }',
    ]);

  it.each([
    ['Chuyển Bước 3', ['B3']],
    ['Chuyển sang bước 3', ['B3']],
    ['chuyển B3', ['B3']],
    ['{ Hợp lệ: Chuyển bước 3, Không hợp lệ: B2 }', { 'Hợp lệ': 'B3', 'Không hợp lệ': 'B2' }],
    // A step named with the verb is that step.
    ['Chuyển hồ sơ', ['B2']],
    // Typed without accents, where there is no Vietnamese keyboard.
    ['Tra ket qua', ['B3']],
    ['buoc 3', ['B3']],
    ['Chuyen sang buoc 3', ['B3']],
    // An arrow before the step, as a step table's last column writes it.
    ['"→ Bước 3"', ['B3']],
    ['"-> B3"', ['B3']],
    ['"=> B3"', ['B3']],
    // The dossier handed on ("Chuyển hồ sơ sang bước 3"), or sent back ("Quay lại bước 2", acyclic then judges it).
    ['Chuyển hồ sơ sang bước 3', ['B3']],
    ['Quay lại bước 2', ['B2']],
    ['Trở về B2', ['B2']],
    ['quay lai buoc 2', ['B2']],
    ['Chuyển về B2', ['B2']],
  ])('reads %s as %j', (next, expected) => {
    const result = read(next);
    expect(result.diagnostics.filter((d) => d.rule === 'known-step')).toEqual([]);
    expect(result.procedures[0]!.procedure.steps[0]!.next).toEqual(expected);
  });

  it('still names the target as written when no step follows the verb', () => {
    expect(read('Chuyển sang bước 9').diagnostics.map((d) => d.message)).toContain(
      'Next step "Chuyển sang bước 9" does not exist: write the id of a step of this procedure (B1, B2, B3)',
    );
    expect(read('"→ B9"').diagnostics.map((d) => d.message)).toEqual([
      'Next step "→ B9" does not exist: write the id of a step of this procedure (B1, B2, B3)',
    ]);
    // An arrow with no step after it is no step id.
    expect(read('"→"').diagnostics.map((d) => d.rule)).toEqual(['schema']);
  });
});

describe('a step whose time is not laid down yet', () => {
  it('is told to be marked a draft, as an empty cell is, not that the law sets no limit', () => {
    const result = lintSteps('{ MC: { name: Bộ phận Một cửa, single_window: true } }', [
      '{ id: B1, name: Tiếp nhận, body: MC, duration: Chưa quy định }',
    ]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'The step has no duration: write a number and a unit, e.g. "4h" or "3 ngày làm việc"; if it is not known yet, write duration: 0h and draft: true, which marks the step as a draft',
    ]);
  });
});

describe('branches written in words, as step tables write a decision', () => {
  const read = (next: string) =>
    lintSteps('{ MC: { name: Bộ phận Một cửa, single_window: true } }', [
      `{ id: B1, name: Tiếp nhận, body: MC, duration: 2h, next: ${next} }`,
      '{ id: B2, name: Thẩm định và trình ký, body: MC, duration: 2h, next: [] }',
      '{ id: B3, name: Trả lại hồ sơ, body: MC, duration: 2h, next: [] }',
    ]);
  const BOTH = { 'Hợp lệ': 'B2', 'Không hợp lệ': 'B3' };

  it.each([
    ['"B2 (nếu hợp lệ)"', { 'Hợp lệ': 'B2' }],
    ['[B2 (nếu hợp lệ), B3 (nếu không hợp lệ)]', BOTH],
    ['"B2 (nếu hợp lệ); B3 (nếu không hợp lệ)"', BOTH],
    ['"Nếu hợp lệ: B2; không hợp lệ: B3"', BOTH],
    ['"Hợp lệ → chuyển sang bước 2, Không hợp lệ → Bước 3"', BOTH],
    ['"Hợp lệ -> B2\\nKhông hợp lệ -> Trả lại hồ sơ"', BOTH],
    ['"Nếu hồ sơ đủ: B2; trường hợp khác: B3"', { 'Hồ sơ đủ': 'B2', Khác: 'B3' }],
    ['"neu hop le: B2; neu khong hop le: B3"', { 'Hop le': 'B2', 'Khong hop le': 'B3' }],
    // The case, then the verb and the step, as a published procedure's sentence reads.
    ['"Nếu hồ sơ hợp lệ chuyển B2, không hợp lệ chuyển B3"', { 'Hồ sơ hợp lệ': 'B2', 'Không hợp lệ': 'B3' }],
    ['"Nếu hợp lệ thì chuyển B2; nếu không hợp lệ thì chuyển B3"', BOTH],
    ['"Hợp lệ chuyển sang bước 2, không hợp lệ chuyển sang bước 3"', BOTH],
    // Parallel steps said in words.
    ['"Đồng thời chuyển B2 và B3"', ['B2', 'B3']],
    ['"Chuyển đồng thời B2, B3"', ['B2', 'B3']],
    // Steps joined by "và" are those steps when each is one, all of them; by "hoặc", one of them (a decision whose
    // cases are not named). A step's own name stays whole.
    ['"B2 hoặc B3"', { oneOf: ['B2', 'B3'] }],
    ['"B2 hoac B3"', { oneOf: ['B2', 'B3'] }],
    ['[B2 hoặc B3]', { oneOf: ['B2', 'B3'] }],
    ['"B2 va B3"', ['B2', 'B3']],
    ['[B2 và Bước 3]', ['B2', 'B3']],
    ['"B2 or B3"', { oneOf: ['B2', 'B3'] }],
    // "Or" that leaves one step: B2 either way.
    ['"B2 hoặc B2 và B3"', ['B2', 'B3']],
    // The step gone on to without "chuyển", and the field's own label pasted with it: one step, not a decision.
    ['"Sang bước 2"', ['B2']],
    ['"Bước tiếp theo: B2"', ['B2']],
    ['"Tiep theo: Buoc 2"', ['B2']],
    // The slash step tables write for "or", and "+" or "&" for "and".
    ['"B2/B3"', { oneOf: ['B2', 'B3'] }],
    ['"Bước 2 / Bước 3"', { oneOf: ['B2', 'B3'] }],
    ['"B2 + B3"', ['B2', 'B3']],
    ['"B2 & B3"', ['B2', 'B3']],
    // The end of the flow written as a list, as the one text is.
    ['[Kết thúc]', []],
    // With the full stop a sentence in a table ends with.
    ['"Kết thúc."', []],
    ['"Kết thúc quy trình."', []],
    ['Thẩm định và trình ký', ['B2']],
  ])('reads %s as %j', (next, expected) => {
    const result = read(next);
    expect(result.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'known-step')).toEqual([]);
    expect(result.procedures[0]!.procedure.steps[0]!.next).toEqual(expected);
  });

  it('names the target that is no step, and refuses a list that mixes branches and ids', () => {
    expect(read('"B2 (nếu hợp lệ), B9 (nếu không hợp lệ)"').diagnostics.map((d) => d.message)).toContain(
      'Next step "B9" does not exist: write the id of a step of this procedure (B1, B2, B3)',
    );
    expect(read('"Thẩm định hoặc xác minh"').diagnostics.map((d) => d.message)).toContain(
      'Next step "Thẩm định hoặc xác minh" does not exist: write the id of a step of this procedure (B1, B2, B3)',
    );
    // One of two steps, one of them no step: that one is named, not the whole text.
    expect(read('"B2/B9"').diagnostics.map((d) => d.message)).toContain(
      'Next step "B9" does not exist: write the id of a step of this procedure (B1, B2, B3)',
    );
    expect(read('"B2 + B3!"').diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^"B3!" cannot be a step id/),
    ]);
    const mixed = read('[B2 (nếu hợp lệ), B3]').diagnostics.filter((d) => d.rule === 'schema');
    expect(mixed.map((d) => d.message)).toEqual([expect.stringMatching(/^"B2 \(nếu hợp lệ\)" cannot be a step id/)]);
  });

  it('reads a list of one case an item as the decision, and refuses one that could mean two things', () => {
    expect(read('[{ Hợp lệ: B2 }, { Không hợp lệ: Bước 3 }]').procedures[0]!.procedure.steps[0]!.next).toEqual(BOTH);
    expect(read('[{ Hợp lệ: B2, Không hợp lệ: B3 }]').diagnostics.map((d) => d.message)).toEqual([
      'Item 1 of next gives 2 cases in one item ("Hợp lệ", "Không hợp lệ"): a decision written as a list takes one case an item, "- Hợp lệ: step id"; or write next as a map of case to step id, e.g. next: { Hợp lệ: B2, Không hợp lệ: B5 }',
    ]);
    expect(read('[B2, { Không hợp lệ: B3 }]').diagnostics.map((d) => d.message)).toEqual([
      'Next step "B2" has no case, beside the case "Không hợp lệ": in a decision, write each step with the case that leads to it, "- case: B2"; if "B2" is done in parallel with the decision, add a step that decides, with the cases as its next, and write next: [B2, that step\'s id]',
    ]);
    expect(read('[{ Hợp lệ: B2 }, { hợp lệ: B3 }]').diagnostics.map((d) => d.message)).toEqual([
      '"next" gives two branches the case "hợp lệ": each case of a decision leads to one step',
    ]);
  });

  it('refuses two branches of one case, saying which', () => {
    expect(read('"Hợp lệ: B2; hợp lệ: B3"').diagnostics.map((d) => d.message)).toEqual([
      '"next" gives two branches the case "Hợp lệ": each case of a decision leads to one step',
    ]);
  });
});

describe('steps joined by "or" beside parallel ones', () => {
  const read = (next: string) =>
    lintSteps('{ MC: { name: Bộ phận Một cửa, single_window: true } }', [
      `{ id: B1, name: Tiếp nhận, body: MC, duration: 2h, next: ${next} }`,
      '{ id: B2, name: Thẩm định, body: MC, duration: 2h, next: [] }',
      '{ id: B3, name: Xác minh, body: MC, duration: 2h, next: [] }',
      '{ id: B4, name: Xin ý kiến, body: MC, duration: 2h, next: [] }',
    ]);
  const told = (choice: string, others: string, all: string, cases = 'Case 1: B2, Case 2: B3') =>
    `both takes one of ${choice} and goes on to ${others} in parallel, and procmap cannot keep a choice inside parallel branches: add a step that decides between ${choice}, with next: { ${cases} } (naming each case), and write next: [that step's id, ${others.replace(' and ', ', ')}] here; if all of them are done in parallel, write next: [${all}]`;

  // The model has no choice inside parallel branches: read as parallel work, the "or" was published as work done at
  // once (the document's "Chuyển đồng thời", the chart's fork and join), so it is refused where it is written.
  it.each([
    ['[B2 hoặc B3, B4]', '"B2 hoặc B3"', 63, 'B2 and B3', 'B4', 'B2, B3, B4'],
    ['[B4, Bước 2 or Bước 3]', '"Bước 2 or Bước 3"', 67, 'B2 and B3', 'B4', 'B4, B2, B3'],
    ['"B2 hoặc B3, B4"', '"B2 hoặc B3, B4"', 62, 'B2 and B3', 'B4', 'B2, B3, B4'],
    ['"B4; Bước 2 or Bước 3"', '"B4; Bước 2 or Bước 3"', 62, 'B2 and B3', 'B4', 'B4, B2, B3'],
    ['"B2 hoặc B3 và B4"', '"B2 hoặc B3 và B4"', 62, 'B2 and B3', 'B4', 'B2, B3, B4'],
    ['[B2 hoặc B3 và B4]', '"B2 hoặc B3 và B4"', 63, 'B2 and B3', 'B4', 'B2, B3, B4'],
    ['"B2 và B3 hoặc B4"', '"B2 và B3 hoặc B4"', 62, 'B3 and B4', 'B2', 'B2, B3, B4', 'Case 1: B3, Case 2: B4'],
    ['"B2 và B3 hoặc B2"', '"B2 và B3 hoặc B2"', 62, 'B3 and B2', 'B2', 'B2, B3', 'Case 1: B3, Case 2: B2'],
    [
      '"Chuyển B2 hoặc B3, đồng thời chuyển B4"',
      '"Chuyển B2 hoặc B3, đồng thời chuyển B4"',
      62,
      'B2 and B3',
      'B4',
      'B2, B3, B4',
    ],
  ])('refuses %s at its place', (next, value, column, choice, others, all, cases?: string) => {
    const found = read(next).diagnostics;
    expect(found.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['schema', 8, column, `Next step ${value} ${told(choice, others, all, cases)}`],
    ]);
  });

  it('leaves a choice alone, parallel steps, and a decision in words', () => {
    for (const next of [
      '"B2 hoặc B3"',
      '[B2 hoặc B3]',
      '[B2 và B3, B4]',
      '"B2, B3, B4"',
      '"Hợp lệ: B2; không hợp lệ: B3"',
    ])
      expect(read(next).diagnostics.filter((d) => d.rule === 'schema')).toEqual([]);
  });
});

describe("a decision's case that names several steps", () => {
  const read = (next: string) =>
    lintSteps('{ MC: { name: Bộ phận Một cửa, single_window: true } }', [
      `{ id: B1, name: Tiếp nhận, body: MC, duration: 2h, next: ${next} }`,
      '{ id: B2, name: Thẩm định, body: MC, duration: 2h, next: [] }',
      '{ id: B3, name: Xác minh, body: MC, duration: 2h, next: [] }',
      '{ id: B4, name: Trả hồ sơ, body: MC, duration: 2h, next: [] }',
    ]);
  const choice = (steps: string) =>
    `The case "Hồ sơ đủ" leads to B2 or B3, but a case of a decision leads to one step: split it into cases of one step each, e.g. { Hồ sơ đủ – case 1: B2, Hồ sơ đủ – case 2: B3 } (naming when each is taken), or add a step that decides between ${steps}, with next: { Case 1: B2, Case 2: B3 }, and write that step's id for the case "Hồ sơ đủ"`;
  const all =
    'The case "Hồ sơ đủ" leads to B2 and B3, but a case of a decision leads to one step: if they are all done in parallel, add a step for this case with next: [B2, B3] and write that step\'s id for the case "Hồ sơ đủ"; if one of them is taken, split the case into cases of one step each, e.g. { Hồ sơ đủ – case 1: B2, Hồ sơ đủ – case 2: B3 } (naming when each is taken)';

  // A case leads to one step: "B2 hoặc B3" there was told to be no step at all (known-step), "B2 / B3" no step id.
  it.each([
    ['{ Hồ sơ đủ: B2 hoặc B3, Hồ sơ thiếu: B4 }', 74, choice('B2 and B3')],
    ['{ Hồ sơ đủ: Bước 2 or Xác minh, Hồ sơ thiếu: B4 }', 74, choice('B2 and B3')],
    ['{ Hồ sơ đủ: B2 / B3, Hồ sơ thiếu: B4 }', 74, choice('B2 and B3')],
    ['"Hồ sơ đủ: B2 hoặc B3; Hồ sơ thiếu: B4"', 62, choice('B2 and B3')],
    ['["Hồ sơ đủ: B2 hoặc B3", "Hồ sơ thiếu: B4"]', 63, choice('B2 and B3')],
    ['{ Hồ sơ đủ: B2 và B3, Hồ sơ thiếu: B4 }', 74, all],
    ['{ Hồ sơ đủ: "B2, B3", Hồ sơ thiếu: B4 }', 74, all],
    // The comma ends the case's value in braces: B3 is a key of its own, told as the case's second step.
    ['{ Hồ sơ đủ: B2, B3, Hồ sơ thiếu: B4 }', 74, all],
    ['"Hồ sơ đủ: B2, B3; Hồ sơ thiếu: B4"', 62, all],
  ])('refuses %s at the case, naming its steps', (next, column, message) => {
    expect(read(next).diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['schema', 8, column, message],
    ]);
  });

  it('leaves cases of one step alone, and a joined text that names a step no more', () => {
    expect(read('{ Hồ sơ đủ: B2, Hồ sơ thiếu: B4 }').diagnostics.filter((d) => d.rule === 'schema')).toEqual([]);
    expect(read('{ Hồ sơ đủ: B2 hoặc B9, Hồ sơ thiếu: B4 }').diagnostics.map((d) => d.message)).toContain(
      'Next step "B2 hoặc B9" does not exist: write the id of a step of this procedure (B1, B2, B3, B4)',
    );
  });
});

describe('a body written by its name', () => {
  const BODIES = '{ MC: { name: Bộ phận Một cửa, single_window: true }, PTP: { name: Phòng Tư pháp } }';
  const read = (body: string, bodies = BODIES) =>
    lintSteps(bodies, [
      `{ id: B1, name: Thẩm định, body: ${body}, duration: 2h }`,
      '{ id: B2, name: Trả kết quả, body: MC, duration: 2h }',
    ]);

  it.each(['Phòng Tư pháp', 'phòng tư  pháp', 'Phong Tu phap', 'PHONG TU PHAP'])('reads %s as PTP', (body) => {
    const result = read(body);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.procedures[0]!.procedure.steps[0]!.body).toBe('PTP');
  });

  it('refuses a name that is no body, and one that two bodies share once accents are gone', () => {
    // Near a declared body's name: that body is named in the message.
    expect(read('Phòng Tư pháp xã').diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(
        /^Body "Phòng Tư pháp xã" is not declared in `bodies`; did you mean "PTP" \(Phòng Tư pháp\)\?$/,
      ),
    );
    const twins = BODIES.replace('MC: { name: Bộ phận Một cửa', 'MC: { name: Phòng Tự pháp');
    expect(read('Phong Tu phap', twins).diagnostics.map((d) => d.rule)).toContain('known-body');
  });

  it('reads a name with a common abbreviation as the body it spells out (UBND: Ủy ban nhân dân)', () => {
    const bodies = '{ MC: { name: Bộ phận Một cửa }, LD: { name: Lãnh đạo Ủy ban nhân dân xã } }';
    const result = read('Lãnh đạo UBND xã', bodies);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.procedures[0]!.procedure.steps[0]!.body).toBe('LD');
    expect(read('Lãnh đạo UBND huyện', bodies).diagnostics.map((d) => d.rule)).toContain('known-body');
  });
});

describe('bodies written as a list, as a document lists them', () => {
  const steps = [
    '{ id: B1, name: Tiếp nhận, body: Bộ phận Một cửa, duration: 2h }',
    '{ id: B2, name: Thẩm định, body: PTP, duration: 2h }',
    '{ id: B3, name: Ký, body: lãnh đạo ubnd xã, duration: 1h }',
  ];

  it('reads each item by its id, or by its name with a key of its initials, in the list’s order', () => {
    const bodies =
      '[Bộ phận Một cửa, PTP: Phòng Tư pháp, { name: Lãnh đạo UBND xã, on_site: có }, { id: LDUX, name: X }]';
    const result = lintSteps(bodies, steps);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect(procedure.bodies).toEqual({
      BPMC: { name: 'Bộ phận Một cửa', single_window: true },
      PTP: { name: 'Phòng Tư pháp' },
      // LDUX is another item's id: the initials give way to it.
      LDUX2: { name: 'Lãnh đạo UBND xã', on_site: true },
      LDUX: { name: 'X' },
    });
    expect(Object.keys(procedure.bodies)).toEqual(['BPMC', 'PTP', 'LDUX2', 'LDUX']);
    expect(procedure.steps.map((step) => step.body)).toEqual(['BPMC', 'PTP', 'LDUX2']);
  });

  it('places what rules say of a listed body on its item', () => {
    const result = lintSteps('[Bộ phận Một cửa, { PTP: Phòng Tư pháp }, { id: LD, name: Lãnh đạo }]', [
      '{ id: B1, name: Tiếp nhận, body: Bộ phận Một cửa, duration: 2h }',
    ]);
    expect(result.diagnostics.filter((d) => d.rule === 'unused-body').map((d) => [d.line, d.column])).toEqual([
      [6, 29],
      [6, 51],
    ]);
  });

  it('places a name of spaces where it is written, in each shape of item', () => {
    const result = lintSteps('[{ MC: " " }, { PTP: { name: " " } }, { id: LD, name: " " }, " "]', [
      '{ id: B1, name: Tiếp nhận, body: MC, duration: 2h }',
    ]);
    expect(result.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [6, 16, '"MC" must not be empty'],
      [6, 38, '"name" must not be empty'],
      [6, 63, '"name" must not be empty'],
      [6, 70, 'Item 4 must not be empty'],
    ]);
  });

  it('reads an id given as the key of its item, with the body as a map', () => {
    const result = lintSteps('[{ MC: { name: Bộ phận Một cửa, single_window: true } }, { PTP: Phòng Tư pháp }]', [
      '{ id: B1, name: Tiếp nhận, body: MC, duration: 2h }',
      '{ id: B2, name: Thẩm định, body: Phòng Tư pháp, duration: 2h }',
    ]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.procedures[0]!.procedure.bodies).toEqual({
      MC: { name: 'Bộ phận Một cửa', single_window: true },
      PTP: { name: 'Phòng Tư pháp' },
    });
  });
});

describe('level words', () => {
  it.each([
    ['xã', 'commune'],
    ['Phường', 'commune'],
    ['đặc khu', 'commune'],
    ['Cấp xã', 'commune'],
    ['CẤP PHƯỜNG', 'commune'],
    ['tỉnh', 'province'],
    ['Cấp tỉnh', 'province'],
    ['thành phố', 'province'],
    ['Province', 'province'],
    // A department (Sở) is the province's: "Cấp Sở", as departments' ISO documents write their level.
    ['Cấp Sở', 'province'],
    ['Sở', 'province'],
    ['cap so', 'province'],
    ['huyện', 'district'],
    ['cấp huyện', 'district'],
    ['trung ương', 'central'],
    ['Bộ', 'central'],
    ['cấp Trung ương', 'central'],
    // Typed without accents.
    ['Cap xa', 'commune'],
    ['cap tinh', 'province'],
    ['UBND cap huyen', 'district'],
    ['Xa/phuong', 'commune'],
    ['Cap tinh, cap xa', undefined],
    // Words of one level, as national records and step tables write them.
    ['UBND cấp xã', 'commune'],
    ['Ủy ban nhân dân xã', 'commune'],
    ['Cấp Xã, Phường', 'commune'],
    ['Xã/phường/đặc khu', 'commune'],
    ['Cấp tỉnh (Sở Tư pháp)', 'province'],
    // With the full stop of a sentence.
    ['Cấp xã.', 'commune'],
    // Words of two levels, or of none, are not a level.
    ['Cấp tỉnh, cấp xã', undefined],
    ['ấp, xã', undefined],
    ['(xã)', undefined],
  ])('reads %s as %s', async (word, level) => {
    const { levelOf } = await import('../../src/model/lenient.js');
    expect(levelOf(word)).toBe(level);
  });
});

// Each refused form: where it is reported, by which rule, and the message in English and Vietnamese.
const REFUSED: Record<string, { line: number; column: number; rule: string; en: string; vi: string }[]> = {
  'refused-step-id.yaml': [
    {
      line: 11,
      column: 9,
      rule: 'schema',
      en: '"B1!" cannot be a step id: a step id is made of letters (any language, accents allowed), digits, spaces, ".", "-" and "_", starts with a letter or a digit, and has at most 64 characters, e.g. B1, "Bước 1", 1 or receive',
      vi: '"B1!" không dùng được làm mã bước: mã bước gồm chữ cái (có dấu hay không dấu), chữ số, dấu cách, ".", "-" và "_", bắt đầu bằng chữ cái hoặc chữ số, dài tối đa 64 ký tự, ví dụ B1, "Bước 1", 1 hoặc receive',
    },
  ],
  // Each step without its id is given one no other step has: its number in the list, or the next number free.
  'refused-step-without-id.yaml': [
    {
      line: 12,
      column: 5,
      rule: 'schema',
      en: 'Missing required property "id"; add it, e.g. id: B2',
      vi: 'Thiếu trường bắt buộc "id"; hãy thêm, ví dụ id: B2',
    },
    {
      line: 19,
      column: 5,
      rule: 'schema',
      en: 'Missing required property "id"; add it, e.g. id: B3',
      vi: 'Thiếu trường bắt buộc "id"; hãy thêm, ví dụ id: B3',
    },
  ],
  'refused-date-impossible.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" "30/02/2026" is not a date: month 2 of 2026 has 28 days',
      vi: '"effective" "30/02/2026" không phải là ngày: tháng 2 năm 2026 có 28 ngày',
    },
  ],
  'refused-date-iso-impossible.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" "2026-02-30" is not a date: month 2 of 2026 has 28 days',
      vi: '"effective" "2026-02-30" không phải là ngày: tháng 2 năm 2026 có 28 ngày',
    },
  ],
  'refused-date-month-first.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" "07/13/2026" is not a date: there is no month 13; write the day first, e.g. 01/07/2026 for 1 July 2026',
      vi: '"effective" "07/13/2026" không phải là ngày: không có tháng 13; hãy viết ngày trước, ví dụ 01/07/2026 là ngày 1 tháng 7 năm 2026',
    },
  ],
  // As the national record gives a limit another law sets: the advice is to look it up there, the law named.
  'refused-limit-referred.yaml': [
    {
      line: 6,
      column: 13,
      rule: 'schema',
      en: '"Theo quy định của Luật Đất đai" leaves the limit to another text: look the limit up there and write it as a time, with the reference in brackets, e.g. "20 ngày làm việc (theo quy định của Luật Đất đai)"; if that text sets none, write the time your agency commits to',
      vi: '"Theo quy định của Luật Đất đai" dẫn thời hạn sang văn bản khác: hãy tra thời hạn trong văn bản đó rồi ghi thành thời gian, kèm dẫn chiếu trong ngoặc, ví dụ "20 ngày làm việc (theo quy định của Luật Đất đai)"; nếu văn bản đó không quy định thời hạn, hãy ghi thời hạn cơ quan cam kết',
    },
  ],
  // Excel's "dd-mmm-yy": the month is clear, the century is not, and procmap does not guess it.
  'refused-date-english-short-year.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" "10-Mar-26" has a two-digit year: write the year in full, e.g. 10/03/2026',
      vi: '"effective" "10-Mar-26" ghi năm bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ 10/03/2026',
    },
  ],
  // A weekday before the date, as a notice writes it, that is not the date's: one of the two is wrong.
  'refused-date-weekday.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" "thứ Sáu, ngày 01/07/2025" names thứ Sáu, but 01/07/2025 is a Tuesday: correct the date or the weekday',
      vi: '"effective" "thứ Sáu, ngày 01/07/2025" ghi thứ Sáu, nhưng ngày 01/07/2025 là thứ Ba: hãy sửa ngày hoặc thứ',
    },
  ],
  // The same without "ngày": the weekday is still checked, not the whole value refused as no date.
  'refused-date-weekday-bare.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" "thứ Tư, 01/07/2025" names thứ Tư, but 01/07/2025 is a Tuesday: correct the date or the weekday',
      vi: '"effective" "thứ Tư, 01/07/2025" ghi thứ Tư, nhưng ngày 01/07/2025 là thứ Ba: hãy sửa ngày hoặc thứ',
    },
  ],
  'refused-date-words.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" "ngày 31 tháng 6 năm 2025" is not a date: month 6 of 2025 has 30 days',
      vi: '"effective" "ngày 31 tháng 6 năm 2025" không phải là ngày: tháng 6 năm 2025 có 30 ngày',
    },
  ],
  // A date with a remark after it: the date alone, the remark in a comment.
  'refused-date-remark.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" holds a remark after its date, "01/07/2025 (theo Quyết định 123/QĐ-UBND)": write the date alone, 01/07/2025, and the remark in a comment after it (# theo Quyết định 123/QĐ-UBND)',
      vi: '"effective" có ghi chú sau ngày, "01/07/2025 (theo Quyết định 123/QĐ-UBND)": hãy ghi riêng ngày, 01/07/2025, và ghi chú thành lời chú thích sau đó (# theo Quyết định 123/QĐ-UBND)',
    },
  ],
  // The date, then after a dash what day it is: the date alone, the remark in a comment.
  'refused-date-dash-remark.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" holds a remark after its date, "01/07/2025 – ngày ký ban hành": write the date alone, 01/07/2025, and the remark in a comment after it (# ngày ký ban hành)',
      vi: '"effective" có ghi chú sau ngày, "01/07/2025 – ngày ký ban hành": hãy ghi riêng ngày, 01/07/2025, và ghi chú thành lời chú thích sau đó (# ngày ký ban hành)',
    },
  ],
  // The label of a pasted cell before the date and its remark: the date alone, as without the label.
  'refused-date-label-remark.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" holds a remark after its date, "Ngày hiệu lực: 01/7/2025 – ngày ký": write the date alone, 01/7/2025, and the remark in a comment after it (# ngày ký)',
      vi: '"effective" có ghi chú sau ngày, "Ngày hiệu lực: 01/7/2025 – ngày ký": hãy ghi riêng ngày, 01/7/2025, và ghi chú thành lời chú thích sau đó (# ngày ký)',
    },
  ],
  // A date cell pasted as its value, Excel's count of days, or year, month and day run together: the date it is.
  'refused-date-excel.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" is the number 45839, not a date: read as Excel\'s count of days (a date cell pasted as its value), it is 01/07/2025; write "01/07/2025"',
      vi: '"effective" là số 45839, không phải ngày: đọc theo cách Excel đếm ngày (ô ngày được dán dưới dạng giá trị) thì đó là ngày 01/07/2025; hãy ghi "01/07/2025"',
    },
  ],
  'refused-date-digits.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" is the number 20250701, not a date: read as year, month and day run together, it is 01/07/2025; write "01/07/2025"',
      vi: '"effective" là số 20250701, không phải ngày: đọc là năm, tháng, ngày viết liền thì đó là ngày 01/07/2025; hãy ghi "01/07/2025"',
    },
  ],
  // A day named, not given: the message asks for the date of the decision.
  'refused-date-signed.yaml': [
    {
      line: 4,
      column: 12,
      rule: 'schema',
      en: '"effective" names a day, "Kể từ ngày ký", where procmap needs the date itself: write the date the decision was signed or issued, e.g. 01/07/2026',
      vi: '"effective" gọi tên một ngày, "Kể từ ngày ký", nhưng procmap cần chính ngày đó: hãy ghi ngày ký hoặc ban hành quyết định, ví dụ 01/07/2026',
    },
  ],
  'refused-level.yaml': [
    {
      line: 5,
      column: 8,
      rule: 'schema',
      en: '"level" "ấp" is not a level: write commune (xã, phường, đặc khu), district (huyện), province (tỉnh, thành phố) or central (trung ương, bộ), with or without "cấp"',
      vi: '"level" "ấp" không phải là cấp thực hiện: hãy ghi xã (phường, đặc khu), huyện, tỉnh (thành phố) hoặc trung ương (bộ), có hoặc không có chữ "cấp"; hoặc commune, district, province, central',
    },
  ],
  'refused-levels.yaml': [
    {
      line: 5,
      column: 8,
      rule: 'schema',
      en: '"level" "Cấp tỉnh, cấp xã" names several levels, as national records list them for a joint (liên thông) procedure: keep one procedure, so that one time limit covers every step, and write the level that settles the dossier, that of "agency", e.g. level: province; the offices of the other level are bodies (bodies:), each the body of the steps it carries out',
      vi: '"level" "Cấp tỉnh, cấp xã" có nhiều cấp, như Cơ sở dữ liệu quốc gia về thủ tục hành chính ghi cho thủ tục liên thông: hãy giữ một quy trình để một thời hạn giải quyết bao mọi bước, và ghi cấp giải quyết hồ sơ, là cấp của cơ quan ở "agency", ví dụ level: Cấp tỉnh; cơ quan ở cấp kia ghi ở bodies, là đơn vị thực hiện các bước của mình',
    },
  ],
  // The agency names one of the levels: that one is the example.
  'refused-levels-agency.yaml': [
    {
      line: 5,
      column: 8,
      rule: 'schema',
      en: '"level" "Cấp tỉnh, cấp xã" names several levels, as national records list them for a joint (liên thông) procedure: keep one procedure, so that one time limit covers every step, and write the level that settles the dossier, that of "agency", e.g. level: commune; the offices of the other level are bodies (bodies:), each the body of the steps it carries out',
      vi: '"level" "Cấp tỉnh, cấp xã" có nhiều cấp, như Cơ sở dữ liệu quốc gia về thủ tục hành chính ghi cho thủ tục liên thông: hãy giữ một quy trình để một thời hạn giải quyết bao mọi bước, và ghi cấp giải quyết hồ sơ, là cấp của cơ quan ở "agency", ví dụ level: Cấp xã; cơ quan ở cấp kia ghi ở bodies, là đơn vị thực hiện các bước của mình',
    },
  ],
  // A joint procedure headed as national records head it; its agency a regional branch, which is the province's.
  'refused-levels-joint.yaml': [
    {
      line: 5,
      column: 8,
      rule: 'schema',
      en: '"level" "Liên thông xã - tỉnh" names several levels, as national records list them for a joint (liên thông) procedure: keep one procedure, so that one time limit covers every step, and write the level that settles the dossier, that of "agency", e.g. level: province; the offices of the other level are bodies (bodies:), each the body of the steps it carries out',
      vi: '"level" "Liên thông xã - tỉnh" có nhiều cấp, như Cơ sở dữ liệu quốc gia về thủ tục hành chính ghi cho thủ tục liên thông: hãy giữ một quy trình để một thời hạn giải quyết bao mọi bước, và ghi cấp giải quyết hồ sơ, là cấp của cơ quan ở "agency", ví dụ level: Cấp tỉnh; cơ quan ở cấp kia ghi ở bodies, là đơn vị thực hiện các bước của mình',
    },
  ],
  // "Khu vực" is no level: a regional branch is at its parent body's.
  'refused-level-regional.yaml': [
    {
      line: 5,
      column: 8,
      rule: 'schema',
      en: '"level" "Khu vực" is not a level: there is no regional level of government, and no district since 01/7/2025; a regional branch ("… khu vực") is at the level of the body it is a branch of: one of a provincial department (Chi nhánh Văn phòng đăng ký đất đai khu vực …) is provincial, write level: province (Cấp tỉnh); one of a central agency (thuế, kho bạc, bảo hiểm xã hội) is central, write level: central',
      vi: '"level" "Khu vực" không phải là cấp thực hiện: không có cấp khu vực, và từ 01/7/2025 không còn cấp huyện; chi nhánh "… khu vực" thuộc cấp của cơ quan mà nó là chi nhánh: chi nhánh của sở (Chi nhánh Văn phòng đăng ký đất đai khu vực …) là cấp tỉnh, hãy ghi level: Cấp tỉnh; chi nhánh của cơ quan trung ương (thuế, kho bạc, bảo hiểm xã hội) là level: Trung ương',
    },
  ],
  // Bodies written as a list: an id given twice, an item of neither shape, an id with accents.
  'refused-bodies-list.yaml': [
    {
      line: 8,
      column: 5,
      rule: 'schema',
      en: 'Body 2 of the list gives the id TP again: each body has its own id',
      vi: 'Đơn vị thứ 2 trong danh sách lại ghi mã TP: mỗi đơn vị một mã riêng',
    },
    {
      line: 9,
      column: 5,
      rule: 'schema',
      en: 'Body 3 of the list is written in no form procmap reads: write its name ("- Bộ phận Một cửa"), its id and name ("- BPMC: Bộ phận Một cửa"), or a map of id, name, single_window and on_site ("- { id: BPMC, name: Bộ phận Một cửa }")',
      vi: 'Đơn vị thứ 3 trong danh sách chưa ghi theo cách procmap đọc được: hãy ghi tên đơn vị ("- Bộ phận Một cửa"), mã và tên ("- BPMC: Bộ phận Một cửa"), hoặc một bảng gồm id, name, single_window và on_site ("- { id: BPMC, name: Bộ phận Một cửa }")',
    },
    {
      line: 10,
      column: 11,
      rule: 'schema',
      en: '"Một cửa" cannot be a body id: a body id is made of Latin letters without accents, digits, "-" and "_" and starts with a letter, e.g. TNTKQ or mot_cua; the full name goes in "name"',
      vi: '"Một cửa" không dùng được làm mã đơn vị: mã đơn vị gồm chữ cái Latinh không dấu, chữ số, "-" và "_", bắt đầu bằng chữ cái, ví dụ TNTKQ hoặc mot_cua; tên đầy đủ ghi ở "name"',
    },
  ],
  // A misspelt property of a listed body, and an id given again after it, told in one run.
  'refused-bodies-list-keys.yaml': [
    {
      line: 7,
      column: 15,
      rule: 'schema',
      en: 'Body 1 of the list has the property "nam", which procmap does not read; did you mean "name"?',
      vi: 'Đơn vị thứ 1 trong danh sách có trường "nam", procmap không đọc trường này; có phải là "name"?',
    },
    {
      line: 8,
      column: 5,
      rule: 'schema',
      en: 'Body 2 of the list gives the id TP again: each body has its own id',
      vi: 'Đơn vị thứ 2 trong danh sách lại ghi mã TP: mỗi đơn vị một mã riêng',
    },
    {
      line: 9,
      column: 39,
      rule: 'schema',
      en: 'Body 3 of the list has the property "onsite", which procmap does not read; did you mean "on_site"?',
      vi: 'Đơn vị thứ 3 trong danh sách có trường "onsite", procmap không đọc trường này; có phải là "on_site"?',
    },
  ],
  'refused-channel.yaml': [
    {
      line: 8,
      column: 13,
      rule: 'schema',
      en: '"kind" "Nộp qua Zalo" is not a way of filing: write in_person (trực tiếp), online (trực tuyến) or postal (qua dịch vụ bưu chính công ích)',
      vi: '"kind" "Nộp qua Zalo" không phải là một cách nộp hồ sơ: hãy ghi trực tiếp, trực tuyến hoặc qua dịch vụ bưu chính công ích; hoặc in_person, online, postal',
    },
  ],
  'refused-duration-number.yaml': [
    {
      line: 14,
      column: 15,
      rule: 'schema',
      en: '"5" has no unit: write "5 working days", "5 calendar days" or "5h" (working hours)',
      vi: '"5" thiếu đơn vị: ghi "5 ngày làm việc", "5 ngày lịch" hoặc "5h" (giờ làm việc)',
    },
  ],
  'refused-next-target.yaml': [
    {
      line: 15,
      column: 21,
      rule: 'known-step',
      en: 'Next step "Bước 3" does not exist: write the id of a step of this procedure (B1, B2)',
      vi: 'Bước tiếp theo "Bước 3" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2)',
    },
  ],
  'refused-key-typo.yaml': [
    {
      line: 14,
      column: 5,
      rule: 'schema',
      en: 'Unknown property "durration"; did you mean "duration"?',
      vi: 'Trường không hợp lệ "durration"; có phải là "duration"?',
    },
  ],
  // A key written as the document's heading names it: the message names the key.
  'refused-key-vietnamese.yaml': [
    {
      line: 6,
      column: 1,
      rule: 'schema',
      en: 'Unknown property "Thời hạn giải quyết"; write it as time_limit: 1 ngày làm việc',
      vi: 'Trường không hợp lệ "Thời hạn giải quyết"; hãy ghi time_limit: 1 ngày làm việc',
    },
  ],
  'refused-signatory.yaml': [
    {
      line: 21,
      column: 16,
      rule: 'schema',
      en: '"prepared_by" must be text or a map with the properties name, title, not a list',
      vi: '"prepared_by" phải là văn bản hoặc một bảng có các trường name, title, không phải một danh sách',
    },
  ],
  'refused-unclosed-quote.yaml': [
    {
      line: 2,
      column: 8,
      rule: 'parse',
      en: 'This quote (") is never closed: close it at the end of the value, or remove it',
      vi: 'Dấu nháy (") này không được đóng: thêm dấu nháy đóng ở cuối giá trị, hoặc bỏ dấu nháy này',
    },
  ],
  'refused-device-id.yaml': [
    {
      line: 1,
      column: 5,
      rule: 'schema',
      en: '"CON" cannot be a procedure id: Windows keeps that name for a device (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9), and documents are named after the id; lengthen it, e.g. QT-CON',
      vi: '"CON" không dùng được làm mã hiệu quy trình: Windows dành tên này cho thiết bị (CON, PRN, AUX, NUL, COM1 đến COM9, LPT1 đến LPT9), mà tài liệu được đặt tên theo mã hiệu; hãy viết dài hơn, ví dụ QT-CON',
    },
  ],
  'refused-trailing-dot-id.yaml': [
    {
      line: 1,
      column: 5,
      rule: 'schema',
      en: '"A." cannot be a procedure id: a procedure id is made of Latin letters without accents (and Đ, đ), digits, ".", "-" and "_", starts with a letter or a digit and does not end with "."; it names the document files, e.g. A',
      vi: '"A." không dùng được làm mã hiệu quy trình: mã hiệu gồm chữ cái Latinh không dấu (và chữ Đ, đ), chữ số, ".", "-" và "_", bắt đầu bằng chữ cái hoặc chữ số và không kết thúc bằng "."; mã hiệu dùng để đặt tên tệp tài liệu, ví dụ A',
    },
  ],
  'refused-revision.yaml': [
    {
      line: 3,
      column: 11,
      rule: 'schema',
      en: '"revision" is too large: at most 9007199254740991',
      vi: '"revision" quá lớn: tối đa 9007199254740991',
    },
  ],
};

describe('refused forms', () => {
  for (const [name, expected] of Object.entries(REFUSED)) {
    it(`${name}: says what is wrong and what to write, in English and Vietnamese`, () => {
      for (const lang of ['en', 'vi'] as const) {
        const found = lintOne(name, lang).diagnostics.map((d) => ({
          line: d.line,
          column: d.column,
          rule: d.rule,
          message: d.message,
        }));
        expect(found).toEqual(
          expected.map((e) => ({ line: e.line, column: e.column, rule: e.rule, message: e[lang] })),
        );
      }
    });
  }

  it('has a fixture for every expectation and an expectation for every fixture', async () => {
    const { readdirSync } = await import('node:fs');
    expect(
      readdirSync(join(ROOT, DIR))
        .filter((n) => n.startsWith('refused-'))
        .sort(),
    ).toEqual(Object.keys(REFUSED).sort());
  });
});
