import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('reachable', {
  'invalid-dead-end.yaml': [
    {
      line: 19,
      column: 9,
      message: 'Step "return" cannot be reached from the first step "receive"',
      vi: 'Không thể đi tới bước "return" từ bước đầu tiên "receive"',
    },
  ],
});

describe('rule reachable after a next that names no step', () => {
  it('leaves the one mistake to known-step, not every step after it', () => {
    const text = fixtureText('reachable', 'invalid-dead-end.yaml').replace('next: []', 'next: [kiểm tra]');
    expect(text).toContain('next: [kiểm tra]');
    const rules = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' }).diagnostics.map((d) => d.rule);
    expect(rules).toEqual(['known-step']);
  });
});
