// Compiles schemas/procedure.schema.json into a standalone validator so `procmap lint` never pays for Ajv's compiler at
// start-up, and into the TypeScript type of a procedure file, so that the schema stays the one source of both.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { asciiTwin } from './ascii-pattern.mjs';
import { PROCEDURE_TYPES, schemaTypes } from './schema-types.mjs';
import { withoutWrittenForms } from './written-forms.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Without the forms officers write that procmap reads into others before it validates (scripts/written-forms.mjs).
const readSchema = (file) => withoutWrittenForms(JSON.parse(readFileSync(join(root, file), 'utf8')));
const targets = [
  ['schemas/procedure.schema.json', 'model/generated/validate-procedure.js'],
  ['schemas/config.schema.json', 'config/generated/validate-config.js'],
];
// Ajv's deep equality (fast-deep-equal, for `uniqueItems`) calls valueOf on every object, and the maps procmap reads
// from files have no prototype (src/model/data-object.ts): `next: [{a: 1}, {a: 1}]` threw instead of failing the
// schema. Data read from YAML is lists, maps and scalars; this compares exactly those, as fast-deep-equal does.
const DATA_EQUAL = `function dataEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && dataEqual(a[key], b[key]));
}`;

/**
 * The code with each of Ajv's minLength and maxLength checks, `ucs2length(x) < K` and `ucs2length(x) > K`, first
 * deciding by the text's length in UTF-16 units where that alone decides: a text counts between half its length and
 * its length in characters (a pair of surrogates is one), so one of fewer than K units has fewer than K characters, one
 * of 2K or more has at least K, and one of K units or fewer has no more than K. Why: ucs2length walks every character,
 * and a procedure's texts (purpose, scope, every name) are checked for a length of at least 1.
 */
function lengthsByLength(code, imports, schemaFile) {
  const at = imports.findIndex((line) => line.includes('"ajv/dist/runtime/ucs2length.js"'));
  if (at < 0) return code;
  const named = new RegExp(`const (func\\d+) = \\(runtime${at}\\.__esModule`).exec(code);
  if (!named) throw new Error(`${schemaFile}: the name of Ajv's ucs2length was not found`);
  const f = named[1];
  const check = new RegExp(`\\b${f}\\((\\w+)\\) ([<>]) (\\d+)\\)`, 'g');
  const calls = code.split(`${f}(`).length - 1;
  const checks = [...code.matchAll(check)].length;
  // Every call must be one of the two checks: any other use of the count would be left reading it the slow way.
  if (calls !== checks) throw new Error(`${schemaFile}: ${calls} uses of ucs2length, ${checks} rewritten`);
  return code.replace(check, (_, x, op, k) =>
    op === '>'
      ? `(${x}.length > ${k} && ${f}(${x}) > ${k}))`
      : `(${x}.length < ${k} || (${x}.length < ${2 * Number(k)} && ${f}(${x}) < ${k})))`,
  );
}

// The procedure schema's date pattern, which admits every text of the form 2025-07-01 whatever the digits.
const DATE_PATTERN = readSchema('schemas/procedure.schema.json').$defs.date.pattern;

for (const [schemaFile, outFile] of targets) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // A rule's setting is [severity] or [severity, { options }]: a tuple whose second item may be left out, which
    // strict mode's tuple check (every item required) would refuse. The schemas have no other tuple.
    strictTuples: false,
    code: { source: true, esm: true, lines: false },
    allowUnionTypes: true,
  });
  // Ajv2020 turns on the tracking of evaluated properties that unevaluatedProperties needs, and with it anyOf runs every
  // alternative even after one has passed (ajv/lib/vocabularies/code.ts, validateUnion). procmap's schemas use no
  // unevaluated* keyword: off, a step's `next: [B2]` is never tried against the branch patterns, whose first run
  // compiles a large Unicode pattern (about 10 ms of a one-file lint). Results and errors are the same either way.
  ajv.opts.unevaluated = false;
  // Schemas that others reference by relative $id (config → calendar).
  ajv.addSchema(readSchema('schemas/calendar.schema.json'));
  const validate = ajv.compile(readSchema(schemaFile));
  // Ajv's ESM output still calls require() for its runtime helpers; turn those into imports.
  const imports = [];
  let helpers = '';
  const code = standaloneCode(ajv, validate).replace(/require\("([^"]+)"\)/g, (_, mod) => {
    if (mod === 'ajv/dist/runtime/equal') {
      helpers = DATA_EQUAL;
      return '{ default: dataEqual }';
    }
    imports.push(`import runtime${imports.length} from "${mod}.js";`);
    // Node hands over module.exports ({ default: fn }); vitest's interop hands over fn itself: accept both.
    return `(runtime${imports.length - 1}.__esModule ? runtime${imports.length - 1} : { default: runtime${imports.length - 1} })`;
  });
  // Each pattern is made on its first test: V8 checks a Unicode pattern when it is made and compiles it when first
  // run, neither of which the code cache keeps, and a file with no value for a pattern never needs it.
  // A pattern with a property class (\p{L}) gets an ASCII twin for the values that are ASCII (scripts/ascii-pattern.mjs).
  // A date written as procmap writes it (2025-07-01), the form of nearly every date in a file, is one of the date
  // pattern's own forms: it is answered without compiling the pattern, which covers every way officers write a date
  // (about 2 ms of a one-file lint). test/model/date-pattern.test.ts checks the pattern accepts every such text.
  const quick = (source) => (JSON.parse(source) === DATE_PATTERN ? 'ISO_DATE.test(text) || ' : '');
  const lazy = code.replace(
    /const (pattern\d+) = new RegExp\(("(?:[^"\\]|\\.)*"), "(\w*)"\);/g,
    (_, name, source, flags) => {
      const twin = asciiTwin(JSON.parse(source));
      const made = `(${name}_ ??= new RegExp(${source}, "${flags}")).test(text)`;
      if (twin === undefined) return `let ${name}_;\nconst ${name} = { test: (text) => ${quick(source)}${made} };`;
      const ascii = `(${name}_ascii ??= new RegExp(${JSON.stringify(twin)}, "${flags}")).test(text)`;
      return `let ${name}_, ${name}_ascii;\nconst ${name} = { test: (text) => ${quick(source)}(ASCII_ONLY.test(text) ? ${ascii} : ${made}) };`;
    },
  );
  if (/new RegExp\(/.test(lazy.replace(/\?\?= new RegExp\(/g, '')))
    throw new Error(`${schemaFile}: a pattern the lazy rewrite did not recognise`);
  const counted = lengthsByLength(lazy, imports, schemaFile);
  const asciiOnly = lazy.includes('ASCII_ONLY') ? 'const ASCII_ONLY = /^[\\x00-\\x7f]*$/;\n' : '';
  const isoDate = lazy.includes('ISO_DATE.test') ? 'const ISO_DATE = /^\\d{4}-\\d{2}-\\d{2}$/;\n' : '';
  const text = `// Generated by scripts/compile-schema.mjs from ${schemaFile}; do not edit.\n${imports.join('\n')}\n${helpers}\n${asciiOnly}${isoDate}${counted.replace('"use strict";', '')}\n`;
  // Both trees: src/ for the tests that import sources, dist/ for the built CLI.
  for (const tree of ['src', 'dist']) {
    const out = join(root, tree, outFile);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  }
}

// The calendar and configuration schemas as procmap validates with them, for the messages that describe their errors:
// a written form offered beside procmap's own (`calendar: lich-2027.yaml`) would turn "must be a map with the
// properties …" into the alternatives of an anyOf.
for (const [schemaFile, outFile] of [
  ['schemas/calendar.schema.json', 'config/generated/calendar-schema.js'],
  ['schemas/config.schema.json', 'config/generated/config-schema.js'],
])
  for (const tree of ['src', 'dist']) {
    const out = join(root, tree, outFile);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      `// Generated by scripts/compile-schema.mjs from ${schemaFile}; do not edit.\nexport default ${JSON.stringify(readSchema(schemaFile))};\n`,
    );
  }

// The type goes to src/ only: tsc compiles it with the rest, and `npm run check` needs it before any build.
const { schemaFile, outFile, ...names } = PROCEDURE_TYPES;
writeFileSync(join(root, 'src', outFile), schemaTypes(readSchema(schemaFile), { ...names, schemaFile }));
