import { describe, expect, it } from 'vitest';
import { HiddenRowScanner } from '../../src/ontime/hidden-rows.js';

const SHEET =
  '<sheetData><row r="1" spans="1:3"><c r="A1"/></row><row r="2" hidden="1" spans="1:3"><c r="A2"/></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>hidden</t></is></c></row><x:row hidden="true" r="40"></x:row></sheetData>';

describe('HiddenRowScanner', () => {
  it("finds the hidden rows wherever the sheet's XML is cut into chunks", () => {
    // Every cut, "hidden" and "<row" split between chunks included: rows 2 and 40 hidden, row 3 only says the word.
    for (let cut = 1; cut < SHEET.length; cut++) {
      const scanner = new HiddenRowScanner();
      scanner.push(Buffer.from(SHEET.slice(0, cut), 'latin1'));
      scanner.push(Buffer.from(SHEET.slice(cut), 'latin1'));
      expect([...(scanner.hidden() ?? [])], `cut at ${cut}`).toEqual([2, 40]);
    }
  });

  it('finds a row whose one "hidden" is cut between two chunks', () => {
    const sheet = '<sheetData><row r="1"><c r="A1"/></row><row r="7" hidden="1"><c r="A7"/></row></sheetData>';
    for (let cut = 1; cut < sheet.length; cut++) {
      const scanner = new HiddenRowScanner();
      scanner.push(Buffer.from(sheet.slice(0, cut), 'latin1'));
      scanner.push(Buffer.from(sheet.slice(cut), 'latin1'));
      expect([...(scanner.hidden() ?? [])], `cut at ${cut}`).toEqual([7]);
    }
  });

  it('finds none in a sheet that hides nothing', () => {
    const scanner = new HiddenRowScanner();
    scanner.push(Buffer.from('<sheetData><row r="1"><c r="A1"/></row></sheetData>', 'latin1'));
    expect(scanner.hidden()).toBeUndefined();
  });
});
