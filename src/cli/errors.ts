/** Exit codes: 0 clean, 1 problems found in the input, 2 procmap could not do its job. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** The command line was wrong: a bad option, a missing argument, a path that does not exist. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** procmap could not run: no browser, an unreadable folder, git failing. */
export class ToolError extends Error {
  override name = 'ToolError';
}
