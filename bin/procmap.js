#!/usr/bin/env node
// Thin entry: all behaviour lives in src/cli/main.ts (bundled into dist/bundle/ for a fast start); this file only
// maps its result to the exit code.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
