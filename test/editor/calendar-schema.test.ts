import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseCalendarFile } from '../../src/config/calendar-file.js';
import { ROOT } from '../helpers/cli.js';

// schemas/calendar.schema.json is what an editor checks a calendar with (`# yaml-language-server: $schema=…`), on the
// file as written; procmap reads some forms into others first (src/config/calendar-values.ts, calendar-dates.ts).
// The editor must not flag what procmap accepts, nor pass what it refuses.
const FIXTURES = join(ROOT, 'test/editor/fixtures');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/calendar.schema.json'), 'utf8')) as { $id: string };
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema);
const editor = ajv.getSchema(schema.$id)!;

/** What an editor says of a calendar section as YAML reads it: nothing, or the paths and messages of its errors. */
function editorSays(section: unknown): string[] {
  return editor(section) ? [] : (editor.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Whether procmap builds a calendar from the section, written as a `--calendar` file. */
function procmapAccepts(section: unknown): boolean {
  return parseCalendarFile('calendar.yaml', Buffer.from(stringify(section))).ok;
}

/** The calendar sections of docs/calendar.md: its YAML blocks, and the lines of a section its text quotes. */
function docSections(): unknown[] {
  const text = readFileSync(join(ROOT, 'docs/calendar.md'), 'utf8');
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (m) => (parse(m[1]!) as { calendar: unknown }).calendar,
  );
  const quoted = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`]+)`/g)].map((m) =>
    m[1]!.replace(/\s*\n\s*/g, ' '),
  );
  const keyed = quoted.flatMap((code) => {
    if (!/^[a-z_]+: \S/.test(code)) return [];
    try {
      return [parse(code) as unknown];
    } catch {
      return [];
    }
  });
  const items = quoted
    .filter((code) => code.startsWith('- '))
    .flatMap((code) => {
      const [item] = parse(code) as unknown[];
      return [{ holidays: [item] }, { workdays: [item] }];
    });
  return [...blocks, ...keyed, ...items];
}

describe('schemas/calendar.schema.json in an editor', () => {
  it('passes every form procmap reads into another: labels before a break or a day, hours as text, "7,5"', () => {
    const section = parse(readFileSync(join(FIXTURES, 'calendar-written.yaml'), 'utf8')) as unknown;
    expect(procmapAccepts(section)).toBe(true);
    expect(editorSays(section)).toEqual([]);
  });

  it('passes every calendar of docs/calendar.md that procmap accepts, its blocks and the lines it quotes', () => {
    const sections = docSections();
    expect(sections.length).toBeGreaterThan(8);
    const flagged = sections.filter((section) => procmapAccepts(section) && editorSays(section).length > 0);
    expect(flagged.map((section) => [JSON.stringify(section), editorSays(section)])).toEqual([]);
  });

  it('flags each form procmap refuses: hours out of a day, a text that is no hours, a range for a make-up day', () => {
    const refused = parse(readFileSync(join(FIXTURES, 'calendar-refused.yaml'), 'utf8')) as Record<string, unknown[]>;
    const sections = Object.entries(refused).flatMap(([key, values]) =>
      values.map((value) => ({ [key]: key === 'holidays' || key === 'workdays' ? [value] : value })),
    );
    expect(sections.length).toBe(16);
    expect(sections.filter(procmapAccepts)).toEqual([]);
    expect(sections.filter((section) => editorSays(section).length === 0)).toEqual([]);
  });
});
