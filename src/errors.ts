import type { Lang, Translated } from './i18n.js';

/** Where a bug in procmap is reported: named by every message that says a failure is procmap's, not the user's. */
export const ISSUES_URL = 'https://github.com/procmap/procmap/issues';

/** Exit codes: 0 clean, 1 problems found in the input, 2 procmap could not do its job. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/**
 * Whose the problem is: the input's (exit 1), the command line's or the environment's (exit 2). Anything thrown that
 * is not a ProcmapError is procmap's own bug (exit 2, with a line asking to report it).
 */
export type ErrorKind = 'input' | 'usage' | 'environment';

/** The exit code of each kind of ProcmapError. */
export const EXIT_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  input: EXIT.problems,
  usage: EXIT.failure,
  environment: EXIT.failure,
};

/** What a ProcmapError is made with besides its message: its cause, and whether the message starts with procmap's name. */
export interface ProcmapErrorOptions {
  cause?: unknown;
  named?: boolean;
}

/** The base of every error procmap expects; its message may come in every language, and main prints it in the run's. */
export class ProcmapError extends Error {
  private readonly translations: Translated | undefined;
  /**
   * The message has procmap's name as its first word, the subject of its sentence ("procmap chỉ tính được …"): main
   * does not name procmap before it again. Said by the thrower, since a message may start with a file of that name.
   */
  readonly named: boolean;

  constructor(
    readonly kind: ErrorKind,
    message: string | Translated,
    options?: ProcmapErrorOptions,
  ) {
    super(typeof message === 'string' ? message : message.en, options);
    this.translations = typeof message === 'string' ? undefined : message;
    this.named = options?.named === true;
  }

  /** The message in a language, or as given when it was given in one only. */
  text(lang: Lang): string {
    return this.translations?.[lang] ?? this.message;
  }
}

/** The input has a problem that stops procmap from doing this job with it (exit 1). */
export class InputError extends ProcmapError {
  override name = 'InputError';

  constructor(message: string | Translated, options?: ProcmapErrorOptions) {
    super('input', message, options);
  }
}

/** The command line was wrong: a bad option, a missing argument, a path that does not exist. */
export class UsageError extends ProcmapError {
  override name = 'UsageError';

  constructor(message: string | Translated, options?: ProcmapErrorOptions) {
    super('usage', message, options);
  }
}

/** procmap could not run: no browser, an unreadable folder, git failing. */
export class ToolError extends ProcmapError {
  override name = 'ToolError';

  constructor(message: string | Translated, options?: ProcmapErrorOptions) {
    super('environment', message, options);
  }
}

/**
 * procmap's own bug, caught where it would otherwise hang or write nonsense (a size that is not a number): not a
 * ProcmapError, so main reports it as a bug to file, exit 2.
 */
export class InternalError extends Error {
  override name = 'InternalError';
}

/**
 * Whether an error comes from the browser itself (a crash, a closed page, a timeout): puppeteer's errors all derive
 * from its PuppeteerError. Matched by class name so that only the renderer loads puppeteer.
 */
export function isBrowserFailure(error: unknown): error is Error {
  for (
    let proto = error instanceof Error ? Object.getPrototypeOf(error) : null;
    proto !== null && proto !== Error.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    if ((proto as { constructor?: { name?: string } }).constructor?.name === 'PuppeteerError') return true;
  }
  return false;
}

/** An error's stack (or message) followed by those of its causes, for --debug. */
export function errorTrace(error: unknown): string {
  const lines: string[] = [];
  const seen = new Set<unknown>();
  for (
    let current: unknown = error;
    current !== undefined && !seen.has(current);
    current = current instanceof Error ? current.cause : undefined
  ) {
    seen.add(current);
    const text = current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current);
    lines.push(lines.length === 0 ? text : `Caused by: ${text}`);
  }
  return lines.join('\n');
}
