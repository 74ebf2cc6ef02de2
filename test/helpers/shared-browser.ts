import type { Browser } from 'puppeteer-core';
import { afterAll, inject } from 'vitest';
import { findBrowser, launchBrowser } from '../../src/render/browser.js';
import { BrowserSession, type BrowserSessionOptions } from '../../src/render/diagram-renderer.js';
import type { SessionLease, SessionSource } from '../../src/render/session-source.js';

/**
 * One Chromium per browser path for a test file (in the e2e project, the one its globalSetup launched for all the
 * files), lent to every in-process run (`runCli(args, { browsers })`) and to the tests that drive the browser
 * themselves: Chromium starts once and mermaid loads once per set of session options, instead of once per run. A run
 * gives its session back without closing it; `close()` ends it all. A launch that fails (a path that is not a
 * browser) fails that run, as it would for the binary, and is tried again next time.
 */
export class SharedBrowser implements SessionSource {
  private readonly browsers = new Map<string, Promise<Browser>>();
  private readonly sessions = new Map<string, Promise<BrowserSession>>();
  /** Browsers of the e2e project's globalSetup (chromium-setup.ts): disconnected from, never closed, here. */
  private readonly connected = new Set<Browser>();

  /** The browser at a path (by default the one findBrowser picks from the test's environment), started once. */
  browser(executablePath: string = defaultBrowserPath()): Promise<Browser> {
    let browser = this.browsers.get(executablePath);
    if (browser === undefined) {
      const global = inject('sharedChromium');
      browser =
        global?.path === executablePath
          ? connectBrowser(global.endpoint).then((connected) => {
              this.connected.add(connected);
              return connected;
            })
          : launchBrowser(executablePath);
      this.browsers.set(executablePath, browser);
      browser.catch(() => this.browsers.delete(executablePath));
    }
    return browser;
  }

  /** A session in the shared browser, one per set of options, kept (with its warm mermaid pages) across runs. */
  session(options: BrowserSessionOptions = { executablePath: defaultBrowserPath() }): Promise<BrowserSession> {
    const key = JSON.stringify(Object.entries(options).sort(([a], [b]) => a.localeCompare(b)));
    let session = this.sessions.get(key);
    if (session === undefined) {
      session = this.browser(options.executablePath).then((browser) => BrowserSession.over(browser, options));
      this.sessions.set(key, session);
      session.catch(() => this.sessions.delete(key));
    }
    return session;
  }

  async acquire(options: BrowserSessionOptions): Promise<SessionLease> {
    // The run's release leaves the session open for the next run; close() closes it.
    return { session: await this.session(options), release: async () => undefined };
  }

  /** Closes every session and browser; the next use starts afresh. */
  async close(): Promise<void> {
    const sessions = [...this.sessions.values()];
    const browsers = [...this.browsers.values()];
    this.sessions.clear();
    this.browsers.clear();
    await Promise.all(sessions.map((session) => session.then((s) => s.close()).catch(() => undefined)));
    await Promise.all(
      browsers.map((browser) =>
        browser.then((b) => (this.connected.has(b) ? b.disconnect() : b.close())).catch(() => undefined),
      ),
    );
    this.connected.clear();
  }
}

/** Connects to a browser that is already running, with the timeout procmap's own launch sets. */
async function connectBrowser(endpoint: string): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.connect({ browserWSEndpoint: endpoint, protocolTimeout: 60_000 });
}

/** The browser the tests use: the one procmap would pick; no browser is a failure, never a skip. */
export function defaultBrowserPath(): string {
  const found = findBrowser(process.env);
  if (!found.ok) throw new Error(`The rendering tests need a browser: ${found.problem.en}`);
  return found.path;
}

/** A SharedBrowser for the calling test file, closed after its tests (call it at the top of the file). */
export function shareBrowser(): SharedBrowser {
  const shared = new SharedBrowser();
  afterAll(() => shared.close());
  return shared;
}
