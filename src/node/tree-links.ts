import { posix } from 'node:path';
import type { Translated } from '../i18n.js';
import { listTree, readBlobs, type Repository, type TreeFile } from './git.js';

/** Where a symbolic link of a tree leads: the blob of the file it names, or why git cannot give that file. */
export type LinkTarget = { blob: string } | { problem: Translated };

// As the file system follows links: a chain this long is a loop (Linux gives up after 40).
const MAX_HOPS = 40;

/** A link whose target git cannot give, worded for the file that cannot be compared. */
function problem(target: string, why: 'outside' | 'missing'): Translated {
  return why === 'outside'
    ? {
        en: `A symbolic link to "${target}", outside the repository: git keeps only the link, not that file; put the file itself in the repository`,
        vi: `Là liên kết tượng trưng tới "${target}", nằm ngoài kho git: git chỉ lưu liên kết, không lưu tệp đó; hãy đưa chính tệp vào kho`,
      }
    : {
        en: `A symbolic link to "${target}", which is no file of the repository at this revision`,
        vi: `Là liên kết tượng trưng tới "${target}", không phải tệp nào trong kho ở phiên bản này`,
      };
}

const LOOP: Translated = { en: 'Symbolic link loop', vi: 'Liên kết tượng trưng vòng quanh' };

/**
 * Follows symbolic links of a tree (`links`, mode 120000, whose blob holds the target path) as the file system follows
 * them in a checkout: relative to the link's folder, within the repository at that revision, through links to links.
 * A target outside the repository, absent, or a folder is a problem by link path, so that both sides of a diff read
 * the same files as lint reads in a checkout, or say which they cannot.
 */
export async function followLinks(
  repository: Repository,
  object: string,
  links: readonly TreeFile[],
  env: NodeJS.ProcessEnv,
): Promise<Map<string, LinkTarget>> {
  const out = new Map<string, LinkTarget>();
  let pending = links.map((link) => ({ path: link.path, at: link.path, blob: link.blob }));
  for (let hop = 0; hop < MAX_HOPS && pending.length > 0; hop++) {
    const contents = await readBlobs(
      repository,
      pending.map(({ blob }) => blob),
      4096,
      env,
    );
    const wanted: { path: string; target: string; resolved: string }[] = [];
    for (const link of pending) {
      const content = contents.get(link.blob);
      const target = typeof content === 'number' || content === undefined ? '' : content.toString('utf8');
      const resolved = posix.normalize(posix.join(posix.dirname(link.at), target));
      if (target.startsWith('/') || resolved === '..' || resolved.startsWith('../'))
        out.set(link.path, { problem: problem(target, 'outside') });
      else wanted.push({ path: link.path, target, resolved });
    }
    const paths = [...new Set(wanted.map(({ resolved }) => resolved))];
    const found = new Map(
      paths.length === 0
        ? []
        : (await listTree(repository, object, paths, env, { links: true })).map((file) => [file.path, file]),
    );
    pending = [];
    for (const { path, target, resolved } of wanted) {
      const file = found.get(resolved);
      if (file === undefined) out.set(path, { problem: problem(target, 'missing') });
      else if (file.link) pending.push({ path, at: file.path, blob: file.blob });
      else out.set(path, { blob: file.blob });
    }
  }
  for (const { path } of pending) out.set(path, { problem: LOOP });
  return out;
}
