import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';
import { branchesWritten, channelsOfText, procedureIdLike, revisionOf, signatoryOf } from '../../src/model/lenient.js';
import { channelsIn } from '../../src/model/channel-words.js';
import { readDuration } from '../../src/model/duration.js';
import { dateRangeParts, parseDay, readDay } from '../../src/time/moment.js';
import { parsePauses } from '../../src/ontime/cells.js';
import { planColumns } from '../../src/ontime/columns.js';
import { matchColumns } from '../../src/interchange/columns.js';
import { validateProcedure } from '../../src/model/schema.js';
import { canonicalFeeLine } from '../../src/model/fee-amount.js';
import { asciiBodyKey } from '../../src/model/body-keys.js';
import { readOfficeSpan } from '../../src/model/office-span.js';
import { parseMoment } from '../../src/time/moment.js';

// Lines of hundreds of thousands of characters, shaped to make a backtracking pattern take minutes: the explanations
// of parse errors and the reading of moments must stay linear (a quadratic pattern runs past the test's timeout).
const RUN = 200_000;

describe('long hostile lines', () => {
  it('explain a colon inside a value, with the start of the value only', () => {
    const text = `id: a: b${' '.repeat(RUN)}x\n`;
    const [diagnostic] = loadFile('long.yaml', Buffer.from(text)).diagnostics;
    expect(diagnostic).toMatchObject({ line: 1, column: 5, rule: 'parse' });
    expect(diagnostic!.message).toMatch(/^This value holds a colon followed by a space/);
    expect(diagnostic!.message.length).toBeLessThan(300);
  });

  it('explain a dash on the line of its key', () => {
    const text = `fee: -${' '.repeat(RUN)}x\n`;
    const [diagnostic] = loadFile('long.yaml', Buffer.from(text)).diagnostics;
    expect(diagnostic).toMatchObject({ line: 1, column: 6, rule: 'parse' });
    expect(diagnostic!.message).toMatch(/^A list item \("- "\) cannot start on the line of its key/);
  });

  it('are not revisions, in the schema or in the reader', () => {
    const revision = `Lần${' '.repeat(RUN)}x`;
    expect(revisionOf(revision)).toBeUndefined();
    const problems = validateProcedure({ revision }).filter((p) => p.path[0] === 'revision');
    expect(problems.map((p) => p.message.slice(0, 40))).toEqual(['"revision" must be a whole number from 1']);
  });

  it('are not branches in words, in the schema or in the reader', () => {
    for (const next of [
      `${'a : B1 ; '.repeat(RUN / 9)}!`,
      `${'B1 B1 B1 (x);'.repeat(RUN / 13)}(`,
      `a${' '.repeat(RUN)}:`,
      `B1${' '.repeat(RUN)}(x)!`,
    ]) {
      const step = { id: 'B1', name: 'Tiếp nhận', body: 'MC', duration: '1h', next };
      const problems = validateProcedure({ steps: [step] }).filter((p) => p.path.join('.') === 'steps.0.next');
      expect(problems.length).toBeGreaterThan(0);
      expect(branchesWritten(next)).toBeUndefined();
    }
  });

  it('are no date, with or without a remark in brackets, and are trimmed in the fields read as dates', () => {
    // A date field pasted with a run of spaces: trimmed at its ends and told as no date, both in linear time.
    const effective = `2026${' '.repeat(RUN)}x`;
    const problems = validateProcedure({ effective }).filter((p) => p.path[0] === 'effective');
    expect(problems.map((p) => p.message.slice(0, 30))).toEqual(['"effective" must be a date wri']);
    const spaced = `effective: "  01/07/2025${' '.repeat(RUN)}x  "\nrevision: "Lần 2${' '.repeat(RUN)}x ."\n`;
    const data = loadFile('long.yaml', Buffer.from(spaced)).data as Record<string, string>;
    expect(data.effective).toBe(`01/07/2025${' '.repeat(RUN)}x`);
    expect(data.revision).toBe(`Lần 2${' '.repeat(RUN)}x`);
  });

  it('are fees as written, and a case and its amount however far apart', () => {
    // A fee pasted with a run of spaces: no amount, and left as written, in linear time (it held lint for minutes).
    for (const fee of [
      `a${' '.repeat(RUN)}(`,
      `a${' '.repeat(RUN)}x.`,
      `a${' '.repeat(RUN)}x; y`,
      `a${' '.repeat(RUN)}:`,
    ])
      expect(canonicalFeeLine(fee)).toBe(fee);
    expect(canonicalFeeLine(`Cấp mới${' '.repeat(RUN)}:${' '.repeat(RUN)}50000đ${' '.repeat(RUN)};`)).toBe(
      'Cấp mới: 50.000 đồng',
    );
    expect(canonicalFeeLine(`Lệ phí: 100000đ/lần${' '.repeat(RUN)};${' '.repeat(RUN)}Phí: 50000đ`)).toBe(
      'Lệ phí: 100.000 đồng/lần; Phí: 50.000 đồng',
    );
  });

  it('are body keys and office hours read in linear time', () => {
    // A step's body pasted with a run of spaces: its key as any body's (it held lint for seconds per 30,000 spaces).
    expect(asciiBodyKey(`Tư pháp${' '.repeat(RUN)}-${' '.repeat(RUN)}Hộ tịch`)).toBe('Tu_phap-Ho_tich');
    expect(asciiBodyKey(`VP${' '.repeat(RUN)}ĐK`)).toBe('VP_DK');
    expect(readOfficeSpan(`07:30${' '.repeat(RUN)}-${' '.repeat(RUN)}11:30`)).toEqual({ start: 450, end: 690 });
    expect(readOfficeSpan(`07:30${' '.repeat(RUN)}x`)).toBeUndefined();
  });

  it('are no signatory with a title, no ways of filing, no duration and no date', () => {
    expect(signatoryOf(`Lê Văn Cường${' '.repeat(RUN)}x`)).toEqual({ name: `Lê Văn Cường${' '.repeat(RUN)}x` });
    expect(signatoryOf(`Lê Văn Cường${' '.repeat(RUN)}, Chủ tịch`).title).toBe('Chủ tịch');
    expect(channelsIn(`Trực tiếp${' '.repeat(RUN)}x`)).toEqual({ unread: `Trực tiếp${' '.repeat(RUN)}x` });
    expect(
      channelsOfText(`Trực tiếp: 5 ngày làm việc${' '.repeat(RUN)}x; Trực tuyến: 4 ngày làm việc`),
    ).toBeUndefined();
    expect(readDuration(`Giải quyết trong${' '.repeat(RUN)}x/hồ sơ`).ok).toBe(false);
    // A bracket never closed after thousands of the words a way of filing's own limit is written with.
    for (const word of [' là', ' thì'])
      expect(readDuration(`5 ngày (${word.repeat(RUN)} x`)).toMatchObject({
        ok: false,
        problem: { code: 'unknown' },
      });
    expect(parseDay(`Bắc Ninh${' '.repeat(RUN)}, ngày 1/7/2025`)).toBeUndefined();
    // A weekday, then spaces and a line break; dashes and spaces where a calendar's break on one line is looked for.
    expect(readDay(`thứ Hai${' '.repeat(RUN)}\nx`)).toBeUndefined();
    expect(dateRangeParts(`1${'-1'.repeat(RUN / 2)}`)).toBeUndefined();
    expect(dateRangeParts(`04/02/2027${' '.repeat(RUN)}đến x`)).toBeUndefined();
  });

  it('make a procedure id of their letters, and pauses of nothing', () => {
    expect(procedureIdLike(`QT${' -'.repeat(RUN / 2)}01`)).toBe(`QT${'-'.repeat(64)}`.slice(0, 64));
    expect(parsePauses(`13/02/2026 09:00${' '.repeat(RUN)}x`)).toBeNull();
  });

  it('name no step of a dossier export, however many separators follow "bước"', () => {
    expect(planColumns([`bước${'-'.repeat(2 * RUN)}a\nb`, 'bước 2']).steps).toEqual([{ step: '2', column: 1 }]);
  });

  it('are no column headers, however many brackets they open', () => {
    expect(
      matchColumns([`Ghi chú ${'('.repeat(2 * RUN)}) x`, `Thời gian${' '.repeat(RUN)}(ngày làm việc)`], 'steps'),
    ).toEqual(new Map([[1, expect.objectContaining({ field: 'duration' })]]));
  });

  it('are not moments, whatever the spaces and commas in them', () => {
    for (const text of [
      `9h${' '.repeat(RUN)}x`,
      `9 giờ 00 phút,${' ,'.repeat(RUN / 2)}`,
      `thứ hai ${' '.repeat(RUN)}x lúc 9h`,
      `13/02/2026${' '.repeat(RUN)}lúc x`,
      `13/02/2026${' '.repeat(RUN)}9`,
    ])
      expect(parseMoment(text)).toBeUndefined();
  });
});
