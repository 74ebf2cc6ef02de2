import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';
import { FIXTURES, fixedFixture, fixtureText, lintFixture, testRule } from '../helpers/rule-tester.js';

/** A draft-steps fixture as the later stages read it. */
const loadProcedure = (name: string) => {
  const file = join(FIXTURES, 'draft-steps', name);
  return lint([loadFile(file, readFileSync(join(ROOT, file)))]).procedures[0]!.procedure;
};

testRule('draft-steps', {
  'invalid-imported.yaml': [
    {
      line: 14,
      column: 5,
      message:
        'Step "s1" is a draft: write who does it (body) and how long it takes (duration), then remove "draft: true"',
      vi: 'Bước "s1" là bước nháp: ghi đơn vị thực hiện (body) và thời gian (duration), rồi xóa "draft: true"',
    },
    {
      line: 19,
      column: 5,
      message:
        'Step "s2" is a draft: write who does it (body) and how long it takes (duration), then remove "draft: true"',
    },
  ],
  'invalid-unknown-time.yaml': [
    {
      line: 12,
      column: 70,
      message:
        'Step "B2" takes "chưa xác định", a time not known yet: procmap reads it as a draft step; write duration: 0h and draft: true, and the real time once it is known',
      vi: 'Bước "B2" có thời gian "chưa xác định", tức là chưa biết: procmap hiểu đây là bước nháp; hãy ghi duration: 0h và draft: true, rồi ghi thời gian thực khi đã biết',
    },
    {
      line: 16,
      column: 15,
      message:
        'Step "B3" takes "Chưa xác định", a time not known yet: procmap reads it as a draft step; write duration: 0h and draft: true, and the real time once it is known',
    },
    {
      line: 21,
      column: 15,
      message:
        'Step "B4" takes "not known yet", a time not known yet: procmap reads it as a draft step; write duration: 0h and draft: true, and the real time once it is known',
    },
  ],
  'invalid-partly.yaml': [
    {
      line: 18,
      column: 5,
      message:
        'Step "s2" is a draft: write who does it (body) and how long it takes (duration), then remove "draft: true"',
    },
  ],
});

describe('draft-steps fixes', () => {
  it('writes a time "chưa xác định" as a draft step: 0h, and draft: true where the step does not say it yet', () => {
    expect(fixedFixture('draft-steps', 'invalid-unknown-time.yaml')).toBe(
      fixtureText('draft-steps', 'invalid-unknown-time.yaml')
        .replace('duration: chưa xác định,', 'duration: 0h, draft: true,')
        .replace('    duration: Chưa xác định\n', '    duration: 0h\n    draft: true\n')
        .replace('duration: not known yet', 'duration: 0h'),
    );
  });

  it('reads such a step as a draft step of 0h, as if it said so', () => {
    const procedure = lintFixture('draft-steps', 'invalid-unknown-time.yaml');
    expect(procedure.map((d) => d.rule)).toEqual(['draft-steps', 'draft-steps', 'draft-steps']);
    const [, b2, b3] = loadProcedure('invalid-unknown-time.yaml').steps;
    expect([b2, b3].map((step) => [step!.duration, step!.draft])).toEqual([
      ['0h', true],
      ['0h', true],
    ]);
  });
});
