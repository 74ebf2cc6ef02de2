import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, classify, type Change } from '../../src/diff/classify.js';
import { compareCatalogs, type DiffSide } from '../../src/diff/compare.js';
import { judgeCatalogs } from '../../src/diff/judge.js';
import { changedFiles } from '../../src/diff/pair.js';
import { diffJson } from '../../src/format/diff-json.js';
import { diffMarkdown } from '../../src/format/diff-markdown.js';
import { diffText } from '../../src/format/diff-text.js';
import { deltaText } from '../../src/format/diff-words.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { createCalendar } from '../../src/time/calendar.js';
import { limitOrder, type TimedLimit } from '../../src/time/limit-order.js';
import { overOnDates } from '../../src/time/over-on-dates.js';

const FIXTURES = fileURLToPath(new URL('fixtures/', import.meta.url));

/** One side of a fixture pair; a missing file is an empty side (for procedure-added and procedure-removed). */
function side(dir: string, name: string): DiffSide[] {
  const path = join(dir, name);
  if (!existsSync(path)) return [];
  const result = lint([loadFile(name, readFileSync(path))], { rules: [] });
  expect(result.diagnostics).toEqual([]);
  return result.procedures.map(({ file, procedure }) => ({ file, procedure }));
}

/** A fixture's changes; with calendars.json (each side's calendar section), each side judged on its own calendar. */
function changesOf(fixture: string): Change[] {
  const dir = join(FIXTURES, fixture);
  const [base, revision] = [side(dir, 'base.yaml'), side(dir, 'revision.yaml')];
  if (!existsSync(join(dir, 'calendars.json'))) return classify(compareCatalogs(base, revision));
  const sections = JSON.parse(readFileSync(join(dir, 'calendars.json'), 'utf8')) as Record<'base' | 'revision', object>;
  const calendars = { base: createCalendar(sections.base), revision: createCalendar(sections.revision) };
  return judgeCatalogs(base, revision, calendars, true);
}

const fixtures = readdirSync(FIXTURES).sort();

describe('diff fixtures (base.yaml + revision.yaml → expected.json)', () => {
  // Each fixture's changes are worked out once and read by both tests below (the comparison is a pure function of
  // the two files): the second pass over every fixture was most of this file's time.
  const computed = new Map<string, Change[]>();
  const fixtureChanges = (fixture: string): Change[] => {
    if (!computed.has(fixture)) computed.set(fixture, changesOf(fixture));
    return structuredClone(computed.get(fixture)!);
  };

  it.each(fixtures)('%s', (fixture) => {
    const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, fixture, 'expected.json'), 'utf8'));
    expect(JSON.parse(diffJson({ changes: fixtureChanges(fixture), hoursPerDay: 8 }))).toEqual(expected);
  });

  it('has a fixture for every change kind, each reporting its kind', () => {
    for (const kind of CHANGE_KINDS) expect(fixtures, kind).toContain(kind);
    for (const fixture of fixtures) {
      const kind = CHANGE_KINDS.find((k) => fixture === k || fixture.startsWith(`${k}-`));
      expect(kind, `fixture "${fixture}" names no change kind`).toBeDefined();
      expect(fixtureChanges(fixture).map((c) => c.kind)).toContain(kind);
    }
  });
});

describe('a cutoff moved', () => {
  it('later, under a limit it moves, is a shorter limit for dossiers received between the two hours: info', () => {
    const dir = join(FIXTURES, 'field-changed-cutoff-earlier');
    const changes = classify(compareCatalogs(side(dir, 'revision.yaml'), side(dir, 'base.yaml')));
    expect(changes.map((c) => [c.kind, c.level, c.reason, c.before, c.after])).toEqual([
      ['field-changed', 'info', 'cutoff-later', '10:00', '15:00'],
      ['revision-not-bumped', 'warning', 'not-raised', '1', '1'],
    ]);
  });
});

describe('compare', () => {
  it('finds nothing between a procedure and itself written differently (key order, comments)', () => {
    const text = readFileSync(join(FIXTURES, 'fee-changed', 'base.yaml'), 'utf8');
    const reordered = `# comment\n${text.replace(/^id: (.*)\n/m, '').replace(/^title:/m, 'id: QT-HT-09\ntitle:')}`;
    const a = lint([loadFile('a.yaml', Buffer.from(text))], { rules: [] }).procedures;
    const b = lint([loadFile('b.yaml', Buffer.from(reordered))], { rules: [] }).procedures;
    expect(compareCatalogs(a, b)).toEqual([]);
  });

  it('finds no change in the last line break of a text, or a dossier count written as documents print it', () => {
    const text = readFileSync(join(FIXTURES, 'fee-changed', 'base.yaml'), 'utf8');
    const load = (name: string, source: string) =>
      lint([loadFile(name, Buffer.from(source))], { rules: [] }).procedures;
    const folded = text.replace(/^fee: (.*)$/m, 'fee: >-\n  $1');
    expect(compareCatalogs(load('a.yaml', folded), load('b.yaml', folded.replace('fee: >-', 'fee: >')))).toEqual([]);
    const counted = text.replace(/copies: 1$/m, 'copies: 1');
    expect(counted).toMatch(/copies: 1$/m);
    for (const written of ['"01"', '01 bản', '1 bản'])
      expect(
        compareCatalogs(load('a.yaml', counted), load('b.yaml', counted.replace(/copies: 1$/m, `copies: ${written}`))),
      ).toEqual([]);
    // A count with its kind is text the document prints as written.
    const kind = compareCatalogs(
      load('a.yaml', counted),
      load('b.yaml', counted.replace(/copies: 1$/m, 'copies: 01 bản chính')),
    );
    expect(kind).toHaveLength(1);
  });

  it('finds no change in a count of copies written in words where the document prints copies in their own column', () => {
    const text = readFileSync(join(FIXTURES, 'fee-changed', 'base.yaml'), 'utf8');
    const load = (name: string, source: string) =>
      lint([loadFile(name, Buffer.from(source))], { rules: [] }).procedures;
    // An item that counts its originals gives the document its "Bản chính" and "Bản sao" columns.
    const split = text.replace(/^dossier:\n/m, 'dossier:\n  - { name: Đơn, originals: 1 }\n');
    const written = (copies: string) => split.replace(/copies: 1$/m, `copies: ${copies}`);
    for (const copies of ['"01 bản sao"', 'một bản sao', '01 ban sao'])
      expect(compareCatalogs(load('a.yaml', split), load('b.yaml', written(copies)))).toEqual([]);
    // Words that say more than the count, and a count of copies where `copies` prints as a number of papers ("01
    // bản": no column says they are copies), are what the document prints.
    expect(compareCatalogs(load('a.yaml', split), load('b.yaml', written('01 bản sao có chứng thực')))).toHaveLength(1);
    const plain = text.replace(/copies: 1$/m, 'copies: 01 bản sao');
    expect(compareCatalogs(load('a.yaml', text), load('b.yaml', plain))).toHaveLength(1);
  });

  it("finds no change in a decision's branches or parallel steps written in another order, but one in a target", () => {
    const text = readFileSync(join(FIXTURES, 'flow-changed', 'base.yaml'), 'utf8');
    const load = (name: string, source: string) =>
      lint([loadFile(name, Buffer.from(source))], { rules: [] }).procedures;
    const branches = '      Có thông tin: sign\n      Không có thông tin: refuse\n';
    expect(text).toContain(branches);
    const swapped = text.replace(branches, '      Không có thông tin: refuse\n      Có thông tin: sign\n');
    expect(compareCatalogs(load('a.yaml', text), load('b.yaml', swapped))).toEqual([]);
    const parallel = (targets: string) =>
      text.replace(branches, '').replace(/^(    next:)\n(  - id: sign)/m, `$1 ${targets}\n$2`);
    expect(parallel('[sign, refuse]')).toContain('next: [sign, refuse]');
    expect(
      compareCatalogs(load('a.yaml', parallel('[sign, refuse]')), load('b.yaml', parallel('[refuse, sign]'))),
    ).toEqual([]);
    // The same labels to other steps is a change of the flow.
    const crossed = text.replace(branches, '      Có thông tin: refuse\n      Không có thông tin: sign\n');
    const changes = classify(compareCatalogs(load('a.yaml', text), load('b.yaml', crossed)));
    expect(changes.map((c) => [c.kind, c.step])).toEqual([
      ['flow-changed', 'search'],
      ['revision-not-bumped', null],
    ]);
  });

  it('names the steps a hand-over goes to, with their own ids where two steps share a name', () => {
    const [base] = side(join(FIXTURES, 'step-added-renumbered'), 'base.yaml');
    const [a, b] = [structuredClone(base!), structuredClone(base!)];
    for (const p of [a.procedure, b.procedure]) p.steps[3]!.name = p.steps[2]!.name;
    b.procedure.steps[0]!.next = ['B3'];
    const flow = classify(compareCatalogs([a], [b])).find((c) => c.kind === 'flow-changed');
    expect(flow).toMatchObject({ step: 'B1', before: 'Thẩm định hồ sơ', after: 'Ký giấy phép (B3)' });
  });

  it('gives no hour delta for a step moved to calendar days', () => {
    const dir = join(FIXTURES, 'step-duration-changed');
    const [base] = side(dir, 'base.yaml');
    const revision = structuredClone(base!);
    revision.procedure.steps[1]!.duration = '2cd';
    const changes = classify(compareCatalogs([base!], [revision]));
    const step = changes.find((c) => c.kind === 'step-duration-changed')!;
    expect(step).toMatchObject({ level: 'warning', reason: 'not-comparable', before: '1d', after: '2cd', delta: null });
    expect(changes.find((c) => c.kind === 'total-changed')).toMatchObject({
      before: '20h',
      after: null,
      delta: null,
      reason: 'not-comparable',
    });
  });

  it('pairs a procedure id in other letter case only where the very id is missing and one spelling matches', () => {
    const [base] = side(join(FIXTURES, 'field-changed-procedure-id-case'), 'base.yaml');
    const as = (id: string): DiffSide => ({ file: `${id}.yaml`, procedure: { ...base!.procedure, id } });
    const kinds = (before: DiffSide[], after: DiffSide[]) =>
      classify(compareCatalogs(before, after)).map((c) => `${c.procedure} ${c.kind} ${c.reason}`);
    // The document prints the id as its code: respelled, it is a new revision like any other change.
    expect(kinds([as('qt-ht-22')], [as('QT-HT-22')])).toEqual([
      'QT-HT-22 field-changed id-case',
      'QT-HT-22 revision-not-bumped not-raised',
    ]);
    // Two spellings in the revision: which one the base became cannot be told.
    expect(kinds([as('qt-ht-22')], [as('QT-HT-22'), as('Qt-Ht-22')])).toEqual([
      'QT-HT-22 procedure-added added',
      'Qt-Ht-22 procedure-added added',
      'qt-ht-22 procedure-removed removed',
    ]);
    // The very id on both sides is that procedure; the other spelling is another one.
    expect(kinds([as('QT-HT-22'), as('qt-ht-22')], [as('QT-HT-22')])).toEqual(['qt-ht-22 procedure-removed removed']);
  });
});

describe('limits in different units, ordered on the dates they give', () => {
  const calendar = createCalendar();
  const order = (b: TimedLimit, a: TimedLimit) => limitOrder(calendar, b, a);
  const judged = (before: string, after: string, cutoff?: string) => {
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    const [from, to] = [structuredClone(base!), structuredClone(base!)];
    from.procedure.time_limit = before;
    to.procedure.time_limit = after;
    if (cutoff !== undefined) [from, to].forEach((s) => (s.procedure.cutoff = cutoff));
    const change = classify(compareCatalogs([from], [to]), 8, order).find((c) => c.kind === 'time-limit-changed')!;
    return [change.level, change.reason];
  };

  it('finds 15 calendar days → 15 working days longer on every date: breaking, as a raised limit is', () => {
    expect(judged('15cd', '15d')).toEqual(['breaking', 'limit-raised']);
    expect(judged('15 ngày kể từ ngày nhận đủ hồ sơ', '15 ngày làm việc kể từ ngày nhận đủ hồ sơ')).toEqual([
      'breaking',
      'limit-raised',
    ]);
    expect(judged('10d', '1 tháng')).toEqual(['breaking', 'limit-raised']);
  });

  it('finds the other way shorter, and leaves to the reviewer what depends on the date', () => {
    expect(judged('15d', '15cd')[1]).toBe('shorter');
    // 3 calendar days against 3 working days: longer over a weekend, shorter in the week.
    expect(judged('3cd', '3d')).toEqual(['warning', 'not-comparable']);
    expect(judged('1 tháng', '30cd')).toEqual(['warning', 'not-comparable']);
    // Same day against a working day: never earlier, later for a dossier before the cutoff (after it, both run to
    // the close of the next working day).
    expect(judged('trong ngày', '1d', '15:00')).toEqual(['breaking', 'limit-raised']);
  });

  it('finds the next-day limit longer than the same day and its morning, shorter back', () => {
    expect(judged('trong ngày', 'Trong ngày làm việc tiếp theo')).toEqual(['breaking', 'limit-raised']);
    expect(judged('Buổi sáng ngày làm việc tiếp theo', 'Trong ngày làm việc tiếp theo')).toEqual([
      'breaking',
      'limit-raised',
    ]);
    expect(judged('Trong ngày làm việc tiếp theo', 'trong ngày')[1]).toBe('shorter');
    expect(judged('Ngày làm việc tiếp theo', 'Trong ngày làm việc tiếp theo')[1]).toBe('same-time');
  });

  it('leaves the overrun of a limit written another way for the same time to total-changed', () => {
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    const revision = structuredClone(base!);
    revision.procedure.time_limit = `${Number(/^(\d+)d$/.exec(base!.procedure.time_limit)![1]) * 8}h`;
    revision.procedure.steps[0]!.duration = '200h';
    const changes = classify(compareCatalogs([base!], [revision]), 8, order);
    expect(changes.find((c) => c.kind === 'time-limit-changed')).toMatchObject({ level: 'info', reason: 'same-time' });
    expect(changes.find((c) => c.kind === 'total-changed')).toMatchObject({ level: 'breaking' });
  });

  it('never calls hours the law leaves open ("24 giờ", perhaps on the clock) and a settled time the same', () => {
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    const judged = (before: string, after: string) => {
      const [a, b] = [structuredClone(base!), structuredClone(base!)];
      a.procedure.time_limit = before;
      b.procedure.time_limit = after;
      const changes = classify(compareCatalogs([a], [b]), 8, order);
      const limit = changes.find((c) => c.kind === 'time-limit-changed');
      return [limit?.level, limit?.reason, limit?.before, changes.some((c) => c.kind === 'revision-not-bumped')];
    };
    // Settled as working time: the same working hours, or fewer, may still be later than hours on the clock.
    expect(judged('24 giờ', '03 ngày làm việc')).toEqual(['warning', 'hours-settled', '24 giờ', true]);
    expect(judged('24 giờ', '24h')).toEqual(['warning', 'hours-settled', '24 giờ', true]);
    expect(judged('24 tiếng kể từ khi nhận đủ hồ sơ', '2d')).toEqual([
      'warning',
      'hours-settled',
      '24 tiếng kể từ khi nhận đủ hồ sơ',
      true,
    ]);
    // Opened: the published words now leave the hours open.
    expect(judged('3d', '24 giờ')).toEqual(['warning', 'hours-opened', '3d', true]);
    // Shorter whichever way the hours are read; the same open hours written another way.
    expect(judged('3d', '22 giờ')).toEqual(['info', 'shorter', '3d', true]);
    expect(judged('24 giờ', '24 tiếng')).toEqual(['info', 'same-time', '24 giờ', false]);
    // Working hours and working days of the same time are one time written two ways: no new issue (8 h a day here).
    expect(judged('24 giờ làm việc', '3d')).toEqual(['info', 'same-time', '24h', false]);
  });

  it("finds a channel's limit written out as settled time where the procedure's hours are open", () => {
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    const [a, b] = [structuredClone(base!), structuredClone(base!)];
    a.procedure.time_limit = b.procedure.time_limit = '24 giờ';
    a.procedure.channels = [{ kind: 'online' }];
    b.procedure.channels = [{ kind: 'online', time_limit: '3d' }];
    const changes = classify(compareCatalogs([a], [b]), 8, order);
    expect(changes.find((c) => c.kind === 'time-limit-changed')).toMatchObject({
      level: 'warning',
      reason: 'hours-settled',
      field: 'channels.online',
      before: '24 giờ',
      after: '3d',
    });
  });

  it('finds steps now over a limit that dates decide (same day, calendar days), as lint does: breaking', () => {
    const over = (procedure: DiffSide['procedure'], channel?: string) => overOnDates(calendar, procedure, channel);
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    const judgedOver = (edit: (p: DiffSide['procedure']) => void, kind: string) => {
      const revision = structuredClone(base!);
      edit(revision.procedure);
      const changes = classify(compareCatalogs([base!], [revision]), 8, order, over);
      return changes.find((c) => c.kind === kind);
    };
    // Two working days of steps cannot be done "trong ngày" nor in 2 calendar days for any receipt.
    for (const limit of ['trong ngày', '2cd'])
      expect(judgedOver((p) => (p.time_limit = limit), 'time-limit-changed')).toMatchObject({
        level: 'breaking',
        reason: 'over-limit',
      });
    // A step in calendar days that takes the steps past 3 working days: the total is not in hours, the overrun is.
    expect(judgedOver((p) => (p.steps[1]!.duration = '5cd'), 'total-changed')).toMatchObject({
      level: 'breaking',
      reason: 'over-limit',
      after: null,
    });
  });

  it('finds a way of filing added with a limit of its own that the steps overrun breaking, as lint does', () => {
    const over = (procedure: DiffSide['procedure'], channel?: string) => overOnDates(calendar, procedure, channel);
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    const added = (limit?: string) => {
      const revision = structuredClone(base!);
      revision.procedure.channels = [{ kind: 'online', ...(limit === undefined ? {} : { time_limit: limit }) }];
      return classify(compareCatalogs([base!], [revision]), 8, order, over).find((c) => c.field === 'channels.online');
    };
    // Two working days of steps: online "trong ngày" or 1 working day cannot be met; 3 days and no own limit can.
    expect(added('trong ngày')).toMatchObject({ level: 'breaking', reason: 'over-limit' });
    expect(added('1d')).toMatchObject({ level: 'breaking', reason: 'over-limit' });
    expect(added('3d')).toMatchObject({ level: 'info', reason: 'added' });
    expect(added()).toMatchObject({ level: 'info', reason: 'added' });
  });

  it('finds a limit lowered below steps that already overran it breaking: the overrun grows', () => {
    const over = (procedure: DiffSide['procedure'], channel?: string) => overOnDates(calendar, procedure, channel);
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    // 20 h of steps: over 2 d (16 h) by 4 h, over 1.5 d by 8 h.
    const lowered = (from: string, to: string, channel = false) => {
      const [a, b] = [structuredClone(base!), structuredClone(base!)];
      if (channel) {
        a.procedure.channels = [{ kind: 'online', time_limit: from }];
        b.procedure.channels = [{ kind: 'online', time_limit: to }];
      } else [a.procedure.time_limit, b.procedure.time_limit] = [from, to];
      const change = classify(compareCatalogs([a], [b]), 8, order, over).find((c) => c.kind === 'time-limit-changed')!;
      return [change.level, change.reason];
    };
    // Over before as well: the overrun grew, which is not "now over".
    expect(lowered('2d', '1.5d')).toEqual(['breaking', 'over-limit-grew']);
    expect(lowered('2d', '1.5d', true)).toEqual(['breaking', 'over-limit-grew']);
    // On dates too: 2 calendar days are never enough for 20 working hours, 1 calendar day is less.
    expect(lowered('2cd', '1cd')).toEqual(['breaking', 'over-limit-grew']);
    // Within before, over after: now over.
    expect(lowered('3d', '2d')).toEqual(['breaking', 'over-limit']);
    // Lowered with room to spare, or lowered to where the steps still fit: information.
    expect(lowered('5d', '4d')).toEqual(['info', 'shorter']);
    expect(lowered('4d', '3d')).toEqual(['info', 'shorter']);
  });

  it('finds steps already late against a limit that dates decide, now later, breaking; less late, not', () => {
    const over = (procedure: DiffSide['procedure'], channel?: string) => overOnDates(calendar, procedure, channel);
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    // 20 h of steps against 3 calendar days: late for receipts before a weekend, in time early in the week.
    const sides = (limit: string, search: string, channel = false) => {
      const [a, b] = [structuredClone(base!), structuredClone(base!)];
      for (const p of [a.procedure, b.procedure])
        if (channel) p.channels = [{ kind: 'online', time_limit: limit }];
        else p.time_limit = limit;
      b.procedure.steps[1]!.duration = search;
      return [a, b] as const;
    };
    const totalChange = (limit: string, search: string, channel = false) => {
      const [a, b] = sides(limit, search, channel);
      expect(over(a.procedure, channel ? 'online' : undefined)?.late).toBeGreaterThan(0);
      const changes = classify(compareCatalogs([a], [b]), 8, order, over);
      return changes.find((c) => c.kind === 'total-changed' && c.level === 'breaking');
    };
    expect(totalChange('3cd', '1.5d')).toMatchObject({ reason: 'over-limit-grew' });
    expect(totalChange('3cd', '1.5d', true)).toMatchObject({ reason: 'over-limit-grew', field: 'channels.online' });
    expect(totalChange('3cd', '6h')).toBeUndefined();
    expect(totalChange('3cd', '1d')).toBeUndefined();
  });

  it('tells steps now over a limit from steps over it before and now longer, and says when they are now within', () => {
    const over = (procedure: DiffSide['procedure'], channel?: string) => overOnDates(calendar, procedure, channel);
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    // 20 h of steps, the search step 8 h of them.
    const total = (limit: string, from: string, to: string) => {
      const [a, b] = [structuredClone(base!), structuredClone(base!)];
      a.procedure.time_limit = b.procedure.time_limit = limit;
      a.procedure.steps[1]!.duration = from;
      b.procedure.steps[1]!.duration = to;
      const change = classify(compareCatalogs([a], [b]), 8, order, over).find((c) => c.kind === 'total-changed')!;
      return [change.level, change.reason, change.limit];
    };
    // In working hours: 20 h → 24 h against 16 h was over already; 12 h → 20 h against 16 h is now over.
    expect(total('2d', '1d', '1.5d')).toEqual(['breaking', 'over-limit-grew', '2d']);
    expect(total('2d', '4h', '1d')).toEqual(['breaking', 'over-limit', '2d']);
    // 25 h → 24 h against 3 days (24 h): now exactly at the limit, within it.
    expect(total('3d', '13h', '12h')).toEqual(['info', 'now-within', '3d']);
    expect(total('3d', '14h', '13h')).toEqual(['warning', 'still-over-limit', '3d']);
    // On dates: the same day, late for every receipt before and after, and later after.
    expect(total('trong ngày', '1h', '2h')).toEqual(['breaking', 'over-limit-grew', 'trong ngày']);
  });

  describe('fails --fail-on breaking exactly when lint newly rejects the steps against a limit', () => {
    const text = readFileSync(join(FIXTURES, 'time-limit-changed', 'base.yaml'), 'utf8');
    const over = (procedure: DiffSide['procedure'], channel?: string) => overOnDates(calendar, procedure, channel);
    /** Whether within-time-limit reports the file, and the procedure it reads. */
    const read = (name: string, yaml: string) => {
      const result = lint([loadFile(name, Buffer.from(yaml))], { calendar });
      expect(result.diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'within-time-limit')).toEqual([]);
      return {
        late: result.diagnostics.some((d) => d.rule === 'within-time-limit'),
        sides: result.procedures.map(({ file, procedure }) => ({ file, procedure })),
      };
    };
    const step = (id: string, duration: string) =>
      `  - id: ${id}\n    name: Bước ${id}\n    body: TPHT\n    duration: ${duration}\n`;
    const search = /(  - id: search\n(?:.*\n){2}    duration: ).*/;
    const limit = (to: string) => (y: string) => y.replace(/^time_limit: .*$/m, `time_limit: ${to}`);
    // Before the last step, which the one before it hands over to in list order.
    const added = (duration: string) => (y: string) =>
      y.replace('  - id: return\n', `${step('extra', duration)}  - id: return\n`);
    const online = (to: string) => (y: string) =>
      /kind: online, time_limit: [^ }]+/.test(y)
        ? y.replace(/kind: online, time_limit: [^ }]+/, `kind: online, time_limit: ${to}`)
        : // In person listed too: a list without it would take it away, breaking whatever the time (channel-removed).
          y.replace(/^fee:/m, `channels:\n  - { kind: in_person }\n  - { kind: online, time_limit: ${to} }\nfee:`);
    // Edits of the steps, the flow and the limits (a raised limit is breaking on its own, late or not).
    const edits: Record<string, (yaml: string) => string> = {
      'a step in calendar days, within': (y) => y.replace(search, '$13cd'),
      'a step in calendar days, too long': (y) => y.replace(search, '$114cd'),
      'a step in calendar days against a limit in calendar days': (y) => limit('9cd')(y.replace(search, '$14cd')),
      'a step added, within': added('2h'),
      'a step added, too long': added('1d'),
      'a step added in calendar days': added('3cd'),
      'a branch to a longer path': (y) =>
        y
          .replace('Không có thông tin: refuse', 'Không có thông tin: extra')
          .replace('  - id: refuse\n', `${step('extra', '6h')}    next: [refuse]\n  - id: refuse\n`),
      'the limit in the same day': limit('trong ngày'),
      'the limit in calendar days': limit('3cd'),
      'the limit lowered, within': limit('20h'),
      'the limit lowered, over': limit('2d'),
      'an online limit, over': online('2d'),
      'an online limit, within': online('20h'),
    };
    const bases: Record<string, string> = {
      'a limit in working days': text,
      'an online limit of its own': online('22h')(text),
      'a limit in calendar days': limit('20cd')(text),
      // No total in working hours on either side: only the dates say whether the steps are late.
      'a step in calendar days': limit('5d')(text.replace(search, '$12cd')),
      'a step in calendar days and a limit in calendar days': limit('20cd')(text.replace(search, '$12cd')),
    };
    const cases = Object.entries(bases).flatMap(([b, yaml]) =>
      Object.entries(edits).map(([e, edit]) => [b, e, yaml, edit] as const),
    );

    it.each(cases)('%s, %s', (_base, _edit, yaml, edit) => {
      const revised = edit(yaml);
      expect(revised).not.toBe(yaml);
      const before = read('base.yaml', yaml);
      const after = read('revision.yaml', revised);
      expect(before.late).toBe(false);
      const changes = classify(compareCatalogs(before.sides, after.sides), 8, order, over);
      const breaking = changes.some((c) => c.level === 'breaking');
      if (changes.some((c) => c.reason === 'limit-raised')) expect(breaking).toBe(true);
      else expect(breaking).toBe(after.late);
    });

    it('covers edits on both sides of the line', () => {
      const late = cases.filter(([, , yaml, edit]) => read('r.yaml', edit(yaml)).late).length;
      expect(late).toBeGreaterThan(5);
      expect(cases.length - late).toBeGreaterThan(5);
    });
  });

  it('says not comparable without the calendar', () => {
    const [base] = side(join(FIXTURES, 'time-limit-changed'), 'base.yaml');
    const revision = structuredClone(base!);
    revision.procedure.time_limit = '30cd';
    const change = classify(compareCatalogs([base!], [revision])).find((c) => c.kind === 'time-limit-changed')!;
    expect(change.reason).toBe('not-comparable');
  });
});

describe('changedFiles', () => {
  it('skips files whose content is on both sides, even moved, one for one', () => {
    const base = [
      { blob: 'a', name: 'x/a' },
      { blob: 'b', name: 'x/b' },
      { blob: 'c', name: 'x/c' },
      { blob: 'd', name: 'x/d1' },
      { blob: 'd', name: 'x/d2' },
    ];
    const revision = [
      { blob: 'a', name: 'moved/a' },
      { blob: 'b2', name: 'x/b' },
      { blob: 'd', name: 'x/d1' },
      { blob: 'e', name: 'x/e' },
    ];
    const result = changedFiles(base, revision);
    expect(result.base.map((f) => f.name)).toEqual(['x/b', 'x/c', 'x/d2']);
    expect(result.revision.map((f) => f.name)).toEqual(['x/b', 'x/e']);
    expect(result.unchanged).toBe(2);
  });
});

describe('diff formatters', () => {
  // A catalog-like report: each fixture's changes as those of a procedure of its own.
  const changes = [
    'total-changed',
    'step-renamed',
    'flow-changed',
    'procedure-removed',
    'time-limit-changed-calendar-days',
    'dossier-changed',
  ].flatMap((fixture, i) =>
    changesOf(fixture).map((change) => ({ ...change, procedure: `QT-HT-${String(i + 1).padStart(2, '0')}` })),
  );
  const report = { changes, hoursPerDay: 8 };

  it('text, English, without colour', async () => {
    await expect(diffText(report, { color: false, lang: 'en' })).toMatchFileSnapshot('golden/report-en.txt');
  });

  it('text, Vietnamese', async () => {
    await expect(diffText(report, { color: false, lang: 'vi' })).toMatchFileSnapshot('golden/report-vi.txt');
  });

  it('text colours levels only when asked', () => {
    expect(diffText(report, { color: true, lang: 'en' })).toContain('\u001b[31m\u001b[1mbreaking');
    expect(diffText(report, { color: false, lang: 'en' })).not.toContain('\u001b[');
  });

  it('markdown table, escaping cells', async () => {
    const piped = [
      ...changes,
      {
        ...changes[0]!,
        kind: 'fee-changed' as const,
        level: 'warning' as const,
        reason: 'changed' as const,
        before: 'a | b',
        after: '*c* <img src=x> &amp;',
        delta: null,
      },
    ];
    await expect(diffMarkdown({ changes: piped, hoursPerDay: 8 }, { color: false, lang: 'en' })).toMatchFileSnapshot(
      'golden/report.md',
    );
  });

  it('names a step whose id already says "Bước" without the word twice', () => {
    // By id, as import's changes name a step (they do not say its number): the diff's own say the document's number.
    const { stepShown: _shown, ...judged } = changesOf('step-renamed')[0]!;
    const change = { ...judged, procedure: 'QT-HT-01' };
    const titled = (step: string, lang: 'en' | 'vi') =>
      diffText({ changes: [{ ...change, step }], hoursPerDay: 8 }, { color: false, lang }).split('\n')[1];
    expect(titled('Bước 2', 'vi')).toContain('Đổi tên bước (Bước 2)');
    expect(titled('B2', 'vi')).toContain('Đổi tên bước (bước B2)');
    expect(titled('Step 2', 'en')).toContain('Step renamed (Step 2)');
    expect(titled('Bước2', 'en')).toContain('Step renamed (Bước2)');
    expect(titled('Buocx', 'en')).toContain('Step renamed (step Buocx)');
  });

  /** The report's line for a field change of the fixture's, with these parts changed. */
  const fieldLine = (parts: Partial<Change>, lang: 'en' | 'vi') => {
    const change: Change = { ...changesOf('field-changed')[0]!, kind: 'field-changed', ...parts };
    return diffText({ changes: [change], hoursPerDay: 8 }, { color: false, lang }).split('\n')[1];
  };

  it('shows a list of texts as its items, one the procedure says is empty as "Không"', () => {
    const conditions = { field: 'conditions', before: JSON.stringify(['Có hộ khẩu', 'Đủ 18 tuổi']), after: '[]' };
    expect(fieldLine(conditions, 'vi')).toContain(
      'Thay đổi: Điều kiện thực hiện (conditions): Có hộ khẩu; Đủ 18 tuổi → Không',
    );
    expect(fieldLine(conditions, 'en')).toContain('Changed: conditions: Có hộ khẩu; Đủ 18 tuổi → None');
  });

  it('shows forms, definitions, records and dossier items as the document prints them, not as data', () => {
    const forms = JSON.stringify([{ code: 'Mẫu 01', name: 'Tờ khai' }, { name: 'Phiếu hẹn' }]);
    expect(fieldLine({ field: 'forms', before: forms, after: '[]' }, 'vi')).toContain(
      'Biểu mẫu (forms): Mẫu 01 - Tờ khai; Phiếu hẹn → Không',
    );
    const definitions = JSON.stringify([{ term: 'TTPVHCC', meaning: 'Trung tâm Phục vụ hành chính công' }]);
    expect(fieldLine({ field: 'definitions', before: null, after: definitions }, 'en')).toContain(
      'Changed: definitions: TTPVHCC: Trung tâm Phục vụ hành chính công',
    );
    const records = JSON.stringify([{ name: 'Sổ theo dõi', keeper: 'TTPVHCC', retention: '05 năm' }]);
    expect(fieldLine({ field: 'records', before: '[]', after: records }, 'en')).toContain(
      'None → Sổ theo dõi (TTPVHCC, 05 năm)',
    );
    // Another shape in words too, never as the data: a way of filing by its name.
    const channels = JSON.stringify([{ kind: 'online' }, { kind: 'postal', note: 'Bưu điện xã' }]);
    expect(fieldLine({ field: 'channels', before: null, after: channels }, 'en')).toContain(
      'Changed: channels: Online; By public postal service (Bưu điện xã)',
    );
  });

  it("names a step's changed field by its heading in Vietnamese, after the step", () => {
    const role = { step: 'B2', field: 'role', before: 'Công chức', after: 'Viên chức' };
    expect(fieldLine(role, 'vi')).toContain('Thay đổi (bước B2): Người thực hiện (role): Công chức → Viên chức');
    expect(fieldLine(role, 'en')).toContain('Changed (step B2): role: Công chức → Viên chức');
  });

  it('cuts a long value around what changed, on both sides, so that the change stays in sight', () => {
    const long = (amount: string) =>
      `200.000 đồng/lần/người; trường hợp yêu cầu cấp quá 02 Phiếu lý lịch tư pháp thì từ Phiếu thứ 3 trở đi thu thêm ${amount} đồng/Phiếu (Thông tư số 244/2016/TT-BTC)`;
    const fee = { kind: 'fee-changed' as const, field: 'fee', before: long('5.000'), after: long('10.000') };
    const line = fieldLine(fee, 'vi')!;
    expect(line).toContain(
      '…Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu (Thông tư số… → …Phiếu thứ 3 trở đi thu thêm 10.000 đồng/Phiếu (Thông tư số…',
    );
    const change: Change = { ...changesOf('field-changed')[0]!, ...fee };
    const markdown = diffMarkdown({ changes: [change], hoursPerDay: 8 }, { color: false, lang: 'vi' });
    expect(markdown).toContain('thu thêm 5.000 đồng');
    expect(markdown).toContain('thu thêm 10.000 đồng');
  });

  it('gives a total both sides, one not counted in working hours said so, not left out', () => {
    const total = { kind: 'total-changed' as const, field: null, before: '16h', after: null };
    expect(fieldLine(total, 'vi')).toContain(
      'Tổng thời gian (đường găng): 2 ngày làm việc (16 giờ) → không tính được theo giờ làm việc',
    );
    expect(fieldLine(total, 'en')).toContain('2 working days (16 h) → not counted in working hours');
  });

  it('says a total the same on both sides once, beside the limit it now overruns', () => {
    const late = {
      kind: 'total-changed' as const,
      field: null,
      level: 'breaking' as const,
      reason: 'over-limit' as const,
    };
    expect(fieldLine({ ...late, before: null, after: null, limit: '15cd' }, 'en')).toContain(
      'Total time (critical path): not counted in working hours  now over the time limit of 15 calendar days',
    );
    expect(fieldLine({ ...late, before: null, after: null, limit: '15cd' }, 'vi')).toContain(
      'Tổng thời gian (đường găng): không tính được theo giờ làm việc  nay vượt thời hạn giải quyết 15 ngày (lịch)',
    );
    expect(fieldLine({ ...late, before: '6h', after: '6h', limit: 'trong ngày' }, 'vi')).toContain(
      'Tổng thời gian (đường găng): 0,75 ngày làm việc (6 giờ)  nay vượt thời hạn giải quyết trong ngày',
    );
  });

  it('says why a procedure added is breaking, in text and Markdown, as other breaking lines do', () => {
    const [added] = side(join(FIXTURES, 'procedure-added'), 'revision.yaml');
    // Steps of 2,5 working days (the longest branch) against a limit of 1 working day.
    added!.procedure.time_limit = '1d';
    const changes = classify(compareCatalogs([], [added!]));
    expect(changes).toMatchObject([{ kind: 'procedure-added', level: 'breaking', reason: 'over-limit' }]);
    const report = { changes, hoursPerDay: 8 };
    expect(diffText(report, { color: false, lang: 'vi' })).toContain(
      'nghiêm trọng  Thêm quy trình  nay vượt thời hạn giải quyết 1 ngày làm việc',
    );
    expect(diffText(report, { color: false, lang: 'en' })).toContain(
      'breaking  Procedure added  now over the time limit of 1 working day',
    );
    expect(diffMarkdown(report, { color: false, lang: 'vi' })).toMatch(
      /\| Thêm quy trình \|  \| .+ \|  \| nay vượt thời hạn giải quyết 1 ngày làm việc \|$/m,
    );
    // One within its limit is only added: the kind says it all.
    const within = classify(compareCatalogs([], side(join(FIXTURES, 'procedure-added'), 'revision.yaml')));
    expect(diffText({ changes: within, hoursPerDay: 8 }, { color: false, lang: 'en' })).toContain(
      'info      Procedure added\n',
    );
  });

  /** The report's lines for the changes between a fixture's base and that base with `edit` applied. */
  const editedLines = (fixture: string, edit: (text: string) => string, lang: 'en' | 'vi') => {
    const text = readFileSync(join(FIXTURES, fixture, 'base.yaml'), 'utf8');
    const procedures = (name: string, yaml: string) =>
      lint([loadFile(name, Buffer.from(yaml))], { rules: [] }).procedures;
    const changes = classify(compareCatalogs(procedures('a.yaml', text), procedures('b.yaml', edit(text))));
    return diffText({ changes, hoursPerDay: 8 }, { color: false, lang }).split('\n');
  };

  it('names a way of filing added or removed by its name, its limit and fee in the language, not its keys', () => {
    const withChannels = (channels: string) => (text: string) => text.replace(/^fee:/m, `channels:\n${channels}fee:`);
    const online = withChannels('  - { kind: online, time_limit: 03 ngày làm việc, fee: 50.000 đồng }\n');
    expect(editedLines('fee-changed', online, 'vi')).toContain(
      '  thông tin     Thay đổi: Cách thực hiện (Trực tuyến): 3 ngày làm việc; phí, lệ phí: 50.000 đồng  thêm',
    );
    expect(editedLines('fee-changed', online, 'en')).toContain(
      '  info      Changed: Way of filing (Online): 3 working days; fee 50.000 đồng  added',
    );
    const postal = withChannels('  - postal\n');
    expect(editedLines('fee-changed', postal, 'vi')).toContain(
      // The title names the way of filing: a value of none of its own says so, not the name again.
      '  thông tin     Thay đổi: Cách thực hiện (Qua dịch vụ bưu chính công ích): không có thời hạn, phí riêng  thêm',
    );
    expect(editedLines('fee-changed', postal, 'en')).toContain(
      '  info      Changed: Way of filing (By public postal service): no time limit or fee of its own  added',
    );
  });

  it("words a channel's limit that differs by the words written with it, as the procedure's own, never as data", () => {
    const noted = (text: string) =>
      text.replace(
        '  - kind: in_person\n',
        '  - kind: in_person\n    time_limit: 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ\n',
      );
    expect(editedLines('time-limit-changed-channel', noted, 'vi')).toContain(
      // The legal default start says no more than the limit without it (vietnam.md, "Counting time"): reworded.
      '  thông tin     Thời hạn giải quyết (Trực tiếp): 3 ngày làm việc → 3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ  viết lại, cùng thời hạn',
    );
    expect(editedLines('time-limit-changed-channel', noted, 'en')).toContain(
      // The law's words quoted whole as the file writes them ("03", not procmap's "3"), never glued onto the English.
      '  info      Time limit (In person): 3 working days → 3 working days (as the law says: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")  reworded, same time limit',
    );
    // Markdown reads the same; JSON keeps the short form a program compares.
    const text = readFileSync(join(FIXTURES, 'time-limit-changed-channel', 'base.yaml'), 'utf8');
    const procedures = (name: string, yaml: string) =>
      lint([loadFile(name, Buffer.from(yaml))], { rules: [] }).procedures;
    const changes = classify(compareCatalogs(procedures('a.yaml', text), procedures('b.yaml', noted(text))));
    expect(diffMarkdown({ changes, hoursPerDay: 8 }, { color: false, lang: 'vi' })).toContain(
      '| Thời hạn giải quyết (Trực tiếp) | 3 ngày làm việc | 3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ |',
    );
    expect(changes.find((change) => change.field === 'channels.in_person')).toMatchObject({
      before: '3d',
      after: '3d kể từ ngày nhận đủ hồ sơ hợp lệ',
    });
  });

  it("shows a dossier item's originals and copies as the document prints them, in the language", () => {
    const added = (text: string) =>
      text.replace(
        /^dossier:\n/m,
        'dossier:\n  - { name: Giấy ủy quyền, case: Khi ủy quyền, originals: 1, copies: 2 }\n',
      );
    expect(editedLines('dossier-changed', added, 'vi')).toContain(
      '  cảnh báo      Thành phần hồ sơ: Giấy ủy quyền (Khi ủy quyền; 01 bản chính, 02 bản sao)  thêm',
    );
    expect(editedLines('dossier-changed', added, 'en')).toContain(
      '  warning   Dossier: Giấy ủy quyền (Khi ủy quyền; 1 original, 2 copies)  added',
    );
  });

  it('names a count of copies beside a dossier that counts originals apart as copies, in English and Vietnamese', () => {
    const added = (text: string) =>
      text.replace(
        /^dossier:\n/m,
        'dossier:\n  - { name: Tờ khai, copies: 1 }\n  - { name: Ảnh, originals: 2, copies: 1 }\n',
      );
    const lines = editedLines('dossier-changed', added, 'en');
    expect(lines).toContain('  warning   Dossier: Tờ khai (1 copy)  added');
    expect(lines).toContain('  warning   Dossier: Ảnh (2 originals, 1 copy)  added');
    expect(editedLines('dossier-changed', added, 'vi')).toContain(
      '  cảnh báo      Thành phần hồ sơ: Tờ khai (01 bản sao)  thêm',
    );
  });

  it('reads a count of copies written in Vietnamese beside originals as a count, never printing it raw in English', () => {
    const added = (text: string) =>
      text.replace(
        /^dossier:\n/m,
        'dossier:\n  - { name: Tờ khai, copies: "02 bản sao" }\n  - "Giấy tờ A: 01 bản sao"\n  - { name: Đơn, originals: 1 }\n',
      );
    const lines = editedLines('dossier-changed', added, 'en');
    expect(lines).toContain('  warning   Dossier: Tờ khai (2 copies)  added');
    expect(lines).toContain('  warning   Dossier: Giấy tờ A (1 copy)  added');
    expect(lines.filter((line) => line.includes('Dossier')).join('\n')).not.toContain('bản');
  });

  it('names a change of the number of dossier sets by its own heading, not as the list of papers', () => {
    const count = { kind: 'dossier-changed' as const, field: 'dossier_count', before: '01 bộ', after: '02 bộ' };
    expect(fieldLine(count, 'vi')).toContain('Số lượng hồ sơ: 01 bộ → 02 bộ');
    expect(fieldLine(count, 'en')).toContain('Number of dossier sets: 01 bộ → 02 bộ');
  });

  it('says when there is nothing', () => {
    expect(diffText({ changes: [], hoursPerDay: 8 }, { color: false, lang: 'en' })).toBe('No changes\n');
    expect(JSON.parse(diffJson({ changes: [], hoursPerDay: 8 }))).toEqual({
      changes: [],
      summary: { procedures: 0, breaking: 0, warning: 0, info: 0 },
    });
  });
});

describe('month limits in the diff', () => {
  it('says "+1 tháng" between two month limits, and judges the longer one raised', () => {
    const [change] = changesOf('time-limit-changed-months');
    expect(change).toMatchObject({
      kind: 'time-limit-changed',
      before: '1 tháng',
      after: '2 tháng',
      delta: null,
      reason: 'limit-raised',
    });
    expect(deltaText(change!, 'vi', 8)).toBe('+1 tháng');
    expect(deltaText(change!, 'en', 8)).toBe('+1 month');
  });
});

describe('times of less than a day in the diff', () => {
  it('words a total and a difference under a day in hours, as documents do: "+1 giờ làm việc", not "+0,13 ngày"', () => {
    const base = readFileSync(join(FIXTURES, 'step-duration-changed', 'base.yaml'), 'utf8');
    const revision = base.replace('duration: 1d', 'duration: 2h').replace(/duration: 4h/g, 'duration: 1h');
    const sideOf = (name: string, text: string) =>
      lint([loadFile(name, Buffer.from(text))], { rules: [] }).procedures.map(({ file, procedure }) => ({
        file,
        procedure,
      }));
    const changes = classify(compareCatalogs(sideOf('base.yaml', base), sideOf('revision.yaml', revision)));
    const text = diffText({ changes, hoursPerDay: 8 }, { color: false, lang: 'vi' });
    // The total falls from 20 h to 5 h (2 + 1 + 1 + 1 on the critical path): hours alone under a day.
    expect(text).toContain('2,5 ngày làm việc (20 giờ) → 5 giờ làm việc  -1,88 ngày làm việc (-15 giờ)');
    expect(text).toContain('4 giờ làm việc → 1 giờ làm việc  -3 giờ làm việc');
    expect(text).toContain('1 ngày làm việc → 2 giờ làm việc  -0,75 ngày làm việc (-6 giờ)');
  });
});

describe('a body in the diff', () => {
  it('is named by its key and read as its name and flags, not as JSON', () => {
    const changes = changesOf('field-changed-read-the-same');
    const vi = diffText({ changes, hoursPerDay: 8 }, { color: false, lang: 'vi' });
    expect(vi).toContain('Thay đổi: Đơn vị LDUB: Lãnh đạo UBND xã → Lãnh đạo UBND xã (làm việc tại Trung tâm)');
    const en = diffMarkdown({ changes, hoursPerDay: 8 }, { color: false, lang: 'en' });
    expect(en).toContain('Changed: body LDUB');
    expect(en).toContain('Lãnh đạo UBND xã (on site)');
    expect(en).not.toContain('{');
  });
});
