import type { Lang } from '../i18n.js';
import { loadSettingsFile, locatedLines, type SettingsSource } from '../config/settings-source.js';
import { UsageError } from '../errors.js';
import type { LoadedFile } from '../model/load.js';

// A column mapping is a settings file as procmap.config.yaml is, read the same way: YAML 1.2's core rules (a date, or
// a form YAML 1.1 reads otherwise, stays the header written), and every problem told at its line and column.

/** The problems that stop a settings file, one `file:line:column: message` line each. */
function located(found: SettingsSource): string {
  return found.ok ? '' : locatedLines(found.diagnostics);
}

/** A `--map` file's data; a file that does not read stops the run (exit 2) with each problem in both languages. */
export function readMapFile(shown: string, bytes: Uint8Array): unknown {
  return readMapSource(shown, bytes).data;
}

/** A `--map` file's data and where each part of it stands, for refusals that name the line; as readMapFile. */
export function readMapSource(shown: string, bytes: Uint8Array): Pick<LoadedFile, 'data' | 'locate'> {
  const read = (lang: Lang) => loadSettingsFile(shown, bytes, lang);
  const en = read('en');
  if (en.ok) return en.source;
  throw new UsageError({
    en: `Invalid column mapping:\n${located(en)}`,
    vi: `Bảng ghép cột không hợp lệ:\n${located(read('vi'))}`,
  });
}
