import { describe, expect, it } from 'vitest';
import { CATALOG_FOLDER, notFoundSitePage } from '../../../src/render/site/not-found-page.js';

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

  it('says it in English with --lang en, the site’s own title named, its own index without a site address', () => {
    const page = notFoundSitePage('en', undefined, 'Thủ tục hành chính tỉnh Bắc Ninh');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>Page not found</title>');
    // Before: href="/", the server's root, not the catalog of a site under a sub-path or opened from disk.
    expect(page).toContain('<a href="index.html">Thủ tục hành chính tỉnh Bắc Ninh</a>');
    expect(page).toContain('<a href="index.html">Go to the catalog of administrative procedures</a>');
    expect(page).not.toContain('href="/"');
  });

  it('links, when served at a missing address, the index of the site the address is in', () => {
    const catalogFolder = new Function(`${CATALOG_FOLDER}; return catalogFolder;`)() as (path: string) => string;
    // A repealed procedure's page, from a citizen's old link or a printed QR code.
    expect(catalogFolder('/thutuc/p/QT-HT-99/citizen.html')).toBe('/thutuc/');
    expect(catalogFolder('/thutuc/p/QT-HT-99/')).toBe('/thutuc/');
    expect(catalogFolder('/thutuc/p/QT-HT-99')).toBe('/thutuc/');
    // A mistyped page of the site's top folder.
    expect(catalogFolder('/thutuc/indx.html')).toBe('/thutuc/');
    expect(catalogFolder('/p/QT-HT-99/citizen.html')).toBe('/');
    expect(catalogFolder('/khong-co.html')).toBe('/');
    // A folder whose name only starts with p is not the procedures' folder.
    expect(catalogFolder('/thutuc/phuong/x.html')).toBe('/thutuc/phuong/');
  });

  it('runs no script when the site address gives the links', () => {
    expect(notFoundSitePage('vi', new URL('https://x.gov.vn/thutuc/'))).not.toContain('<script');
  });
});
