import { json } from './json.js';
import { stylish } from './stylish.js';
import type { LintFormatter } from './types.js';

/** Lint formatters by the name given to `--format`. */
export const LINT_FORMATTERS: Readonly<Record<string, LintFormatter>> = { stylish, json };
