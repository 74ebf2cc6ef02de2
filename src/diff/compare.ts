import { DEFAULT_HOURS_PER_DAY, parseDuration, saysBareHours, toWorkingHours } from '../model/duration.js';
import { buildFlow } from '../model/flow.js';
import { idFileKey } from '../model/id-file-name.js';
import { officerStepNumber } from '../model/step-numbers.js';
import type { Body, Channel, DossierItem, Procedure, Step } from '../model/types.js';
import { collapseSpaces, sameWording } from './spelling.js';
import { analyseTime, type TimeAnalysis, type WorkingTime } from '../time/analyse.js';

/** One procedure as found on one side of a diff. */
export interface DiffSide {
  file: string;
  procedure: Procedure;
}

/** Top-level fields compared item by item or in their own way; every other field is compared as a whole. */
export const STRUCTURED_FIELDS = [
  'id',
  'steps',
  'bodies',
  'dossier',
  'legal_basis',
  'channels',
] as const satisfies readonly (keyof Procedure)[];

/** A top-level field compared as a whole. */
export type WholeField = Exclude<keyof Procedure, (typeof STRUCTURED_FIELDS)[number]>;

/** Both sides of a value that differs; a side where the value is absent has `undefined`. */
export interface Sides<T = unknown> {
  before: T | undefined;
  after: T | undefined;
}

/** A step's fields but `next`, each compared as it is written. */
type PlainStepField = Exclude<keyof Step, 'next'>;

/**
 * One value that differs, discriminated by where it stands (`at`, a top-level field of the model, or `total` for the
 * critical-path total) and for channels and steps by `field`, with both sides typed by the model: list items and
 * bodies by `key` (a dossier item's name, a legal reference, a body's id); a channel by kind, without `field` when it
 * was added or removed; a step by id (its id in the revision), without `field` when it was added or removed, `next`
 * being the effective flow and `id` a step whose id changed; `id` alone, a procedure paired across letter case. Renaming a field in the model breaks every place that
 * makes or judges its differences.
 */
export type Difference =
  | { [F in WholeField]: { at: F } & Sides<Procedure[F]> }[WholeField]
  | ({ at: 'id' } & Sides<string>)
  | ({ at: 'total' } & Sides<WorkingTime>)
  | ({ at: 'dossier'; key: string } & Sides<DossierItem>)
  | ({ at: 'legal_basis'; key: string } & Sides<string>)
  | ({ at: 'bodies'; key: string; from?: string; steps?: number } & Sides<Body>)
  | ({ at: 'channels'; key: string; field?: undefined } & Sides<Channel>)
  | { [K in keyof Channel]-?: { at: 'channels'; key: string; field: K } & Sides<Channel[K]> }[keyof Channel]
  | ({ at: 'step-order' } & Sides<string[]>)
  | ({ at: 'steps'; key: string; field?: undefined } & Sides<Step>)
  | ({ at: 'steps'; key: string; field: 'next' } & Sides<FlowTarget[]>)
  | { [K in PlainStepField]-?: { at: 'steps'; key: string; field: K } & Sides<Step[K]> }[PlainStepField];

/** The keys of a record of a model type, typed as such (Object.keys says string: the schema allows no others). */
function keysOf<T extends object>(value: T): (keyof T & string)[] {
  return Object.keys(value) as (keyof T & string)[];
}

/** Where a step hands over to: a step id, with the branch label of a decision. */
export interface FlowTarget {
  to: string;
  label?: string;
  /**
   * The step as reports name it: its name (with its id on its own side where another step shares the name), since
   * `to` is in the revision's ids and a renumbered base step would read as the step that took its number.
   */
  name?: string;
  /** One of the steps of a decision whose cases are not named ("B2 hoặc B3"), not parallel work. */
  choice?: true;
}

/** What differs in one procedure (both sides matched by `id`), without judging it. */
export interface ProcedureComparison {
  id: string;
  base?: DiffSide;
  revision?: DiffSide;
  /** Time figures of each side, computed the same way for both so that they compare. */
  baseTime?: TimeAnalysis;
  revisionTime?: TimeAnalysis;
  /** Empty for a procedure present on one side only: the side itself is the difference. */
  differences: Difference[];
}

/** Deep equality of YAML data; key order does not matter, list order does, nor the spaces a text holds. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // `fee: >` and `fee: >-` differ by the last line break alone, "Đăng ký  kết hôn" by a double space: the document
  // prints them alike.
  if (typeof a === 'string' && typeof b === 'string') return collapseSpaces(a) === collapseSpaces(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && same(left[key], right[key]))
  );
}

/** Keys of two records in the revision's order, then those only the base has. */
function unionKeys<T extends object>(base: T, revision: T): (keyof T & string)[] {
  const keys = keysOf(revision);
  for (const key of keysOf(base)) if (!keys.includes(key)) keys.push(key);
  return keys;
}

/** Items of a list keyed for matching; a repeated key gets `#2`, `#3`… so no item is lost. */
function keyed<T>(items: readonly T[] | undefined, keyOf: (item: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items ?? []) {
    const key = keyOf(item);
    let unique = key;
    for (let n = 2; out.has(unique); n++) unique = `${key} #${n}`;
    out.set(unique, item);
  }
  return out;
}

/** The differences of two keyed lists, item by item: the revision's keys in order, then those only the base has. */
function compareKeyed<T>(base: Map<string, T>, revision: Map<string, T>): ({ key: string } & Sides<T>)[] {
  const keys = [...revision.keys(), ...[...base.keys()].filter((key) => !revision.has(key))];
  return keys.flatMap((key) => {
    const before = base.get(key);
    const after = revision.get(key);
    return same(before, after) ? [] : [{ key, before, after }];
  });
}

/**
 * The differences of two keyed lists with an item whose key alone was respelled ("Tờ khai dang ky" → "Tờ khai đăng
 * ký", "Nghị định số 23/2015/NĐ-CP" → "Nghị định 23/2015/NĐ-CP") paired as one item changed, not one removed and
 * another added: where exactly one removed and one added item have keys that `alike` says are the same wording. The
 * pair stands where the added item did.
 */
function respelledItems<T>(
  items: ({ key: string } & Sides<T>)[],
  alike: (a: string, b: string) => boolean,
): ({ key: string } & Sides<T>)[] {
  const removed = items.filter((item) => item.after === undefined);
  const added = items.filter((item) => item.before === undefined);
  const pairs = new Map<string, { key: string } & Sides<T>>();
  for (const gone of removed) {
    const to = added.filter((item) => alike(gone.key, item.key));
    const from = removed.filter((item) => alike(item.key, to[0]?.key ?? ''));
    if (to.length === 1 && from.length === 1) pairs.set(to[0]!.key, gone);
  }
  const paired = new Set([...pairs.values()]);
  return items.flatMap((item) => {
    if (paired.has(item)) return [];
    const gone = pairs.get(item.key);
    return gone && item.before === undefined ? [{ ...item, before: gone.before }] : [item];
  });
}

/** The steps each step hands over to, in revision ids (`idOf` gives a base step's); `[]` where the flow ends. */
function successors(steps: readonly Step[], idOf: (step: Step) => string): Map<string, FlowTarget[]> {
  const flow = buildFlow(steps);
  const out = new Map<string, FlowTarget[]>();
  const named = new Map<string, number>();
  for (const step of steps) named.set(step.name, (named.get(step.name) ?? 0) + 1);
  const nameOf = (step: Step) => (named.get(step.name) === 1 ? step.name : `${step.name} (${step.id})`);
  steps.forEach((step, i) => {
    if (out.has(idOf(step))) return;
    const targets = flow.outgoing[i]!.map((edge): FlowTarget => {
      const target = steps[edge.to]!;
      const to = idOf(target);
      const name = nameOf(target);
      if (edge.label !== undefined) return { to, label: edge.label, name };
      return edge.kind === 'decision' ? { to, name, choice: true } : { to, name };
    });
    out.set(idOf(step), targets);
  });
  return out;
}

/** A hand-over as one text, to put hand-overs in an order of their own. */
const targetKey = (target: FlowTarget) => JSON.stringify([target.label ?? null, target.to, target.choice ?? false]);

/**
 * Whether two steps hand over alike: the same targets, each under the same label, in any order. A decision's branches
 * are a map from label to step and parallel steps all start together, so the order they are written in changes neither
 * the flow nor its times, only the order the document lists them in.
 */
function sameFlow(a: FlowTarget[] | undefined, b: FlowTarget[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  const sorted = (targets: FlowTarget[]) => targets.map(targetKey).sort();
  const [x, y] = [sorted(a), sorted(b)];
  return x.every((key, i) => key === y[i]);
}

/**
 * Pairs each base step with the revision step it became, base id → revision id: first the same id with the same
 * name; then the same name under another id, where one step on each side has it — officers renumber B1…Bn when they
 * insert or remove a step, and a renumbered step is the one that kept its name, not the one that kept its number;
 * then the same id, a step renamed in its place. An id in other letter case (`b1`, `B1`) is the same id, as import
 * keeps it, when the revision has no step of the very id and one of that spelling: the step's id changed, not the
 * step. A base step left unpaired was removed, a revision step added.
 */
function pairSteps(base: ReadonlyMap<string, Step>, revision: ReadonlyMap<string, Step>): Map<string, string> {
  const pairs = new Map<string, string>();
  const paired = new Set<string>();
  const pair = (from: string, to: string) => {
    pairs.set(from, to);
    paired.add(to);
  };
  const spelled = new Map<string, string[]>();
  for (const id of revision.keys()) spelled.set(caseless(id), [...(spelled.get(caseless(id)) ?? []), id]);
  const numbered = new Map<string, string[]>();
  for (const id of revision.keys()) {
    const number = stepNumberKey(id);
    if (number !== undefined) numbered.set(number, [...(numbered.get(number) ?? []), id]);
  }
  const sameId = (id: string): string | undefined => {
    if (revision.has(id)) return id;
    const found = spelled.get(caseless(id));
    if (found !== undefined) return found.length === 1 ? found[0] : undefined;
    const number = stepNumberKey(id);
    const same = number === undefined ? undefined : numbered.get(number);
    return same?.length === 1 ? same[0] : undefined;
  };
  for (const [id, step] of base) {
    const to = sameId(id);
    if (to !== undefined && !paired.has(to) && revision.get(to)!.name === step.name) pair(id, to);
  }
  const left = [...base.values()].filter((step) => !pairs.has(step.id));
  const open = [...revision.values()].filter((step) => !paired.has(step.id));
  for (const old of left) {
    const candidates = open.filter((step) => step.name === old.name);
    const others = left.filter((step) => step.name === old.name);
    // Only an unambiguous match: two steps with one name cannot tell which became which.
    if (candidates.length === 1 && others.length === 1) pair(old.id, candidates[0]!.id);
  }
  for (const old of left) {
    const to = sameId(old.id);
    if (!pairs.has(old.id) && to !== undefined && !paired.has(to)) pair(old.id, to);
  }
  return pairs;
}

/**
 * The step number an id writes in any of the forms officers use (`B1`, `b1`, `Bước 1`, `Buoc 01`, `Step 1`), as
 * compared across them; undefined for a word id. Two ids with one number are one id: the document shows the number,
 * never the id, and lint reads either form.
 */
function stepNumberKey(id: string): string | undefined {
  return officerStepNumber(id)?.toLowerCase();
}

/** An id as compared across letter case: `b1` and `B1` are one officer's step, `qt-d-01` and `QT-D-01` one procedure. */
export function caseless(id: string): string {
  return id.normalize('NFC').toLowerCase();
}

/**
 * One field of a step on both sides. TypeScript cannot tie a key of union type to its value's type within one object
 * (the "correlated union" limit), so this and the two like it in compareChannels and compareProcedures are cast: each
 * side is read from the model by the very key the difference names.
 */
function stepField<K extends PlainStepField>(key: string, field: K, before: Step, after: Step): Difference {
  return { at: 'steps', key, field, before: before[field], after: after[field] } as Difference;
}

function compareSteps(base: readonly Step[], revision: readonly Step[], out: Difference[]): void {
  const baseById = keyed(base, (step) => step.id);
  const revisionById = keyed(revision, (step) => step.id);
  const pairs = pairSteps(baseById, revisionById);
  const baseFor = new Map<string, Step>();
  for (const step of baseById.values()) {
    const to = pairs.get(step.id);
    if (to !== undefined) baseFor.set(to, step);
  }
  // A removed step whose id a revision step now has is named with its name, so that a hand-over to it is not read as
  // one to the step that took its number.
  const baseIdOf = (step: Step) =>
    pairs.get(step.id) ?? (revisionById.has(step.id) ? `${step.id} (${step.name})` : step.id);
  const baseFlow = successors(base, baseIdOf);
  const revisionFlow = successors(revision, (step) => step.id);
  for (const step of revisionById.values()) {
    const old = baseFor.get(step.id);
    if (!old) {
      out.push({ at: 'steps', key: step.id, before: undefined, after: step });
      continue;
    }
    // B1 → Bước 1 writes the same number another way: nothing a reader sees changed.
    const idChanged = old.id !== step.id && (stepNumberKey(old.id) ?? old.id) !== (stepNumberKey(step.id) ?? step.id);
    if (idChanged) out.push({ at: 'steps', key: step.id, field: 'id', before: old.id, after: step.id });
    for (const field of unionKeys(old, step)) {
      if (field === 'id' || field === 'next') continue;
      if (!same(old[field], step[field])) out.push(stepField(step.id, field, old, step));
    }
    const before = baseFlow.get(step.id);
    const after = revisionFlow.get(step.id);
    if (!sameFlow(before, after)) out.push({ at: 'steps', key: step.id, field: 'next', before, after });
  }
  for (const step of baseById.values())
    if (!pairs.has(step.id)) out.push({ at: 'steps', key: step.id, before: step, after: undefined });
  // Steps written in another order hand over alike where each names its next step, but the document lists (and, for
  // word ids, numbers) them in the order written: its step table changed. Said by the names, in each side's order.
  const kept = base.flatMap((step) => pairs.get(step.id) ?? []);
  const keptIds = new Set(kept);
  const now = revision.map((step) => step.id).filter((id) => keptIds.has(id));
  if (kept.some((id, i) => id !== now[i]))
    out.push({ at: 'step-order', before: base.map((step) => step.name), after: revision.map((step) => step.name) });
}

/**
 * Whether two limits give the same time: the same working hours, or the same count of a date unit; never hours the
 * law leaves open ("24 giờ", perhaps on the clock) and a settled time, which only procmap's reading makes equal.
 */
function sameTime(a: string, b: string, hoursPerDay: number): boolean {
  const [x, y] = [parseDuration(a), parseDuration(b)];
  if (!x || !y || (x.note ?? '') !== (y.note ?? '') || saysBareHours(a) !== saysBareHours(b)) return false;
  const [hx, hy] = [toWorkingHours(x, hoursPerDay), toWorkingHours(y, hoursPerDay)];
  return hx !== undefined && hy !== undefined ? hx === hy : x.unit === y.unit && x.value === y.value;
}

/**
 * Channels matched by kind, field by field: `['channels', kind]` for one added or removed, `['channels', kind, field]`
 * for one field. A channel's time limit is compared as it applies (its own, else the procedure's), but only where
 * the channel writes one: a change of the procedure's own limit is reported once, under `time_limit`.
 */
function compareChannels(base: Procedure, revision: Procedure, hoursPerDay: number, out: Difference[]): void {
  // A file that lists no ways of filing is filed in person: a list given to it without in person takes that way away.
  const listed = revision.channels ?? [];
  if ((base.channels ?? []).length === 0 && listed.length > 0 && !listed.some((c) => c.kind === 'in_person'))
    out.push({ at: 'channels', key: 'in_person', before: { kind: 'in_person' }, after: undefined });
  for (const { kind, old, now } of pairChannels(base.channels ?? [], revision.channels ?? [])) {
    if (!old || !now) {
      if (!same(old, now)) out.push({ at: 'channels', key: kind, before: old, after: now });
      continue;
    }
    for (const field of unionKeys(old, now)) {
      if (same(old[field], now[field])) continue;
      if (field === 'time_limit') {
        const [applied, applies] = [old.time_limit ?? base.time_limit, now.time_limit ?? revision.time_limit];
        // The procedure's limit written out on the channel (in any spelling: "3d", "3 ngày làm việc", "24h"), or
        // dropped from it, changes nothing: the channel's time is the same, and it was never the channel's own text.
        const restated =
          (old.time_limit === undefined) !== (now.time_limit === undefined) && sameTime(applied, applies, hoursPerDay);
        if (!same(applied, applies) && !restated)
          out.push({ at: 'channels', key: kind, field, before: applied, after: applies });
      } else out.push({ at: 'channels', key: kind, field, before: old[field], after: now[field] } as Difference);
    }
  }
}

/** A channel's note as compared: online filing at two grades is told apart by it ("một phần", "toàn trình"). */
const noteKey = (channel: Channel) =>
  collapseSpaces(channel.note ?? '')
    .normalize('NFC')
    .toLowerCase();

/**
 * Each base channel with the revision channel it became, by kind: where a kind is listed more than once (online filing
 * "một phần" and "toàn trình"), first those with the same note, then the rest in the order written; so that dropping
 * one grade is that grade removed, not the other's note and limit changed. The first of a kind is keyed by the kind,
 * the next `online #2`, in the revision's order, then those only the base has.
 */
function pairChannels(
  base: readonly Channel[],
  revision: readonly Channel[],
): { kind: string; old?: Channel; now?: Channel }[] {
  type Pair = { old?: Channel; now?: Channel };
  const pairs: Pair[] = revision.map((now) => ({ now }));
  const left = [...base];
  for (const exact of [true, false])
    for (const pair of pairs) {
      const now = pair.now!;
      if (pair.old !== undefined) continue;
      const i = left.findIndex((old) => old.kind === now.kind && (!exact || noteKey(old) === noteKey(now)));
      if (i >= 0) pair.old = left.splice(i, 1)[0]!;
    }
  const seen = new Map<string, number>();
  return [...pairs, ...left.map((old): Pair => ({ old }))].map((pair) => {
    const kind = (pair.now ?? pair.old)!.kind;
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    return { ...pair, kind: n === 1 ? kind : `${kind} #${n}` };
  });
}

const STRUCTURED: ReadonlySet<keyof Procedure> = new Set(STRUCTURED_FIELDS);

/** Whether a top-level field is compared as a whole. */
function isWhole(key: keyof Procedure): key is WholeField {
  return !STRUCTURED.has(key);
}

/**
 * A body as it reads: a flag that is false says what its absence says (every output asks whether it is true), so a
 * file that drops `on_site: false`, as a document read back does, has changed nothing.
 */
function bodyAsRead(body: Body): Body {
  const { single_window, on_site, ...rest } = body;
  return { ...rest, ...(single_window ? { single_window } : {}), ...(on_site ? { on_site } : {}) };
}

const bodiesAsRead = (bodies: Procedure['bodies']) =>
  new Map(Object.entries(bodies).map(([key, body]) => [key, bodyAsRead(body)]));

/**
 * Steps as they read: a role that is the name of the step's body says no more than the body (documents omit it); a
 * body by the key it has in the revision where only its key changed (`renamed`, base key → revision key).
 */
function stepsAsRead(procedure: Procedure, renamed: ReadonlyMap<string, string> = new Map()): Step[] {
  return procedure.steps.map((written) => {
    // `counted: true` says what its absence says: every step is counted but one marked false.
    const { counted, ...uncounted } = written;
    const step: Step = counted === true ? uncounted : written;
    const body = renamed.get(step.body) ?? step.body;
    const keyed = body === step.body ? step : { ...step, body };
    if (step.role === undefined || step.role !== procedure.bodies[step.body]?.name) return keyed;
    const { role: _role, ...rest } = keyed;
    return rest;
  });
}

/**
 * Bodies whose key alone changed (`LDS:` → `LDSTP:`, the same name and flags), base key → revision key: the document
 * prints a body by its name, never its key, so it is a body renamed in the file as a step's id is. Only where one body
 * on each side has those contents: two alike cannot tell which became which.
 */
function renamedBodies(base: Map<string, Body>, revision: Map<string, Body>): Map<string, string> {
  const gone = [...base].filter(([key]) => !revision.has(key));
  const added = [...revision].filter(([key]) => !base.has(key));
  const out = new Map<string, string>();
  for (const [key, body] of gone) {
    const to = added.filter(([, other]) => same(body, other));
    const from = gone.filter(([, other]) => same(body, other));
    if (to.length === 1 && from.length === 1) out.set(key, to[0]![0]);
  }
  return out;
}

/**
 * Bodies renamed, name and key (`BPMC: Bộ phận Một cửa` → `TTPVHCC: Trung tâm Phục vụ hành chính công`), base key →
 * revision key with the number of steps that do it: a body gone and a body added, their flags alike, the one doing in
 * the revision exactly the steps the other did in the base. Every step of the unit went with it and nothing else moved:
 * the same unit under its new name, as a reorganisation renames it, not work handed from one unit to another. Only
 * where one pair so matches: two alike cannot tell which became which.
 */
function movedBodies(
  base: Procedure,
  revision: Procedure,
  gone: Map<string, Body>,
  added: Map<string, Body>,
): Map<string, { to: string; steps: number }> {
  const stepsOf = (procedure: Procedure, key: string) =>
    procedure.steps
      .filter((step) => step.body === key)
      .map((step) => step.id)
      .sort()
      .join('\u0000');
  const flags = ({ name: _name, ...rest }: Body) => rest;
  const candidates = [...gone].flatMap(([from, body]) => {
    const steps = stepsOf(base, from);
    if (steps === '') return [];
    return [...added]
      .filter(([to, other]) => same(flags(body), flags(other)) && stepsOf(revision, to) === steps)
      .map(([to]) => ({ from, to, steps: steps.split('\u0000').length }));
  });
  const out = new Map<string, { to: string; steps: number }>();
  for (const pair of candidates)
    if (candidates.filter((c) => c.from === pair.from || c.to === pair.to).length === 1)
      out.set(pair.from, { to: pair.to, steps: pair.steps });
  return out;
}

/** Every difference between two versions of one procedure, in a stable order: fields, total, steps. */
export function compareProcedures(
  base: Procedure,
  revision: Procedure,
  baseTime: TimeAnalysis,
  revisionTime: TimeAnalysis,
): Difference[] {
  const out: Difference[] = [];
  // Only an id respelled gets here (compareCatalogs pairs by id): in other letter case, or with Đ for D.
  if (base.id !== revision.id) out.push({ at: 'id', before: base.id, after: revision.id });
  for (const field of unionKeys(base, revision)) {
    // `four_on_the_spot: false` and no flag read the same everywhere: only a procedure marked true is one.
    if (field === 'four_on_the_spot' && (base[field] ?? false) === (revision[field] ?? false)) continue;
    if (isWhole(field) && !same(base[field], revision[field]))
      out.push({ at: field, before: base[field], after: revision[field] } as Difference);
  }
  if (!same(baseTime.total, revisionTime.total))
    out.push({ at: 'total', before: baseTime.total, after: revisionTime.total });
  const byName = (item: DossierItem) => collapseSpaces(item.name);
  const dossier = compareKeyed(keyed(base.dossier, byName), keyed(revision.dossier, byName));
  for (const item of respelledItems(dossier, (a, b) => sameWording(a, b))) out.push({ at: 'dossier', ...item });
  const byText = (text: string) => collapseSpaces(text);
  const legal = compareKeyed(keyed(base.legal_basis, byText), keyed(revision.legal_basis, byText));
  for (const item of respelledItems(legal, (a, b) => sameWording(a, b, true))) out.push({ at: 'legal_basis', ...item });
  compareChannels(base, revision, revisionTime.hoursPerDay, out);
  const [baseBodies, revisionBodies] = [bodiesAsRead(base.bodies), bodiesAsRead(revision.bodies)];
  const renamed = renamedBodies(baseBodies, revisionBodies);
  for (const [from, to] of renamed) {
    out.push({ at: 'bodies', key: to, from, before: baseBodies.get(from), after: revisionBodies.get(to) });
    baseBodies.delete(from);
    revisionBodies.delete(to);
  }
  // A body renamed with its key is one change, said once, not a body removed, one added and each of its steps moved.
  const gone = new Map([...baseBodies].filter(([key]) => !revisionBodies.has(key)));
  const added = new Map([...revisionBodies].filter(([key]) => !baseBodies.has(key)));
  for (const [from, { to, steps }] of movedBodies(base, revision, gone, added)) {
    out.push({ at: 'bodies', key: to, from, steps, before: baseBodies.get(from), after: revisionBodies.get(to) });
    baseBodies.delete(from);
    revisionBodies.delete(to);
    renamed.set(from, to);
  }
  for (const item of compareKeyed(baseBodies, revisionBodies)) out.push({ at: 'bodies', ...item });
  compareSteps(stepsAsRead(base, renamed), stepsAsRead(revision), out);
  return out;
}

/**
 * The base id each revision id stands for when only its spelling differs, as it names the same files (idFileKey): in
 * letter case (`qt-d-01`, then `QT-D-01`) or in Đ and D (`QT-DKKD-01` fixed earlier, then `QT-ĐKKD-01` restored). As
 * for steps: where a base id has no revision procedure of the very id and exactly one of that spelling, itself without
 * a base procedure of its own id.
 */
function respelledIds(base: ReadonlySet<string>, revision: ReadonlySet<string>): Map<string, string> {
  const spelled = new Map<string, string[]>();
  for (const id of revision) spelled.set(idFileKey(id), [...(spelled.get(idFileKey(id)) ?? []), id]);
  const baseOf = new Map<string, string>();
  for (const id of base) {
    const found = revision.has(id) ? undefined : spelled.get(idFileKey(id));
    const to = found?.length === 1 ? found[0]! : undefined;
    if (to !== undefined && !base.has(to) && !baseOf.has(to)) baseOf.set(to, id);
  }
  return baseOf;
}

/** The working day of each side, where their calendars differ (office hours changed in the configuration). */
export interface SideDays {
  base: number;
  revision: number;
}

/**
 * Compares two catalogs, procedures matched by `id` (so a moved or renamed file is the same procedure), or by an id
 * spelled otherwise (respelledIds: letter case, Đ for D). Each side's times are counted on its own working day. Procedures
 * equal on both sides are left out, unless `keepSame` (the calendars differ, which may put them over their limit): then
 * they come with their total as the only difference where the length of the day changed it. Ordered by procedure id (the revision's).
 */
export function compareCatalogs(
  base: readonly DiffSide[],
  revision: readonly DiffSide[],
  hoursPerDay: number | SideDays = DEFAULT_HOURS_PER_DAY,
  keepSame = false,
): ProcedureComparison[] {
  const days = typeof hoursPerDay === 'number' ? { base: hoursPerDay, revision: hoursPerDay } : hoursPerDay;
  const baseById = new Map(base.map((side) => [side.procedure.id, side]));
  const revisionById = new Map(revision.map((side) => [side.procedure.id, side]));
  const baseOf = respelledIds(new Set(baseById.keys()), new Set(revisionById.keys()));
  const respelled = new Set(baseOf.values());
  const ids = [...new Set([...baseById.keys(), ...revisionById.keys()])].filter((id) => !respelled.has(id)).sort();
  const out: ProcedureComparison[] = [];
  for (const id of ids) {
    const before = baseById.get(baseOf.get(id) ?? id);
    const after = revisionById.get(id);
    const baseTime = before && analyseTime(before.procedure, days.base);
    const revisionTime = after && analyseTime(after.procedure, days.revision);
    const comparison: ProcedureComparison = { id, differences: [] };
    if (before) Object.assign(comparison, { base: before, baseTime });
    if (after) Object.assign(comparison, { revision: after, revisionTime });
    if (before && after) {
      comparison.differences = compareProcedures(before.procedure, after.procedure, baseTime!, revisionTime!);
      // Under one calendar an unchanged procedure has nothing to report. Under two, its total is kept even where the
      // file did not change: the length of the day changes the days the applicant waits, and the verdict must not
      // depend on whether an unrelated edit touched the file.
      if (comparison.differences.length === 0 && !keepSame) continue;
    }
    out.push(comparison);
  }
  return out;
}
