import { describe, expect, it } from 'vitest';
import { notFoundSitePage } from '../../../src/render/site/not-found-page.js';

describe('404.html', () => {
  it('says the page is not found, in Vietnamese, and links to the catalog at the site’s address', () => {
    const page = notFoundSitePage('vi', new URL('https://dichvucong.bacninh.gov.vn/thu-tuc/'));
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('<title>Không tìm thấy trang</title>');
    // Served at the missing address, any folder deep: a relative link would point inside that folder.
    expect(page).toContain(
      '<a href="https://dichvucong.bacninh.gov.vn/thu-tuc/index.html">Danh mục quy trình giải quyết thủ tục hành chính</a>',
    );
    expect(page).not.toMatch(/href="(?!https:)/);
  });

  it('says it in English with --lang en, the site’s own title named, the server’s root without a site address', () => {
    const page = notFoundSitePage('en', undefined, 'Thủ tục hành chính tỉnh Bắc Ninh');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>Page not found</title>');
    expect(page).toContain('<a href="/">Thủ tục hành chính tỉnh Bắc Ninh</a>');
    expect(page).toContain('<a href="/">Go to the catalog of administrative procedures</a>');
  });
});
