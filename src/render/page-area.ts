/** The upright page's text area, in millimetres, as the stylesheet gives it (paper less margins). */
export interface PageArea {
  width: number;
  height: number;
}

/**
 * Runs in the page about to be printed (passed to page.evaluate, so it uses nothing from outside): the text area of
 * the upright page from the stylesheet's unnamed @page rules, the last one winning (raiseTopMargins raises them), A4
 * upright unless they say otherwise. Measured once per print for the layouts that need it (cover-room.ts,
 * chart-sheet-room.ts).
 */
export function uprightPageArea(): PageArea {
  const pxPerMm = 96 / 25.4;
  const mmPer: Record<string, number> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72, pc: 25.4 / 6, px: 1 / pxPerMm };
  const toMm = (value: string): number => {
    const written = /^([\d.]+)([a-z]+)$/.exec(value.trim());
    const unit = written && mmPer[written[2]!];
    return written && unit ? Number(written[1]) * unit : 0;
  };
  let paper = { width: 210, height: 297 };
  const margins = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const styleSheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = styleSheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSPageRule) || rule.selectorText !== '') continue;
      const size = rule.style.getPropertyValue('size').toLowerCase();
      if (size.includes('a3')) paper = { width: 297, height: 420 };
      if (size.includes('landscape')) paper = { width: paper.height, height: paper.width };
      for (const side of ['top', 'right', 'bottom', 'left'] as const) {
        const value = rule.style.getPropertyValue(`margin-${side}`);
        if (value) margins[side] = toMm(value);
      }
    }
  }
  return { width: paper.width - margins.left - margins.right, height: paper.height - margins.top - margins.bottom };
}
