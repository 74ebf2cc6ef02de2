import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { ROOT } from '../helpers/cli.js';

// Rules with a bug: one throws on every file, the other once the whole catalog is collected.
const perFile = defineRule({
  id: 'broken-file-rule',
  description: { en: 'Throws on every file', vi: 'Luôn lỗi trên từng tệp' },
  severity: 'warning',
  recommended: true,
  messages: { never: { en: 'never', vi: 'không bao giờ' } },
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'steps')");
  },
});
const catalogWide = defineRule({
  id: 'broken-catalog-rule',
  description: { en: 'Throws on the catalog', vi: 'Luôn lỗi trên cả bộ quy trình' },
  severity: 'warning',
  recommended: true,
  messages: { never: { en: 'never', vi: 'không bao giờ' } },
  collect: (procedure) => procedure.id,
  checkCatalog() {
    throw new RangeError('Invalid array length');
  },
});

const FILE = 'test/rules/fixtures/unique-id/valid-first.yaml';
const source = () => loadFile(FILE, readFileSync(join(ROOT, FILE)));
const said = (lang: 'en' | 'vi') =>
  lint([source()], { rules: [perFile, catalogWide], lang }).diagnostics.map(
    (d) => `${d.file}:${d.line} ${d.severity} ${d.rule}: ${d.message}`,
  );

describe('a rule that throws', () => {
  it('is said in the officer’s language, the rule named, a catalog rule’s as a bug to report', () => {
    expect(said('vi')).toEqual([
      ':1 error broken-catalog-rule: Quy tắc "broken-catalog-rule" gặp lỗi khi kiểm tra cả bộ quy trình (Invalid array length): đây là lỗi của procmap, không phải của các tệp của bạn; hãy báo lỗi tại https://github.com/procmap/procmap/issues',
      `${FILE}:1 error broken-file-rule: Quy tắc "broken-file-rule" gặp lỗi khi kiểm tra tệp này: Cannot read properties of undefined (reading 'steps')`,
    ]);
    expect(said('en')).toEqual([
      ':1 error broken-catalog-rule: Rule "broken-catalog-rule" failed while checking the whole catalog (Invalid array length): this is a bug in procmap, not in your files; please report it at https://github.com/procmap/procmap/issues',
      `${FILE}:1 error broken-file-rule: Rule "broken-file-rule" failed on this file: Cannot read properties of undefined (reading 'steps')`,
    ]);
  });
});
