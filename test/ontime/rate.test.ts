import { describe, expect, it } from 'vitest';
import { formatRate } from '../../src/format/ontime-labels.js';
import { ontimeJson } from '../../src/format/ontime-json.js';
import { onTimeRate } from '../../src/ontime/rate.js';
import { ontimePage } from '../../src/render/site/ontime-page.js';
import { measureCsv } from './helpers.js';

/** An export of `early` dossiers settled a day early and `late` ones settled a week late, of one procedure. */
function exportOf(early: number, late: number): string {
  const rows = ['Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả'];
  for (let i = 0; i < early; i++) rows.push(`E${i},QT-HT-02,02/03/2026 08:00,03/03/2026 09:00`);
  for (let i = 0; i < late; i++) rows.push(`L${i},QT-HT-02,02/03/2026 08:00,16/03/2026 09:00`);
  return `${rows.join('\n')}\n`;
}

describe('the on-time rate as shown', () => {
  it('is never rounded up across the target, or up to 100 % while a dossier is late', () => {
    expect(onTimeRate(1899, 1999)).toBe(0.9499);
    expect(onTimeRate(20000, 20001)).toBe(0.9999);
    expect(onTimeRate(20001, 20001)).toBe(1);
    // Elsewhere rounded as usual: 2 of 3 is 66,67 %, 19 of 20 exactly the target.
    expect(onTimeRate(2, 3)).toBe(0.6667);
    expect(onTimeRate(19, 20)).toBe(0.95);
  });

  it('says 94,99 % in red for 1,899 of 1,999 in every format, and 99,99 % for one late of 20,001', async () => {
    const below = (await measureCsv(exportOf(1899, 100), '2026-03-31 17:00')).report;
    expect(below.totals.rate).toBe(0.9499);
    expect(formatRate(below.totals.rate, 'vi')).toBe('94,99%');
    expect(ontimeJson(below)).toContain('"rate": 0.9499,');
    expect(ontimePage(below, 'vi')).toContain('<div class="value over">94,99%</div>');
    const oneLate = (await measureCsv(exportOf(20000, 1), '2026-03-31 17:00')).report;
    expect(oneLate.totals.rate).toBe(0.9999);
    expect(formatRate(oneLate.totals.rate, 'vi')).toBe('99,99%');
    expect(ontimePage(oneLate, 'vi')).not.toContain('>100%<');
    expect(ontimePage(oneLate, 'vi')).toContain('<div class="value within">99,99%</div>');
  }, 60_000);
});
