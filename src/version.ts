import { readFileSync } from 'node:fs';

/** procmap's version, from package.json: shown by --version and part of every build cache key. */
export const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
