import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A file's path from the repository's top, `/` between folders and links resolved on both sides, as GitHub resolves
 * the paths of annotations and code scanning results; undefined when the file is not inside that folder.
 */
export function pathFromTop(
  file: string,
  cwd: string,
  top: string,
  realPath: (path: string) => string = (path) => path,
): string | undefined {
  const path = relative(realPath(top), realPath(resolve(cwd, file)));
  if (isAbsolute(path) || /^\.\.(?:[\\/]|$)/.test(path)) return undefined;
  return path.split(/[\\/]/).join('/');
}
