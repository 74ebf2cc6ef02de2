import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { quoted } from '../model/quote.js';
import { ToolError, UsageError } from '../errors.js';
import type { Translated } from '../i18n.js';

/** A file in a git tree: its path from the repository root and its blob id. */
export interface TreeFile {
  path: string;
  blob: string;
  /** A symbolic link (mode 120000): its blob holds the path it leads to. */
  link?: true;
}

/** Where the repository around a folder is: its root, and the folder's path from the root (`sub/dir/` or ''). */
export interface Repository {
  root: string;
  prefix: string;
}

/** What a git run gave: its exit code, standard output and standard error. */
export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Refuses revisions git could read as an option (`--upload-pack=…`) and any control character; everything else
 * goes to git as one argument, never through a shell, so `;` or `$(…)` are only characters of a name git rejects.
 */
export function checkRevision(revision: string): void {
  if (revision === '')
    throw new UsageError({
      en: 'The revision before ":" is empty; write e.g. HEAD~1:procedures',
      vi: 'Phiên bản trước dấu ":" bị trống; hãy viết ví dụ HEAD~1:procedures',
    });
  if (revision.startsWith('-'))
    throw new UsageError({
      en: `Revision ${quoted(revision)} starts with "-"; procmap does not pass options to git`,
      vi: `Phiên bản ${quoted(revision)} bắt đầu bằng "-"; procmap không chuyển tùy chọn cho git`,
    });
  if (CONTROL.test(revision))
    throw new UsageError({
      en: `Revision ${quoted(revision)} contains control characters`,
      vi: `Phiên bản ${quoted(revision)} chứa ký tự điều khiển`,
    });
}

/** Runs git with an argument array (no shell), feeding `input` on standard input; rejects only when git cannot start. */
export function runGit(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, input = ''): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Paths are literal (no globs); git must never stop to ask for credentials; reading takes no locks; its
      // messages in English whatever the host's language, so that procmap can recognise them and say them in the user's.
      env: { ...env, GIT_LITERAL_PATHSPECS: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new ToolError(
          error.code === 'ENOENT'
            ? {
                en: 'git is not installed or not on the PATH; reading a revision needs git',
                vi: 'Chưa cài git hoặc git không có trong PATH; cần git để đọc một phiên bản',
              }
            : { en: `Cannot run git: ${error.message}`, vi: `Không chạy được git: ${error.message}` },
          { cause: error },
        ),
      );
    });
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
    );
    // git may exit before reading all its input (a bad object); its exit code and message say why.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** git's message from standard error, without its `fatal:` tag, for a message of procmap's. */
export function gitReason(result: GitResult): string {
  const lines = result.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.join('; ').replace(/^(fatal|error): /, '') || `git exited with code ${result.code}`;
}

// git's reasons procmap can say in the user's words (git speaks English, LC_ALL=C); git's own text follows as a detail.
const KNOWN_REASONS: readonly [RegExp, Translated][] = [
  [
    /not a git repository/,
    {
      en: 'this folder is in no git repository (run procmap inside a clone of the repository)',
      vi: 'thư mục này không nằm trong kho git nào (hãy chạy procmap trong một bản sao của kho git)',
    },
  ],
  [/is outside repository/, { en: 'the path is outside the repository', vi: 'đường dẫn nằm ngoài kho git' }],
  [
    /dubious ownership/,
    {
      en: 'git refuses a repository owned by another user (git config --global --add safe.directory …)',
      vi: 'git từ chối kho git của người dùng khác (git config --global --add safe.directory …)',
    },
  ],
];

/**
 * git's reason for a failed run in the user's language: procmap's words for the reasons it knows, with git's own text
 * after them as a detail; any other reason as git wrote it, said to be git's.
 */
export function gitReasonWords(result: GitResult): Translated {
  const raw = gitReason(result);
  const known = KNOWN_REASONS.find(([pattern]) => pattern.test(raw))?.[1];
  return known === undefined
    ? { en: `git says: ${raw}`, vi: `git báo (tiếng Anh): ${raw}` }
    : { en: `${known.en} (git: ${raw})`, vi: `${known.vi} (git: ${raw})` };
}

/** The repository that holds a folder, found by running git there. */
export async function findRepository(cwd: string, env: NodeJS.ProcessEnv): Promise<Repository> {
  const result = await runGit(['rev-parse', '--show-toplevel', '--show-prefix'], cwd, env);
  if (result.code !== 0) {
    const reason = gitReasonWords(result);
    throw new ToolError({
      en: `Cannot read git revisions here: ${reason.en}`,
      vi: `Không đọc được phiên bản git ở đây: ${reason.vi}`,
    });
  }
  const [root = '', prefix = ''] = result.stdout.toString('utf8').split('\n');
  return { root, prefix };
}

// A shallow clone (CI checks out one commit by default) lacks the revisions before it: git only says it knows no
// such name, which reads as a typing mistake; what to do is fetch the history.
export const SHALLOW = {
  en: '. This clone of the repository is shallow (it holds only the latest commits), so older revisions are not in it: run `git fetch --unshallow`, or in GitHub Actions give actions/checkout `fetch-depth: 0` (in GitLab CI, `GIT_DEPTH: 0`)',
  vi: '. Bản sao kho git này là bản sao nông (shallow clone, chỉ có các commit gần nhất) nên không có các phiên bản cũ hơn: hãy chạy `git fetch --unshallow`, hoặc trong GitHub Actions đặt `fetch-depth: 0` cho actions/checkout (trong GitLab CI, `GIT_DEPTH: 0`)',
};

/** Whether the repository is a shallow clone, by `git rev-parse --is-shallow-repository`; false when git cannot say. */
export async function isShallow(repository: Repository, env: NodeJS.ProcessEnv): Promise<boolean> {
  const result = await runGit(['rev-parse', '--is-shallow-repository'], repository.root, env);
  return result.code === 0 && result.stdout.toString('utf8').trim() === 'true';
}

/**
 * Lists the blobs under a path, or several (from the repository root; '' for the whole tree), at a revision (symbolic
 * links too with `links`; named `name` in messages, the user's ref rather than the object id), with
 * `git ls-tree -r -z --full-tree` (without sizes, which would open every object). A bad revision is a tool failure
 * carrying git's reason.
 */
export async function listTree(
  repository: Repository,
  revision: string,
  path: string | readonly string[],
  env: NodeJS.ProcessEnv,
  { links = false, name = revision }: { links?: boolean; name?: string } = {},
): Promise<TreeFile[]> {
  checkRevision(revision);
  const args = ['ls-tree', '-r', '-z', '--full-tree', revision, '--'];
  const paths = typeof path === 'string' ? [path] : path;
  if (!paths.includes('')) args.push(...paths);
  const result = await runGit(args, repository.root, env);
  if (result.code !== 0) {
    const advice = (await isShallow(repository, env)) ? SHALLOW : { en: '', vi: '' };
    const reason = gitReasonWords(result);
    throw new ToolError({
      en: `Cannot read revision ${quoted(name)}: ${reason.en}${advice.en}`,
      vi: `Không đọc được phiên bản ${quoted(name)}: ${reason.vi}${advice.vi}`,
    });
  }
  const files: TreeFile[] = [];
  for (const record of result.stdout.toString('utf8').split('\0')) {
    // <mode> SP <type> SP <object> TAB <path>
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, blob] = record.slice(0, tab).split(' ');
    // Submodules hold no procedure; symbolic links only where asked for, to be followed (tree-links.ts).
    if (type !== 'blob' || blob === undefined) continue;
    if (mode === '120000') {
      if (links) files.push({ path: record.slice(tab + 1), blob, link: true });
      continue;
    }
    files.push({ path: record.slice(tab + 1), blob });
  }
  return files;
}

/** Runs `git cat-file` in a batch mode on blob ids and returns its output, which names each object in a header line. */
async function catFile(
  repository: Repository,
  mode: '--batch' | '--batch-check',
  blobs: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<Buffer> {
  const result = await runGit(['cat-file', mode], repository.root, env, `${blobs.join('\n')}\n`);
  if (result.code !== 0) {
    const reason = gitReasonWords(result);
    throw new ToolError({
      en: `Cannot read files from git: ${reason.en}`,
      vi: `Không đọc được tệp từ git: ${reason.vi}`,
    });
  }
  return result.stdout;
}

/** Splits a header line `<object> SP <type> SP <size>`; an object git lacks (`<object> SP missing`) is a tool failure. */
function header(line: string): { blob: string; size: number } {
  const [blob = '', type, size] = line.split(' ');
  if (type === 'missing' || size === undefined)
    throw new ToolError({ en: `git has no object ${blob}`, vi: `git không có đối tượng ${blob}` });
  return { blob, size: Number(size) };
}

/**
 * Reads blobs by id, a few git processes however many there are: sizes first (`--batch-check`), so that a blob over
 * `maxBytes` is never read; its size stands in for its content.
 */
export async function readBlobs(
  repository: Repository,
  blobs: readonly string[],
  maxBytes: number,
  env: NodeJS.ProcessEnv,
): Promise<Map<string, Buffer | number>> {
  const out = new Map<string, Buffer | number>();
  const unique = [...new Set(blobs)];
  if (unique.length === 0) return out;
  const small: string[] = [];
  for (const line of (await catFile(repository, '--batch-check', unique, env)).toString('utf8').split('\n')) {
    if (line === '') continue;
    const { blob, size } = header(line);
    if (size > maxBytes) out.set(blob, size);
    else small.push(blob);
  }
  if (small.length === 0) return out;
  const data = await catFile(repository, '--batch', small, env);
  let at = 0;
  while (at < data.length) {
    // <object> SP <type> SP <size> LF <contents> LF
    const end = data.indexOf(10, at);
    if (end < 0) break;
    const { blob, size } = header(data.subarray(at, end).toString('utf8'));
    at = end + 1;
    out.set(blob, data.subarray(at, at + size));
    at += size + 1;
  }
  return out;
}

/** The id git gives these bytes as a blob (SHA-1), so files on disk pair with files in a revision without parsing. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
