import { describe, expect, it } from 'vitest';
import { formAddress, withFormLink, withWebLinks } from '../../../src/render/site/web-links.js';

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

describe('withFormLink', () => {
  const form = (text: string) => withFormLink(text).value;

  it('links a form address with spaces in its file name whole, percent-encoded as a browser does', () => {
    expect(form('https://example.gov.vn/mẫu tờ khai.docx')).toBe(
      '<a href="https://example.gov.vn/m%E1%BA%ABu%20t%E1%BB%9D%20khai.docx">https://example.gov.vn/mẫu tờ khai.docx</a>',
    );
    expect(form('  http://a.vn/bieu mau/Mẫu 01 TK.PDF ')).toBe('<a href="http://a.vn/bieu%20mau/M%E1%BA%ABu%2001%20TK.PDF">http://a.vn/bieu mau/Mẫu 01 TK.PDF</a>');
    expect(formAddress('https://example.gov.vn/mẫu tờ khai.docx')).toBe('https://example.gov.vn/m%E1%BA%ABu%20t%E1%BB%9D%20khai.docx');
  });

  it('links only the address when the words after it are not part of it', () => {
    // No file ending: words, not a file name.
    expect(form('https://a.vn/mau-01 bản giấy')).toBe('<a href="https://a.vn/mau-01">https://a.vn/mau-01</a> bản giấy');
    // The address already ends in a file name.
    expect(form('https://a.vn/mau-01.docx hoặc mau-01.pdf')).toBe('<a href="https://a.vn/mau-01.docx">https://a.vn/mau-01.docx</a> hoặc mau-01.pdf');
    // Another address follows.
    expect(form('https://a.vn/mau 01 hoặc https://b.vn/mau.pdf')).toBe(
      '<a href="https://a.vn/mau">https://a.vn/mau</a> 01 hoặc <a href="https://b.vn/mau.pdf">https://b.vn/mau.pdf</a>',
    );
    // Words before it: a sentence naming an address.
    expect(form('Tải tại https://a.vn/mẫu tờ khai.docx')).toBe('Tải tại <a href="https://a.vn/mẫu">https://a.vn/mẫu</a> tờ khai.docx');
    expect(formAddress('https://a.vn/mau-01 bản giấy')).toBeUndefined();
    expect(formAddress('javascript:alert(1) x.docx')).toBeUndefined();
    expect(formAddress('https://exa mple.vn/x.docx')).toBeUndefined();
    expect(form('https://exa mple.vn/x.docx')).toBe('<a href="https://exa">https://exa</a> mple.vn/x.docx');
  });

  it('escapes what it links', () => {
    expect(form('https://a.vn/"><b> x.pdf')).toBe('<a href="https://a.vn/%22%3E%3Cb%3E%20x.pdf">https://a.vn/&quot;&gt;&lt;b&gt; x.pdf</a>');
  });
});
