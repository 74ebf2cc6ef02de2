import { type Command, Option } from '@commander-js/extra-typings';
import {
  calendarOption,
  type CommandContext,
  configOption,
  helpTexts,
  langOption,
  settled,
  type Settled,
} from '../define.js';
import { leaveInterruptsToCommand } from '../../node/interrupt.js';
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { findBrowser, noBrowserMessage } from '../../render/browser.js';
import { BrowserSession } from '../../render/diagram-renderer.js';
import { EVENTS_PATH, withLiveReload } from '../../render/site/live-reload.js';
import { missingPage, notFoundPage } from '../../render/site/missing-page.js';
import { procedureDir } from '../../render/site/index-page.js';
import { SITE_PAGES } from '../../render/site/site-files.js';
import { findConfigFile } from '../../node/config-loader.js';
import { newBrowserProfile, removeBrowserProfile } from '../../node/browser-profile.js';
import { ProcmapError, ToolError, UsageError, EXIT } from '../../errors.js';
import type { Io } from '../../node/io.js';
import { watchOneFile, watchTree } from '../../node/watch.js';
import { walkIgnores } from '../../node/walk-ignores.js';
import { folderLocation } from '../../node/folder-redirect.js';
import { linkBelow } from '../../node/link-below.js';
import { listen } from '../../node/listen.js';
import { isLoopback, isLoopbackHost } from '../../node/loopback.js';
import { fill, type Lang } from '../../i18n.js';
import { buildCommand, refuseEmptyTitle } from './build.js';
import { parseWholeNumber } from '../whole-number.js';

const HELP = helpTexts({
  en: {
    description:
      'Preview the site while editing: build into a temporary folder, serve it on this machine, rebuild and reload the open page on every save',
    catalog: 'catalog folder (default: the current folder)',
    port: 'port to listen on (0: any free port)',
    host: 'address to listen on; the default reaches only this machine',
    pdf: 'print the PDFs too (slower)',
    pdfDefault: 'false',
    title: 'title of the index page',
    template: "your organisation's templates, falling back to the built-in ones",
    after:
      '\nProblems in the catalog are printed here and shown at the bottom of every page.\nExit codes: 0 stopped with Ctrl+C, 2 bad usage, no browser or the port in use, 130 stopped at once by a second Ctrl+C.\n\nExamples:\n  procmap serve procedures\n  procmap serve procedures --port 8080',
  },
  vi: {
    description:
      'Xem trước trang web trong khi soạn: tạo trang vào một thư mục tạm, mở trang trên máy này, mỗi lần lưu tệp thì tạo lại và tải lại trang đang mở',
    catalog: 'thư mục bộ quy trình (mặc định: thư mục hiện tại)',
    port: 'cổng để mở trang (0: một cổng bất kỳ còn trống)',
    host: 'địa chỉ để mở trang; với địa chỉ mặc định, chỉ máy này truy cập được',
    pdf: 'tạo cả bản PDF (chậm hơn)',
    pdfDefault: 'không',
    title: 'tiêu đề của trang danh mục',
    template: 'thư mục mẫu trình bày riêng của cơ quan; tệp nào không có thì dùng mẫu có sẵn',
    after:
      '\nCác vấn đề của bộ quy trình được in ra ở cửa sổ dòng lệnh này và hiện ở cuối mỗi trang.\nMã thoát: 0 đã dừng bằng Ctrl+C, 2 sai cách dùng lệnh, không có trình duyệt hoặc cổng đang được dùng, 130 dừng ngay bằng Ctrl+C lần thứ hai.\n\nVí dụ:\n  procmap serve procedures\n  procmap serve procedures --port 8080',
  },
});

/** `procmap serve` on the command line: arguments, options, help and examples, in the language of help. */
function declareServe(program: Command, lang: Lang) {
  const help = HELP[lang];
  return program
    .command('serve')
    .description(help.description)
    .argument('[catalog]', help.catalog)
    .option('-p, --port <n>', help.port, '4173')
    .option('--host <address>', help.host, '127.0.0.1')
    .addOption(new Option('--pdf', help.pdf).default(false, help.pdfDefault))
    .option('--title <text>', help.title)
    .option('-t, --template <dir>', help.template)
    .addOption(configOption(lang, 'catalog'))
    .addOption(calendarOption(lang))
    .addOption(langOption(lang))
    .addHelpText('after', help.after);
}

/** Options of `procmap serve`, as commander parses them. */
export type ServeCommandOptions = Settled<ReturnType<ReturnType<typeof declareServe>['opts']>>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
// Saving a file in an editor fires several events (write, rename, chmod): one rebuild after they settle.
const SETTLE_MS = 40;
// How long a stopping serve waits for a build cut short by the closed browser to finish writing.
const STOP_WAIT_MS = 1_000;
// How long the process may take to end by itself once serve has cleaned up.
const EXIT_GRACE_MS = 500;

// What serve says on the terminal, in the run's language.
const SERVE_TEXT = {
  en: {
    problems: 'problems',
    clean: 'no problems',
    notBuilt: 'not built',
    internal: 'internal error: ',
    listening: 'procmap serve: {url} (watching {count} path{s}; Ctrl+C to stop)',
    exposed: 'procmap: warning: serving on {host}, which other machines may reach',
  },
  vi: {
    problems: 'có vấn đề',
    clean: 'không có vấn đề',
    notBuilt: 'chưa tạo được',
    internal: 'lỗi nội bộ: ',
    listening: 'procmap serve: {url} (đang theo dõi {count} đường dẫn; Ctrl+C để dừng)',
    exposed: 'procmap: cảnh báo: đang phục vụ trên {host}, các máy khác có thể truy cập',
  },
} as const;

/** A stream stand-in that keeps what a build writes, so problems can be shown on the page as well. */
function collector(): { stream: NodeJS.WriteStream; take(): string } {
  let text = '';
  const write = (chunk: string | Uint8Array) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  const take = () => {
    const taken = text;
    text = '';
    return taken;
  };
  return { stream: { isTTY: false, write } as unknown as NodeJS.WriteStream, take };
}

/**
 * `procmap serve`: builds the catalog into a temporary folder, serves it on the loopback interface, and rebuilds
 * (only what changed) whenever a procedure, template or the configuration is saved; open pages reload themselves
 * and show the catalog's problems. Runs until interrupted (Ctrl+C), then removes its temporary folder.
 */
export async function serveCommand(
  catalog: string | undefined,
  options: ServeCommandOptions,
  io: Io,
  stop: Stop,
): Promise<number> {
  const text = SERVE_TEXT[options.lang];
  const root = resolve(io.cwd, catalog ?? '.');
  // What build accepts: a folder, a link to one, or a single procedure file.
  if (!existsSync(root))
    throw new UsageError({
      en: `"${catalog ?? '.'}" is not a folder of procedures`,
      vi: `"${catalog ?? '.'}" không phải thư mục chứa quy trình`,
    });
  // Digits only: Number("") is 0, which would silently mean any port.
  const port = parseWholeNumber('--port', options.port, { min: 0, max: 65535, example: 8080 });
  // Said once, at the start: every build would stop on it, and no save could mend it.
  refuseEmptyTitle(options.title);
  const browser = findBrowser(io.env);
  if (!browser.ok)
    throw new ToolError(
      noBrowserMessage(browser.problem, {
        en: 'The preview draws each flowchart in a browser.',
        vi: 'Bản xem trước vẽ lưu đồ bằng trình duyệt.',
      }),
    );

  const out = mkdtempSync(join(tmpdir(), 'procmap-serve-'));
  // The browser's profile, made here so that serve removes it whatever happens: the launcher's own was left behind.
  // Not inside the served folder, which anyone who can reach the preview could read.
  const profile = newBrowserProfile();
  let session: BrowserSession | undefined;
  // A second Ctrl-C while the first one's clean-up waits: what must not be left behind goes at once.
  stop.onForce(() => {
    session?.kill();
    removeBrowserProfile(profile);
    rmSync(out, { recursive: true, force: true });
  });
  const clients = new Set<ServerResponse>();
  let problems = '';
  // Which build the served pages are of: a tab that reopens its stream reloads if the number moved on meanwhile.
  let built = 0;
  let building: Promise<void> | undefined;
  let again = false;
  let stopping = false;

  // The build sees serve's own options but where to listen; it writes into the preview folder and keeps going.
  const { port: _port, host: _host, ...forBuild } = options;
  const build = async (): Promise<void> => {
    const started = Date.now();
    const stdout = collector();
    const stderr = collector();
    try {
      await buildCommand(
        root,
        { ...forBuild, output: out, keepGoing: true, paper: 'a4' },
        { ...io, stdout: stdout.stream, stderr: stderr.stream },
        { session: session! },
      );
    } catch (error) {
      // A broken configuration or template stops this build, not the preview: the next save may fix it.
      const message =
        error instanceof ProcmapError
          ? error.text(options.lang)
          : `${text.internal}${error instanceof Error ? error.message : String(error)}`;
      stderr.stream.write(`procmap: ${message}\n`);
    }
    // A build cut short by Ctrl-C failed for that reason only: nothing to report.
    if (stopping) return;
    problems = stderr.take();
    // The build's summary line, in the run's language ("built …: 1 rendered, …" or "đã tạo …"), without its own time
    // ("(0,4 giây)"): serve says the time once, at the end, in ms.
    const summary = /^(.+?) \(/.exec(stdout.take())?.[1] ?? text.notBuilt;
    // The problems follow on stderr: the colon ends the line that announces them, not the word before the time.
    const ms = Date.now() - started;
    io.stdout.write(problems ? `${summary}; ${text.problems} (${ms} ms):\n` : `${summary}; ${text.clean} (${ms} ms)\n`);
    if (problems) io.stderr.write(problems);
    built++;
    for (const client of clients) client.write('event: reload\ndata: \n\n');
  };
  const rebuild = () => {
    if (building) {
      again = true;
      return;
    }
    building = build().finally(() => {
      building = undefined;
      if (again && !stopping) {
        again = false;
        rebuild();
      }
    });
  };

  const loopback = isLoopback(options.host);
  const serve = (request: IncomingMessage, response: ServerResponse) => {
    // Every answer is read as the type it says: a procedure's text is never sniffed into a page or a script.
    response.setHeader('x-content-type-options', 'nosniff');
    // Another site's page could reach a loopback server through a DNS name that resolves to 127.0.0.1: refuse it,
    // whichever loopback address serve listens on (localhost, ::1 too). Every Host header received, not only the first
    // one Node keeps in `headers`.
    if (loopback && !isLoopbackHost(request.headersDistinct.host)) return void response.writeHead(403).end();
    // A preview only reads: anything else is refused as such, not answered as if it were a GET.
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 }).end();
    let path: string;
    let url: URL;
    try {
      // The path is read after the origin, so that "//summary.html" stays a path, not a host name.
      const target = request.url ?? '/';
      if (!target.startsWith('/')) throw new URIError(target);
      url = new URL(`http://localhost${target}`);
      path = decodeURIComponent(url.pathname);
    } catch {
      return void response.writeHead(400).end();
    }
    if (path === EVENTS_PATH) {
      const headers = { 'content-type': 'text/event-stream', 'cache-control': 'no-store' };
      // HEAD gets the headers GET would, as for every other path: no stream, so nothing to hold open or reload (and
      // no keep-alive forced on a client that asked to close).
      if (request.method === 'HEAD') return void response.writeHead(200, headers).end();
      response.writeHead(200, { ...headers, connection: 'keep-alive' });
      response.write(`retry: 500\nevent: build\ndata: ${built}\n\n`);
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    // No file name holds a NUL byte (`/%00`): not found, rather than a path the file system refuses to look at.
    if (path.includes('\0')) return void notFound(response);
    // The site links no dotted name: `.procmap-build.json` and the other build records (the parsed catalog) are
    // build's own, not pages of the preview.
    if (path.split('/').some((part) => part.startsWith('.'))) return void notFound(response);
    let file = resolve(out, `.${path}`);
    if (file !== out && !file.startsWith(out + sep)) return void response.writeHead(404).end();
    // Never follow a link procmap did not make, in any part of the path (a folder link `p/x` → /etc served /etc).
    if (linkBelow(out, file)) return void notFound(response);
    const there = lstatSync(file, { throwIfNoEntry: false });
    // A file asked for as a folder (`citizen.html/`): its relative links would resolve in a folder that is not there.
    if (path.endsWith('/') && there !== undefined && !there.isDirectory()) return void notFound(response);
    // A folder's page, even when the folder is gone (its procedure broke): the missing page below then says so. A path
    // that is neither a folder nor asked for as one (`/khong-co`) is simply not found, not moved to `/khong-co/`.
    const isFolder = there?.isDirectory() ?? path.endsWith('/');
    // A folder without its slash moves to it, or the page's relative links would resolve in the folder above.
    const location = isFolder ? folderLocation(url) : undefined;
    if (location !== undefined) return void response.writeHead(301, { location, 'content-length': 0 }).end();
    if (isFolder) file = join(file, 'index.html');
    // Only regular files procmap wrote; a link in the output is never followed.
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const found = existsSync(file) && lstatSync(file).isFile();
    if (!found && type !== TYPES['.html']) return void notFound(response);
    // A page no build of serve writes (ontime.html needs build --dossiers) is not found, and says so; a page not built
    // yet (its procedure broke on the last save) is still a page that reloads, with the problems.
    if (!found && !mayBeBuilt(relative(out, file).split(sep).join('/')))
      return void notFound(response, notFoundPage(path, options.lang));
    let body: Buffer | string = found ? readFileSync(file) : missingPage(path, options.lang, problems !== '');
    if (type === TYPES['.html'])
      body = withLiveReload(body.toString('utf8'), problems, randomBytes(12).toString('base64'), built);
    // HEAD gets the length GET would send (Node leaves the body out by itself).
    response
      .writeHead(found ? 200 : 404, {
        'content-type': type,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
      })
      .end(body);
  };

  const server = createServer((request, response) => {
    try {
      serve(request, response);
    } catch {
      // A file removed by a rebuild between the check and the read: the page reloads after the rebuild anyway.
      if (!response.headersSent) response.writeHead(503).end();
    }
  });
  const watchers: { close(): void }[] = [];
  try {
    // The address first: a port in use or a wrong --host is said at once, not after a whole build.
    await listen(server, port, options.host);
    session = await BrowserSession.open({ executablePath: browser.path, profile });
    const watched = [root, options.template, options.config ?? findConfigFile(root), options.calendar].filter(
      (p): p is string => p !== undefined,
    );
    let timer: NodeJS.Timeout | undefined;
    for (const target of new Set(watched.map((p) => resolve(io.cwd, p)))) {
      const changed = () => {
        clearTimeout(timer);
        timer = setTimeout(rebuild, SETTLE_MS);
      };
      // A folder (through a link too, as build reads it) is watched whole; a file alone, not the folder around it.
      const isFolder = statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false;
      // What the build leaves out of the catalog (`ignores:`, read again at each event as the configuration may
      // change) is not watched: a save among ignored test files rebuilt the whole site.
      watchers.push(
        isFolder ? watchTree(target, changed, (path) => walkIgnores(target)(path)) : watchOneFile(target, changed),
      );
    }
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}/`;
    const s = watched.length === 1 ? '' : 's';
    io.stdout.write(`${fill(text.listening, { url, count: watched.length, s })}\n`);
    if (!loopback) io.stderr.write(`${fill(text.exposed, { host: options.host })}\n`);
    // The first build runs like any rebuild: a page opened meanwhile says it is not built yet, and reloads after.
    rebuild();
    await stop.stopped;
    return EXIT.ok;
  } finally {
    stopping = true;
    for (const watcher of watchers) watcher.close();
    for (const client of clients) client.end();
    server.close();
    // Closing the browser first cuts a build in progress short (its charts fail at once), so Ctrl-C is prompt.
    await session?.close();
    removeBrowserProfile(profile);
    await Promise.race([building, new Promise((done) => setTimeout(done, STOP_WAIT_MS).unref())]);
    // The temporary folder is procmap's own, made above: removing it loses nothing of the user's.
    const remove = () => rmSync(out, { recursive: true, force: true });
    remove();
    // A build still winding down (a chart waiting out its timeout) could write into it again before the exit.
    if (building) process.once('exit', remove);
  }
}

/** A plain "not found", for what is not a page of the preview; `page`: the HTML page saying so, for a page asked for. */
function notFound(response: ServerResponse, page?: string): void {
  if (page === undefined)
    return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  response
    .writeHead(404, {
      'content-type': TYPES['.html']!,
      'content-length': Buffer.byteLength(page),
      'cache-control': 'no-store',
    })
    .end(page);
}

/** Whether a build of serve may write a page (relative to the site): the index, the summary, a procedure's pages. */
function mayBeBuilt(page: string): boolean {
  return SITE_PAGES.includes(page) || page.startsWith(`${procedureDir('')}`);
}

/** How serve is told to stop: once (clean up, exit 0), and again while it cleans up (leave nothing, exit 130). */
export interface Stop {
  /** Settles on the first Ctrl-C or SIGTERM. */
  stopped: Promise<unknown>;
  /** Registers what to do at once on a second one, just before the process exits. */
  onForce(cleanup: () => void): void;
}

/** Defines `procmap serve` on the program; main loads this module only when the command is run or listed. */
export function defineServeCommand(program: Command, { io, setExit, lang }: CommandContext): void {
  declareServe(program, lang).action(async (catalog, options) => {
    // serve stops on Ctrl-C or SIGTERM with exit 0 after its own clean-up, not through the interrupt handler's exit 2.
    leaveInterruptsToCommand();
    let done = () => {};
    const stopped = new Promise<void>((resolve) => (done = resolve));
    const forced: (() => void)[] = [];
    let signals = 0;
    const onSignal = () => {
      if (++signals === 1) return done();
      for (const cleanup of forced.splice(0)) {
        try {
          cleanup();
        } catch {
          // Leaving is what was asked for twice: one thing that could not be removed does not stop the rest.
        }
      }
      // As a shell reports a program ended by Ctrl-C (128 + SIGINT), which the user asked for twice.
      process.exit(130);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const stop: Stop = { stopped, onForce: (cleanup) => forced.push(cleanup) };
      const code = await serveCommand(catalog, settled(options), io, stop);
      setExit(code);
      // serve has cleaned up; a build cut short may still wait on a browser that is gone (up to half a minute of
      // timeouts): it must not hold the process. The timer does not keep it alive if nothing else does.
      setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
    } finally {
      // A serve that stops on bad options or a missing browser leaves no handler behind.
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  });
}
