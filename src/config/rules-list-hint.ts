import type { Lang } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import type { NodePath } from '../model/types.js';

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
