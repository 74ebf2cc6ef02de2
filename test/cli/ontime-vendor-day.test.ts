import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/vendor-same-day.csv: four vendor appointments at another hour of procmap's due day (17:00 against
// 16:00 and 09:00, 23:59 against 17:00 for 30 calendar days, 08:00 against 09:00), one a day earlier, one a day later.
const RUN = [
  'ontime',
  'test/fixtures/ontime/vendor-same-day.csv',
  '--catalog',
  'test/fixtures/ontime/catalog',
  '--as-of',
  '2026-05-08 09:00',
];

describe('procmap ontime, a vendor appointment on the due day of a limit in whole days', () => {
  it('is no disagreement in the text, JSON and HTML reports; another day still is', async () => {
    const text = await runCli([...RUN, '--lang', 'vi']);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'Ngày hẹn trả của phần mềm đã so: 6; hẹn trả trên phần mềm khác hạn theo quy định: 2 (phần mềm muộn hơn 1, phần mềm sớm hơn 1)\n',
    );
    expect(text.stdout.match(/≠/g)).toHaveLength(2);
    expect(text.stdout).toContain('V-5 QT-HT-02 · đúng hạn');
    expect(text.stdout).not.toContain('V-1 ');

    const json = await runCli([...RUN, '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(report.vendor).toEqual({ compared: 6, disagreements: 2, vendorLater: 1, vendorEarlier: 1 });
    expect(report.dossiers.map((d: { id: string; vendorDisagrees: boolean }) => [d.id, d.vendorDisagrees])).toEqual([
      ['V-5', true],
      ['V-6', true],
    ]);

    const html = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'ontime.html');
    const page = await runCli([...RUN, '--format', 'html', '-o', html, '--lang', 'vi']);
    expect(page.code).toBe(0);
    const marked = [...readFileSync(html, 'utf8').matchAll(/<td class="over"[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(marked).toEqual(['T5 26/02/2026 17:00', 'T2 02/03/2026 08:00']);
  });
});
