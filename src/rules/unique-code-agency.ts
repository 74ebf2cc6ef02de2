import { agenciesOf } from '../model/agencies.js';
import { asciiWords, foldCase } from '../model/fold.js';
import { ownString } from '../model/own-string.js';
import { defineRule } from './define-rule.js';

/** What a file says of who performs which national procedure: its id, its national code, each agency it names. */
interface CodeFacts {
  id: string;
  code: string;
  agencies: string[];
}

/** Whether two ids name one procedure, as unique-id compares them: letter case and Unicode form aside. */
const sameId = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/**
 * A national code performed by one agency is one procedure: `ontime` finds a dossier by its code and its agency, and
 * cannot measure the dossiers of a code and an agency two procedures share (docs/ontime.md).
 */
export const rule = defineRule({
  id: 'unique-code-agency',
  description: {
    en: 'Two procedures of one agency must not share a national procedure code',
    vi: 'Hai quy trình của cùng một cơ quan không được trùng mã thủ tục hành chính',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    shared: {
      en: 'Procedure {id} has the national code "{code}" and the agency "{agency}" of procedure {otherId} in {other}: ontime cannot tell which of the two a dossier of that code and agency belongs to. If one file is a copy of the other, correct its code or its agency; if both are right (one per case), the dossier export must name each dossier\'s procedure by its id ({otherId} or {id})',
      vi: 'Quy trình {id} trùng mã TTHC "{code}" và cơ quan "{agency}" với quy trình {otherId} trong {other}: ontime không biết hồ sơ của mã và cơ quan này thuộc quy trình nào. Nếu một tệp được sao chép từ tệp kia, hãy sửa mã hoặc cơ quan của tệp đó; nếu cả hai đều đúng (mỗi trường hợp một quy trình), tệp hồ sơ xuất từ phần mềm phải ghi mã hiệu quy trình ({otherId} hoặc {id}) của từng hồ sơ',
    },
  },
  collect: (procedure): CodeFacts | undefined => {
    const agencies = agenciesOf(procedure.agency);
    if (procedure.code === undefined || agencies.length === 0) return undefined;
    // Each text its own copy, as unique-title's: a slice would keep the file's whole text alive to the catalog's end.
    return { id: ownString(procedure.id), code: ownString(String(procedure.code)), agencies: agencies.map(ownString) };
  },
  checkCatalog({ entries, report }) {
    // The code as ontime matches it (case, spaces and punctuation aside); the agency as people read it (case and
    // spaces aside): diacritics kept, for "Xã Tân" and "Xã Tấn" are two communes.
    const first = new Map<string, { file: string; id: string; agency: string }>();
    for (const { file, facts } of entries) {
      if (facts === undefined) continue;
      const code = asciiWords(facts.code).replace(/ /g, '') || facts.code;
      // One report for a pair of files, however many agencies they share.
      const named = new Set<string>();
      for (const agency of facts.agencies) {
        const key = `${code}\u0000${foldCase(agency)}`;
        const other = first.get(key);
        if (other === undefined) first.set(key, { file, id: facts.id, agency });
        // The same id twice is unique-id's error already: one procedure written twice, not two.
        else if (other.file !== file && !named.has(other.file) && !sameId(other.id, facts.id)) {
          named.add(other.file);
          const data = { id: facts.id, code: facts.code, agency: other.agency, otherId: other.id, other: other.file };
          report(file, { messageId: 'shared', data, path: ['code'] });
        }
      }
    }
  },
});
