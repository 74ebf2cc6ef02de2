#!/usr/bin/env node
'use strict';
// Thin entry: all behaviour lives in src/cli/main.ts, bundled into one script that starts from V8's code cache
// (bin/load-cli.cjs); this file only maps main()'s result to the exit code. CommonJS (bin/package.json): an ES module
// entry would make Node set up its module loader first, a few milliseconds of every start.

// Ctrl-C (or SIGTERM) while the bundle loads, before main installs its handlers (src/node/interrupt.ts), killed the
// process silently (the shell's 130) where a moment later the run said so and exited 2. A listener from the first
// line keeps the signal until the event loop turns, by when main's handlers are there to act on it; alone (a second
// Ctrl-C while the run cleans up), it ends the process at once with the code a shell gives a program a signal ended
// (128 + 2 for SIGINT, 128 + 15 for SIGTERM), as `serve` promises for a second Ctrl-C.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  const held = () => {
    if (process.listenerCount(signal) > 1) return;
    process.exit(code);
  };
  process.on(signal, held);
}

const { bundleFor, loadCli } = require('./load-cli.cjs');

const argv = process.argv.slice(2);
void loadCli({ bundle: bundleFor(argv), compileRegExpsOnce: true })
  .cli.main(argv)
  .then((code) => {
    process.exitCode = code;
  });
