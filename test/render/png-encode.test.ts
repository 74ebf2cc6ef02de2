import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeRgbaPng } from '../../src/render/png-decode.js';
import { encodePng, type RgbaPixels } from '../../src/render/png-encode.js';

/** `width` × `height` pixels, each the colour `colour(x, y)` gives as [r, g, b, a]. */
function pixels(width: number, height: number, colour: (x: number, y: number) => number[]): RgbaPixels {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(colour(x, y), (y * width + x) * 4);
  return { width, height, data };
}

const colourType = (png: Buffer) => png[25];
const read = (png: Buffer) => PNG.sync.read(png);

describe('encodePng', () => {
  it('writes an opaque picture with a palette, its pixels exactly when it has 256 colours or fewer', () => {
    const picture = pixels(40, 30, (x, y) => (x < 20 ? [255, 255, 255, 255] : [x * 6, (y % 4) * 60, 200, 255]));
    const png = encodePng(picture);
    expect(colourType(png)).toBe(3);
    const back = read(png);
    expect([back.width, back.height]).toEqual([40, 30]);
    expect(Buffer.from(back.data)).toEqual(Buffer.from(picture.data));
    // The same pixels, the same bytes.
    expect(encodePng(picture)).toEqual(png);
  });

  it('keeps the 256 commonest colours of a picture with more, and draws each rarer one in the nearest of them', () => {
    // 256 colours on two pixels each (grey levels), then 44 more on one pixel each, each one off a grey.
    const picture = pixels(300, 2, (x, y) =>
      x < 256 ? [x, x, x, 255] : y === 0 ? [x - 256 + 1, x - 256, x - 256, 255] : [x - 256, x - 256, x - 256, 255],
    );
    const back = read(encodePng(picture));
    for (let x = 0; x < 256; x++) expect([...back.data.subarray(x * 4, x * 4 + 4)]).toEqual([x, x, x, 255]);
    // (1, 0, 0) is as near black as (1, 1, 1); the tie goes to the commoner, black.
    expect([...back.data.subarray(256 * 4, 256 * 4 + 4)]).toEqual([0, 0, 0, 255]);
    expect([...back.data.subarray(300 * 4 + 259 * 4, 300 * 4 + 260 * 4)]).toEqual([3, 3, 3, 255]);
  });

  it('writes a picture with transparent pixels (a logo) RGBA, its pixels exactly', () => {
    const picture = pixels(17, 9, (x, y) => [x * 15, y * 28, (x * y) % 256, x === 3 ? 0 : 128 + y]);
    const png = encodePng(picture);
    expect(colourType(png)).toBe(6);
    expect(Buffer.from(read(png).data)).toEqual(Buffer.from(picture.data));
  });
});

describe('decodeRgbaPng', () => {
  const picture = pixels(23, 11, (x, y) => [(x * 37) % 256, (y * 53) % 256, (x * y * 7) % 256, (x + y) % 3 ? 255 : 90]);

  it.each([0, 1, 2, 3, 4, -1])('reads the pixels of an RGBA PNG whose lines use filter %i', (filterType) => {
    const png = new PNG({ width: 23, height: 11 });
    png.data.set(picture.data);
    const bytes = PNG.sync.write(png, { colorType: 6, filterType });
    const back = decodeRgbaPng(bytes);
    expect([back.width, back.height]).toEqual([23, 11]);
    expect(Buffer.from(back.data)).toEqual(Buffer.from(picture.data));
  });

  it('refuses a PNG that is not 8-bit RGBA, which a canvas never writes', () => {
    expect(() => decodeRgbaPng(encodePng(pixels(2, 2, () => [0, 0, 0, 255])))).toThrow('not an 8-bit RGBA PNG');
  });
});
