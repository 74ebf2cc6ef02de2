import { createHash } from 'node:crypto';

/** What a previous build left: per procedure id, the key it was built from and the files it wrote. */
export interface BuildManifest {
  version: 1;
  entries: Record<string, { key: string; outputs: string[] }>;
}

/** An empty manifest: everything is built. */
export function emptyManifest(): BuildManifest {
  return { version: 1, entries: {} };
}

/** Reads a manifest's JSON; anything unexpected counts as no cache rather than an error. */
export function parseManifest(text: string | undefined): BuildManifest {
  if (text === undefined) return emptyManifest();
  try {
    const data = JSON.parse(text) as BuildManifest;
    if (data?.version === 1 && data.entries && typeof data.entries === 'object') return data;
  } catch {
    // A damaged manifest only costs a full build.
  }
  return emptyManifest();
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

/** What a build must do: procedures to render, those up to date, and outputs of procedures that are gone. */
export interface BuildPlan {
  render: string[];
  upToDate: string[];
  stale: string[];
}

/**
 * Compares the wanted keys with the last build: a procedure is re-rendered when its key changed or one of its
 * outputs is missing; outputs of procedures no longer in the catalog are stale.
 */
export function planBuild(wanted: ReadonlyMap<string, string>, manifest: BuildManifest, exists: (output: string) => boolean): BuildPlan {
  const render: string[] = [];
  const upToDate: string[] = [];
  for (const [id, key] of wanted) {
    const previous = manifest.entries[id];
    if (previous && previous.key === key && previous.outputs.every(exists)) upToDate.push(id);
    else render.push(id);
  }
  const stale = Object.entries(manifest.entries)
    .filter(([id]) => !wanted.has(id))
    .flatMap(([, entry]) => entry.outputs);
  return { render, upToDate, stale };
}
