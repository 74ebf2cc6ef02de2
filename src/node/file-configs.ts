import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
import { displayPath } from './files.js';
import { configName, findConfigFile, loadConfig, type LoadedConfig } from './config-loader.js';

/**
 * The configuration each file comes under: `--config` for every file, else procmap.config.yaml in the file's folder or
 * the nearest above it, as ESLint 10 finds it, so that catalogs side by side (`a/ b/`) each keep their own. Every
 * configuration is read here, before anything is counted: one that does not parse stops the run (exit 2). Keyed by
 * the file as the run names it (displayPath); a file not given (a catalog-wide report) comes under the one found
 * from `near`, the command's first path.
 */
export function fileConfigs(
  files: readonly string[],
  explicit: string | undefined,
  near: string,
): { of(file: string): LoadedConfig; all: LoadedConfig[] } {
  const fallback = loadConfig(explicit, near);
  if (explicit !== undefined) return { of: () => fallback, all: [fallback] };
  const byPath = new Map<string | undefined, LoadedConfig>([[fallback.file, fallback]]);
  const byFolder = new Map<string, LoadedConfig>();
  const byFile = new Map<string, LoadedConfig>();
  for (const file of files) {
    const folder = dirname(file);
    let config = byFolder.get(folder);
    if (config === undefined) {
      const path = findConfigFile(folder);
      config = byPath.get(path) ?? (path === undefined ? { config: {} } : loadConfig(path, near));
      byPath.set(path, config);
      byFolder.set(folder, config);
    }
    byFile.set(displayPath(file), config);
  }
  return { of: (file) => byFile.get(file) ?? fallback, all: [...new Set(byFile.values())] };
}

/**
 * The one configuration of a run that cannot mix them (a diff counts a side in one working day): the files' own, when
 * they all come under the same; else the refusal of twoConfigurations.
 */
export function sharedConfig(files: readonly string[], near: string, command: string): LoadedConfig {
  const found = fileConfigs(files, undefined, near);
  const [first, other] = found.all;
  if (other === undefined) return first ?? found.of('');
  const fileOf = (config: LoadedConfig) => files.map((file) => displayPath(file)).find((f) => found.of(f) === config)!;
  const under = (config: LoadedConfig) => ({ file: fileOf(config), config: configName(config) });
  throw twoConfigurations(under(first!), under(other), command);
}

/**
 * The refusal (exit 2) of a run whose files come under two configurations it cannot apply together: both named (as
 * configName names them; undefined for none), with a file under each, never one catalog judged with the other's
 * office hours and rules in silence.
 */
export function twoConfigurations(
  one: { file: string; config: string | undefined },
  other: { file: string; config: string | undefined },
  command: string,
): UsageError {
  const en = (shown: string | undefined) =>
    shown === undefined ? "no configuration (procmap's defaults)" : `"${shown}"`;
  const vi = (shown: string | undefined) =>
    shown === undefined ? 'không có tệp cấu hình nào (mặc định của procmap)' : `"${shown}"`;
  return new UsageError({
    en: `"${one.file}" comes under ${en(one.config)} and "${other.file}" under ${en(other.config)}: one run of procmap ${command} cannot count with two configurations. Run procmap ${command} once per catalog`,
    vi: `"${one.file}" theo ${vi(one.config)} còn "${other.file}" theo ${vi(other.config)}: một lần chạy procmap ${command} không tính theo hai cấu hình được. Hãy chạy procmap ${command} riêng cho từng bộ quy trình`,
  });
}
