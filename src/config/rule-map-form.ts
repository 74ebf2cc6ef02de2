import { dataObject, isMap } from '../model/data-object.js';
import { foldToAscii } from '../model/fold.js';
import type { NodePath } from '../model/types.js';
import type { Rule } from '../rules/types.js';

// The keys a rule's setting written as a YAML map names its severity and its options by, in either language, as
// officers write them in block style ("severity: warn" with "max: 4h" below it) rather than ESLint's `[warn, {…}]`.
const SEVERITY_KEYS = new Set(['severity', 'level', 'muc do', 'muc']);
const OPTIONS_KEYS = new Set(['options', 'tuy chon']);

const keyWord = (key: string) => foldToAscii(key).replace(/\s+/g, ' ').trim().toLowerCase();

/** Where each part of a setting rewritten as `[severity, { options }]` was written: its severity's key, its options'. */
interface Written {
  severityKey: string;
  /** Each option's path below the rule's entry as written: `['max']`, or `['options', 'max']`. */
  options: Map<string, NodePath>;
}

/** A setting in map form read as `[severity, { options }]`, or undefined when it is not one (no severity key). */
function fromMap(
  setting: Record<string, unknown>,
  rule: Rule | undefined,
): { list: unknown[]; written: Written } | undefined {
  const own = new Set(Object.keys(rule?.defaultOptions ?? {}));
  // A key that is one of the rule's own options is that option, whatever it looks like.
  const severityKeys = Object.keys(setting).filter((key) => !own.has(key) && SEVERITY_KEYS.has(keyWord(key)));
  if (severityKeys.length !== 1) return undefined;
  const severityKey = severityKeys[0]!;
  const options = dataObject();
  const places = new Map<string, NodePath>();
  for (const [key, value] of Object.entries(setting)) {
    if (key === severityKey) continue;
    const nested = !own.has(key) && OPTIONS_KEYS.has(keyWord(key)) && isMap(value);
    const entries: [string, unknown, NodePath][] = nested
      ? Object.entries(value).map(([name, v]) => [name, v, [key, name]])
      : [[key, value, [key]]];
    for (const [name, v, at] of entries) {
      // The same option both beside the severity and under `options:`: which one was meant is anyone's guess.
      if (places.has(name)) return undefined;
      options[name] = v;
      places.set(name, at);
    }
  }
  const list = places.size === 0 ? [setting[severityKey]] : [setting[severityKey], options];
  return { list, written: { severityKey, options: places } };
}

/** A configuration's rule settings in map form turned to lists, and the way back from a path in them to the file. */
export interface RuleMapForm {
  data: unknown;
  /** A path in `data` as it stands in the file. */
  written: (path: NodePath) => NodePath;
}

/**
 * The configuration with every rule setting written as a YAML map with a severity (`severity: warn`, `max: 4h`, or
 * the options under `options:`) read as the list form `[warn, { max: 4h }]` that the schema and the linter take. A map
 * with no severity is left as written: which severity its options go with is not said, and the check asks for it.
 */
export function withRuleListForm(data: unknown, rules: ReadonlyMap<string, Rule>): RuleMapForm {
  const places = new Map<string, { at: NodePath; written: Written }>();
  const convert = (section: unknown, at: NodePath): unknown => {
    if (!isMap(section)) return section;
    const copy = dataObject();
    for (const [id, setting] of Object.entries(section)) {
      const read = isMap(setting) ? fromMap(setting, rules.get(id)) : undefined;
      copy[id] = read?.list ?? setting;
      if (read) places.set(JSON.stringify([...at, id]), { at: [...at, id], written: read.written });
    }
    return copy;
  };
  if (!isMap(data)) return { data, written: (path) => path };
  const copy: Record<string, unknown> = { ...data };
  if ('rules' in copy) copy.rules = convert(copy.rules, ['rules']);
  if (Array.isArray(copy.overrides))
    copy.overrides = copy.overrides.map((override, i) =>
      isMap(override) && 'rules' in override
        ? { ...override, rules: convert(override.rules, ['overrides', i, 'rules']) }
        : override,
    );
  if (places.size === 0) return { data: copy, written: (path) => path };
  const written = (path: NodePath): NodePath => {
    // A rule's entry is at `rules.<id>` or `overrides.<i>.rules.<id>`: two or four segments.
    for (const length of [2, 4]) {
      const place = path.length >= length ? places.get(JSON.stringify(path.slice(0, length))) : undefined;
      if (place === undefined) continue;
      const [index, name, ...rest] = path.slice(length);
      if (index === 0) return [...place.at, place.written.severityKey];
      if (index === 1 && name !== undefined) {
        const at = place.written.options.get(String(name));
        return at === undefined ? place.at : [...place.at, ...at, ...rest];
      }
      return place.at;
    }
    return path;
  };
  return { data: copy, written };
}
