#!/usr/bin/env node
// Thin entry: all behaviour lives in dist/cli/main.js; this file only maps its result to the exit code.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
