import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../src/model/flow.js';
import { canonicalCutoff, canonicalProcedure, cutoffInLimit } from '../../src/model/lenient.js';
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
  ])('%s → %s', (limit, cutoff) => {
    expect(cutoffInLimit(limit)).toBe(cutoff);
  });

  it.each([
    ['trong ngày'],
    // Not a same-day limit: its words name no cutoff procmap applies.
    ['05 ngày làm việc (nếu nhận sau 15 giờ thì tính từ ngày làm việc tiếp theo)'],
    // An hour that is no time of day.
    ['Trong ngày (trường hợp tiếp nhận sau 25 giờ)'],
    // The hour the result is returned by, not a cutoff.
    ['Trong ngày (trả kết quả trước 17 giờ)'],
  ])('%s names none', (limit) => {
    expect(cutoffInLimit(limit)).toBeUndefined();
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
