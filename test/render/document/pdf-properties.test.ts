import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/model/load.js';
import type { Procedure } from '../../../src/model/types.js';
import { pdfProperties } from '../../../src/render/document/outputs.js';
import { analyseTime } from '../../../src/time/analyse.js';

const RECORD = loadFile('record', readFileSync(new URL('./fixtures/record.yaml', import.meta.url))).data as Procedure;

/** A PDF text string's text: UTF-16BE in hex after a byte order mark. */
const pdfText = (field: string) =>
  Buffer.from(/<FEFF([0-9A-F]*)>/.exec(field)![1]!, 'hex')
    .swap16()
    .toString('utf16le');

describe("the PDF's properties", () => {
  it('take the title as the page prints it: control characters as a space or as nothing, Windows quotes as quotes', () => {
    // No issuer: the author is the agency, here with a next-line character (U+0085) in it.
    const { issuer: _issuer, ...rest } = RECORD;
    const procedure = { ...rest, title: 'Cấp giấy\u000bphép \u0093thử\u0094\u0007', agency: 'UBND\u0085xã Thử' };
    const fields = pdfProperties({ procedure, analysis: analyseTime(procedure), lang: 'vi' });
    const [title, subject, author] = ['/Title ', '/Subject ', '/Author '].map((name) =>
      pdfText(fields.find((field) => field.startsWith(name))!),
    );
    expect(title).toBe(`${RECORD.id} – Cấp giấy phép “thử”`);
    expect(subject).toBe(RECORD.id);
    // A property is one line: the new line U+0085 stands for reads as a space.
    expect(author).toBe('UBND xã Thử');
  });
});
