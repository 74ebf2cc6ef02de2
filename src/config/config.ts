import calendarSchema from './generated/calendar-schema.js';
import configSchema from './generated/config-schema.js';
import { fill, type Lang } from '../i18n.js';
import { isMap, valueAt } from '../model/data-object.js';
import { ruleOptionsHint, rulesListHint } from './rules-list-hint.js';
import { overlaps, readCalendarDates } from './calendar-dates.js';
import { readCalendarValues } from './calendar-values.js';
import { calendarKeyHint } from './calendar-key-hints.js';
import { soundPartProblems } from './calendar-file.js';
import { withCanonicalWords } from './config-words.js';
import type { LoadedFile } from '../model/load.js';
import { withMergeKeys } from './merge-keys.js';
import { withRuleListForm } from './rule-map-form.js';
import { loadSettingsFile } from './settings-source.js';
import { describeSchemaErrors } from '../model/schema.js';
import { quoted } from '../model/quote.js';
import { closest } from '../model/suggest.js';
import type { Diagnostic, NodePath } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { validate } from './generated/validate-config.js';

/** The name of the configuration file at a catalog's root. */
export const CONFIG_FILE_NAMES = ['procmap.config.yaml', 'procmap.config.yml'] as const;

/** A severity as written in the configuration: `warn` is shorter to type than `warning`. */
export type ConfiguredSeverity = 'off' | 'info' | 'warn' | 'error';

/** A rule's entry under `rules`: a severity, or a severity with options. */
export type ConfiguredRule = ConfiguredSeverity | [ConfiguredSeverity, Record<string, unknown>];

/** Rule settings for the files that match some globs, relative to the configuration file's folder. */
export interface ConfigOverride {
  files: string | string[];
  rules: Record<string, ConfiguredRule>;
}

/** procmap.config.yaml as validated against schemas/config.schema.json. */
export interface ProcmapConfig {
  /** The language of messages and documents, below `--lang` and PROCMAP_LANG. */
  lang?: Lang;
  /** The working calendar section (schemas/calendar.schema.json), or the name of a calendar file, relative to this one. */
  calendar?: Record<string, unknown> | string;
  /** The public site: `url` is where it is published, the target of QR codes and sitemap.xml. */
  site?: { url?: string };
  /** Columns of dossier exports for `procmap ontime` (src/ontime/columns.ts). */
  ontime?: {
    columns?: Record<string, string | string[]>;
    steps?: Record<string, string>;
    statuses?: Record<string, string>;
  };
  /** The logo of every document's control header, relative to the configuration file. */
  logo?: string;
  /** The preset the rules start from; `recommended` when absent. */
  extends?: 'recommended' | 'canonical' | 'all';
  rules?: Record<string, ConfiguredRule>;
  overrides?: ConfigOverride[];
  /** How `procmap import` reads spreadsheets: field → column header. */
  import?: { columns?: Record<string, string> };
}

/** A configuration file read and validated, or the precise problems that stop it from being used. */
export type ConfigResult = { ok: true; config: ProcmapConfig; file: string } | { ok: false; diagnostics: Diagnostic[] };

interface Problem {
  path: NodePath;
  target: 'key' | 'value';
  message: string;
}

const TEXT = {
  en: {
    unknownRule: 'Unknown rule "{id}"',
    hint: '; did you mean "{hint}"?',
    parse: 'Rule "parse" cannot be changed: a file that does not parse cannot be checked at all',
    noOptions: 'Rule "{id}" takes no options; write just its severity',
    catalogOptions:
      'Rule "{id}" checks the whole catalog at once, so its options go under the top-level `rules`; here write just its severity',
    unknownOption: 'Rule "{id}" has no option "{name}"',
    options: '; its options are {options}',
    optionType: 'Option "{name}" of rule "{id}" must be {expected}, not {value}',
    severity: 'The severity of rule "{id}"',
    shape: 'Rule "{id}" takes a severity, or [severity, { options }]',
    shapeNoOptions: 'Rule "{id}" takes no options: write just its severity, e.g. {id}: {severity}',
    shapeOptions:
      'Rule "{id}" takes a severity, or a severity and its options in braces: write e.g. {id}: {severity} or {id}: [{severity}, { {options} }]',
    types: {
      string: 'text',
      number: 'a number',
      boolean: 'true or false',
      list: 'a list',
      map: 'a map',
      empty: 'empty',
    },
  },
  vi: {
    unknownRule: 'Không có quy tắc "{id}"',
    hint: '; có phải là "{hint}"?',
    parse: 'Không thể đổi quy tắc "parse": tệp không đọc được thì không kiểm tra được gì',
    noOptions: 'Quy tắc "{id}" không có tùy chọn; chỉ ghi mức độ',
    catalogOptions:
      'Quy tắc "{id}" kiểm tra cả bộ quy trình một lần, nên tùy chọn của nó ghi trong `rules` ở cấp trên cùng; ở đây chỉ ghi mức độ',
    unknownOption: 'Quy tắc "{id}" không có tùy chọn "{name}"',
    options: '; các tùy chọn là {options}',
    optionType: 'Tùy chọn "{name}" của quy tắc "{id}" phải là {expected}, không phải {value}',
    severity: 'Mức độ của quy tắc "{id}"',
    shape: 'Quy tắc "{id}" nhận một mức độ, hoặc [mức độ, { tùy chọn }]',
    shapeNoOptions: 'Quy tắc "{id}" không có tùy chọn: chỉ ghi mức độ, ví dụ {id}: {severity}',
    shapeOptions:
      'Quy tắc "{id}" nhận một mức độ, hoặc mức độ và các tùy chọn trong dấu ngoặc nhọn: hãy ghi, ví dụ, {id}: {severity} hoặc {id}: [{severity}, { {options} }]',
    types: {
      string: 'văn bản',
      number: 'một số',
      boolean: 'true hoặc false',
      list: 'một danh sách',
      map: 'một bảng khóa – giá trị',
      empty: 'rỗng',
    },
  },
} as const;

type Words = (typeof TEXT)[Lang];

function typeName(value: unknown, w: Words): string {
  const kind = Array.isArray(value)
    ? 'list'
    : value === null
      ? 'empty'
      : typeof value === 'object'
        ? 'map'
        : typeof value;
  return w.types[kind as keyof Words['types']] ?? kind;
}

/** A configured value as the user wrote it, for "not …": words quoted, numbers and true/false as they are. */
function shown(value: unknown, w: Words): string {
  if (typeof value === 'string') return quoted(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeName(value, w);
}

/** What the schema cannot know: that each rule id exists, and that options fit the rule. */
function checkRuleSettings(settings: unknown, at: NodePath, rules: ReadonlyMap<string, Rule>, lang: Lang): Problem[] {
  const w = TEXT[lang];
  const problems: Problem[] = [];
  // Also run on a file that failed the schema, so one run reports every problem: skip what has the wrong shape.
  if (!isMap(settings)) return problems;
  for (const [id, setting] of Object.entries(settings)) {
    const rule = rules.get(id);
    if (!rule) {
      const hint = closest(id, rules.keys());
      problems.push({
        path: [...at, id],
        target: 'key',
        message: fill(w.unknownRule, { id }) + (hint ? fill(w.hint, { hint }) : ''),
      });
      continue;
    }
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (id === 'parse' && severity !== 'error') problems.push({ path: [...at, id], target: 'key', message: w.parse });
    if (!Array.isArray(setting) || setting.length !== 2 || !isMap(setting[1])) continue;
    // `[error, {}]` gives no option: nothing to refuse, whatever options the rule takes.
    if (Object.keys(setting[1]).length === 0) continue;
    const defaults = rule.defaultOptions ?? {};
    const known = Object.keys(defaults);
    if (known.length === 0) {
      problems.push({ path: [...at, id, 1], target: 'value', message: fill(w.noOptions, { id }) });
      continue;
    }
    // A catalog rule runs once over every file, with one set of options: an override could not apply its own.
    if (rule.checkCatalog && at[0] === 'overrides') {
      problems.push({ path: [...at, id, 1], target: 'value', message: fill(w.catalogOptions, { id }) });
      continue;
    }
    for (const [name, value] of Object.entries(setting[1])) {
      if (!Object.hasOwn(defaults, name)) {
        const hint = closest(name, known);
        const more = hint ? fill(w.hint, { hint }) : fill(w.options, { options: known.join(', ') });
        problems.push({
          path: [...at, id, 1, name],
          target: 'key',
          message: fill(w.unknownOption, { id, name }) + more,
        });
      } else {
        // A rule's options schema knows the values it takes; a rule without one takes any value of the default's type.
        const spec = rule.options?.[name];
        if (spec ? spec.accepts(value) : typeof value === typeof defaults[name]) continue;
        const expected = spec ? spec.expected[lang] : typeName(defaults[name], w);
        problems.push({
          path: [...at, id, 1, name],
          target: 'value',
          message: fill(w.optionType, { id, name, expected, value: spec ? shown(value, w) : typeName(value, w) }),
        });
      }
    }
  }
  return problems;
}

// A glob with many "*" in one name backtracks: `**/*a*a*a*a*b` takes seconds per long file name, growing with
// each "*". Three per name keep matching in milliseconds for any name a disk allows (255 characters).
const MAX_STARS_PER_NAME = 3;
const MAX_GLOB_LENGTH = 256;

/** Override globs that would take too long to match: too long, or too many "*" (or repeated groups) in one name. */
function globProblems(overrides: readonly unknown[], lang: Lang): Problem[] {
  const problems: Problem[] = [];
  overrides.forEach((override, i) => {
    const files = isMap(override) ? override.files : undefined;
    const globs = typeof files === 'string' ? [files] : Array.isArray(files) ? files : [];
    globs.forEach((glob, j) => {
      if (typeof glob !== 'string') return;
      const path = typeof files === 'string' ? ['overrides', i, 'files'] : ['overrides', i, 'files', j];
      if (glob.length > MAX_GLOB_LENGTH) {
        problems.push({
          path,
          target: 'value',
          message:
            lang === 'en'
              ? `The pattern is ${glob.length} characters long; a pattern has at most ${MAX_GLOB_LENGTH}`
              : `Mẫu đường dẫn dài ${glob.length} ký tự; một mẫu dài tối đa ${MAX_GLOB_LENGTH} ký tự`,
        });
        return;
      }
      // "**" as a whole folder name is cheap; "*" inside a name and repeated groups like "+(…)" are not.
      const stars = Math.max(
        ...glob.split('/').map((name) => (name === '**' ? 0 : (name.match(/\*+|[*+@!?]\(/g)?.length ?? 0))),
      );
      if (stars > MAX_STARS_PER_NAME) {
        problems.push({
          path,
          target: 'value',
          message:
            lang === 'en'
              ? `The pattern "${glob}" has ${stars} "*" in one name; use at most ${MAX_STARS_PER_NAME} (e.g. "procedures/tinh/**/*.yaml"), or list the files`
              : `Mẫu đường dẫn "${glob}" có ${stars} dấu "*" trong một tên; hãy dùng tối đa ${MAX_STARS_PER_NAME} (ví dụ "procedures/tinh/**/*.yaml"), hoặc liệt kê từng tệp`,
        });
      }
    });
  });
  return problems;
}

// How schema messages name the file ("The configuration must be a map…"); the calendar section's own schema, which
// the configuration's refers to: its "did you mean" hints need its properties; and, for a key with no near name, the
// keys its section takes, however many: a section's keys are few enough to read, and they are what to write instead.
const DESCRIBE = {
  whole: { en: 'The configuration', vi: 'Tệp cấu hình' },
  documents: [calendarSchema],
  listKeys: Infinity,
};

const SEVERITY = /^(?:off|info|warn|error)$/;

// `calendar: ""`: no file and no section.
const EMPTY_CALENDAR = {
  en: '"calendar" is empty: write the calendar file\'s name (calendar: lich-2027.yaml, next to this file) or the calendar\'s keys under it',
  vi: '"calendar" để trống: hãy ghi tên tệp lịch làm việc (calendar: lich-2027.yaml, cùng thư mục với tệp này) hoặc các trường của lịch ở dòng dưới',
} as const;

/**
 * What to write for a rule entry of the wrong shape (`[error, null]`, `[warn, {}, 3]`), in the rule's own terms: its
 * severity as written (else its default) alone, or with the options it takes and their defaults.
 */
function shapeMessage(id: string, setting: unknown, rules: ReadonlyMap<string, Rule>, lang: Lang): string {
  const w = TEXT[lang];
  const rule = rules.get(id);
  if (!rule) return fill(w.shape, { id });
  const written: unknown = Array.isArray(setting) ? setting[0] : undefined;
  const severity =
    typeof written === 'string' && SEVERITY.test(written)
      ? written
      : rule.severity === 'warning'
        ? 'warn'
        : rule.severity;
  const defaults = Object.entries(rule.defaultOptions ?? {});
  if (defaults.length === 0) return fill(w.shapeNoOptions, { id, severity });
  const options = defaults.map(([name, value]) => `${name}: ${String(value)}`).join(', ');
  return fill(w.shapeOptions, { id, severity, options });
}

/** The severity written first in a rule's list (`nfc: [high, {…}]`), named after its rule rather than as "Item 1". */
function severityName(path: NodePath, lang: Lang): string | undefined {
  const [rules, id, index] = path.slice(-3);
  return rules === 'rules' && index === 0 ? fill(TEXT[lang].severity, { id: String(id) }) : undefined;
}

/** Schema problems in words; a rule entry of the wrong shape gets one message that shows the right shape. */
/** A rule's default severity as the configuration writes it (`warn` for a warning), for an example line. */
const severityWord = (rule: Rule | undefined) =>
  rule === undefined ? undefined : rule.severity === 'warning' ? 'warn' : rule.severity;

function schemaProblems(data: unknown, lang: Lang, rules: ReadonlyMap<string, Rule>): Problem[] {
  const describe = { ...DESCRIBE, name: (path: NodePath) => severityName(path, lang) };
  // `if` only says that its `then` failed, which the `then` error already says better.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  // A list of the wrong length, or options that are not in braces (`[error, null]`): "Item 2 must be a map" names
  // neither the rule nor what to write.
  const isShape = (e: (typeof errors)[number]) =>
    ((e.keyword === 'minItems' || e.keyword === 'maxItems') && /\/rules\/[^/]+$/.test(e.instancePath)) ||
    (e.keyword === 'type' && /\/rules\/[^/]+\/1$/.test(e.instancePath));
  // One message a rule, at its entry: `[1, 2, 3]` is both too long and has no options in braces, and the same words
  // twice (at the list and at its second item) read as two problems.
  const told = new Set<string>();
  const shapes = describeSchemaErrors(errors.filter(isShape), data, configSchema, lang, describe).flatMap((p) => {
    const at = typeof p.path.at(-1) === 'number' ? p.path.slice(0, -1) : p.path;
    const key = at.join('\u0000');
    if (told.has(key)) return [];
    told.add(key);
    const id = String(at.at(-1));
    return [{ ...p, message: shapeMessage(id, valueAt(data, at), rules, lang) }];
  });
  return [
    ...describeSchemaErrors(
      errors.filter((e) => !isShape(e)),
      data,
      configSchema,
      lang,
      describe,
    ),
    ...shapes,
  ];
}

function located(
  source: LoadedFile,
  problems: readonly Problem[],
  written: (path: NodePath) => NodePath = (path) => path,
): Diagnostic[] {
  return problems.map((p) => ({
    file: source.file,
    ...source.locate(written(p.path), p.target),
    severity: 'error',
    rule: 'config',
    message: p.message,
  }));
}

/** Parses and validates a configuration file's bytes; every problem located at file:line:column. */
export function parseConfig(
  file: string,
  bytes: Uint8Array,
  rules: readonly Rule[] = RULES,
  lang: Lang = 'en',
): ConfigResult {
  const read = loadSettingsFile(file, bytes, lang);
  if (!read.ok) return read;
  const { source } = read;
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  // Rule settings in YAML's map form (`severity: warn`, `max: 4h`) read as the list form; problems located as written.
  const listed = withRuleListForm(source.data ?? {}, byId);
  const words = withCanonicalWords(listed.data, byId);
  // The calendar section's values and dates read first, as a calendar file's are (src/config/calendar-file.ts).
  const dates = isMap(words)
    ? readCalendarDates(readCalendarValues(words.calendar))
    : { section: undefined, problems: [] };
  // `calendar: lich-2027.yaml` names a calendar file, read and checked where the calendar is loaded
  // (src/node/calendar-loader.ts); the rest of the configuration is checked without it.
  const named = isMap(words) && typeof words.calendar === 'string' ? words.calendar : undefined;
  const data =
    named !== undefined
      ? Object.fromEntries(Object.entries(words as Record<string, unknown>).filter(([key]) => key !== 'calendar'))
      : isMap(words) && 'calendar' in words
        ? { ...words, calendar: dates.section }
        : words;
  const dateProblems: Problem[] = dates.problems.map((p) => ({
    path: ['calendar', ...p.path],
    target: 'value',
    message: p.message[lang],
  }));
  const valid = validate(data);
  const raw = isMap(data) ? data : {};
  const overrides = Array.isArray(raw.overrides) ? raw.overrides : [];
  const problems = withMergeKeys(
    data,
    [
      ...(valid ? [] : schemaProblems(data, lang, byId))
        .filter((p) => !dateProblems.some((d) => overlaps(d.path, p.path)))
        .map((p) => {
          const hint =
            p.path[0] === 'calendar'
              ? calendarKeyHint(raw.calendar, p.path.slice(1), lang)
              : (rulesListHint(p.path, valueAt(data, p.path), lang) ??
                ruleOptionsHint(p.path, valueAt(data, p.path), severityWord(byId.get(String(p.path.at(-1)))), lang));
          return hint === undefined ? p : { ...p, message: hint };
        }),
      ...(named !== undefined && named.trim() === ''
        ? [{ path: ['calendar'], target: 'value' as const, message: EMPTY_CALENDAR[lang] }]
        : []),
      ...dateProblems,
      ...checkRuleSettings(raw.rules, ['rules'], byId, lang),
      ...globProblems(overrides, lang),
      ...overrides.flatMap((override, i) =>
        checkRuleSettings(isMap(override) ? override.rules : undefined, ['overrides', i, 'rules'], byId, lang),
      ),
    ],
    lang,
    DESCRIBE.whole,
  );
  if (problems.length > 0) {
    // The calendar section's own problems too, in its part the others do not stand in, so that all are said at once.
    const calendarFaults = problems.filter((p) => p.path[0] === 'calendar').map((p) => p.path.slice(1));
    const own: Problem[] =
      named === undefined && isMap(raw.calendar)
        ? soundPartProblems(raw.calendar, calendarFaults, source, ['calendar']).map((p) => ({
            path: ['calendar', ...p.path],
            target: 'value',
            message: p.message[lang],
          }))
        : [];
    const diagnostics = located(source, [...own, ...problems], listed.written).sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    return { ok: false, diagnostics };
  }
  const config = (named === undefined ? data : { ...(data as object), calendar: named }) as ProcmapConfig;
  return { ok: true, config, file };
}
