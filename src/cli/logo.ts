import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { imageType, type ImageFile } from '../render/image-file.js';
import { displayPath } from './files.js';

// A logo is a small picture; a bigger file is a mistake (a scan, a photo) that would bloat every page of every document.
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** Where a procedure's logo comes from: its own `logo:` (relative to its file), else the configuration's (relative to that file). */
export interface LogoSource {
  procedureFile: string;
  procedureLogo?: string;
  configFile?: string;
  configLogo?: string;
}

/** The logo read and recognised, or a message saying in plain words what is wrong with it. */
export type LogoResult = { logo?: ImageFile } | { problem: string };

/** Reads the logo a procedure's control header shows, if any. */
export function readLogo(source: LogoSource): LogoResult {
  const written = source.procedureLogo ?? source.configLogo;
  if (written === undefined) return {};
  const base = source.procedureLogo !== undefined ? dirname(source.procedureFile) : dirname(source.configFile ?? source.procedureFile);
  const path = resolve(base, written);
  const where = source.procedureLogo !== undefined ? source.procedureFile : displayPath(source.configFile ?? source.procedureFile);
  let data: Buffer;
  try {
    if (statSync(path).size > MAX_LOGO_BYTES) return { problem: `${where}: the logo "${written}" is larger than 2 MB; use a smaller PNG, JPEG or SVG file` };
    data = readFileSync(path);
  } catch {
    return { problem: `${where}: the logo "${written}" cannot be read (looked for ${displayPath(path)}); write the path of a PNG, JPEG or SVG file relative to ${source.procedureLogo !== undefined ? 'the procedure file' : 'the configuration file'}` };
  }
  const type = imageType(data);
  if (type === undefined) return { problem: `${where}: the logo "${written}" is not a PNG, JPEG or SVG picture` };
  return { logo: { type, data } };
}
