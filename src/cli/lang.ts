import { dirname } from 'node:path';
import { parseConfig } from '../config/config.js';
import { langOf, type Lang } from '../i18n.js';
import { findConfigFile } from '../node/config-loader.js';
import { UsageError } from '../errors.js';
import { isFolder, readBounded } from '../node/files.js';
import { LIMITS } from '../model/limits.js';
import { decodeText } from '../model/decode.js';
import { isMap } from '../model/data-object.js';
import { loadFile } from '../model/load.js';

/** The language when nothing says otherwise: procmap's users are Vietnamese officers. */
const DEFAULT_LANG: Lang = 'vi';

/** Where a run may learn its language, strongest first. */
export interface LangSources {
  /** `--lang`, as typed. */
  option?: string | undefined;
  /** The environment, for PROCMAP_LANG. */
  env: NodeJS.ProcessEnv;
  /** `--config`, as typed. */
  config?: string | undefined;
  /** Where to look for procmap.config.yaml when there is no `--config`: the first path of the command, else cwd. */
  near: string;
}

function checked(value: string, from: string): Lang {
  const lang = langOf(value);
  if (lang === undefined) throw new UsageError(`${from} takes vi or en, not "${value}" (${from} nhận vi hoặc en)`);
  return lang;
}

// The `lang:` of a configuration, even of one that is invalid elsewhere: its errors are then told in the language it
// asks for. One that cannot be read, or whose `lang:` names no language, says nothing here; the command that loads it
// reports why.
function configLang(explicit: string | undefined, near: string): Lang | undefined {
  try {
    const start = isFolder(near) ? near : dirname(near);
    const file = explicit ?? findConfigFile(start);
    if (file === undefined) return undefined;
    // The bounded reader: a device or FIFO named as the configuration must not hang a run here.
    const read = readBounded(file, LIMITS.maxConfigBytes);
    if (!read.ok) return undefined;
    // Most configurations say nothing of the language: no need to parse and validate one here (the command does).
    // Looked for in the text, decoded as the configuration is: in UTF-16 "lang" is not the ASCII bytes.
    const decoded = decodeText(read.bytes);
    if (!decoded.ok || !decoded.text.includes('lang')) return undefined;
    const result = parseConfig(file, read.bytes);
    if (result.ok) return result.config.lang;
    const data = loadFile(file, read.bytes).data;
    if (data !== undefined) return isMap(data) && typeof data.lang === 'string' ? langOf(data.lang) : undefined;
    return writtenLang(decoded.text);
  } catch {
    return undefined;
  }
}

// A top-level `lang: en` line, its value bare or quoted, a comment after it allowed.
const LANG_LINE = /^lang[ \t]*:[ \t]*(["']?)([^"'#\r\n]*?)\1[ \t]*(?:#.*)?$/gm;

/**
 * The language a configuration YAML cannot read says in a `lang:` line of its own (the file broken elsewhere, `[warn`
 * left open): one such line, naming a language; two that may disagree say nothing.
 */
function writtenLang(text: string): Lang | undefined {
  const lines = [...text.matchAll(LANG_LINE)];
  return lines.length === 1 ? langOf(lines[0]![2]!) : undefined;
}

/** The one language of a run: `--lang`, else PROCMAP_LANG, else `lang:` in procmap.config.yaml, else Vietnamese. */
export function resolveLang(sources: LangSources): Lang {
  if (sources.option !== undefined) return checked(sources.option, '--lang');
  const fromEnv = sources.env.PROCMAP_LANG;
  if (fromEnv !== undefined && fromEnv !== '') return checked(fromEnv, 'PROCMAP_LANG');
  return configLang(sources.config, sources.near) ?? DEFAULT_LANG;
}
