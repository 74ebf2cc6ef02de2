// Benchmark: `procmap lint` against ajv-cli (schema only) and Spectral (schema via its ruleset) on the same
// synthetic catalogs, side by side in one run; plus start-up on one file against `node -e 0`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  const schema = readFileSync(SCHEMA, 'utf8');
  writeFileSync(
    file,
    `const { schema } = require('@stoplight/spectral-functions');\nmodule.exports = { rules: { 'procedure-schema': { given: '$', severity: 'error', then: { function: schema, functionOptions: { schema: ${schema}, dialect: 'draft2020-12', allErrors: true } } } } };\n`,
  );
  return file;
}

/** A generated catalog, made once; clean ones for the comparison, since ajv-cli stops at the first unparsable file. */
function catalog(count, brokenRate = 0) {
  const dir = join(DATA, `catalog-${count}-${brokenRate}`);
  const marker = join(dir, '.complete');
  if (!existsSync(marker)) {
    generateCatalog(count, dir, { brokenRate });
    writeFileSync(marker, '');
  }
  return dir;
}

/** Checks that a compared tool really went through every file, so a crash is never timed as speed. */
function assertAllChecked(tool, result) {
  // The catalogs are clean: exit 0 means every file was read and valid (stdout may be cut short by process.exit).
  if (result.code !== 0) throw new Error(`${tool} failed (exit ${result.code}):\n${result.stderr.slice(0, 500)}`);
}

/** Runs the lint benchmark and returns its figures. */
function benchLint({ rounds = 5, spectralFiles = 2000 } = {}) {
  ensureTools();
  const ruleset = spectralRuleset();
  const results = {};
  for (const count of [2000, 20000]) {
    const dir = catalog(count);
    const glob = `${dir}/**/*.yaml`;
    const commands = {
      procmap: () => runNode([BIN, 'lint', '--format', 'json', dir]),
      'ajv-cli': () => {
        const result = runNode([AJV, 'validate', '--spec=draft2020', '--all-errors', '--strict=false', '-s', SCHEMA, '-d', glob]);
        assertAllChecked('ajv-cli', result);
        return result;
      },
    };
    results[count] = sideBySide(commands, count >= 20000 ? Math.max(1, rounds - 2) : rounds);
  }
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
  const startup = sideBySide(
    {
      'node -e 0': () => runNode(['-e', '0']),
      'procmap lint (1 file)': () => runNode([BIN, 'lint', join(ROOT, 'procedures', 'xa', 'chung-thuc-ban-sao.yaml')]),
    },
    rounds * 2,
  );
  return { results, spectralSubset: { files: spectralFiles, ...sub }, startup };
}

/** Prints the lint figures. */
function printLint({ results, spectralSubset, startup }) {
  console.log('\n## lint: procmap (all rules, positions) vs ajv-cli (schema only), medians');
  const rows = [['files', 'tool', 'seconds', 'ms/file', 'peak MiB', 'procmap faster by']];
  for (const [count, byTool] of Object.entries(results)) {
    for (const [tool, r] of Object.entries(byTool)) {
      rows.push([count, tool, r.seconds.toFixed(2), ((r.seconds * 1000) / Number(count)).toFixed(3), r.rssMiB.toFixed(0), (r.seconds / byTool.procmap.seconds).toFixed(2) + '×']);
    }
  }
  table(rows);
  console.log(`\n## lint: procmap vs Spectral on the same ${spectralSubset.files} files, one run each`);
  const p = spectralSubset.procmap;
  const s = spectralSubset.spectral;
  table([
    ['tool', 'seconds', 'peak MiB'],
    ['procmap', p.seconds.toFixed(2), p.rssMiB.toFixed(0)],
    ['spectral', s.seconds.toFixed(2), s.rssMiB.toFixed(0)],
    ['ratio', `${(s.seconds / p.seconds).toFixed(1)}× faster`, ''],
  ]);
  console.log('\n## start-up: lint one file vs node -e 0, medians');
  const n = startup['node -e 0'];
  const l = startup['procmap lint (1 file)'];
  table([
    ['command', 'seconds'],
    ['node -e 0', n.seconds.toFixed(3)],
    ['procmap lint (1 file)', l.seconds.toFixed(3)],
    ['ratio', `${(l.seconds / n.seconds).toFixed(2)}×`],
  ]);
}

printLint(benchLint());
