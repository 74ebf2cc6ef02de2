import { groupBy } from '../group-by.js';
import type { Lang, Translated } from '../i18n.js';
import { formOf } from '../model/name-forms.js';
import type { Diagnostic } from '../model/types.js';

/**
 * Paths that look the same but are written in other Unicode forms ("Chứng thực.yaml" precomposed, as Windows and Linux
 * write it, and decomposed, as macOS does), or that differ only in capital letters ("QT-01.yaml", "qt-01.yaml"), in
 * groups of two or more, each group in the order given. Such files are two on Linux and one on macOS (and, for
 * capitals, on Windows): a checkout there keeps one of them, and git shows it as changed for ever.
 */
export function lookAlikePaths(paths: readonly string[]): string[][] {
  // The whole path: those systems fold a folder's name as they fold a file's. An ASCII path is its own NFC.
  const groups = groupBy(new Set(paths), (path) =>
    (/^[\x00-\x7f]*$/.test(path) ? path : path.normalize('NFC')).toLowerCase(),
  );
  return [...groups.values()].filter((group) => group.length > 1);
}

/** Whether two look-alike paths differ in capital letters, not only in how their letters are encoded. */
function differInCase(a: string, b: string): boolean {
  return a.normalize('NFC') !== b.normalize('NFC');
}

/**
 * An error at each file of a look-alike group (lookAlikePaths), naming each other one and saying how the two differ
 * (and which of the two is written how): the message is what tells two identical-looking names apart.
 */
export function lookAlikeDiagnostics(groups: readonly (readonly string[])[], lang: Lang): Diagnostic[] {
  return groups.flatMap((group) =>
    group.flatMap((file) =>
      group
        .filter((other) => other !== file)
        .map((other): Diagnostic => {
          const [mine, theirs] = [formOf(file), formOf(other)];
          const message = differInCase(file, other)
            ? caseMessage(other, mine === theirs ? undefined : [mine[lang], theirs[lang]], lang)
            : lang === 'vi'
              ? `Tên tệp này trông giống hệt "${other}" nhưng chữ được mã hóa khác: tên này viết ${mine.vi}, tên kia ${theirs.vi}; trên macOS hai tên là một tệp. Hãy đổi tên hoặc xóa một trong hai tệp`
              : `This file's name looks the same as "${other}" but its letters are encoded otherwise: this name is ${mine.en}, that one ${theirs.en}; on macOS the two names are one file. Rename or remove one of the two files`;
          return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'parse', message };
        }),
    ),
  );
}

/**
 * The error of a name that differs from another only in capital letters, and maybe also in the form of its letters
 * (`forms`: this name's and the other's). Windows folds capitals but not forms: only where the forms are one does it
 * make the two files one.
 */
function caseMessage(other: string, forms: [string, string] | undefined, lang: Lang): string {
  if (lang === 'vi')
    return forms === undefined
      ? `Tên tệp này chỉ khác "${other}" ở chữ hoa, chữ thường: trên Windows và macOS hai tên là một tệp. Hãy đổi tên hoặc xóa một trong hai tệp`
      : `Tên tệp này chỉ khác "${other}" ở chữ hoa, chữ thường và cách mã hóa chữ (tên này viết ${forms[0]}, tên kia ${forms[1]}): trên macOS hai tên là một tệp. Hãy đổi tên hoặc xóa một trong hai tệp`;
  return forms === undefined
    ? `This file's name differs from "${other}" only in capital letters: on Windows and macOS the two names are one file. Rename or remove one of the two files`
    : `This file's name differs from "${other}" only in capital letters and in how its letters are encoded (this name is ${forms[0]}, that one ${forms[1]}): on macOS the two names are one file. Rename or remove one of the two files`;
}

/**
 * The note a command other than lint gives on a look-alike group (lookAlikePaths) before it lists, counts or writes
 * the files' procedures: each name (with its form, where the forms differ), as lint tells it at each file.
 */
export function lookAlikeNote(group: readonly string[]): Translated {
  const inCase = group.some((path) => differInCase(path, group[0]!));
  const inForm = new Set(group.map((path) => formOf(path))).size > 1;
  const named = (lang: Lang, written: string) =>
    group.map((path) => (inForm ? `"${path}", ${written} ${formOf(path)[lang]}` : `"${path}"`)).join('; ');
  if (!inCase)
    return {
      en: `warning: files whose names look the same, differing only in how their letters are encoded: ${named('en', 'written')}. On macOS the names are one file: rename or remove all but one of them`,
      vi: `cảnh báo: các tệp có tên trông giống hệt nhau, chỉ khác cách mã hóa chữ: ${named('vi', 'viết')}. Trên macOS các tên này là một tệp: hãy đổi tên hoặc xóa để chỉ còn một tệp`,
    };
  if (!inForm)
    return {
      en: `warning: files whose names differ only in capital letters: ${named('en', 'written')}. On Windows and macOS the names are one file: rename or remove all but one of them`,
      vi: `cảnh báo: các tệp có tên chỉ khác nhau ở chữ hoa, chữ thường: ${named('vi', 'viết')}. Trên Windows và macOS các tên này là một tệp: hãy đổi tên hoặc xóa để chỉ còn một tệp`,
    };
  return {
    en: `warning: files whose names differ only in capital letters and in how their letters are encoded: ${named('en', 'written')}. On macOS the names are one file: rename or remove all but one of them`,
    vi: `cảnh báo: các tệp có tên chỉ khác nhau ở chữ hoa, chữ thường và cách mã hóa chữ: ${named('vi', 'viết')}. Trên macOS các tên này là một tệp: hãy đổi tên hoặc xóa để chỉ còn một tệp`,
  };
}
