import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A limit of "0 ngày làm việc" or "0 giờ" read, and every verdict against it was nonsense (a step of 30 minutes
// "over the limit of 0 working days"). The same day is written "trong ngày".
const DAYS = 'test/fixtures/zero-limit/zero-days.yaml';
const HOURS = 'test/fixtures/zero-limit/zero-hours.yaml';
// "05 ngày làm việc; trường hợp phải xác minh thì 0 ngày làm việc": the case's dossiers were judged against nothing.
const CASE = 'test/fixtures/zero-limit/zero-case.yaml';

describe('a time limit of nothing', () => {
  it('is refused by lint, pointing to "trong ngày" for the same day', async () => {
    const vi = await runCli(['lint', DAYS, HOURS]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(
      '8:13  lỗi  "0 ngày làm việc" là thời hạn bằng không: không hồ sơ nào giải quyết kịp. Nếu trả kết quả ngay trong ngày tiếp nhận, hãy ghi "trong ngày"',
    );
    expect(vi.stdout).toContain('8:13  lỗi  "0 giờ" là thời hạn bằng không');
    expect(vi.stdout).not.toContain('vượt thời hạn giải quyết 0');
    const en = await runCli(['lint', HOURS, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '"0 giờ" is a limit of nothing: no dossier can be settled in it. If the result is due the day the dossier is received, write "trong ngày"',
    );
  });

  it('is refused by lint for a case as for the whole procedure', async () => {
    const vi = await runCli(['lint', CASE]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(
      '8:13  lỗi  Thời hạn "0 ngày làm việc" của trường hợp "phải xác minh" là thời hạn bằng không: không hồ sơ nào thuộc trường hợp đó giải quyết kịp. Nếu trả kết quả ngay trong ngày tiếp nhận, hãy ghi "trường hợp phải xác minh thì trong ngày"; nếu không, hãy ghi thời hạn thật của trường hợp đó, ví dụ "trường hợp phải xác minh thì 10 ngày làm việc"  schema\n',
    );
    const en = await runCli(['lint', CASE, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '8:13  error  The limit "0 ngày làm việc" for the case "phải xác minh" is a limit of nothing: no dossier of that case can be settled in it. If its result is due the day the dossier is received, write "trường hợp phải xác minh thì trong ngày"; else write the case\'s real limit, e.g. "trường hợp phải xác minh thì 10 ngày làm việc"  schema\n',
    );
  });

  it('is refused by time, for a case as for the whole procedure, as lint refuses it', async () => {
    for (const file of [CASE, HOURS, DAYS]) {
      const result = await runCli(['time', file, '--lang', 'en']);
      expect(result.code, file).toBe(1);
      expect(result.stdout, file).toBe('');
      expect(result.stderr, file).toMatch(
        /^test\/fixtures\/zero-limit\/zero-\w+\.yaml\n {2}8:13 {2}error {2}.* is a limit of nothing: /u,
      );
      expect(result.stderr, file).toContain('✖ 1 problem (1 error, 0 warnings)\n');
    }
  });
});
