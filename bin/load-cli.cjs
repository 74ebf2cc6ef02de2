'use strict';
// Loads the CLI bundle (dist/bundle/main.cjs) the fast way: compiled by V8 from the code cache that the build made by
// running it once (dist/bundle/main.code-cache), so a start skips parsing and compiling what a lint needs. Node 20 has
// no compile cache for modules (module.enableCompileCache came in Node 22), hence one script through vm.Script. A
// cache that this Node's V8 does not accept (another Node version, other V8 flags) is ignored by V8 itself, and the
// bundle is compiled from its source: slower, never different.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'main.cjs');
const CODE_CACHE = join(__dirname, '..', 'dist', 'bundle', 'main.code-cache');

/**
 * Compiles and runs the bundle; returns its exports (`main`) and the compiled script (the build asks it for its code
 * cache). `cache`: the code cache to use, read from dist/bundle/ by default; false compiles without one.
 */
function loadCli({ cache } = {}) {
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData = cache === false ? undefined : cache;
  if (cache === undefined) {
    try {
      cachedData = readFileSync(CODE_CACHE);
    } catch {
      // No cache (a build that stopped before making it): compiled from source.
    }
  }
  // The bundle's view of the module world, as a CommonJS module has it, plus the two things esbuild's CommonJS output
  // cannot express: the bundle's own URL (import.meta.url in the sources) and import() of the packages that stay
  // outside it, which a vm.Script cannot call itself on Node 20 once compiled from a cache.
  const script = new vm.Script(`(function (exports, require, module, __procmapUrl, __procmapImport) {${source}\n})`, {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(BUNDLE),
    module,
    pathToFileURL(BUNDLE).href,
    (specifier) => import(specifier),
  );
  return { cli: module.exports, script };
}

module.exports = { loadCli, CODE_CACHE };
