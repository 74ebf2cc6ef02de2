import { inflateSync } from 'node:zlib';
import type { RgbaPixels } from './png-encode.js';

/**
 * The pixels of a PNG as a canvas writes it (8-bit RGBA, not interlaced): Chrome's canvas gives its picture only so,
 * and that PNG, some hundred kilobytes, crosses from the browser far faster than the raw pixels (tens of megabytes).
 */
export function decodeRgbaPng(png: Buffer): RgbaPixels {
  let [width, height] = [0, 0];
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      // Bit depth 8, colour type 6 (RGBA), interlace 0: what Chrome writes; anything else is not its canvas's.
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('not an 8-bit RGBA PNG');
    } else if (type === 'IDAT') idat.push(body);
    at += length + 12;
  }
  const lines = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = lines[y * (stride + 1)];
    const from = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    // a: the byte to the left, b: above, c: above left (0 outside the picture); Paeth as the PNG standard writes it.
    for (let i = 0; i < stride; i++) {
      const raw = lines[from + i]!;
      const a = i >= 4 ? data[row + i - 4]! : 0;
      const b = y > 0 ? data[up + i]! : 0;
      if (filter === 0) data[row + i] = raw;
      else if (filter === 1) data[row + i] = (raw + a) & 0xff;
      else if (filter === 2) data[row + i] = (raw + b) & 0xff;
      else if (filter === 3) data[row + i] = (raw + ((a + b) >> 1)) & 0xff;
      else {
        const c = i >= 4 && y > 0 ? data[up + i - 4]! : 0;
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        data[row + i] = (raw + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
      }
    }
  }
  return { width, height, data };
}
