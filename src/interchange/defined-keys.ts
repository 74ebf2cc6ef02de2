import { asciiBodyKey, bodyOfName, isBodyKey } from '../model/body-keys.js';
import { foldCase } from '../model/fold.js';
import type { Body, Procedure } from '../model/types.js';

/**
 * The bodies of a procedure read from a document, keyed as the document abbreviates them in its definitions
 * ("TTPVHCC: Trung tâm Phục vụ hành chính công tỉnh"): a body of that name takes the defined key instead of its
 * initials, and a body the step table names by the abbreviation takes the key and the meaning as its name. Steps
 * follow. A term that is no key once its accents are gone (`Bộ phận TN&TKQ`), or a key another body has, is passed over.
 */
export function keyedByDefinitions(procedure: Procedure): Procedure {
  const definitions = procedure.definitions ?? [];
  if (definitions.length === 0) return procedure;
  const byMeaning = new Map(definitions.map((d) => [foldCase(d.meaning), d]));
  const byTerm = new Map(definitions.map((d) => [foldCase(d.term), d]));
  const taken = new Set(Object.keys(procedure.bodies));
  const renamed = new Map<string, string>();
  const bodies: Record<string, Body> = {};
  for (const [key, body] of Object.entries(procedure.bodies)) {
    const name = foldCase(body.name);
    const named = byMeaning.get(name);
    const abbreviated = named ? undefined : byTerm.get(name);
    const definition = named ?? abbreviated;
    // A term joined by "&" or "/" (Bộ phận TN&TKQ) names the unit, not a key: its initials read better than the
    // letters asciiBodyKey would make of it (Bo_phan_TN_TKQ), which suit a key the officer wrote that way.
    const defined = definition && !/[&/]/.test(definition.term) ? asciiBodyKey(definition.term) : undefined;
    // A body named by its abbreviation already keyed by it (its initials are the abbreviation) still takes the meaning,
    // and is the one-stop unit when the meaning names it ("Trung tâm Phục vụ hành chính công").
    if (defined === key && abbreviated) {
      bodies[key] = { ...body, ...bodyOfName(abbreviated.meaning) };
      renamed.set(key, key);
      continue;
    }
    if (defined === undefined || defined === key || !isBodyKey(defined) || taken.has(defined)) {
      bodies[key] = body;
      continue;
    }
    taken.add(defined);
    renamed.set(key, defined);
    bodies[defined] = abbreviated ? { ...body, ...bodyOfName(abbreviated.meaning) } : body;
  }
  if (renamed.size === 0) return procedure;
  const steps = procedure.steps.map((step) => {
    const body = renamed.get(step.body);
    return body === undefined || body === step.body ? step : { ...step, body };
  });
  return { ...procedure, bodies, steps };
}
