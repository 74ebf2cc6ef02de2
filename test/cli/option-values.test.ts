import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A procedure and an export that read: what is refused here is the command line alone.
const DIR = 'test/fixtures/ontime/clock-slips';
const FILE = `${DIR}/dossiers.csv`;
const CATALOG = `${DIR}/catalog`;
const PROCEDURE = `${CATALOG}/muoi-ngay.yaml`;

/** `time PROCEDURE --received <value>` in a language. */
const received = (value: string, lang: 'vi' | 'en' = 'vi') =>
  runCli(['time', PROCEDURE, '--received', value, '--lang', lang]);

describe('procmap time --received, advice on a date and time it cannot read', () => {
  it('says a date with a zone and no time needs its time, in place of another day or the same date', async () => {
    for (const value of ['13/02/2026 (GMT+9)', '13/02/2026 -05:00']) {
      const zone = value.slice(11).replace(/[()]/g, '');
      expect(await received(value)).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `procmap: --received: "${value}" ghi múi giờ (${zone}) nhưng không ghi giờ; procmap tính theo giờ Việt Nam (GMT+7), giờ các cơ quan làm việc, và hiểu một ngày không kèm giờ là ngày làm việc đó ở Việt Nam: hãy ghi ngày và giờ theo giờ Việt Nam, ví dụ "13/02/2026 09:00", hoặc chỉ ghi ngày, bỏ múi giờ\n`,
      });
    }
    expect(await received('13/02/2026 (GMT+9)', 'en')).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: --received: "13/02/2026 (GMT+9)" gives a time zone (GMT+9) but no time of day; procmap counts in Vietnam time (GMT+7), the time offices keep, and reads a date alone as that working day in Vietnam: write the date and time in Vietnam time, e.g. "13/02/2026 09:00", or the date alone without the zone\n',
    });
  });

  it('asks whether a time run onto the date by a dash is a time or a zone, and how to write the time', async () => {
    expect(await received('2026-02-13-09:00')).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: --received: "2026-02-13-09:00" không rõ "-09:00" là giờ hay múi giờ; nếu là 09:00 giờ Việt Nam, hãy ghi "2026-02-13 09:00", cách ngày và giờ bằng một dấu cách\n',
    });
  });

  it('says the year is out of range for year 13 and for 1999, named by the option', async () => {
    expect(await received('0013-02-14')).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: --received: "0013-02-14": procmap chỉ tính được ngày từ năm 2000 đến năm 2099, không tính được năm 13; hãy ghi năm đủ bốn chữ số\n',
    });
    expect(await received('1999-02-13 09:00', 'en')).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        "procmap: --received: a dossier received in 1999: procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; write a year from 2000 to 2099, in four digits\n",
    });
  });

  it('counts any part of a second past the minute as the next minute, to the nearest second', async () => {
    const at = async (value: string) => {
      const run = await runCli(['time', PROCEDURE, '--received', value, '--format', 'json']);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      return JSON.parse(run.stdout).procedures[0].received as string;
    };
    expect(await at('2026-02-13T09:00:30+07:00')).toBe('2026-02-13T09:01');
    expect(await at('2026-02-13T09:00:00.5+07:00')).toBe('2026-02-13T09:01');
    expect(await at('13/02/2026 09:00:00.5')).toBe('2026-02-13T09:01');
    expect(await at('13/02/2026 09:00:00.2')).toBe('2026-02-13T09:00');
  });
});

describe('procmap ontime --as-of 24:00', () => {
  it('names the as-of moment, not a receipt, and says how to write the end of the day', async () => {
    const run = await runCli(['ontime', FILE, '--catalog', CATALOG, '--as-of', '13/02/2026 24:00']);
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: --as-of: đồng hồ không có 24:00; để xét tính đến hết ngày đó, hãy ghi "13/02/2026" (chỉ ghi ngày là tính hết ngày đó) hoặc "13/02/2026 23:59", không phải "13/02/2026 24:00"\n',
    });
  });
});

describe('an option of one value given twice', () => {
  it.each([
    [['lint', PROCEDURE, '-c', 'missing.yaml', '-c', `${CATALOG}/procmap.config.yaml`], '--config'],
    [['time', PROCEDURE, '--received', '13/02/2026', '--received', '14/02/2026'], '--received'],
    [['time', PROCEDURE, '--format', 'text', '--format', 'json'], '--format'],
  ])('is refused with both values: %j', async (args, option) => {
    const run = await runCli(args);
    const [first, second] = args.filter((_, i) => i > 0 && args[i - 1]!.startsWith('-')).slice(-2);
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `procmap: ${option} được ghi hai lần: "${first}" và "${second}"; hãy chỉ ghi một lần, với giá trị cần dùng\n`,
    });
  });

  it('is refused for --lang, in the first language given', async () => {
    expect(await runCli(['lint', PROCEDURE, '--lang', 'en', '--lang', 'vi'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'procmap: --lang is given twice: "en" and "vi"; give it once, with the value meant\n',
    });
  });
});

describe('option values in any letter case', () => {
  it('reads lint --format JSON as json', async () => {
    const run = await runCli(['lint', PROCEDURE, '--format', 'JSON']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout).diagnostics).toEqual([]);
  });
});
