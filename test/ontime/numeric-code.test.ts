import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/model/types.js';
import { cellText } from '../../src/ontime/cells.js';
import { measuredProcedure, ProcedureIndex, type MeasuredProcedure } from '../../src/ontime/procedures.js';
import { FIXTURES } from './helpers.js';

// One procedure found, or none: these codes are each one procedure's, never a key several share.
function one(index: ProcedureIndex, text: string): MeasuredProcedure | undefined {
  const found = index.find(text);
  if (found !== undefined && 'ambiguous' in found) throw new Error(`"${text}" fits several procedures`);
  return found;
}

describe('a national code stored as a number', () => {
  const procedure = YAML.load(readFileSync(join(FIXTURES, 'catalog', 'chung-thuc.yaml'), 'utf8')) as Procedure;
  const index = new ProcedureIndex([
    measuredProcedure({ ...procedure, code: '2.001610' })!,
    measuredProcedure({ ...procedure, id: 'QT-KHAC', code: '2.00161' })!,
  ]);

  it('finds 2.001610 written 2.00161 or 2,00161, as a spreadsheet keeps it without its trailing zero', () => {
    // Written so by a spreadsheet that took the code for a number (the cell's value 2.00161).
    expect(one(index, cellText(2.00161))?.code).toBe('2.00161');
    const alone = new ProcedureIndex([measuredProcedure({ ...procedure, code: '2.001610' })!]);
    for (const text of [cellText(2.00161), '2,00161', '2.0016', ' 2.00161 '])
      expect(one(alone, text)?.code, text).toBe(text.trim() === '2.0016' ? undefined : '2.001610');
    expect(alone.find('2.00162')).toBeUndefined();
  });

  it('matches a code exactly first', () => {
    expect(one(index, '2.001610')?.id).toBe('QT-CT-01');
    expect(one(index, '2.00161')?.id).toBe('QT-KHAC');
  });
});
