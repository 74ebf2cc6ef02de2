import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { loadFile, type LoadedFile } from '../model/load.js';
import { describeSchemaErrors } from '../model/schema.js';
import { closest } from '../model/suggest.js';
import type { Diagnostic, NodePath } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { validate } from './generated/validate-config.js';

/** The name of the configuration file at a catalog's root. */
export const CONFIG_FILE_NAMES = ['procmap.config.yaml', 'procmap.config.yml'] as const;

/** A severity as written in the configuration: `warn` is shorter to type than `warning`. */
export type ConfiguredSeverity = 'off' | 'info' | 'warn' | 'error';

/** A rule's entry under `rules`: a severity, or a severity with options. */
export type ConfiguredRule = ConfiguredSeverity | [ConfiguredSeverity, Record<string, unknown>];

/** Rule settings for the files that match some globs, relative to the configuration file's folder. */
export interface ConfigOverride {
  files: string | string[];
  rules: Record<string, ConfiguredRule>;
}

/** procmap.config.yaml as validated against schemas/config.schema.json. */
export interface ProcmapConfig {
  /** The working calendar section (schemas/calendar.schema.json). */
  calendar?: Record<string, unknown>;
  /** The logo of every document's control header, relative to the configuration file. */
  logo?: string;
  /** The preset the rules start from; `recommended` when absent. */
  extends?: 'recommended' | 'all';
  rules?: Record<string, ConfiguredRule>;
  overrides?: ConfigOverride[];
}

/** A configuration file read and validated, or the precise problems that stop it from being used. */
export type ConfigResult = { ok: true; config: ProcmapConfig; file: string } | { ok: false; diagnostics: Diagnostic[] };

interface Problem {
  path: NodePath;
  target: 'key' | 'value';
  message: string;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? 'a list' : value === null ? 'empty' : typeof value === 'object' ? 'a map' : typeof value;
}

/** What the schema cannot know: that each rule id exists, and that options fit the rule. */
function checkRuleSettings(settings: unknown, at: NodePath, rules: ReadonlyMap<string, Rule>): Problem[] {
  const problems: Problem[] = [];
  // Also run on a file that failed the schema, so one run reports every problem: skip what has the wrong shape.
  if (!isMap(settings)) return problems;
  for (const [id, setting] of Object.entries(settings)) {
    const rule = rules.get(id);
    if (!rule) {
      const hint = closest(id, rules.keys());
      problems.push({ path: [...at, id], target: 'key', message: `Unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}` });
      continue;
    }
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (id === 'parse' && severity !== 'error') {
      problems.push({ path: [...at, id], target: 'key', message: 'Rule "parse" cannot be changed: a file that does not parse cannot be checked at all' });
    }
    if (!Array.isArray(setting) || setting.length !== 2 || !isMap(setting[1])) continue;
    const defaults = rule.defaultOptions ?? {};
    const known = Object.keys(defaults);
    if (known.length === 0) {
      problems.push({ path: [...at, id, 1], target: 'value', message: `Rule "${id}" takes no options; write just its severity` });
      continue;
    }
    for (const [name, value] of Object.entries(setting[1])) {
      if (!Object.hasOwn(defaults, name)) {
        const hint = closest(name, known);
        problems.push({ path: [...at, id, 1, name], target: 'key', message: `Rule "${id}" has no option "${name}"${hint ? `; did you mean "${hint}"?` : `; its options are ${known.join(', ')}`}` });
      } else if (typeof value !== typeof defaults[name]) {
        problems.push({ path: [...at, id, 1, name], target: 'value', message: `Option "${name}" of rule "${id}" must be a ${typeof defaults[name]}, not ${typeName(value)}` });
      }
    }
  }
  return problems;
}

/** Schema problems in words; a rule entry of the wrong shape gets one message that shows the right shape. */
function schemaProblems(data: unknown): Problem[] {
  // `if` only says that its `then` failed, which the `then` error already says better.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  const isShape = (e: (typeof errors)[number]) => (e.keyword === 'minItems' || e.keyword === 'maxItems') && /\/rules\/[^/]+$/.test(e.instancePath);
  const shapes = describeSchemaErrors(errors.filter(isShape), data, configSchema).map((p) => ({
    ...p,
    message: `Rule "${String(p.path[p.path.length - 1])}" takes a severity, or [severity, { options }]`,
  }));
  return [...describeSchemaErrors(errors.filter((e) => !isShape(e)), data, configSchema), ...shapes];
}

function located(source: LoadedFile, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((p) => ({ file: source.file, ...source.locate(p.path, p.target), severity: 'error', rule: 'config', message: p.message }));
}

/** Parses and validates a configuration file's bytes; every problem located at file:line:column. */
export function parseConfig(file: string, bytes: Uint8Array, rules: readonly Rule[] = RULES): ConfigResult {
  const source = loadFile(file, bytes);
  if (source.diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: source.diagnostics };
  const data = source.data ?? {};
  const valid = validate(data);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const raw = isMap(data) ? data : {};
  const overrides = Array.isArray(raw.overrides) ? raw.overrides : [];
  const problems = [
    ...(valid ? [] : schemaProblems(data)),
    ...checkRuleSettings(raw.rules, ['rules'], byId),
    ...overrides.flatMap((override, i) => checkRuleSettings(isMap(override) ? override.rules : undefined, ['overrides', i, 'rules'], byId)),
  ];
  if (problems.length > 0) {
    const diagnostics = located(source, problems).sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, diagnostics };
  }
  return { ok: true, config: data as ProcmapConfig, file };
}
