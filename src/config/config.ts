import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { loadFile } from '../model/load.js';
import { describeSchemaErrors } from '../model/schema.js';
import type { Diagnostic } from '../model/types.js';
import { validate } from './generated/validate-config.js';

/** The name of the configuration file at a catalog's root. */
export const CONFIG_FILE_NAMES = ['procmap.config.yaml', 'procmap.config.yml'] as const;

/** procmap.config.yaml as validated against schemas/config.schema.json. */
export interface ProcmapConfig {
  /** The working calendar section (schemas/calendar.schema.json). */
  calendar?: Record<string, unknown>;
}

/** A configuration file read and validated, or the precise problems that stop it from being used. */
export type ConfigResult = { ok: true; config: ProcmapConfig; file: string } | { ok: false; diagnostics: Diagnostic[] };

/** Parses and validates a configuration file's bytes; every problem located at file:line:column. */
export function parseConfig(file: string, bytes: Uint8Array): ConfigResult {
  const source = loadFile(file, bytes);
  if (source.diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: source.diagnostics };
  const data = source.data ?? {};
  if (validate(data)) return { ok: true, config: data as ProcmapConfig, file };
  const problems = describeSchemaErrors(validate.errors ?? [], data, configSchema);
  return {
    ok: false,
    diagnostics: problems.map((p) => ({ file, ...source.locate(p.path, p.target), severity: 'error', rule: 'config', message: p.message })),
  };
}
