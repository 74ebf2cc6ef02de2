#!/usr/bin/env node
'use strict';
// Thin entry: all behaviour lives in src/cli/main.ts, bundled into one script that starts from V8's code cache
// (bin/load-cli.cjs); this file only maps main()'s result to the exit code. CommonJS (bin/package.json): an ES module
// entry would make Node set up its module loader first, a few milliseconds of every start.
const { bundleFor, loadCli } = require('./load-cli.cjs');

const argv = process.argv.slice(2);
void loadCli({ bundle: bundleFor(argv) })
  .cli.main(argv)
  .then((code) => {
    process.exitCode = code;
  });
