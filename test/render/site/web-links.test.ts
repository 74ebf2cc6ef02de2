import { describe, expect, it } from 'vitest';
import { withWebLinks } from '../../../src/render/site/web-links.js';

const links = (text: string) => withWebLinks(text).value;

describe('withWebLinks', () => {
  it('links the web addresses in a text, leaving the sentence around them', () => {
    expect(links('Nộp qua Cổng Dịch vụ công quốc gia https://dichvucong.gov.vn')).toBe(
      'Nộp qua Cổng Dịch vụ công quốc gia <a href="https://dichvucong.gov.vn">https://dichvucong.gov.vn</a>',
    );
    expect(links('Xem http://a.vn/x?y=1&z=2, hoặc (tại https://b.vn/p).')).toBe(
      'Xem <a href="http://a.vn/x?y=1&amp;z=2">http://a.vn/x?y=1&amp;z=2</a>, hoặc (tại <a href="https://b.vn/p">https://b.vn/p</a>).',
    );
    expect(links('https://vi.wikipedia.org/wiki/A_(B)')).toBe(
      '<a href="https://vi.wikipedia.org/wiki/A_(B)">https://vi.wikipedia.org/wiki/A_(B)</a>',
    );
  });

  it('links nothing but http and https, and escapes every other character', () => {
    expect(links('javascript:alert(1) <b>x</b>')).toBe('javascript:alert(1) &lt;b&gt;x&lt;/b&gt;');
    expect(links('ftp://a.vn data:text/html,x')).toBe('ftp://a.vn data:text/html,x');
    expect(links('https://a.vn/"><script>')).toBe('<a href="https://a.vn/">https://a.vn/</a>&quot;&gt;&lt;script&gt;');
    expect(links('https:// nothing')).toBe('https:// nothing');
  });
});
