// Benchmark: `procmap lint` against ajv-cli (schema only) and Spectral (schema via its ruleset) on the same
// synthetic catalogs, side by side in one run; plus start-up on one file against `node -e 0`.
// Catalogs: 2,000 files as generated (most procedures are past their first revision without a revision history:
// one located warning each), the same 2,000 made clean, and 20,000 as generated. Every figure is given as wall time
// and as CPU time (user + system): on a machine shared with other jobs the CPU ratios are the steadier ones.
// Options: --no-spectral skips the Spectral subset; PROCMAP_BEFORE=<path to another bin/procmap.js> adds that build
// to every comparison (before/after figures in one run).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCatalog } from './generate.js';
import { DATA, ROOT, runNode, sideBySide, table } from './lib.js';

const TOOLS = join(ROOT, 'bench', 'tools');
const AJV = join(TOOLS, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const SPECTRAL = join(TOOLS, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const BIN = join(ROOT, 'bin', 'procmap.js');
const SCHEMA = join(ROOT, 'schemas', 'procedure.schema.json');

/** Installs the tools procmap is compared with (pinned in bench/tools/package-lock.json) when missing. */
function ensureTools() {
  if (existsSync(AJV) && existsSync(SPECTRAL)) return;
  console.log('installing ajv-cli and Spectral into bench/tools …');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', TOOLS], { stdio: 'inherit' });
}

function spectralRuleset() {
  // Spectral bundles JS rulesets and cannot import JSON: inline the schema.
  const file = join(DATA, 'spectral-ruleset.js');
  // On a fresh clone nothing has made the data folder yet when this runs first.
  mkdirSync(DATA, { recursive: true });
  const schema = readFileSync(SCHEMA, 'utf8');
  writeFileSync(
    file,
    `const { schema } = require('@stoplight/spectral-functions');\nmodule.exports = { rules: { 'procedure-schema': { given: '$', severity: 'error', then: { function: schema, functionOptions: { schema: ${schema}, dialect: 'draft2020-12', allErrors: true } } } } };\n`,
  );
  return file;
}

/**
 * A generated catalog, made once; without syntax errors, since ajv-cli stops at the first unparsable file. `clean`
 * gives every procedure revision 1, so that no rule has anything to say (the generated revisions 2–4 without a
 * `history` draw one located warning each).
 */
function catalog(count, { clean = false } = {}) {
  const dir = join(DATA, `catalog-${count}-0${clean ? '-clean' : ''}`);
  const marker = join(dir, '.complete');
  if (!existsSync(marker)) {
    generateCatalog(count, dir, { brokenRate: 0 });
    if (clean) {
      for (const file of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.yaml'))) {
        const path = join(dir, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^revision: \d+$/m, 'revision: 1'));
      }
    }
    writeFileSync(marker, '');
  }
  return dir;
}

/** How many diagnostics procmap's JSON report holds. */
function diagnosticCount(result) {
  try {
    return JSON.parse(result.stdout).diagnostics.length;
  } catch {
    return NaN;
  }
}

/** Checks that a compared tool really went through every file, so a crash is never timed as speed. */
function assertAllChecked(tool, result) {
  // The catalogs are clean: exit 0 means every file was read and valid (stdout may be cut short by process.exit).
  if (result.code !== 0) throw new Error(`${tool} failed (exit ${result.code}):\n${result.stderr.slice(0, 500)}`);
}

/** Runs the lint benchmark and returns its figures. */
function benchLint({ rounds = 5, spectralFiles = 2000, spectral = !process.argv.includes('--no-spectral') } = {}) {
  ensureTools();
  const ruleset = spectralRuleset();
  const before = process.env.PROCMAP_BEFORE;
  const results = {};
  const cases = [
    { name: '2000 with diagnostics', count: 2000 },
    { name: '2000 clean', count: 2000, clean: true },
    { name: '20000 with diagnostics', count: 20000 },
  ];
  for (const { name, count, clean } of cases) {
    const dir = catalog(count, { clean });
    const glob = `${dir}/**/*.yaml`;
    const diagnostics = {};
    const procmap = (bin, label) => () => {
      const result = runNode([bin, 'lint', '--format', 'json', dir]);
      diagnostics[label] = diagnosticCount(result);
      return result;
    };
    const commands = {
      procmap: procmap(BIN, 'procmap'),
      'ajv-cli': () => {
        const result = runNode([
          AJV,
          'validate',
          '--spec=draft2020',
          '--all-errors',
          '--strict=false',
          '-s',
          SCHEMA,
          '-d',
          glob,
        ]);
        assertAllChecked('ajv-cli', result);
        return result;
      },
      ...(before ? { 'procmap before': procmap(before, 'procmap before') } : {}),
    };
    results[name] = {
      count,
      diagnostics,
      byTool: sideBySide(commands, count >= 20000 ? Math.max(1, rounds - 2) : rounds),
    };
    // Each case as soon as it is measured: on a loaded machine the whole run takes long.
    console.log(
      `${name}: ${Object.entries(results[name].byTool)
        .map(
          ([tool, r]) =>
            `${tool} ${r.seconds.toFixed(2)} s (CPU ${r.cpuSeconds.toFixed(2)} s), ${r.rssMiB.toFixed(0)} MiB`,
        )
        .join('; ')}`,
    );
  }
  if (!spectral) return { results, startup: startupBench(rounds, before) };
  // Spectral takes ~40 ms a file: one round, both tools on the same files named one by one.
  const dir2000 = catalog(2000);
  const files = readdirSync(dir2000, { recursive: true })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .slice(0, spectralFiles)
    .map((f) => join(dir2000, f));
  const sub = sideBySide(
    {
      procmap: () => runNode([BIN, 'lint', '--format', 'json', ...files]),
      spectral: () => runNode([SPECTRAL, 'lint', '--ruleset', ruleset, '--format', 'json', '--quiet', ...files]),
    },
    1,
  );
  return { results, spectralSubset: { files: spectralFiles, ...sub }, startup: startupBench(rounds, before) };
}

/** One-file lint against `node -e 0`. */
function startupBench(rounds, before) {
  const file = join(ROOT, 'procedures', 'xa', 'chung-thuc-ban-sao.yaml');
  return sideBySide(
    {
      'node -e 0': () => runNode(['-e', '0']),
      'procmap lint (1 file)': () => runNode([BIN, 'lint', file]),
      ...(before ? { 'procmap before (1 file)': () => runNode([before, 'lint', file]) } : {}),
    },
    rounds * 2,
  );
}

/** Prints the lint figures. */
function printLint({ results, spectralSubset, startup }) {
  console.log('\n## lint: procmap (all rules, positions) vs ajv-cli (schema only), medians');
  const rows = [
    ['files', 'tool', 'diagnostics', 'wall s', 'CPU s', 'CPU ms/file', 'peak MiB', 'wall ÷ ajv-cli', 'CPU ÷ ajv-cli'],
  ];
  for (const [name, { count, diagnostics, byTool }] of Object.entries(results)) {
    for (const [tool, r] of Object.entries(byTool)) {
      rows.push([
        name,
        tool,
        diagnostics[tool] ?? '',
        r.seconds.toFixed(2),
        r.cpuSeconds.toFixed(2),
        ((r.cpuSeconds * 1000) / count).toFixed(3),
        r.rssMiB.toFixed(0),
        (r.seconds / byTool['ajv-cli'].seconds).toFixed(2) + '×',
        (r.cpuSeconds / byTool['ajv-cli'].cpuSeconds).toFixed(2) + '×',
      ]);
    }
  }
  table(rows);
  if (spectralSubset) {
    console.log(`\n## lint: procmap vs Spectral on the same ${spectralSubset.files} files, one run each`);
    const p = spectralSubset.procmap;
    const s = spectralSubset.spectral;
    table([
      ['tool', 'seconds', 'peak MiB'],
      ['procmap', p.seconds.toFixed(2), p.rssMiB.toFixed(0)],
      ['spectral', s.seconds.toFixed(2), s.rssMiB.toFixed(0)],
      ['ratio', `${(s.seconds / p.seconds).toFixed(1)}× faster`, ''],
    ]);
  }
  console.log('\n## start-up: lint one file vs node -e 0, medians');
  const n = startup['node -e 0'];
  const rows2 = [['command', 'wall s', 'CPU s', 'wall ÷ node -e 0', 'CPU ÷ node -e 0']];
  for (const [name, r] of Object.entries(startup))
    rows2.push([
      name,
      r.seconds.toFixed(3),
      r.cpuSeconds.toFixed(3),
      `${(r.seconds / n.seconds).toFixed(2)}×`,
      `${(r.cpuSeconds / n.cpuSeconds).toFixed(2)}×`,
    ]);
  table(rows2);
}

printLint(benchLint());
