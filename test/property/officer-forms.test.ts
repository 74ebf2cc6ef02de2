import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lint } from '../../src/lint/linter.js';
import { foldCase } from '../../src/model/fold.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { createCalendar } from '../../src/time/calendar.js';
import { propertyRuns } from '../helpers/property-runs.js';
import { procedureArb } from './arbitraries.js';

// A procedure and the same procedure written in the officers' forms procmap reads (README, "Written as officers
// write"): both must reach every later stage as the same canonical procedure, with the same diagnostics.

const calendar = createCalendar();
const TEXT_RULES = new Set(['nfc', 'invisible-characters']);

const LEVELS: Record<string, string[]> = {
  commune: ['xã', 'Cấp Xã', 'UBND cấp xã', 'Xã/phường', 'phường'],
  district: ['huyện', 'Cấp huyện', 'quận'],
  province: ['Tỉnh', 'Cấp tỉnh (Sở Tư pháp)', 'thành phố'],
  central: ['Trung ương', 'Bộ', 'cấp Trung Ương'],
};

/** Picks one of the forms, by the next of the given choices. */
function chooser(choices: number[]) {
  let next = 0;
  return <T>(forms: T[]): T => forms[choices[next++ % choices.length]! % forms.length]!;
}

function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  return [
    iso,
    `${d}/${m}/${y}`,
    `${Number(d)}/${Number(m)}/${y}`,
    `${d}.${m}.${y}`,
    `ngày ${d} tháng ${Number(m)} năm ${y}`,
  ];
}

function revisionForms(revision: number): (number | string)[] {
  const two = String(revision).padStart(2, '0');
  return [revision, two, `Lần ${revision}`, `Lần ban hành: ${two}`, `lần thứ ${revision}`];
}

/** The same procedure with each value in one of the forms officers write. */
function asOfficersWrite(p: Procedure, choices: number[]): Record<string, unknown> {
  const pick = chooser(choices);
  const out: Record<string, unknown> = { ...p };
  out.revision = pick(revisionForms(p.revision));
  out.effective = pick(dateForms(p.effective));
  if (p.level) out.level = pick([p.level, ...LEVELS[p.level]!]);
  if (p.four_on_the_spot !== undefined)
    out.four_on_the_spot = pick(p.four_on_the_spot ? [true, 'có', 'Có', 'yes'] : [false, 'không', 'KHÔNG', 'no']);
  if (p.cutoff) {
    const [h, m] = p.cutoff.split(':').map(Number) as [number, number];
    const mm = String(m).padStart(2, '0');
    out.cutoff = pick([
      p.cutoff,
      `${h}h${mm}`,
      `${h} giờ ${mm} phút`,
      `${h}g${mm}`,
      ...(m === 0 ? [`${h}h`, `${h} giờ`] : []),
    ]);
  }
  for (const key of ['legal_basis', 'conditions'] as const) {
    const list = p[key];
    if (list?.length === 1) out[key] = pick([list, list[0]]);
  }
  if (p.history)
    out.history = p.history.map((row) => ({
      ...row,
      revision: pick(revisionForms(row.revision)),
      date: pick(dateForms(row.date)),
    }));
  const names = Object.values(p.bodies).map((body) => foldCase(body.name));
  const keys = Object.keys(p.bodies).map(foldCase);
  out.steps = p.steps.map((step) => {
    const copy: Record<string, unknown> = { ...step };
    // A body by its name when that name is one body's and no key's.
    const name = p.bodies[step.body]?.name;
    if (name !== undefined && names.filter((n) => n === foldCase(name)).length === 1 && !keys.includes(foldCase(name)))
      copy.body = pick([step.body, name]);
    for (const key of ['inputs', 'outputs', 'forms'] as const) {
      const list = step[key];
      if (list?.length === 1) copy[key] = pick([list, list[0]]);
    }
    // A target by its step number: the generated ids are s0, s1 … (one number each).
    const byNumber = (id: string) => pick([id, id.replace(/^s/, 'Bước '), id.replace(/^s/, 'bước 0')]);
    if (Array.isArray(step.next)) copy.next = step.next.map(byNumber);
    return copy;
  });
  return out;
}

function lintOne(data: unknown) {
  const source = loadFile('p.yaml', Buffer.from(stringify(data)));
  return lint([source], { lang: 'en', calendar });
}

describe('procedures written in the officers’ forms', () => {
  it('reach every stage as the canonical procedure, with the same diagnostics', () => {
    fc.assert(
      fc.property(
        procedureArb({ shape: 'acyclic', maxSteps: 8 }),
        fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
        (procedure, choices) => {
          const canonical = lintOne(procedure);
          const officer = lintOne(asOfficersWrite(procedure, choices));
          // `nfc` and `invisible-characters` report each place: a body name written again as a step's body is one more.
          const rules = (result: typeof canonical) =>
            result.diagnostics.filter((d) => !TEXT_RULES.has(d.rule)).map((d) => `${d.rule} ${d.severity}`);
          expect(rules(officer)).toEqual(rules(canonical));
          expect(officer.procedures[0]?.procedure).toEqual(canonical.procedures[0]?.procedure);
        },
      ),
      { numRuns: propertyRuns(40) },
    );
  });

  it('without a bodies map, as a first draft: each step body name is a body, with the same flow and times', () => {
    const FLOW_RULES = new Set(['within-time-limit', 'reachable', 'acyclic', 'known-step', 'unique-step-id']);
    fc.assert(
      fc.property(procedureArb({ shape: 'acyclic', maxSteps: 8 }), (procedure) => {
        const { bodies, ...rest } = procedure;
        const draft = { ...rest, steps: procedure.steps.map((step) => ({ ...step, body: bodies[step.body]!.name })) };
        const canonical = lintOne(procedure);
        const read = lintOne(draft);
        const flow = (result: typeof canonical) =>
          result.diagnostics.filter((d) => FLOW_RULES.has(d.rule)).map((d) => `${d.rule} ${d.severity} ${d.message}`);
        expect(flow(read)).toEqual(flow(canonical));
        expect(read.diagnostics.filter((d) => ['schema', 'known-body'].includes(d.rule))).toEqual([]);
        const derived = read.procedures[0]?.procedure;
        if (canonical.procedures[0] === undefined) return;
        // Each step's body is the derived body of its name; one body per name, letter case and spacing aside.
        expect(derived!.steps.map((step) => foldCase(derived!.bodies[step.body]!.name))).toEqual(
          procedure.steps.map((step) => foldCase(bodies[step.body]!.name)),
        );
        const names = new Set(procedure.steps.map((step) => foldCase(bodies[step.body]!.name)));
        expect(Object.keys(derived!.bodies)).toHaveLength(names.size);
      }),
      { numRuns: propertyRuns(40) },
    );
  });
});
