/**
 * Runs in the page about to be printed (passed to page.evaluate, so it uses nothing from outside): measures the
 * page header Chromium will draw from `header` and raises every @page top margin that would not hold it with
 * `gapMm` below. A long title or issuer wraps the header to more lines than the stylesheet's fixed margin allows,
 * and Chromium would draw it over the page's first lines.
 */
export async function fitTopMarginToHeader(header: string, gapMm: number): Promise<void> {
  const pxPerMm = 96 / 25.4;
  const mmPer: Record<string, number> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72, pc: 25.4 / 6, px: 1 / pxPerMm };
  const host = document.createElement('div');
  // A4 portrait, the narrowest paper procmap prints: on wider paper the header wraps less and needs less room.
  host.style.cssText = 'all: initial; position: absolute; left: 0; top: 0; width: 210mm; visibility: hidden;';
  document.body.append(host);
  // In a shadow root, as in Chromium's header frame, the document's stylesheet does not reach the header's markup.
  const root = host.attachShadow({ mode: 'open' });
  // Chromium lays the template out in a flex row 0.4 cm below the paper's edge (print_header_footer_template_page.html).
  root.innerHTML = `<div style="display: flex; padding-top: 0.4cm;">${header}</div>`;
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  const frame = root.firstElementChild as HTMLElement;
  const neededMm = frame.getBoundingClientRect().height / pxPerMm + gapMm;
  host.remove();
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      // A stylesheet from elsewhere (a template's <link>, which the page's policy blocks): no rules to read or raise.
      continue;
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSPageRule) || !rule.style.marginTop) continue;
      const written = /^([\d.]+)([a-z]+)$/.exec(rule.style.marginTop);
      const unit = written && mmPer[written[2]!];
      const currentMm = written && unit ? Number(written[1]) * unit : 0;
      if (neededMm > currentMm) rule.style.marginTop = `${neededMm.toFixed(1)}mm`;
    }
  }
}
