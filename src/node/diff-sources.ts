import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { LIMITS } from '../model/limits.js';
import { loadFile, tooLargeFile, unreadableFile, type LoadedFile } from '../model/load.js';
import { quoted } from '../model/quote.js';
import { formOf } from '../model/name-forms.js';
import { ToolError, UsageError } from '../errors.js';
import type { Translated } from '../i18n.js';
import {
  catalogFilter,
  displayPath,
  findProcedureFiles,
  hiddenCatalogFilter,
  isColumnMapping,
  isFolder,
  readBounded,
  skippedInWalkOrder,
} from './files.js';
import { movedFrom, procedureIdOf, type MovedFrom } from './moved-file.js';
import { lookAlikePaths } from './look-alike-names.js';
import { configName, type LoadedConfig } from './config-loader.js';
import { sharedConfig, twoConfigurations } from './file-configs.js';
import { configAtRevision, configsInside } from './revision-config.js';
import { blobId, checkRevision, findRepository, listTree, readBlobs, runGit, type Repository } from './git.js';
import { resolveRevision, type Revision } from './git-revision.js';
import { followLinks } from './tree-links.js';
import { ignoredInRepository } from './walk-ignores.js';
import { revisionColon } from '../revision-colon.js';
import { isColumnMappingText } from '../model/mapping-shape.js';

/** A file named on the command line, new at its path since the revision, and the revision's file of the same procedure. */
export interface MovedFile {
  /** The procedure's id, as the working tree's file holds it. */
  id: string;
  /** The revision's file, `REV:path`. */
  from: string;
}

/** A procedure file of one side before it is parsed: its name in messages and its content id. */
export interface ListedFile {
  file: string;
  blob: string;
}

/**
 * One side of a diff: its procedure files, a way to parse those that need comparing, and the configuration (with its
 * working calendar) that side is judged with, found as lint finds it there.
 */
export interface DiffSource {
  files: ListedFile[];
  /** Hidden procedure files (`..yaml`) the side skipped, named as in messages: said as lint says them. */
  hidden: string[];
  /** Files whose names look alike (src/node/look-alike-names.ts), in groups, named as in messages: said as lint says. */
  lookAlike: string[][];
  /** A `REV:PATH` whose path the revision does not have (read as a side with no files, where that may be). */
  absent?: true;
  /** Files named with `--since` that are new at their path, compared with where their procedure was at the revision. */
  moved?: MovedFile[];
  /** A side on disk: each file's path as the walk found it, in the order of `files`, to look moved ones up. */
  paths?: readonly string[];
  load(files: readonly ListedFile[]): Promise<LoadedFile[]>;
  config(): Promise<LoadedConfig>;
}

/** Files on disk, read once to know their content id; only the changed ones are parsed later. */
function diskSource(paths: readonly string[]): DiffSource {
  const walked = findProcedureFiles(paths);
  const { files, unreadable, lookAlike } = walked;
  // The column mappings among the files, told by their content once read (noted with the hidden files).
  const mappings = new Set<string>();
  const failures = unreadable.map(({ file, message, reason }) => ({
    file,
    en: reason?.en ?? message,
    vi: reason?.vi ?? message,
  }));
  const bytes = new Map<string, Buffer | number>();
  const listed: ListedFile[] = [];
  const found: string[] = [];
  for (const path of files) {
    const file = displayPath(path);
    // Regular files only, and never more than the limit (a link to /dev/zero, a FIFO).
    const read = readBounded(path, LIMITS.maxFileBytes);
    if (read.ok && !walked.notWalked.has(path) && isColumnMapping(read.bytes)) mappings.add(path);
    else if (read.ok) {
      bytes.set(file, read.bytes);
      listed.push({ file, blob: blobId(read.bytes) });
      found.push(path);
    } else if (read.size !== undefined) {
      // Not read further: a unique id keeps it from pairing, and loading reports its size.
      bytes.set(file, read.size);
      listed.push({ file, blob: `too-large:${file}` });
      found.push(path);
    } else failures.push({ file, en: read.reason?.en ?? read.message, vi: read.reason?.vi ?? read.message });
  }
  // In the user's language where procmap words the reason itself (a dangling link: "Không có tệp hay thư mục này").
  const failed = (lang: 'en' | 'vi') => failures.map((failure) => `${failure.file}: ${failure[lang]}`).join('\n');
  if (failures.length > 0)
    throw new ToolError({ en: `Cannot read:\n${failed('en')}`, vi: `Không đọc được:\n${failed('vi')}` });
  return {
    files: listed,
    hidden: skippedInWalkOrder(walked, mappings),
    lookAlike,
    paths: found,
    load: async (wanted) => wanted.map(({ file }) => loadContent(file, bytes.get(file)!)),
    // One working day counts a side: files under two configurations (`--since REV a b`, a catalog inside another)
    // cannot be judged together.
    config: async () => sharedConfig(files, paths[0]!, 'diff'),
  };
}

/** The working tree's side where every path given was deleted: no files, judged with the configuration found near. */
function emptySource(near: string): DiffSource {
  return {
    files: [],
    hidden: [],
    lookAlike: [],
    load: async () => [],
    config: async () => sharedConfig([], near, 'diff'),
  };
}

/** The nearest folder of a path that exists on disk: the path itself, or the folder it was deleted from. */
function nearestFolder(path: string): string {
  let folder = dirname(path);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/** Parses a file's bytes, or reports a file too large to read by its size. */
function loadContent(file: string, content: Buffer | number): LoadedFile {
  return typeof content === 'number' ? tooLargeFile(file, content) : loadFile(file, content);
}

/**
 * The paths of the column mappings among a revision's files (not links), as the walk tells them on disk
 * (isColumnMappingText): only files that name "columns" are read, found by one `git grep`.
 */
async function columnMappings(
  repository: Repository,
  revision: Revision,
  path: string,
  entries: readonly { path: string; blob: string; link?: boolean }[],
  env: NodeJS.ProcessEnv,
): Promise<Set<string>> {
  const grep = await runGit(
    ['grep', '-l', '-z', '-F', '-e', 'columns', revision.object, '--', path === '' ? '.' : path],
    repository.root,
    env,
  );
  // Exit 1: no file names it. Any other failure leaves every file to be read as a procedure, as before.
  if (grep.code !== 0) return new Set();
  const prefix = `${revision.object}:`;
  const named = new Set(
    grep.stdout
      .toString('utf8')
      .split('\0')
      .map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line)),
  );
  const candidates = entries.filter((entry) => !entry.link && named.has(entry.path));
  if (candidates.length === 0) return new Set();
  const contents = await readBlobs(
    repository,
    candidates.map((entry) => entry.blob),
    LIMITS.maxConfigBytes,
    env,
  );
  return new Set(
    candidates
      .filter((entry) => {
        const content = contents.get(entry.blob);
        return Buffer.isBuffer(content) && isColumnMappingText(content.toString('utf8').replace(/^\uFEFF/, ''));
      })
      .map((entry) => entry.path),
  );
}

/** Files of a git tree at a revision; blobs are read (in one git process) only for the files that changed. */
async function gitSource(
  repository: Repository,
  revision: Revision,
  path: string,
  env: NodeJS.ProcessEnv,
  missingOk: boolean,
): Promise<DiffSource> {
  const tree = await listTree(repository, revision.object, path, env, { links: true, name: revision.name });
  if (tree.length === 0 && !missingOk) throw notAtRevision(path, revision.name);
  const below = (file: string) => (path === '' ? file : file.slice(path.length + 1));
  // The same selection as the folder walk, `ignores:` included, so that a tree and a working tree pair file for file:
  // a test folder the configuration ignores was compared at the revision and read as procedures deleted since.
  // A path that names a file is that file: no folder below it holds a configuration to ask.
  const named = tree.every((entry) => entry.path === path);
  const inCatalog = named ? () => true : catalogFilter(join(repository.root, path));
  const selected = tree.filter((entry) => entry.path === path || inCatalog(below(entry.path)));
  // The revision's `..yaml` is skipped as the walk skips it on disk, and said as the walk says it.
  const isHidden = named ? () => false : hiddenCatalogFilter(join(repository.root, path));
  const hidden = tree.filter((entry) => isHidden(below(entry.path))).map((entry) => `${revision.name}:${entry.path}`);
  // A column mapping saved among the procedures (`--map cot.yaml`) is skipped and said, as the walk does on disk.
  const mappings = named ? new Set<string>() : await columnMappings(repository, revision, path, selected, env);
  hidden.push(...[...mappings].map((file) => `${revision.name}:${file}`));
  // A link is read where it leads, as lint reads it in a checkout, so both sides hold the same files; one git cannot
  // follow (outside the repository, dangling) is a file that cannot be compared, with the reason.
  const targets = await followLinks(
    repository,
    revision.object,
    selected.filter((entry) => entry.link),
    env,
  );
  const problems = new Map<string, Translated>();
  const files = selected
    .filter((entry) => !mappings.has(entry.path))
    .map((entry): ListedFile => {
      const file = `${revision.name}:${entry.path}`;
      const target = entry.link ? targets.get(entry.path)! : { blob: entry.blob };
      if ('blob' in target) return { file, blob: target.blob };
      problems.set(file, target.problem);
      return { file, blob: `link:${file}` };
    });
  return {
    files,
    hidden,
    // Two names a revision holds that one checkout on macOS or Windows makes one file, as the walk finds them on disk.
    lookAlike: lookAlikePaths(files.map(({ file }) => file)),
    ...(tree.length === 0 ? { absent: true as const } : {}),
    load: async (wanted) => {
      const contents = await readBlobs(
        repository,
        wanted.filter(({ file }) => !problems.has(file)).map(({ blob }) => blob),
        LIMITS.maxFileBytes,
        env,
      );
      return wanted.map(({ file, blob }) =>
        problems.has(file) ? unreadableFile(file, problems.get(file)!) : loadContent(file, contents.get(blob)!),
      );
    },
    // The configuration of that revision, not the checkout's: its office hours count that revision's time. The one
    // each file comes under, as on disk: inside the path (a catalog's own, below the folder given) or above it; two
    // cannot judge one side.
    config: async () => {
      const inside = configsInside(tree, selected, path);
      const configs = [...new Set(inside.values())];
      const at = (config: string | undefined) =>
        config === undefined
          ? configAtRevision(repository, revision, path, tree.length === 1 && tree[0]!.path === path, env)
          : configAtRevision(repository, revision, posix.dirname(config), false, env);
      if (configs.length < 2) return at(configs[0]);
      const under = async (config: string | undefined) => ({
        file: `${revision.name}:${[...inside].find(([, c]) => c === config)![0]}`,
        config: configName(await at(config)),
      });
      throw twoConfigurations(await under(configs[0]), await under(configs[1]), 'diff');
    },
  };
}

/**
 * A `REV:PATH`'s path as the revision's tree spells it, when typed in another Unicode form (a name typed decomposed,
 * as macOS keyboards give it, for one committed precomposed, or the reverse): it looks the same, and git found nothing
 * at it, so the side read as deleted. The path as typed when no name of the tree has its letters; several that do
 * are refused, since which one was meant cannot be told.
 */
async function treeSpelling(
  repository: Repository,
  revision: Revision,
  path: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  if (path === '' || /^[\x00-\x7f]*$/.test(path)) return path;
  const depth = path.split('/').length;
  const wanted = path.normalize('NFC');
  const spelt = new Set<string>();
  for (const entry of await listTree(repository, revision.object, '', env, { links: true, name: revision.name })) {
    const prefix = entry.path.split('/').slice(0, depth).join('/');
    if (prefix.normalize('NFC') === wanted) spelt.add(prefix);
  }
  if (spelt.size <= 1) return [...spelt][0] ?? path;
  const list = (lang: 'en' | 'vi') =>
    [...spelt]
      .sort()
      .map((name) => `${quoted(name)} (${formOf(name)[lang]})`)
      .join('; ');
  throw new UsageError({
    en: `Path ${quoted(path)} is at revision ${quoted(revision.name)} under ${spelt.size} names with the same letters encoded otherwise: ${list('en')}. Copy the one meant from \`git ls-tree -r --name-only ${revision.name}\``,
    vi: `Đường dẫn ${quoted(path)} ở phiên bản ${quoted(revision.name)} có ${spelt.size} tên cùng các chữ ấy nhưng mã hóa khác: ${list('vi')}. Hãy chép đúng tên cần dùng từ \`git ls-tree -r --name-only ${revision.name}\``,
  });
}

/** The refusal of a path a revision does not have. */
function notAtRevision(path: string, name: string): UsageError {
  return new UsageError({
    en: `Path "${path || '.'}" does not exist at revision ${quoted(name)}`,
    vi: `Đường dẫn "${path || '.'}" không có ở phiên bản ${quoted(name)}`,
  });
}

/**
 * Whether a path is on disk, a link that leads nowhere included: a link loop or a dangling link is the file's to
 * report as unreadable (as lint does), not "does not exist", which sent the officer looking for a missing file.
 */
function onDisk(path: string): boolean {
  if (existsSync(path)) return true;
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The refusal of a path on disk that does not exist and is no `REV:PATH`. */
function notOnDisk(spec: string): UsageError {
  return new UsageError({
    en: `Path "${spec}" does not exist (for a git revision write REV:PATH, e.g. HEAD~1:procedures)`,
    vi: `Đường dẫn "${spec}" không tồn tại (để chỉ một phiên bản git, viết REV:ĐƯỜNG_DẪN, ví dụ HEAD~1:procedures)`,
  });
}

// Written as only a revision is written: HEAD and its kin, a parent or ancestor (`~`, `^`), a reflog entry (`@{`), a
// range; no file name an officer saves looks so.
const REVISION_ONLY = /^(?:HEAD|FETCH_HEAD|ORIG_HEAD|MERGE_HEAD)(?![\w.-])|[~^]|@\{|\.\.\./;

/** The refusal of a bare name that is both a file or folder here and a git revision: which was meant cannot be told. */
function bothFileAndRevision(spec: string): UsageError {
  return new UsageError({
    en: `${quoted(spec)} is both a file or folder here and a git revision: write ./${spec} to compare the file, or --since ${spec} to compare with the revision`,
    vi: `${quoted(spec)} vừa là tệp hay thư mục ở đây vừa là một phiên bản git: hãy viết ./${spec} để so sánh tệp, hoặc --since ${spec} để so với phiên bản đó`,
  });
}

/** One side as given: a source found, a `REV:PATH` (found or not), or a path on disk that does not exist. */
type Located =
  | { kind: 'disk'; spec: string; source: DiffSource }
  | { kind: 'git'; spec: string; source: DiffSource; path: string; revision: Revision }
  | { kind: 'gone'; spec: string };

/**
 * A path inside the repository as git's `REV:PATH` means it: from the root, or from the current folder when it
 * starts with `./` or `../`. Returns '' for the whole tree.
 */
function treePath(repository: Repository, path: string): string {
  if (/[\u0000-\u001f\u007f]/.test(path))
    throw new UsageError({
      en: `Path ${quoted(path)} contains control characters`,
      vi: `Đường dẫn ${quoted(path)} chứa ký tự điều khiển`,
    });
  const fromHere = path === '.' || path === '..' || path.startsWith('./') || path.startsWith('../');
  // An absolute path is the user's folder on disk: the same path from the repository root, when it is inside.
  const written = posix.isAbsolute(path) ? posix.relative(repository.root, path) || '.' : path;
  const joined = posix.normalize(fromHere ? posix.join(repository.prefix, written) : written).replace(/\/+$/, '');
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined))
    throw new UsageError({
      en: `Path ${quoted(path)} is outside the repository`,
      vi: `Đường dẫn ${quoted(path)} nằm ngoài kho git`,
    });
  return joined === '.' ? '' : joined.replace(/^\.\//, '');
}

/** The refusal of one path of the repository that neither side has. */
function nowhere(path: string, specs: readonly string[]): UsageError {
  return new UsageError({
    en: `Path "${path || '.'}" exists on neither side (${specs.join(', ')}): nothing to compare`,
    vi: `Đường dẫn "${path || '.'}" không có ở cả hai bên (${specs.join(', ')}): không có gì để so sánh`,
  });
}

/** The sources of several paths at one revision as one side: `labels` name each path in messages. */
function combined(sides: readonly DiffSource[], labels: readonly string[]): DiffSource {
  const seen = new Set<string>();
  const files = sides.flatMap((side) => side.files).filter(({ file }) => !seen.has(file) && seen.add(file));
  return {
    files,
    hidden: [...new Set(sides.flatMap((side) => side.hidden))],
    // Over all the paths together: two paths given may each hold one of the two names.
    lookAlike: lookAlikePaths(files.map(({ file }) => file)),
    load: async (wanted) => {
      const wantedSet = new Set(wanted);
      const parts = await Promise.all(sides.map((side) => side.load(side.files.filter((f) => wantedSet.has(f)))));
      return parts.flat();
    },
    // Each path's at the revision, which must be one, as the working tree's must. A path with no files there (a folder new since the revision, its files found where they were moved from) judges
    // nothing: only the configurations of paths that hold files must agree.
    config: async () => {
      const holding = sides.flatMap((side, i) => (side.files.length > 0 ? [i] : []));
      const judged = holding.length > 0 ? holding : sides.map((_, i) => i);
      const configs = await Promise.all(judged.map((i) => sides[i]!.config()));
      const other = configs.findIndex((config) => config.file !== configs[0]!.file);
      if (other < 0) return configs[0]!;
      const side = (i: number) => ({ file: labels[judged[i]!]!, config: configName(configs[i]!) });
      throw twoConfigurations(side(0), side(other), 'diff');
    },
  };
}

/** Whether a path is a folder or below it (both absolute). */
function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Opens both sides lazily finding the repository, which only `REV:PATH` sides and `--since` need. */
export class DiffSources {
  private repository?: Promise<Repository>;
  /** Where each revision's procedures were, by id, read once for all the files named (movedTo). */
  private readonly moves = new Map<string, Promise<MovedFrom>>();
  /** Whether a path of the repository lies where a configuration's `ignores:` skips it, once asked. */
  private ignored?: (path: string) => boolean;

  constructor(
    private readonly cwd: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  private repo(): Promise<Repository> {
    return (this.repository ??= findRepository(this.cwd, this.env));
  }

  /**
   * Whether a side written alone names a git revision and nothing else (`procmap diff HEAD`, as git writes it): not a
   * path on disk, no `REV:PATH`, and a commit of the repository here; false outside a repository. Refused, as git
   * refuses them: a bare name that is both a file here and a revision (a stray file named HEAD was compared as a
   * procedure, every procedure "added", exit 0), and one written only as a revision is written (HEAD~1, main@{…})
   * that cannot be read (a shallow clone, no repository), which was called a missing path.
   */
  async namesRevisionOnly(spec: string): Promise<boolean> {
    if (spec === '' || spec.startsWith('-') || revisionColon(spec) >= 0) return false;
    if (onDisk(resolve(this.cwd, spec))) {
      // `./HEAD`, `procedures/x`: written as a path, a path alone, as git reads it.
      if (spec.includes('/') || !(await this.isRevision(spec))) return false;
      throw bothFileAndRevision(spec);
    }
    try {
      checkRevision(spec);
      await resolveRevision(await this.repo(), spec, this.env);
      return true;
    } catch (error) {
      if (REVISION_ONLY.test(spec)) throw error;
      return false;
    }
  }

  /** Whether a name is a revision of the repository here; false outside one. One git process: asked of every name. */
  private async isRevision(spec: string): Promise<boolean> {
    try {
      checkRevision(spec);
      const repository = await this.repo();
      const result = await runGit(['rev-parse', '--verify', '-q', `${spec}^{tree}`], repository.root, this.env);
      return result.code === 0;
    } catch {
      return false;
    }
  }

  /** A side given as a file, a folder, or `REV:PATH` read from git; a path on disk wins over a revision. */
  private async locate(spec: string): Promise<Located> {
    if (onDisk(resolve(this.cwd, spec))) return { kind: 'disk', spec, source: diskSource([spec]) };
    const colon = revisionColon(spec);
    if (colon < 0) return { kind: 'gone', spec };
    checkRevision(spec.slice(0, colon));
    const repository = await this.repo();
    const revision = await resolveRevision(repository, spec.slice(0, colon), this.env);
    const typed = treePath(repository, spec.slice(colon + 1));
    let path = typed;
    let source = await gitSource(repository, revision, path, this.env, true);
    if (source.absent) {
      // Typed in another Unicode form than the revision spells it (a macOS keyboard's decomposed letters).
      path = await treeSpelling(repository, revision, typed, this.env);
      if (path !== typed) source = await gitSource(repository, revision, path, this.env, true);
    }
    return { kind: 'git', spec, source, path, revision };
  }

  /**
   * Where a side is in the repository: a `REV:PATH`'s path, a path on disk's from the root (deleted or not); undefined
   * for a path on disk outside it, which no revision holds.
   */
  private async inRepository(side: Located): Promise<string | undefined> {
    if (side.kind === 'git') return side.path;
    try {
      return this.repoPath(await this.repo(), side.spec);
    } catch {
      return undefined;
    }
  }

  /**
   * `procmap diff <base> <revision>`. A side whose path is gone (deleted from the disk, or not at a revision) while the
   * other side holds the very same path of the repository is that path's procedures removed (or added), as in the
   * catalog form: the other side's revision says it was there. Any other missing path is refused, naming it: two
   * paths that differ may be a typo, and a path missing on both sides names nothing to compare.
   */
  async pair(baseSpec: string, revisionSpec: string): Promise<[DiffSource, DiffSource]> {
    const sides = await Promise.all([this.locate(baseSpec), this.locate(revisionSpec)]);
    const missing = (side: Located) => side.kind === 'gone' || side.source.absent === true;
    const refusal = (side: Located) =>
      side.kind === 'git' ? notAtRevision(side.path, side.revision.name) : notOnDisk(side.spec);
    const gone = sides.filter(missing);
    // Only a revision can say a path was there: between two paths on disk, a missing one is refused.
    const samePath = async () => {
      if (!sides.some((side) => side.kind === 'git')) return undefined;
      const [a, b] = await Promise.all(sides.map((side) => this.inRepository(side)));
      return a !== undefined && a === b ? a : undefined;
    };
    if (gone.length === 2) {
      // The same path at neither side: said once, as what it is.
      const path = await samePath();
      throw path === undefined ? refusal(sides[0]!) : nowhere(path, [baseSpec, revisionSpec]);
    }
    if (gone.length === 1 && (await samePath()) === undefined) throw refusal(sides.find(missing)!);
    const source = (side: Located): DiffSource =>
      side.kind === 'gone' ? emptySource(nearestFolder(resolve(this.cwd, side.spec))) : side.source;
    const [base, revision] = sides as [Located, Located];
    // `diff REV:new.yaml new.yaml` of a file moved since REV: compared with its procedure where it was, as --since does.
    if (base.kind === 'git' && base.source.absent && revision.kind === 'disk') {
      const repository = await this.repo();
      const found = await this.movedTo(repository, base.revision, revision.spec);
      if (found !== undefined) {
        const moved = await gitSource(repository, base.revision, found.from, this.env, false);
        return [{ ...moved, moved: [{ id: found.id, from: `${base.revision.name}:${found.from}` }] }, source(revision)];
      }
    }
    // `diff REV:folder folder`, the same folder of the repository: each of its files new at its path is looked up as
    // if named alone, as --since does.
    if (base.kind === 'git' && revision.kind === 'disk' && isFolder(resolve(this.cwd, revision.spec))) {
      if ((await samePath()) === base.path) {
        const repository = await this.repo();
        const listed = new Set(base.source.files.map(({ file }) => file));
        const added = (revision.source.paths ?? []).filter(
          (file) => !listed.has(`${base.revision.name}:${this.repoPath(repository, file)}`),
        );
        const extra = await this.movedInto(repository, base.revision, added, listed);
        if (extra.length > 0) {
          const sources = [base.source, ...extra.map(({ source }) => source)];
          const labels = [base.spec, ...extra.map(({ found }) => `${base.revision.name}:${found.from}`)];
          const moved = extra.map(({ found }) => ({ id: found.id, from: `${base.revision.name}:${found.from}` }));
          return [{ ...combined(sources, labels), moved }, source(revision)];
        }
      }
    }
    return [source(base), source(revision)];
  }

  /** A path on disk from the repository root, whether it exists or was deleted; refused outside the repository. */
  private repoPath(repository: Repository, path: string): string {
    const full = resolve(this.cwd, path);
    // A deleted path has no real path of its own: its folder's, which still exists, with its name.
    const real = existsSync(full)
      ? realpathSync(full)
      : resolve(realpathSync(nearestFolder(full)), relative(nearestFolder(full), full));
    const inRepo = relative(repository.root, real).split(sep).join('/');
    if (inRepo === '..' || inRepo.startsWith('../'))
      throw new UsageError({
        en: `Path "${path}" is outside the git repository at ${repository.root}`,
        vi: `Đường dẫn "${path}" nằm ngoài kho git tại ${repository.root}`,
      });
    return inRepo === '.' ? '' : inRepo;
  }

  /** `--since REV [paths]`: the same paths at a revision and in the working tree. A path new since then is all added. */
  async since(name: string, paths: readonly string[]): Promise<{ base: DiffSource; revision: DiffSource }> {
    checkRevision(name);
    // A path deleted since the revision (a file named alone, a folder) has no files in the working tree: every
    // procedure under it is removed, as one new since then is added. One at neither side is refused by gitSource.
    const exists = (path: string) => existsSync(resolve(this.cwd, path));
    const onDisk = paths.filter(exists);
    const working = onDisk.length > 0 ? diskSource(onDisk) : emptySource(nearestFolder(resolve(this.cwd, paths[0]!)));
    const repository = await this.repo();
    const revision = await resolveRevision(repository, name, this.env);
    // A path deleted since, typed in another form than the revision spells it, is read under the revision's name.
    const inRepoPaths = await Promise.all(
      paths.map((path) => {
        const inRepo = this.repoPath(repository, path);
        return exists(path) ? inRepo : treeSpelling(repository, revision, inRepo, this.env);
      }),
    );
    const sides = await Promise.all(
      inRepoPaths.map((inRepo, i) => gitSource(repository, revision, inRepo, this.env, exists(paths[i]!))),
    );
    const labels = inRepoPaths.map((inRepo) => `${name}:${inRepo || '.'}`);
    // A file named alone and new at its path may hold a procedure moved there (`git mv`, then edited): compared with
    // nothing, its raised limit would pass a gate on changed files as "added". Its procedure is looked for at the
    // revision by id, in the files gone since, and compared with it there.
    const moved: MovedFile[] = [];
    for (const [i, side] of sides.entries()) {
      const found = side.absent ? await this.movedTo(repository, revision, paths[i]!) : undefined;
      if (found === undefined) continue;
      sides[i] = await gitSource(repository, revision, found.from, this.env, false);
      labels[i] = `${name}:${found.from}`;
      moved.push({ id: found.id, from: `${name}:${found.from}` });
    }
    // So is each file of a folder named that is new at its path, as if it were named alone: a folder of files moved
    // together (`git mv procedures/xa procedures/tinh`) is the usual way a catalog is reorganised.
    const listed = new Set(sides.flatMap((side) => side.files.map(({ file }) => file)));
    const folders = new Set(
      onDisk.filter((path) => isFolder(resolve(this.cwd, path))).map((path) => resolve(this.cwd, path)),
    );
    const inFolder = (file: string) => [...folders].some((folder) => within(folder, resolve(this.cwd, file)));
    // The whole repository named holds every place a file could come from: nothing to look up.
    const everywhere = inRepoPaths.includes('');
    const added = (everywhere ? [] : (working.paths ?? [])).filter(
      (file) => inFolder(file) && !listed.has(`${revision.name}:${this.repoPath(repository, file)}`),
    );
    const extra = await this.movedInto(repository, revision, added, listed);
    for (const { found, source } of extra) {
      sides.push(source);
      labels.push(`${name}:${found.from}`);
      moved.push({ id: found.id, from: `${name}:${found.from}` });
    }
    const base = combined(sides, labels);
    return { base: moved.length > 0 ? { ...base, moved } : base, revision: working };
  }

  /**
   * The revision's files of procedures moved into files new at their path (`files`, on disk), those already `listed`
   * on the base's side left out: each with its own source, read in parallel.
   */
  private async movedInto(
    repository: Repository,
    revision: Revision,
    files: readonly string[],
    listed: ReadonlySet<string>,
  ): Promise<{ found: { id: string; from: string }; source: DiffSource }[]> {
    if (files.length === 0) return [];
    // Every place a procedure could come from already compared (a move inside the folders named): no file is read.
    const places = (await this.movesAt(repository, revision)).places;
    if (places.every((place) => listed.has(`${revision.name}:${place}`))) return [];
    const froms = new Map<string, { id: string; from: string }>();
    for (const file of files) {
      const found = await this.movedTo(repository, revision, file);
      if (found !== undefined && !listed.has(`${revision.name}:${found.from}`)) froms.set(found.from, found);
    }
    return Promise.all(
      [...froms.values()].map(async (found) => ({
        found,
        source: await gitSource(repository, revision, found.from, this.env, false),
      })),
    );
  }

  /** Where the revision's procedures were, by id, read once a revision. */
  private movesAt(repository: Repository, revision: Revision): Promise<MovedFrom> {
    let moves = this.moves.get(revision.object);
    if (moves === undefined)
      this.moves.set(revision.object, (moves = movedFrom(repository, revision.object, this.env)));
    return moves;
  }

  /** The revision's path of the procedure a file on disk holds, when that file is new at its path and the file moved. */
  private async movedTo(
    repository: Repository,
    revision: Revision,
    path: string,
  ): Promise<{ id: string; from: string } | undefined> {
    const full = resolve(this.cwd, path);
    if (isFolder(full)) return undefined;
    const read = readBounded(full, LIMITS.maxFileBytes);
    if (!read.ok) return undefined;
    const id = procedureIdOf(path, read.bytes);
    if (id === undefined) return undefined;
    const moves = this.movesAt(repository, revision);
    // A file in an ignored folder itself (a test folder named on the command line) may come from another such file.
    this.ignored ??= ignoredInRepository(repository.root);
    const from = (await moves)(id, this.ignored(this.repoPath(repository, path)));
    return from === undefined ? undefined : { id, from };
  }
}
