import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES } from '../../src/rules/index.js';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('canonical-document-list', {
  'invalid-lines.yaml': [
    {
      line: 14,
      column: 5,
      message:
        'Write definition "TTPVHCC: Trung tâm Phục vụ hành chính công" as { term: TTPVHCC, meaning: Trung tâm Phục vụ hành chính công }',
      vi: 'Hãy ghi định nghĩa "TTPVHCC: Trung tâm Phục vụ hành chính công" dạng { term: TTPVHCC, meaning: Trung tâm Phục vụ hành chính công }',
    },
    {
      line: 15,
      column: 5,
      message: 'Write definition "BPMC - Bộ phận Một cửa" as { term: BPMC, meaning: Bộ phận Một cửa }',
    },
    {
      line: 18,
      column: 5,
      message:
        'Write form "Mẫu 01 - Giấy tiếp nhận hồ sơ và hẹn trả kết quả" as { code: Mẫu 01, name: Giấy tiếp nhận hồ sơ và hẹn trả kết quả }',
      vi: 'Hãy ghi biểu mẫu "Mẫu 01 - Giấy tiếp nhận hồ sơ và hẹn trả kết quả" dạng { code: Mẫu 01, name: Giấy tiếp nhận hồ sơ và hẹn trả kết quả }',
    },
    {
      line: 19,
      column: 5,
      message:
        'Write form "BM.02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" as { code: BM.02, name: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" }',
    },
    { line: 20, column: 5, message: 'Write form "Sổ theo dõi hồ sơ" as { name: Sổ theo dõi hồ sơ }' },
    {
      line: 22,
      column: 5,
      message: 'Write record "Sổ chứng thực" as { name, keeper, retention }',
      vi: 'Hãy ghi hồ sơ lưu "Sổ chứng thực" dạng { name, keeper, retention }',
    },
  ],
});

describe('rule canonical-document-list fix', () => {
  it('writes each line as its map, keeping the comment and quoting what YAML needs quoted', () => {
    expect(fixedFixture('canonical-document-list', 'invalid-lines.yaml')).toBe(
      fixtureText('canonical-document-list', 'valid-maps.yaml').replace('QT-MAU-02', 'QT-MAU-01'),
    );
  });

  it("writes how long a record is kept, at the end of its line, as the record's retention", () => {
    const text =
      'id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 1d\n' +
      'records:\n  - Sổ chứng thực - Lưu 05 năm\n  - Sổ theo dõi hồ sơ\n' +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 1h }\n';
    const rules = RULES.filter((rule) => rule.id === 'canonical-document-list');
    const { diagnostics, procedures } = lint([loadFile('p.yaml', Buffer.from(text))], {
      rules,
      settingsFor: () => new Map([['canonical-document-list', { severity: 'warning', options: {} }]]),
    });
    expect(procedures[0]!.procedure.records).toEqual([
      { name: 'Sổ chứng thực', retention: '05 năm' },
      { name: 'Sổ theo dõi hồ sơ' },
    ]);
    expect(diagnostics.map((d) => d.fix && 'text' in d.fix && d.fix.text)).toEqual([
      '{ name: Sổ chứng thực, retention: "05 năm" }',
      '{ name: Sổ theo dõi hồ sơ }',
    ]);
  });
});
