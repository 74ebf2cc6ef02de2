import type { Procedure, Step } from '../model/types.js';

/** An imported procedure with the keys of the file it replaces, and how many bodies and steps took theirs. */
export interface KeptKeys {
  procedure: Procedure;
  bodies: number;
  steps: number;
}

// Names compared as an officer reads them: composed the same way, spaces collapsed, case aside.
const sameName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/**
 * The new key of each imported key whose name is the name of exactly one key of the previous file, and of no other
 * imported key. A renaming that would give two keys one name is left out, with the one it collides with: a key keeps
 * its own name rather than take another's.
 */
function renaming(imported: [string, string][], previous: [string, string][]): Map<string, string> {
  const count = (pairs: [string, string][]) => {
    const counts = new Map<string, number>();
    for (const [, name] of pairs) counts.set(sameName(name), (counts.get(sameName(name)) ?? 0) + 1);
    return counts;
  };
  const importedCount = count(imported);
  const previousCount = count(previous);
  const previousKey = new Map(previous.map(([key, name]) => [sameName(name), key]));
  const map = new Map<string, string>();
  for (const [key, name] of imported) {
    const normal = sameName(name);
    const kept = previousKey.get(normal);
    if (kept !== undefined && importedCount.get(normal) === 1 && previousCount.get(normal) === 1 && kept !== key)
      map.set(key, kept);
  }
  // Drop renamings until every final key is different: each pass drops at least one, so this ends.
  for (;;) {
    const owners = new Map<string, string[]>();
    for (const [key] of imported) {
      const final = map.get(key) ?? key;
      owners.set(final, [...(owners.get(final) ?? []), key]);
    }
    const clashing = [...owners.values()].filter((keys) => keys.length > 1).flat();
    const dropped = clashing.filter((key) => map.delete(key));
    if (dropped.length === 0) return map;
  }
}

function renamedStep(step: Step, bodyKey: Map<string, string>, stepId: Map<string, string>): Step {
  const id = (target: string) => stepId.get(target) ?? target;
  const copy: Step = { ...step, id: id(step.id), body: bodyKey.get(step.body) ?? step.body };
  if (Array.isArray(step.next)) copy.next = step.next.map(id);
  else if (step.next !== undefined)
    copy.next = Object.fromEntries(Object.entries(step.next).map(([label, target]) => [label, id(target)]));
  return copy;
}

/**
 * The imported procedure with the body keys and step ids of the procedure file it replaces, where a body or a step
 * has the same name in both: a Word document or a workbook prints names, not keys, so without this a document
 * procmap wrote came back with new keys (LDUB as LDUPKB, step `receive` as `s1`), and `diff` showed every step
 * changed. References follow (each step's body and `next`). Anything named differently keeps the imported key.
 */
export function keepKeys(imported: Procedure, previous: Procedure): KeptKeys {
  const bodyKey = renaming(
    Object.entries(imported.bodies).map(([key, body]) => [key, body.name]),
    Object.entries(previous.bodies).map(([key, body]) => [key, body.name]),
  );
  const stepId = renaming(
    imported.steps.map((step) => [step.id, step.name]),
    previous.steps.map((step) => [step.id, step.name]),
  );
  if (bodyKey.size === 0 && stepId.size === 0) return { procedure: imported, bodies: 0, steps: 0 };
  const procedure: Procedure = {
    ...imported,
    bodies: Object.fromEntries(Object.entries(imported.bodies).map(([key, body]) => [bodyKey.get(key) ?? key, body])),
    steps: imported.steps.map((step) => renamedStep(step, bodyKey, stepId)),
  };
  return { procedure, bodies: bodyKey.size, steps: stepId.size };
}
