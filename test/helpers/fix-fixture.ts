import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';
import { runCli } from './run-cli.js';

/** `lint --fix` on a copy of `test/lint/fixtures/<folder>/<name>.yaml`: the run, a lint of the result, its text. */
export async function fixFixture(folder: string, name: string, lang: 'en' | 'vi' = 'en') {
  const dir = mkdtempSync(join(tmpdir(), `procmap-${folder}-`));
  cpSync(join(ROOT, 'test/lint/fixtures', folder, `${name}.yaml`), join(dir, 'p.yaml'));
  const result = await runCli(['lint', '--lang', lang, '--fix', 'p.yaml'], { cwd: dir });
  const again = await runCli(['lint', '--lang', lang, 'p.yaml'], { cwd: dir });
  return { result, again, text: readFileSync(join(dir, 'p.yaml'), 'utf8') };
}
