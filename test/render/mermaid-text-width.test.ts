import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH_CACHE } from '../../src/render/mermaid-text-width.js';

// The page-side cache's decisions, run in Node against a stand-in document: which sheets allow caching, and what the
// key tells apart. test/render/diagram-fast-path.test.ts checks the same code in Chromium against mermaid's own widths.

interface FakeElement {
  namespaceURI: string;
  localName: string;
  attributes: { name: string; value: string }[];
  parentElement: FakeElement | null;
  isConnected: boolean;
}

function element(localName: string, attributes: Record<string, string>, parentElement: FakeElement | null) {
  return {
    namespaceURI:
      localName === 'g' || localName === 'svg' ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml',
    localName,
    attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })),
    parentElement,
    isConnected: true,
  };
}

/** A label group in a chart, below an svg whose sheet is `css`, with the group's and its node's attributes. */
function label(node: Record<string, string>, group: Record<string, string> = { class: 'label' }): FakeElement {
  const html = element('html', {}, null);
  const svg = element('svg', { id: 'procmap-diagram', width: '100%' }, element('body', {}, html));
  return element('g', group, element('g', node, element('g', { class: 'nodes' }, svg)));
}

/** The cache as a page gets it, over style sheets of these texts; `measure` counts the widths really measured. */
function page(...sheets: string[]) {
  const styleSheets = sheets.map((css) => ({
    ownerNode: { localName: 'style', textContent: css },
    disabled: false,
    media: { length: 0 },
  }));
  const document = { styleSheets, adoptedStyleSheets: [] };
  const width = new Function('document', 'devicePixelRatio', `${TEXT_WIDTH_CACHE}; return __procmapTextWidth;`)(
    document,
    1,
  ) as (node: FakeElement, lineHeight: number, line: unknown, measure: () => number) => number;
  let measured = 0;
  const words = [{ content: 'Tiếp nhận hồ sơ', type: 'normal' }];
  return {
    styleSheets,
    measured: () => measured,
    width: (node: FakeElement, line: unknown = words) => width(node, 1.1, line, () => ++measured),
  };
}

const MERMAID_LIKE =
  '#procmap-diagram .node .label text{fill:#333}#procmap-diagram :root{--x:1}@keyframes dash{to{stroke-dashoffset:0}}#procmap-diagram [data-look="neo"].node rect{stroke:none}';

describe('the text width cache', () => {
  it('measures a line once for the same font, whatever the geometry and unmentioned ids around it', () => {
    const cache = page('html,body{margin:0}#host>svg{display:block}', MERMAID_LIKE);
    const first = cache.width(
      label({ class: 'node default step', id: 'procmap-diagram-flowchart-n0-1', transform: 'translate(1, 2)' }),
    );
    const again = cache.width(
      label({ class: 'node default step', id: 'procmap-diagram-flowchart-n7-9', transform: 'translate(5, 6)' }),
    );
    expect([first, again, cache.measured()]).toEqual([1, 1, 1]);
  });

  it('measures again when a class, a style, an attribute selectors read, a mentioned id, the words or their weight differ', () => {
    const cache = page(`${MERMAID_LIKE}#procmap-diagram #special text{font-size:20px}`);
    const base = { class: 'node default step', id: 'n1' };
    cache.width(label(base));
    cache.width(label({ ...base, class: 'node default gate' }));
    cache.width(label(base, { class: 'label', style: 'font-size:24px !important' }));
    cache.width(label({ ...base, 'data-look': 'neo' }));
    cache.width(label({ ...base, id: 'special' }));
    cache.width(label(base), [{ content: 'Trả kết quả', type: 'normal' }]);
    cache.width(label(base), [{ content: 'Tiếp nhận hồ sơ', type: 'strong' }]);
    expect(cache.measured()).toBe(7);
    cache.width(label(base));
    expect(cache.measured()).toBe(7);
  });

  it('tells sheets apart: the same element under another sheet is measured again', () => {
    const cache = page(MERMAID_LIKE);
    cache.width(label({ class: 'node big' }));
    cache.styleSheets[0]!.ownerNode.textContent = `${MERMAID_LIKE}.big text{font-size:18px}`;
    cache.width(label({ class: 'node big' }));
    expect(cache.measured()).toBe(2);
  });

  it.each([
    ['a sibling selector', '.node + .node text{font-size:20px}'],
    ['a general sibling selector', '.node ~ .node text{font-size:20px}'],
    ['a structural pseudo-class', '.label text:last-child{font-size:20px}'],
    ['a state', '.node:hover text{font-weight:bold}'],
    ['an attribute selector on geometry', '[transform] text{font-size:20px}'],
    ['an id attribute selector', '[id^="procmap"] text{font-size:20px}'],
    ['a media query', '@media (min-width: 100px){text{font-size:20px}}'],
    ['a web font', '@font-face{font-family:X;src:url(x.woff2)}'],
    ['viewport units', 'text{font-size:2vw}'],
    ['container units', 'text{font-size:2cqw}'],
  ])('measures every time under a sheet with %s', (_, css) => {
    const cache = page(MERMAID_LIKE, css);
    cache.width(label({ class: 'node' }));
    cache.width(label({ class: 'node' }));
    expect(cache.measured()).toBe(2);
  });

  it('measures every time outside the document', () => {
    const cache = page(MERMAID_LIKE);
    const detached = { ...label({ class: 'node' }), isConnected: false };
    cache.width(detached);
    cache.width(detached);
    expect(cache.measured()).toBe(2);
  });
});
