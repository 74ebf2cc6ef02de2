// Shared measuring helpers for the benchmarks: run commands side by side, interleaved, and report medians.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where generated catalogs and tool files live (git-ignored). */
export const DATA = join(ROOT, 'bench', '.data');

const PEAK_RSS = join(DATA, 'peak-rss.cjs');

/** A preload that reports the process's peak resident memory on fd 3 when it exits (Node tools only). */
function peakRssPreload() {
  mkdirSync(DATA, { recursive: true });
  // Worker threads run the preload too: only the main thread reports, once, for the whole process.
  writeFileSync(
    PEAK_RSS,
    "if (require('worker_threads').isMainThread) process.on('exit', () => { try { const u = process.resourceUsage(); require('fs').writeSync(3, u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime)); } catch {} });\n",
  );
  return PEAK_RSS;
}

/** Runs one Node command once: wall seconds, CPU seconds (user + system), peak RSS in MiB, exit code. */
export function runNode(args, { cwd = ROOT, env = {} } = {}) {
  const preload = peakRssPreload();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', preload, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const [maxRss, cpuMicros] = (result.output[3]?.toString() || '0 0').split(' ').map(Number);
  if (result.error) throw result.error;
  return {
    seconds,
    cpuSeconds: cpuMicros / 1e6,
    rssMiB: maxRss / 1024,
    code: result.status,
    stdout: result.stdout.toString(),
    stderr: result.stderr.toString(),
  };
}

/** The median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs several commands `rounds` times, interleaved (A B C A B C …) so that machine noise hits all alike;
 * returns per command the median wall seconds, the median CPU seconds (user + system, for Node commands: steadier
 * than wall time on a machine shared with other jobs) and the largest peak RSS.
 */
export function sideBySide(commands, rounds) {
  const runs = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, command] of Object.entries(commands)) runs[name].push(command());
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        seconds: median(list.map((r) => r.seconds)),
        cpuSeconds: median(list.map((r) => r.cpuSeconds ?? NaN)),
        rssMiB: Math.max(...list.map((r) => r.rssMiB)),
        code: list[0].code,
        runs: list.length,
      },
    ]),
  );
}

/** Prints a small aligned table. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const row of rows) console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  '));
}

/** Every YAML file below a folder, recursively. */
export function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}
