import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { fixtureText, testRule } from '../helpers/rule-tester.js';

/** The warning on a date written with its decision: the date read, the decision not kept and where to write it. */
const dropped = (line: number, column: number, text: string, decision: string, date: string, field: string) => ({
  line,
  column,
  message: `"${text}" is read as the date ${date}, and "${decision}" is not kept: no field holds a decision's number. Write ${field}: ${date}, and the decision in the history row's note (note: ${decision})`,
  vi: `"${text}" được hiểu là ngày ${date}, còn "${decision}" không được giữ lại: không trường nào ghi số quyết định. Hãy ghi ${field}: ${date}, và ghi quyết định vào ghi chú của dòng lịch sử sửa đổi (note: ${decision})`,
});

testRule('decision-in-date', {
  'invalid-cited.yaml': [
    dropped(4, 12, 'Quyết định số 123/QĐ-UBND ngày 01/07/2025', 'Quyết định số 123/QĐ-UBND', '01/07/2025', 'effective'),
    // The body that signed it, after the date, is no second date.
    dropped(
      5,
      9,
      'QĐ 123/QĐ-UBND, ngày 1 tháng 7 năm 2025 của Chủ tịch UBND tỉnh',
      'QĐ 123/QĐ-UBND',
      '01/07/2025',
      'issued',
    ),
    dropped(12, 26, 'Quyết định 45/QĐ-UBND ngày 02/01/2024', 'Quyết định 45/QĐ-UBND', '02/01/2024', 'date'),
  ],
});

describe('a date written with its decision', () => {
  const lintText = (text: string) => lint([loadFile('cited.yaml', Buffer.from(text))], { lang: 'en' });

  it('is read as its date, and no other rule reports it (a canonical-date fix would drop the number unsaid)', () => {
    const result = lintText(fixtureText('decision-in-date', 'invalid-cited.yaml'));
    const procedure = result.procedures[0]!.procedure;
    expect([procedure.effective, procedure.issued, procedure.history![0]!.date]).toEqual([
      '2025-07-01',
      '2025-07-01',
      '2024-01-02',
    ]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['decision-in-date', 'decision-in-date', 'decision-in-date']);
  });

  it('is refused when it holds two dates: which one is meant is unclear', () => {
    const text = fixtureText('decision-in-date', 'invalid-cited.yaml').replace(
      'ngày 01/07/2025" #',
      'ngày 01/07/2025 sửa đổi Quyết định số 5/QĐ-UBND ngày 01/01/2024" #',
    );
    const problems = lintText(text).diagnostics.filter((d) => d.line === 4);
    expect(problems.map((d) => d.rule)).toEqual(['schema']);
  });
});
