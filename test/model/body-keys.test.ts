import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { bodiesNamed } from '../../src/model/lenient.js';
import { bodiesOfList, bodiesOfNames, initials, listedBodyKeys, writtenBodyPath } from '../../src/model/body-keys.js';
import { parseDay } from '../../src/time/moment.js';

// A first draft often names each step's body and has no `bodies` map yet: each name is a body.
describe('bodies of a procedure without a bodies map', () => {
  it('makes one body per name, letter case and spacing aside, keyed by initials, in order of first use', () => {
    expect(
      bodiesOfNames([
        'Phòng Hành chính',
        'Bộ phận Một cửa',
        'phòng  hành chính',
        'Phòng Hạ tầng - Công nghệ',
        'TTPVHCC',
        'Phòng Hộ chiếu',
      ]),
    ).toEqual({
      PHC: { name: 'Phòng Hành chính' },
      BPMC: { name: 'Bộ phận Một cửa', single_window: true },
      PHTCN: { name: 'Phòng Hạ tầng - Công nghệ' },
      TTPVHCC: { name: 'TTPVHCC' },
      PHC2: { name: 'Phòng Hộ chiếu' },
    });
  });

  it('matches names as a reader sees them, without invisible characters (found by the officer-forms property)', () => {
    // JavaScript counts U+FEFF as a space: the name kept it as one, and no step then matched its body.
    const written = '\u0000\ufeffTiếp nhận hồ sơ';
    const bodies = bodiesOfNames([written, '\u0000Tiếp\u200b nhận  hồ sơ']);
    expect(bodies).toEqual({ TNHS: { name: '\u0000Tiếp nhận hồ sơ' } });
  });

  it('makes one body of a name written with a hyphen, an en dash (as Word types it) or no spaces around it', () => {
    const bodies = bodiesOfNames([
      'Công chức Tư pháp - Hộ tịch',
      'Công chức Tư pháp – Hộ tịch',
      'Công chức Tư pháp-Hộ tịch',
    ]);
    expect(bodies).toEqual({ CCTPHT: { name: 'Công chức Tư pháp - Hộ tịch' } });
    expect(bodiesNamed(bodies, 'công chức tư pháp—hộ tịch')).toEqual(['CCTPHT']);
  });

  it('makes one body of a name typed with and without accents, keeping the accented spelling', () => {
    expect(bodiesOfNames(['Phong Tu phap', 'Phòng Tư pháp', 'Phòng Tài chính'])).toEqual({
      PTP: { name: 'Phòng Tư pháp' },
      PTC: { name: 'Phòng Tài chính' },
    });
  });

  it('keys every name by a valid body key', () => {
    expect([initials('Đội 2'), initials('123'), initials('Sở Tư pháp'), initials('公安')]).toEqual([
      'D2',
      'B123',
      'STP',
      'B',
    ]);
  });

  it('lints a draft without bodies clean under the recommended rules, each step in its own lane', () => {
    const text = [
      'id: QT-1',
      'title: Thử',
      'revision: 1',
      'effective: 01/07/2025',
      'time_limit: 3 ngày làm việc',
      'steps:',
      '  - { id: B1, name: Tiếp nhận, body: Bộ phận Một cửa, duration: 2h }',
      '  - { id: B2, name: Thẩm định, body: Phòng Kinh tế, duration: 1d }',
      '  - { id: B3, name: Trả kết quả, body: bộ phận một cửa, duration: 2h }',
      '',
    ].join('\n');
    const result = lint([loadFile('draft.yaml', Buffer.from(text))], { lang: 'en', today: parseDay('2026-03-01')! });
    expect(result.diagnostics).toEqual([]);
    const { procedure } = result.procedures[0]!;
    expect(procedure.bodies).toEqual({
      BPMC: { name: 'Bộ phận Một cửa', single_window: true },
      PKT: { name: 'Phòng Kinh tế' },
    });
    expect(procedure.steps.map((step) => step.body)).toEqual(['BPMC', 'PKT', 'BPMC']);
  });
});

describe('bodies written as a list', () => {
  const items = [
    'Phòng Hành chính',
    { PHC: 'Phòng Hạ tầng' },
    { id: 'TP', name: 'Tư pháp' },
    { id: 'TP', name: 'X' },
    7,
  ];

  it('keys each item by the id it gives, else by its initials clear of every given id; a repeat or a stray is none', () => {
    expect(listedBodyKeys(items)).toEqual(['PHC2', 'PHC', 'TP', undefined, undefined]);
    expect(Object.keys(bodiesOfList(items))).toEqual(['PHC2', 'PHC', 'TP']);
  });

  it('reads an item quoted whole, "TN: Bộ phận TN&TKQ", as the unquoted `TN: Bộ phận TN&TKQ`', () => {
    const quoted = [
      'TN: Bộ phận TN&TKQ',
      'BTDKT:  Ban Thi đua – Khen thưởng ',
      'Bộ phận: tầng 1',
      'Xem https://dvc.gov.vn',
    ];
    expect(listedBodyKeys(quoted)).toEqual(['TN', 'BTDKT', 'BPT1', 'XHDGV']);
    expect(bodiesOfList(quoted)).toMatchObject({
      TN: { name: 'Bộ phận TN&TKQ' },
      BTDKT: { name: 'Ban Thi đua – Khen thưởng' },
      // A name with a colon whose head is no key stays a name.
      BPT1: { name: 'Bộ phận: tầng 1' },
    });
    expect(writtenBodyPath({ bodies: quoted }, ['bodies', 'TN', 'name'])).toEqual(['bodies', 0, 'name']);
  });

  it('finds a canonical body path at its item, as written', () => {
    const data = { bodies: items };
    expect(writtenBodyPath(data, ['bodies', 'PHC2'])).toEqual(['bodies', 0]);
    expect(writtenBodyPath(data, ['bodies', 'PHC', 'on_site'])).toEqual(['bodies', 1, 'PHC', 'on_site']);
    expect(writtenBodyPath(data, ['bodies', 'TP', 'name'])).toEqual(['bodies', 2, 'name']);
    expect(writtenBodyPath(data, ['bodies', 'NONE'])).toEqual(['bodies', 'NONE']);
    expect(writtenBodyPath({ bodies: { TP: { name: 'Tư pháp' } } }, ['bodies', 'TP'])).toEqual(['bodies', 'TP']);
  });
});
