import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/epoch-dates.json: dates as JSON services write them. 1775638800000 ms is 2026-04-08 09:00 UTC,
// 16:00 in Vietnam; "/Date(1775800800000)/" (.NET) is 10/04 13:00 in Vietnam, and its "+0700" only names the writer's
// zone, the count being UTC. J-1 and J-2 read so; J-3 gives 10 digits (seconds, or a date and hour run together): not
// guessed. Before, every one of them was "not a date". J-4 gives 12 (202604081600, yyyyMMddHHmm, as the national
// portal's dossier synchronisation writes it), which reads one way only: Wed 08/04/2026 16:00, past the 15:00 cutoff,
// so counting starts Thu 09/04 07:30 and 1 working day ends Thu 09/04 17:00; finished 1775707200000 ms = Thu 09/04
// 11:00 in Vietnam, on the due day: on time. Until December 2026 it was refused as "not a date" too.
const CATALOG = 'test/fixtures/ontime/catalog';
const FILE = 'test/fixtures/ontime/epoch-dates.json';
const AS_OF = ['--as-of', '01/06/2026 08:00'];

describe('procmap ontime, JSON dates as milliseconds since 1970', () => {
  it('reads 13 digits and /Date(…)/ as UTC instants in Vietnam time, and names a count of seconds without reading it', async () => {
    const en = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Finished: 3 (early 0, on time 2, late 1)\n');
    expect(en.stdout).toContain(
      `${FILE}:2 J-1 QT-CT-01 · late · received Wed 08/04/2026 16:00 · statutory due date Thu 09/04/2026 17:00 · finished Fri 10/04/2026 13:00 · late by 4 working hours\n`,
    );
    expect(en.stderr).toBe(
      [
        `${FILE}:4: received date "1775638800" has 10 digits: if it counts seconds since 1970 (UTC), it is 08/04/2026 16:00 in Vietnam time, but ten digits may also be a date and hour run together, so procmap does not guess; export the date as 13/02/2026 09:00, as ISO with its zone (2026-02-13T09:00+07:00), or in milliseconds since 1970 (13 digits)`,
        'Rows not measured: 1',
        '',
      ].join('\n'),
    );
    const vi = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toContain(
      `${FILE}:4: ngày tiếp nhận "1775638800" có 10 chữ số: nếu là số giây kể từ năm 1970 (UTC) thì là 08/04/2026 16:00 giờ Việt Nam,`,
    );
  });
});
