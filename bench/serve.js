#!/usr/bin/env node
// Benchmark of `procmap serve`: the time from saving a procedure to the reload event the open page receives
// (target: under 1 s on the bundled catalog). Five saves, one after the other, each waiting for its reload.
// Uses dist/: run `npm run build` first. Usage: node bench/serve.js
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { DATA, median, ROOT, table } from './lib.js';

const BIN = join(ROOT, 'bin', 'procmap.js');
const SAVES = 5;
const catalog = join(DATA, 'serve-catalog');
rmSync(catalog, { recursive: true, force: true });
cpSync(join(ROOT, 'procedures'), catalog, { recursive: true });
const file = join(catalog, 'xa', 'dang-ky-ket-hon.yaml');

const child = spawn(process.execPath, [BIN, 'serve', catalog, '--port', '0'], {
  env: { ...process.env, NO_COLOR: '1' },
});
let stdout = '';
child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
const started = Date.now();
const base = await new Promise((ready) => {
  const check = () => {
    const match = /procmap serve: (http:\/\/\S+\/)/.exec(stdout);
    if (match) ready(match[1]);
    else setTimeout(check, 50);
  };
  check();
});
const firstBuild = (Date.now() - started) / 1000;
let onReload = () => undefined;
await new Promise((ready) =>
  get(`${base}__procmap/events`, (response) => {
    response.setEncoding('utf8').on('data', (chunk) => chunk.includes('event: reload') && onReload());
    ready();
  }),
);
const latencies = [];
for (let i = 1; i <= SAVES; i++) {
  const reloaded = new Promise((done) => (onReload = done));
  const saved = performance.now();
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*?)( \(\d+\))?$/m, `title: $1 (${i})`));
  await reloaded;
  latencies.push(performance.now() - saved);
}
child.kill('SIGTERM');
console.log(`\n## serve: save → reload event (ms), bundled catalog (17), first build ${firstBuild.toFixed(1)} s`);
table([
  ['saves', 'median ms', 'max ms', 'target'],
  [String(SAVES), median(latencies).toFixed(0), Math.max(...latencies).toFixed(0), '< 1000'],
]);
