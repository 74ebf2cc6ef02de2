import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/clock-slips: receipts with an hour or a minute the clock has not, a date without its year, an
// hour past noon said to be in the morning, and "16:30 CH" as a receipt slip prints it, which reads.
const DIR = 'test/fixtures/ontime/clock-slips';
const FILE = `${DIR}/dossiers.csv`;
const PROCEDURE = `${DIR}/catalog/muoi-ngay.yaml`;

describe('procmap time --received, a time of day that cannot be', () => {
  it.each([
    ['15/12/2026 25:00', 'không có giờ 25; giờ chỉ từ 00 đến 23', 'there is no hour 25; hours go from 00 to 23'],
    ['06/12/2026 17:61', 'không có phút 61; phút chỉ từ 00 đến 59', 'there is no minute 61; minutes go from 00 to 59'],
    [
      '06/12/2026 08:30:60',
      'không có giây 60; giây chỉ từ 00 đến 59',
      'there is no second 60; seconds go from 00 to 59',
    ],
    // A full stop before its date ("01.07.2026 08.30" after it reads, as a dossier cell does), and seconds in words:
    // the clock with colons is what to write.
    [
      '08.30 01.07.2026',
      'hãy ghi giờ "08.30" bằng dấu hai chấm, là 08:30',
      'write the time of day "08.30" with colons, as 08:30',
    ],
    [
      '01/07/2026 lúc 8 giờ 30 phút 15 giây',
      'hãy ghi giờ "lúc 8 giờ 30 phút 15 giây" bằng dấu hai chấm, là 08:30:15',
      'write the time of day "lúc 8 giờ 30 phút 15 giây" with colons, as 08:30:15',
    ],
    [
      '15/12',
      'thiếu năm; hãy ghi năm đủ bốn chữ số sau ngày và tháng, ví dụ "15/12/2026"',
      'the year is missing; write it in four digits after the day and month, e.g. "15/12/2026"',
    ],
    [
      '16:30 CH',
      'thiếu ngày; hãy ghi ngày trước giờ, ví dụ "13/02/2026 16:30"',
      'the date is missing; write the day before the time, e.g. "13/02/2026 16:30"',
    ],
    [
      '15/12/2026 16:30 SA',
      '16 giờ là buổi chiều, nhưng "SA" là buổi sáng; hãy ghi 16:30, bỏ "SA"',
      '16 o\'clock is in the afternoon, but "SA" says morning; write 16:30 without it',
    ],
  ])('says what is wrong with "%s"', async (received, vi, en) => {
    const viRun = await runCli(['time', PROCEDURE, '--received', received, '--lang', 'vi']);
    expect(viRun).toMatchObject({ code: 2, stdout: '', stderr: `procmap: --received: "${received}": ${vi}\n` });
    const enRun = await runCli(['time', PROCEDURE, '--received', received, '--lang', 'en']);
    expect(enRun).toMatchObject({ code: 2, stdout: '', stderr: `procmap: --received: "${received}": ${en}\n` });
  });

  it('reads "16:30 CH": an hour past noon said to be in the afternoon is that hour', async () => {
    const run = await runCli(['time', PROCEDURE, '--received', '15/12/2026 16:30 CH', '--format', 'json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout).procedures[0].received).toBe('2026-12-15T16:30');
  });
});

describe('procmap ontime, date cells with a time of day that cannot be', () => {
  it('says what is wrong with each, as time --received says it, and reads "16:30 CH"', async () => {
    const run = await runCli(['ontime', FILE, '--catalog', `${DIR}/catalog`, '--as-of', '31/03/2026 17:00']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Hồ sơ: 2\n');
    expect(run.stdout).toContain('tiếp nhận T6 13/02/2026 16:30');
    expect(run.stderr).toBe(
      [
        `${FILE}:4: ngày tiếp nhận "13/02/2026 25:00": không có giờ 25; giờ chỉ từ 00 đến 23`,
        `${FILE}:5: ngày tiếp nhận "13/02/2026 09:61": không có phút 61; phút chỉ từ 00 đến 59`,
        `${FILE}:6: ngày tiếp nhận "15/02 09:00": thiếu năm; hãy ghi năm đủ bốn chữ số sau ngày và tháng, ví dụ "15/02/2026 09:00"`,
        `${FILE}:7: ngày có kết quả "10/03/2026 16:30 SA": 16 giờ là buổi chiều, nhưng "SA" là buổi sáng; hãy ghi 16:30, bỏ "SA"`,
        'Dòng không đo được: 4',
        '',
      ].join('\n'),
    );
    const en = await runCli([
      'ontime',
      FILE,
      '--catalog',
      `${DIR}/catalog`,
      '--as-of',
      '31/03/2026 17:00',
      '--lang',
      'en',
    ]);
    expect(en.stderr).toContain(
      `${FILE}:4: received date "13/02/2026 25:00": there is no hour 25; hours go from 00 to 23\n`,
    );
  });
});
