import jsyaml from 'js-yaml';

// The top-level keys of a column mapping (`procmap ontime --map`, `procmap import --map`): columns, and for ontime the
// steps' and statuses' own headers (src/cli/commands/ontime.ts parseMapping). No procedure field is named columns.
const MAPPING_KEYS = new Set(['columns', 'steps', 'statuses']);
// A line that starts the top-level columns section: files without one are no mapping, and are not parsed here.
const COLUMNS_LINE = /^(?:columns|"columns"|'columns')[ \t]*:/m;

/** Whether a plain map (not a list, not a scalar). */
function isMap(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Whether YAML text is a column mapping rather than a procedure: a map whose keys are only a mapping's, with columns
 * a map (and steps, if any, a map of step to header, where a procedure's steps are a list). Text that does not parse
 * is no mapping: it is linted, and its problems told at their lines.
 */
export function isColumnMappingText(text: string): boolean {
  if (!COLUMNS_LINE.test(text)) return false;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return false;
  }
  if (!isMap(data)) return false;
  const record = data as Record<string, unknown>;
  return (
    Object.keys(record).every((key) => MAPPING_KEYS.has(key)) &&
    isMap(record.columns) &&
    (record.steps === undefined || record.steps === null || isMap(record.steps))
  );
}
