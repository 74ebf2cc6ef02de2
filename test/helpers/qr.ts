import jsqrModule from 'jsqr';

type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

// jsqr is CommonJS with `exports.default`: Node hands over the exports object, vitest's interop the function.
const decode: Decode = ((jsqrModule as unknown as { default?: Decode }).default ?? jsqrModule) as unknown as Decode;

/** Decodes the QR code in RGBA pixels, or undefined when there is none. */
export function decodeQrPixels(pixels: Uint8ClampedArray, width: number, height: number): string | undefined {
  return decode(pixels, width, height)?.data;
}
