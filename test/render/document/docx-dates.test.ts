import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { procedureDates } from '../../../src/file-dates.js';
import { loadFile } from '../../../src/model/load.js';
import type { Procedure } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/document/docx.js';
import { buildDocumentView } from '../../../src/render/document/view.js';
import { analyseTime } from '../../../src/time/analyse.js';
import { datesOf } from '../../helpers/zip-dates.js';

// The docx package dates a Word file's properties and every part of its zip with the time it is made: the same
// procedure gave new bytes on every run.
const FIXTURES = new URL('./fixtures/', import.meta.url);
const LOGO = readFileSync(new URL('logo.png', FIXTURES));
// Effective 2026-01-05; amended 2023-03-01, 2024-08-15 and 2025-12-20.
const RECORD = loadFile('record', readFileSync(new URL('record.yaml', FIXTURES))).data as Procedure;

/** The record fixture's Word file, made at `now`. */
async function madeAt(now: string, source?: Date): Promise<Buffer> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  const view = buildDocumentView({ procedure: RECORD, analysis: analyseTime(RECORD), lang: 'vi' });
  return renderDocx(
    view,
    { flowchart: { type: 'png', data: LOGO, width: 96, height: 96 } },
    null,
    procedureDates([RECORD], source),
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the Word file's dates", () => {
  it("are the procedure's, not the time it is made: the same bytes a second later", async () => {
    const first = await madeAt('2026-12-05T10:00:01Z');
    const second = await madeAt('2026-12-05T10:00:02Z');
    expect(second.equals(first)).toBe(true);
    expect(await datesOf(first)).toEqual({
      entries: ['2026-01-05T00:00:00.000Z'],
      created: '2023-03-01T00:00:00Z',
      modified: '2026-01-05T00:00:00Z',
    });
  });

  it("are SOURCE_DATE_EPOCH's when it is set", async () => {
    const file = await madeAt('2026-12-05T10:00:01Z', new Date(Date.UTC(2025, 6, 1, 8, 30)));
    expect(await datesOf(file)).toEqual({
      entries: ['2025-07-01T08:30:00.000Z'],
      created: '2025-07-01T08:30:00Z',
      modified: '2025-07-01T08:30:00Z',
    });
  });
});
