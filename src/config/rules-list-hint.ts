import type { Lang } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import type { NodePath } from '../model/types.js';

/** Whether a path is a rule's setting in a `rules` section: the configuration's own, or an override's. */
const isSettingPath = (path: NodePath) => path.length > 1 && isRulesPath(path.slice(0, -1));

/** Whether a path is a `rules` section: the configuration's own, or an override's. */
const isRulesPath = (path: NodePath) =>
  (path.length === 1 && path[0] === 'rules') ||
  (path.length === 3 && path[0] === 'overrides' && typeof path[1] === 'number' && path[2] === 'rules');

/**
 * `rules:` written as a list (`- within-time-limit: error`, as ESLint's flat files and YAML lists elsewhere are
 * written), which the schema refuses as "not a list": what to write, from the officer's own first rule. Undefined for
 * anything else.
 */
export function rulesListHint(path: NodePath, value: unknown, lang: Lang): string | undefined {
  if (!isRulesPath(path) || !Array.isArray(value)) return undefined;
  const first: unknown = value[0];
  const entry = isMap(first) ? Object.entries(first)[0] : undefined;
  const id = entry?.[0] ?? (typeof first === 'string' ? first : 'unused-body');
  const level = entry !== undefined && typeof entry[1] === 'string' ? entry[1] : lang === 'vi' ? 'cảnh báo' : 'warn';
  return lang === 'vi'
    ? `"rules" là một bảng khóa – giá trị, không phải một danh sách: hãy bỏ dấu "- " ở đầu dòng, mỗi quy tắc một dòng với mức độ của nó, ví dụ ${id}: ${level}`
    : `"rules" is a map of keys and values, not a list: remove the "- " at the start of each line, a rule to a line with its severity, as in ${id}: ${level}`;
}

/**
 * A rule's options written as a map (`four-on-the-spot: { max: 4h }`, or `severity:` among them), which the schema
 * refuses as no severity: the line to write, the severity first and the options in braces after it, from the
 * officer's own options and severity (else `defaultSeverity`, the rule's own). Undefined for anything else.
 */
export function ruleOptionsHint(
  path: NodePath,
  value: unknown,
  defaultSeverity: string | undefined,
  lang: Lang,
): string | undefined {
  if (!isSettingPath(path) || !isMap(value)) return undefined;
  const id = String(path.at(-1));
  const { severity, ...options } = value;
  const level = typeof severity === 'string' ? severity : (defaultSeverity ?? 'error');
  const written = Object.entries(options)
    .map(([name, option]) => `${name}: ${typeof option === 'string' ? option : JSON.stringify(option)}`)
    .join(', ');
  const line = written === '' ? `${id}: ${level}` : `${id}: [${level}, { ${written} }]`;
  return lang === 'vi'
    ? `Tùy chọn của quy tắc "${id}" được ghi sau mức độ, trong ngoặc vuông: hãy ghi ${line}`
    : `The options of rule "${id}" are written after its severity, in square brackets: write ${line}`;
}
