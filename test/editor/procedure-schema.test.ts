import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// schemas/procedure.schema.json is what an editor checks a procedure with (`# yaml-language-server: $schema=…`), on
// the file as written: the forms procmap reads (step ids B1, "Bước 1", 3; "Không quá 03 ngày làm việc"; 01/07/2025)
// must pass there too.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/calendar.schema.json'), 'utf8')) as object);
const editor = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/procedure.schema.json'), 'utf8')) as object);

/** Every file under a folder whose name ends so. */
function files(dir: string, end: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, end);
    return name.endsWith(end) ? [path] : [];
  });
}

/** The editor's errors on a procedure as YAML reads it, with where they are. */
function editorSays(procedure: unknown): string[] {
  return editor(procedure) ? [] : (editor.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('schemas/procedure.schema.json in an editor', () => {
  it('passes the forms officers write that procmap lints clean', async () => {
    const file = join(ROOT, 'test/editor/fixtures/procedure-written.yaml');
    const lint = await runCli(['lint', '--lang', 'en', file]);
    expect([lint.code, lint.stdout, lint.stderr]).toEqual([0, '✔ 1 file checked, no problems\n', '']);
    expect(editorSays(parse(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('passes every procedure of the catalog and every whole procedure the docs show', () => {
    const catalog = files(join(ROOT, 'procedures'), '.yaml').map((file) => [file, readFileSync(file, 'utf8')]);
    const docs = files(join(ROOT, 'docs'), '.md').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
        .map((m) => [file, m[1]!])
        .filter(([, text]) => /^id: /m.test(text!) && /^title: /m.test(text!) && /^steps:/m.test(text!)),
    );
    expect(catalog.length).toBeGreaterThan(10);
    const flagged = [...catalog, ...docs].flatMap(([file, text]) => {
      const said = editorSays(parse(text!));
      return said.length > 0 ? [[file, said]] : [];
    });
    expect(flagged).toEqual([]);
  });
});
