import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../src/model/flow.js';
import { ambiguousHour, canonicalCutoff, canonicalProcedure, cutoffInLimit } from '../../src/model/lenient.js';
import { loadFile } from '../../src/model/load.js';
import { validateProcedure } from '../../src/model/schema.js';
import { createCalendar } from '../../src/time/calendar.js';
import { scheduleProcedure } from '../../src/time/schedule.js';
import { at, show } from '../time/helpers.js';

const PROCEDURE = {
  id: 'QT-X',
  title: 'Thử',
  revision: 1,
  effective: '2025-07-01',
  time_limit: 'trong ngày',
  steps: [{ id: 'B1', name: 'Nhận', body: 'Một cửa', duration: '1h' }],
};

// Decree 23/2015/NĐ-CP, Art. 7, as chứng thực procedures publish their limit.
const LAW =
  'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ';

describe('cutoffInLimit: the hour a same-day limit names in its own words', () => {
  it.each([
    [LAW, '15:00'],
    ['trong ngày; sau 15h30 trả vào ngày làm việc tiếp theo', '15:30'],
    ['Trong ngày làm việc (trường hợp tiếp nhận sau 15 giờ 30 phút thì trả trong ngày làm việc tiếp theo)', '15:30'],
    ['Trong ngày (hồ sơ nhận từ 16 giờ trả vào sáng hôm sau)', '16:00'],
    // The hour before which a receipt counts the same day: 15:00 sharp still does, the stricter reading.
    ['Trong ngày làm việc (nếu tiếp nhận trước 15 giờ)', '15:00'],
    ['Trong ngày đối với hồ sơ nộp trước 15h30', '15:30'],
    // The hour with its part of the day: afternoon, as --received reads "3 giờ chiều".
    ['Trong ngày hoặc ngày làm việc tiếp theo nếu nhận sau 3 giờ chiều', '15:00'],
    ['Trong ngày hoặc ngày làm việc tiếp theo nếu nhận sau 3h chiều', '15:00'],
    ['Trong ngày (nhận sau 3 giờ 30 phút chiều trả hôm sau)', '15:30'],
    ['Trong ngày (nhận sau 3:00 PM trả hôm sau)', '15:00'],
    ['Trong ngày (nhận sau 11 giờ sáng trả hôm sau)', '11:00'],
  ])('%s → %s', (limit, cutoff) => {
    expect(cutoffInLimit(limit)).toBe(cutoff);
  });

  it.each([
    ['trong ngày'],
    // A limit in working days whose hour is not a cutoff: nothing moves to the next working day.
    ['05 ngày làm việc (trả kết quả sau 14 giờ)'],
    // Calendar days count from the day after receipt whatever the hour (docs/calendar.md): no cutoff to apply.
    ['05 ngày (nếu nhận sau 15 giờ thì tính từ ngày làm việc tiếp theo)'],
    // An hour that is no time of day.
    ['Trong ngày (trường hợp tiếp nhận sau 25 giờ)'],
    // The hour the result is returned by, not a cutoff.
    ['Trong ngày (trả kết quả trước 17 giờ)'],
    // An hour before offices open, without its part of the day: 15:00 or 03:00, asked rather than guessed.
    ['Trong ngày hoặc ngày làm việc tiếp theo nếu nhận sau 3 giờ'],
  ])('%s names none', (limit) => {
    expect(cutoffInLimit(limit)).toBeUndefined();
  });
});

// As the national portal (dichvucong.gov.vn) prints limits in working days with the law's after-15:00 clause.
const PORTAL_DAYS =
  '02 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì thời hạn tính từ ngày làm việc tiếp theo';

describe('cutoffInLimit: the hour a limit in working time names for counting from the next working day', () => {
  it.each([
    [PORTAL_DAYS, '15:00'],
    [
      'Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (trường hợp nhận hồ sơ sau 15 giờ thì tính từ ngày làm việc tiếp theo)',
      '15:00',
    ],
    ['05 ngày làm việc (nếu nhận sau 15 giờ thì tính từ ngày làm việc tiếp theo)', '15:00'],
    ['04 giờ làm việc (hồ sơ nhận sau 16h30 tính từ ngày làm việc tiếp theo)', '16:30'],
  ])('%s → %s', (limit, cutoff) => {
    expect(cutoffInLimit(limit)).toBe(cutoff);
  });

  it("counts a dossier received after that hour from the next working day's opening, as a written cutoff does", () => {
    const procedure = canonicalProcedure({ ...PROCEDURE, time_limit: PORTAL_DAYS });
    expect(procedure.cutoff).toBe('15:00');
    const schedule = scheduleProcedure(
      procedure,
      buildFlow(procedure.steps),
      createCalendar(),
      at('2026-06-12 16:00'),
    )!;
    // Fri 12/6 16:00: counting starts Mon 15/6 at opening, so two working days end at the close of Tue 16/6.
    expect(show(schedule.appointment)).toBe('2026-06-16 17:00');
    expect(schedule.startReason).toBe('cutoff');
  });
});

describe('a same-day limit that states its cutoff', () => {
  const file = (extra: Record<string, unknown>) =>
    canonicalProcedure({
      id: 'QT-CT-01',
      title: 'Chứng thực bản sao từ bản chính',
      revision: 1,
      effective: '2026-01-01',
      time_limit: LAW,
      bodies: { MC: { name: 'Bộ phận Một cửa', single_window: true } },
      steps: [{ id: 'B1', name: 'Chứng thực', body: 'MC', duration: '2h' }],
      ...extra,
    });
  const appointment = (received: string, extra: Record<string, unknown> = {}) => {
    const procedure = file(extra);
    return show(scheduleProcedure(procedure, buildFlow(procedure.steps), createCalendar(), at(received))!.appointment);
  };

  it('moves a dossier received after that hour to the next working day, as the law says', () => {
    expect(file({}).cutoff).toBe('15:00');
    // Thu 15/1/2026: at 15:00 sharp the same day; a minute later, the close of Fri 16/1.
    expect(appointment('2026-01-15 15:00')).toBe('2026-01-15 17:00');
    expect(appointment('2026-01-15 15:01')).toBe('2026-01-16 17:00');
  });

  it('lets a cutoff the file writes itself decide', () => {
    expect(file({ cutoff: '16h' }).cutoff).toBe('16:00');
    expect(appointment('2026-01-15 15:30', { cutoff: '16:00' })).toBe('2026-01-15 17:00');
  });
});

describe('a cutoff as officers write it', () => {
  it.each([
    ['15:00', '15:00'],
    ['15h30', '15:30'],
    ['15.00', '15:00'],
    ['15:00:00', '15:00'],
    ['15 : 30', '15:30'],
    ['sau 15 giờ', '15:00'],
    ['Sau 15h30', '15:30'],
  ])('reads "%s" as %s', (written, clock) => {
    expect(canonicalCutoff(written)).toBe(clock);
    expect(validateProcedure({ ...PROCEDURE, cutoff: written }, 'en')).toEqual([]);
  });

  it.each([
    ['3 giờ chiều', '15:00'],
    ['3h chiều', '15:00'],
    ['sau 3 giờ chiều', '15:00'],
    ['3:30 PM', '15:30'],
    ['3 giờ 30 phút chiều', '15:30'],
    ['15 giờ chiều', '15:00'],
    ['9 giờ sáng', '09:00'],
    ['3 giờ sáng', '03:00'],
    // Two digits on the 24-hour clock, as procmap writes a cutoff, say which hour.
    ['03:00', '03:00'],
  ])('reads "%s", its part of the day said, as %s', (written, clock) => {
    expect(canonicalCutoff(written)).toBe(clock);
    expect(validateProcedure({ ...PROCEDURE, cutoff: written }, 'en')).toEqual([]);
  });

  it.each(['3 giờ', '3h', 'sau 3 giờ', '3:00', '6h30'])(
    'asks which hour "%s" is: an hour before offices open, without its part of the day',
    (written) => {
      const hour = ambiguousHour(written)!;
      expect(canonicalCutoff(written)).toBeUndefined();
      expect(validateProcedure({ ...PROCEDURE, cutoff: written }, 'en').map((p) => p.message)).toEqual([
        `"cutoff" "${written}" can be ${hour} in the afternoon (${hour + 12}:00) or ${hour} at night (0${hour}:00): write "${hour + 12}:00", or the hour with its part of the day, e.g. "${hour} giờ chiều"`,
      ]);
    },
  );

  // A cutoff over two lines (a block scalar, or a line break pasted into it) threw "Cannot read properties of null".
  it.each(['3 giờ\nchiều', '15:00\r\n', 'sau\n3h', '3\u2028giờ'])(
    'reads a cutoff over lines, %j, without throwing',
    (written) => {
      expect(() => ambiguousHour(written)).not.toThrow();
      expect(() => canonicalCutoff(written)).not.toThrow();
      expect(() => validateProcedure({ ...PROCEDURE, cutoff: written }, 'en')).not.toThrow();
    },
  );

  it('asks which hour a same-day limit means by "sau 3 giờ", unless cutoff says it', () => {
    const limit = 'Trong ngày hoặc ngày làm việc tiếp theo nếu nhận sau 3 giờ';
    expect(validateProcedure({ ...PROCEDURE, time_limit: limit }, 'en').map((p) => p.message)).toEqual([
      '"time_limit" moves dossiers received after "3 giờ" to the next working day, and that can be 3 in the afternoon (15:00) or 3 at night (03:00): write cutoff: "15:00" beside it, or "3 giờ chiều" in the limit',
    ]);
    expect(validateProcedure({ ...PROCEDURE, time_limit: limit }, 'vi').map((p) => p.message)).toEqual([
      '"time_limit" ghi hồ sơ nhận sau "3 giờ" được tính từ ngày làm việc tiếp theo, nhưng giờ đó có thể là 3 giờ chiều (15:00) hoặc 3 giờ sáng (03:00): hãy ghi cutoff: "15:00" bên cạnh, hoặc "3 giờ chiều" trong thời hạn',
    ]);
    expect(validateProcedure({ ...PROCEDURE, cutoff: '3 giờ' }, 'vi').map((p) => p.message)).toEqual([
      '"cutoff" "3 giờ" có thể là 3 giờ chiều (15:00) hoặc 3 giờ sáng (03:00): hãy ghi "15:00", hoặc giờ kèm buổi, ví dụ "3 giờ chiều"',
    ]);
    expect(validateProcedure({ ...PROCEDURE, time_limit: limit, cutoff: '15:00' }, 'en')).toEqual([]);
  });

  it('reads `cutoff: 15.00` unquoted, which YAML takes for the number 15, as 15:00', () => {
    const text =
      'id: QT-X\ntitle: Thử\nrevision: 1\neffective: 2025-07-01\ntime_limit: trong ngày\ncutoff: 15.00\nsteps:\n  - { id: B1, name: Nhận, body: Một cửa, duration: 1h }\n';
    expect(canonicalProcedure(loadFile('p.yaml', Buffer.from(text)).data as Record<string, unknown>).cutoff).toBe(
      '15:00',
    );
  });

  it.each(['25.00', '15', '15.5', 'sau giờ hành chính'])('refuses "%s", which is no time of day', (written) => {
    expect(canonicalCutoff(written)).toBeUndefined();
    expect(validateProcedure({ ...PROCEDURE, cutoff: written }, 'en').map((p) => p.message)).toEqual([
      `"cutoff" must be a time of day written like 15:00 or 15h30, not "${written}"`,
    ]);
  });
});
