import { describe, expect, it } from 'vitest';
import { canonicalProcedure, canonicalStepId } from '../../src/model/lenient.js';
import { validateProcedure } from '../../src/model/schema.js';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';
import { parseConfig } from '../../src/config/config.js';
import { baseSettings } from '../../src/config/settings.js';
import { fixText } from '../../src/lint/fix.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';

testRule('canonical-step-id', {
  'invalid-headings.yaml': [
    {
      line: 11,
      column: 9,
      message: 'Write step id "Bước 1:" as "Bước 1"',
      vi: 'Hãy ghi mã bước "Bước 1:" thành "Bước 1"',
    },
    {
      line: 15,
      column: 9,
      message: 'Write step id "Bước 2." as "Bước 2"',
      vi: 'Hãy ghi mã bước "Bước 2." thành "Bước 2"',
    },
    { line: 19, column: 9, message: 'Write step id "B3:" as "B3"', vi: 'Hãy ghi mã bước "B3:" thành "B3"' },
  ],
  // A numbered list's "1." read by YAML as the number 1: the same step, told as "B1." is.
  'invalid-numbered-list.yaml': [
    { line: 12, column: 9, message: 'Write step id "1." as "1"', vi: 'Hãy ghi mã bước "1." thành "1"' },
    { line: 16, column: 11, message: 'Write next step "2." as "2"', vi: 'Hãy ghi bước tiếp theo "2." thành "2"' },
    { line: 17, column: 9, message: 'Write step id "2." as "2"' },
    { line: 21, column: 12, message: 'Write next step "3." as "3"' },
    { line: 22, column: 9, message: 'Write step id "3." as "3"' },
  ],
  // A decision's points "a)", "b)" and a list's "(3)": refused as no step id before, the rules never ran.
  'invalid-list-brackets.yaml': [
    { line: 11, column: 9, message: 'Write step id "a)" as "a"', vi: 'Hãy ghi mã bước "a)" thành "a"' },
    { line: 15, column: 11, message: 'Write next step "b)" as "b"' },
    { line: 16, column: 9, message: 'Write step id "b)" as "b"' },
    { line: 20, column: 12, message: 'Write next step "(3)" as "3"' },
    { line: 21, column: 9, message: 'Write step id "(3)" as "3"' },
  ],
  // "2.0" read by YAML as the number 2: the same step 2, told as "1." is (`next: 2` is already canonical).
  'invalid-zero-decimals.yaml': [
    { line: 12, column: 9, message: 'Write step id "1.0" as "1"', vi: 'Hãy ghi mã bước "1.0" thành "1"' },
    { line: 17, column: 9, message: 'Write step id "2.0" as "2"' },
    { line: 21, column: 12, message: 'Write next step "3.00" as "3"' },
    { line: 22, column: 9, message: 'Write step id "3.00" as "3"' },
  ],
  'invalid-next.yaml': [
    {
      line: 15,
      column: 11,
      message: 'Write next step "B2:" as "B2"',
      vi: 'Hãy ghi bước tiếp theo "B2:" thành "B2"',
    },
    { line: 20, column: 12, message: 'Write next step "B3:" as "B3"' },
    // "Bước 4" is read as the step numbered 4, B4: the id the step is named by.
    { line: 20, column: 19, message: 'Write next step "Bước 4:" as "B4"' },
    { line: 25, column: 27, message: 'Write next step "B5:" as "B5"' },
    { line: 25, column: 43, message: 'Write next step "Bước 4." as "B4"' },
    { line: 31, column: 9, message: 'Write next step "Bước 5:" as "B5"' },
  ],
  'invalid-next-several.yaml': [
    {
      line: 15,
      column: 11,
      message: 'Write next step "B2:, B3:" as "B2, B3"',
      vi: 'Hãy ghi bước tiếp theo "B2:, B3:" thành "B2, B3"',
    },
  ],
});

describe('rule canonical-step-id fix', () => {
  it('writes each id without its heading mark, keeping quotes and comments', () => {
    expect(fixedFixture('canonical-step-id', 'invalid-headings.yaml')).toBe(
      fixtureText('canonical-step-id', 'valid-ids.yaml'),
    );
  });

  it('writes a numbered list\'s "1." as the step number, as text as ids are, keeping comments', () => {
    const lines = fixedFixture('canonical-step-id', 'invalid-numbered-list.yaml').split('\n');
    expect([lines[11], lines[15], lines[16], lines[20], lines[21]]).toEqual([
      '  - id: "1"',
      '    next: "2"',
      '  - id: "2" # thẩm định',
      '    next: ["3"]',
      '  - id: "3"',
    ]);
  });

  it('writes a list\'s "a)" and "(3)" without their brackets, in ids and next, keeping quotes and comments', () => {
    const lines = fixedFixture('canonical-step-id', 'invalid-list-brackets.yaml').split('\n');
    expect([lines[10], lines[14], lines[15], lines[19], lines[20]]).toEqual([
      '  - id: a',
      '    next: b',
      '  - id: b # thẩm định',
      '    next: ["3"]',
      '  - id: "3"',
    ]);
  });

  it('writes "2.0" as the step number 2, as text as ids are, keeping comments', () => {
    const lines = fixedFixture('canonical-step-id', 'invalid-zero-decimals.yaml').split('\n');
    expect([lines[11], lines[15], lines[16], lines[20], lines[21]]).toEqual([
      '  - id: "1"',
      '    next: 2',
      '  - id: "2" # thẩm định',
      '    next: ["3"]',
      '  - id: "3"',
    ]);
  });

  it('writes each step named in next by its id, in a text, a list and a decision, keeping quotes and comments', () => {
    expect(fixedFixture('canonical-step-id', 'invalid-next.yaml')).toBe(
      fixtureText('canonical-step-id', 'valid-next.yaml'),
    );
  });
});

describe('canonicalStepId: a step heading as the portal prints it', () => {
  it.each([
    ['Bước 1:', 'Bước 1'],
    ['Bước 1.', 'Bước 1'],
    ['Bước 1 :', 'Bước 1'],
    ['Bước 1：', 'Bước 1'],
    ['B1:', 'B1'],
    ['B2.1.', 'B2.1'],
    ['receive:', 'receive'],
    // A full stop after a word stays: it is no heading's.
    ['nhan.', 'nhan.'],
    ['Bước 1', 'Bước 1'],
    // A numbered list's bracket, as a decision lists its points: "a)", "1)", "(1)", "đ)".
    ['a)', 'a'],
    ['1)', '1'],
    ['(1)', '1'],
    ['( 2 )', '2'],
    ['Bước 4)', 'Bước 4'],
    ['đ)', 'đ'],
    // A point's letter or a Roman numeral with a full stop, and a heading's dash with its name left out.
    ['a.', 'a'],
    ['II.', 'II'],
    ['Bước 1 -', 'Bước 1'],
    // A word's stop or dash is its own.
    ['ab.', 'ab.'],
    ['nhan -', 'nhan -'],
    ['ii.', 'ii.'],
    // YAML's number 2.0 as written: step 2; a sub-step's number (1.10) keeps its digits.
    ['2.0', '2'],
    ['12.00', '12'],
    ['1.10', '1.10'],
    ['2.05', '2.05'],
  ])('%s → %s', (written, id) => {
    expect(canonicalStepId(written)).toBe(id);
  });
});

describe("a step id with its heading's colon", () => {
  const file = {
    id: 'QT-X',
    title: 'Thử',
    revision: 1,
    effective: '2025-07-01',
    time_limit: '3d',
    steps: [
      { id: 'Bước 1:', name: 'Tiếp nhận', body: 'Một cửa', duration: '1h', next: 'Bước 2:' },
      { id: 'Bước 2:', name: 'Trả kết quả', body: 'Một cửa', duration: '1h' },
    ],
  };

  it('is no schema error, and reads as the step number it heads, in ids and in next alike', () => {
    expect(validateProcedure(file, 'vi')).toEqual([]);
    const steps = canonicalProcedure(file).steps;
    expect(steps.map((step) => step.id)).toEqual(['Bước 1', 'Bước 2']);
    expect(steps[0]!.next).toEqual(['Bước 2']);
  });

  it('is no schema error in a text of several steps either, each part read as the step it heads', () => {
    const several = {
      ...file,
      steps: [
        { ...file.steps[0], next: 'Bước 2:, Bước 3:' },
        { ...file.steps[1], id: 'Bước 2:' },
        { ...file.steps[1], id: 'Bước 3' },
      ],
    };
    // Before: '"Bước 2:, Bước 3:" cannot be a step id', which named no part, and the rules never ran.
    expect(validateProcedure(several, 'en')).toEqual([]);
    expect(canonicalProcedure(several).steps[0]!.next).toEqual(['Bước 2', 'Bước 3']);
  });

  it('is no schema error for a list\'s points either, "b), c)" read as steps b and c', () => {
    const points = {
      ...file,
      steps: [
        { ...file.steps[0], id: 'a)', next: 'b), c)' },
        { ...file.steps[1], id: 'b)' },
        { ...file.steps[1], id: 'c)' },
      ],
    };
    // Before: '"b), c)" cannot be a step id', though each part was one.
    expect(validateProcedure(points, 'en')).toEqual([]);
    expect(canonicalProcedure(points).steps[0]!.next).toEqual(['b', 'c']);
  });

  it('is told by the rule alone, which writes each part by its id, and canonical-next writes the list', () => {
    const text = fixtureText('canonical-step-id', 'invalid-next-several.yaml');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '15:11 canonical-step-id Write next step "B2:, B3:" as "B2, B3"',
    ]);
    expect(fixedFixture('canonical-step-id', 'invalid-next-several.yaml')).toBe(
      text.replace('next: "B2:, B3:"', 'next: "B2, B3"'),
    );
    const read = parseConfig('procmap.config.yaml', Buffer.from('extends: all\n'));
    if (!read.ok) throw new Error('extends: all is read');
    const settings = baseSettings(read.config);
    const settingsFor = () => settings;
    const all = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en', settingsFor });
    const relint = (fixed: string) =>
      lint([loadFile('p.yaml', Buffer.from(fixed))], { settingsFor }).diagnostics.flatMap((d) =>
        d.fix ? [d.fix] : [],
      );
    const fixed = fixText(
      text,
      all.diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
      relint,
    ).text;
    expect(fixed.split('\n')[14]).toBe('    next: [B2, B3] # thẩm định');
  });
});

describe('a next step written by its heading ("B2:") with every rule on', () => {
  const read = parseConfig('procmap.config.yaml', Buffer.from('extends: all\n'));
  if (!read.ok) throw new Error('extends: all is read');
  const settings = baseSettings(read.config);
  const settingsFor = () => settings;
  const nextProblems = (text: string) =>
    lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en', settingsFor })
      .diagnostics.filter((d) => d.rule === 'canonical-next' || d.rule === 'canonical-step-id')
      .map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);

  it('is told once, by canonical-step-id, and canonical-next asks for the list once the id is plain', () => {
    const text = fixtureText('canonical-step-id', 'invalid-next.yaml');
    // Before: canonical-next also said 'Write next "B2:" as a list: [B2]' at 15:11, for the same colon.
    expect(nextProblems(text).filter((line) => line.startsWith('15:11 '))).toEqual([
      '15:11 canonical-step-id Write next step "B2:" as "B2"',
    ]);
    expect(nextProblems(text.replace('next: "B2:"', 'next: "B2"'))).toContain(
      '15:11 canonical-next Write next "B2" as a list: [B2]',
    );
  });

  it('is told once in a text of several steps too', () => {
    const text = fixtureText('canonical-step-id', 'invalid-next-several.yaml');
    expect(nextProblems(text).filter((line) => line.startsWith('15:11 '))).toEqual([
      '15:11 canonical-step-id Write next step "B2:, B3:" as "B2, B3"',
    ]);
  });

  it('is still fixed to the list in one --fix', () => {
    const text = fixtureText('canonical-step-id', 'invalid-next.yaml');
    const relint = (fixed: string) =>
      lint([loadFile('p.yaml', Buffer.from(fixed))], { settingsFor }).diagnostics.flatMap((d) =>
        d.fix ? [d.fix] : [],
      );
    const first = lint([loadFile('p.yaml', Buffer.from(text))], { settingsFor }).diagnostics;
    const fixed = fixText(
      text,
      first.flatMap((d) => (d.fix ? [d.fix] : [])),
      relint,
    ).text;
    expect(fixed.split('\n')[14]).toBe('    next: ["B2"] # thẩm định');
  });
});
