import { describe, expect, it } from 'vitest';
import { renderCitizenPage } from '../../../src/render/site/citizen-page.js';
import { analyseTime } from '../../../src/time/analyse.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { dayFromParts } from '../../../src/time/moment.js';
import { siteFixtures } from './site-fixtures.js';

const calendar = createCalendar({});

/** The citizen page of a fixture, in a language. */
function page(name: string, lang: 'vi' | 'en' = 'vi'): string {
  const { procedure } = siteFixtures(name)[0]!;
  const analysis = analyseTime(procedure, calendar);
  return renderCitizenPage({ procedure, analysis, calendar, lang, today: dayFromParts(2026, 12, 5)!, base: undefined, pdf: false });
}

describe('the citizen page: a dossier the procedure does not give', () => {
  it('is left out, never told as "no papers needed", as the document prints it "not laid down"', () => {
    for (const name of ['no-dossier.yaml', 'dossier-unset.yaml']) {
      for (const lang of ['vi', 'en'] as const) {
        const html = page(name, lang);
        expect(html, `${name} ${lang}`).not.toContain('id="dossier"');
        expect(html, `${name} ${lang}`).not.toMatch(/không yêu cầu giấy tờ|No documents are required/);
        // The rest of the page is there: the time limit and the fee the procedure gives.
        expect(html, `${name} ${lang}`).toContain('id="time"');
        expect(html, `${name} ${lang}`).toContain('id="fee"');
      }
    }
  });

  it('says no papers are needed only when the procedure says so (dossier: Không)', () => {
    expect(page('dossier-none.yaml')).toContain(
      '<h2 id="dossier">Hồ sơ cần chuẩn bị</h2><p>Thủ tục không yêu cầu giấy tờ kèm theo.</p>',
    );
    expect(page('dossier-none.yaml', 'en')).toContain('<h2 id="dossier">Documents to bring</h2><p>No documents are required.</p>');
  });
});
