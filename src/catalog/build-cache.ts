import { createHash } from 'node:crypto';
import { isMap } from '../model/data-object.js';

/**
 * What a previous build left: per procedure id, the key it was built from and the files it wrote; and the site-wide
 * files that only some builds write (the sitemap, the on-time page), so that a build without them removes them.
 */
export interface BuildManifest {
  version: 1;
  /** `chart`: the hash of the swimlane chart's mermaid text the entry's flowchart.svg was drawn from. */
  entries: Record<string, { key: string; outputs: string[]; chart?: string }>;
  /** Absent in manifests of older procmap versions: their site-wide files are then never removed. */
  site?: string[];
  /**
   * What the whole build was made from, when it finished without an error: a hash of every input (see buildInputs)
   * and the logo files it read. A build whose inputs hash the same has nothing to check, render or write.
   */
  inputs?: { key: string; logos: string[] };
  /**
   * Per file the build wrote, by its path in the site: `<hash> <size> <mtimeMs>` of what it wrote (see
   * src/node/site-record.ts). Absent in manifests of older procmap versions: the files the next build writes are then
   * trusted by name (and recorded), and none is removed.
   */
  files?: Record<string, string>;
  /**
   * Per file a build was about to write when it saved the manifest: `<hash> <size>` of those bytes. A file holding
   * them is procmap's too (the build may have been stopped before it recorded the write); anything else is an edit.
   */
  pending?: Record<string, string>;
}

/** An empty manifest: everything is built. */
export function emptyManifest(): BuildManifest {
  return { version: 1, entries: {} };
}

const KEY = /^[0-9a-f]{64}$/;
// A written file's record: a hash of its bytes (see src/node/site-record.ts), its size and its modification time in
// milliseconds.
const WRITTEN = /^[0-9a-f]{32} \d{1,15} -?\d{1,17}(\.\d{1,9})?$/;
// The record of bytes about to be written: their hash and size.
const PENDING = /^[0-9a-f]{32} \d{1,15}$/;

/**
 * Reads a manifest's JSON, validated like any input: an entry is kept only when its key is a hash and each of its
 * outputs is one that procmap itself writes for that id (`outputsOf`), and each site-wide file is one of `siteFiles`,
 * so a tampered manifest can never make a build delete another file; a file's record names one of those files or of
 * `sitePages`. Anything unexpected discards the whole manifest (`damaged`): it only costs a full build.
 */
export function parseManifest(
  text: string | undefined,
  outputsOf: (id: string) => readonly string[] | undefined,
  siteFiles: readonly string[] = [],
  sitePages: readonly string[] = [],
): { manifest: BuildManifest; damaged: boolean } {
  const damaged = { manifest: emptyManifest(), damaged: true };
  if (text === undefined) return { manifest: emptyManifest(), damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return damaged;
  }
  if (!isMap(data) || data.version !== 1 || !isMap(data.entries)) return damaged;
  const manifest = emptyManifest();
  for (const [id, entry] of Object.entries(data.entries)) {
    const allowed = outputsOf(id);
    if (
      allowed === undefined ||
      !isMap(entry) ||
      typeof entry.key !== 'string' ||
      !KEY.test(entry.key) ||
      !Array.isArray(entry.outputs)
    )
      return damaged;
    const outputs = entry.outputs;
    if (!outputs.every((output): output is string => typeof output === 'string' && allowed.includes(output)))
      return damaged;
    if (entry.chart !== undefined && !(typeof entry.chart === 'string' && KEY.test(entry.chart))) return damaged;
    const chart = entry.chart === undefined ? {} : { chart: entry.chart };
    Object.defineProperty(manifest.entries, id, {
      value: { key: entry.key, outputs: [...new Set(outputs)], ...chart },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (data.site !== undefined) {
    const site = data.site;
    if (
      !Array.isArray(site) ||
      !site.every((file): file is string => typeof file === 'string' && siteFiles.includes(file))
    )
      return damaged;
    manifest.site = [...new Set(site)];
  }
  if (data.inputs !== undefined) {
    const inputs = data.inputs;
    if (
      !isMap(inputs) ||
      typeof inputs.key !== 'string' ||
      !KEY.test(inputs.key) ||
      !Array.isArray(inputs.logos) ||
      !inputs.logos.every((logo): logo is string => typeof logo === 'string')
    )
      return damaged;
    manifest.inputs = { key: inputs.key, logos: inputs.logos };
  }
  const listed = listedFiles(manifest, siteFiles, sitePages);
  const records = (value: unknown, shape: RegExp): Record<string, string> | undefined => {
    if (!isMap(value)) return undefined;
    const files: Record<string, string> = {};
    for (const [output, record] of Object.entries(value)) {
      if (!listed.has(output) || typeof record !== 'string' || !shape.test(record)) return undefined;
      Object.defineProperty(files, output, { value: record, enumerable: true });
    }
    return files;
  };
  if (data.files !== undefined) {
    const files = records(data.files, WRITTEN);
    if (files === undefined) return damaged;
    manifest.files = files;
  }
  if (data.pending !== undefined) {
    const pending = records(data.pending, PENDING);
    if (pending === undefined) return damaged;
    manifest.pending = pending;
  }
  return { manifest, damaged: false };
}

/** A content hash of everything that shapes one procedure's outputs. */
export function buildKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

/**
 * The hash of what a whole build reads before it knows its logos: procmap's version, the options, the configuration,
 * the calendar, the templates, the day (citizen pages count from it) and every catalog file's name and bytes.
 */
export function buildInputs(parts: readonly (string | Uint8Array)[]): string {
  return buildKey(['procmap build inputs', ...parts]);
}

/** The inputs' hash completed with the logo files the build read, by path: what a finished build's manifest records. */
export function inputsWithLogos(inputs: string, logos: ReadonlyMap<string, Uint8Array>): string {
  const paths = [...logos.keys()].sort();
  return buildKey([inputs, ...paths.flatMap((path) => [path, logos.get(path)!])]);
}

// A key no content hashes to: an entry with it is rendered again, while its files stay listed as procmap's.
const UNBUILT = '0'.repeat(64);

/**
 * The entry of a procedure whose files are not all as this build made them (one kept for an officer's edit): its
 * files stay procmap's, and the next build renders it again (and says so again) rather than take it as up to date.
 */
export function unfinishedEntry(outputs: readonly string[], chart?: string): BuildManifest['entries'][string] {
  return { key: UNBUILT, outputs: [...new Set(outputs)], ...(chart === undefined ? {} : { chart }) };
}

/**
 * Manifest entries for the procedures a build is about to render: each with a key that matches nothing, so that it
 * is rendered again if the build stops first, and with every file it had or will have, so that they stay procmap's.
 */
export function claimedEntries(
  manifest: BuildManifest,
  render: readonly string[],
  outputsOf: (id: string) => readonly string[],
): BuildManifest['entries'] {
  const claims: BuildManifest['entries'] = {};
  for (const id of render) {
    const outputs = [...new Set([...(manifest.entries[id]?.outputs ?? []), ...outputsOf(id)])];
    Object.defineProperty(claims, id, {
      value: { key: UNBUILT, outputs },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return claims;
}

/** What a build must do: procedures to render and those up to date. */
export interface BuildPlan {
  render: string[];
  upToDate: string[];
}

/**
 * Compares the wanted keys with the last build: a procedure is re-rendered when its key changed or one of its
 * outputs is missing.
 */
export function planBuild(
  wanted: ReadonlyMap<string, string>,
  manifest: BuildManifest,
  exists: (output: string) => boolean,
): BuildPlan {
  const render: string[] = [];
  const upToDate: string[] = [];
  for (const [id, key] of wanted) {
    const previous = manifest.entries[id];
    if (previous && previous.key === key && previous.outputs.every(exists)) upToDate.push(id);
    else render.push(id);
  }
  return { render, upToDate };
}

/**
 * The entries of procedures no longer built (gone from the catalog, or left out for their errors): their files are
 * procmap's and no page links them any more. Taken from the manifest on disk even when --clean ignores it for
 * rendering, so that a clean build still removes them rather than leaving them unlisted.
 */
export function goneEntries(manifest: BuildManifest, wanted: ReadonlyMap<string, string>): BuildManifest['entries'] {
  const gone: BuildManifest['entries'] = {};
  for (const [id, entry] of Object.entries(manifest.entries))
    if (!wanted.has(id))
      Object.defineProperty(gone, id, { value: entry, enumerable: true, writable: true, configurable: true });
  return gone;
}

/**
 * The files a procedure's last build wrote that its new build does not (a Word file once --docx is left out, a PDF
 * with --no-pdf): they hold a superseded document, and the new pages no longer link them.
 */
export function supersededOutputs(before: readonly string[], after: readonly string[]): string[] {
  return before.filter((output) => !after.includes(output));
}

/**
 * The manifest as a build saves it, with its records of the files written. Pending records only when there are some
 * (a build saves them in a file of their own beside it): an older manifest's are read, never written back, nor an
 * empty `"pending": {}`.
 */
export function manifestText(
  manifest: BuildManifest,
  files: Record<string, string>,
  pending: Record<string, string>,
): string {
  const { pending: _older, ...rest } = manifest;
  const records = Object.keys(pending).length > 0 ? { files, pending } : { files };
  return `${JSON.stringify({ ...rest, ...records }, null, 1)}\n`;
}

/**
 * The pending records a build saved beside its manifest (`{"pending": {path: "<hash> <size>"}}`), those of files the
 * manifest lists only: an entry of another shape or for another file is no proof of anything, and is left out.
 */
export function parsePendingRecords(
  text: string | undefined,
  manifest: BuildManifest,
  siteFiles: readonly string[] = [],
  sitePages: readonly string[] = [],
): Record<string, string> {
  const records: Record<string, string> = {};
  let data: unknown;
  try {
    data = text === undefined ? undefined : JSON.parse(text);
  } catch {
    return records;
  }
  if (!isMap(data) || !isMap(data.pending)) return records;
  const listed = listedFiles(manifest, siteFiles, sitePages);
  for (const [output, record] of Object.entries(data.pending))
    if (listed.has(output) && typeof record === 'string' && PENDING.test(record))
      Object.defineProperty(records, output, { value: record, enumerable: true });
  return records;
}

// Only a file the manifest lists as procmap's has a record: one set, not each id's outputs made again per file.
function listedFiles(manifest: BuildManifest, siteFiles: readonly string[], sitePages: readonly string[]): Set<string> {
  return new Set([...siteFiles, ...sitePages, ...Object.values(manifest.entries).flatMap((entry) => entry.outputs)]);
}
