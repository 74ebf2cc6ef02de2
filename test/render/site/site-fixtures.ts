import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry } from '../../../src/lint/linter.js';
import { lint } from '../../../src/lint/linter.js';
import { loadFile } from '../../../src/model/load.js';

/** The site fixtures (test/render/fixtures/site/<name>.yaml, or every file of a folder), read as the linter reads them. */
export function siteFixtures(name: string): CatalogEntry[] {
  const path = fileURLToPath(new URL(`../fixtures/site/${name}`, import.meta.url));
  const files = name.endsWith('.yaml') ? [path] : readdirSync(path).map((file) => `${path}/${file}`);
  const result = lint(files.map((file) => loadFile(file, readFileSync(file))));
  if (result.procedures.length !== files.length)
    throw new Error(`Fixture ${name} does not load: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.procedures;
}
