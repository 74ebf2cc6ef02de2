import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseConfig } from '../../src/config/config.js';
import { ROOT } from '../helpers/cli.js';

// schemas/config.schema.json is what an editor checks procmap.config.yaml with: `calendar:` holds the calendar section
// or the name of a calendar file (`calendar: lich-2027.yaml`), and the editor must flag neither, nor pass what procmap
// refuses.
const FIXTURES = join(ROOT, 'test/editor/fixtures/config-calendar');
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/calendar.schema.json'), 'utf8')) as object);
const editor = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8')) as object);

/** The configurations of a fixture, by what each is. */
function configs(name: string): [string, unknown][] {
  return Object.entries(parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>);
}

/** What an editor says of a configuration as YAML reads it: nothing, or the paths and messages of its errors. */
function editorSays(config: unknown): string[] {
  return editor(config) ? [] : (editor.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Whether procmap accepts the configuration, written as procmap.config.yaml. */
function procmapAccepts(config: unknown): boolean {
  return parseConfig('procmap.config.yaml', Buffer.from(stringify(config))).ok;
}

describe('schemas/config.schema.json in an editor: calendar', () => {
  it('passes a calendar file’s name and the section, as procmap reads them, and still flags what procmap refuses', () => {
    const accepted = configs('accepted.yaml');
    expect(accepted.length).toBe(3);
    expect(accepted.filter(([, config]) => !procmapAccepts(config))).toEqual([]);
    expect(accepted.map(([what, config]) => [what, editorSays(config)])).toEqual(accepted.map(([what]) => [what, []]));
    // An empty name, a number, a list, a misspelt key.
    const refused = configs('refused.yaml');
    expect(refused.length).toBe(5);
    expect(refused.filter(([, config]) => procmapAccepts(config))).toEqual([]);
    expect(refused.filter(([, config]) => editorSays(config).length === 0).map(([what]) => what)).toEqual([]);
  });
});

/** The ```yaml blocks of a page, parsed, with the line each starts on. */
function yamlBlocks(page: string): [number, unknown][] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  return [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => [
    text.slice(0, m.index).split('\n').length,
    parse(m[1]!) as unknown,
  ]);
}

describe('schemas/config.schema.json in an editor: the examples of docs/configuration.md', () => {
  it('passes every configuration the page shows, the map form of a rule’s options included', () => {
    // The inline-suppression block is a procedure's lines, not a configuration's.
    const blocks = yamlBlocks('docs/configuration.md').filter(([, data]) => !Object.hasOwn(data as object, 'bodies'));
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    expect(blocks.some(([, data]) => JSON.stringify(data).includes('"mức độ"'))).toBe(true);
    expect(blocks.filter(([, config]) => !procmapAccepts(config)).map(([line]) => line)).toEqual([]);
    expect(blocks.map(([line, config]) => [line, editorSays(config)])).toEqual(blocks.map(([line]) => [line, []]));
  });

  it('passes a rule’s severity and options written as a map, and flags a map procmap refuses', () => {
    const accepted = Object.entries(
      parse(readFileSync(join(ROOT, 'test/editor/fixtures/config-rule-map/accepted.yaml'), 'utf8')) as object,
    );
    expect(accepted.length).toBe(5);
    expect(accepted.filter(([, config]) => !procmapAccepts(config)).map(([what]) => what)).toEqual([]);
    expect(accepted.map(([what, config]) => [what, editorSays(config)])).toEqual(accepted.map(([what]) => [what, []]));
    const refused = Object.entries(
      parse(readFileSync(join(ROOT, 'test/editor/fixtures/config-rule-map/refused.yaml'), 'utf8')) as object,
    );
    expect(refused.length).toBe(3);
    expect(refused.filter(([, config]) => procmapAccepts(config)).map(([what]) => what)).toEqual([]);
    expect(refused.filter(([, config]) => editorSays(config).length === 0).map(([what]) => what)).toEqual([]);
  });
});
