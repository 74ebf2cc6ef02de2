import { quoted } from '../model/quote.js';
import { ToolError, UsageError } from '../errors.js';
import { SHALLOW, checkRevision, gitReason, isShallow, runGit, type GitResult, type Repository } from './git.js';

/** A revision as the user wrote it (named so in messages) and the commit or tree git reads it as. */
export interface Revision {
  name: string;
  object: string;
}

// git names a reflog older than `REF@{date}` only in a warning, then answers with the oldest entry it has: in a fresh
// clone (a CI job) that is the clone itself, the tip, so the diff would compare the tip with itself.
const REFLOG_TOO_SHORT = /warning: log for '([^']*)' only goes back to ([^\n]+)/;
const NO_SUCH_NAME =
  /Not a valid object name|Needed a single revision|unknown revision|bad revision|ambiguous argument/;

/** A date git wrote (`Sun, 6 Dec 2026 11:13:25 +0000`) as the user reads it, or as git wrote it when unreadable. */
function shownDate(text: string, lang: 'en' | 'vi'): string {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return text;
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const two = (n: number) => String(n).padStart(2, '0');
  return lang === 'vi' ? `${two(d)}/${two(m)}/${y}` : `${y}-${two(m)}-${two(d)}`;
}

/** Refuses `REF@{date}` that git answered from a reflog not reaching back to the date, saying what to write instead. */
function refuseShortReflog(name: string, result: GitResult): void {
  const short = REFLOG_TOO_SHORT.exec(result.stderr);
  if (short === null) return;
  const ref = short[1]!;
  const when = /@\{([^}]*)\}/.exec(name)?.[1] ?? '';
  const before = /^[\w.:-]+$/.test(when) ? when : `"${when}"`;
  const command = `git rev-list -1 --before=${before} ${ref}`;
  throw new UsageError({
    en: `Revision ${quoted(name)} is where ${ref} pointed on that date by git's reflog, a record kept only in this copy of the repository, and here it only goes back to ${shownDate(short[2]!, 'en')} (as in a fresh clone), so git would give another commit. Write the commit id or a tag instead, e.g. the last commit before that date, which \`${command}\` prints`,
    vi: `Phiên bản ${quoted(name)} là chỗ ${ref} trỏ tới vào ngày đó theo nhật ký tham chiếu (reflog) của git, là nhật ký chỉ có trong bản sao kho này, và ở đây nó chỉ ghi từ ngày ${shownDate(short[2]!, 'vi')} (như một bản sao vừa tải về), nên git sẽ lấy nhầm commit khác. Hãy ghi mã commit hoặc thẻ (tag) thay vào, ví dụ commit cuối cùng trước ngày đó, do lệnh \`${command}\` in ra`,
  });
}

/** Whether the repository has no commit at all (made with git init, nothing committed yet). */
async function hasNoCommit(repository: Repository, env: NodeJS.ProcessEnv): Promise<boolean> {
  const result = await runGit(['rev-list', '-n', '1', '--all'], repository.root, env);
  return result.code === 0 && result.stdout.toString('utf8').trim() === '';
}

/**
 * Reads a name git rejected as the user's language says it: no such revision (with a shallow clone's remedy), or git's
 * reason. `end` is the end of a range (`A` of `A...B`) git rejected: the message names what the user wrote, then that end.
 */
async function notARevision(
  repository: Repository,
  name: string,
  result: GitResult,
  env: NodeJS.ProcessEnv,
  end?: string,
) {
  const shallow = await isShallow(repository, env);
  const advice = shallow ? SHALLOW : { en: '', vi: '' };
  // "Cannot read revision "A...B": "A" is …": the whole of what was written, so that the user finds it in the command.
  const head = { en: `Cannot read revision ${quoted(name)}`, vi: `Không đọc được phiên bản ${quoted(name)}` };
  if (NO_SUCH_NAME.test(result.stderr) && end !== undefined)
    return new ToolError(
      shallow
        ? {
            en: `${head.en}: this copy of the repository has no commit ${quoted(end)}${advice.en}`,
            vi: `${head.vi}: bản sao kho git này không có commit ${quoted(end)}${advice.vi}`,
          }
        : {
            en: `${head.en}: ${quoted(end)} is not a branch, tag or commit in this repository`,
            vi: `${head.vi}: ${quoted(end)} không phải là nhánh, thẻ (tag) hay commit nào trong kho git này`,
          },
    );
  // A repository just made (git init) has no commit, HEAD included: no name can be read until one is made.
  if (NO_SUCH_NAME.test(result.stderr) && (await hasNoCommit(repository, env)))
    return new ToolError({
      en: `${head.en}: the repository has no commit yet; commit the procedures first (git add, then git commit), and compare with that commit`,
      vi: `${head.vi}: kho git chưa có commit nào; hãy commit các quy trình trước (git add, rồi git commit) và so sánh với commit đó`,
    });
  if (NO_SUCH_NAME.test(result.stderr))
    return new ToolError(
      shallow
        ? {
            en: `${head.en}: this copy of the repository has no commit of that name${advice.en}`,
            vi: `${head.vi}: bản sao kho git này không có commit nào như vậy${advice.vi}`,
          }
        : {
            en: `${head.en}: the repository has no branch, tag or commit of that name`,
            vi: `${head.vi}: kho git không có nhánh, thẻ (tag) hay commit nào tên như vậy`,
          },
    );
  const of = end === undefined ? { en: '', vi: '' } : { en: ` (${quoted(end)})`, vi: ` (${quoted(end)})` };
  return new ToolError({
    en: `${head.en}${of.en}: git says: ${gitReason(result)}${advice.en}`,
    vi: `${head.vi}${of.vi}; git báo (tiếng Anh): ${gitReason(result)}${advice.vi}`,
  });
}

/**
 * The object a plain revision names (`main`, `v2`, `HEAD~1`), peeled to `peel` (`commit` or `tree`); `written`, the
 * range it is an end of, as the user wrote it, for the message when git rejects it.
 */
async function parse(
  repository: Repository,
  name: string,
  peel: string,
  env: NodeJS.ProcessEnv,
  written?: string,
): Promise<string> {
  const result = await runGit(['rev-parse', '--verify', `${name}^{${peel}}`], repository.root, env);
  refuseShortReflog(name, result);
  if (result.code !== 0)
    throw written === undefined
      ? await notARevision(repository, name, result, env)
      : await notARevision(repository, written, result, env, name);
  return result.stdout.toString('utf8').trim();
}

/**
 * Resolves a revision once, as git reads it: `A...B` (either side left out is HEAD) is the commit where B's branch
 * left A's, their merge base, as `git diff A...B` compares, so a branch behind main is not judged on main's own
 * changes; a date in the reflog (`main@{2026-11-01}`) that the reflog does not reach is refused.
 */
export async function resolveRevision(repository: Repository, name: string, env: NodeJS.ProcessEnv): Promise<Revision> {
  checkRevision(name);
  const range = /^(.*?)\.\.\.(.*)$/s.exec(name);
  if (range === null) return { name, object: await parse(repository, name, 'tree', env) };
  const ends = [range[1] || 'HEAD', range[2] || 'HEAD'];
  ends.forEach(checkRevision);
  const [a, b] = await Promise.all(ends.map((end) => parse(repository, end, 'commit', env, name)));
  const result = await runGit(['merge-base', a!, b!], repository.root, env);
  const base = result.stdout.toString('utf8').trim();
  if (result.code === 0 && base !== '') return { name, object: base };
  if (result.code === 1 && result.stderr.trim() === '') {
    // A shallow clone (CI's default checkout) stops before the commit the two share: "compare with A itself" would
    // judge the branch on A's own later changes, reversed.
    if (await isShallow(repository, env))
      throw new ToolError({
        en: `Cannot read revision ${quoted(name)}: this copy of the repository holds no commit that ${ends[0]} and ${ends[1]} share, so the point where one left the other is not in it${SHALLOW.en}`,
        vi: `Không đọc được phiên bản ${quoted(name)}: bản sao kho git này không có commit chung nào của ${ends[0]} và ${ends[1]}, nên không có chỗ rẽ nhánh${SHALLOW.vi}`,
      });
    throw new UsageError({
      en: `Revision ${quoted(name)}: ${ends[0]} and ${ends[1]} have no commit in common, so there is no point where one left the other; compare with ${ends[0]} itself (--since ${ends[0]})`,
      vi: `Phiên bản ${quoted(name)}: ${ends[0]} và ${ends[1]} không có commit chung nào, nên không có chỗ rẽ nhánh; hãy so với chính ${ends[0]} (--since ${ends[0]})`,
    });
  }
  throw await notARevision(repository, name, result, env);
}
