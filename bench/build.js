#!/usr/bin/env node
// Benchmark of `procmap build`: the bundled catalog and a synthetic catalog of 1,682 procedures, cold (nothing
// cached), warm with nothing changed, and warm with one procedure changed (target: under 3 s at 1,682).
// Uses dist/: run `npm run build` first. Usage: node bench/build.js [count]
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCatalog } from './generate.js';
import { DATA, ROOT, runNode, table } from './lib.js';

const BIN = join(ROOT, 'bin', 'procmap.js');
const COUNT = Number(process.argv[2] ?? 1682);

function build(catalog, out, ...flags) {
  const result = runNode([BIN, 'build', catalog, '-o', out, ...flags]);
  if (result.code !== 0) throw new Error(`build failed (${result.code}): ${result.stderr.slice(0, 800)}`);
  return result;
}

/** Raises one procedure's revision so that exactly one cache key changes. */
function changeOne(catalog, file) {
  const path = join(catalog, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^revision: (\d+)$/m, (_, n) => `revision: ${Number(n) + 1}`));
}

function scenario(name, catalog, out, file, count, flags) {
  rmSync(out, { recursive: true, force: true });
  const cold = build(catalog, out, ...flags);
  const warm = build(catalog, out, ...flags);
  changeOne(catalog, file);
  const one = build(catalog, out, ...flags);
  return [
    [name, 'cold', cold.seconds.toFixed(2), ((cold.seconds * 1000) / count).toFixed(0), cold.rssMiB.toFixed(0)],
    [name, 'warm, nothing changed', warm.seconds.toFixed(2), '', warm.rssMiB.toFixed(0)],
    [name, 'warm, one changed', one.seconds.toFixed(2), '', one.rssMiB.toFixed(0)],
  ];
}

const bundled = join(DATA, 'bundled-catalog');
rmSync(bundled, { recursive: true, force: true });
cpSync(join(ROOT, 'procedures'), bundled, { recursive: true });
const synthetic = join(DATA, `catalog-${COUNT}-build`);
if (!existsSync(join(synthetic, '.complete'))) {
  generateCatalog(COUNT, synthetic, { brokenRate: 0 });
  writeFileSync(join(synthetic, '.complete'), '');
}

console.log(`\n## build: cold, warm, and warm with one procedure changed (seconds, wall clock)`);
const rows = [['catalog', 'run', 'seconds', 'ms/procedure', 'peak MiB']];
rows.push(...scenario('bundled (17), with PDF', bundled, join(DATA, 'site-bundled'), 'xa/dang-ky-ket-hon.yaml', 17, []));
rows.push(...scenario('bundled (17), no PDF', bundled, join(DATA, 'site-bundled-nopdf'), 'xa/dang-ky-ket-hon.yaml', 17, ['--no-pdf']));
rows.push(...scenario(`synthetic (${COUNT}), no PDF`, synthetic, join(DATA, `site-${COUNT}`), 'd01/qt-00500.yaml', COUNT, ['--no-pdf']));
table(rows);
