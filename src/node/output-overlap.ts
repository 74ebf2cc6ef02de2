import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { catalogFilter, displayPath, isFolder, WriteError } from './files.js';
import { inRunFolder } from './run-context.js';

/**
 * The real path of a path that may not exist yet: the nearest part of it that exists with its links resolved, and
 * the rest as written. A site folder not made yet (`-o catalog/new`) or reached through a link compares as where it
 * will be.
 */
function realFuture(path: string): string {
  let at = resolve(inRunFolder(path));
  const rest: string[] = [];
  for (;;) {
    if (existsSync(at)) {
      try {
        return join(realpathSync(at), ...rest);
      } catch {
        return join(at, ...rest);
      }
    }
    const parent = dirname(at);
    if (parent === at) return join(at, ...rest);
    rest.unshift(basename(at));
    at = parent;
  }
}

/** Whether a real path is a folder or lies below it. */
function within(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

// The names a procedure file may have: any other is passed over without asking the catalog's filter (a site's pages).
const YAML_NAME = /\.ya?ml$/i;

/**
 * The first file below `out` (a real path inside the folder of procedures `input`, whose real path is `folder`) that the
 * walk of `input` reads as a procedure, or undefined. Links are not followed: the walk reads what they lead to where
 * it stands. Stops at the first such file; a folder it cannot read holds none that matters here.
 */
function procedureFileIn(out: string, input: string, folder: string): string | undefined {
  const isProcedure = catalogFilter(input);
  const look = (dir: string): string | undefined => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return undefined;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // Never read by the walk either: a site's .git, a tool's node_modules.
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const found = look(path);
        if (found !== undefined) return found;
      } else if (YAML_NAME.test(entry.name) && isProcedure(relative(folder, path).split(sep).join('/'))) return path;
    }
    return undefined;
  };
  return look(out);
}

/**
 * Refuses an output folder (`-o` of build, doc, flowchart, export --format bpmn) that is a folder of procedures named
 * as input, or holds one (`build catalog -o catalog`, `build catalog -o .`): the site or documents and procmap's
 * records would be written among the officers' files, and publishing the output folder would publish the catalog
 * with them. A folder inside the catalog (`-o catalog/site`, as `procmap build` writes ./site from .) is allowed: no
 * output procmap writes is a procedure file, and its records are dot-files the walk skips; but not one that holds
 * procedure files of the catalog (`-o catalog/xa`), for the same reason as the catalog itself. Links are resolved on
 * both sides. `what` names what the folder is for, with an example.
 */
export function inputOverlapRefusal(
  output: string,
  inputs: readonly string[],
  what: { en: string; vi: string; example: string },
): WriteError | undefined {
  const out = realFuture(output);
  for (const input of inputs) {
    // A file named on the command line is protected by itself (no write replaces an input): `doc a.yaml -o .` is fine.
    if (!isFolder(input)) continue;
    const folder = realFuture(input);
    // An output folder inside the catalog that already holds some of its procedure files (`-o catalog/xa`).
    const held = within(folder, out) && out !== folder ? procedureFileIn(out, input, folder) : undefined;
    if (!within(out, folder) && held === undefined) continue;
    const shownOut = displayPath(output);
    const shownIn = displayPath(input);
    const how =
      out === folder
        ? { en: 'it is the folder of procedures being read', vi: 'đó chính là thư mục quy trình đang được đọc' }
        : held !== undefined
          ? {
              en: `it holds procedure files of the folder being read, "${shownIn}", such as "${displayPath(join(output, relative(out, held)))}"`,
              vi: `thư mục này chứa tệp quy trình của thư mục đang được đọc là "${shownIn}", như "${displayPath(join(output, relative(out, held)))}"`,
            }
          : {
              en: `it holds the folder of procedures being read, "${shownIn}"`,
              vi: `thư mục này chứa thư mục quy trình đang được đọc là "${shownIn}"`,
            };
    // The example must be a folder this check accepts: `-o site` when the catalog is `site`, or below a folder holding it.
    const example = inputs.some((other) => isFolder(other) && within(realFuture(what.example), realFuture(other)))
      ? `../${what.example}`
      : what.example;
    return new WriteError({
      en: `Refusing to write into "${shownOut}": ${how.en}, so ${what.en} would be mixed with the procedure files; name another folder for ${what.en} (for example -o ${example}), which procmap creates if needed`,
      vi: `Không ghi vào "${shownOut}": ${how.vi}, ${what.vi} sẽ lẫn với các tệp quy trình; hãy đặt tên một thư mục khác cho ${what.vi} (ví dụ -o ${example}), procmap sẽ tự tạo nếu chưa có`,
    });
  }
  return undefined;
}

/**
 * Refuses a report file (`diff -o`, `lint -o`, `ontime -o`) inside a folder being compared or read: the report would become part
 * of what is compared, and one named `.yaml` is read by the next run as a broken procedure. `folders` are the sides' folders on disk;
 * `anyFile` refuses every file below them (two folders compared, as snapshots), otherwise only a file the folder's walk
 * reads as a procedure (`--since`, whose folder is the working tree, where reports are commonly kept). The example
 * named instead is beside the outermost such folder.
 */
export function reportInFolderRefusal(
  output: string,
  folders: readonly string[],
  { anyFile, extension, catalog = false }: { anyFile: boolean; extension: string; catalog?: boolean },
): UsageError | undefined {
  // A file there already is the run's input, or a YAML file of elsewhere: the write refuses it, saying which.
  if (catalog && existsSync(inRunFolder(output))) return undefined;
  const out = realFuture(output);
  const compared = folders.filter(isFolder).map((folder) => ({ folder, real: realFuture(folder) }));
  const inside = compared.find(
    ({ real }) =>
      within(real, out) &&
      out !== real &&
      (anyFile || (YAML_NAME.test(out) && catalogFilter(real)(relative(real, out).split(sep).join('/')))),
  );
  if (inside === undefined) return undefined;
  // Where only a file read as a procedure is refused, the same file with the report's own extension; otherwise beside
  // the outermost compared folder that holds it, so that the example is not refused in its turn.
  let outside = inside.real;
  while (compared.some(({ real }) => within(real, outside)) && dirname(outside) !== outside) outside = dirname(outside);
  const example = anyFile
    ? displayPath(join(outside, basename(out)))
    : displayPath(output.replace(YAML_NAME, `.${extension}`));
  const shownOut = displayPath(output);
  const shownIn = displayPath(inside.folder);
  const read = YAML_NAME.test(out);
  // A folder of procedures read (lint's, ontime's --catalog), not compared: only a file read as a procedure is refused.
  if (catalog)
    return new UsageError({
      en: `Refusing to write the report to "${shownOut}": it is inside "${shownIn}", a folder of procedures being read, and the next run would read it as a procedure; give it a name that is not a procedure file, for example -o ${example}`,
      vi: `Không ghi báo cáo vào "${shownOut}": tệp này nằm trong thư mục quy trình "${shownIn}" đang được đọc, và lần chạy sau sẽ đọc nó như một quy trình; hãy đặt cho báo cáo một tên không phải tệp quy trình, ví dụ -o ${example}`,
    });
  return new UsageError({
    en: `Refusing to write the report to "${shownOut}": it is inside "${shownIn}", a folder being compared, so the report would be mixed with the procedures compared${read ? ' and read by the next run as a procedure' : ''}; ${anyFile ? 'write it outside the compared folders' : 'give it a name that is not a procedure file'}, for example -o ${example}`,
    vi: `Không ghi báo cáo vào "${shownOut}": tệp này nằm trong thư mục "${shownIn}" đang được so sánh, nên báo cáo sẽ lẫn với các quy trình được so sánh${read ? ' và lần chạy sau sẽ đọc nó như một quy trình' : ''}; ${anyFile ? 'hãy ghi báo cáo ra ngoài các thư mục được so sánh' : 'hãy đặt cho báo cáo một tên không phải tệp quy trình'}, ví dụ -o ${example}`,
  });
}
