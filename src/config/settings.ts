import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import type { RuleSetting } from '../lint/linter.js';
import type { Severity } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import type { ConfiguredRule, ConfiguredSeverity, ProcmapConfig } from './config.js';

/** Rule id → setting, for every rule: what the linter takes for one file. */
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

const SEVERITY: Record<ConfiguredSeverity, Severity | 'off'> = {
  off: 'off',
  info: 'info',
  warn: 'warning',
  error: 'error',
};

function apply(
  settings: Map<string, RuleSetting>,
  configured: Record<string, ConfiguredRule> | undefined,
  byId: ReadonlyMap<string, Rule>,
): void {
  for (const [id, entry] of Object.entries(configured ?? {})) {
    const rule = byId.get(id);
    if (!rule) continue;
    const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
    settings.set(id, {
      severity: SEVERITY[severity],
      options: { ...rule.defaultOptions, ...(options ?? settings.get(id)?.options) },
    });
  }
}

/**
 * Whether a preset turns a rule on: `recommended` (the default) its rules; `canonical` those and every
 * `canonical-*` rule, which write officers' forms the canonical way (`--fix` converts); `all` every rule.
 */
export function inPreset(rule: Rule, preset: ProcmapConfig['extends']): boolean {
  if (preset === 'all' || rule.recommended) return true;
  return preset === 'canonical' && rule.id.startsWith('canonical-');
}

/** The smallest preset that turns a rule on. */
export function smallestPreset(rule: Rule): 'recommended' | 'canonical' | 'all' {
  return inPreset(rule, 'recommended') ? 'recommended' : inPreset(rule, 'canonical') ? 'canonical' : 'all';
}

/** The settings of the preset and the top-level `rules`, before any override: what `procmap rules` shows. */
export function baseSettings(config: ProcmapConfig, rules: readonly Rule[] = RULES): RuleSettings {
  const settings = new Map<string, RuleSetting>(
    rules.map((rule) => [
      rule.id,
      { severity: inPreset(rule, config.extends) ? rule.severity : 'off', options: { ...rule.defaultOptions } },
    ]),
  );
  apply(settings, config.rules, new Map(rules.map((rule) => [rule.id, rule])));
  return settings;
}

// picomatch is loaded only when a configuration has overrides, to keep `lint` start-up small.
type Matcher = (path: string) => boolean;
let picomatch: ((glob: string | string[], options?: object) => Matcher) | undefined;
function compileGlobs(globs: string | string[]): Matcher {
  picomatch ??= createRequire(import.meta.url)('picomatch') as typeof picomatch;
  return picomatch!(overrideGlobs(globs), { dot: true });
}

/**
 * An override's patterns as officers write them: a Windows path's "\\" is "/", a leading "./" goes, and a folder
 * named alone (`procedures/xa`, `procedures/xa/`) is every file under it. Without this they matched no file, silently.
 */
export function overrideGlobs(globs: string | readonly string[]): string[] {
  return (typeof globs === 'string' ? [globs] : globs).flatMap((glob) => {
    const path = glob.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
    // No pattern characters and no file name: a folder.
    if (/[*?[\]{}()!]/.test(path) || /\.ya?ml$/i.test(path)) return [path];
    const folder = path.replace(/\/+$/, '');
    return folder === '' ? ['**'] : [folder, `${folder}/**`];
  });
}

/** Where the configuration is and where paths are relative to. */
export interface SettingsContext {
  /** The folder of the configuration file: override globs are relative to it. */
  baseDir: string;
  /** The folder that the linted files' paths are relative to. */
  cwd: string;
  rules?: readonly Rule[];
}

/**
 * The settings for each file: the preset, then `rules`, then every override whose globs match the file's path
 * relative to the configuration's folder, in order, so a later override wins.
 */
export function settingsResolver(config: ProcmapConfig, context: SettingsContext): (file: string) => RuleSettings {
  const rules = context.rules ?? RULES;
  const base = baseSettings(config, rules);
  const overrides = config.overrides ?? [];
  if (overrides.length === 0) return () => base;
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const matchers = overrides.map((override) => compileGlobs(override.files));
  // Files that match the same overrides share one map: a catalog has few distinct combinations.
  const bySignature = new Map<string, RuleSettings>();
  return (file) => {
    const path = relative(resolve(context.cwd, context.baseDir), resolve(context.cwd, file)).split(sep).join('/');
    const matched = matchers.flatMap((matches, i) => (matches(path) ? [i] : []));
    const signature = matched.join(',');
    let settings = bySignature.get(signature);
    if (!settings) {
      const merged = new Map(base);
      for (const i of matched) apply(merged, overrides[i]!.rules, byId);
      bySignature.set(signature, (settings = merged));
    }
    return settings;
  };
}
