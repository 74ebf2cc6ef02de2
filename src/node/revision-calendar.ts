import { posix } from 'node:path';
import { UsageError } from '../errors.js';
import type { Translated } from '../i18n.js';
import { LIMITS } from '../model/limits.js';
import type { NamedCalendar } from './config-loader.js';
import { listTree, readBlobs, type Repository } from './git.js';
import type { Revision } from './git-revision.js';
import { followLinks } from './tree-links.js';

/** The refusal of a calendar file a revision's configuration names but that cannot be read there. */
function unreadable(shown: string, reason: Translated): UsageError {
  return new UsageError({
    en: `Cannot read calendar file "${shown}": ${reason.en}`,
    vi: `Không đọc được tệp lịch làm việc "${shown}": ${reason.vi}`,
  });
}

/**
 * The calendar file a configuration read from a revision names (`calendar: lich-2027.yaml`), read from that same
 * revision, relative to the configuration's folder there: the working tree's copy may say other days, or be gone.
 * Named `REV:path` in messages. A file that cannot be read is kept as its refusal, said only when the calendar is
 * needed: `--calendar` given for the run makes it unused. An absolute name is a file of this machine, not of the
 * repository: undefined, read from disk as on any other run.
 */
export async function calendarAtRevision(
  repository: Repository,
  revision: Revision,
  configPath: string,
  named: string,
  env: NodeJS.ProcessEnv,
): Promise<NamedCalendar | undefined> {
  if (posix.isAbsolute(named)) return undefined;
  const path = posix.normalize(posix.join(posix.dirname(configPath), named));
  const file = `${revision.name}:${path}`;
  if (path === '..' || path.startsWith('../'))
    return {
      file,
      refusal: unreadable(file, {
        en: 'it is outside the repository, and git keeps only the files inside it; put the calendar file in the repository',
        vi: 'tệp nằm ngoài kho git, mà git chỉ lưu các tệp trong kho; hãy đưa tệp lịch vào kho',
      }),
    };
  const [entry] = (
    await listTree(repository, revision.object, [path], env, { links: true, name: revision.name })
  ).filter((f) => f.path === path);
  if (entry === undefined)
    return {
      file,
      refusal: unreadable(file, {
        en: 'there is no such file at that revision',
        vi: 'phiên bản đó không có tệp này',
      }),
    };
  // A link is read where it leads, within the repository at that revision, as the configuration is.
  const target = entry.link ? (await followLinks(repository, revision.object, [entry], env)).get(path)! : entry;
  if (!('blob' in target)) return { file, refusal: unreadable(file, target.problem) };
  const content = (await readBlobs(repository, [target.blob], LIMITS.maxCalendarBytes, env)).get(target.blob);
  if (typeof content === 'number') {
    const kib = Math.round(LIMITS.maxCalendarBytes / 1024);
    return {
      file,
      refusal: new UsageError({
        en: `The calendar file "${file}" is larger than ${kib} KiB; a calendar file is a few kilobytes`,
        vi: `Tệp lịch làm việc "${file}" lớn hơn ${kib} KiB; tệp lịch làm việc chỉ vài kilobyte`,
      }),
    };
  }
  return { file, bytes: content ?? new Uint8Array() };
}
