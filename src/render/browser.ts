import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { Translated } from '../i18n.js';
import { browserTempFolder } from '../node/browser-profile.js';

/** Environment variables that name a browser, in the order they are honoured. */
export const BROWSER_ENV_VARS = ['PROCMAP_CHROME', 'PUPPETEER_EXECUTABLE_PATH'] as const;

/**
 * Where Chromium or Chrome usually lives, best first: Debian's headless shell starts fastest and did not hang
 * taking screenshots from several pages at once, which full Chromium did on these machines.
 */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium-headless-shell',
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** How to get a browser, for the message shown when none is found. */
const BROWSER_HELP: Translated = {
  en:
    'Install one (Debian/Ubuntu: "apt-get install chromium-headless-shell", or "chromium"; anywhere: ' +
    '"npx @puppeteer/browsers install chrome-headless-shell", which prints where it put it) or set PROCMAP_CHROME to ' +
    'the path of a Chrome or Chromium executable.',
  vi:
    'Hãy cài một trình duyệt (Debian/Ubuntu: "apt-get install chromium-headless-shell" hoặc "chromium"; ở mọi nơi: ' +
    '"npx @puppeteer/browsers install chrome-headless-shell", lệnh này in ra nơi đã cài) hoặc đặt PROCMAP_CHROME là ' +
    'đường dẫn tới tệp chạy của Chrome hay Chromium.',
};

/** A browser found on this machine, or why none could be used. */
export type BrowserLookup = { ok: true; path: string; from: string } | { ok: false; problem: Translated };

/** The message for a browser that could not be found: what is wrong, what the command needs it for, how to get one. */
export function noBrowserMessage(problem: Translated, need: Translated): Translated {
  return { en: `${problem.en} ${need.en} ${BROWSER_HELP.en}`, vi: `${problem.vi} ${need.vi} ${BROWSER_HELP.vi}` };
}

/**
 * What to say when a browser was found but did not start: in plain words, how to see why (run it by hand), and the
 * same advice as for a missing one. The launcher's own message speaks of protocol targets and is left out.
 */
export function browserStartProblem(path: string, error: unknown): Translated {
  // A browser that hangs while starting ends in the protocol timeout (a minute) rather than an exit.
  const hung = error instanceof Error && /timed? ?out/i.test(error.message);
  const problem: Translated = hung
    ? {
        en: `The browser "${path}" started but did not answer within a minute.`,
        vi: `Trình duyệt "${path}" đã chạy nhưng không phản hồi trong một phút.`,
      }
    : {
        en: `The browser "${path}" stopped as it started.`,
        vi: `Trình duyệt "${path}" dừng ngay khi khởi động.`,
      };
  return {
    en: `${problem.en} Check that it runs: "${path}" --version should print its version. ${BROWSER_HELP.en}`,
    vi: `${problem.vi} Hãy kiểm tra nó chạy được: lệnh "${path}" --version phải in ra phiên bản. ${BROWSER_HELP.vi}`,
  };
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the browser to drive: a path named in the environment wins (and is an error when it is wrong, so a typo
 * never silently picks another browser), then the usual system paths. procmap depends on puppeteer-core, which
 * downloads no browser on install.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv,
  isExecutable: (path: string) => boolean = isExecutableFile,
): BrowserLookup {
  for (const name of BROWSER_ENV_VARS) {
    const path = env[name];
    if (path === undefined || path === '') continue;
    if (isExecutable(path)) return { ok: true, path, from: name };
    return {
      ok: false,
      problem: {
        en: `${name} is "${path}", which is not an executable file.`,
        vi: `${name} là "${path}", không phải một tệp chạy được.`,
      },
    };
  }
  const path = SYSTEM_BROWSER_PATHS.find((candidate) => isExecutable(candidate));
  if (path !== undefined) return { ok: true, path, from: 'system' };
  return { ok: false, problem: { en: 'No Chromium or Chrome found.', vi: 'Không tìm thấy Chromium hay Chrome.' } };
}

/** Command-line flags for the browser; `--no-sandbox` only where Chromium refuses to start without it (as root). */
export function browserArgs(isRoot: boolean): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    // Containers often have a 64 MB /dev/shm, too small for large screenshots.
    '--disable-dev-shm-usage',
    // The same glyph metrics on screen and in print, so text measured for layout fits in the PDF.
    '--font-render-hinting=none',
    '--hide-scrollbars',
    '--mute-audio',
    // Nothing a page does reaches the network, WebSocket included (request interception does not see WebSockets):
    // every connection goes to a proxy that does not exist, loopback too. procmap's pages need no network at all.
    '--proxy-server=127.0.0.1:9',
    '--proxy-bypass-list=<-loopback>',
  ];
}

/**
 * Starts one headless browser at a path; the caller closes it. procmap talks to it over a pipe, so that the browser
 * exits when procmap does, even when procmap is killed (over a WebSocket it lived on without a parent). A browser
 * that other processes connect to (the e2e tests' shared one) asks for a WebSocket `endpoint` instead.
 */
export async function launchBrowser(
  executablePath: string,
  { endpoint = false, userDataDir }: { endpoint?: boolean; userDataDir?: string | undefined } = {},
): Promise<Browser> {
  // Required, not imported: its CommonJS build loads in about two thirds of the time of its ES modules (≈ 100 ms less)
  // and spares Node's ES module loader.
  const { default: puppeteer } = createRequire(import.meta.url)('puppeteer-core') as typeof import('puppeteer-core');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return puppeteer.launch({
    executablePath,
    // A profile the caller made is the caller's to remove (the launcher leaves it); else the launcher makes its own.
    ...(userDataDir === undefined
      ? {}
      : { userDataDir, env: { ...process.env, TMPDIR: browserTempFolder(userDataDir) } }),
    pipe: !endpoint,
    // The headless shell only understands the old headless mode; a full Chromium wants the new one.
    headless: basename(executablePath).includes('headless-shell') ? 'shell' : true,
    args: browserArgs(isRoot),
    // A chart takes well under a second; a browser that hangs (it happened with full Chromium taking screenshots
    // from several pages) should fail the run within a minute, not three.
    protocolTimeout: 60_000,
    // procmap handles Ctrl-C itself (temporary files removed, one line, exit 2); the browser dies with the process.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
}
