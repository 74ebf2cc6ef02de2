import { svgSize } from './flowchart-page.js';

/** An image file procmap embeds (an agency's logo): its bytes and what kind of picture they are. */
export interface ImageFile {
  type: 'png' | 'jpg' | 'svg';
  data: Buffer;
}

const MIME = { png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml' } as const;

/** The kind of picture a file holds, by its first bytes (never by its name); undefined when it is none procmap embeds. */
export function imageType(data: Buffer): ImageFile['type'] | undefined {
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpg';
  const head = data
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head) ? 'svg' : undefined;
}

/**
 * Whether a file that is no picture procmap embeds is an SVG declaring entities (`<!DOCTYPE svg [<!ENTITY …>]>`, the
 * form of an external-entity or entity-expansion attack, and of no drawing program's plain SVG): said as such, not
 * as "not an SVG".
 */
export function svgDeclaringEntities(data: Buffer): boolean {
  const head = data
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+svg\b[^[>]*\[/i.test(head);
}

/**
 * Whether a PNG's first chunk is its header with a width and a height, as every PNG's is: a file of the PNG
 * signature and nothing usable after it (cut off, or made to look like one) embedded as a picture of no size.
 */
export function pngHeaderSound(data: Buffer): boolean {
  return (
    data.length >= 24 &&
    data.toString('latin1', 12, 16) === 'IHDR' &&
    data.readUInt32BE(16) > 0 &&
    data.readUInt32BE(20) > 0
  );
}

/** An image as a data: URI, for HTML (the document's Content-Security-Policy allows only data: images). */
export function dataUri(image: ImageFile): string {
  return `data:${MIME[image.type]};base64,${image.data.toString('base64')}`;
}

function jpegSize(data: Buffer): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < data.length && data[at] === 0xff) {
    const marker = data[at + 1]!;
    const length = data.readUInt16BE(at + 2);
    // Start-of-frame markers (not DHT, JPG or DAC) carry the height and width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  return undefined;
}

/** The size of an image in pixels; undefined when the file does not say. */
export function imageSize(image: ImageFile): { width: number; height: number } | undefined {
  if (image.type === 'png')
    return image.data.length >= 24
      ? { width: image.data.readUInt32BE(16), height: image.data.readUInt32BE(20) }
      : undefined;
  if (image.type === 'jpg') return jpegSize(image.data);
  return svgSize(image.data.toString('utf8'));
}
