import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/diff-working-day', import.meta.url));

interface JsonChange {
  kind: string;
  level: string;
  reason: string;
  delta: { hours: number; days: number } | null;
}

async function changes(base: string, revision: string): Promise<string[]> {
  const result = await runCli(['diff', '-f', 'json', base, revision], { cwd: FIXTURES });
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as { changes: JsonChange[] };
  return report.changes.map((c) => `${c.level} ${c.kind} ${c.reason}`);
}

// b and c have a configuration of 7-hour days, where a has the default 8; c also edits the purpose.
describe('procmap diff: a shorter working day', () => {
  it('says what it does to a procedure whether or not the file changed too', async () => {
    const calendarOnly = await changes('cal/a', 'cal/b');
    expect(calendarOnly).toEqual(['warning total-changed longer-in-days']);
    const withEdit = await changes('cal/a', 'cal/c');
    expect(withEdit.filter((c) => c.includes('total-changed'))).toEqual(calendarOnly);
    const text = await runCli(['diff', 'cal/a', 'cal/b'], { cwd: FIXTURES });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Ngày làm việc: 8 giờ → 7 giờ (mỗi bên tính theo ngày làm việc của mình)\n');
    expect(text.stdout).toContain(
      'Tổng thời gian (đường găng): 4 ngày làm việc (32 giờ) → 4,14 ngày làm việc (29 giờ)  +0,14 ngày làm việc, -3 giờ làm việc',
    );
  });

  it('counts an overrun the shorter day alone causes once, whatever else changed in the file', async () => {
    const calendarOnly = await changes('dup/a', 'dup/b');
    const withEdit = await changes('dup/a', 'dup/c');
    // Against a same-day limit the total is in hours, the same on both sides: no change of its own.
    expect(calendarOnly).toEqual(['breaking calendar-changed over-limit']);
    expect(withEdit.filter((c) => c.startsWith('breaking') || c.includes('total'))).toEqual(calendarOnly);
    const gate = await runCli(['diff', '--fail-on', 'breaking', 'dup/a', 'dup/c'], { cwd: FIXTURES });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain('1 nghiêm trọng');
  });

  it('gives a total longer on days of another length in days apart, with the hours beside', async () => {
    const vi = await runCli(['diff', 'tot/a', 'tot/b'], { cwd: FIXTURES });
    expect(vi.stdout).toContain(
      'Tổng thời gian (đường găng): 5 ngày làm việc (40 giờ) → 6,14 ngày làm việc (43 giờ)  +1,14 ngày làm việc (+3 giờ)  dài hơn\n',
    );
    const en = await runCli(['diff', '--lang', 'en', 'tot/a', 'tot/b'], { cwd: FIXTURES });
    expect(en.stdout).toMatch(
      /: 5 working days \(40 h\) → 6\.14 working days \(43 h\) {2}\+1\.14 working days \(\+3 h\)/,
    );
  });
});
