import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBrowserProfile, removeBrowserProfile } from '../../src/node/browser-profile.js';
import {
  browserArgs,
  findBrowser,
  launchBrowser,
  noBrowserMessage,
  SYSTEM_BROWSER_PATHS,
} from '../../src/render/browser.js';

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
    expect(result).toEqual({
      ok: false,
      problem: {
        en: 'PROCMAP_CHROME is "/nonexistent", which is not an executable file.',
        vi: 'PROCMAP_CHROME là "/nonexistent", không phải một tệp chạy được.',
      },
    });
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

  it('says what is wrong, what the command needs a browser for and how to get one, in both languages', () => {
    const result = findBrowser({}, () => false);
    expect(result).toEqual({
      ok: false,
      problem: { en: 'No Chromium or Chrome found.', vi: 'Không tìm thấy Chromium hay Chrome.' },
    });
    if (result.ok) return;
    const message = noBrowserMessage(result.problem, { en: 'The preview draws.', vi: 'Bản xem trước vẽ.' });
    expect(message.en).toMatch(
      /^No Chromium or Chrome found\. The preview draws\. Install one .*apt-get install chromium-headless-shell.*PROCMAP_CHROME/,
    );
    expect(message.vi).toMatch(
      /^Không tìm thấy Chromium hay Chrome\. Bản xem trước vẽ\. Hãy cài một trình duyệt .*apt-get install chromium-headless-shell.*PROCMAP_CHROME/,
    );
  });
});

describe('browserArgs', () => {
  it('turns the sandbox off only for root, where Chromium refuses to start with it', () => {
    expect(browserArgs(true)).toContain('--no-sandbox');
    expect(browserArgs(false)).not.toContain('--no-sandbox');
  });
});

describe('launchBrowser', () => {
  // Chromium's shared memory files (".org.chromium.Chromium.XXXXXX", with --disable-dev-shm-usage) go to its TMPDIR
  // and are unlinked a moment later: a browser killed in that moment left one in the user's temporary folder.
  it("gives the browser a temporary folder inside the profile procmap made, so that the profile's removal takes it", async () => {
    const work = mkdtempSync(join(tmpdir(), 'procmap-browser-env-'));
    const seen = join(work, 'tmpdir.txt');
    const fake = join(work, 'fake-browser');
    writeFileSync(fake, `#!/bin/sh\nprintf '%s' "$TMPDIR" > '${seen}'\nexit 1\n`, { mode: 0o755 });
    const profile = newBrowserProfile();
    try {
      await expect(launchBrowser(fake, { userDataDir: profile })).rejects.toThrow();
      expect(readFileSync(seen, 'utf8')).toBe(join(profile, 'tmp'));
    } finally {
      removeBrowserProfile(profile);
    }
  });
});
