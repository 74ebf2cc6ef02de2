import jsyaml from 'js-yaml';
import type { Translated } from '../i18n.js';
import { isColumnMappingText } from '../model/mapping-shape.js';

// The keys only a procedure has at its top (docs: README "The procedure file"); a configuration has none of them.
const PROCEDURE_ONLY = ['id', 'title', 'steps', 'bodies', 'time_limit'];
// The keys a configuration has at its top (schemas/config.schema.json): a file with one is a configuration gone wrong,
// whose problems are told one by one.
const CONFIG_KEYS = [
  'lang',
  'calendar',
  'site',
  'logo',
  'extends',
  'rules',
  'ontime',
  'overrides',
  'import',
  'ignores',
];

/**
 * Why a file given as the configuration is another kind of procmap file (a procedure, a column mapping), in plain
 * words and what to give instead; undefined when it is no such file. A procedure given to `--config` was refused with
 * a "not allowed here" line for each of its 20-odd fields, none of which said what was wrong.
 */
export function notAConfiguration(shown: string, text: string): Translated | undefined {
  if (isColumnMappingText(text))
    return {
      en: `"${shown}" is a column mapping (columns, steps, statuses), not procmap's configuration: give it to --map of procmap ontime or procmap import`,
      vi: `Tệp "${shown}" là bảng ghép cột (columns, steps, statuses), không phải cấu hình của procmap: hãy dùng nó với --map của procmap ontime hoặc procmap import`,
    };
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!looksLikeProcedure(data) || Object.keys(data as object).some((key) => CONFIG_KEYS.includes(key)))
    return undefined;
  return {
    en: `"${shown}" is a procedure (id, title, steps), not procmap's configuration (lang, extends, rules, calendar…): give --config a procmap.config.yaml (procmap init writes one), or leave --config out`,
    vi: `Tệp "${shown}" là một quy trình (id, title, steps), không phải cấu hình của procmap (lang, extends, rules, calendar…): hãy dùng --config với tệp procmap.config.yaml (procmap init tạo tệp này), hoặc bỏ --config`,
  };
}

/** Whether parsed YAML is a procedure's top level: two of the keys only a procedure has, steps a list, a value not text. */
export function looksLikeProcedure(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  if (record.steps !== undefined && !Array.isArray(record.steps)) return false;
  // A flat column mapping (`id: Mã hiệu`, `title: Tên thủ tục`) names a procedure's fields too, each with a header's
  // text: a procedure has a value of another kind (its steps, bodies, revision).
  return (
    Object.keys(record).filter((key) => PROCEDURE_ONLY.includes(key)).length >= 2 &&
    Object.values(record).some((value) => typeof value !== 'string')
  );
}

/**
 * Why a procedure given to --map (the file beside it in the folder) is refused, its 20-odd fields being no column
 * headers: `example`, a field: header pair of the command's own; undefined when `data` is no procedure.
 */
export function procedureAsMap(data: unknown, where: string, example: string): Translated | undefined {
  if (!looksLikeProcedure(data)) return undefined;
  return {
    en: `${where}: this is a procedure (id, title, steps), not a column mapping: --map takes a file of field: column header pairs under "columns", e.g. "${example}"`,
    vi: `${where}: đây là một quy trình (id, title, steps), không phải bảng ghép cột: --map nhận tệp gồm các cặp trường: tiêu đề cột trong "columns", ví dụ "${example}"`,
  };
}
