import { describe, expect, it } from 'vitest';
import { drawingOf, standaloneSvg } from '../../../src/render/site/standalone-svg.js';

const DRAWING = '<svg id="flowchart" width="955" xmlns="http://www.w3.org/2000/svg"><style>#flowchart{}</style><g/></svg>';

describe('the site’s flowchart.svg', () => {
  const named = { id: 'QT-HT-02', title: 'Đăng ký kết hôn <trong nước> & "lưu động"' };

  it('carries a title, its marks escaped, and the language of its words', () => {
    expect(standaloneSvg(DRAWING, named, 'vi')).toBe(
      '<svg xml:lang="vi" id="flowchart" width="955" xmlns="http://www.w3.org/2000/svg">' +
        '<title>QT-HT-02 — Đăng ký kết hôn &lt;trong nước&gt; &amp; &quot;lưu động&quot;</title>' +
        '<style>#flowchart{}</style><g/></svg>',
    );
  });

  it('gives the next build the drawing back as drawn, and is named once however often it is named', () => {
    const file = standaloneSvg(DRAWING, named, 'vi');
    expect(drawingOf(file)).toBe(DRAWING);
    expect(drawingOf(DRAWING)).toBe(DRAWING);
    expect(standaloneSvg(file, { id: 'QT-HT-02', title: 'Kết hôn' }, 'vi')).toBe(
      standaloneSvg(DRAWING, { id: 'QT-HT-02', title: 'Kết hôn' }, 'vi'),
    );
  });
});
