import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseCalendarFile } from '../../src/config/calendar-file.js';
import { ROOT } from '../helpers/cli.js';

// schemas/calendar.schema.json is what an editor checks a calendar with (`# yaml-language-server: $schema=…`), on the
// file as written; procmap reads some forms into others first (src/config/calendar-values.ts, calendar-dates.ts).
// The editor must not flag what procmap accepts, nor pass what it refuses.
const FIXTURES = join(ROOT, 'test/editor/fixtures');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/calendar.schema.json'), 'utf8')) as { $id: string };
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema);
const editor = ajv.getSchema(schema.$id)!;

/** What an editor says of a calendar section as YAML reads it: nothing, or the paths and messages of its errors. */
function editorSays(section: unknown): string[] {
  return editor(section) ? [] : (editor.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Whether procmap builds a calendar from the section, written as a `--calendar` file. */
function procmapAccepts(section: unknown): boolean {
  return parseCalendarFile('calendar.yaml', Buffer.from(stringify(section))).ok;
}

/** The calendar sections of docs/calendar.md: its YAML blocks, and the lines of a section its text quotes. */
function docSections(): unknown[] {
  const text = readFileSync(join(ROOT, 'docs/calendar.md'), 'utf8');
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (m) => (parse(m[1]!) as { calendar: unknown }).calendar,
  );
  const quoted = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`]+)`/g)].map((m) =>
    m[1]!.replace(/\s*\n\s*/g, ' '),
  );
  const keyed = quoted.flatMap((code) => {
    if (!/^[a-z_]+: \S/.test(code)) return [];
    try {
      return [parse(code) as unknown];
    } catch {
      return [];
    }
  });
  const items = quoted
    .filter((code) => code.startsWith('- '))
    .flatMap((code) => {
      const [item] = parse(code) as unknown[];
      return [{ holidays: [item] }, { workdays: [item] }];
    });
  return [...blocks, ...keyed, ...items];
}

describe('schemas/calendar.schema.json in an editor', () => {
  it('passes every form procmap reads into another: labels before a break or a day, hours as text, "7,5"', () => {
    const section = parse(readFileSync(join(FIXTURES, 'calendar-written.yaml'), 'utf8')) as unknown;
    expect(procmapAccepts(section)).toBe(true);
    expect(editorSays(section)).toEqual([]);
  });

  it('passes every calendar of docs/calendar.md that procmap accepts, its blocks and the lines it quotes', () => {
    const sections = docSections();
    expect(sections.length).toBeGreaterThan(8);
    const flagged = sections.filter((section) => procmapAccepts(section) && editorSays(section).length > 0);
    expect(flagged.map((section) => [JSON.stringify(section), editorSays(section)])).toEqual([]);
  });

  it('passes days grouped under their year, as procmap reads them, and flags a group under a key that is no year', () => {
    const grouped = [
      { holidays: { 2027: ['2027-06-01'] } },
      { holidays: { 'Năm 2027': ['01/06', { date: '2027-09-02', name: 'Quốc khánh' }], 2026: '2026-06-01' } },
      { workdays: { 2026: ['Trực: 01/03/2026'] } },
    ];
    expect(grouped.map((section) => [procmapAccepts(section), editorSays(section)])).toEqual(
      grouped.map(() => [true, []]),
    );
    const named = { holidays: { 'Nghỉ Tết': ['2027-02-05'] } };
    expect([procmapAccepts(named), editorSays(named).length > 0]).toEqual([false, true]);
  });

  it('flags each form procmap refuses: hours out of a day, a text that is no hours, a range for a make-up day', () => {
    const refused = parse(readFileSync(join(FIXTURES, 'calendar-refused.yaml'), 'utf8')) as Record<string, unknown[]>;
    const sections = Object.entries(refused).flatMap(([key, values]) =>
      values.map((value) => ({ [key]: key === 'holidays' || key === 'workdays' ? [value] : value })),
    );
    expect(sections.length).toBe(16);
    expect(sections.filter(procmapAccepts)).toEqual([]);
    expect(sections.filter((section) => editorSays(section).length === 0)).toEqual([]);
  });

  // The calendar fixtures of the loader's own tests, each entry of holidays and workdays alone: the editor must pass
  // what procmap reads and flag what it refuses, but for what a pattern cannot say (a date that does not exist, the
  // order of a break's two days, a weekday that is not the date's, a make-up day on a working day), listed below.
  const CALENDAR_FIXTURES = [
    'breaks.yaml',
    'notice-breaks.yaml',
    'worded-break.yaml',
    'half-range.yaml',
    'dashed-half.yaml',
    'labelled.yaml',
    'labelled-figures.yaml',
    'labelled-decision.yaml',
    'unclear-labels.yaml',
    'month-words.yaml',
    'workdays.yaml',
    'bad-dates.yaml',
  ];
  // Each refused by procmap and passed by the editor, never the other way round.
  const BEYOND_A_PATTERN = [
    'workdays.yaml workdays "2027-01-29"',
    'bad-dates.yaml holidays "31/04/2027"',
    'bad-dates.yaml holidays {"date":"2027-02-30","name":"Nghỉ Tết"}',
    'bad-dates.yaml holidays "thứ Sáu, ngày 04/02/2027"',
    'bad-dates.yaml holidays {"date":"2027-02-14","to":"2027-02-04","name":"Nghỉ Tết"}',
    'bad-dates.yaml workdays "2027-13-01"',
  ].map((entry) => `${entry}: procmap refuses, the editor passes`);

  it('says of each entry of the calendar fixtures what procmap says: half a break is flagged, a worded one passed', () => {
    const disagree = CALENDAR_FIXTURES.flatMap((file) => {
      const section = parse(readFileSync(join(ROOT, 'test/fixtures/time/calendar-dates', file), 'utf8')) as Record<
        string,
        unknown[] | undefined
      >;
      return (['holidays', 'workdays'] as const).flatMap((key) =>
        (section[key] ?? []).flatMap((entry) => {
          const alone = { [key]: [entry] };
          const [procmap, editor] = [procmapAccepts(alone), editorSays(alone).length === 0];
          const says = procmap ? 'procmap reads, the editor flags' : 'procmap refuses, the editor passes';
          return procmap === editor ? [] : [`${file} ${key} ${JSON.stringify(entry)}: ${says}`];
        }),
      );
    });
    expect(disagree).toEqual(BEYOND_A_PATTERN);
  });

  // Written hours and whether procmap reads them: the editor must say the same of each, as a list and as one text,
  // for the Monday–Friday hours, a day's and a make-up day's own.
  const HOURS: [string, boolean][] = [
    ['07:30-11:30', true],
    ['7:30-11:30', true],
    ['7h30-11h30', true],
    ['7.30-11.30', true],
    ['13g30-17g00', true],
    ['7 giờ 30 phút-11 giờ', true],
    ['7h-11h', true],
    ['0:30-06:00', true],
    ['01:30-05:00', true],
    ['06:30-11:30', true],
    ['19:00-23:30', true],
    ['20:00-24:00', true],
    ['1:30 CH-5:00 CH', true],
    ['1:30 chiều-5:00 chiều', true],
    ['2 giờ chiều-5 giờ chiều', true],
    ['1h30 sáng-5h sáng', true],
    ['7h30 sáng-11h30 sáng', true],
    ['5:00 PM-6:00 PM', true],
    ['13:30 chiều-17:00', true],
    // An hour before 7:00 without sáng or chiều, at either end: procmap asks which reading is meant.
    ['1:30-5:00', false],
    ['1:30 CH-5:00', false],
    ['13:00-5:00', false],
    ['1:30-17:00', false],
    ['6:30-11:30', false],
    ['6h-11h', false],
    ['0:30-6:00', false],
    // No time of day.
    ['25:00-26:00', false],
    ['7:60-11:30', false],
  ];

  it('says of written hours what procmap says: an hour before 7:00 without sáng or chiều is flagged', () => {
    const sections = (span: string) => [
      { hours: [span] },
      { hours: `00:00-00:15, ${span};` },
      { saturday: [span] },
      { workdays: [{ date: '2026-06-06', hours: [span] }] },
    ];
    const disagree = HOURS.flatMap(([span, read]) =>
      sections(span).flatMap((section) => {
        const [procmap, editor] = [procmapAccepts(section), editorSays(section).length === 0];
        return procmap === read && editor === read
          ? []
          : [`${JSON.stringify(section)}: procmap ${procmap}, editor ${editor}`];
      }),
    );
    expect(disagree).toEqual([]);
  });

  it('leaves to procmap only what a pattern cannot say: the order of the two ends, a part of the day that contradicts', () => {
    for (const span of ['11:30-7:30', '9:00-8:00', '24:30-24:45', '13:00 SA-14:00']) {
      expect(procmapAccepts({ hours: [span] }), span).toBe(false);
      expect(editorSays({ hours: [span] }), span).toEqual([]);
    }
  });
});
