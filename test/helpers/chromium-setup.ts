import type { TestProject } from 'vitest/node';
import { findBrowser, launchBrowser } from '../../src/render/browser.js';

/** Where the e2e project's shared Chromium listens, for SharedBrowser (test/helpers/shared-browser.ts). */
export interface SharedChromium {
  /** The executable it was launched from: only runs asking for that browser use it. */
  path: string;
  /** puppeteer.connect's browserWSEndpoint. */
  endpoint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedChromium: SharedChromium | undefined;
  }
}

/**
 * globalSetup of the e2e project: one Chromium for all its test files, which connect to it instead of each launching
 * its own (about 0.7 s of CPU and a second of a quiet 2-core machine each). It is launched as procmap launches its
 * own (launchBrowser) and closed after the last file. With no browser installed, nothing is shared and the tests
 * that need one fail as they always did.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const found = findBrowser(process.env);
  if (!found.ok) {
    project.provide('sharedChromium', undefined);
    return undefined;
  }
  const browser = await launchBrowser(found.path, { endpoint: true });
  project.provide('sharedChromium', { path: found.path, endpoint: browser.wsEndpoint() });
  return async () => {
    await browser.close();
  };
}
