// Issue 14, item 14: values that passed lint though they are wrong or cannot be files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const BASE = readFileSync(join(ROOT, 'test/lenient/fixtures/accepted-draft.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'procmap-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the accepted draft with some text replaced (and other files beside it) and lints them as JSON, in English. */
async function lintVariant(name: string, replace: [string, string][], extra: Record<string, string> = {}) {
  let text = BASE;
  for (const [from, to] of replace) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const files = Object.entries({ 'a.yaml': text, ...extra }).map(([file, content]) => {
    const path = join(dir, `${name}-${file}`);
    writeFileSync(path, content);
    return path;
  });
  const result = await runCli(['lint', '--lang', 'en', '--format', 'json', ...files]);
  return {
    code: result.code,
    messages: (JSON.parse(result.stdout) as { diagnostics: { rule: string; message: string; line: number }[] })
      .diagnostics,
  };
}

describe('wrong values are errors', () => {
  it('refuses 30 February written the ISO way (it used to pass and print 30/02/2026)', async () => {
    const { code, messages } = await lintVariant('feb30', [['effective: 01/07/2025', 'effective: 2026-02-30']]);
    expect(code).toBe(1);
    expect(messages).toEqual([
      expect.objectContaining({
        rule: 'schema',
        line: 5,
        message: '"effective" "2026-02-30" is not a date: month 2 of 2026 has 28 days',
      }),
    ]);
  });

  it('refuses a revision beyond the integers a computer keeps exactly (it used to become …992)', async () => {
    const { code, messages } = await lintVariant('revision', [['revision: 2', 'revision: 9007199254740993']]);
    expect(code).toBe(1);
    expect(messages).toEqual([
      expect.objectContaining({
        rule: 'schema',
        line: 4,
        message: '"revision" is too large: at most 9007199254740991',
      }),
    ]);
  });
});

describe('ids that cannot be file names on Windows are refused', () => {
  it.each(['CON', 'con', 'NUL', 'COM1', 'LPT9', 'aux.x'])('refuses %s, a device name', async (id) => {
    const { code, messages } = await lintVariant(`device-${id}`, [['id: QT-DRAFT-01', `id: ${id}`]]);
    expect(code).toBe(1);
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringContaining(`"${id}" cannot be a procedure id: Windows keeps that name for a device`),
    ]);
  });

  it.each(['A.', 'QT.01.'])('refuses %s, which ends with a dot Windows drops', async (id) => {
    const { code, messages } = await lintVariant(`dot-${id}`, [['id: QT-DRAFT-01', `id: ${id}`]]);
    expect(code).toBe(1);
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining(`"${id}" cannot be a procedure id`)]);
  });

  it('accepts ids that only look alike: CONSULT, COM10, QT.01', async () => {
    for (const id of ['CONSULT', 'COM10', 'QT.01']) {
      expect((await lintVariant(`fine-${id}`, [['id: QT-DRAFT-01', `id: ${id}`]])).messages).toEqual([]);
    }
  });
});

describe('unique-id ignores letter case and Unicode form', () => {
  it('reports QT-CASE and qt-case, which flowchart and doc would write to one file on Windows and macOS', async () => {
    const other = BASE.replace('id: QT-DRAFT-01', 'id: qt-case');
    const { code, messages } = await lintVariant('case', [['id: QT-DRAFT-01', 'id: QT-CASE']], { 'b.yaml': other });
    expect(code).toBe(1);
    expect(messages).toEqual([
      expect.objectContaining({
        rule: 'unique-id',
        message: expect.stringContaining('Procedure id "QT-CASE" is "qt-case" of'),
      }),
      expect.objectContaining({
        rule: 'unique-id',
        message: expect.stringContaining('Procedure id "qt-case" is "QT-CASE" of'),
      }),
    ]);
  });
});
