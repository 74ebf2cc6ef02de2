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
