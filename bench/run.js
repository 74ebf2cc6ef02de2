#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other, each measuring its comparisons side by side in one run.
// Figures and their reading are in docs/performance.md.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib.js';

const BENCHES = [
  ['lint: procmap vs ajv-cli vs Spectral, start-up', 'lint.js'],
  ['flowcharts: pooled browser vs mmdc per file', 'flowchart.js'],
  ['diff on a whole catalog in git', 'diff.js'],
  ['build: cold, warm, one changed', 'build.js'],
  ['serve: save to reload', 'serve.js'],
  ['ontime: dossier exports, CSV and XLSX', 'ontime.js'],
  ['calendar-day sweep with parallel branches', 'sweep.js'],
];

let failed = 0;
for (const [title, script] of BENCHES) {
  console.log(`\n# ${title}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'bench', script)], { cwd: ROOT, stdio: 'inherit' });
  console.log(`(${script}: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
