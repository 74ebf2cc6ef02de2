import { lstatSync, realpathSync, statSync } from 'node:fs';
import { relative, isAbsolute, dirname, join, sep } from 'node:path';
import { fixText } from '../lint/fix.js';
import { decodeText, encodeText, type Encoding } from '../model/decode.js';
import type { Diagnostic, Fix } from '../model/types.js';
import { LIMITS } from '../model/limits.js';
import { escapeControls } from '../model/quote.js';
import {
  displayPath,
  readBounded,
  realPath,
  removeAbandonedTemporaryFiles,
  readOnlyFolderOf,
  writeFileSafely,
  WriteError,
} from './files.js';
import { fileReadOnly, hardLinked, readOnlyWords } from './read-only.js';
import { inRunFolder } from './run-context.js';
import { groupBy } from '../group-by.js';
import { betweenFiles } from './interrupt.js';

/** A file that `--fix` changes: its text before and after. */
export interface FixedFile {
  /** The path as shown to users. */
  file: string;
  /** The path to read and write. */
  path: string;
  before: string;
  after: string;
  /** How the file was stored, kept when it is written again. */
  encoding: Encoding;
  hadBom: boolean;
  /** How many fixes were made, those a first fix revealed included. */
  fixed: number;
  /** How many of them lint listed: the fixable problems it reported in the file, before any fix revealed more. */
  listed: number;
  /** The bytes the fixes were worked out from: the file is written only while it still holds them. */
  read: Buffer;
}

function fixesByFile(diagnostics: readonly Diagnostic[]): Map<string, Fix[]> {
  const fixable = diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined);
  return new Map([...groupBy(fixable, (d) => d.file)].map(([file, list]) => [file, list.map((d) => d.fix)]));
}

/** What `--fix` would do: the files it changes, and those whose fixes together would break them, left as they are. */
export interface FixPlan {
  fixed: FixedFile[];
  unsafe: string[];
}

/**
 * Works out the fixed text of every file with a fixable problem, re-linting each result with `relint` until
 * nothing fixable is left; reads the files again but writes nothing. Ctrl-C stops it between files.
 */
export async function planFixes(
  diagnostics: readonly Diagnostic[],
  pathOf: (file: string) => string,
  relint: (file: string, text: string) => readonly Diagnostic[],
): Promise<FixPlan> {
  const planned: FixedFile[] = [];
  const unsafe: string[] = [];
  for (const [file, fixes] of fixesByFile(diagnostics)) {
    await betweenFiles();
    const path = pathOf(file);
    const read = readBounded(path, LIMITS.maxFileBytes);
    if (!read.ok) continue;
    const decoded = decodeText(read.bytes);
    if (!decoded.ok) continue;
    const { text: before, encoding, hadBom } = decoded;
    const { text: fixedText, fixed } = fixText(before, fixes, (text) =>
      relint(file, text).flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    // Lines the fixes add end in LF (rules read the text with lone CRs as LF): a file of lone CRs gets them back.
    const after = /\r(?!\n)/.test(before) && !before.includes('\n') ? fixedText.replace(/\n/g, '\r') : fixedText;
    // A fix must never break a file: one that no longer parses is left as it was.
    const broken = relint(file, after).some((d) => d.rule === 'parse' && d.severity === 'error');
    if (after !== before && broken) unsafe.push(file);
    else if (after !== before) {
      // The rules that wait for a file's other problems report more once those are fixed: those were never listed.
      const listed = Math.min(fixes.length, fixed);
      planned.push({ file, path, before, after, encoding, hadBom, fixed, listed, read: read.bytes });
    }
  }
  return { fixed: planned, unsafe };
}

function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The folders of a named path that are symbolic links, each with where it leads and the real folder that holds it,
 * named as the path was (relative or absolute). `procedures/ext/x.yaml` with `procedures/ext` a link gives the link
 * `procedures/ext`, held by `procedures`. A link high up (/tmp on macOS) is held by "/", which holds every file.
 */
function linksOnTheWay(named: string, isFolder: boolean): { link: string; target: string; holder: string }[] {
  const absolute = inRunFolder(named);
  const folders = (isFolder ? absolute : dirname(absolute)).split(sep).filter((part) => part !== '');
  const links = [];
  for (let i = 0; i < folders.length; i++) {
    const path = sep + join(...folders.slice(0, i + 1));
    try {
      if (!lstatSync(path).isSymbolicLink()) continue;
      const link = isAbsolute(named) ? path : relative(inRunFolder('.'), path);
      links.push({ link, target: realpathSync(path), holder: realpathSync(dirname(path)) });
    } catch {
      // A folder that cannot be read is the write's to report.
    }
  }
  return links;
}

/** What writeFixes left as it was, by reason, so that the command can say so file by file. */
export interface FixesNotWritten {
  /** Files reached through a link to a file outside the catalog. */
  outside: FixedFile[];
  /**
   * Files named through a link to a folder outside the catalog (`procedures/ext/x.yaml`, `procedures/ext` a link): a
   * walk of `procedures` does not follow that link, and a file named through it is not fixed either.
   */
  throughLink: { item: FixedFile; link: string; target: string }[];
  /** Files saved by someone else since procmap read them (an editor's autosave): their edits are kept. */
  changed: FixedFile[];
  /**
   * Files that are also linked under another name (a hard link): a fixed copy renamed over one name would leave the
   * other with the old text, splitting what the user made one file.
   */
  linked: FixedFile[];
  /**
   * Files the system would not let procmap write (a full disk, a name too long), or read-only ones, each with the
   * reason in words.
   */
  failed: { item: FixedFile; error: WriteError }[];
  /** Files whose folder (`folder`, as named) takes no new file, which the fixed copy is written as. */
  readOnlyFolder: { item: FixedFile; folder: string }[];
}

/**
 * Writes fixed files atomically, in the encoding they were read in, keeping a byte order mark the file had. A file
 * reached through a symbolic link is fixed where the link points only when that is inside the catalog (one of
 * `roots`); a file that no longer holds the bytes the fixes were worked out from is left alone; a file that cannot be
 * written stops only itself. Those left as they are come back, so the caller can say so. Ctrl-C stops it between
 * files: each file is then either fixed or as it was.
 */
export async function writeFixes(fixed: readonly FixedFile[], roots: readonly string[]): Promise<FixesNotWritten> {
  // A file named on the command line stands for its folder: named through a link, the file the link points to
  // elsewhere is no more the catalog's than when its folder is linted.
  // A link to a folder on the way to it stands as one met in a walk: the folder that holds the link is the catalog.
  const realRoots = roots.map((root) => {
    const path = inRunFolder(root);
    const isFolder = statSync(path).isDirectory();
    return { real: realpathSync(isFolder ? path : dirname(path)), links: linksOnTheWay(root, isFolder) };
  });
  const left: FixesNotWritten = {
    outside: [],
    throughLink: [],
    linked: [],
    changed: [],
    failed: [],
    readOnlyFolder: [],
  };
  const cleaned = new Set<string>();
  for (const item of fixed) {
    await betweenFiles();
    const real = realPath(item.path);
    if (real === undefined || !unchanged(real, item.read)) {
      left.changed.push(item);
      continue;
    }
    const holding = realRoots.filter((root) => isWithin(real, root.real));
    if (holding.length === 0) {
      left.outside.push(item);
      continue;
    }
    const away = holding.map(({ links }) => links.find((link) => !isWithin(real, link.holder)));
    if (away.every((link) => link !== undefined)) {
      left.throughLink.push({ item, link: away[0]!.link, target: away[0]!.target });
      continue;
    }
    const locked = fileReadOnly(real);
    if (locked !== undefined) {
      left.failed.push({ item, error: new WriteError(readOnlyWords(displayPath(item.path), locked, 'fix')) });
      continue;
    }
    if (hardLinked(real)) {
      left.linked.push(item);
      continue;
    }
    cleanFolder(dirname(real), cleaned);
    try {
      writeFileSafely(real, encodeText(item.after, item.encoding, item.hadBom), dirname(real), true);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      // A fix is saved as a new copy renamed over the file: a read-only folder stops it, the file itself writable.
      if (readOnlyFolderOf(dirname(real), error) !== undefined)
        left.readOnlyFolder.push({ item, folder: displayPath(dirname(item.path)) });
      else left.failed.push({ item, error });
    }
  }
  return left;
}

/**
 * Removes the temporary files a killed `lint --fix` left in a folder it now writes into (only procmap's names whose
 * process is gone, as a build's clean-up): they stayed beside the procedure files for good. Once a folder a run.
 */
function cleanFolder(dir: string, cleaned: Set<string>): void {
  if (cleaned.has(dir)) return;
  cleaned.add(dir);
  try {
    removeAbandonedTemporaryFiles(dir, 0);
  } catch {
    // Not ours to remove after all (another user's file in a shared folder): left, as it was before.
  }
}

/**
 * Whether a file still holds the bytes it was read with: planning every fix of a catalog takes seconds, and an
 * editor saving meanwhile must not lose its edit to a fixed copy of the old bytes.
 */
function unchanged(path: string, bytes: Buffer): boolean {
  const again = readBounded(path, LIMITS.maxFileBytes);
  return again.ok && again.bytes.equals(bytes);
}

const BOM = '\ufeff';

/** A unified diff of the planned fixes, `a/` and `b/` prefixed like git's, which `git apply` accepts. */
export async function fixesDiff(fixed: readonly FixedFile[]): Promise<string> {
  // Loaded only for --fix-dry-run.
  const { createTwoFilesPatch } = await import('diff');
  return (
    fixed
      .map(({ file, before, after, hadBom }) => {
        // The file's byte order mark is part of its first line, which git apply compares byte for byte.
        const [from, to] = hadBom ? [`${BOM}${before}`, `${BOM}${after}`] : [before, after];
        return createTwoFilesPatch(`a/${file}`, `b/${file}`, from, to, undefined, undefined, { context: 3 }).replace(
          /^=+\n/,
          '',
        );
      })
      .join('')
      .split('\n')
      // File text reaches the terminal: escape what a terminal acts on, as stylish does, keeping tabs and CRLF ends,
      // and the byte order mark that starts a file's first line.
      .map((line) => {
        const bom = /^[ +-]\ufeff/.test(line) ? 2 : 0;
        return line.slice(0, bom) + line.slice(bom).replace(/[^\t\r]+|\r(?!$)/g, (part) => escapeControls(part));
      })
      .join('\n')
  );
}
