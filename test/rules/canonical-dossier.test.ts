import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES } from '../../src/rules/index.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-dossier', {
  'invalid-names.yaml': [
    {
      line: 23,
      column: 5,
      message: 'Write dossier item "Tờ khai chứng thực" as { name, copies, form }',
      vi: 'Hãy ghi giấy tờ "Tờ khai chứng thực" dạng { name, copies, form }',
    },
    { line: 25, column: 5, message: 'Write dossier item "Bản sao, bản chụp" as { name, copies, form }' },
  ],
});

describe('rule canonical-dossier fix', () => {
  it('wraps each name as written, keeping its quotes', () => {
    expect(
      lintFixture('canonical-dossier', 'invalid-names.yaml').map((d) => d.fix && 'text' in d.fix && d.fix.text),
    ).toEqual(['{ name: Tờ khai chứng thực }', "{ name: 'Bản sao, bản chụp' }"]);
  });

  it("writes the count a line ends with in the item's originals and copies, as procmap reads it", () => {
    const text =
      'id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 1d\n' +
      'dossier:\n  - "Giấy xác nhận tình trạng hôn nhân: 01 bản chính"\n  - Tờ khai - 01 bản chính\n' +
      '  - "Đơn đăng ký (Mẫu số 01): Bản chính: 1 - Bản sao: 0"\n  - "Căn cước công dân: xuất trình bản chính"\n' +
      '  - "Giấy tờ khác, 02 bản sao"\n  - "Sổ hộ khẩu, 01 bản sao có chứng thực"\n' +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 1h }\n';
    const rules = RULES.filter((rule) => rule.id === 'canonical-dossier');
    const { diagnostics, procedures } = lint([loadFile('p.yaml', Buffer.from(text))], {
      rules,
      settingsFor: () => new Map([['canonical-dossier', { severity: 'warning', options: {} }]]),
    });
    expect(procedures[0]!.procedure.dossier).toEqual([
      { name: 'Giấy xác nhận tình trạng hôn nhân', originals: 1 },
      { name: 'Tờ khai', originals: 1 },
      { name: 'Đơn đăng ký (Mẫu số 01)', originals: 1, copies: 0 },
      { name: 'Căn cước công dân', copies: 'xuất trình bản chính' },
      { name: 'Giấy tờ khác', copies: 2 },
      // "có chứng thực" says what kind of copy: the words stay.
      { name: 'Sổ hộ khẩu', copies: '01 bản sao có chứng thực' },
    ]);
    expect(diagnostics.map((d) => d.fix && 'text' in d.fix && d.fix.text)).toEqual([
      '{ name: Giấy xác nhận tình trạng hôn nhân, originals: 1 }',
      '{ name: Tờ khai, originals: 1 }',
      '{ name: Đơn đăng ký (Mẫu số 01), originals: 1, copies: 0 }',
      '{ name: Căn cước công dân, copies: xuất trình bản chính }',
      '{ name: Giấy tờ khác, copies: 2 }',
      '{ name: Sổ hộ khẩu, copies: "01 bản sao có chứng thực" }',
    ]);
  });

  it('writes the count of a line typed with full-width marks in its field, as the ASCII line’s', () => {
    const text =
      'id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 1d\n' +
      'dossier:\n  - { name: Tờ khai, originals: 1 }\n  - Giấy khai sinh：０２ bản sao\n' +
      '  - "Giấy ủy quyền（０１ bản chính）"\n  - Đơn（Mẫu 01）： 01 bản chính\n' +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 1h }\n';
    const rules = RULES.filter((rule) => rule.id === 'canonical-dossier');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], {
      rules,
      settingsFor: () => new Map([['canonical-dossier', { severity: 'warning', options: {} }]]),
    });
    expect(diagnostics.map((d) => d.fix && 'text' in d.fix && d.fix.text)).toEqual([
      '{ name: Giấy khai sinh, copies: 2 }',
      '{ name: Giấy ủy quyền, originals: 1 }',
      '{ name: Đơn（Mẫu 01）, originals: 1 }',
    ]);
  });

  it('writes a form’s "01 bản" as its original, and keeps any other item’s words, where originals are counted', () => {
    const text =
      'id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 1d\n' +
      'dossier:\n  - { name: Văn bản thỏa thuận, originals: 2 }\n  - "Tờ khai (Mẫu số 01): 01 bản"\n' +
      '  - Báo cáo kết quả - 01 bản\n' +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 1h }\n';
    const rules = RULES.filter((rule) => rule.id === 'canonical-dossier');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], {
      rules,
      settingsFor: () => new Map([['canonical-dossier', { severity: 'warning', options: {} }]]),
    });
    expect(diagnostics.map((d) => d.fix && 'text' in d.fix && d.fix.text)).toEqual([
      '{ name: Tờ khai (Mẫu số 01), originals: 1 }',
      '{ name: Báo cáo kết quả, copies: "01 bản" }',
    ]);
  });

  it('leaves a count of copies in words where the document prints copies as a number of papers', () => {
    const text =
      'id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 1d\n' +
      'dossier:\n  - { name: Tờ khai, copies: 1 }\n  - "Giấy tờ khác, 02 bản sao"\n  - { name: Ảnh, copies: "01 bản sao" }\n' +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 1h }\n';
    const rules = RULES.filter((rule) => rule.id === 'canonical-dossier');
    const { diagnostics, procedures } = lint([loadFile('p.yaml', Buffer.from(text))], {
      rules,
      settingsFor: () => new Map([['canonical-dossier', { severity: 'warning', options: {} }]]),
    });
    // Without originals the document has one column, "Số lượng": "02 bản" would not say that a copy will do.
    expect(procedures[0]!.procedure.dossier).toEqual([
      { name: 'Tờ khai', copies: 1 },
      { name: 'Giấy tờ khác', copies: '02 bản sao' },
      { name: 'Ảnh', copies: '01 bản sao' },
    ]);
    expect(diagnostics.map((d) => d.fix && 'text' in d.fix && d.fix.text)).toEqual([
      '{ name: Giấy tờ khác, copies: "02 bản sao" }',
    ]);
  });

  it('reads a count of originals written as copies in a map as originals, of copies as copies, and none as 0', () => {
    const text =
      'id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 1d\n' +
      'dossier:\n  - { name: Tờ khai, copies: "01 bản chính" }\n  - { name: Bản kê khai, originals: "01", copies: Không }\n' +
      '  - { name: Giấy tờ khác, copies: "02 bản sao" }\n  - { name: Ảnh, originals: 1, copies: "01 bản sao" }\n' +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 1h }\n';
    const { procedures } = lint([loadFile('p.yaml', Buffer.from(text))]);
    expect(procedures[0]!.procedure.dossier).toEqual([
      { name: 'Tờ khai', originals: 1 },
      { name: 'Bản kê khai', originals: 1, copies: 0 },
      { name: 'Giấy tờ khác', copies: 2 },
      { name: 'Ảnh', originals: 1, copies: 1 },
    ]);
  });
});
