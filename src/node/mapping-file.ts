/** The text of a column mapping given with `--map` (ontime, import): decoded as a procedure or configuration file is. */
import { UsageError } from '../errors.js';
import { decodeText } from '../model/decode.js';
import { LIMITS } from '../model/limits.js';
import { displayPath, readSettingsFile } from './files.js';

/**
 * The text of a mapping's bytes: UTF-8 with or without a BOM, or UTF-16 with its BOM. A legacy encoding
 * (Windows-1258, TCVN3) is refused with what to save instead: read as UTF-8 its headers would silently match no
 * column, and the report would blame the dossier export.
 */
export function mappingText(bytes: Uint8Array, path: string): string {
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded.text;
  const where = `${displayPath(path)}:${decoded.range.line}:${decoded.range.column}`;
  throw new UsageError({
    en: `Cannot read column mapping ${where}: ${decoded.message.en}`,
    vi: `Không đọc được bảng ghép cột ${where}: ${decoded.message.vi}`,
  });
}

/** Reads a mapping file as the configuration is read (a regular file within its limit), or says why it cannot. */
export function readMappingFile(path: string): string {
  return mappingText(readSettingsFile(path, 'columnMapping', LIMITS.maxConfigBytes), path);
}
