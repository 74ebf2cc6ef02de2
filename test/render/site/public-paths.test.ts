import { describe, expect, it } from 'vitest';
import { fromCatalog } from '../../../src/render/site/public-paths.js';

describe('fromCatalog', () => {
  const name = fromCatalog('/home/lan/ho-so', '/home/lan/quy-trinh');

  it('names a procedure file from the catalog’s folder, its sub-folders kept', () => {
    expect(name('/home/lan/quy-trinh/tinh/ket-hon.yaml')).toBe('tinh/ket-hon.yaml');
    expect(name('../quy-trinh/ket-hon.yaml')).toBe('ket-hon.yaml');
  });

  it('names a file outside the catalog’s folder by its name alone, never its folders', () => {
    expect(name('/home/lan/khac/ket-hon.yaml')).toBe('ket-hon.yaml');
    expect(fromCatalog('/home/lan', 'quy-trinh')('/home/lan/quy-trinh-cu/a.yaml')).toBe('a.yaml');
  });
});
