import { afterAll, describe, expect, it } from 'vitest';
import { withLiveReload } from '../../src/render/site/live-reload.js';
import { shareBrowser } from '../helpers/shared-browser.js';

const shared = shareBrowser();
afterAll(() => shared.close());

describe("serve's problems panel in the browser", () => {
  // The probe: `procmap serve` on a catalog with a problem, the page at 390 px. The panel's generic monospace is
  // DejaVu Sans Mono on Debian, which has no glyph for a letter with two marks: "hồ sơ", "vấn đề" were drawn with the
  // tone beside the letter ("hô`sơ", "vâń đề`"), the marks taken from another font.
  it('draws every Vietnamese letter of a problem with one fixed-width font', async () => {
    const browser = await shared.browser();
    const page = await browser.newPage();
    try {
      // A desktop browser on Debian resolves the generic monospace as fontconfig does, to DejaVu Sans Mono; the
      // headless shell the tests use picks another, so the test sets the desktop's.
      const cdp = await page.createCDPSession();
      await cdp.send('Page.setFontFamilies', { fontFamilies: { fixed: 'DejaVu Sans Mono' } });
      const problems =
        'p/a.yaml\n  9:5  lỗi  Phụ thuộc ngày tiếp nhận: hồ sơ tiếp nhận vào ngày nghỉ, muộn 7 ngày\n\n✖ 1 vấn đề';
      await page.setContent(
        withLiveReload('<!doctype html><html lang="vi"><body><p>x</p></body></html>', problems, 'n'),
      );
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#procmap-problems' });
      await cdp.send('CSS.enable');
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const letters = fonts.filter((font) => font.glyphCount > 1).map((font) => font.familyName);
      expect(letters).not.toContain('DejaVu Sans Mono');
      // The letters, marks and all, from one font (the ✖ may come from another).
      expect(letters.length).toBe(1);
    } finally {
      await page.close();
    }
  });
});
