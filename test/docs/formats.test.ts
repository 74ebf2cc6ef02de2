import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// docs/formats.md gives each command's JSON as an example: a list shows one item, a key ending in "?" is optional,
// a lone key "<name>" stands for keys that are data, and `["… as by_procedure …"]` reuses that list's item.
const PAGE = readFileSync(join(ROOT, 'docs/formats.md'), 'utf8');

/** The JSON example under the heading "## `procmap <command> --format json`". */
function documented(command: string): Record<string, unknown> {
  const at = PAGE.indexOf(`## \`procmap ${command} --format json\``);
  if (at < 0) throw new Error(`docs/formats.md has no section for ${command}`);
  const block = /```json\n([\s\S]*?)\n```/.exec(PAGE.slice(at))!;
  return JSON.parse(block[1]!) as Record<string, unknown>;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where what a command printed and what the page documents differ, by path; [] when they agree. */
function differences(doc: unknown, real: unknown, root: Record<string, unknown>, path = ''): string[] {
  if (doc === null || real === null) return [];
  if (Array.isArray(doc)) {
    if (!Array.isArray(real)) return [`${path}: documented as a list`];
    const alias = typeof doc[0] === 'string' ? /^… as (\w+)/.exec(doc[0]) : null;
    const item = alias ? (root[alias[1]!] as unknown[])[0] : doc[0];
    if (item === undefined) return [];
    // A list of plain values (a path: names and numbers) takes any of the kinds its example shows.
    if (!alias && doc.every((each) => typeof each !== 'object')) {
      const kinds = new Set(doc.map((each) => typeof each));
      return real.some((each) => !kinds.has(typeof each)) ? [`${path}[]: printed a kind the example does not show`] : [];
    }
    return real.flatMap((each) => differences(item, each, root, `${path}[]`));
  }
  if (isMap(doc)) {
    if (!isMap(real)) return [`${path}: documented as a map`];
    const keys = Object.keys(doc);
    if (keys.length === 1 && /^<.+>$/.test(keys[0]!))
      return Object.values(real).flatMap((each) => differences(doc[keys[0]!], each, root, `${path}.${keys[0]}`));
    const byName = new Map(keys.map((key) => [key.replace(/\?$/, ''), key]));
    return [
      ...Object.keys(real)
        .filter((key) => !byName.has(key))
        .map((key) => `${path}.${key}: printed, not documented`),
      ...[...byName].flatMap(([name, key]) => {
        if (!(name in real)) return key.endsWith('?') ? [] : [`${path}.${name}: documented, not printed`];
        return differences(doc[key], real[name], root, `${path}.${name}`);
      }),
    ];
  }
  return typeof doc === typeof real ? [] : [`${path}: documented as a ${typeof doc}, printed a ${typeof real}`];
}

const CATALOG = join(ROOT, 'test/cli/fixtures/config-catalog');
// A limit in bare "ngày" (calendar days: tried over receipts) and a fixable problem.
const CALENDAR_DAYS = join(ROOT, 'test/cli/fixtures/info-summary');

async function printed(args: string[], cwd = CATALOG): Promise<unknown> {
  const result = await runCli([...args, '--format', 'json', '--lang', 'en'], { cwd });
  expect(result.stdout, result.stderr).not.toBe('');
  return JSON.parse(result.stdout);
}

describe('docs/formats.md', () => {
  it.each([
    ['lint', [['lint', 'procedures'], ['lint', '--quiet', 'procedures']]],
    ['stats', [['stats', 'procedures']]],
    ['calendar', [['calendar', '2026'], ['calendar', '2030']]],
    [
      'time',
      [
        ['time', 'procedures'],
        ['time', 'procedures', '--received', '2026-02-13T16:00'],
      ],
    ],
  ] as const)('documents the keys `%s --format json` prints', async (command, runs) => {
    const doc = documented(command);
    for (const args of runs)
      for (const cwd of [CATALOG, CALENDAR_DAYS])
        expect(differences(doc, await printed([...args], cwd), doc), `${args.join(' ')} in ${cwd}`).toEqual([]);
  });

  it('documents the keys `ontime --format json` prints', async () => {
    const doc = documented('ontime');
    const real = await printed(
      ['ontime', 'test/fixtures/ontime/ho-so.csv', '--catalog', 'test/fixtures/ontime/catalog', '--as-of', '2026-05-08 09:00'],
      ROOT,
    );
    expect(differences(doc, real, doc)).toEqual([]);
  });

  it('notices a key printed but not documented, and one documented but not printed', () => {
    const doc = { a: 1, 'b?': 'x', list: [{ c: true }], map: { '<id>': { d: 1 } } };
    expect(differences(doc, { a: 1, list: [{ c: true }], map: { x: { d: 2 } } }, doc)).toEqual([]);
    expect(differences(doc, { a: 1, e: 2, list: [{}], map: { x: { d: 'no' } } }, doc)).toEqual([
      '.e: printed, not documented',
      '.list[].c: documented, not printed',
      '.map.<id>.d: documented as a number, printed a string',
    ]);
  });
});
