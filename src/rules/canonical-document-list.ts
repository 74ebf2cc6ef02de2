import { definitionOf, formOf, recordOf } from '../model/lenient.js';
import type { NodePath } from '../model/types.js';
import { mapFix, writtenAt, wrapFix, yamlName } from './written-value.js';
import { defineRule } from './define-rule.js';

/** A flow map of keys and texts, each text plain where YAML reads it back as itself. */
function flowMap(entries: Record<string, string | undefined>): string {
  const pairs = Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return `{ ${pairs.map(([key, text]) => `${key}: ${yamlName(text)}`).join(', ')} }`;
}

/**
 * Forms, records and definitions written as one line each (`Mẫu 01 - Giấy tiếp nhận`, `Sổ theo dõi hồ sơ`, `TTPVHCC:
 * Trung tâm …`) read as the maps the ISO document prints in columns; the map form says which part is which.
 */
export const rule = defineRule({
  id: 'canonical-document-list',
  description: {
    en: 'Forms, records and definitions should be written as maps',
    vi: 'Biểu mẫu, hồ sơ cần lưu và định nghĩa nên ghi dạng bảng',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    form: { en: 'Write form "{text}" as {map}', vi: 'Hãy ghi biểu mẫu "{text}" dạng {map}' },
    record: {
      en: 'Write record "{text}" as { name, keeper, retention }',
      vi: 'Hãy ghi hồ sơ lưu "{text}" dạng { name, keeper, retention }',
    },
    definition: { en: 'Write definition "{text}" as {map}', vi: 'Hãy ghi định nghĩa "{text}" dạng {map}' },
  },
  check({ source, report }) {
    const each = (key: string, check: (text: string, path: NodePath) => void) => {
      const list = writtenAt(source, [key]);
      if (Array.isArray(list)) list.forEach((item, i) => typeof item === 'string' && check(item, [key, i]));
    };
    each('forms', (text, path) => {
      const form = formOf(text);
      const map = flowMap({ code: form.code, name: form.name });
      const fix =
        form.code === undefined
          ? wrapFix(source, path, (written) => `{ name: ${written} }`)
          : mapFix(source, path, map);
      report({ messageId: 'form', data: { text, map }, path, ...(fix ? { fix } : {}) });
    });
    each('records', (text, path) => {
      // How long it is kept, at the end of the line, is its own field ("Sổ chứng thực - Lưu 05 năm").
      const record = recordOf(text);
      const fix =
        record.retention === undefined
          ? wrapFix(source, path, (written) => `{ name: ${written} }`)
          : mapFix(source, path, flowMap({ name: record.name, retention: record.retention }));
      report({ messageId: 'record', data: { text }, path, ...(fix ? { fix } : {}) });
    });
    each('definitions', (text, path) => {
      const { term, meaning } = definitionOf(text);
      if (term === '' || meaning === '') return;
      const map = flowMap({ term, meaning });
      const fix = mapFix(source, path, map);
      report({ messageId: 'definition', data: { text, map }, path, ...(fix ? { fix } : {}) });
    });
  },
});
