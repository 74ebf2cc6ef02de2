import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/date-receipt/catalog/EFF.yaml takes effect on 01/07/2026; E1 and E2 were received before it,
// under the earlier rules, E3 on that day.
const DIR = 'test/fixtures/ontime/date-receipt';
const EFF = `${DIR}/catalog/EFF.yaml`;

describe('a dossier received before its procedure took effect', () => {
  it('is warned of by time --received, in text and JSON', async () => {
    const vi = await runCli(['time', EFF, '--received', '15/06/2026 09:00']);
    expect(vi).toMatchObject({ code: 0, stderr: '' });
    expect(vi.stdout).toContain(
      '\n  Tiếp nhận trước ngày quy trình này có hiệu lực (T4 01/07/2026): hồ sơ được giải quyết theo quy định trước đó',
    );
    const en = await runCli(['time', EFF, '--received', '15/06/2026 09:00', '--lang', 'en']);
    expect(en.stdout).toContain('Received before this process took effect (Wed 01/07/2026)');
    const json = JSON.parse((await runCli(['time', EFF, '--received', '15/06/2026 09:00', '--format', 'json'])).stdout);
    expect(json.procedures[0].received_before_effective).toBe('2026-07-01');
    const onTheDay = await runCli(['time', EFF, '--received', '01/07/2026 09:00']);
    expect(onTheDay.stdout).not.toContain('trước ngày quy trình này có hiệu lực');
  });

  it('is counted and said once per procedure by ontime', async () => {
    const run = ['ontime', `${DIR}/effective.csv`, '--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026'];
    const vi = await runCli([...run, '--lang', 'vi']);
    expect(vi).toMatchObject({ code: 0, stderr: '' });
    expect(vi.stdout).toContain(
      '\n2 hồ sơ của thủ tục EFF (Thử hiệu lực) tiếp nhận trước ngày quy trình có hiệu lực (T4 01/07/2026): các hồ sơ này được giải quyết theo quy định trước đó',
    );
    const json = JSON.parse((await runCli([...run, '--format', 'json'])).stdout);
    expect(json.before_effective).toEqual([{ procedure: 'EFF', effective: '2026-07-01', dossiers: 2 }]);
  });
});
