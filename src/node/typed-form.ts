import { lstatSync, readdirSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { formOf } from '../model/name-forms.js';
import { displayPath } from './files.js';
import { inRunFolder } from './run-context.js';

// A path in ASCII has one Unicode form: it names what it names, with no look-up.
const ASCII = /^[\x00-\x7f]*$/;

/** Whether something (a file, a folder, a link, even a broken one) stands at a path of the run's folder. */
function standsAt(path: string): boolean {
  // A part of the path that is a file, a folder not to be read, a name too long: nothing stands there, and the command
  // that uses the path says why in its own words.
  try {
    return lstatSync(inRunFolder(path), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** The names in a folder that have the given name's letters in another Unicode form; none where it cannot be read. */
function sameLetters(folder: string, name: string): string[] {
  const wanted = name.normalize('NFC');
  try {
    return readdirSync(inRunFolder(folder === '' ? '.' : folder)).filter(
      (entry) => entry !== name && !ASCII.test(entry) && entry.normalize('NFC') === wanted,
    );
  } catch {
    return [];
  }
}

/**
 * The path on disk that a typed path names where the exact name is missing: a Vietnamese name typed decomposed (NFD,
 * as macOS keyboards and some copy-pastes give) for a file saved precomposed (NFC, as Windows and Linux save it), or
 * the reverse, looks the same but is another name to Linux. Each missing part of the path whose letters are those of
 * exactly one entry of its folder becomes that entry; a part with no such entry ends the look-up (an output not yet
 * written keeps the name typed). Several entries with those letters are refused: which one was meant cannot be told. A
 * path written with Windows' backslashes (`procedures\xa\a.yaml`) that names nothing is read with slashes where that
 * names something.
 */
export function pathAsOnDisk(path: string): string {
  if (standsAt(path)) return path;
  // `procedures\xa\ket-hon.yaml`, copied from Windows Explorer or a colleague's Windows command: on Linux and macOS a
  // backslash is a letter of a name, so the path names nothing. Read with slashes where that names something.
  if (path.includes('\\')) {
    const slashed = pathInForm(path.replaceAll('\\', '/'));
    if (standsAt(slashed)) return slashed;
  }
  return pathInForm(path);
}

/** pathAsOnDisk for a path as typed, each of its missing parts in the Unicode form of its folder's entry. */
function pathInForm(path: string): string {
  if (ASCII.test(path) || standsAt(path)) return path;
  const parts = path.split('/');
  let folder = parts[0] === '' ? '/' : '';
  for (const [index, part] of parts.entries()) {
    if (index === 0 && part === '') continue;
    const typed = folder === '' || folder.endsWith('/') ? folder + part : `${folder}/${part}`;
    if (part === '' || ASCII.test(part) || standsAt(typed)) {
      folder = typed;
      continue;
    }
    const found = sameLetters(folder, part);
    if (found.length === 0) return [typed, ...parts.slice(index + 1)].join('/');
    if (found.length > 1) throw severalForms(path, folder, found);
    folder = typed.slice(0, typed.length - part.length) + found[0]!;
  }
  return folder;
}

/** The error of a typed name that several entries of its folder have in other Unicode forms: each, with its form. */
function severalForms(path: string, folder: string, names: readonly string[]): UsageError {
  const inFolder = folder === '' || folder.endsWith('/') ? folder : `${folder}/`;
  const list = (lang: 'en' | 'vi') =>
    [...names]
      .sort()
      .map((name) => `"${displayPath(inFolder + name)}" (${formOf(name)[lang]})`)
      .join('; ');
  const shown = displayPath(path);
  return new UsageError({
    en: `Path "${shown}" (written ${formOf(path).en}) does not exist as typed, and ${names.length} names in its folder have the same letters encoded otherwise: ${list('en')}. Rename all but one of them, or copy the name from a listing of the folder (ls) to name one`,
    vi: `Đường dẫn "${shown}" (viết ${formOf(path).vi}) không tồn tại đúng như đã gõ, và trong thư mục có ${names.length} tên cùng các chữ ấy nhưng mã hóa khác: ${list('vi')}. Hãy đổi tên để chỉ còn một tên, hoặc chép tên từ danh sách thư mục (ls) để chỉ đúng một tệp`,
  });
}
