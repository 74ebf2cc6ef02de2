import { agenciesOf } from '../model/agencies.js';
import { foldCase } from '../model/fold.js';
import { ownString } from '../model/own-string.js';
import { defineRule } from './define-rule.js';

/** What a file says of the procedure a citizen reads by its title: its id, title, level and each agency it names. */
interface TitleFacts {
  id: string;
  title: string;
  level?: string;
  agencies: string[];
}

/** Whether two ids name one procedure, as unique-id compares them: letter case and Unicode form aside. */
const sameId = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/**
 * A title as people read it: letter case, Unicode form, spacing and the punctuation it ends with aside ("Cấp  bản sao
 * trích lục hộ tịch." is "cấp bản sao trích lục hộ tịch"). Diacritics are kept: "Tân" and "Tấn" are two words.
 */
export function titleKey(title: string): string {
  return foldCase(title).replace(/[\s.,;:!?…]+$/u, '');
}

/**
 * A title read by citizens on the public site, and matched by `ontime` when an export names procedures, is one
 * procedure of one agency: two procedures of one agency with one title cannot be told apart there.
 */
export const rule = defineRule({
  id: 'unique-title',
  description: {
    en: 'Two procedures of one agency must not share a title',
    vi: 'Hai quy trình của cùng một cơ quan không được trùng tên thủ tục',
  },
  severity: 'warning',
  recommended: true,
  messages: {
    shared: {
      en: 'Procedure {id} has the title "{title}" and the agency "{agency}" of procedure {otherId} in {other}: citizens on the public site, and ontime matching a dossier by its procedure\'s name, cannot tell the two apart. If both are right, name in each title the case it is for (for example "{example} (trường hợp …)"); if one file is a stray copy of the other, remove it or correct its title or agency',
      vi: 'Quy trình {id} trùng tên "{title}" và cơ quan "{agency}" với quy trình {otherId} trong {other}: người dân trên trang công khai, và ontime khi tìm quy trình theo tên thủ tục, không phân biệt được hai quy trình này. Nếu cả hai đều đúng, hãy ghi trong tên mỗi quy trình trường hợp áp dụng (ví dụ "{example} (trường hợp …)"); nếu một tệp là bản sao thừa của tệp kia, hãy xóa tệp đó hoặc sửa tên hay cơ quan của nó',
    },
  },
  collect: (procedure): TitleFacts | undefined => {
    const agencies = agenciesOf(procedure.agency);
    if (typeof procedure.title !== 'string' || agencies.length === 0) return undefined;
    // No key without a value: the build's cache keeps facts that survive JSON, which drops an undefined level. Each
    // text its own copy: kept to the catalog's end, a slice of the file's text would keep every file's text alive
    // (20,000 files: 160 → 275 MiB peak).
    const facts: TitleFacts = {
      id: ownString(procedure.id),
      title: ownString(procedure.title),
      agencies: agencies.map(ownString),
    };
    if (procedure.level !== undefined) facts.level = procedure.level;
    return facts;
  },
  checkCatalog({ entries, report }) {
    // Agencies as unique-code-agency reads them: case and spaces aside, diacritics kept ("Xã Tân" is not "Xã Tấn").
    const seen = new Map<string, { file: string; id: string; agency: string; level: string | undefined }[]>();
    for (const { file, facts } of entries) {
      if (facts === undefined) continue;
      const title = titleKey(facts.title);
      if (title === '') continue;
      // One report for a pair of files, however many agencies they share.
      const named = new Set<string>();
      for (const agency of facts.agencies) {
        const key = `${title}\u0000${foldCase(agency)}`;
        const earlier = seen.get(key) ?? [];
        // Two levels stated and different are two procedures (a province's and a commune's), whatever their titles.
        // The same id twice is unique-id's error already: one procedure written twice, not two.
        const other = earlier.find(
          (one) =>
            one.file !== file &&
            (one.level === undefined || facts.level === undefined || one.level === facts.level) &&
            !sameId(one.id, facts.id),
        );
        earlier.push({ file, id: facts.id, agency, level: facts.level });
        seen.set(key, earlier);
        if (other === undefined || named.has(other.file)) continue;
        named.add(other.file);
        // The example as the title reads, its spaces and the punctuation it ends with tidied.
        const example = facts.title
          .replace(/\s+/g, ' ')
          .replace(/[\s.,;:!?…]+$/u, '')
          .trim();
        const data = {
          id: facts.id,
          title: facts.title.trim(),
          example,
          agency: other.agency,
          otherId: other.id,
          other: other.file,
        };
        report(file, { messageId: 'shared', data, path: ['title'] });
      }
    }
  },
});
