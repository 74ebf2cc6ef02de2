import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { oneOf, workingTime } from '../../src/rules/options.js';
import { ROOT } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/rule-tester.js';

// The @ts-expect-error lines are the type-level tests: `npx tsc -p test/tsconfig.json --noEmit` fails when one of
// them compiles, that is when defineRule stops catching a wrong message id, option or fact.
const typed = defineRule({
  id: 'typed',
  description: { en: 'A rule to test defineRule', vi: 'Quy tắc để kiểm tra defineRule' },
  severity: 'warning',
  recommended: false,
  messages: { limits: { en: 'max {max}, fix {fix}', vi: 'tối đa {max}, sửa {fix}' } },
  options: { max: workingTime('1d'), fix: oneOf(['working', 'calendar'], 'working') },
  check({ options, report }) {
    const max: string = options.max;
    const fix: 'working' | 'calendar' = options.fix;
    // @ts-expect-error a message id that is not in `messages`
    if (max === '') report({ messageId: 'limit', path: [] });
    // @ts-expect-error an option the schema does not declare
    if (options.maks) return;
    report({ messageId: 'limits', data: { max, fix }, path: ['id'] });
  },
  collect: (procedure) => procedure.steps.length,
  checkCatalog({ entries, report }) {
    const steps: number = entries[0]!.facts;
    // @ts-expect-error facts are what `collect` returns, a number
    const id: string = entries[0]!.facts;
    if (steps < 0 && id) report(entries[0]!.file, { messageId: 'limits', path: [] });
  },
});

// @ts-expect-error a default that is not one of the values
oneOf(['working', 'calendar'], 'weekdays');

const source = () => {
  const file = `${FIXTURES}/unique-id/valid-first.yaml`;
  return loadFile(file, readFileSync(join(ROOT, file)));
};

describe('defineRule', () => {
  it('fills the options a setting leaves out from the schema defaults', () => {
    expect(typed.defaultOptions).toEqual({ max: '1d', fix: 'working' });
    const settings = new Map([['typed', { severity: 'warning' as const, options: { fix: 'calendar' } }]]);
    expect(lint([source()], { rules: [typed], settingsFor: () => settings }).diagnostics.map((d) => d.message)).toEqual(
      ['max 1d, fix calendar'],
    );
  });

  it('gives a rule without options no defaults to show', () => {
    const plain = defineRule({
      id: 'plain',
      description: typed.description,
      severity: 'info',
      recommended: false,
      messages: {},
    });
    expect(plain.defaultOptions).toBeUndefined();
  });
});

describe('option specs', () => {
  it('accept only the values they name', () => {
    const fix = oneOf(['working', 'calendar'], 'working');
    expect([fix.accepts('calendar'), fix.accepts('Calendar'), fix.accepts(1)]).toEqual([true, false, false]);
    expect(fix.expected).toEqual({ en: '"working" or "calendar"', vi: '"working" hoặc "calendar"' });
    const max = workingTime('1d');
    expect(['4h', '0.5d', '2cd', '1 tháng', 'banana', 4].map((v) => max.accepts(v))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
