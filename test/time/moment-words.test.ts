import { describe, expect, it } from 'vitest';
import { momentSlip } from '../../src/time/date-faults.js';
import { formatMoment, parseMoment } from '../../src/time/moment.js';

describe('moments as officers and exports write them', () => {
  it.each([
    // "Trưa" is around noon: 11 and 12 stay, 1 and 2 are past noon.
    ['13/02/2026 12 giờ trưa', '2026-02-13T12:00'],
    ['13/02/2026 11 giờ trưa', '2026-02-13T11:00'],
    ['13/02/2026 1 giờ trưa', '2026-02-13T13:00'],
    ['13/02/2026 12h trưa', '2026-02-13T12:00'],
    ['13/02/2026 12:00 trưa', '2026-02-13T12:00'],
    ['13/02/2026 12 gio trua', '2026-02-13T12:00'],
    // A dash between the date and the time, the minute mark after the minutes.
    ['13/02/2026 - 09:00', '2026-02-13T09:00'],
    ["13/02/2026 09h00'", '2026-02-13T09:00'],
    ['13/02/2026 9h30’', '2026-02-13T09:30'],
    // Vietnam's own zone, however labelled, is the time as written.
    ['13/02/2026 09:00 (GMT+7)', '2026-02-13T09:00'],
    ['13/02/2026 09:00 GMT+07:00', '2026-02-13T09:00'],
    ['13/02/2026 09:00 +07', '2026-02-13T09:00'],
    ['13/02/2026 09:00 ICT', '2026-02-13T09:00'],
    ['thứ Sáu, 13/02/2026 09:00 (UTC+7)', '2026-02-13T09:00'],
    // Unchanged: a date written with dashes is no date with a zone, an ISO moment with its zone is moved.
    ['13-02-2026', '2026-02-13T00:00'],
    ['2026-02-13T09:00+09:00', '2026-02-13T07:00'],
  ])('reads %s', (text, iso) => {
    const moment = parseMoment(text);
    expect(moment === undefined ? undefined : formatMoment(moment)).toBe(iso);
  });

  it.each(['13/02/2026 8 giờ trưa', '13/02/2026 09:00 (GMT+9)', '13/02/2026 09:00 UTC', '13/02/2026 9:00 -05:00'])(
    'refuses %s',
    (text) => expect(parseMoment(text)).toBeUndefined(),
  );

  it('says what keeps a nearly read moment from reading: a two-digit year, another zone', () => {
    expect(momentSlip('13/02/26 09:00')).toEqual({ kind: 'year', full: '13/02/2026 09:00' });
    expect(momentSlip('13/02/2026 09:00 (GMT+9)')).toEqual({
      kind: 'zone',
      zone: 'GMT+9',
      vietnam: '13/02/2026 07:00',
    });
    expect(momentSlip('13/02/2026 20:00 UTC')).toEqual({ kind: 'zone', zone: 'UTC', vietnam: '14/02/2026 03:00' });
    expect(momentSlip('13/02/2026 09:00 (GMT+7)')).toBeUndefined();
    expect(momentSlip('hôm qua')).toBeUndefined();
  });
});
