import fc from 'fast-check';
import { withoutInvisible } from '../../src/model/quote.js';
import { printsNothing } from '../../src/model/control-characters.js';
import type { Procedure, Step } from '../../src/model/types.js';

// Arbitraries for procedures as officers (and attackers) write them: Vietnamese text, decomposed (NFD) text, control
// characters, text that looks like other YAML types, and text written to become markup in some output.

const VIETNAMESE = [
  'Tiếp nhận hồ sơ',
  'Thẩm định',
  'Phê duyệt',
  'Trả kết quả',
  'Ủy ban nhân dân xã',
  'Bộ phận Một cửa',
  'Đăng ký kết hôn',
  'giấy chứng nhận',
  'Quyết định',
  'Chủ tịch',
  'Sở Tư pháp',
  'lệ phí 100.000 đồng',
];

/** Strings that try to end a label, start a statement, a directive, a tag, a template expression or Markdown structure. */
export const HOSTILE_TEXTS = [
  '"',
  "'",
  '<script>alert(1)</script>',
  '<img src=http://127.0.0.1:9/x.png onerror=alert(1)>',
  '%%{init: {"securityLevel":"loose"}}%%',
  '\nclick n0 "javascript:alert(1)"',
  ']]>',
  '</style>',
  "{{constructor.constructor('alert(1)')()}}",
  '{{> header}}',
  '`',
  '```',
  '&amp;',
  '&#60;',
  '#quot;',
  '#35;',
  '|',
  '[link](javascript:alert(1))',
  '---',
  '- ',
  '+ ',
  '1) ',
  '2. ',
  '    ',
  '# ',
  '> ',
  '* ',
  '_',
  '~~~',
  '\\',
  '=',
  '!',
  '<br/>',
  '-->',
  ':::',
  'end',
  '%%',
  'ﬂ°',
  '¶ß',
  '\r',
  '\r\n',
  '\n',
  '\u2028',
  '\u0085',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u200b',
  '\ufeff',
  '\u00a0',
  '__proto__',
  'constructor',
  'null',
  '~',
  'true',
  'yes',
  '1e3',
  '0x1F',
  '0o17',
  '.inf',
  '1_000',
  '+1',
  '12:30',
  '2025-01-01',
  '? x',
  '- x',
  '&a',
  '*a',
  '!!str',
  '@',
  '%YAML',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VIETNAMESE) },
  { weight: 1, arbitrary: fc.constantFrom(...VIETNAMESE).map((text) => text.normalize('NFD')) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/**
 * Free text of a few pieces; never empty, nor spaces, control or invisible characters alone (such a text prints as
 * nothing, and is refused as empty wherever it stands).
 */
export const text = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.constantFrom('', ' '))
  .map(([pieces, separator]) => pieces.join(separator))
  .map((joined) => (joined === '' || printsNothing(joined) ? 'x' : joined));

/**
 * Short free text, for fields limited to 64 characters (a national procedure code); never printing as nothing either.
 */
const shortText = fc.array(piece, { minLength: 1, maxLength: 2 }).map((pieces) => {
  const joined = pieces.join('');
  return joined !== '' && !printsNothing(joined) && joined.length <= 64 ? joined : 'x';
});

/** A duration in the units the time invariants are about, with the long forms officers copy from the law. */
export const workingDuration = fc.oneof(
  fc.integer({ min: 0, max: 32 }).map((half) => `${half / 2}h`),
  fc.integer({ min: 1, max: 20 }).map((half) => `${half / 2}d`),
  fc.integer({ min: 1, max: 16 }).map((hours) => `${hours} giờ làm việc`),
  fc.integer({ min: 1, max: 10 }).map((days) => `${days} ngày làm việc`),
  fc.integer({ min: 1, max: 5 }).map((days) => `${days},5 working days`),
);

/** Any duration: working time and, now and then, calendar days. */
export const anyDuration = fc.oneof(
  { weight: 5, arbitrary: workingDuration },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map((days) => `${days}cd`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 15 }).map((days) => `${days} ngày`) },
);

/** Any time limit: any duration but nothing ("0h"), which lint and `time` refuse as a limit (a step may take it). */
export const anyLimit = anyDuration.filter((duration) => duration !== '0h');

/** A time limit in working time: a working duration but nothing ("0h"), refused as anyLimit says. */
export const workingLimit = workingDuration.filter((duration) => duration !== '0h');

// Valid ids, some of them names that plain objects already have.
const BODY_IDS = ['TNTKQ', 'constructor', 'PTP', 'toString', 'x-2'];
const UNKNOWN_TARGETS = ['khong-co', 'zz-unknown'];

/** How steps may hand over: forward only to known steps (a valid, acyclic flow), or anywhere, unknown ids included. */
export type FlowShape = 'acyclic' | 'any';

/** A step's `next` for step `i` of `n`. */
function nextArb(i: number, n: number, shape: FlowShape): fc.Arbitrary<Step['next']> {
  const forward = Array.from({ length: n - i - 1 }, (_, k) => `s${i + 1 + k}`);
  const targets = shape === 'acyclic' ? forward : Array.from({ length: n }, (_, k) => `s${k}`);
  const options: fc.Arbitrary<Step['next']>[] = [fc.constant(undefined), fc.constant([])];
  if (targets.length > 0) {
    // Now and then an id no step has: rarely, so that most procedures still reach the renderers.
    const target =
      shape === 'acyclic'
        ? fc.constantFrom(...targets)
        : fc.oneof(
            { weight: 39, arbitrary: fc.constantFrom(...targets) },
            { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_TARGETS) },
          );
    options.push(fc.uniqueArray(target, { minLength: 1, maxLength: 3 }));
    options.push(
      fc
        .uniqueArray(fc.tuple(text, target), { minLength: 1, maxLength: 3, selector: ([label]) => label })
        .map((pairs) => Object.fromEntries(pairs)),
    );
  }
  return fc.oneof(...options);
}

function stepArb(
  i: number,
  n: number,
  bodies: number,
  shape: FlowShape,
  duration: fc.Arbitrary<string>,
): fc.Arbitrary<Step> {
  return fc
    .record(
      {
        id: fc.constant(`s${i}`),
        name: text,
        body: fc.integer({ min: 0, max: bodies - 1 }).map((b) => BODY_IDS[b]!),
        duration,
        next: nextArb(i, n, shape),
        role: text,
        description: text,
        inputs: fc.array(text, { maxLength: 2 }),
        outputs: fc.array(text, { maxLength: 2 }),
        forms: fc.array(text, { maxLength: 2 }),
      },
      { requiredKeys: ['id', 'name', 'body', 'duration'] },
    )
    .map(withoutUndefined);
}

/** `T` with every key that may hold undefined made optional instead, as a YAML file would leave it out. */
type WithoutUndefined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Removes keys whose value is undefined, as a YAML file would not have them. */
function withoutUndefined<T extends object>(value: T): WithoutUndefined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as WithoutUndefined<T>;
}

const date = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const signatory = fc.record({ name: text, title: text }, { requiredKeys: [] });

/** What to generate: the shape of the flow, the step count and the durations. */
export interface ProcedureOptions {
  shape: FlowShape;
  minSteps?: number;
  maxSteps?: number;
  duration?: fc.Arbitrary<string>;
  limit?: fc.Arbitrary<string>;
}

/** A schema-valid procedure: 1–30 steps over 1–5 bodies, every optional field now and then, hostile text anywhere. */
export function procedureArb(options: ProcedureOptions): fc.Arbitrary<Procedure> {
  const duration = options.duration ?? anyDuration;
  const steps = fc
    .tuple(
      fc.integer({ min: options.minSteps ?? 1, max: options.maxSteps ?? 30 }),
      fc.integer({ min: 1, max: BODY_IDS.length }),
    )
    .chain(([n, bodies]) =>
      fc.tuple(
        fc.constant(bodies),
        fc.tuple(...Array.from({ length: n }, (_, i) => stepArb(i, n, bodies, options.shape, duration))),
        fc.array(text, { minLength: bodies, maxLength: bodies }),
      ),
    );
  return fc
    .tuple(
      steps,
      fc.record(
        {
          title: text,
          code: shortText,
          revision: fc.integer({ min: 1, max: 9 }),
          effective: date,
          level: fc.constantFrom('central', 'province', 'district', 'commune'),
          field: text,
          agency: text,
          issuer: text,
          time_limit: options.limit ?? anyLimit,
          four_on_the_spot: fc.boolean(),
          cutoff: fc
            .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
            .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
          purpose: text,
          scope: text,
          legal_basis: fc.array(text, { maxLength: 2 }),
          definitions: fc.array(fc.record({ term: text, meaning: text }), { maxLength: 2 }),
          conditions: fc.array(text, { maxLength: 2 }),
          dossier: fc.array(
            fc.record(
              { name: text, copies: fc.oneof(fc.integer({ min: 1, max: 3 }), text), form: text },
              { requiredKeys: ['name'] },
            ),
            { maxLength: 2 },
          ),
          dossier_count: text,
          fee: text,
          place: text,
          result: text,
          records: fc.array(fc.record({ name: text, keeper: text, retention: text }, { requiredKeys: ['name'] }), {
            maxLength: 2,
          }),
          forms: fc.array(fc.record({ code: text, name: text }, { requiredKeys: ['name'] }), { maxLength: 2 }),
          signoff: fc.record(
            { prepared_by: signatory, reviewed_by: signatory, approved_by: signatory },
            { requiredKeys: [] },
          ),
          history: fc.array(fc.record({ revision: fc.integer({ min: 1, max: 9 }), date, changes: text }), {
            maxLength: 2,
          }),
        },
        { requiredKeys: ['title', 'revision', 'effective', 'time_limit'] },
      ),
    )
    .map(([[bodyCount, stepList, bodyNames], rest]) => {
      const bodies = Object.fromEntries(BODY_IDS.slice(0, bodyCount).map((id, b) => [id, { name: bodyNames[b]! }]));
      return { id: 'QT-PROP-01', ...withoutUndefined(rest), bodies, steps: stepList } as Procedure;
    });
}

/**
 * The procedure with every free-text string passed through `change`, map keys (branch labels) included; ids,
 * durations, dates and other structured values are left as they are.
 */
export function mapFreeText(p: Procedure, change: (text: string) => string): Procedure {
  const opt = (value: string | undefined) => (value === undefined ? undefined : change(value));
  const strip = <T extends object>(value: T) => withoutUndefined(value);
  const signer = (who: { name?: string; title?: string } | undefined) =>
    who === undefined ? undefined : strip({ name: opt(who.name), title: opt(who.title) });
  return strip({
    ...p,
    title: change(p.title),
    code: opt(p.code),
    field: opt(p.field),
    agency: opt(p.agency),
    issuer: opt(p.issuer),
    purpose: opt(p.purpose),
    scope: opt(p.scope),
    legal_basis: p.legal_basis?.map(change),
    definitions: p.definitions?.map((d) => ({ term: change(d.term), meaning: change(d.meaning) })),
    conditions: p.conditions?.map(change),
    dossier: p.dossier?.map((d) =>
      strip({
        name: change(d.name),
        copies: typeof d.copies === 'string' ? change(d.copies) : d.copies,
        form: opt(d.form),
      }),
    ),
    dossier_count: opt(p.dossier_count),
    fee: opt(p.fee),
    place: opt(p.place),
    result: opt(p.result),
    records: p.records?.map((r) => strip({ name: change(r.name), keeper: opt(r.keeper), retention: opt(r.retention) })),
    forms: p.forms?.map((f) => strip({ code: opt(f.code), name: change(f.name) })),
    signoff:
      p.signoff === undefined
        ? undefined
        : strip({
            prepared_by: signer(p.signoff.prepared_by),
            reviewed_by: signer(p.signoff.reviewed_by),
            approved_by: signer(p.signoff.approved_by),
          }),
    history: p.history?.map((h) => ({ ...h, changes: change(h.changes) })),
    bodies: Object.fromEntries(
      Object.entries(p.bodies).map(([id, body]) => [id, { ...body, name: change(body.name) }]),
    ),
    steps: p.steps.map((step) =>
      strip({
        ...step,
        name: change(step.name),
        role: opt(step.role),
        description: opt(step.description),
        inputs: step.inputs?.map(change),
        outputs: step.outputs?.map(change),
        forms: step.forms?.map(change),
        next:
          step.next === undefined || Array.isArray(step.next)
            ? step.next
            : Object.fromEntries(Object.entries(step.next).map(([label, to]) => [change(label), to])),
      }),
    ),
  });
}

/**
 * A plain-words twin of a procedure: each distinct text becomes a distinct plain word (so texts that were equal stay
 * equal), and white space or control characters alone (NEL included) stay as they are. Rendered, it must have exactly the structure of the original.
 */
export function plainTwin(p: Procedure): Procedure {
  const words = new Map<string, string>();
  // Control characters print as nothing in every output (rule control-characters), as white space does.
  const blank = (text: string) => text.replace(/[\s\u0085\u0000-\u0008\u000e-\u001f\u007f]/g, '') === '';
  const wordFor = (value: string) => {
    let word = words.get(value);
    if (word === undefined) {
      word = `chữ${words.size}`;
      words.set(value, word);
    }
    return word;
  };
  const twin = mapFreeText(p, (value) => {
    if (blank(value)) return value;
    const word = wordFor(value);
    // Line by line: a text of several lines keeps its breaks where outputs show them (a step's description).
    return value
      .split(/\r?\n/)
      .map((line) => (blank(line) ? '' : word))
      .join('\n');
  });
  // The site lists each agency of `agency` apart (separated by ';'): word by word, the twin keeps its semicolons and
  // spacing, so that it names as many agencies, the same ones alike.
  if (p.agency?.includes(';')) twin.agency = p.agency.replace(/[^\s;\u0085]+/g, wordFor);
  return twin;
}

/** Deep copy with every string (keys included) as the loader gives it: in NFC, without invisible characters. */
export function readDeep(value: unknown): unknown {
  if (typeof value === 'string') return withoutInvisible(value).normalize('NFC');
  if (Array.isArray(value)) return value.map(readDeep);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [withoutInvisible(key).normalize('NFC'), readDeep(item)]),
    );
  return value;
}
