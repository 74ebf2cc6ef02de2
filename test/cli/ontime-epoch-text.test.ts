import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/epoch-text: the milliseconds of ontime-epoch-dates written as text, as a CSV cell always is and
// as JSON services that quote their numbers write them ("1775638800000" is 08/04/2026 16:00 in Vietnam). Before, the
// number was read and the same digits as text were "not a date". Ten digits stay refused, named as seconds.
const DIR = 'test/fixtures/ontime/epoch-text';
const RUN = ['--catalog', 'test/fixtures/ontime/catalog', '--as-of', '01/06/2026 08:00', '--lang', 'en'];
const TEN = (file: string, row: number) =>
  `${file}:${row}: received date "1775638800" has 10 digits: if it counts seconds since 1970 (UTC), it is 08/04/2026 16:00 in Vietnam time, but ten digits may also be a date and hour run together, so procmap does not guess; export the date as 13/02/2026 09:00, as ISO with its zone (2026-02-13T09:00+07:00), or in milliseconds since 1970 (13 digits)`;

describe('procmap ontime, milliseconds since 1970 written as text', () => {
  it('reads 13 digits in a CSV cell as the number is read', async () => {
    const file = `${DIR}/ho-so.csv`;
    const run = await runCli(['ontime', file, ...RUN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Finished: 2 (early 0, on time 1, late 1)\n');
    expect(run.stdout).toContain(
      `${file}:2 T-1 QT-CT-01 · late · received Wed 08/04/2026 16:00 · statutory due date Thu 09/04/2026 17:00 · finished Fri 10/04/2026 13:00 · late by 4 working hours\n`,
    );
    expect(run.stderr).toBe([TEN(file, 4), 'Rows not measured: 1', ''].join('\n'));
  });

  it('reads 13 digits in a JSON string as the number is read', async () => {
    const file = `${DIR}/ho-so.json`;
    const run = await runCli(['ontime', file, ...RUN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Finished: 1 (early 0, on time 0, late 1)\n');
    expect(run.stdout).toContain(
      `${file}:2 S-1 QT-CT-01 · late · received Wed 08/04/2026 16:00 · statutory due date Thu 09/04/2026 17:00 · finished Fri 10/04/2026 13:00 · late by 4 working hours\n`,
    );
    expect(run.stderr).toBe([TEN(file, 3), 'Rows not measured: 1', ''].join('\n'));
  });
});
