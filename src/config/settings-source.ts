import type { Lang } from '../i18n.js';
import { loadFile, localised, type LoadedFile } from '../model/load.js';
import type { Diagnostic } from '../model/types.js';

/** A settings file read (procmap.config.yaml, a calendar), or the problems that stop it. */
export type SettingsSource = { ok: true; source: LoadedFile } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads a settings file as a procedure file is read. A run has no place to tell a settings file's warnings, so a
 * `%YAML` line that procmap does not follow stops it, as an error, rather than be passed over in silence.
 */
export function loadSettingsFile(file: string, bytes: Uint8Array, lang: Lang): SettingsSource {
  const source = loadFile(file, bytes);
  const stops = (d: Diagnostic) => d.severity === 'error' || d === source.versionDirective;
  if (!source.diagnostics.some(stops)) return { ok: true, source };
  const diagnostics = source.diagnostics.map((d) => {
    const said = localised(d, lang);
    return d === source.versionDirective ? { ...said, severity: 'error' as const } : said;
  });
  return { ok: false, diagnostics };
}
