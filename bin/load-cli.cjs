'use strict';
// Loads the CLI bundle the fast way: compiled by V8 from the code cache that the build made by running it once, so a
// start skips parsing and compiling what a lint needs. Node 20 has no compile cache for modules
// (module.enableCompileCache came in Node 22), hence one script through vm.Script. A cache that this Node's V8 does
// not accept (another Node version, other V8 flags) is ignored by V8 itself, and the bundle is compiled from its
// source: slower, never different. A lint, the command run most, loads a bundle that holds no other command
// (dist/bundle/lint.cjs): half the code to read and compile.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const DIR = join(__dirname, '..', 'dist', 'bundle');
/** The bundles and their code caches: every command (`main`), and lint's alone (`lint`). */
const BUNDLES = {
  main: { script: join(DIR, 'main.cjs'), codeCache: join(DIR, 'main.code-cache') },
  lint: { script: join(DIR, 'lint.cjs'), codeCache: join(DIR, 'lint.code-cache') },
};

/**
 * The bundle a run needs: lint's when it runs `lint`, named as main.ts names the command it defines (the root's
 * options take no value, so the first word that is not an option), else the one with every command.
 */
function bundleFor(argv) {
  return argv.find((arg) => !arg.startsWith('-')) === 'lint' ? 'lint' : 'main';
}

/**
 * Sets V8's `--no-regexp-tier-up` (see loadCli) through node:v8's own binding: node:v8 itself loads Node's streams
 * (internal/heap_utils), 10 M instructions that a one-file lint otherwise does without (test/cli/binary.test.ts).
 * process.binding is deprecated (DEP0111) for reading Node's internals; this only sets a flag, so its warning is
 * silenced for the one call. Where it is gone or refused (`--permission`), patterns compile as before: slower, never
 * different.
 */
function setRegExpFlag() {
  const before = process.noDeprecation;
  // Under --no-deprecation Node makes it true and read-only: left alone.
  const silence = before !== true;
  try {
    if (silence) process.noDeprecation = true;
    process.binding('v8').setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // No binding: the interpreter first, as V8 does by default.
  } finally {
    if (silence) process.noDeprecation = before;
  }
}

/**
 * Compiles and runs a bundle; returns its exports (`main`) and the compiled script (the build asks it for its code
 * cache). `bundle`: which one, `main` by default; `cache`: the code cache to use, read from dist/bundle/ by default;
 * false compiles without one; `compileRegExpsOnce`: see below (the binary's runs; never a run that makes a cache).
 */
function loadCli({ cache, bundle = 'main', compileRegExpsOnce = false } = {}) {
  const { script: file, codeCache } = BUNDLES[bundle];
  // The build writes the bundles in ASCII (scripts/bundle.mjs, asciiOnly), which reads the same as latin1, without
  // the UTF-8 decoder's pass over 0.7 MB (about 2 ms of a start).
  const source = readFileSync(file, 'latin1');
  let cachedData = cache === false ? undefined : cache;
  if (cache === undefined) {
    try {
      cachedData = readFileSync(codeCache);
    } catch {
      // No cache (a build that stopped before making it): compiled from source.
    }
  }
  // The bundle is one function (scripts/bundle.mjs writes it so), called with its view of the module world, as a
  // CommonJS module has it, plus the two things esbuild's CommonJS output cannot express: the bundle's own URL
  // (import.meta.url in the sources) and import() of the packages that stay outside it, which a vm.Script cannot call
  // itself on Node 20 once compiled from a cache.
  const script = new vm.Script(source, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  // V8 compiles a regular expression first to bytecode for its interpreter and, from its second run (or its first
  // global replace), again to machine code: most of procmap's patterns run more than once, so a start compiled most of
  // them twice (a net 38 M of a one-file lint's 784 M instructions, docs/performance.md). Straight to machine code
  // instead; what they match is the same. Set only once the script is compiled: V8 checks a code cache against the
  // flags, so the cache (made without it) is still accepted, and a cache made after it would be rejected by every
  // start, which is why the build's run never asks for it.
  if (compileRegExpsOnce) setRegExpFlag();
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(file),
    module,
    pathToFileURL(file).href,
    (specifier) => import(specifier),
  );
  return { cli: module.exports, script };
}

module.exports = { loadCli, bundleFor, BUNDLES };
