import { describe, expect, it } from 'vitest';
import { folderLocation } from '../../src/node/folder-redirect.js';

const at = (target: string) => folderLocation(new URL(`http://localhost${target}`));

describe('folderLocation', () => {
  it('adds the final slash to a folder, keeping the query string and the encoding', () => {
    expect(at('/p/QT-HT-02')).toBe('/p/QT-HT-02/');
    expect(at('/p/QT-HT-02?lang=vi&x=1')).toBe('/p/QT-HT-02/?lang=vi&x=1');
    expect(at('/p/Q%C3%9D%20T')).toBe('/p/Q%C3%9D%20T/');
  });

  it('leaves a path that already ends with a slash alone', () => {
    expect(at('/')).toBeUndefined();
    expect(at('/p/QT-HT-02/')).toBeUndefined();
    expect(at('/p/QT-HT-02/?x=1')).toBeUndefined();
  });

  it('never answers with an address on another host', () => {
    expect(at('//evil.example')).toBe('/evil.example/');
    expect(at('///evil.example/p')).toBe('/evil.example/p/');
  });
});
