import type { LoadedFile } from '../model/load.js';
import type { Flow } from '../model/flow.js';
import type { Fix, NodePath, Procedure, Severity, SourceRange } from '../model/types.js';
import type { Lang, Translated } from '../i18n.js';
import type { WorkingCalendar } from '../time/calendar.js';
import type { Day } from '../time/moment.js';
import type { OptionsSchema } from './options.js';

/** What a rule reports: one of its message ids with its data, and where in the procedure. */
export interface Report<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  path: NodePath;
  /** Point at the key of a map entry instead of its value. */
  target?: 'key' | 'value';
  /** A source range that overrides `path`, for problems in the text rather than the data. */
  range?: SourceRange;
  /** A safe fix for `--fix`; only rules marked `fixable` offer one. */
  fix?: Fix;
  /** A check left undone rather than a wrong result: a warning where the rule is set to error, so it never blocks. */
  warnOnly?: boolean;
}

/** A rule's options as the linter hands them over: every option present, defaults filled in. */
export type AnyOptions = Readonly<Record<string, unknown>>;

/** Everything a per-file rule may look at. Rules only read; they never touch files or the terminal. */
export interface RuleContext<MessageId extends string = string, Options = AnyOptions> {
  file: string;
  procedure: Procedure;
  flow: Flow;
  source: LoadedFile;
  /** Working hours in one working day of the catalog's calendar. */
  hoursPerDay: number;
  /** The catalog's working calendar. */
  calendar: WorkingCalendar;
  /** Today, when the caller knows it (rules stay pure: no clock of their own). */
  today?: Day;
  options: Options;
  /** Language of messages, for data a rule formats itself (numbers, units). */
  lang: Lang;
  report(report: Report<MessageId>): void;
}

export type { CatalogEntry } from '../model/types.js';

/** What a catalog rule may look at: the small facts it collected from each valid file. */
export interface CatalogContext<MessageId extends string = string, Options = AnyOptions, Facts = unknown> {
  entries: readonly { file: string; facts: Facts }[];
  options: Options;
  report(file: string, report: Report<MessageId>): void;
  /** Language of messages, for data a rule words itself (which of two look-alike file names it means). */
  lang: Lang;
  /** The line a path stands on in a file of the catalog, for a message that points from one file to another. */
  lineOf(file: string, path: NodePath): number | undefined;
}

/**
 * A lint rule as the registry, linter and configuration see it: metadata, messages in every language, and its
 * checks. Rules are written with `defineRule` (./define-rule.ts), which types message ids, options and facts.
 */
export interface Rule {
  id: string;
  description: Translated;
  severity: Severity;
  /** In the `recommended` preset; every rule is in `all`. */
  recommended: boolean;
  messages: Readonly<Record<string, Translated>>;
  /** Offers fixes with its reports, applied by `procmap lint --fix`. */
  fixable?: boolean;
  /** The options the rule takes, each with its default and the values it accepts; checked when the config loads. */
  options?: OptionsSchema;
  /** The options with their defaults; without `options`, a configured option must have the default's type. */
  defaultOptions?: Readonly<Record<string, string | number | boolean>>;
  /** Checks one procedure that passed the schema. */
  check?(context: RuleContext): void;
  /** Collects the few facts a catalog check needs from one file; whole procedures are not kept for 20,000 files. */
  collect?(procedure: Procedure): unknown;
  /** Checks the whole catalog at once, from what `collect` gathered. */
  checkCatalog?(context: CatalogContext): void;
}
