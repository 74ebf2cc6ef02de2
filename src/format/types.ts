import type { Diagnostic } from '../model/types.js';
import type { Lang } from '../i18n.js';
import type { RuleHelp } from './rule-help.js';

/** What a lint formatter turns into text. */
export interface LintReport {
  diagnostics: readonly Diagnostic[];
  /** How many files were linted. */
  files: number;
  /** The files linted, as shown to users, for formats that list clean files too (junit). */
  paths?: readonly string[];
  /** With `--quiet`: the warnings and infos found but left out of `diagnostics`, so a summary can say so. */
  hidden?: { warnings: number; infos: number };
  /**
   * How many files with problems some rules did not check, as they could not be read as a procedure: once those
   * problems are fixed the rules check them, and may find more.
   */
  unchecked?: number;
  /** Whether --fix can fix a problem of one of the `unchecked` files, and may then fix more the rules find. */
  uncheckedFixable?: boolean;
}

/** Presentation choices the CLI makes for a formatter. */
export interface FormatOptions {
  /** Apply ANSI colours (the CLI decides from the terminal, NO_COLOR and FORCE_COLOR). */
  color: boolean;
  lang: Lang;
  /** The folder that file paths are relative to, as an absolute path. */
  cwd?: string;
  /**
   * The top of the git work tree the run is in, as an absolute path: sarif writes its URIs relative to it, under
   * `%SRCROOT%`, and github its `file=` paths, as GitHub resolves both against the checkout's root. Without it, sarif
   * takes `cwd` as the root and github writes paths as shown.
   */
  sourceRoot?: string;
  /**
   * A path with its links resolved (sarif, github): a file named through a link into the work tree is placed in it, as the
   * work tree's top is found from the real folder. Without it, paths are compared as written.
   */
  realPath?: (path: string) => string;
  /** Each rule's help from its page, for formats that carry it (sarif); without it, a link only. */
  ruleHelp?: ReadonlyMap<string, RuleHelp>;
  /**
   * `lint`: the report comes from a command other than `lint` (time, build…), which has no `--fix`: the advice names
   * `procmap lint --fix`. Without it, the advice names the run's own option.
   */
  fixedBy?: 'lint';
}

/** A pure function from a lint report to the text to print or write. */
export type LintFormatter = (report: LintReport, options: FormatOptions) => string;

/** Counts of a report by severity. */
export function summarize(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
