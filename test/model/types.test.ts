import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { PROCEDURE_TYPES, schemaTypes } from '../../scripts/schema-types.mjs';
import type { Channel, DossierItem, HistoryEntry, Procedure, ProcedureInput, Step } from '../../src/model/types.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL(PROCEDURE_TYPES.schemaFile, root), 'utf8')) as {
  properties: Record<string, unknown>;
};

describe('the Procedure type and the schema', () => {
  it('the generated type of a procedure file is current with the schema (run npm run build after editing it)', () => {
    const written = readFileSync(new URL(`src/${PROCEDURE_TYPES.outFile}`, root), 'utf8');
    expect(written).toBe(schemaTypes(schema, { ...PROCEDURE_TYPES }));
  });

  it('the canonical Procedure has exactly the fields the schema has', () => {
    expectTypeOf<keyof Procedure>().toEqualTypeOf<keyof ProcedureInput>();
    // A table with one entry per canonical field: the compiler checks it against the type, this test against the schema.
    const fields = {
      id: true,
      title: true,
      code: true,
      revision: true,
      effective: true,
      issued: true,
      level: true,
      field: true,
      agency: true,
      applicants: true,
      issuer: true,
      logo: true,
      time_limit: true,
      channels: true,
      four_on_the_spot: true,
      cutoff: true,
      bodies: true,
      steps: true,
      purpose: true,
      scope: true,
      legal_basis: true,
      definitions: true,
      conditions: true,
      dossier: true,
      dossier_count: true,
      fee: true,
      place: true,
      result: true,
      records: true,
      forms: true,
      signoff: true,
      history: true,
    } satisfies Record<keyof Procedure, true>;
    expect(Object.keys(fields).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('canonical parts have the fields of the schema’s parts', () => {
    type Input<K extends keyof ProcedureInput> = NonNullable<ProcedureInput[K]>;
    expectTypeOf<keyof Step>().toEqualTypeOf<keyof Input<'steps'>[number]>();
    expectTypeOf<keyof Channel>().toEqualTypeOf<keyof Exclude<Input<'channels'>[number], string>>();
    expectTypeOf<keyof DossierItem>().toEqualTypeOf<keyof Exclude<Input<'dossier'>[number], string>>();
    expectTypeOf<keyof HistoryEntry>().toEqualTypeOf<keyof Input<'history'>[number]>();
    // What lenient.ts makes canonical is narrower than what the file may write.
    expectTypeOf<Step['id']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Procedure['fee']>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Procedure['level']>>().toEqualTypeOf<'central' | 'province' | 'district' | 'commune'>();
  });

  it('the generator refuses a keyword it cannot type rather than writing a looser type', () => {
    expect(() =>
      schemaTypes(
        { type: 'object', properties: { a: { type: 'string', if: {} } } },
        { rootName: 'X', defPrefix: '', schemaFile: 'x.json' },
      ),
    ).toThrow('does not know "if"');
  });
});
