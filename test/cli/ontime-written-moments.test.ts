import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/written-moments: receipts written with a dash before the time, "trưa", a zone label, the minute
// mark; then a two-digit year (received, finished) and a time in another zone, which are said as --received says them.
const DIR = 'test/fixtures/ontime/written-moments';
const FILE = `${DIR}/dossiers.csv`;
const RUN = ['ontime', FILE, '--catalog', `${DIR}/catalog`, '--as-of', '31/03/2026 17:00'];

describe('procmap ontime, date cells as exports and officers write them', () => {
  it('measures them, and says what to write for a two-digit year or another zone', async () => {
    const text = await runCli([...RUN, '--lang', 'vi']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Hồ sơ: 5\n');
    expect(text.stderr).toBe(
      [
        `${FILE}:7: ngày tiếp nhận "13/02/26 09:00" ghi năm bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ "13/02/2026 09:00"`,
        `${FILE}:8: ngày tiếp nhận "13/02/2026 09:00 (GMT+9)" ghi theo múi giờ khác (GMT+9); procmap tính theo giờ Việt Nam (GMT+7), giờ các cơ quan làm việc: hãy ghi "13/02/2026 07:00"`,
        `${FILE}:9: ngày có kết quả "10/03/26 10:00" ghi năm bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ "10/03/2026 10:00"`,
        'Dòng không đo được: 3',
        '',
      ].join('\n'),
    );
  });

  it('reads each as the moment written', async () => {
    const json = await runCli([...RUN, '--format', 'json']);
    expect(json.code).toBe(0);
    const received = Object.fromEntries(
      JSON.parse(json.stdout).dossiers.map((d: { id: string; received: string }) => [d.id, d.received]),
    );
    expect(received).toEqual({
      D5: '2026-02-13T09:00',
      D7: '2026-02-13T12:00',
      D8: '2026-02-13T09:00',
      D17: '2026-02-13T09:00',
      D18: '2026-02-13T13:00',
    });
  });

  it('says the same in English', async () => {
    const text = await runCli([...RUN, '--lang', 'en']);
    expect(text.stderr).toContain(
      `${FILE}:8: received date "13/02/2026 09:00 (GMT+9)" is in another time zone (GMT+9); procmap counts in Vietnam time (GMT+7), the time offices keep: write "13/02/2026 07:00"\n`,
    );
  });
});

describe('procmap time --received, times of day in words and zones', () => {
  const SAMEDAY = `${DIR}/catalog/trong-ngay.yaml`;
  it.each([
    ['13/02/2026 12 giờ trưa', '2026-02-13T12:00'],
    ['13/02/2026 1 giờ trưa', '2026-02-13T13:00'],
    ['13/02/2026 - 09:00', '2026-02-13T09:00'],
    ['13/02/2026 09:00 (GMT+7)', '2026-02-13T09:00'],
  ])('reads %s', async (received, iso) => {
    const run = await runCli(['time', SAMEDAY, '--received', received, '--format', 'json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout).procedures[0].received).toBe(iso);
  });

  it('refuses a time in another zone, with the time to write', async () => {
    const run = await runCli(['time', SAMEDAY, '--received', '13/02/2026 09:00 (GMT+9)', '--lang', 'en']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: --received: "13/02/2026 09:00 (GMT+9)" is in another time zone (GMT+9); procmap counts in Vietnam time (GMT+7), the time offices keep: write "13/02/2026 07:00"\n',
    });
  });
});
