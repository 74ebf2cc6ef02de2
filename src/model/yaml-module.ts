import { createRequire } from 'node:module';

let yamlModule: typeof import('yaml') | undefined;

/**
 * The `yaml` package (the parser that keeps positions), loaded on first use: only files with a problem, a directive
 * or a control character need it, and a clean lint run should not pay for loading it.
 */
export function yaml(): typeof import('yaml') {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}
