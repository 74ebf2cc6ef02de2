import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseConfig } from '../config/config.js';
import { isLang, type Lang } from '../i18n.js';
import { findConfigFile } from './config.js';
import { UsageError } from './errors.js';

/** The language when nothing says otherwise: procmap's users are Vietnamese officers. */
const DEFAULT_LANG: Lang = 'vi';

/** Where a run may learn its language, strongest first. */
export interface LangSources {
  /** `--lang`, as typed. */
  option?: string;
  /** The environment, for PROCMAP_LANG. */
  env: NodeJS.ProcessEnv;
  /** `--config`, as typed. */
  config?: string;
  /** Where to look for procmap.config.yaml when there is no `--config`: the first path of the command, else cwd. */
  near: string;
}

function checked(value: string, from: string): Lang {
  if (!isLang(value)) throw new UsageError(`${from} takes vi or en, not "${value}" (${from} nhận vi hoặc en)`);
  return value;
}

// The `lang:` of a configuration; a configuration that cannot be read or is invalid says nothing here, and the
// command that loads it reports why.
function configLang(explicit: string | undefined, near: string): Lang | undefined {
  try {
    const start = existsSync(near) && statSync(near).isDirectory() ? near : dirname(near);
    const file = explicit ?? findConfigFile(start);
    // Only a regular file of a sensible size: a device or FIFO named as the configuration must not hang a run here.
    if (file === undefined || !statSync(file).isFile() || statSync(file).size > 1024 * 1024) return undefined;
    const result = parseConfig(file, readFileSync(file));
    return result.ok ? result.config.lang : undefined;
  } catch {
    return undefined;
  }
}

/** The one language of a run: `--lang`, else PROCMAP_LANG, else `lang:` in procmap.config.yaml, else Vietnamese. */
export function resolveLang(sources: LangSources): Lang {
  if (sources.option !== undefined) return checked(sources.option, '--lang');
  const fromEnv = sources.env.PROCMAP_LANG;
  if (fromEnv !== undefined && fromEnv !== '') return checked(fromEnv, 'PROCMAP_LANG');
  return configLang(sources.config, sources.near) ?? DEFAULT_LANG;
}
