import schemaJson from '../../schemas/procedure.schema.json' with { type: 'json' };
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

const DURATION_HINT = 'use a number and a unit, e.g. 4h, 0.5d, 15d, 30cd or "3 ngày làm việc"';

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

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
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

function label(path: NodePath): string {
  const last = path[path.length - 1];
  return last === undefined ? 'The procedure' : typeof last === 'number' ? `Item ${last + 1}` : quoted(last);
}

function toProblem(error: AjvError, data: unknown, root: object): SchemaProblem {
  const path = parsePointer(error.instancePath);
  const params = error.params;
  const what = label(path);
  const value = valueAt(data, path);
  switch (error.keyword) {
    case 'required':
      return { path, target: 'value', message: `Missing required property "${String(params.missingProperty)}"`, property: String(params.missingProperty) };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = Object.keys((schemaAt(root, error.schemaPath)?.properties as object | undefined) ?? {});
      const hint = closest(name, known);
      const problem: SchemaProblem = { path: [...path, name], target: 'key', message: `Unknown property ${quoted(name)}${hint ? `; did you mean "${hint}"?` : ''}` };
      return hint ? { ...problem, property: hint } : problem;
    }
    case 'type': {
      const expected = String(params.type).replace('integer', 'a whole number').replace('string', 'text').replace('object', 'a map').replace('array', 'a list').replace('boolean', 'true or false').replace(',', ' or ');
      return { path, target: 'value', message: `${what} must be ${expected}, not ${describeValue(value)}` };
    }
    case 'enum':
      return { path, target: 'value', message: `${what} must be one of ${(params.allowedValues as unknown[]).join(', ')}, not ${describeValue(value)}` };
    case 'pattern': {
      const parent = path[path.length - 1];
      if (error.schemaPath.includes('duration')) return { path, target: 'value', message: `${describeValue(value)} is not a duration: ${DURATION_HINT}` };
      if (parent === 'effective' || parent === 'date' || String(params.pattern) === '^\\d{4}-\\d{2}-\\d{2}$') return { path, target: 'value', message: `${what} must be a date written YYYY-MM-DD, not ${describeValue(value)}` };
      if (parent === 'cutoff') return { path, target: 'value', message: `${what} must be a time of day written HH:MM, not ${describeValue(value)}` };
      // Calendar office hours (schemas/calendar.schema.json $defs/hours).
      if (error.schemaPath.includes('/hours/')) return { path, target: 'value', message: `${what} must be a span of office hours written like 07:30-11:30, not ${describeValue(value)}` };
      return { path, target: 'value', message: `${what} ${describeValue(value)} does not match the pattern ${String(params.pattern)}` };
    }
    case 'propertyNames': {
      const key = String(params.propertyName);
      return { path: [...path, key], target: 'key', message: `${quoted(key)} is not a valid id: use letters, digits, - and _, starting with a letter` };
    }
    case 'oneOf':
      return { path, target: 'value', message: `${what} must be a list of step ids, a map of branch label to step id, or [] to end the flow` };
    case 'minItems':
    case 'minProperties':
      return { path, target: 'value', message: `${what} must not be empty` };
    case 'minLength':
      return { path, target: 'value', message: `${what} must not be empty` };
    case 'maxLength':
      return { path, target: 'value', message: `${what} is longer than ${String(params.limit)} characters` };
    case 'minimum':
      return { path, target: 'value', message: `${what} must be ${String(params.limit)} or more, not ${describeValue(value)}` };
    case 'uniqueItems':
      return { path, target: 'value', message: `${what} lists the same step twice` };
    default:
      return { path, target: 'value', message: `${what} ${error.message ?? 'is invalid'}` };
  }
}

/** Turns Ajv's errors for data under a root schema into one readable problem per violation. */
export function describeSchemaErrors(errors: readonly AjvError[], data: unknown, root: object): SchemaProblem[] {
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
    const problem = toProblem(error, data, root);
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
export function validateProcedure(data: unknown): SchemaProblem[] {
  return validate(data) ? [] : describeSchemaErrors(validate.errors ?? [], data, schemaJson);
}
