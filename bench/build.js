#!/usr/bin/env node
// Benchmark of `procmap build` against issue 16's targets for a province's 1,682 synthetic procedures: cold with
// PDFs ≤ 180 s, cold without PDFs ≤ 60 s, warm with one procedure changed ≤ 2 s, warm with nothing changed ≤ 1 s;
// and the bundled catalog (17 procedures, with PDFs) for reference. The machine's load average is printed with the
// figures: wall-clock time on a shared machine counts the other sessions' work too, the CPU column does not (it is
// procmap's own process; Chromium's work shows only in the wall clock).
// Uses dist/: run `npm run build` first. Usage: node bench/build.js [count] [--no-pdf-cold] (skip the longest run)
// [--warm] (reuse the sites an earlier run left in bench/.data: only the warm builds, no cold one, minutes sooner)
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateCatalog } from './generate.js';
import { DATA, median, ROOT, runNode, table } from './lib.js';
import { writeFileSafely, writeFileSafelyAsync } from '../dist/node/files.js';

const BIN = join(ROOT, 'bin', 'procmap.js');
const args = process.argv.slice(2);
const COUNT = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 1682);
const WARM_ONLY = args.includes('--warm');
const PDF_COLD = !args.includes('--no-pdf-cold') && !WARM_ONLY;

function build(catalog, out, ...flags) {
  const result = runNode([BIN, 'build', catalog, '-o', out, ...flags]);
  if (result.code !== 0) throw new Error(`build failed (${result.code}): ${result.stderr.slice(0, 800)}`);
  return result;
}

/** Raises one procedure's revision so that exactly one cache key changes. */
function changeOne(catalog, file) {
  const path = join(catalog, file);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(/^revision: (\d+)$/m, (_, n) => `revision: ${Number(n) + 1}`),
  );
}

const load = () => loadavg()[0].toFixed(1);

/** Cold, warm with nothing changed, warm with one change: each run with the load average when it started. */
function scenario(catalog, out, file, flags) {
  // With --warm, a site an earlier run completed (its manifest is written last) is built on as it is.
  const reuse = WARM_ONLY && existsSync(join(out, '.procmap-build.json'));
  if (!reuse) rmSync(out, { recursive: true, force: true });
  const runs = {};
  for (const [name, before] of [
    ...(reuse ? [['warm, first run (whatever changed since)', () => undefined]] : [['cold', () => undefined]]),
    ['warm, nothing changed', () => undefined],
    ['warm, one changed', () => changeOne(catalog, file)],
  ]) {
    before();
    const startLoad = load();
    runs[name] = { ...build(catalog, out, ...flags), load: startLoad };
  }
  return runs;
}

const row = (catalog, name, run, count) => [
  catalog,
  name,
  run.seconds.toFixed(2),
  run.cpuSeconds.toFixed(2),
  count ? ((run.seconds * 1000) / count).toFixed(0) : '',
  run.rssMiB.toFixed(0),
  run.load,
];

const bundled = join(DATA, 'bundled-catalog');
rmSync(bundled, { recursive: true, force: true });
cpSync(join(ROOT, 'procedures'), bundled, { recursive: true });
const synthetic = join(DATA, `catalog-${COUNT}-build`);
if (!existsSync(join(synthetic, '.complete'))) {
  generateCatalog(COUNT, synthetic, { brokenRate: 0 });
  writeFileSync(join(synthetic, '.complete'), '');
}

/**
 * The safe write itself, synchronous against asynchronous (8 in flight, as the build's citizen pages), interleaved
 * rounds of 200 files of 60 KB: how long each write holds the main thread, and wall and CPU time per file.
 */
async function writes(rounds = 3, count = 200) {
  const root = join(DATA, 'writes');
  const data = Buffer.alloc(60_000, 97);
  const runs = { sync: [], async: [] };
  for (let round = 0; round < rounds; round++) {
    for (const mode of ['sync', 'async']) {
      rmSync(root, { recursive: true, force: true });
      mkdirSync(root, { recursive: true });
      const cpu = process.cpuUsage();
      const start = performance.now();
      let blocked = 0;
      const write = (i) => {
        const before = performance.now();
        const done = (mode === 'sync' ? writeFileSafely : writeFileSafelyAsync)(
          join(root, 'p', String(i % 50), `f${i}.html`),
          data,
          root,
        );
        blocked += performance.now() - before;
        return done;
      };
      let next = 0;
      if (mode === 'sync') while (next < count) write(next++);
      else
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            while (next < count) await write(next++);
          }),
        );
      const used = process.cpuUsage(cpu);
      runs[mode].push({
        wall: (performance.now() - start) / count,
        blocked: blocked / count,
        cpu: (used.user + used.system) / 1000 / count,
      });
    }
  }
  rmSync(root, { recursive: true, force: true });
  console.log(
    `\n## safe writes: synchronous vs asynchronous (ms per file, medians of ${rounds} interleaved rounds of ${count} files)`,
  );
  table([
    ['write', 'main thread blocked', 'wall', 'CPU'],
    ...Object.entries(runs).map(([mode, list]) => [
      mode,
      ...['blocked', 'wall', 'cpu'].map((k) => median(list.map((r) => r[k])).toFixed(2)),
    ]),
  ]);
}

await writes();

console.log(
  `\n## build: cold, warm, and warm with one procedure changed (wall seconds; CPU seconds of procmap's process)`,
);
const rows = [['catalog', 'run', 'seconds', 'CPU s', 'ms/procedure', 'peak MiB', 'load avg']];
const small = scenario(bundled, join(DATA, 'site-bundled'), 'xa/dang-ky-ket-hon.yaml', []);
for (const [name, run] of Object.entries(small))
  rows.push(row('bundled (17), with PDF', name, run, name === 'cold' ? 17 : 0));
const big = scenario(synthetic, join(DATA, `site-${COUNT}`), 'd01/qt-00500.yaml', ['--no-pdf']);
for (const [name, run] of Object.entries(big))
  rows.push(row(`synthetic (${COUNT}), no PDF`, name, run, name === 'cold' ? COUNT : 0));
let pdfCold;
if (PDF_COLD) {
  const out = join(DATA, `site-${COUNT}-pdf`);
  rmSync(out, { recursive: true, force: true });
  const startLoad = load();
  pdfCold = { ...build(synthetic, out), load: startLoad };
  rows.push(row(`synthetic (${COUNT}), with PDF`, 'cold', pdfCold, COUNT));
  rmSync(out, { recursive: true, force: true });
}
table(rows);

console.log(`\n## targets (issue 16), ${COUNT} procedures${COUNT === 1682 ? '' : ' (the targets are for 1,682)'}`);
const verdict = (run, limit) => (run === undefined ? 'not run' : run.seconds <= limit ? 'met' : 'not met');
table([
  ['target', 'limit s', 'seconds', 'CPU s', 'load avg', 'met'],
  ...[
    ['cold build with PDFs', 180, pdfCold],
    ['cold build without PDFs', 60, big.cold],
    ['warm build, one procedure changed', 2, big['warm, one changed']],
    ['warm build, nothing changed', 1, big['warm, nothing changed']],
  ].map(([name, limit, run]) => [
    name,
    limit,
    run ? run.seconds.toFixed(2) : '',
    run ? run.cpuSeconds.toFixed(2) : '',
    run ? run.load : '',
    verdict(run, limit),
  ]),
]);
console.log(
  `load average now ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} on this machine`,
);
