import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { LineIndex, loneCrAsLf } from '../../src/model/source.js';
import { parseDay } from '../../src/time/moment.js';
import { ROOT } from '../helpers/cli.js';

// A file saved with lone CR line ends (old Mac editors, some exports) reads as its LF twin on every path: YAML 1.2
// and js-yaml, the fast path, take a lone CR as a line break; `yaml`, the path for anchors, directives and errors,
// did not, and read such a file with an anchor as one long line.
const LF = readFileSync(join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml'), 'utf8');
const asCr = (text: string) => text.replace(/\r?\n/g, '\r');
const today = parseDay('2026-03-01')!;
const report = (text: string) =>
  lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en', today, keep: false }).diagnostics.map((d) => ({
    rule: d.rule,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    message: d.message,
  }));

describe('a lone CR is a line break', () => {
  it('counts lines as editors do, and keeps every offset when made LF', () => {
    const lines = new LineIndex('a\rb\r\nc\nd');
    expect([0, 2, 5, 7].map((offset) => lines.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(loneCrAsLf('a\rb\r\nc\r\r\n')).toBe('a\nb\r\nc\n\r\n');
  });

  it('loads the same data as the LF file, with and without an anchor', () => {
    // An anchor on a map: one on a text that nothing refers to would be read as part of the text (and reported).
    const anchored = LF.replace('bodies:', 'bodies: &b');
    for (const text of [LF, anchored]) {
      const twin = loadFile('p.yaml', Buffer.from(text));
      const cr = loadFile('p.yaml', Buffer.from(asCr(text)));
      expect(cr.diagnostics).toEqual([]);
      expect(cr.data).toEqual(twin.data);
    }
  });

  it('places problems on the lines an editor shows, on the fast path and the yaml path', () => {
    const broken = LF.replace(/^time_limit:.*$/m, 'time_limit: 99 banana');
    const syntax = LF.replace(/^title:/m, 'title: "unclosed');
    const anchored = broken.replace('title:', 'title: &t');
    for (const text of [broken, syntax, anchored]) {
      const want = report(text);
      expect(want.length).toBeGreaterThan(0);
      expect(report(asCr(text))).toEqual(want);
    }
  });
});
