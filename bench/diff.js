#!/usr/bin/env node
// Benchmark of `procmap diff` on a whole catalog in a real git repository: ~1,700 procedures made from the bundled
// ones (new ids), two commits with a few dozen edits and moves, then a third that touches every file (the worst case,
// where nothing can be skipped). Uses dist/: run `npm run build` first. Usage: node bench/diff.js [count]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../dist/cli/main.js';
import { loadFile } from '../dist/model/load.js';
import { lint } from '../dist/lint/linter.js';
import { yamlFiles } from './lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const COUNT = Number(process.argv[2] ?? 1700);
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: GIT_ENV, maxBuffer: 256 * 1024 * 1024 }).toString();
}

/** The bundled procedures that load and pass the schema (the catalog may be mid-edit): the templates. */
function templates() {
  const sources = yamlFiles(join(ROOT, 'procedures')).map((file) => loadFile(file, readFileSync(file)));
  const valid = new Set(lint(sources, { rules: [] }).procedures.map((entry) => entry.file));
  return sources.filter((source) => valid.has(source.file)).map((source) => source.text);
}

/** Runs procmap in this process and returns the time taken, the exit code and the output. */
async function timed(args, cwd) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s) => (stdout += s), isTTY: false },
    stderr: { write: (s) => (stderr += s) },
    cwd,
    env: process.env,
  };
  const previous = process.cwd();
  process.chdir(cwd);
  const start = performance.now();
  const code = await main(args, io);
  const ms = performance.now() - start;
  process.chdir(previous);
  return { ms, code, stdout, stderr };
}

const texts = templates();
if (texts.length === 0) throw new Error('No valid bundled procedure to copy');
const scratch = mkdtempSync(join(tmpdir(), 'procmap-bench-diff-'));
try {
  const repo = join(scratch, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '-q');
  const files = [];
  for (let n = 0; n < COUNT; n++) {
    const text = texts[n % texts.length].replace(/^id: (.+)$/m, (_, id) => `id: ${id}-${String(n).padStart(4, '0')}`);
    const file = join(
      'procedures',
      `nhom-${String(Math.floor(n / 100)).padStart(2, '0')}`,
      `qt-${String(n).padStart(4, '0')}.yaml`,
    );
    mkdirSync(join(repo, dirname(file)), { recursive: true });
    writeFileSync(join(repo, file), text);
    files.push(file);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');

  // Revision: 2% get a time limit one day longer, 2% a first step twice as long, 1% move folder.
  let edited = 0;
  files.forEach((file, n) => {
    const path = join(repo, file);
    if (n % 50 === 7) {
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/^time_limit: (\d+)d$/m, (_, d) => `time_limit: ${Number(d) + 1}d`),
      );
      edited++;
    } else if (n % 50 === 23) {
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/duration: (\d+)h/, (_, h) => `duration: ${Number(h) * 2}h`),
      );
      edited++;
    } else if (n % 100 === 42) {
      mkdirSync(join(repo, 'procedures', 'moved'), { recursive: true });
      renameSync(path, join(repo, 'procedures', 'moved', `qt-${n}.yaml`));
    }
  });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'revision');

  const results = [];
  const run = async (label, args) => {
    const best = [];
    let last;
    for (let i = 0; i < 3; i++) {
      last = await timed(args, repo);
      best.push(last.ms);
    }
    if (last.code === 2) throw new Error(`${label}: ${last.stderr}`);
    const changes = JSON.parse(last.stdout).changes.length;
    results.push({ label, ms: Math.min(...best), changes, code: last.code });
  };
  await run(`git tree vs git tree (${edited} files edited, ${Math.floor(COUNT / 100)} moved)`, [
    'diff',
    'HEAD~1:procedures',
    'HEAD:procedures',
    '--format',
    'json',
  ]);
  await run('--since HEAD~1 (git tree vs working tree, every file hashed)', [
    'diff',
    '--since',
    'HEAD~1',
    '--format',
    'json',
    'procedures',
  ]);

  // Worst case: every file differs, so every file of both sides is parsed, validated and compared.
  for (const file of yamlFiles(join(repo, 'procedures')))
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^effective: .*$/m, 'effective: 2027-01-01'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'touch all');
  await run('every file changed (nothing skipped)', [
    'diff',
    'HEAD~1:procedures',
    'HEAD:procedures',
    '--format',
    'json',
  ]);

  const spawnStart = performance.now();
  execFileSync(
    process.execPath,
    [join(ROOT, 'bin', 'procmap.js'), 'diff', 'HEAD~2:procedures', 'HEAD~1:procedures', '--format', 'json'],
    { cwd: repo, maxBuffer: 256 * 1024 * 1024 },
  );
  results.push({
    label: 'the binary, end to end (HEAD~2 vs HEAD~1, with Node start-up)',
    ms: performance.now() - spawnStart,
    changes: '',
    code: '',
  });

  console.log(`procmap diff on ${COUNT} procedures (${texts.length} bundled templates), best of 3 in-process runs:`);
  for (const r of results)
    console.log(`  ${r.ms.toFixed(0).padStart(6)} ms  ${r.label}${r.changes !== '' ? `  [${r.changes} changes]` : ''}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
