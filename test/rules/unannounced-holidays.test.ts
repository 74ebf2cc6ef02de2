import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { createCalendar } from '../../src/time/calendar.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('unannounced-holidays', {
  'invalid-rule-year.yaml': [
    {
      line: 5,
      column: 13,
      message:
        'The time limit was checked for receipts from 01/03/2027 to 29/02/2028 (a year from the effective date), but no days off are announced for 2027, 2028 yet: procmap counted the holidays of the Labour Code 2019 (holidays: Art. 112(1); days in lieu: Art. 111(3)), and the result may change when the government announces them (procmap calendar 2027; procmap calendar 2028); once the government’s notice is out, copy its days off into the calendar of procmap.config.yaml and name the notice under calendar: announced: 2027: "Thông báo … ngày …"; 2028: "Thông báo … ngày …" (https://github.com/procmap/procmap/blob/main/docs/calendar.md)',
      vi: 'Thời hạn được kiểm tra với thời điểm tiếp nhận từ 01/03/2027 đến 29/02/2028 (một năm từ ngày hiệu lực), nhưng năm 2027, 2028 chưa có lịch nghỉ được công bố: procmap tính ngày nghỉ theo Bộ luật Lao động 2019 (ngày lễ, tết: khoản 1 Điều 112; nghỉ bù: khoản 3 Điều 111), kết quả có thể thay đổi khi Chính phủ công bố (procmap calendar 2027; procmap calendar 2028); khi có văn bản công bố, chép các ngày nghỉ vào lịch (calendar) trong procmap.config.yaml và ghi số văn bản dưới calendar: announced: 2027: "Thông báo … ngày …"; 2028: "Thông báo … ngày …" (https://github.com/procmap/procmap/blob/main/docs/calendar.md)',
    },
  ],
});

describe('unannounced-holidays with as_of', () => {
  it('speaks up when the calendar’s as_of moves the window to a year computed from the rule', () => {
    const text =
      'id: QT-X\ntitle: T\nrevision: 1\neffective: 2025-07-01\ntime_limit: 15 ngày lịch\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 4h }\n';
    const run = (asOf?: string) =>
      lint([loadFile('a.yaml', Buffer.from(text))], {
        rules: [RULES_BY_ID.get('unannounced-holidays')!],
        calendar: createCalendar(asOf ? { as_of: asOf } : {}),
      }).diagnostics.map((d) => d.message);
    expect(run()).toEqual([]);
    expect(run('2026-07-01')).toEqual([
      expect.stringContaining(
        'from 01/07/2026 to 30/06/2027 (a year from the date the office’s working calendar sets), but no days off are announced for 2027 yet',
      ),
    ]);
  });

  it('says of a year before those procmap holds that its announced days are not held, not "not announced yet"', () => {
    const text =
      'id: QT-X\ntitle: T\nrevision: 1\neffective: 2023-07-01\ntime_limit: 15 ngày lịch\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 4h }\n';
    const messages = lint([loadFile('a.yaml', Buffer.from(text))], {
      rules: [RULES_BY_ID.get('unannounced-holidays')!],
      calendar: createCalendar({ as_of: '2024-01-01' }),
    }).diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      expect.stringContaining(
        'but procmap does not hold the days off the government announced for 2024: it counted the holidays of the Labour Code 2019',
      ),
    ]);
    expect(messages[0]).toContain('to count the days the government announced, copy its notice’s days off');
    expect(messages[0]).not.toMatch(/announced for 2024 yet|once the government’s notice is out/);
  });

  it('names the year the appointments reach, though every receipt is in an announced year', () => {
    const text = (effective: string) =>
      `id: QT-X\ntitle: T\nrevision: 1\neffective: ${effective}\ntime_limit: 45 ngày lịch\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 4h }\n`;
    const run = (effective: string, asOf?: string) =>
      lint([loadFile('a.yaml', Buffer.from(text(effective)))], {
        rules: [RULES_BY_ID.get('unannounced-holidays')!],
        calendar: createCalendar(asOf ? { as_of: asOf } : {}),
      }).diagnostics.map((d) => d.message);
    // Received in 2026, due up to February 2027 on the Tết procmap computed.
    expect(run('2025-07-01', '2026-01-01')).toEqual([
      expect.stringContaining('but no days off are announced for 2027 yet'),
    ]);
    // By default, after the first year from the effective date only the receipts whose appointments stay in the
    // announced years are judged: nothing is guessed.
    expect(run('2025-07-01')).toEqual([]);
    // The first year is tried whole: effective on 1 January 2026, its December receipts are due in 2027.
    expect(run('2026-01-01')).toEqual([
      expect.stringContaining(
        'from 05/01/2026 to 31/12/2026 (a year from the effective date), and the appointments of those received late in 2026 fall in 2027, but no days off are announced for 2027 yet',
      ),
    ]);
  });

  it('claims nothing when the receipts run past the years procmap can count (within-time-limit says so)', () => {
    const text =
      'id: QT-X\ntitle: T\nrevision: 1\neffective: 2026-01-01\ntime_limit: 15 ngày lịch\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 4h }\n';
    const diagnostics = lint([loadFile('a.yaml', Buffer.from(text))], {
      rules: [RULES_BY_ID.get('unannounced-holidays')!],
      calendar: createCalendar({ as_of: '2099-06-01' }),
    }).diagnostics;
    expect(diagnostics).toEqual([]);
  });
});
