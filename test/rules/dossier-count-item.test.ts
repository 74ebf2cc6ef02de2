import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES } from '../../src/rules/index.js';
import { fixedFixture, testRule } from '../helpers/rule-tester.js';

testRule('dossier-count-item', {
  'invalid-lines.yaml': [
    {
      line: 8,
      column: 5,
      message:
        'Dossier item "Số lượng hồ sơ: 02 (bộ)" is the number of dossier sets, not a paper: remove it from dossier and write dossier_count: 02 bộ',
      vi: 'Dòng "Số lượng hồ sơ: 02 (bộ)" trong thành phần hồ sơ là số lượng hồ sơ, không phải một giấy tờ: hãy bỏ dòng này khỏi dossier và ghi dossier_count: 02 bộ',
    },
    {
      line: 10,
      column: 5,
      message:
        'Dossier item "Số lượng: 02 bộ" is the number of dossier sets, 02 bộ, which the procedure already gives: remove it from dossier',
    },
    {
      line: 11,
      column: 5,
      message:
        'Dossier item "01 bộ hồ sơ" gives 01 bộ hồ sơ as the number of dossier sets, but an item above gives 02 bộ: write the right number as dossier_count and remove both lines from dossier',
    },
  ],
  'invalid-field.yaml': [
    {
      line: 8,
      column: 5,
      message:
        'Dossier item "Số lượng hồ sơ: 01 bộ" is the number of dossier sets, 01 bộ, which the procedure already gives: remove it from dossier',
      vi: 'Dòng "Số lượng hồ sơ: 01 bộ" trong thành phần hồ sơ là số lượng hồ sơ, 01 bộ, đã ghi ở chỗ khác: hãy bỏ dòng này khỏi dossier',
    },
    {
      // Not the count dossier_count gives: which is right is the officer's to say, so no fix.
      line: 10,
      column: 5,
      message:
        'Dossier item "Số lượng: 02 bộ" gives 02 bộ as the number of dossier sets, but dossier_count says 01 (một) bộ: keep the right number in dossier_count and remove this line from dossier',
      vi: 'Dòng "Số lượng: 02 bộ" trong thành phần hồ sơ ghi số lượng hồ sơ là 02 bộ, nhưng dossier_count ghi 01 (một) bộ: hãy giữ số đúng ở dossier_count và bỏ dòng này khỏi dossier',
    },
  ],
});

describe('rule dossier-count-item fix', () => {
  it('moves the count to dossier_count in one edit, after the list', () => {
    expect(fixedFixture('dossier-count-item', 'invalid-lines.yaml')).toContain(
      'dossier:\n  - Đơn đề nghị (Mẫu số 01)\n  - { name: Giấy phép, copies: "01 bản sao" }\n' +
        '  - "Số lượng: 02 bộ"\n  - 01 bộ hồ sơ\n' +
        'dossier_count: 02 bộ\nbodies:\n',
    );
  });

  it('writes the count plain, as import and the limits write a number and words, and it reads back as itself', () => {
    const fixed = fixedFixture('dossier-count-item', 'invalid-lines.yaml');
    expect(fixed).not.toContain('dossier_count: "');
    expect(loadFile('fixed.yaml', Buffer.from(fixed)).data).toMatchObject({ dossier_count: '02 bộ' });
  });

  it('removes a line that says dossier_count again, and keeps one that says another count', () => {
    expect(fixedFixture('dossier-count-item', 'invalid-field.yaml')).toContain(
      'dossier:\n  - Đơn đề nghị (Mẫu số 01)\n  - Giấy phép\n  - "Số lượng: 02 bộ"\ndossier_count: 01 (một) bộ\n',
    );
  });
});

describe('rules that pair the loaded dossier with the written one', () => {
  it('name the paper after a line of sets, which the loader leaves out, at its own line', () => {
    const text =
      'id: QT-A\ntitle: A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 1d\n' +
      'dossier:\n  - { name: Văn bản thỏa thuận, originals: 2 }\n  - "Số lượng hồ sơ: 01 bộ"\n' +
      '  - Báo cáo kết quả - 01 bản\n' +
      'steps:\n  - { id: B1, name: Tiếp nhận, body: Một cửa, duration: 1h }\n';
    const ids = ['canonical-dossier', 'original-or-copy'];
    const { diagnostics, procedures } = lint([loadFile('p.yaml', Buffer.from(text))], {
      rules: RULES.filter((rule) => ids.includes(rule.id)),
      settingsFor: () => new Map(ids.map((id) => [id, { severity: 'warning' as const, options: {} }])),
    });
    expect(procedures[0]!.procedure.dossier_count).toBe('01 bộ');
    expect(procedures[0]!.procedure.dossier?.map((item) => item.name)).toEqual([
      'Văn bản thỏa thuận',
      'Báo cáo kết quả',
    ]);
    expect(diagnostics.map((d) => [d.rule, d.line, d.fix && 'text' in d.fix ? d.fix.text : undefined])).toEqual([
      ['canonical-dossier', 9, '{ name: Báo cáo kết quả, copies: "01 bản" }'],
      ['original-or-copy', 9, undefined],
    ]);
  });
});
