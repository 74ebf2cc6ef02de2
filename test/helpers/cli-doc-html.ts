import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Lang } from '../../src/i18n.js';
import { ROOT } from './cli.js';
import { runCli } from './run-cli.js';
import { STAND_IN_CHARTS } from './stand-in-charts.js';

/**
 * The HTML page `procmap doc -f html` writes for one procedure file, by the command itself in-process, with a stand-in
 * flowchart (test/helpers/stand-in-charts.ts): a unit test of what the document says needs no Chromium, which took
 * most of a run's time (about 5 s a launch on a loaded machine).
 */
export async function documentHtml(file: string, lang: Lang = 'vi'): Promise<string> {
  const path = isAbsolute(file) ? file : join(ROOT, file);
  const out = mkdtempSync(join(tmpdir(), 'procmap-doc-html-'));
  try {
    const run = await runCli(['doc', path, '-f', 'html', '-o', out, '--lang', lang], { browsers: STAND_IN_CHARTS });
    const pages = readdirSync(out).filter((name) => name.endsWith('.html'));
    if (run.code !== 0 || pages.length !== 1)
      throw new Error(`${file}: exit ${run.code}, ${pages.length} pages\n${run.stderr}`);
    return readFileSync(join(out, pages[0]!), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
