import { describe, expect, it } from 'vitest';
import { revisionOf } from '../../src/model/lenient.js';
import { parseConfig } from '../../src/config/config.js';
import { parseCalendarFile } from '../../src/config/calendar-file.js';
import { applyFixes, fixText } from '../../src/lint/fix.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { SCHEMA_MESSAGES, validateProcedure } from '../../src/model/schema.js';

// What an officer should never have to read: regular expressions, JSON pointers, and Ajv's own wording.
const JARGON =
  /\^|\$|\\d|\\p\{|\(\?|#\/|\/\$defs|\/properties\/|must NOT|must have|must match|must be equal|should |oneOf|anyOf|allOf|additionalProperties|propertyNames|instancePath|schemaPath|pattern/;

function templates(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as Record<string, unknown>).flatMap(templates);
}

const VALID = {
  id: 'QT-MAU-01',
  title: 'Chứng thực bản sao',
  revision: 1,
  effective: '2025-07-01',
  time_limit: '1d',
  bodies: { TN: { name: 'Bộ phận một cửa' } },
  steps: [{ id: 'B1', name: 'Tiếp nhận', body: 'TN', duration: '4h' }],
};

// One broken document per kind of mistake, together reaching every keyword the procedure schema uses.
const BROKEN: Record<string, unknown>[] = [
  {},
  { ...VALID, title: '' },
  { ...VALID, title: 'x'.repeat(501) },
  { ...VALID, titel: 'x' },
  { ...VALID, revision: 0 },
  { ...VALID, revision: 1.5 },
  { ...VALID, revision: 2 ** 60 },
  { ...VALID, revision: 'R1' },
  { ...VALID, revision: 'Lần 0' },
  { ...VALID, effective: 'hôm nay' },
  { ...VALID, effective: '31/04/2026' },
  { ...VALID, effective: '01/13/2026' },
  { ...VALID, effective: 20250701 },
  { ...VALID, id: 'Mã hiệu' },
  { ...VALID, id: 'PRN' },
  { ...VALID, level: 'ấp' },
  { ...VALID, level: 3 },
  { ...VALID, level: 'Cấp tỉnh, cấp xã' },
  { ...VALID, cutoff: '3 giờ' },
  { ...VALID, cutoff: 'giờ hành chính' },
  { ...VALID, time_limit: 5 },
  { ...VALID, time_limit: 'vài ngày' },
  { ...VALID, four_on_the_spot: '✗' },
  { ...VALID, four_on_the_spot: 1 },
  { ...VALID, applicants: 5 },
  { ...VALID, legal_basis: 5 },
  { ...VALID, legal_basis: [''] },
  { ...VALID, channels: [{ kind: 'Zalo' }] },
  { ...VALID, channels: [{ kind: 2 }] },
  { ...VALID, fee: -5 },
  { ...VALID, fee: [] },
  { ...VALID, bodies: {} },
  { ...VALID, bodies: { 'Một cửa': { name: 'x' } } },
  { ...VALID, bodies: { TN: { ten: 'x' } } },
  { ...VALID, steps: [] },
  { ...VALID, steps: [{ ...VALID.steps[0], id: 'B1!' }] },
  { ...VALID, steps: [{ ...VALID.steps[0], id: -1 }] },
  { ...VALID, steps: [{ ...VALID.steps[0], id: 'x'.repeat(65) }] },
  { ...VALID, steps: [{ ...VALID.steps[0], next: ['B1', 'B1'] }] },
  { ...VALID, steps: [{ ...VALID.steps[0], next: ['B1', 'B 2!'] }] },
  { ...VALID, steps: [{ ...VALID.steps[0], next: { 'Hợp lệ': 'B 2!' } }] },
  { ...VALID, steps: [{ ...VALID.steps[0], next: {} }] },
  { ...VALID, steps: [{ ...VALID.steps[0], next: 1.5 }] },
  { ...VALID, steps: [{ ...VALID.steps[0], next: true }] },
  { ...VALID, steps: [{ ...VALID.steps[0], durration: '4h' }] },
  { ...VALID, signoff: { prepared_by: 5 } },
  { ...VALID, signoff: { prepared_by: { ten: 'An' } } },
  { ...VALID, dossier: [5] },
  { ...VALID, dossier: [{ copies: 1 }] },
  { ...VALID, history: [{ revision: 1, date: '2025-02-29', changes: 'x' }] },
  { ...VALID, history: 'lần 1' },
];

describe('schema messages', () => {
  it('hold no regular expression, JSON pointer or Ajv wording in any template, in any language', () => {
    for (const lang of ['en', 'vi'] as const) {
      for (const template of templates(SCHEMA_MESSAGES[lang])) expect(template).not.toMatch(JARGON);
    }
  });

  it('hold none in the messages real mistakes produce, in English and Vietnamese', () => {
    let count = 0;
    for (const lang of ['en', 'vi'] as const) {
      for (const data of BROKEN) {
        const problems = validateProcedure(data, lang);
        expect(problems.length, JSON.stringify(data).slice(0, 200)).toBeGreaterThan(0);
        for (const problem of problems) {
          expect(problem.message).not.toMatch(JARGON);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(BROKEN.length * 2);
  });

  it('name the field a heading or a step table column means, with or without accents', () => {
    const step = { id: 'B1', name: 'Tiếp nhận', 'trách nhiệm': 'TN', 'Thoi gian thuc hien': '4h' };
    const { time_limit: limit, ...rest } = VALID;
    const data = { ...rest, 'Thời hạn giải quyết': limit, steps: [step] };
    expect(validateProcedure(data, 'en').map((p) => p.message)).toEqual([
      'Unknown property "Thời hạn giải quyết"; write it as time_limit: 1d',
      'Unknown property "trách nhiệm"; write it as body: TN',
      'Unknown property "Thoi gian thuc hien"; write it as duration: 4h',
    ]);
  });

  it("name the field a national procedure record's name means, as drafts copied from it keep them", () => {
    const { title, level, ...rest } = VALID as Record<string, unknown>;
    const data = { ...rest, TENTTHC: title, CAPTHUCHIEN: level ?? 'Cấp xã', MATTHC: '1.000894' };
    expect(validateProcedure(data, 'en').map((p) => [p.message, p.rename])).toEqual([
      ['Unknown property "TENTTHC"; write it as title: Chứng thực bản sao', 'title'],
      ['Unknown property "CAPTHUCHIEN"; write it as level: Cấp xã', 'level'],
      ['Unknown property "MATTHC"; write it as code: 1.000894', 'code'],
    ]);
  });

  it('say that a merge key is not read, not that it may mean another key', () => {
    const { steps, ...rest } = VALID;
    const step = (steps as Record<string, unknown>[])[0]!;
    const problems = validateProcedure({ ...rest, steps: [step, { '<<': step, id: 'B2' }] }, 'en');
    expect(problems.map((p) => p.message)).toContain(
      'A merge key (<<) is not read: write the fields of the step out in full (copy them rather than merge an anchor)',
    );
    expect(problems.some((p) => p.rename !== undefined || p.message.includes('did you mean'))).toBe(false);
  });

  it('say that a comma in { } ended a branch label, with the label to write in quotes', () => {
    const yaml = [
      'id: QT-MAU-01',
      'title: Chuyển quyền sử dụng đất',
      'revision: 1',
      'effective: 2025-07-01',
      'time_limit: 3d',
      'bodies: { TN: { name: Bộ phận một cửa } }',
      'steps:',
      '  - { id: B1, name: Phân loại, body: TN, duration: 1h, next: { Chuyển nhượng, tặng cho: B2, Thừa kế: B3 } }',
      '  - { id: B2, name: Hợp đồng, body: TN, duration: 1h, next: [] }',
      '  - { id: B3, name: Di sản, body: TN, duration: 1h, next: [] }',
      '',
    ].join('\n');
    const messages = (lang: 'en' | 'vi') =>
      lint([loadFile('p.yaml', Buffer.from(yaml))], { lang }).diagnostics.map((d) => d.message);
    expect(messages('en')).toContain(
      'The branch "Chuyển nhượng" leads to no step: inside { }, a comma ends a branch\'s label; to keep the comma, put the whole label in quotes, e.g. "Chuyển nhượng, tặng cho": B2',
    );
    expect(messages('vi')).toContain(
      'Nhánh "Chuyển nhượng" không dẫn tới bước nào: trong { }, dấu phẩy kết thúc tên nhánh; để giữ dấu phẩy, hãy đặt cả tên nhánh trong ngoặc kép, ví dụ "Chuyển nhượng, tặng cho": B2',
    );
  });

  it('name the id and the limit by the words an ISO document heads them with', () => {
    const { id, time_limit: limit, ...rest } = VALID;
    const data = { ...rest, 'Mã hiệu quy trình': id, 'Thời gian giải quyết': limit };
    expect(validateProcedure(data, 'en').map((p) => [p.message, p.rename])).toEqual([
      ['Unknown property "Mã hiệu quy trình"; write it as id: QT-MAU-01', 'id'],
      ['Unknown property "Thời gian giải quyết"; write it as time_limit: 1d', 'time_limit'],
    ]);
  });

  it("name the national record's and step tables' other headings, a step's number only in a step", () => {
    const { steps, ...rest } = VALID;
    const { id, body, ...step } = steps[0]!;
    const data = {
      ...rest,
      'Mã thủ tục': '1.000894',
      'Phí, lệ phí': 'Không',
      'Kết quả thực hiện': 'x',
      Bước: 'x',
      'Trình tự thực hiện': [{ ...step, Bước: id, 'Trách nhiệm': body, 'Kết quả': ['x'] }],
    };
    const problems = validateProcedure(data, 'en').map(({ path, rename }) => [path.join('.'), rename]);
    expect(problems).toEqual([
      ['Mã thủ tục', 'code'],
      ['Phí, lệ phí', 'fee'],
      ['Kết quả thực hiện', 'result'],
      ['Bước', undefined],
      ['Trình tự thực hiện', 'steps'],
    ]);
    const { 'Trình tự thực hiện': table, ...others } = data;
    const inSteps = validateProcedure({ ...others, steps: table }, 'en').map(({ path, rename }) => [
      path.join('.'),
      rename,
    ]);
    expect(inSteps.slice(4)).toEqual([
      ['steps.0.Bước', 'id'],
      ['steps.0.Trách nhiệm', 'body'],
      ['steps.0.Kết quả', 'outputs'],
    ]);
  });

  it('refuse a title, body or step name of spaces alone, which would print nothing', () => {
    const data = {
      ...VALID,
      title: '   ',
      bodies: { TN: { name: '\u00a0' }, LD: ' \t' },
      steps: [
        { ...VALID.steps[0]!, name: ' ' },
        { ...VALID.steps[0]!, id: 'B2', body: '  ' },
      ],
    };
    expect(validateProcedure(data, 'en').map((p) => [p.path.join('.'), p.message])).toEqual([
      ['title', '"title" must not be empty'],
      ['bodies.TN.name', '"name" must not be empty'],
      ['bodies.LD', '"LD" must not be empty'],
      ['steps.0.name', '"name" must not be empty'],
      ['steps.1.body', '"body" must not be empty'],
    ]);
  });

  it('read forms, records and definitions written one line each, and refuse a definition without its meaning', () => {
    const lines = {
      ...VALID,
      forms: ['Mẫu 01 - Giấy tiếp nhận', 'Sổ theo dõi'],
      records: ['Sổ chứng thực'],
      definitions: ['TN: Bộ phận tiếp nhận'],
    };
    expect(validateProcedure(lines, 'en')).toEqual([]);
    const broken = { ...VALID, definitions: ['TTPVHCC', 'TTPVHCC:', ': a: b'] };
    const says = (value: string, n: number) =>
      `Item ${n} "${value}" is not a term and its meaning: write both, e.g. "TTPVHCC: Trung tâm Phục vụ hành chính công" or { term: TTPVHCC, meaning: … }`;
    expect(validateProcedure(broken, 'en').map((p) => [p.path.join('.'), p.message])).toEqual([
      ['definitions.0', says('TTPVHCC', 1)],
      ['definitions.1', says('TTPVHCC:', 2)],
      ['definitions.2', says(': a: b', 3)],
    ]);
  });

  it('say how to mark a step whose time is not known yet, however the cell was left', () => {
    const steps = [null, '', '—', '?'].map((duration, i) => ({
      ...VALID.steps[0]!,
      id: `B${i}`,
      duration,
    }));
    const messages = validateProcedure({ ...VALID, steps }, 'vi').map((p) => p.message);
    expect(messages).toEqual(
      Array(4).fill(
        'Bước chưa có thời gian: ghi số và đơn vị, ví dụ "4h" hoặc "3 ngày làm việc"; nếu chưa biết, ghi duration: 0h và draft: true để đánh dấu bước nháp',
      ),
    );
    // The words procmap prints for a draft step's time are that draft step (rule draft-steps), no empty time.
    const printed = [{ ...VALID.steps[0]!, duration: 'chưa xác định' }];
    expect(validateProcedure({ ...VALID, steps: printed }, 'vi')).toEqual([]);
    expect(validateProcedure({ ...VALID, time_limit: null }, 'en').map((p) => p.message)).toEqual([
      'The duration is empty: write a number and a unit, e.g. "4h", "3 working days", "30 calendar days" or "same day"',
    ]);
  });

  it('read a revision in words after "lần", and refuse words that are no number with the revision message', () => {
    const messages = (revision: string) => validateProcedure({ ...VALID, revision }, 'en').map((p) => p.message);
    for (const revision of ['Lần đầu', 'Ban hành lần đầu', 'Lần thứ nhất', 'Lần thứ hai', 'lần mười hai'])
      expect(messages(revision), revision).toEqual([]);
    // Typed without accents, with digits.
    for (const revision of ['Lan 1', 'lan ban hanh: 02', 'Lan thu 3']) expect(messages(revision), revision).toEqual([]);
    expect(revisionOf('Lan ban hanh: 02')).toBe(2);
    // "Ban hành lần 3" with digits, beside "Ban hành lần đầu" in words: both are a history table's wording.
    for (const revision of ['Ban hành lần 3', 'ban hành lần 03', 'Ban hanh lan 3'])
      expect(messages(revision), revision).toEqual([]);
    expect(revisionOf('Ban hành lần 3')).toBe(3);
    expect(revisionOf('Ban hanh lan 3')).toBe(3);
    // The ISO header's "Lần ban hành" with the ordinal's "thứ", in words or digits.
    for (const revision of ['Lần ban hành thứ nhất', 'Lần ban hành thứ 2', 'Lan ban hanh thu 3'])
      expect(messages(revision), revision).toEqual([]);
    expect(revisionOf('Lần ban hành thứ nhất')).toBe(1);
    expect(revisionOf('Lần ban hành thứ hai')).toBe(2);
    expect(revisionOf('Lan ban hanh thu 3')).toBe(3);
    for (const revision of ['Lần abc', 'Lần ban hành', 'v2'])
      expect(messages(revision)).toEqual([
        `"revision" must be a whole number from 1, e.g. 2 or "Lần 2", not "${revision}"`,
      ]);
    const history = [
      { revision: 'Lần thứ ba', date: '2025-07-01', changes: 'x' },
      { revision: 'Lần tư mốt', date: '2025-07-01', changes: 'y' },
    ];
    expect(validateProcedure({ ...VALID, history }, 'en').map((p) => [p.path.join('.'), p.message])).toEqual([
      ['history.1.revision', '"revision" must be a whole number from 1, e.g. 2 or "Lần 2", not "Lần tư mốt"'],
    ]);
  });

  it('show how a list item is written when steps are keyed by their ids', () => {
    const steps = { B1: { name: 'Tiếp nhận', body: 'TN', duration: '4h' } };
    expect(validateProcedure({ ...VALID, steps }, 'en').map((p) => p.message)).toEqual([
      '"steps" is a list, one item per step in order: write each step on a line starting with "- ", e.g. "- id: B1", then its name, body and duration below it',
    ]);
  });

  it('rename a key written as the heading of its field, never one that is only a near spelling', () => {
    const { time_limit: limit, title, ...rest } = VALID;
    const problems = validateProcedure({ ...rest, 'Thời hạn giải quyết': limit, titel: title }, 'en');
    expect(problems.map(({ path, rename }) => ({ path, rename }))).toEqual([
      { path: ['Thời hạn giải quyết'], rename: 'time_limit' },
      { path: ['titel'], rename: undefined },
    ]);
  });

  it('rename a key written in capitals or with a space, as Word writes it, in the procedure and in its steps', () => {
    const { id, effective, time_limit: limit, steps, ...rest } = VALID;
    const step = (steps as Record<string, unknown>[])[0]!;
    const written = {
      ...rest,
      ID: id,
      Effective: effective,
      'Time limit': limit,
      steps: [{ Id: step.id, NAME: step.name, Body: step.body, duration: step.duration }],
    };
    const problems = validateProcedure(written, 'en');
    expect(problems.map(({ path, rename }) => [path.join('.'), rename])).toEqual([
      ['ID', 'id'],
      ['Effective', 'effective'],
      ['Time limit', 'time_limit'],
      ['steps.0.Id', 'id'],
      ['steps.0.NAME', 'name'],
      ['steps.0.Body', 'body'],
    ]);
  });

  it('say that a comma in braces ended a value, with the list in brackets or the text in quotes', () => {
    const text = [
      'id: QT-A',
      'title: Thủ tục A',
      'revision: 1',
      'effective: 2026-07-01',
      'time_limit: 3d',
      'bodies: { A: { name: UBND xã, Phòng Tư pháp } }',
      'steps:',
      '  - { id: B1, name: Tiếp nhận, kiểm tra, phân loại hồ sơ, body: A, duration: 2h, next: B2, B3 }',
      '  - { id: B2, name: Xử lý, body: A, duration: 2h }',
      '  - { id: B3, name: Trả kết quả, body: A, duration: 2h }',
      '',
    ].join('\n');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '6:31 "Phòng Tư pháp" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "UBND xã, Phòng Tư pháp"',
      '8:32 "kiểm tra" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Tiếp nhận, kiểm tra, phân loại hồ sơ"',
      '8:42 "phân loại hồ sơ" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Tiếp nhận, kiểm tra, phân loại hồ sơ"',
      '8:92 "B3" has no value: inside { } a comma ends the value of "next"; to give several, put them in brackets, e.g. next: [B2, B3]',
    ]);
    // --fix joins each run once, from its first key; the file then lints clean.
    const fixed = applyFixes(
      text,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    expect(fixed.split('\n').filter((line) => line.includes('{'))).toEqual([
      'bodies: { A: { name: "UBND xã, Phòng Tư pháp" } }',
      '  - { id: B1, name: "Tiếp nhận, kiểm tra, phân loại hồ sơ", body: A, duration: 2h, next: [B2, B3] }',
      '  - { id: B2, name: Xử lý, body: A, duration: 2h }',
      '  - { id: B3, name: Trả kết quả, body: A, duration: 2h }',
    ]);
    expect(lint([loadFile('p.yaml', Buffer.from(fixed))]).diagnostics).toEqual([]);
    // A value in quotes is not joined with what follows it: the officer chooses.
    const quoted = text.replace('name: UBND xã,', 'name: "UBND xã",');
    expect(lint([loadFile('p.yaml', Buffer.from(quoted))]).diagnostics[0]!.fix).toBeUndefined();
  });

  it('say that a comma in braces cut a number at its decimal comma, once, with the value as written in quotes', () => {
    const text = [
      'id: QT-A',
      'title: Thủ tục A',
      'revision: 1',
      'effective: 2026-07-01',
      'time_limit: 3d',
      'bodies: { A: { name: Bộ phận Một cửa } }',
      'steps:',
      '  - { id: B1, name: Tiếp nhận, body: A, duration: 1,5 ngày làm việc }',
      '  - { id: B2, name: Trả kết quả, body: A, duration: 0,5 ngày }',
      '',
    ].join('\n');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '8:51 Inside { } a comma ends the value of "duration", so YAML cuts "1,5 ngày làm việc" at its decimal comma: put the value in quotes, e.g. duration: "1,5 ngày làm việc"',
      '9:53 Inside { } a comma ends the value of "duration", so YAML cuts "0,5 ngày" at its decimal comma: put the value in quotes, e.g. duration: "0,5 ngày"',
    ]);
    expect(lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'vi' }).diagnostics[0]!.message).toBe(
      'Trong { }, dấu phẩy kết thúc giá trị của "duration", nên YAML cắt "1,5 ngày làm việc" ở dấu phẩy thập phân: hãy đặt cả giá trị trong ngoặc kép, ví dụ duration: "1,5 ngày làm việc"',
    );
    const fixed = applyFixes(
      text,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    expect(fixed.split('\n').slice(7, 9)).toEqual([
      '  - { id: B1, name: Tiếp nhận, body: A, duration: "1,5 ngày làm việc" }',
      '  - { id: B2, name: Trả kết quả, body: A, duration: "0,5 ngày" }',
    ]);
    expect(lint([loadFile('p.yaml', Buffer.from(fixed))]).diagnostics).toEqual([]);
  });

  it('quote a text a comma in braces cut as the file writes it, the same text --fix puts in quotes', () => {
    const text = [
      'id: QT-A',
      'title: Thủ tục A',
      'revision: 1',
      'effective: 2026-07-01',
      'time_limit: 3d',
      'bodies: { MC: { name: Bộ phận Một cửa } }',
      'steps:',
      '  - { id: B1, name: Tiếp nhận,kiểm tra,  đối chiếu, body: MC, duration: 2h }',
      '',
    ].join('\n');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    // Before: both said name: "Tiếp nhận, kiểm tra, đối chiếu", the pieces joined again with ", ".
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '8:31 "kiểm tra" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Tiếp nhận,kiểm tra,  đối chiếu"',
      '8:42 "đối chiếu" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Tiếp nhận,kiểm tra,  đối chiếu"',
    ]);
    expect(lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'vi' }).diagnostics[0]!.message).toBe(
      '"kiểm tra" không có giá trị: trong { }, dấu phẩy kết thúc giá trị của "name"; để giữ dấu phẩy, hãy đặt cả câu trong ngoặc kép, ví dụ name: "Tiếp nhận,kiểm tra,  đối chiếu"',
    );
    const fixed = applyFixes(
      text,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    expect(fixed.split('\n')[7]).toBe('  - { id: B1, name: "Tiếp nhận,kiểm tra,  đối chiếu", body: MC, duration: 2h }');
  });

  it('say the same of a time cut at its decimal comma with no unit, whose key "5" JavaScript puts first', () => {
    const text = [
      'id: QT-A',
      'title: Thủ tục A',
      'revision: 1',
      'effective: 2026-07-01',
      'time_limit: 3d',
      'bodies: { MC: { name: Bộ phận Một cửa } }',
      'steps:',
      '  - { id: B1, name: A, body: MC, duration: 0,5 }',
      '  - { id: B2, name: B, body: MC, duration: 2h, description: Bản sao 2,5 }',
      '',
    ].join('\n');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    // Before: '"0" is no time' and 'Unknown property "5"; did you mean "id"?'. A text that is no time ("Bản sao 2,5")
    // gets the plain decimal message, without a unit.
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '8:44 Inside { } a comma ends the value of "duration", so YAML cuts "0,5" at its decimal comma, and a time needs its unit: put the value in quotes with its unit, e.g. duration: "0,5 ngày làm việc" or duration: "0,5h" (working hours)',
      '9:61 Inside { } a comma ends the value of "description", so YAML cuts "Bản sao 2,5" at its decimal comma: put the value in quotes, e.g. description: "Bản sao 2,5"',
    ]);
    expect(lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'vi' }).diagnostics[0]!.message).toBe(
      'Trong { }, dấu phẩy kết thúc giá trị của "duration", nên YAML cắt "0,5" ở dấu phẩy thập phân, và thời gian cần có đơn vị: hãy đặt cả giá trị cùng đơn vị trong ngoặc kép, ví dụ duration: "0,5 ngày làm việc" hoặc duration: "0,5h" (giờ làm việc)',
    );
    // --fix quotes what is written and guesses no unit: the officer is then asked which one was meant.
    const fixed = applyFixes(
      text,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    expect(fixed.split('\n').slice(7, 9)).toEqual([
      '  - { id: B1, name: A, body: MC, duration: "0,5" }',
      '  - { id: B2, name: B, body: MC, duration: 2h, description: "Bản sao 2,5" }',
    ]);
  });

  it('say the same of a decimal comma after words (a share of the limit) and under a heading as key, once per value', () => {
    const text = [
      'id: QT-A',
      'title: Thủ tục A',
      'revision: 1',
      'effective: 2026-07-01',
      'time_limit: 3d',
      'channels:',
      '  - { kind: online, time_limit: 3 ngày làm việc (Một cửa 0,5 ngày; Sở 2,5 ngày) }',
      'bodies: { A: { name: Bộ phận Một cửa } }',
      'steps:',
      '  - { id: B1, name: Tiếp nhận, body: A, thời gian: 0,5 ngày làm việc }',
      '',
    ].join('\n');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    // Before: "3 ngày làm việc (Một cửa 0" was no duration, and the quotes shown held "0, 5" and "2, 5"; "thời gian"
    // was to be written "duration: 0".
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '7:33 Inside { } a comma ends the value of "time_limit", so YAML cuts "3 ngày làm việc (Một cửa 0,5 ngày; Sở 2,5 ngày)" at its decimal comma: put the value in quotes, e.g. time_limit: "3 ngày làm việc (Một cửa 0,5 ngày; Sở 2,5 ngày)"',
      '10:52 Inside { } a comma ends the value of "thời gian", so YAML cuts "0,5 ngày làm việc" at its decimal comma: put the value in quotes, e.g. duration: "0,5 ngày làm việc"',
    ]);
    const relint = (fixed: string) =>
      lint([loadFile('p.yaml', Buffer.from(fixed))]).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    const fixed = fixText(
      text,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
      relint,
    ).text;
    expect(fixed.split('\n').filter((line) => line.startsWith('  - {'))).toEqual([
      '  - { kind: online, time_limit: "3 ngày làm việc (Một cửa 0,5 ngày; Sở 2,5 ngày)" }',
      '  - { id: B1, name: Tiếp nhận, body: A, duration: "0,5 ngày làm việc" }',
    ]);
  });

  it('say that a comma in [ ] cut a value at its decimal comma, once, at the number, with what to write', () => {
    const text = [
      'id: QT-A',
      'title: Thủ tục A',
      'revision: 1',
      'effective: 2026-07-01',
      'time_limit: [2,5 ngày làm việc]',
      'channels: [Trực tiếp: 2,5 ngày làm việc, Trực tuyến: 2 ngày làm việc]',
      'bodies: { A: { name: Bộ phận Một cửa } }',
      'steps:',
      '  - { id: B1, name: Tiếp nhận, body: A, duration: [0,5 ngày], inputs: [Bản sao 2,5 trang] }',
      '',
    ].join('\n');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    // Before: "must be text, not a list", '"2" has no unit' and 'Item 2 "5 ngày làm việc" is not a way of filing'. A
    // list that merely holds "Bản sao 2" and "5 trang" has no problem, and is left as it is.
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '5:14 Inside [ ] a comma ends an item, so YAML cuts "2,5 ngày làm việc" at its decimal comma into two: put the value in quotes, e.g. time_limit: "2,5 ngày làm việc"',
      '6:23 Inside [ ] a comma ends an item, so YAML cuts "2,5 ngày làm việc" at its decimal comma into two: put the value in quotes, e.g. Trực tiếp: "2,5 ngày làm việc"',
      '9:52 Inside [ ] a comma ends an item, so YAML cuts "0,5 ngày" at its decimal comma into two: put the value in quotes, e.g. duration: "0,5 ngày"',
    ]);
    expect(lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'vi' }).diagnostics[1]!.message).toBe(
      'Trong [ ], dấu phẩy kết thúc một mục, nên YAML cắt "2,5 ngày làm việc" làm hai ở dấu phẩy thập phân: hãy đặt cả giá trị trong ngoặc kép, ví dụ Trực tiếp: "2,5 ngày làm việc"',
    );
    const fixed = applyFixes(
      text,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    expect(fixed.split('\n').slice(4, 6)).toEqual([
      'time_limit: "2,5 ngày làm việc"',
      'channels: [Trực tiếp: "2,5 ngày làm việc", Trực tuyến: 2 ngày làm việc]',
    ]);
    expect(fixed.split('\n')[8]).toBe(
      '  - { id: B1, name: Tiếp nhận, body: A, duration: "0,5 ngày", inputs: [Bản sao 2,5 trang] }',
    );
    expect(lint([loadFile('p.yaml', Buffer.from(fixed))]).diagnostics.filter((d) => d.severity === 'error')).toEqual(
      [],
    );
  });

  it('say that a step written as a step table row has its number as id and its name beside it, which --fix writes', () => {
    const head = ['id: QT-A', 'title: A', 'revision: 1', 'effective: 2026-07-01', 'time_limit: 3d'];
    const bodies = 'bodies: { MC: { name: Bộ phận Một cửa } }';
    const inline = [
      ...head,
      bodies,
      'steps:',
      '  - Bước 1: Tiếp nhận hồ sơ, kiểm tra tính hợp lệ',
      '    Trách nhiệm: MC',
      '    Thời gian: 02 giờ',
      '  - Bước 2: Trả kết quả',
      '    body: MC',
      '    duration: 2h',
      '',
    ].join('\n');
    const nested = [
      ...head,
      bodies,
      'steps:',
      '  - Bước 1:',
      '      Tên: Tiếp nhận thông báo',
      '      Trách nhiệm: MC',
      '      Thời gian: 4 giờ',
      '  - Bước 2:',
      '      name: Trả kết quả',
      '      body: MC',
      '      duration: 2h',
      '',
    ].join('\n');
    const messages = (text: string, lang: 'en' | 'vi' = 'en') =>
      lint([loadFile('p.yaml', Buffer.from(text))], { lang }).diagnostics.map(
        (d) => `${d.line}:${d.column} ${d.message}`,
      );
    expect(messages(inline).filter((m) => !m.includes('Unknown property'))).toEqual([
      "8:5 A step's number and its name are two fields: write id: B1 and, on the next line, name: Tiếp nhận hồ sơ, kiểm tra tính hợp lệ",
      "11:5 A step's number and its name are two fields: write id: B2 and, on the next line, name: Trả kết quả",
    ]);
    expect(messages(nested, 'vi')).toEqual([
      '8:5 Số bước là mã bước (id), các trường của bước đứng ngang hàng với nó: hãy ghi id: B1 thay cho "Bước 1:", và các dòng bên dưới lùi về thẳng cột với nó',
      '12:5 Số bước là mã bước (id), các trường của bước đứng ngang hàng với nó: hãy ghi id: B2 thay cho "Bước 2:", và các dòng bên dưới lùi về thẳng cột với nó',
    ]);
    const fix = (text: string) => {
      let current = text;
      for (let pass = 0; pass < 3; pass++) {
        const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(current))]);
        current = applyFixes(
          current,
          diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
        );
      }
      return current;
    };
    const steps = [
      '  - id: B1',
      '    name: Tiếp nhận hồ sơ, kiểm tra tính hợp lệ',
      '    body: MC',
      '    duration: 02 giờ',
      '  - id: B2',
      '    name: Trả kết quả',
      '    body: MC',
      '    duration: 2h',
    ];
    expect(fix(inline).split('\n').slice(7, 15)).toEqual(steps);
    expect(fix(nested).split('\n').slice(7, 15)).toEqual([
      '  - id: B1',
      '    name: Tiếp nhận thông báo',
      '    body: MC',
      '    duration: 4 giờ',
      ...steps.slice(4),
    ]);
    expect(lint([loadFile('p.yaml', Buffer.from(fix(nested)))]).diagnostics).toEqual([]);
  });

  it('say that dossier items under their case take the case each, which --fix writes', () => {
    const text = [
      'id: QT-A',
      'title: A',
      'revision: 1',
      'effective: 2026-07-01',
      'time_limit: 3d',
      'dossier:',
      '  - Trường hợp chỗ ở hợp pháp thuộc sở hữu của mình:',
      '      - Tờ khai thay đổi thông tin cư trú (Mẫu CT01)',
      '      - "Giấy tờ: bản sao"',
      '  - Trường hợp được chủ hộ đồng ý:',
      '      - Tờ khai, có ý kiến của chủ hộ',
      'bodies: { MC: { name: Bộ phận Một cửa } }',
      'steps:',
      '  - { id: B1, name: Tiếp nhận, body: MC, duration: 2h }',
      '',
    ].join('\n');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '7:5 A case is written on each of its dossier items, not as a heading above them: write each item with its case, e.g. - { name: "Tờ khai thay đổi thông tin cư trú (Mẫu CT01)", case: "Trường hợp chỗ ở hợp pháp thuộc sở hữu của mình" }',
      '10:5 A case is written on each of its dossier items, not as a heading above them: write each item with its case, e.g. - { name: "Tờ khai, có ý kiến của chủ hộ", case: "Trường hợp được chủ hộ đồng ý" }',
    ]);
    const fixed = applyFixes(
      text,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    // An item's kind of copy is read as at the top level of the dossier.
    expect(fixed.split('\n').slice(5, 13)).toEqual([
      'dossier:',
      '  - name: Tờ khai thay đổi thông tin cư trú (Mẫu CT01)',
      '    case: Trường hợp chỗ ở hợp pháp thuộc sở hữu của mình',
      '  - name: Giấy tờ',
      '    copies: bản sao',
      '    case: Trường hợp chỗ ở hợp pháp thuộc sở hữu của mình',
      '  - name: Tờ khai, có ý kiến của chủ hộ',
      '    case: Trường hợp được chủ hộ đồng ý',
    ]);
    expect(lint([loadFile('p.yaml', Buffer.from(fixed))]).diagnostics).toEqual([]);
  });

  it('rename a body key written with accents or spaces to the key without them, which the steps then find', () => {
    const text = (bodies: string) =>
      `${['id: QT-A', 'title: A', 'revision: 1', 'effective: 2026-07-01', 'time_limit: 3d'].join('\n')}\n${bodies}\n` +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: BPMC, duration: 1h }\n  - { id: B2, name: Ký, body: LĐ, duration: 1h }\n' +
      '  - { id: B3, name: Đăng ký, body: VP ĐK, duration: 1h }\n';
    for (const bodies of [
      'bodies: { BPMC: { name: Bộ phận Một cửa }, LĐ: { name: Lãnh đạo }, VP ĐK: { name: Văn phòng đăng ký } }',
      'bodies:\n  - BPMC: Bộ phận Một cửa\n  - LĐ: Lãnh đạo\n  - VP ĐK: Văn phòng đăng ký',
    ]) {
      const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text(bodies)))], { lang: 'en' });
      expect(diagnostics.map((d) => d.message.replace(/:.*;/, ':…;'))).toEqual([
        '"LĐ" cannot be a body id:…; write LD',
        '"VP ĐK" cannot be a body id:…; write VP_DK',
      ]);
      // Each rename takes the steps that write the key with it, so the two wait a pass for each other, as --fix runs.
      const fixesOf = (written: string) =>
        lint([loadFile('p.yaml', Buffer.from(written))]).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
      const fixed = fixText(text(bodies), fixesOf(text(bodies)), fixesOf).text;
      const result = lint([loadFile('p.yaml', Buffer.from(fixed))]);
      expect(result.diagnostics).toEqual([]);
      expect(result.procedures[0]!.procedure.steps.map((step) => step.body)).toEqual(['BPMC', 'LD', 'VP_DK']);
      // The steps are written with the keys, not only read as them.
      expect(fixed).toContain('body: LD,');
      expect(fixed).toContain('body: VP_DK,');
    }
    // A key the map has already is not offered: the officer chooses which body is which.
    const both = lint([loadFile('p.yaml', Buffer.from(text('bodies: { LD: { name: A }, LĐ: { name: B } }')))]);
    expect(both.diagnostics.some((d) => d.fix !== undefined)).toBe(false);
  });

  it('write a procedure id without its accents and spaces, and only suggest any other change', () => {
    const text = (id: string) =>
      `id: ${id}\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 3d\n` +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 1h }\n';
    for (const [written, id] of [
      ['QT-ẤP-07', 'QT-AP-07'],
      // Đ is an id's letter: only the other marks go.
      ['QT-ĐẤT-07', 'QT-ĐAT-07'],
      ['QT HT 01', 'QT-HT-01'],
      ['"QT-TƯ-02"', 'QT-TU-02'],
    ]) {
      const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text(written!)))], { lang: 'en' });
      expect(diagnostics.map((d) => d.message.replace(/:.*,/, ':…,'))).toEqual([
        `${JSON.stringify(written!.replace(/"/g, ''))} cannot be a procedure id:…, e.g. ${id}`,
      ]);
      const fixed = applyFixes(
        text(written!),
        diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
      );
      expect(fixed.split('\n')[0]).toBe(`id: ${id}`);
      expect(lint([loadFile('p.yaml', Buffer.from(fixed))]).diagnostics).toEqual([]);
    }
    // A code with a slash is another code: the officer chooses it.
    const other = lint([loadFile('p.yaml', Buffer.from(text('QT-01/UBND')))]).diagnostics;
    expect(other.map((d) => [d.message.endsWith('QT-01-UBND'), d.fix])).toEqual([[true, undefined]]);
  });

  it('keep a procedure id with Đ as written, and --fix leaves it (QT-ĐKKD-01, QT.ĐĐ.02)', () => {
    for (const id of ['QT-ĐKKD-01', 'QT.ĐĐ.02', 'qt-đkkd-01']) {
      const text = `id: ${id}\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 3d\nsteps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 1h }\n`;
      const result = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
      expect(result.diagnostics).toEqual([]);
      expect(result.procedures[0]!.procedure.id).toBe(id);
    }
  });

  it('turn a body written name first ("Bộ phận Một cửa: MC") round, and keep the accents of a name without an id', () => {
    const text = (bodies: string) =>
      `${['id: QT-A', 'title: A', 'revision: 1', 'effective: 2026-07-01', 'time_limit: 3d'].join('\n')}\n${bodies}\n` +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: MC, duration: 1h }\n  - { id: B2, name: Ký, body: Lãnh đạo Sở, duration: 1h }\n' +
      '  - { id: B3, name: Vào sổ, body: Văn thư, duration: 1h }\n';
    const written = text(
      'bodies:\n  Bộ phận Một cửa: MC\n  Lãnh đạo Sở:   # ký duyệt\n  Văn thư: { name: Văn thư Sở }',
    );
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(written))], { lang: 'en' });
    expect(
      diagnostics.map((d) => `${d.line}:${d.column} ${d.message.replace(/:.*;/, ':…;')} ${d.fix ? 'fix' : ''}`),
    ).toEqual([
      '7:3 "Bộ phận Một cửa" is a name, not a body id:…; write MC: Bộ phận Một cửa fix',
      '8:3 "Lãnh đạo Sở" cannot be a body id:…; write Lanh_dao_So: Lãnh đạo Sở fix',
      // The empty value's own problem, which the same fix mends.
      expect.stringMatching(/^8:18 "Lãnh đạo Sở" must be text or a map/),
      '9:3 "Văn thư" cannot be a body id:…; write Van_thu fix',
    ]);
    const fixed = applyFixes(
      written,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    expect(fixed).toContain(
      'bodies:\n  MC: Bộ phận Một cửa\n  Lanh_dao_So: Lãnh đạo Sở   # ký duyệt\n  Van_thu: { name: Văn thư Sở }\n',
    );
    const result = lint([loadFile('p.yaml', Buffer.from(fixed))]);
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.procedure.bodies).toMatchObject({
      MC: { name: 'Bộ phận Một cửa' },
      Lanh_dao_So: { name: 'Lãnh đạo Sở' },
    });
  });

  it('write no body entry that would clash with another, or move an anchor, a tag or an explicit key into a name', () => {
    const text = (bodies: string) =>
      `id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 3d\nbodies:\n  MC: Một cửa\n${bodies}\n` +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: MC, duration: 1h }\n';
    const fixes = (bodies: string) =>
      lint([loadFile('p.yaml', Buffer.from(text(bodies)))], { lang: 'en' }).diagnostics.map((d) => [
        d.line,
        d.fix && 'text' in d.fix ? d.fix.text : undefined,
      ]);
    // Two names with one id, two names with one key without accents: the officer chooses; the third is still written.
    expect(fixes('  Bộ phận A: VP\n  Bộ phận B: VP\n  "Văn thư":')).toEqual([
      [8, undefined],
      [9, undefined],
      [10, 'Van_thu: Văn thư'],
      [10, undefined],
    ]);
    expect(fixes('  Phòng Kinh tế:\n  Phong Kinh te:').filter(([, fix]) => fix !== undefined)).toEqual([]);
    // A mark with nothing after it is a problem of its own, which its fix quotes: no body entry is written around it.
    for (const bodies of ['  ? Phòng Nội vụ', '  Phòng Tài chính: &x', '  Phòng Kinh tế: !!null'])
      expect(fixes(bodies).filter(([, fix]) => fix !== undefined)).toEqual(bodies.includes('&x') ? [[8, '"&x"']] : []);
  });

  it('split a time limit per way of filing into time_limit and channels, every channel named kept', () => {
    const text = (limit: string, extra = '') =>
      `id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: ${limit}\n${extra}bodies:\n  MC: Một cửa\n` +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: MC, duration: 1h }\n';
    const fixed = (written: string) =>
      applyFixes(
        written,
        lint([loadFile('p.yaml', Buffer.from(written))]).diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
      );
    const caseFirst = text('10 ngày làm việc; trường hợp nộp hồ sơ trực tuyến thì không quá 05 ngày làm việc');
    expect(fixed(caseFirst)).toContain(
      'time_limit: 10 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, time_limit: 05 ngày làm việc }]\nbodies:',
    );
    const eachChannel = text('"Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc"');
    const result = lint([loadFile('p.yaml', Buffer.from(fixed(eachChannel)))]);
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures[0]!.procedure).toMatchObject({
      time_limit: '05 ngày làm việc',
      channels: [{ kind: 'in_person' }, { kind: 'online', time_limit: '04 ngày làm việc' }],
    });
    // Channels already listed take their limits; a comment after the limit stays with it.
    const online = '10 ngày làm việc; trường hợp nộp trực tuyến thì 05 ngày làm việc';
    expect(fixed(text(online, 'channels: [in_person]\n'))).toContain(
      'time_limit: 10 ngày làm việc\nchannels: [in_person, { kind: online, time_limit: 05 ngày làm việc }]\n',
    );
    expect(fixed(text(`${online}   # theo Quyết định 123`))).toContain(
      'time_limit: 10 ngày làm việc   # theo Quyết định 123\nchannels: [{ kind: in_person }, { kind: online, time_limit: 05 ngày làm việc }]\n',
    );
  });

  it('show how a step is written when a draft lists the steps by their names alone', () => {
    const steps = ['Tiếp nhận hồ sơ', 'Trả kết quả'];
    expect(validateProcedure({ ...VALID, steps }, 'vi').map((p) => p.message)).toEqual([
      'Bước 1 chỉ có tên, "Tiếp nhận hồ sơ": mỗi bước là một bảng gồm mã bước, tên, đơn vị và thời gian, ví dụ "- id: B1", rồi name, body và duration ở các dòng bên dưới, thẳng cột với "id"',
      'Bước 2 chỉ có tên, "Trả kết quả": mỗi bước là một bảng gồm mã bước, tên, đơn vị và thời gian, ví dụ "- id: B2", rồi name, body và duration ở các dòng bên dưới, thẳng cột với "id"',
    ]);
  });

  it('ask for the year in full when it has two digits, never guessing the century', () => {
    expect(validateProcedure({ ...VALID, effective: '01/07/25' }, 'en').map((p) => p.message)).toEqual([
      '"effective" "01/07/25" has a two-digit year: write the year in full, e.g. 01/07/2025',
    ]);
  });

  it('name the four-digit date with its day and month in two digits, a missing day, a lunar month or day', () => {
    // "15/8/25" was answered "e.g. 15/8/2025"; "tháng 8/2025" and "mùng 5 …" only as "must be a date".
    const messages = (effective: string, lang: 'en' | 'vi' = 'en') =>
      validateProcedure({ ...VALID, effective }, lang).map((p) => p.message);
    expect(messages('15/8/25')).toEqual([
      '"effective" "15/8/25" has a two-digit year: write the year in full, e.g. 15/08/2025',
    ]);
    expect(messages('tháng 8/2025')).toEqual([
      '"effective" "tháng 8/2025" gives a month and a year but no day: write the whole date, day first, e.g. "01/08/2025"',
    ]);
    expect(messages('tháng 8/2025', 'vi')).toEqual([
      '"effective" "tháng 8/2025" ghi tháng và năm nhưng thiếu ngày: hãy ghi đủ ngày, tháng, năm, ngày trước, ví dụ "01/08/2025"',
    ]);
    expect(messages('ngày 10 tháng Giêng năm 2027')).toEqual([
      '"effective" "ngày 10 tháng Giêng năm 2027" says "tháng Giêng", a month of the lunar calendar: write the solar date with its month in figures, e.g. 01/02/2027',
    ]);
    expect(messages('mùng 5 tháng 2 năm 2027')).toEqual([
      '"effective" "mùng 5 tháng 2 năm 2027" says "mùng", which mostly names a day of the lunar calendar: write the solar date in figures, e.g. "05/02/2027" if that is the day, or say it is solar: add "(dương lịch)" after the date',
    ]);
    for (const effective of ['15 tháng Tám năm 2025', '15 thg 8, 2025', '15/VIII/2025', 'mùng 5/2/2027 (dương lịch)'])
      expect(messages(effective), effective).toEqual([]);
  });

  it("show what to write for a missing field, by the schema's example", () => {
    const { time_limit: _, ...noLimit } = VALID;
    const step = { name: 'Tiếp nhận', body: 'TN' };
    const messages = (data: object, lang: 'en' | 'vi' = 'en') => validateProcedure(data, lang).map((p) => p.message);
    expect(messages({ ...VALID, steps: [step] })).toEqual([
      'Missing required property "id"; add it, e.g. id: B1',
      'Missing required property "duration"; add it, e.g. duration: 4h',
    ]);
    // A step's id by its place in the list, as step tables number them.
    expect(messages({ ...VALID, steps: [VALID.steps[0], { ...step, duration: '4h' }] })).toEqual([
      'Missing required property "id"; add it, e.g. id: B2',
    ]);
    expect(messages(noLimit, 'vi')).toEqual([
      'Thiếu trường bắt buộc "time_limit"; hãy thêm, ví dụ time_limit: 3 ngày làm việc',
    ]);
    // A list has no one-line example: the message names the field alone.
    const { steps: __, ...noSteps } = VALID;
    expect(messages(noSteps)).toEqual(['Missing required property "steps"']);
  });

  it("show what to write for a number where text is printed, by the schema's example", () => {
    const messages = (data: object) => validateProcedure(data, 'vi').map((p) => p.message);
    expect(messages({ ...VALID, records: [{ name: 'Sổ chứng thực', retention: 5 }] })).toEqual([
      '"retention" phải là văn bản, không phải số 5: hãy ghi cả điều nó đếm, trong ngoặc kép, ví dụ retention: "05 năm"',
    ]);
    // A field whose description gives no example keeps the plain message.
    expect(messages({ ...VALID, title: 2025 })).toEqual(['"title" phải là văn bản, không phải 2025']);
  });

  it('hold none in configuration and calendar messages either', () => {
    const configs = [
      'rules: { known-body: [error, { x: 1 }] }',
      'rules: { Known_Body: error }',
      'extends: most',
      'lang: fr',
      'overrides: [{ rules: {} }]',
      'rules: { known-body: [] }',
      'calendar: { hours: 8-5 }',
      'calendar: { holidays: [hôm nay] }',
      '- a',
      'calendar: { hours_per_day: 0, satuday: [] }',
      'import: { columns: { titel: x, xyzzy: y } }',
    ];
    for (const lang of ['en', 'vi'] as const) {
      for (const text of configs) {
        const result = parseConfig('procmap.config.yaml', Buffer.from(text), undefined, lang);
        expect(result.ok, text).toBe(false);
        if (!result.ok) for (const d of result.diagnostics) expect(d.message).not.toMatch(JARGON);
      }
      for (const text of ['hours: 8-5\nworkdayz: []\n', '- a\n', 'calendar: { hours_per_day: 0 }\n']) {
        const calendar = parseCalendarFile('calendar.yaml', Buffer.from(text), lang);
        expect(calendar.ok).toBe(false);
        if (!calendar.ok) for (const d of calendar.diagnostics) expect(d.message).not.toMatch(JARGON);
      }
    }
  });
});

describe('maps as read from a file (no prototype) in a list the schema keeps unique', () => {
  // The validator's deep equality called valueOf on every map: `next: [{a: 1}, {a: 1}]` crashed lint.
  const steps = (next: string) =>
    loadFile('next.yaml', Buffer.from(`steps:\n  - id: B1\n    next: ${next}\n`)).data as Record<string, unknown>;
  const duplicate = (next: string) =>
    validateProcedure(steps(next)).some((p) => p.message === '"next" lists the same step twice');

  it('compares them as data: equal maps are the same item, different ones are not', () => {
    expect(duplicate('[{a: 1}, {a: 1}]')).toBe(true);
    expect(duplicate('[{a: 1}, {a: 2}]')).toBe(false);
    expect(duplicate('[{a: [1, {b: x}]}, {a: [1, {b: x}]}]')).toBe(true);
    expect(duplicate('[{a: 1}, {a: 1, b: 2}]')).toBe(false);
    expect(duplicate('[[1], {"0": 1}]')).toBe(false);
    expect(duplicate('[B2, B2]')).toBe(true);
  });
});
