import { describe, expect, it } from 'vitest';
import { OntimeAggregator } from '../../src/ontime/aggregate.js';
import type { DossierResult } from '../../src/ontime/evaluate.js';
import type { MeasuredProcedure } from '../../src/ontime/procedures.js';
import { ontimePage, ontimeSummarySection } from '../../src/render/site/ontime-page.js';
import { summaryPage } from '../../src/render/site/summary-page.js';
import type { CatalogStats } from '../../src/catalog/stats.js';
import { at } from '../ontime/helpers.js';

const hostile = '<script>alert(1)</script>';
const procedure: MeasuredProcedure = {
  id: `QT-${hostile}`,
  title: hostile,
  field: hostile,
  agency: hostile,
  limit: { value: 1, unit: 'd' },
  channelLimits: {},
  steps: [{ id: 's', name: hostile, budget: { value: 1, unit: 'h' } }],
};

function report() {
  const aggregator = new OntimeAggregator({ asOf: at('2026-05-08 09:00'), hoursPerDay: 8 });
  const result: DossierResult = {
    file: `${hostile}.csv`,
    row: 2,
    id: hostile,
    procedure,
    received: at('2026-03-02 08:00'),
    start: at('2026-03-02 08:00'),
    limit: procedure.limit,
    due: at('2026-03-03 08:00'),
    vendorDisagrees: false,
    vendorLater: false,
    finished: at('2026-03-04 08:00'),
    status: 'late',
    usedMinutes: 960,
    pausedMinutes: 0,
    lateMinutes: 480,
    savedMinutes: -480,
    steps: [{ step: 's', usedMinutes: 120, overrunMinutes: 60 }],
  };
  aggregator.add(result);
  aggregator.addBad({ file: 'x.csv', row: 3, reason: 'unknown-procedure', value: hostile });
  return aggregator.report();
}

describe('the on-time page', () => {
  it('draws three inline SVG charts and escapes every text from an export', () => {
    const page = ontimePage(report(), 'en');
    expect(page.match(/<svg /g)).toHaveLength(3);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('On-time rate per month');
  });

  it('joins the site summary after its cards', () => {
    const stats: CatalogStats = {
      procedures: 1,
      byLevel: {},
      byAgency: {},
      byField: {},
      fourOnTheSpot: { count: 0, share: 0 },
      withinLimit: { within: 1, over: 0, notComparable: 0 },
      usageBands: {},
      leastSlack: [],
    } as unknown as CatalogStats;
    const page = summaryPage(
      stats,
      { lang: 'vi', hoursPerDay: 8 },
      undefined,
      ontimeSummarySection(report(), 'vi', 'ontime.html'),
    );
    expect(page.indexOf('<section id="ontime">')).toBeGreaterThan(page.indexOf('class="cards"'));
    expect(page).toContain('Tỷ lệ đúng hạn theo tháng');
    expect(page).not.toContain('<script>');
  });
});
