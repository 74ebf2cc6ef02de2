import { parseDuration } from '../../src/model/duration.js';
import type { Procedure } from '../../src/model/types.js';

/**
 * What a reader of a procedure's ISO document sees of it, to compare a procedure with the one imported back from its
 * document: each channel with the limit and fee it has (its own or the procedure's), fees as text, the sections, and
 * each step's details as its cells print them.
 */
export function documentFields(p: Procedure) {
  const fee = (value: string | number | undefined) =>
    typeof value === 'number' ? `${value.toLocaleString('vi-VN')} đồng` : value;
  return {
    title: p.title,
    limit: parseDuration(p.time_limit),
    channels: p.channels?.map((c) => ({
      kind: c.kind,
      limit: parseDuration(c.time_limit ?? p.time_limit),
      fee: fee(c.fee ?? p.fee),
      note: c.note,
    })),
    purpose: p.purpose,
    scope: p.scope,
    legalBasis: p.legal_basis,
    definitions: p.definitions,
    conditions: p.conditions,
    dossier: p.dossier,
    dossierCount: p.dossier_count,
    fee: fee(p.fee),
    place: p.place,
    result: p.result,
    records: p.records,
    forms: p.forms,
    signoff: p.signoff,
    history: p.history,
    // Each step's details as its cells print them: the question, the inputs, forms by code and outputs by name.
    stepDetails: p.steps.map((step) => ({
      name: step.name,
      question: step.question,
      inputs: step.inputs,
      forms: step.forms,
      outputs: step.outputs,
    })),
  };
}
