import { describe, expect, it } from 'vitest';
import { browserArgs, findBrowser, SYSTEM_BROWSER_PATHS } from '../../src/render/browser.js';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findBrowser', () => {
  it('takes PROCMAP_CHROME first, then PUPPETEER_EXECUTABLE_PATH, over the system paths', () => {
    const exists = only('/opt/a', '/opt/b', SYSTEM_BROWSER_PATHS[0]!);
    expect(findBrowser({ PROCMAP_CHROME: '/opt/a', PUPPETEER_EXECUTABLE_PATH: '/opt/b' }, exists)).toEqual({
      ok: true,
      path: '/opt/a',
      from: 'PROCMAP_CHROME',
    });
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/opt/b' }, exists)).toEqual({
      ok: true,
      path: '/opt/b',
      from: 'PUPPETEER_EXECUTABLE_PATH',
    });
    expect(findBrowser({ PROCMAP_CHROME: '' }, exists)).toEqual({
      ok: true,
      path: SYSTEM_BROWSER_PATHS[0],
      from: 'system',
    });
  });

  it('fails on a named browser that is not there, rather than quietly using another', () => {
    const result = findBrowser({ PROCMAP_CHROME: '/nonexistent' }, only(SYSTEM_BROWSER_PATHS[0]!));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(
        /^PROCMAP_CHROME is "\/nonexistent", which is not an executable file\. .*apt-get install chromium-headless-shell/,
      );
  });

  it('prefers the headless shell among the system paths', () => {
    expect(SYSTEM_BROWSER_PATHS.slice(0, 3)).toEqual([
      '/usr/bin/chromium-headless-shell',
      '/usr/lib/chromium/chromium-headless-shell',
      '/usr/bin/chromium',
    ]);
    expect(findBrowser({}, only('/usr/bin/chromium', '/usr/lib/chromium/chromium-headless-shell'))).toMatchObject({
      ok: true,
      path: '/usr/lib/chromium/chromium-headless-shell',
    });
  });

  it('says how to get a browser when there is none', () => {
    const result = findBrowser({}, () => false);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^No Chromium or Chrome found\. .*apt-get install chromium-headless-shell.*PROCMAP_CHROME.*mmd and md formats need no browser/,
      ),
    });
  });
});

describe('browserArgs', () => {
  it('turns the sandbox off only for root, where Chromium refuses to start with it', () => {
    expect(browserArgs(true)).toContain('--no-sandbox');
    expect(browserArgs(false)).not.toContain('--no-sandbox');
  });
});
