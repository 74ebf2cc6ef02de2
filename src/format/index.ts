import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { LintFormatter } from './types.js';

/** Lint formatters by the name given to `--format`. */
export const LINT_FORMATTERS: Readonly<Record<string, LintFormatter>> = { stylish, json, sarif, github, junit };
