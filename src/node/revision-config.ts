import { posix } from 'node:path';
import { CONFIG_FILE_NAMES, parseConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import { LIMITS } from '../model/limits.js';
import { configRefusal, twoConfigFiles, type LoadedConfig } from './config-loader.js';
import { calendarAtRevision } from './revision-calendar.js';
import { listTree, readBlobs, type Repository, type TreeFile } from './git.js';
import type { Revision } from './git-revision.js';
import { followLinks } from './tree-links.js';

/** The folders a configuration is looked for in, nearest first: the folder itself, then each above it to the root. */
function foldersUp(folder: string): string[] {
  const out: string[] = [];
  for (let dir = folder; ; dir = posix.dirname(dir)) {
    const at = dir === '.' ? '' : dir;
    out.push(at);
    if (at === '') return out;
  }
}

/**
 * The configuration of a catalog at a git revision, found as lint finds it on disk: procmap.config.yaml in the
 * folder of `path` (a folder, or a file's folder) or the nearest folder above it, read from that revision. Named
 * `REV:path` in messages; a configuration that does not parse stops the run, as lint's does. One that is a link is
 * followed within the repository at that revision; one git cannot follow (outside the repository, dangling) stops it.
 */
export async function configAtRevision(
  repository: Repository,
  revision: Revision,
  path: string,
  isFile: boolean,
  env: NodeJS.ProcessEnv,
): Promise<LoadedConfig> {
  const candidates = foldersUp(isFile ? posix.dirname(path) : path).flatMap((dir) =>
    CONFIG_FILE_NAMES.map((name) => (dir === '' ? name : `${dir}/${name}`)),
  );
  // Links too: a configuration that is a link is read where it leads, as on disk, not passed over for a parent's.
  const found = new Map(
    (await listTree(repository, revision.object, candidates, env, { links: true, name: revision.name })).map((f) => [
      f.path,
      f,
    ]),
  );
  const file = candidates.find((candidate) => found.has(candidate));
  if (file === undefined) return { config: {} };
  const shown = `${revision.name}:${file}`;
  const other = CONFIG_FILE_NAMES.map((name) => posix.join(posix.dirname(file), name)).find(
    (candidate) => candidate !== file && found.has(candidate),
  );
  if (other !== undefined) throw twoConfigFiles(shown, `${revision.name}:${other}`);
  const entry = found.get(file)!;
  const target = entry.link ? (await followLinks(repository, revision.object, [entry], env)).get(file)! : entry;
  if (!('blob' in target))
    throw new UsageError({
      en: `Cannot read the configuration "${shown}": ${target.problem.en}`,
      vi: `Không đọc được tệp cấu hình "${shown}": ${target.problem.vi}`,
    });
  const blob = target.blob;
  const content = (await readBlobs(repository, [blob], LIMITS.maxConfigBytes, env)).get(blob);
  if (typeof content === 'number') {
    const kib = Math.round(LIMITS.maxConfigBytes / 1024);
    throw new UsageError({
      en: `The configuration "${shown}" is larger than ${kib} KiB; a configuration is a few kilobytes`,
      vi: `Tệp cấu hình "${shown}" lớn hơn ${kib} KiB; tệp cấu hình chỉ vài kilobyte`,
    });
  }
  const bytes = content ?? new Uint8Array();
  const result = parseConfig(shown, bytes);
  if (!result.ok) throw configRefusal(shown, bytes);
  // The calendar file it names is that revision's too: the working tree's may say other days, or be gone.
  const named = result.config.calendar;
  const calendar =
    typeof named === 'string' ? await calendarAtRevision(repository, revision, file, named, env) : undefined;
  return { config: result.config, file: shown, bytes, ...(calendar ? { calendar } : {}) };
}

/**
 * The configuration file inside `path` each procedure file of a tree comes under, the nearest above it, by file:
 * undefined for a file under none inside `path` (the one above `path`, if any, holds for it).
 */
export function configsInside(
  tree: readonly TreeFile[],
  files: readonly TreeFile[],
  path: string,
): Map<string, string | undefined> {
  const configs = new Set(
    tree.map((entry) => entry.path).filter((p) => (CONFIG_FILE_NAMES as readonly string[]).includes(posix.basename(p))),
  );
  const nearest = new Map<string, string | undefined>();
  const inFolder = (folder: string): string | undefined => {
    if (nearest.has(folder)) return nearest.get(folder);
    const here = CONFIG_FILE_NAMES.map((name) => (folder === '' ? name : `${folder}/${name}`)).find((p) =>
      configs.has(p),
    );
    const found =
      here ?? (folder === path || folder === '' ? undefined : inFolder(posix.dirname(folder).replace(/^\.$/, '')));
    nearest.set(folder, found);
    return found;
  };
  return new Map(files.map((file) => [file.path, inFolder(posix.dirname(file.path).replace(/^\.$/, ''))]));
}
