import type { Lang, Translated } from '../i18n.js';
import type { Diagnostic } from '../model/types.js';

/**
 * Paths that look the same but are written in other Unicode forms ("Chứng thực.yaml" precomposed, as Windows and Linux
 * write it, and decomposed, as macOS does), in groups of two or more, each group in the order given. Such files are
 * two on Linux and one on macOS, and every listing shows them under one name.
 */
export function lookAlikePaths(paths: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    // An ASCII path is its own NFC and no other path's (NFC of a path with other letters keeps them).
    if (/^[\x00-\x7f]*$/.test(path)) continue;
    const key = path.normalize('NFC');
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  return [...groups.values()].map((group) => [...new Set(group)]).filter((group) => group.length > 1);
}

const FORMS: Record<'nfc' | 'nfd' | 'mixed', Translated> = {
  nfc: { en: 'precomposed (NFC)', vi: 'dạng dựng sẵn (NFC)' },
  nfd: { en: 'decomposed (NFD, as macOS writes file names)', vi: 'dạng tổ hợp (NFD, như macOS ghi tên tệp)' },
  mixed: { en: 'partly decomposed (not NFC)', vi: 'dạng tổ hợp một phần (không phải NFC)' },
};

/** How a path's letters are encoded, in words that tell two look-alike names apart. */
function formOf(path: string): Translated {
  if (path === path.normalize('NFC')) return FORMS.nfc;
  return path === path.normalize('NFD') ? FORMS.nfd : FORMS.mixed;
}

/**
 * An error at each file of a look-alike group (lookAlikePaths), naming each other one and saying which of the two is
 * written how: the message is what tells two identical-looking names apart.
 */
export function lookAlikeDiagnostics(groups: readonly (readonly string[])[], lang: Lang): Diagnostic[] {
  return groups.flatMap((group) =>
    group.flatMap((file) =>
      group
        .filter((other) => other !== file)
        .map((other): Diagnostic => {
          const [mine, theirs] = [formOf(file)[lang], formOf(other)[lang]];
          const message =
            lang === 'vi'
              ? `Tên tệp này trông giống hệt "${other}" nhưng chữ được mã hóa khác: tên này viết ${mine}, tên kia ${theirs}; trên macOS hai tên là một tệp. Hãy đổi tên hoặc xóa một trong hai tệp`
              : `This file's name looks the same as "${other}" but its letters are encoded otherwise: this name is ${mine}, that one ${theirs}; on macOS the two names are one file. Rename or remove one of the two files`;
          return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'parse', message };
        }),
    ),
  );
}

/**
 * The note a command other than lint gives on a look-alike group (lookAlikePaths) before it lists, counts or writes
 * the files' procedures: each name with its form, as lint tells it at each file.
 */
export function lookAlikeNote(group: readonly string[]): Translated {
  const named = (lang: Lang, written: string) => group.map((path) => `"${path}", ${written} ${formOf(path)[lang]}`);
  return {
    en: `warning: files whose names look the same, differing only in how their letters are encoded: ${named('en', 'written').join('; ')}. On macOS the names are one file: rename or remove all but one of them`,
    vi: `cảnh báo: các tệp có tên trông giống hệt nhau, chỉ khác cách mã hóa chữ: ${named('vi', 'viết').join('; ')}. Trên macOS các tên này là một tệp: hãy đổi tên hoặc xóa để chỉ còn một tệp`,
  };
}
