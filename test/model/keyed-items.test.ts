import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES } from '../../src/rules/index.js';

const HEAD = 'id: QT-X-01\ntitle: Thử\nrevision: 1\neffective: 2025-07-01\ntime_limit: 3 ngày làm việc\n';
const STEPS = 'steps:\n  - id: B1\n    name: Tiếp nhận\n    body: Bộ phận Một cửa\n    duration: 4 giờ\n';
// Items with a colon and no quotes, as officers copy them from the document: YAML reads each as a map of one entry.
const LISTS =
  'definitions:\n  - TTHC: Thủ tục hành chính\nforms:\n  - Mẫu 01: Tờ khai\n' +
  'legal_basis:\n  - Nghị định số 23/2015/NĐ-CP: về cấp bản sao\nconditions:\n  - Tỷ lệ: 100%\n' +
  'records:\n  - { name: Sổ chứng thực, retention: 05 năm }\n';

describe('list items written with a colon and no quotes', () => {
  it('are the lines they were written as: a definition, a form, a text; an item of fields stays a map', () => {
    const result = lint([loadFile('p.yaml', Buffer.from(HEAD + LISTS + STEPS))]);
    expect(result.diagnostics).toEqual([]);
    const procedure = result.procedures[0]!.procedure;
    expect(procedure.definitions).toEqual([{ term: 'TTHC', meaning: 'Thủ tục hành chính' }]);
    expect(procedure.forms).toEqual([{ code: 'Mẫu 01', name: 'Tờ khai' }]);
    expect(procedure.legal_basis).toEqual(['Nghị định số 23/2015/NĐ-CP: về cấp bản sao']);
    expect(procedure.conditions).toEqual(['Tỷ lệ: 100%']);
    expect(procedure.records).toEqual([{ name: 'Sổ chứng thực', retention: '05 năm' }]);
  });

  it('are written as maps by canonical-document-list --fix, on their own lines', () => {
    const rules = RULES.filter((rule) => rule.id === 'canonical-document-list' || rule.id === 'schema');
    const text = HEAD + LISTS + STEPS;
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], {
      rules,
      settingsFor: () => new Map([['canonical-document-list', { severity: 'warning', options: {} }]]),
    });
    const fixed = applyFixes(
      text,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    expect(fixed).toContain('definitions:\n  - { term: TTHC, meaning: Thủ tục hành chính }\nforms:\n');
    expect(fixed).toContain('forms:\n  - { code: Mẫu 01, name: Tờ khai }\nlegal_basis:\n');
  });
});
