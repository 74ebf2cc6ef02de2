import { describe, expect, it } from 'vitest';
import { formAddress, formLink, withFormLink, withWebLinks } from '../../../src/render/site/web-links.js';

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
      '<a href="https://example.gov.vn/m%E1%BA%ABu%20t%E1%BB%9D%20khai.docx">mẫu tờ khai.docx</a>',
    );
    expect(form('  http://a.vn/bieu mau/Mẫu 01 TK.PDF ')).toBe('<a href="http://a.vn/bieu%20mau/M%E1%BA%ABu%2001%20TK.PDF">Mẫu 01 TK.PDF</a>');
    expect(formAddress('https://example.gov.vn/mẫu tờ khai.docx')).toBe('https://example.gov.vn/m%E1%BA%ABu%20t%E1%BB%9D%20khai.docx');
  });

  it('links only the address when the words after it are not part of it', () => {
    // No file ending: words, not a file name.
    expect(form('https://a.vn/mau-01 bản giấy')).toBe('<a href="https://a.vn/mau-01">a.vn</a> bản giấy');
    // The address already ends in a file name.
    expect(form('https://a.vn/mau-01.docx hoặc mau-01.pdf')).toBe('<a href="https://a.vn/mau-01.docx">mau-01.docx</a> hoặc mau-01.pdf');
    // Another address follows.
    expect(form('https://a.vn/mau 01 hoặc https://b.vn/mau.pdf')).toBe(
      '<a href="https://a.vn/mau">a.vn</a> 01 hoặc <a href="https://b.vn/mau.pdf">mau.pdf</a>',
    );
    // Words before it: a sentence naming an address.
    expect(form('Tải tại https://a.vn/mẫu tờ khai.docx')).toBe('Tải tại <a href="https://a.vn/mẫu">a.vn</a> tờ khai.docx');
    expect(formAddress('https://a.vn/mau-01 bản giấy')).toBeUndefined();
    expect(formAddress('javascript:alert(1) x.docx')).toBeUndefined();
    expect(formAddress('https://exa mple.vn/x.docx')).toBeUndefined();
    expect(form('https://exa mple.vn/x.docx')).toBe('<a href="https://exa">exa</a> mple.vn/x.docx');
  });

  it('escapes what it links', () => {
    expect(form('https://a.vn/"><b> x.pdf')).toBe('<a href="https://a.vn/%22%3E%3Cb%3E%20x.pdf">&quot;&gt;&lt;b&gt; x.pdf</a>');
  });
});

describe('formLink', () => {
  const paper = 'Tờ khai đăng ký kết hôn';

  it('says a form given as an address by its file name, decoded, never by the long address', () => {
    expect(formLink('https://dichvucong.gov.vn/p/home/tai-lieu/2025/To-khai-dang-ky.docx', paper)).toEqual({
      text: 'To-khai-dang-ky.docx',
      href: 'https://dichvucong.gov.vn/p/home/tai-lieu/2025/To-khai-dang-ky.docx',
    });
    expect(formLink('https://a.vn/bieu-mau/T%E1%BB%9D%20khai%20k%E1%BA%BFt%20h%C3%B4n.pdf?v=2', paper)?.text).toBe(
      'Tờ khai kết hôn.pdf',
    );
  });

  it('says it by the form’s name written before the address, as import writes a record’s form', () => {
    expect(formLink('Mẫu 05.docx (https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=def)', paper)).toEqual({
      text: 'Mẫu 05.docx',
      href: 'https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=def',
    });
    expect(formLink('Mẫu TP/HT-2015-TKKH: https://a.vn/x.jsp?id=1', paper)?.text).toBe('Mẫu TP/HT-2015-TKKH');
  });

  it('says it by the paper it is for where the address names no document', () => {
    expect(formLink('https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=abc', paper)).toEqual({
      text: paper,
      href: 'https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=abc',
    });
  });

  it('is no link for a form in words, or words around an address', () => {
    expect(formLink('Mẫu 01', paper)).toBeUndefined();
    expect(formLink('Tải tại https://a.vn/x.docx rồi điền', paper)).toBeUndefined();
    expect(formLink('javascript:alert(1)', paper)).toBeUndefined();
  });
});
