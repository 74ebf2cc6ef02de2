import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_JUDGEMENT } from '../../src/diff/classify.js';
import type { DiffPath } from '../../src/diff/compare.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/procedure.schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, unknown>;
};

describe('diff paths are typed by the model', () => {
  it('every field of the schema has its judgement, and no other field has one', () => {
    // The table is `satisfies Record<keyof Procedure, …>`: the compiler ties it to the type, this test to the schema.
    expect(Object.keys(FIELD_JUDGEMENT).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('refuses, at compile time, a path into a field the model does not have (npm run check)', () => {
    const paths: DiffPath[] = [
      ['time_limit'],
      ['total'],
      ['channels', 'online', 'time_limit'],
      ['steps', 'B1', 'duration'],
      // @ts-expect-error a renamed or misspelt field is not a path head, so its changes cannot fall through to field-changed
      ['time_limits'],
      // @ts-expect-error a step has no such field
      ['steps', 'B1', 'durations'],
      // @ts-expect-error a channel has no such field
      ['channels', 'online', 'limit'],
      // @ts-expect-error steps are compared item by item, never as a whole
      ['steps'],
    ];
    expect(paths).toHaveLength(8);
  });
});
