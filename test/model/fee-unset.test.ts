import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { buildDocumentView } from '../../src/render/document/view.js';
import { citizenPage } from '../../src/render/site/citizen-page.js';
import { buildCitizenView } from '../../src/render/site/citizen-view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { dayFromParts } from '../../src/time/moment.js';
import { ROOT } from '../helpers/cli.js';

// "Chưa quy định" under a fee says no fee has been set yet: not "Miễn phí". A Word import left it out (the document
// prints a missing fee so), a CSV import kept it as text, and the citizen page then printed a fee section saying it
// while a procedure without a fee has none. It is read as the fee left out, whichever way it came in.
const FILE = join(ROOT, 'test/model/fixtures/fee-unset/qt-chua-quy-dinh.yaml');

const procedureOf = (text: string) => {
  const result = lint([loadFile('qt.yaml', Buffer.from(text))]);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.procedures[0]!.procedure;
};

describe('a fee that says "Chưa quy định"', () => {
  const text = readFileSync(FILE, 'utf8');
  const without = text.replace('fee: Chưa quy định\n', '');

  it('is read as no fee set, in any letter case, with or without accents, never as free', () => {
    for (const fee of ['Chưa quy định', 'chưa có quy định.', 'CHUA QUY DINH', '[Chưa quy định]'])
      expect(procedureOf(text.replace('fee: Chưa quy định', `fee: ${fee}`)).fee).toBeUndefined();
    // "Không" (none) is kept, as the document prints it.
    expect(procedureOf(text.replace('fee: Chưa quy định', 'fee: Không')).fee).toBe('Không');
  });

  it('prints as a procedure without a fee does: "Chưa quy định" in the document, no fee section on the citizen page', () => {
    const [unset, none] = [procedureOf(text), procedureOf(without)];
    const document = (p: typeof unset) =>
      buildDocumentView({ procedure: p, analysis: analyseTime(p), lang: 'vi', flowchartPage: null }).fee;
    expect(document(unset)).toBe(document(none));
    const calendar = createCalendar({});
    const page = (p: typeof unset) =>
      citizenPage(
        buildCitizenView({
          procedure: p,
          analysis: analyseTime(p, calendar),
          calendar,
          lang: 'vi',
          today: dayFromParts(2026, 3, 2)!,
        }),
        { pdf: false },
      );
    expect(page(unset)).not.toContain('Chưa quy định');
    expect(page(unset)).not.toContain('Miễn phí');
    expect(page(unset)).toBe(page(none));
  });
});
