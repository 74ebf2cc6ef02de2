import { readFileSync } from 'node:fs';
import { fixText } from '../lint/fix.js';
import type { Diagnostic, Fix } from '../model/types.js';
import { writeFileAtomic } from './output.js';

/** A file that `--fix` changes: its text before and after. */
export interface FixedFile {
  /** The path as shown to users. */
  file: string;
  /** The path to read and write. */
  path: string;
  before: string;
  after: string;
  hadBom: boolean;
}

function fixesByFile(diagnostics: readonly Diagnostic[]): Map<string, Fix[]> {
  const byFile = new Map<string, Fix[]>();
  for (const d of diagnostics) if (d.fix) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d.fix]);
  return byFile;
}

/**
 * Works out the fixed text of every file with a fixable problem, re-linting each result with `relint` until
 * nothing fixable is left; reads the files again but writes nothing.
 */
export function planFixes(
  diagnostics: readonly Diagnostic[],
  pathOf: (file: string) => string,
  relint: (file: string, text: string) => readonly Diagnostic[],
): FixedFile[] {
  const planned: FixedFile[] = [];
  for (const [file, fixes] of fixesByFile(diagnostics)) {
    const path = pathOf(file);
    const bytes = readFileSync(path);
    const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const before = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const after = fixText(before, fixes, (text) => relint(file, text).flatMap((d) => (d.fix ? [d.fix] : [])));
    // A fix must never break a file: one that no longer parses is left as it was.
    const broken = relint(file, after).some((d) => d.rule === 'parse' && d.severity === 'error');
    if (after !== before && !broken) planned.push({ file, path, before, after, hadBom });
  }
  return planned;
}

/** Writes fixed files atomically, keeping a byte order mark the file had. */
export function writeFixes(fixed: readonly FixedFile[]): void {
  for (const { path, after, hadBom } of fixed) writeFileAtomic(path, hadBom ? `\uFEFF${after}` : after);
}

/** A unified diff of the planned fixes, `a/` and `b/` prefixed like git's, which `git apply` accepts. */
export async function fixesDiff(fixed: readonly FixedFile[]): Promise<string> {
  // Loaded only for --fix-dry-run.
  const { createTwoFilesPatch } = await import('diff');
  return fixed
    .map(({ file, before, after }) => createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, ''))
    .join('');
}
