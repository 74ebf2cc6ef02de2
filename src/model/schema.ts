import schemaJson from '../../schemas/procedure.schema.json' with { type: 'json' };
import { fill, type Lang } from '../i18n.js';
import { validate, type AjvError } from './generated/validate-procedure.js';
import { jsonString, quoted } from './quote.js';
import { closest } from './suggest.js';
import type { NodePath } from './types.js';

/** One schema violation, in words, with where it stands in the data. */
export interface SchemaProblem {
  path: NodePath;
  target: 'key' | 'value';
  message: string;
  /** For a missing property: its name; for an unknown one: the known name it is probably a typo of. */
  property?: string;
}

const MESSAGES = {
  en: {
    required: 'Missing required property "{name}"',
    unknown: 'Unknown property {name}',
    hint: '; did you mean "{hint}"?',
    type: '{what} must be {expected}, not {value}',
    enum: '{what} must be one of {values}, not {value}',
    duration: '{value} is not a duration: use a number and a unit, e.g. 4h, 0.5d, 15d, 30cd or "3 ngày làm việc"',
    date: '{what} must be a date written YYYY-MM-DD, not {value}',
    time: '{what} must be a time of day written HH:MM, not {value}',
    hours: '{what} must be a span of office hours written like 07:30-11:30, not {value}',
    url: '{what} must be a web address starting with https:// (or http://), such as https://dichvucong.example.gov.vn/quy-trinh/, not {value}',
    pattern: '{what} {value} does not match the pattern {pattern}',
    id: '{key} is not a valid id: use letters, digits, - and _, starting with a letter',
    next: '{what} must be a list of step ids, a map of branch label to step id, or [] to end the flow',
    empty: '{what} must not be empty',
    tooLong: '{what} is longer than {limit} characters',
    minimum: '{what} must be {limit} or more, not {value}',
    twice: '{what} lists the same step twice',
    procedure: 'The procedure',
    item: 'Item {n}',
    emptyValue: 'empty',
    list: 'a list',
    map: 'a map',
    types: { integer: 'a whole number', string: 'text', object: 'a map', array: 'a list', boolean: 'true or false', or: ' or ' },
  },
  vi: {
    required: 'Thiếu trường bắt buộc "{name}"',
    unknown: 'Trường không hợp lệ {name}',
    hint: '; có phải là "{hint}"?',
    type: '{what} phải là {expected}, không phải {value}',
    enum: '{what} phải là một trong {values}, không phải {value}',
    duration: '{value} không phải là thời gian: ghi số và đơn vị, ví dụ 4h, 0.5d, 15d, 30cd hoặc "3 ngày làm việc"',
    date: '{what} phải là ngày viết dạng YYYY-MM-DD, không phải {value}',
    time: '{what} phải là giờ viết dạng HH:MM, không phải {value}',
    hours: '{what} phải là khoảng giờ làm việc viết dạng 07:30-11:30, không phải {value}',
    url: '{what} phải là địa chỉ trang web bắt đầu bằng https:// (hoặc http://), ví dụ https://dichvucong.example.gov.vn/quy-trinh/, không phải {value}',
    pattern: '{what} {value} không khớp mẫu {pattern}',
    id: '{key} không phải là mã hợp lệ: dùng chữ cái, chữ số, - và _, bắt đầu bằng chữ cái',
    next: '{what} phải là danh sách mã bước, một bảng nhãn nhánh → mã bước, hoặc [] để kết thúc luồng',
    empty: '{what} không được để trống',
    tooLong: '{what} dài quá {limit} ký tự',
    minimum: '{what} phải từ {limit} trở lên, không phải {value}',
    twice: '{what} liệt kê một bước hai lần',
    procedure: 'Quy trình',
    item: 'Mục {n}',
    emptyValue: 'rỗng',
    list: 'một danh sách',
    map: 'một bảng khóa – giá trị',
    types: { integer: 'số nguyên', string: 'văn bản', object: 'một bảng khóa – giá trị', array: 'một danh sách', boolean: 'true hoặc false', or: ' hoặc ' },
  },
} as const;

type Words = (typeof MESSAGES)[Lang];

function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The schema object a schemaPath like `#/$defs/step/additionalProperties` points into (its parent). */
function schemaAt(root: object, schemaPath: string): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

function describeValue(value: unknown, w: Words): string {
  if (value === null || value === undefined) return w.emptyValue;
  if (Array.isArray(value)) return w.list;
  if (typeof value === 'object') return w.map;
  return typeof value === 'string' ? jsonString(value) : JSON.stringify(value);
}

function valueAt(data: unknown, path: NodePath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function label(path: NodePath, w: Words): string {
  const last = path[path.length - 1];
  return last === undefined ? w.procedure : typeof last === 'number' ? fill(w.item, { n: last + 1 }) : quoted(last);
}

function expectedTypes(types: string, w: Words): string {
  return types
    .split(',')
    .map((type) => w.types[type as keyof Words['types']] ?? type)
    .join(w.types.or);
}

function toProblem(error: AjvError, data: unknown, root: object, w: Words): SchemaProblem {
  const path = parsePointer(error.instancePath);
  const params = error.params;
  const value = valueAt(data, path);
  const say = (template: string, extra: Record<string, string | number> = {}): SchemaProblem => ({
    path,
    target: 'value',
    message: fill(template, { what: label(path, w), value: describeValue(value, w), ...extra }),
  });
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      return { ...say(w.required, { name }), property: name };
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = Object.keys((schemaAt(root, error.schemaPath)?.properties as object | undefined) ?? {});
      const hint = closest(name, known);
      const problem: SchemaProblem = { path: [...path, name], target: 'key', message: fill(w.unknown, { name: quoted(name) }) + (hint ? fill(w.hint, { hint }) : '') };
      return hint ? { ...problem, property: hint } : problem;
    }
    case 'type':
      return say(w.type, { expected: expectedTypes(String(params.type), w) });
    case 'enum':
      return say(w.enum, { values: (params.allowedValues as unknown[]).join(', ') });
    case 'pattern': {
      const parent = path[path.length - 1];
      if (error.schemaPath.includes('duration')) return say(w.duration);
      if (parent === 'effective' || parent === 'date' || String(params.pattern) === '^\\d{4}-\\d{2}-\\d{2}$') return say(w.date);
      if (parent === 'cutoff') return say(w.time);
      if (parent === 'url') return say(w.url);
      // Calendar office hours (schemas/calendar.schema.json $defs/hours).
      if (error.schemaPath.includes('/hours/')) return say(w.hours);
      return say(w.pattern, { pattern: String(params.pattern) });
    }
    case 'propertyNames': {
      const key = String(params.propertyName);
      return { path: [...path, key], target: 'key', message: fill(w.id, { key: quoted(key) }) };
    }
    case 'oneOf':
      return say(w.next);
    case 'minItems':
    case 'minProperties':
    case 'minLength':
      return say(w.empty);
    case 'maxLength':
      return say(w.tooLong, { limit: String(params.limit) });
    case 'minimum':
      return say(w.minimum, { limit: String(params.limit) });
    case 'uniqueItems':
      return say(w.twice);
    default:
      return { path, target: 'value', message: `${label(path, w)} ${error.message ?? 'is invalid'}` };
  }
}

/** Turns Ajv's errors for data under a root schema into one readable problem per violation, in a language. */
export function describeSchemaErrors(errors: readonly AjvError[], data: unknown, root: object, lang: Lang = 'en'): SchemaProblem[] {
  // A failed oneOf also reports why each branch failed: keep only the oneOf's own message.
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const kept = errors.filter(
    (e) => e.keyword === 'oneOf' || !oneOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)),
  );
  // propertyNames reports the bad key twice (pattern, then propertyNames): the pattern one names the key.
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of kept) {
    if (error.keyword === 'pattern' && error.schemaPath.includes('propertyNames')) continue;
    const problem = toProblem(error, data, root, MESSAGES[lang]);
    const key = `${problem.path.join('\u0000')}|${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  // A misspelt required key is one problem, not two: the "did you mean" says it all.
  const typos = new Set(problems.filter((p) => p.target === 'key' && p.property).map((p) => `${p.path.slice(0, -1).join('\u0000')}|${p.property}`));
  return problems.filter((p) => !(p.target === 'value' && p.property && typos.has(`${p.path.join('\u0000')}|${p.property}`)));
}

/** Validates procedure data against schemas/procedure.schema.json; one readable problem per violation. */
export function validateProcedure(data: unknown, lang: Lang = 'en'): SchemaProblem[] {
  return validate(data) ? [] : describeSchemaErrors(validate.errors ?? [], data, schemaJson, lang);
}
