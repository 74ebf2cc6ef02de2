/** Hard limits that keep one hostile or broken file from exhausting memory or time. */
export const LIMITS = {
  /** Largest procedure file read, in bytes. Real procedures are a few kilobytes. */
  maxFileBytes: 2 * 1024 * 1024,
  /** Most steps in one procedure. Real procedures have 3–30. */
  maxSteps: 1000,
  /** Most alias expansions while converting YAML to data (defeats "billion laughs"). */
  maxAliasCount: 100,
  /** Largest procmap.config.yaml or --config file, in bytes. Real ones are under a kilobyte. */
  maxConfigBytes: 256 * 1024,
  /** Largest --calendar file, in bytes: decades of holidays fit in a few kilobytes. */
  maxCalendarBytes: 256 * 1024,
  /** Deepest nesting of YAML collections. */
  maxDepth: 64,
} as const;
