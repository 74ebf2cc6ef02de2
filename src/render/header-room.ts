/**
 * Runs in a page (passed to page.evaluate, so it uses nothing from outside): the height, in millimetres, that
 * `markup` takes laid out `widthMm` wide. In a shadow root, as in Chromium's header frame: the page's stylesheet
 * does not reach it. Images are decoded first, so that a logo counts.
 */
export async function markupHeightMm(markup: string, widthMm: number, pageHeightMm?: number): Promise<number> {
  const pxPerMm = 96 / 25.4;
  const host = document.createElement('div');
  host.style.cssText = `all: initial; position: absolute; left: 0; top: 0; width: ${widthMm}mm; visibility: hidden;`;
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  // A block formatting context of its own: the first and last children's margins count in its height. With
  // `pageHeightMm`, inside a container the page's size, as Chromium's header frame is: a template's container query
  // on the page's shape (a landscape page's margins) then applies.
  const block = `<div style="display: flow-root;">${markup}</div>`;
  root.innerHTML =
    pageHeightMm === undefined
      ? block
      : `<div style="container-type: size; width: ${widthMm}mm; height: ${pageHeightMm}mm;">${block}</div>`;
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  const measured = (pageHeightMm === undefined ? root.firstElementChild : root.firstElementChild!.firstElementChild)!;
  const height = measured.getBoundingClientRect().height / pxPerMm;
  host.remove();
  return height;
}

/** The width a PDF's page header is measured at: A4 upright, the narrowest paper procmap prints, where it wraps most. */
export const HEADER_WIDTH_MM = 210;

/**
 * A PDF page header's template as Chromium lays it out: in a flex row 0.4 cm below the paper's edge
 * (print_header_footer_template_page.html). Its height from the paper's edge is markupHeightMm of this.
 */
export function headerFrame(header: string): string {
  return `<div style="display: flex; padding-top: 0.4cm;">${header}</div>`;
}

/**
 * Runs in the page about to be printed: raises the @page top margins to hold a header needing `topMm`. A long title or
 * issuer wraps the header to more lines than the stylesheet's fixed margin allows, and Chromium would draw it over the
 * page's first lines. A page whose stylesheet margin stands above the upright page's (a landscape page, whose header
 * stands lower, 20 mm from the bound edge) keeps that much more, or, with `landscapeTopMm` (its header measured on the
 * landscape page), a landscape page gets that.
 */
export function raiseTopMargins(topMm: number, landscapeTopMm?: number): void {
  const pxPerMm = 96 / 25.4;
  const mmPer: Record<string, number> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72, pc: 25.4 / 6, px: 1 / pxPerMm };
  const toMm = (value: string): number => {
    const written = /^([\d.]+)([a-z]+)$/.exec(value);
    const unit = written && mmPer[written[2]!];
    return written && unit ? Number(written[1]) * unit : 0;
  };
  const rules: CSSPageRule[] = [];
  for (const sheet of document.styleSheets) {
    try {
      for (const rule of sheet.cssRules) if (rule instanceof CSSPageRule && rule.style.marginTop) rules.push(rule);
    } catch {
      // A stylesheet from elsewhere (a template's <link>, which the page's policy blocks): no rules to read or raise.
    }
  }
  // The upright page's margin, which the header was measured against: the last unnamed @page rule's, as it wins.
  const unnamed = rules.filter((rule) => rule.selectorText === '');
  const upright = unnamed.length > 0 ? toMm(unnamed[unnamed.length - 1]!.style.marginTop) : 0;
  // The named pages turned landscape (`size: A4 landscape`): with `landscapeTopMm`, their header was measured as it
  // prints there, across the wider page, where a long title wraps over fewer lines.
  const turned = new Set(
    [...document.styleSheets].flatMap((sheet) => {
      try {
        return [...sheet.cssRules].flatMap((rule) =>
          rule instanceof CSSPageRule && /landscape/.test(rule.style.getPropertyValue('size'))
            ? [rule.selectorText]
            : [],
        );
      } catch {
        return [];
      }
    }),
  );
  for (const rule of rules) {
    const currentMm = toMm(rule.style.marginTop);
    const wanted =
      landscapeTopMm !== undefined && rule.selectorText !== '' && turned.has(rule.selectorText)
        ? landscapeTopMm
        : topMm + Math.max(0, currentMm - upright);
    if (wanted > currentMm) rule.style.marginTop = `${wanted.toFixed(1)}mm`;
  }
}
