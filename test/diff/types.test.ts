import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_JUDGEMENT } from '../../src/diff/classify.js';
import type { Difference } from '../../src/diff/compare.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/procedure.schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, unknown>;
};

describe('differences are typed by the model', () => {
  it('every field of the schema has its judgement, and no other field has one', () => {
    // The table is `satisfies Record<keyof Procedure, …>`: the compiler ties it to the type, this test to the schema.
    expect(Object.keys(FIELD_JUDGEMENT).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('refuses, at compile time, a difference the model cannot have (npm run check)', () => {
    const differences: Difference[] = [
      { at: 'time_limit', before: '5d', after: '3d' },
      { at: 'total', before: { hours: 8, days: 1 }, after: undefined },
      { at: 'channels', key: 'online', field: 'time_limit', before: '5d', after: '3d' },
      { at: 'steps', key: 'B1', field: 'duration', before: '4h', after: '2h' },
      { at: 'steps', key: 'B1', field: 'next', before: [{ to: 'B2' }], after: [] },
      // @ts-expect-error a renamed or misspelt field is not a place, so its changes cannot fall through to field-changed
      { at: 'time_limits', before: '5d', after: '3d' },
      // @ts-expect-error a step has no such field
      { at: 'steps', key: 'B1', field: 'durations', before: '4h', after: '2h' },
      // @ts-expect-error a channel has no such field
      { at: 'channels', key: 'online', field: 'limit', before: '5d', after: '3d' },
      // @ts-expect-error steps are compared item by item, never as a whole
      { at: 'steps', before: [], after: [] },
      // @ts-expect-error a time limit is text ("5d"), not a number: each side has its field's type
      { at: 'time_limit', before: 5, after: 3 },
      // @ts-expect-error the effective flow is a list of targets, not the step's `next` as written
      { at: 'steps', key: 'B1', field: 'next', before: ['B2'], after: [] },
    ];
    expect(differences).toHaveLength(11);
  });
});
