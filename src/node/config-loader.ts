import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAMES, parseConfig, type ProcmapConfig } from '../config/config.js';
import { settingsResolver, type RuleSettings } from '../config/settings.js';
import { locatedLines } from '../config/settings-source.js';
import type { Lang } from '../i18n.js';
import { RULES } from '../rules/index.js';
import { UsageError } from '../errors.js';
import { LIMITS } from '../model/limits.js';
import { displayPath, isFolder, protectInputs, readSettingsFile } from './files.js';
import { inRunFolder } from './run-context.js';

/** Finds procmap.config.yaml in a folder or the nearest folder above it. */
export function findConfigFile(start: string): string | undefined {
  let dir = inRunFolder(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
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
}

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
  if (!result.ok) throw configRefusal(shown, bytes);
  return { config: result.config, file: path };
}

/** The rule settings of each file under a loaded configuration: its overrides' globs are relative to its folder. */
export function configuredSettings(
  loaded: { config: ProcmapConfig; file?: string },
  cwd: string,
): (file: string) => RuleSettings {
  return settingsResolver(loaded.config, { baseDir: loaded.file ? dirname(loaded.file) : cwd, cwd });
}
