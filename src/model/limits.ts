/** Hard limits that keep one hostile or broken file from exhausting memory or time. */
export const LIMITS = {
  /** Largest procedure file read, in bytes. Real procedures are a few kilobytes. */
  maxFileBytes: 2 * 1024 * 1024,
  // Most steps in one procedure (one chart): 200, stated in schemas/procedure.schema.json. Real ones have 3–30.
  /** Most branches out of one step (decision or parallel). Real ones have 2–4; 50 already time the chart out. */
  maxBranches: 20,
  /** Most arrows in one chart; mermaid refuses charts over its own limit (MERMAID_CONFIG.maxEdges). */
  maxArrows: 400,
  /** Longest single text (a purpose, a step's description), in characters. Real ones are a few hundred. */
  maxTextLength: 10_000,
  /** Most characters of text in one file once aliases are expanded: one string reused by alias must not make a 200 MB document. */
  maxExpandedText: 2 * 1024 * 1024,
  /** Most alias expansions while converting YAML to data (defeats "billion laughs"). */
  maxAliasCount: 100,
  /** Largest procmap.config.yaml or --config file, in bytes. Real ones are under a kilobyte. */
  maxConfigBytes: 256 * 1024,
  /** Largest --calendar file, in bytes: decades of holidays fit in a few kilobytes. */
  maxCalendarBytes: 256 * 1024,
  /** Deepest nesting of YAML collections. */
  maxDepth: 64,
} as const;
