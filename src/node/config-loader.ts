import { lstatSync, readlinkSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES, parseConfig, type ProcmapConfig } from '../config/config.js';
import { settingsResolver, type RuleSettings } from '../config/settings.js';
import { locatedLines } from '../config/settings-source.js';
import type { Lang } from '../i18n.js';
import { RULES } from '../rules/index.js';
import { UsageError } from '../errors.js';
import { LIMITS } from '../model/limits.js';
import { decodeText } from '../model/decode.js';
import { notAConfiguration } from '../config/not-a-config.js';
import { displayPath, isFolder, protectInputs, readSettingsFile } from './files.js';
import { inRunFolder } from './run-context.js';
import { workTreeTop } from './work-tree.js';
import { passedOverAbove } from './misnamed-notes.js';

/** The configuration names present in a folder, links too (a dangling one included), without following them. */
function configsIn(dir: string): string[] {
  return CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((candidate) => {
    try {
      lstatSync(candidate);
      return true;
    } catch {
      return false;
    }
  });
}

// Names other tools give their configuration (ESLint's .eslintrc.yaml, a tool's own name), under which an officer writes
// procmap's: read under none of them, and `procmap.yaml` was even linted as a procedure missing its id.
const LOOK_ALIKE_NAMES = [
  'procmap.yaml',
  'procmap.yml',
  '.procmaprc',
  '.procmaprc.yaml',
  '.procmaprc.yml',
  '.procmaprc.json',
  'procmap.config.json',
  'procmap.json',
];

/** Whether a file stands at a path; a start that is a file (`serve a.yaml`) has no folder to look in. */
function standsAt(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** The refusal of a configuration under another name, with the command that gives it its name. */
function misnamedConfig(file: string): UsageError {
  const shown = displayPath(file);
  const wanted = join(dirname(shown), CONFIG_FILE_NAMES[0]);
  return new UsageError({
    en: `"${shown}" is not read: procmap reads its configuration only from ${CONFIG_FILE_NAMES[0]}. Rename it (git mv "${shown}" "${wanted}")`,
    vi: `Tệp "${shown}" không được đọc: procmap chỉ đọc cấu hình từ tệp ${CONFIG_FILE_NAMES[0]}. Hãy đổi tên tệp (git mv "${shown}" "${wanted}")`,
  });
}

/**
 * Finds procmap.config.yaml (or .yml) in a folder or the nearest folder above it. Two names in one folder, a link
 * that leads nowhere, or a configuration under another tool's kind of name (procmap.yaml, .procmaprc.yaml) stop the
 * run: passing over them would apply a parent's or the default configuration in silence. A misnamed one above the
 * catalog's work tree or working folder (misnamedTop) is only noted.
 */
export function findConfigFile(start: string): string | undefined {
  let dir = inRunFolder(start);
  // Where a misnamed configuration stops the run, found when there is one (rarely: the look-up stays cheap).
  let top: string | undefined;
  for (;;) {
    const [found, other] = configsIn(dir);
    if (other !== undefined) throw twoConfigFiles(displayPath(found!), displayPath(other));
    if (found !== undefined) return leadsSomewhere(found);
    const misnamed = LOOK_ALIKE_NAMES.map((name) => join(dir, name)).find(standsAt);
    if (misnamed !== undefined) {
      top ??= misnamedTop(inRunFolder(start));
      if (within(top, resolve(dir))) throw misnamedConfig(misnamed);
      // Above the catalog's repository or working folder (a home folder's procmap.yaml of another tool, another
      // catalog's): no configuration the officer meant for this one, so it stops nothing; said once, in case.
      passedOverAbove(misnamed);
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The highest folder in which a configuration under another name stops the run, for a look-up from `start`: the top of
 * the git work tree holding it, else the run's working folder when it holds it, else `start` itself. Above it a
 * misnamed file is someone else's (a home folder's, a parent catalog's): stopping every run there for it, as the
 * look-up once did, left no way to work below it but to rename a file that is not the officer's.
 */
function misnamedTop(start: string): string {
  const from = resolve(start);
  const cwd = resolve(inRunFolder('.'));
  return workTreeTop(from) ?? (within(cwd, from) ? cwd : from);
}

/** Whether a folder is `folder` or lies below it (absolute paths). */
function within(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The refusal of a folder holding a configuration under two names (as shown): which one applies is anyone's guess. */
export function twoConfigFiles(a: string, b: string): UsageError {
  return new UsageError({
    en: `Two configurations in one folder, "${a}" and "${b}": procmap cannot tell which applies. Keep one and remove the other`,
    vi: `Một thư mục có hai tệp cấu hình, "${a}" và "${b}": không biết dùng tệp nào. Hãy giữ một tệp và xóa tệp kia`,
  });
}

/** The configuration file itself, or a refusal when it is a link to nothing (a dangling link, a loop). */
function leadsSomewhere(file: string): string {
  try {
    statSync(file);
    return file;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ELOOP') return file; // read later, and refused there with the system's reason
    const shown = displayPath(file);
    if (code === 'ELOOP')
      throw new UsageError({
        en: `Cannot read the configuration "${shown}": it is a symbolic link loop`,
        vi: `Không đọc được tệp cấu hình "${shown}": liên kết tượng trưng vòng quanh`,
      });
    const target = readlinkSync(file);
    throw new UsageError({
      en: `Cannot read the configuration "${shown}": the link to "${target}" leads to nothing`,
      vi: `Không đọc được tệp cấu hình "${shown}": liên kết tới "${target}" không tồn tại`,
    });
  }
}

/**
 * A configuration as a run uses it: its content, and the file it was read from, if any. `bytes` are given for one
 * not on disk (read from a git revision, `file` then names it `REV:path`), so that a problem can be pointed at.
 */
export interface LoadedConfig {
  config: ProcmapConfig;
  file?: string;
  bytes?: Uint8Array;
  /** For one read from a git revision: the calendar file it names, read from that revision (or why it cannot be). */
  calendar?: NamedCalendar;
}

/** A calendar file a configuration names, read from where the configuration was (`REV:path`), or its refusal. */
export type NamedCalendar = { file: string; bytes: Uint8Array } | { file: string; refusal: UsageError };

/** A loaded configuration's name in messages: a file on disk as the user sees it; one from git as `REV:path`. */
export function configName(loaded: LoadedConfig): string | undefined {
  const { file, bytes } = loaded;
  return file === undefined ? undefined : bytes ? file : displayPath(file);
}

/** The error that stops a run on a configuration that does not parse: every problem located, in both languages. */
export function configRefusal(shown: string, bytes: Uint8Array): UsageError {
  const lines = (lang: Lang) => {
    const found = parseConfig(shown, bytes, RULES, lang);
    return found.ok ? '' : locatedLines(found.diagnostics);
  };
  return new UsageError({
    en: `Invalid configuration:\n${lines('en')}`,
    vi: `Cấu hình không hợp lệ:\n${lines('vi')}`,
  });
}

/**
 * The configuration for a run: `--config FILE` when given, else the nearest procmap.config.yaml above the first
 * path. A broken configuration stops the run (exit 2) with every problem located, since linting under a config
 * the user did not mean would mislead.
 */
export function loadConfig(explicit: string | undefined, firstPath: string): LoadedConfig {
  const path = explicit ?? findConfigFile(isFolder(firstPath) ? firstPath : dirname(firstPath));
  if (path === undefined) return { config: {} };
  const bytes = readSettingsFile(path, 'configuration', LIMITS.maxConfigBytes);
  protectInputs([path]);
  const shown = displayPath(path);
  const result = parseConfig(shown, bytes);
  if (!result.ok) {
    // `--config` given a procedure or a column mapping: said in one line, not as every field it has.
    const decoded = explicit === undefined ? undefined : decodeText(bytes);
    const other = decoded?.ok ? notAConfiguration(shown, decoded.text.replace(/^\uFEFF/, '')) : undefined;
    if (other) throw new UsageError(other);
    throw configRefusal(shown, bytes);
  }
  return { config: result.config, file: path };
}

/** The rule settings of each file under a loaded configuration: its overrides' globs are relative to its folder. */
export function configuredSettings(
  loaded: { config: ProcmapConfig; file?: string },
  cwd: string,
): (file: string) => RuleSettings {
  return settingsResolver(loaded.config, { baseDir: loaded.file ? dirname(loaded.file) : cwd, cwd });
}
