import { dirname, resolve } from 'node:path';
import type { CatalogEntry } from '../lint/linter.js';
import { imageType, pngHeaderSound, svgDeclaringEntities, type ImageFile } from '../render/image-file.js';
import type { Lang, Translated } from '../i18n.js';
import type { Io } from './io.js';
import { displayPath, isMissing, readBounded, type BoundedRead } from './files.js';
import { workingFolder } from './run-context.js';

/** A logo's size limit: a logo is a small picture; a bigger file is a mistake (a scan, a photo) that would bloat every document. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** Where a procedure's logo comes from: its own `logo:` (relative to its file), else the configuration's (relative to that file). */
export interface LogoSource {
  procedureFile: string;
  procedureLogo?: string | undefined;
  configFile?: string | undefined;
  configLogo?: string | undefined;
}

/** The logo read and recognised (with the path it was read from), or a message saying in plain words what is wrong with it. */
export type LogoResult = { logo?: ImageFile; path?: string } | { problem: Translated };

/**
 * Reads the logo file named `written` below `base`: as written, else in its NFC form, else in its NFD form. procmap
 * reads a procedure's values in NFC, while a file unzipped from a macOS archive keeps its name in NFD, and Linux
 * file names are bytes: without the other forms such a logo could never be found. The first form's failure is kept.
 */
function readLogoFile(base: string, written: string): { path: string; read: BoundedRead } {
  const path = resolve(base, written);
  // Read within the limit from a regular file only: a link to /dev/zero or a pipe never hangs or fills memory.
  const read = readBounded(path, MAX_LOGO_BYTES);
  if (!isMissing(read)) return { path, read };
  for (const form of new Set([written.normalize('NFC'), written.normalize('NFD')])) {
    if (form === written) continue;
    const other = resolve(base, form);
    const again = readBounded(other, MAX_LOGO_BYTES);
    if (!isMissing(again)) return { path: other, read: again };
  }
  return { path, read };
}

/** Reads the logo a procedure's control header shows, if any. */
export function readLogo(source: LogoSource): LogoResult {
  const written = source.procedureLogo ?? source.configLogo;
  if (written === undefined) return {};
  const base =
    source.procedureLogo !== undefined
      ? dirname(source.procedureFile)
      : dirname(source.configFile ?? source.procedureFile);
  const where =
    source.procedureLogo !== undefined ? source.procedureFile : displayPath(source.configFile ?? source.procedureFile);
  const { path, read } = readLogoFile(resolve(workingFolder(), base), written);
  if (!read.ok && read.size !== undefined)
    return {
      problem: {
        en: `${where}: the logo "${written}" is larger than 2 MB; use a smaller PNG, JPEG or SVG file`,
        vi: `${where}: biểu trưng (logo) "${written}" lớn hơn 2 MB; hãy dùng tệp PNG, JPEG hoặc SVG nhỏ hơn`,
      },
    };
  if (!read.ok) {
    const own = source.procedureLogo !== undefined;
    return {
      problem: {
        en: `${where}: the logo "${written}" cannot be read (looked for ${displayPath(path)}); write the path of a PNG, JPEG or SVG file relative to ${own ? 'the procedure file' : 'the configuration file'}`,
        vi: `${where}: không đọc được biểu trưng (logo) "${written}" (đã tìm ${displayPath(path)}); hãy ghi đường dẫn của một tệp PNG, JPEG hoặc SVG, tính từ ${own ? 'tệp quy trình' : 'tệp cấu hình'}`,
      },
    };
  }
  const data = read.bytes;
  const type = imageType(data);
  if (type === undefined && svgDeclaringEntities(data))
    return {
      problem: {
        en: `${where}: the logo "${written}" is an SVG that declares entities (<!DOCTYPE svg [ … ]>), which procmap does not read: save it again as a plain SVG, without them`,
        vi: `${where}: biểu trưng (logo) "${written}" là ảnh SVG có khai báo thực thể (<!DOCTYPE svg [ … ]>), procmap không đọc tệp như vậy: hãy lưu lại thành SVG thường, không có phần khai báo đó`,
      },
    };
  if (type === 'png' && !pngHeaderSound(data))
    return {
      problem: {
        en: `${where}: the logo "${written}" starts as a PNG but is damaged (its header, with the picture's size, is missing): open it in an image editor and save it again, or use another file`,
        vi: `${where}: biểu trưng (logo) "${written}" có phần đầu của ảnh PNG nhưng đã hỏng (thiếu phần ghi kích thước ảnh): hãy mở bằng phần mềm sửa ảnh rồi lưu lại, hoặc dùng tệp khác`,
      },
    };
  if (type === undefined)
    return {
      problem: {
        en: `${where}: the logo "${written}" is not a PNG, JPEG or SVG picture`,
        vi: `${where}: biểu trưng (logo) "${written}" không phải ảnh PNG, JPEG hay SVG`,
      },
    };
  return { logo: { type, data }, path };
}

/**
 * Reads the logos of the procedures not already in `broken`, by procedure id, each from the configuration its file
 * comes under (`configOf`). A logo that cannot be used is reported on stderr and its file added to `broken`, so that
 * it gets no document. Each file read is added to `read`, by path, with the bytes used.
 */
export function readLogos(
  entries: readonly CatalogEntry[],
  configOf: (file: string) => { config: { logo?: string }; file?: string },
  broken: Set<string>,
  io: Io,
  lang: Lang,
  read?: Map<string, Buffer>,
): Map<string, ImageFile> {
  const logos = new Map<string, ImageFile>();
  for (const entry of entries) {
    if (broken.has(entry.file)) continue;
    const config = configOf(entry.file);
    const result = readLogo({
      procedureFile: entry.file,
      procedureLogo: entry.procedure.logo,
      configFile: config.file,
      configLogo: config.config.logo,
    });
    if ('problem' in result) {
      io.stderr.write(`${result.problem[lang]}\n`);
      broken.add(entry.file);
    } else if (result.logo) {
      logos.set(entry.procedure.id, result.logo);
      if (result.path !== undefined) read?.set(result.path, result.logo.data);
    }
  }
  return logos;
}
