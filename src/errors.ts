import type { Lang, Translated } from './i18n.js';

/** Exit codes: 0 clean, 1 problems found in the input, 2 procmap could not do its job. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** An error whose message may come in every language; main prints it in the run's language. */
class TranslatedError extends Error {
  private readonly translations: Translated | undefined;

  constructor(message: string | Translated) {
    super(typeof message === 'string' ? message : message.en);
    this.translations = typeof message === 'string' ? undefined : message;
  }

  /** The message in a language, or as given when it was given in one only. */
  text(lang: Lang): string {
    return this.translations?.[lang] ?? this.message;
  }
}

/** The command line was wrong: a bad option, a missing argument, a path that does not exist. */
export class UsageError extends TranslatedError {
  override name = 'UsageError';
}

/** procmap could not run: no browser, an unreadable folder, git failing. */
export class ToolError extends TranslatedError {
  override name = 'ToolError';
}
