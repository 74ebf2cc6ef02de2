import { afterAll, describe, expect, it } from 'vitest';
import type { Procedure } from '../../../src/model/types.js';
import { renderHtml } from '../../../src/render/document/render.js';
import { readTemplates } from '../../../src/render/document/template-files.js';
import { compileTemplates } from '../../../src/render/document/templates.js';
import { analyseTime } from '../../../src/time/analyse.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { shareBrowser } from '../../helpers/shared-browser.js';

const shared = shareBrowser();
afterAll(() => shared.close());

describe("the ISO document's control header on a phone", () => {
  // The probe: a procedure whose code is 30 letters long, its ISO page at 320 px: the page was 343 px wide, as the
  // rule that lets the header's lines wrap below 800 px lost to the one that keeps them whole.
  it('wraps a long code at its hyphens rather than widen a 320 px page', async () => {
    const procedure = {
      id: 'QT-NHIEU-BUOC-VA-TEN-RAT-DAI-01',
      title: 'Cấp giấy chứng nhận',
      revision: 1,
      effective: '2026-01-05',
      time_limit: '5d',
      bodies: { MC: { name: 'Bộ phận Một cửa' } },
      steps: [{ id: 'a', name: 'Tiếp nhận', body: 'MC', duration: '4h' }],
    } as unknown as Procedure;
    const analysis = analyseTime(procedure, createCalendar({}));
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
    const html = renderHtml(compileTemplates(readTemplates()), { procedure, analysis, lang: 'vi' }, svg);
    const page = await (await shared.browser()).newPage();
    try {
      await page.setViewport({ width: 320, height: 800 });
      await page.setContent(html);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    } finally {
      await page.close();
    }
  });
});
