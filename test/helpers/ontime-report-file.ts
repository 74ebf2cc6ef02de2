import { join } from 'node:path';
import { runCli } from './run-cli.js';

/** Runs `procmap ontime <args>` writing one report file of a format in a language into `dir`; the run and the file. */
export async function ontimeReportFile(dir: string, args: readonly string[], format: string, lang: string) {
  const output = join(dir, `ontime-${lang}.${format === 'markdown' ? 'md' : format}`);
  const run = await runCli(['ontime', ...args, '-f', format, '-o', output, '--lang', lang]);
  return { run, output };
}
