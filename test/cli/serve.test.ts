import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, get, request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { shareBrowser } from '../helpers/shared-browser.js';

const EVENTS = '/__procmap/events';
const work = mkdtempSync(join(tmpdir(), 'procmap-serve-test-'));
const catalog = join(work, 'catalog');
mkdirSync(join(catalog, 'xa'), { recursive: true });
for (const file of ['xa/dang-ky-ket-hon.yaml', 'xa/cap-ban-sao-trich-luc-ho-tich.yaml'])
  copyFileSync(join(ROOT, 'test', 'fixtures', 'site', file), join(catalog, file));
const marriage = join(catalog, 'xa', 'dang-ky-ket-hon.yaml');
const marriageText = readFileSync(marriage, 'utf8');
const temp = join(work, 'tmp');
mkdirSync(temp);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A browser context that reaches the preview like a user's browser: procmap's browsers send every connection to a
 * proxy that does not exist, loopback included, and this context of the shared Chromium (test/helpers/shared-browser.ts)
 * connects directly instead (a launch of a browser of the file's own was seconds on a loaded machine). Made once for
 * the file; each test opens pages of its own in it and closes them, so that no test sees another's tabs or
 * connections.
 */
const browsers = shareBrowser();
let launched: Promise<import('puppeteer-core').BrowserContext> | undefined;
function userBrowser(): Promise<import('puppeteer-core').BrowserContext> {
  launched ??= browsers.browser().then((browser) => browser.createBrowserContext({ proxyServer: 'direct://' }));
  return launched;
}
afterAll(async () => {
  await (await launched)?.close();
});

/**
 * Lets a test see the event streams a page opens: each EventSource the page makes is kept, with the number of `build`
 * events it received. The page's own script works as it does without it (the class is EventSource, subclassed).
 */
async function watchStreams(page: import('puppeteer-core').Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const Native = window.EventSource;
    const streams: { source: EventSource; builds: number }[] = [];
    Object.assign(window, { procmapTestStreams: streams });
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        const kept = { source: this as EventSource, builds: 0 };
        streams.push(kept);
        this.addEventListener('build', () => kept.builds++);
      }
    };
  });
}

/** Whether the last event stream a page opened (watchStreams) is open, and how many `build` events it received. */
function streamState(page: import('puppeteer-core').Page): Promise<{ open: boolean; builds: number } | undefined> {
  return page.evaluate(() => {
    const streams = (window as unknown as { procmapTestStreams: { source: EventSource; builds: number }[] })
      .procmapTestStreams;
    const last = streams.at(-1);
    return last && { open: last.source.readyState === EventSource.OPEN, builds: last.builds };
  });
}

/** Closes the pages a test opened in the user's browser (its own tabs, and with them their connections). */
async function closePages(pages: readonly import('puppeteer-core').Page[]): Promise<void> {
  await Promise.all(pages.map((page) => page.close()));
}

function fetchText(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    get(url, { headers }, (response) => {
      let body = '';
      response
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => done({ status: response.statusCode!, body }));
    }).on('error', fail);
  });
}

/** A request with any method: status, headers and body. */
function exchange(
  url: string,
  method: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((done, fail) => {
    request(url, { method }, (response) => {
      let body = '';
      response
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => done({ status: response.statusCode!, headers: response.headers, body }));
    })
      .on('error', fail)
      .end();
  });
}

describe('procmap serve', () => {
  let child: ChildProcess;
  let base = '';
  let stdout = '';
  let stderr = '';
  let events: IncomingMessage;
  const reloads: number[] = [];

  beforeAll(async () => {
    // A temporary folder of the test's own, so that the test can find the preview folder serve makes in it.
    child = spawn(process.execPath, [BIN, 'serve', catalog, '--port', '0'], {
      env: { ...process.env, NO_COLOR: '1', TMPDIR: temp },
    });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    await new Promise<void>((ready, fail) => {
      // The address is printed at once; the pages are there after the first build's line.
      const check = () =>
        /procmap serve: http/.test(stdout) && /\(\d+ ms\)\n/.test(stdout)
          ? ready()
          : child.exitCode !== null
            ? fail(new Error(stderr))
            : setTimeout(check, 100);
      check();
    });
    base = /procmap serve: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)![1]!;
    events = await new Promise((done) => get(`${base}__procmap/events`, done));
    events.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('event: reload')) reloads.push(Date.now());
    });
  }, 180_000);
  afterAll(async () => {
    events?.destroy();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
  });

  it('serves the built site on the loopback address, with the live-reload script in every page', async () => {
    const index = await fetchText(base);
    expect(index.status).toBe(200);
    expect(index.body).toContain('Đăng ký kết hôn');
    expect(index.body).toContain('new EventSource("/__procmap/events")');
    const iso = await fetchText(`${base}p/QT-HT-02/index.html`);
    // Each of the ISO document's policies lets the reload script and its stream through, and nothing else.
    const policies = [...iso.body.matchAll(/Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]!);
    expect(policies.length).toBeGreaterThan(1);
    for (const policy of policies) {
      expect(policy).toMatch(/^default-src 'none';/);
      expect(policy.match(/(script|connect)-src[^;]*/g)).toEqual([
        expect.stringMatching(/^script-src 'nonce-[^' ]+'$/),
        "connect-src 'self'",
      ]);
    }
  });

  it('reloads an open ISO document page in the browser when its procedure is saved', async () => {
    const page = await (await userBrowser()).newPage();
    try {
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') blocked.push(message.text());
      });
      let loads = 0;
      page.on('load', () => loads++);
      await watchStreams(page);
      await page.goto(`${base}p/QT-HT-02/index.html`, { waitUntil: 'load' });
      // The page is listening once its event stream is open and has told it the build it shows (serve counts the
      // stream among those it tells of a rebuild before it sends that): then the save is made.
      await expect.poll(() => page.evaluate(() => document.scripts.length), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => streamState(page), { timeout: 10_000, interval: 20 }).toEqual({ open: true, builds: 1 });
      writeFileSync(marriage, `${readFileSync(marriage, 'utf8')}\n# lưu lại\n`);
      await expect.poll(() => loads, { timeout: 60_000, interval: 50 }).toBeGreaterThan(1);
      expect(blocked).toEqual([]);
    } finally {
      await page.close();
    }
  }, 90_000);

  it('answers as a static server: paths as paths, only GET and HEAD, and the length of what HEAD describes', async () => {
    const summary = await fetchText(`${base}summary.html`);
    expect(summary.status).toBe(200);
    const doubled = await fetchText(`${base}/summary.html`);
    expect(doubled.body.replace(/nonce[-=]"?[^'" ]+/g, '')).toBe(summary.body.replace(/nonce[-=]"?[^'" ]+/g, ''));
    for (const method of ['POST', 'DELETE', 'OPTIONS', 'PUT']) {
      const answer = await exchange(base, method);
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow, method).toBe('GET, HEAD');
    }
    const head = await exchange(`${base}summary.html`, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(summary.body));
    expect(head.body).toBe('');
    // No answer is sniffed into another type: a page, a chart, a refusal, a file not found.
    for (const [path, method] of [
      ['summary.html', 'GET'],
      ['p/QT-HT-02/flowchart.svg', 'GET'],
      ['none.txt', 'GET'],
      ['', 'POST'],
    ] as const)
      expect((await exchange(`${base}${path}`, method)).headers['x-content-type-options'], path).toBe('nosniff');
  });

  it('moves a folder asked for without its slash to it (301), keeping the query string', async () => {
    const answer = await exchange(`${base}p/QT-HT-02?lang=vi`, 'GET');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/p/QT-HT-02/?lang=vi');
    expect((await exchange(`${base}p/QT-HT-02`, 'HEAD')).headers.location).toBe('/p/QT-HT-02/');
    expect((await fetchText(`${base}p/QT-HT-02/`)).status).toBe(200);
    expect((await exchange(`${base}/p`, 'GET')).headers.location).toBe('/p/');
  });

  it('answers 404 at once for a file asked for as a folder and for a path that is no folder', async () => {
    // Before: the page itself (200), whose relative links then resolved inside "citizen.html/".
    expect((await exchange(`${base}p/QT-HT-02/citizen.html/`, 'GET')).status).toBe(404);
    // Before: a 301 to "/khong-co/", and only then a 404.
    for (const path of ['khong-co', '%00', 'p/QT-NONE']) {
      const answer = await exchange(`${base}${path}`, 'GET');
      expect([path, answer.status, answer.headers.location]).toEqual([path, 404, undefined]);
    }
    // A page not built, while the catalog has no problems: the page points at no list of them.
    const missing = await fetchText(`${base}p/QT-NONE/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Chưa có trang này');
    expect(missing.body).not.toContain('liệt kê bên dưới');
    expect(missing.body).toContain('đã bị xoá hoặc không có');
    // A page no build of serve writes is not found as such, not "quy trình của trang đang có lỗi"; the on-time report
    // says which command makes it.
    for (const path of ['ontime.html', 'khong-co.html']) {
      const absent = await fetchText(`${base}${path}`);
      expect([path, absent.status]).toEqual([path, 404]);
      expect(absent.body).toContain(`<h1>Không có trang này</h1>`);
      expect(absent.body).toContain(`Trang <code>/${path}</code> không có trong bản xem trước.`);
      expect(absent.body).not.toContain('quy trình của trang');
    }
    expect((await fetchText(`${base}ontime.html`)).body).toContain('procmap build với --dossiers');
  });

  it('refuses requests for another host name and paths outside the site', async () => {
    expect((await fetchText(base, { host: 'attacker.example' })).status).toBe(403);
    expect((await fetchText(`${base}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('follows no link in any part of a path: a folder link planted in the preview folder is not found', async () => {
    const outside = join(work, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'secret.txt'), 'BÍ MẬT NGOÀI THƯ MỤC\n');
    writeFileSync(join(outside, 'index.html'), '<p>BÍ MẬT NGOÀI THƯ MỤC</p>\n');
    const preview = join(
      temp,
      readdirSync(temp).find((name) => name.startsWith('procmap-serve-'))!,
    );
    const leak = join(preview, 'p', 'LEAKDIR');
    symlinkSync(outside, leak);
    try {
      // Before: 200 with the outside file, since only the last part of the path was checked for a link.
      for (const path of ['p/LEAKDIR/secret.txt', 'p/LEAKDIR/index.html', 'p/LEAKDIR/', 'p/LEAKDIR']) {
        const answer = await fetchText(`${base}${path}`);
        expect([path, answer.status]).toEqual([path, 404]);
        expect(answer.body, path).not.toContain('BÍ MẬT');
      }
    } finally {
      rmSync(leak);
    }
    // The site's own folders still answer.
    expect((await fetchText(`${base}p/QT-HT-02/citizen.html`)).status).toBe(200);
  });

  it("serves no dotted name: build's records of the catalog are not pages", async () => {
    const preview = join(
      temp,
      readdirSync(temp).find((name) => name.startsWith('procmap-serve-'))!,
    );
    expect(existsSync(join(preview, '.procmap-build.json'))).toBe(true);
    // Before: 200 with the manifest and the parsed catalog.
    for (const path of [
      '.procmap-build.json',
      '.procmap-build-lint.json',
      '%2eprocmap-build.json',
      'p/.x/index.html',
    ]) {
      const answer = await fetchText(`${base}${path}`);
      expect([path, answer.status, answer.body]).toEqual([path, 404, 'Not found\n']);
    }
  });

  it('answers HEAD on the event stream at once, with the headers GET gets and no stream', async () => {
    // Before: the headers, then a stream held open for good (curl -I hung). Asked on a connection that closes after
    // the answer, so the whole answer is what arrives before the server ends it.
    const { port } = new URL(base);
    const raw = await new Promise<string>((done, fail) => {
      let text = '';
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write('HEAD /__procmap/events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
      );
      // A guard, not a measure: a stream held open fails the test with its own words instead of the test's timeout.
      socket.setTimeout(10_000, () => {
        socket.destroy();
        fail(new Error(`HEAD ${EVENTS} held open; got: ${JSON.stringify(text)}`));
      });
      socket
        .setEncoding('utf8')
        .on('data', (chunk: string) => (text += chunk))
        .on('end', () => done(text))
        .on('error', fail);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(raw.toLowerCase()).toContain('content-type: text/event-stream\r\n');
    expect(raw.endsWith('\r\n\r\n')).toBe(true);
    expect(raw).not.toContain('retry:');
  });

  it('rebuilds and reloads the open page when a procedure is saved, then shows problems on the page and in the terminal', async () => {
    // Saved the way editors save: a new file renamed over the old one.
    const saved = Date.now();
    writeFileSync(`${marriage}.tmp`, readFileSync(marriage, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (bản sửa)'));
    rmSync(marriage);
    copyFileSync(`${marriage}.tmp`, marriage);
    rmSync(`${marriage}.tmp`);
    // An editor's save can fire several events and so more than one rebuild: wait for the page, then check that
    // a reload was announced after the save. The target is under a second (npm run bench measures it).
    const citizen = async () => (await fetchText(`${base}p/QT-HT-02/citizen.html`)).body;
    await expect.poll(citizen, { timeout: 60_000, interval: 50 }).toContain('Đăng ký kết hôn (trong nước) (bản sửa)');
    await expect
      .poll(() => reloads.filter((at) => at >= saved).length, { timeout: 10_000, interval: 20 })
      .toBeGreaterThan(0);
    // The default language is Vietnamese: the build summary says "1 tạo mới, 1 không đổi", and so does serve itself.
    expect(stdout).toMatch(/1 tạo mới, 1 không đổi/);
    expect(stdout).toMatch(/procmap serve: http:\S+ \(đang theo dõi \d+ đường dẫn; Ctrl\+C để dừng\)\n/);
    expect(stdout).toMatch(/; không có vấn đề \(\d+ ms\)\n/);
    // The time once, at the end: the build's own "(17.21 giây)" is left out of serve's line.
    expect(stdout).toMatch(/, 0 đã xóa; không có vấn đề \(\d+ ms\)\n/);
    expect(stdout).not.toContain('giây');

    const broken = Date.now();
    writeFileSync(marriage, readFileSync(marriage, 'utf8').replace(/^time_limit: .*$/m, 'time_limit: sớm nhất có thể'));
    const index = async () => (await fetchText(base)).body;
    await expect.poll(index, { timeout: 60_000, interval: 50 }).toContain('id="procmap-problems"');
    await expect
      .poll(() => reloads.filter((at) => at >= broken).length, { timeout: 10_000, interval: 20 })
      .toBeGreaterThan(0);
    const page = { body: await index() };
    expect(page.body).toContain('dang-ky-ket-hon.yaml');
    expect(stderr).toContain('dang-ky-ket-hon.yaml');
    // The colon announces the problems printed below, not an empty list before the time.
    await expect.poll(() => stdout, { timeout: 10_000, interval: 20 }).toMatch(/; có vấn đề \(\d+ ms\):\n/);
  });

  it('shows a page whose procedure broke as a page that lists the problems and comes back when the file is fixed', async () => {
    writeFileSync(marriage, `${marriageText}\nid: trùng\n`);
    const iso = () => fetchText(`${base}p/QT-HT-02/index.html`);
    await expect.poll(async () => (await iso()).status, { timeout: 60_000, interval: 50 }).toBe(404);
    for (const missing of [await iso(), await fetchText(`${base}p/QT-HT-02/`)]) {
      expect(missing.status).toBe(404);
      expect(missing.body).toContain('Chưa có trang này');
      expect(missing.body).toContain('id="procmap-problems"');
      expect(missing.body).toContain('new EventSource("/__procmap/events")');
    }
    writeFileSync(marriage, marriageText);
    await expect.poll(async () => (await iso()).status, { timeout: 60_000, interval: 50 }).toBe(200);
    // Files that are not pages stay a plain "not found".
    expect((await fetchText(`${base}p/QT-HT-02/none.svg`)).body).toBe('Not found\n');
  }, 120_000);

  it('loads an 8th tab: a hidden tab closes its event stream, and a tab shown again after a rebuild reloads', async () => {
    // Before: each tab held its stream open, and a browser opens 6 connections per host over HTTP/1.1, so a 7th tab
    // never loaded.
    const browser = await userBrowser();
    // A headless browser shows every tab: a tab is hidden and shown as the browser does it when another is chosen.
    const show = (page: import('puppeteer-core').Page, shown: boolean) =>
      page.evaluate((shown) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => !shown });
        Object.defineProperty(document, 'visibilityState', {
          configurable: true,
          get: () => (shown ? 'visible' : 'hidden'),
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, shown);
    const pages: import('puppeteer-core').Page[] = [];
    try {
      for (let k = 0; k < 8; k++) {
        if (k > 0) await show(pages[k - 1]!, false);
        const page = await browser.newPage();
        pages.push(page);
        await page.goto(`${base}summary.html?tab=${k}`, { waitUntil: 'load', timeout: 20_000 });
      }
      // A rebuild while the first tab is hidden: shown again, it reloads.
      let loads = 0;
      pages[0]!.on('load', () => loads++);
      const saved = Date.now();
      writeFileSync(marriage, `${readFileSync(marriage, 'utf8')}\n# lưu lần nữa\n`);
      await expect
        .poll(() => reloads.filter((at) => at >= saved).length, { timeout: 60_000, interval: 50 })
        .toBeGreaterThan(0);
      expect(loads).toBe(0);
      await show(pages[0]!, true);
      await expect.poll(() => loads, { timeout: 10_000, interval: 50 }).toBe(1);
      // Hidden and shown again with no rebuild between: it stays as it is (its stream reopened, nothing to reload).
      await show(pages[0]!, false);
      await show(pages[0]!, true);
      // Time for the build number to arrive on the reopened stream (a reload would follow at once).
      await new Promise((done) => setTimeout(done, 1_000));
      expect(loads).toBe(1);
    } finally {
      await closePages(pages);
    }
  }, 120_000);

  it('stops on SIGTERM with exit code 0', async () => {
    child.kill('SIGTERM');
    const code = await new Promise((done) => child.once('exit', done));
    expect(code).toBe(0);
  });
});

/** A `procmap serve` of its own, started and stopped by the caller, with what it printed. */
interface Served {
  child: ChildProcess;
  base: string;
  output(): { stdout: string; stderr: string };
  stop(): Promise<number | null>;
}

/** Spawns `procmap serve` with arguments and waits until it prints its address (or exits: `base` is then empty). */
async function startServe(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  await expect
    .poll(() => /\(\d+ ms\)\n/.test(stdout) || child.exitCode !== null, { timeout: 60_000, interval: 50 })
    .toBe(true);
  return {
    child,
    base: /procmap serve: (http:\/\/\S+\/)/.exec(stdout)?.[1] ?? '',
    output: () => ({ stdout, stderr }),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

// Each start of serve launches a browser of its own and builds: the other loopback names and the other targets build
// accepts share their starts, each serve checked for both.
describe('procmap serve on another loopback address, and on what build accepts', () => {
  it('refuses requests for another host name with --host localhost and ::1 as well, serving a catalog reached through a link and a single procedure file', async () => {
    const link = join(work, 'link-to-catalog');
    symlinkSync(catalog, link);
    // The two serves are started at once (each on a port of its own): most of a start is its browser's and its build's.
    const starts = [
      [link, 'localhost'],
      [marriage, '::1'],
    ].map(([target, host]) => startServe([target!, '--port', '0', '--host', host!]));
    try {
      for (const served of await Promise.all(starts)) {
        expect(served.base, served.output().stderr).not.toBe('');
        expect(served.output().stderr).not.toContain('cảnh báo');
        expect((await fetchText(served.base)).status).toBe(200);
        expect((await fetchText(`${served.base}p/QT-HT-02/citizen.html`)).status).toBe(200);
        expect((await fetchText(served.base, { host: 'attacker.example' })).status).toBe(403);
        expect((await fetchText(served.base, { host: 'attacker.example:80' })).status).toBe(403);
        expect((await fetchText(served.base, { host: `localhost:${new URL(served.base).port}` })).status).toBe(200);
      }
    } finally {
      // Every serve started is stopped, whichever check failed (a start that failed has nothing to stop).
      await Promise.all(starts.map(async (start) => (await start.catch(() => undefined))?.stop()));
    }
  }, 120_000);
});

// Refused before serve listens or starts a browser: in-process, through the same main() the binary runs (the binary's
// own exit codes are tested in binary.test.ts and by the runs of serve above and below).
describe('procmap serve cannot listen', () => {
  it('says at once, before building, that the port is in use, naming the address', async () => {
    const taken = createServer();
    await new Promise<void>((ready) => taken.listen(0, '127.0.0.1', ready));
    const port = (taken.address() as AddressInfo).port;
    try {
      const result = await runCli(['serve', catalog, '--port', String(port)]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `procmap: Không mở được 127.0.0.1:${port}: cổng đang được dùng; hãy chọn cổng khác bằng --port\n`,
      );
    } finally {
      taken.close();
    }
  });

  it('says in words that --host is not an address of this machine, or no address at all', async () => {
    const notMine = await runCli(['serve', catalog, '--port', '0', '--host', '8.8.8.8', '--lang', 'en']);
    expect(notMine.code).toBe(2);
    expect(notMine.stdout).toBe('');
    expect(notMine.stderr).toMatch(
      /^procmap: Cannot listen on 8\.8\.8\.8:0: 8\.8\.8\.8 is not an address of this machine/,
    );
    const none = await runCli(['serve', catalog, '--port', '0', '--host', '999.1.1.1']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe(
      'procmap: Không mở được 999.1.1.1:0: không tìm thấy địa chỉ nào có tên "999.1.1.1"; hãy kiểm tra --host\n',
    );
  });
});

describe('procmap serve stopped during its first build', () => {
  /** Starts serve with its temporary files in a folder of their own, and sends Ctrl-C once it has begun building. */
  async function interrupted(
    times: number,
    { starting = false } = {},
  ): Promise<{ code: number | null; after: number; left: string[] }> {
    const temp = mkdtempSync(join(tmpdir(), 'procmap-serve-stop-'));
    const child = spawn(
      process.execPath,
      [BIN, 'serve', join(ROOT, 'test', 'fixtures', 'site'), '--port', '0', '--pdf'],
      {
        env: { ...process.env, NO_COLOR: '1', TMPDIR: temp },
      },
    );
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    // The preview folder is made just before the browser starts, well before the build ends.
    await expect
      .poll(() => readdirSync(temp).some((name) => name.startsWith('procmap-serve-')), {
        timeout: 30_000,
        interval: 20,
      })
      .toBe(true);
    // Once the browser is up and drawing (the first procedure's folder written), or while it is starting (its profile
    // folder made, which the launcher's own was left behind then).
    const preview = () => readdirSync(temp).find((name) => name.startsWith('procmap-serve-'))!;
    if (starting)
      await expect
        .poll(() => readdirSync(temp).some((name) => !name.startsWith('procmap-serve-')), {
          timeout: 30_000,
          interval: 10,
        })
        .toBe(true);
    else await expect.poll(() => existsSync(join(temp, preview(), 'p')), { timeout: 60_000, interval: 20 }).toBe(true);
    const sent = Date.now();
    child.kill('SIGINT');
    // "Again": every 100 ms until it exits. Two signals that reach a process the loaded machine has not run in between
    // are one signal to it (they do not queue), so a single second one 100 ms later could go unseen.
    const again = times > 1 ? setInterval(() => child.kill('SIGINT'), 100) : undefined;
    const code = await exited;
    clearInterval(again);
    const after = Date.now() - sent;
    // A browser's helper processes die a moment after serve: what they leave shows within a second.
    await new Promise((done) => setTimeout(done, 1_000));
    const left = readdirSync(temp);
    rmSync(temp, { recursive: true, force: true });
    return { code, after, left };
  }

  it('stops promptly on the first Ctrl-C, with exit 0 and nothing left behind', async () => {
    const { code, after, left } = await interrupted(1);
    expect(code).toBe(0);
    expect(after).toBeLessThan(4_000);
    expect(left).toEqual([]);
  });

  it('on a second Ctrl-C exits 130 at once, still removing its folder and the browser profile', async () => {
    const { code, left } = await interrupted(2);
    expect(code).toBe(130);
    expect(left).toEqual([]);
  });

  it('leaves no browser profile either when the two Ctrl-C come while the browser starts', async () => {
    const { code, left } = await interrupted(2, { starting: true });
    expect(code).toBe(130);
    expect(left).toEqual([]);
  });
});

describe('procmap serve with an empty --port', () => {
  it('refuses it as bad usage instead of taking any port', async () => {
    const result = await runCli(['serve', catalog, '--port', '']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: --port nhận một số nguyên từ 0 đến 65535, ví dụ 8080, không phải ""\n');
  });
});

describe('procmap serve without a browser', () => {
  it('exits 2 before it listens, saying what the preview needs a browser for and how to get one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'procmap-serve-no-browser-'));
    const result = await runCli(['serve', folder, '--port', '0', '--lang', 'en'], {
      env: { PROCMAP_CHROME: join(folder, 'no-such-browser') },
    });
    rmSync(folder, { recursive: true, force: true });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^procmap: PROCMAP_CHROME is ".*no-such-browser", which is not an executable file\. The preview draws each flowchart in a browser\. Install one .*\n$/,
    );
  });
});
