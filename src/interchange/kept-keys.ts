import { isChoice } from '../model/flow.js';
import { DEFAULT_HOURS_PER_DAY, formatDurationShort, parseDuration, toWorkingHours } from '../model/duration.js';
import { foldCase } from '../model/fold.js';
import type { Channel, Procedure, Step } from '../model/types.js';

/** An imported procedure with the keys of the file it replaces, and how many bodies and steps took theirs. */
export interface KeptKeys {
  procedure: Procedure;
  bodies: number;
  steps: number;
  /** Each imported step id that took another id of the file, and that id, in the steps' order. */
  stepIds: [imported: string, kept: string][];
}

/**
 * The new key of each imported key whose name is the name of exactly one key of the previous file, and of no other
 * imported key. A renaming that would give two keys one name is left out, with the one it collides with: a key keeps
 * its own name rather than take another's.
 */
function renaming(imported: [string, string][], previous: [string, string][]): Map<string, string> {
  // Each name read once, as an officer reads it (foldCase: composed alike, spaces collapsed, case aside): case
  // folding through the Vietnamese locale is the costly part.
  const importedNames = imported.map(([key, name]) => [key, foldCase(name)] as const);
  const previousNames = previous.map(([key, name]) => [key, foldCase(name)] as const);
  const count = (pairs: readonly (readonly [string, string])[]) => {
    const counts = new Map<string, number>();
    for (const [, name] of pairs) counts.set(name, (counts.get(name) ?? 0) + 1);
    return counts;
  };
  const importedCount = count(importedNames);
  const previousCount = count(previousNames);
  const previousKey = new Map(previousNames.map(([key, name]) => [name, key]));
  const map = new Map<string, string>();
  for (const [key, name] of importedNames) {
    const kept = previousKey.get(name);
    if (kept !== undefined && importedCount.get(name) === 1 && previousCount.get(name) === 1 && kept !== key)
      map.set(key, kept);
  }
  // Drop renamings until every final key is different. A renaming dropped gives its key back, which may clash in
  // turn with another renamed to it: each clash is handled as it appears, so a chain of them costs its length.
  const owners = new Map<string, string[]>();
  const own = (final: string, key: string) => {
    const keys = owners.get(final) ?? [];
    keys.push(key);
    owners.set(final, keys);
    return keys;
  };
  for (const [key] of imported) own(map.get(key) ?? key, key);
  const clashing = [...owners.values()].filter((keys) => keys.length > 1).flat();
  for (let key = clashing.pop(); key !== undefined; key = clashing.pop()) {
    const final = map.get(key);
    const sharing = final === undefined ? undefined : owners.get(final);
    if (final === undefined || sharing === undefined || sharing.length < 2) continue;
    map.delete(key);
    sharing.splice(sharing.indexOf(key), 1);
    const back = own(key, key);
    if (back.length > 1) clashing.push(...back);
  }
  return map;
}

/**
 * A time as the previous file writes it where the imported one is the same time ("5d" for "5 ngày làm việc", "4h" for
 * "1/2 ngày": half a working day is four working hours on the catalog's working day of 8, as lint and the time budget
 * count it; 4.25 on one of 8.5).
 */
function writtenAsBefore(imported: string, previous: string | undefined, hoursPerDay: number): string {
  const now = parseDuration(imported);
  const before = previous === undefined ? undefined : parseDuration(previous);
  if (!now || !before) return imported;
  const hours = toWorkingHours(now, hoursPerDay);
  const same =
    formatDurationShort(now) === formatDurationShort(before) ||
    (hours !== undefined && hours === toWorkingHours(before, hoursPerDay) && now.note === before.note);
  return same ? previous! : imported;
}

/** A channel whose own limit is the same time as the file's channel of its kind, in the file's spelling. */
function respelledChannel(channel: Channel, previous: Procedure, hoursPerDay: number): Channel {
  if (channel.time_limit === undefined) return channel;
  const before = previous.channels?.find((other) => other.kind === channel.kind)?.time_limit;
  return { ...channel, time_limit: writtenAsBefore(channel.time_limit, before, hoursPerDay) };
}

function renamedStep(
  step: Step,
  bodyKey: Map<string, string>,
  stepId: Map<string, string>,
  previous: ReadonlyMap<string, Step>,
  hoursPerDay: number,
): Step {
  const id = (target: string) => stepId.get(target) ?? target;
  const copy: Step = {
    ...step,
    id: id(step.id),
    body: bodyKey.get(step.body) ?? step.body,
    duration: writtenAsBefore(step.duration, previous.get(id(step.id))?.duration, hoursPerDay),
  };
  if (Array.isArray(step.next)) copy.next = step.next.map(id);
  else if (isChoice(step.next)) copy.next = { oneOf: step.next.oneOf.map(id) };
  else if (step.next !== undefined)
    copy.next = Object.fromEntries(Object.entries(step.next).map(([label, target]) => [label, id(target)]));
  return copy;
}

/**
 * The names the imported steps are matched by: each step's own, but where no step of the file has it, the name of the
 * file's step in the same place with the same body that no imported step has: a name corrected in Word (a typo fixed)
 * is the same step, which keeps its id and what the document does not print (a role that repeats its body's name),
 * where it was taken for a step added and one removed.
 */
function stepNames(imported: Step[], previous: Step[], bodyKey: Map<string, string>): [string, string][] {
  const importedNames = new Set(imported.map((step) => foldCase(step.name)));
  const previousNames = new Set(previous.map((step) => foldCase(step.name)));
  return imported.map((step, i) => {
    const before = previous[i];
    const corrected =
      before !== undefined &&
      !previousNames.has(foldCase(step.name)) &&
      !importedNames.has(foldCase(before.name)) &&
      (bodyKey.get(step.body) ?? step.body) === before.body;
    return [step.id, corrected ? before.name : step.name];
  });
}

/**
 * The imported procedure with the body keys and step ids of the procedure file it replaces, where a body or a step
 * has the same name in both: a Word document or a workbook prints names, not keys, so without this a document
 * procmap wrote came back with new keys (LDUB as LDUPKB, step `receive` as `s1`), and `diff` showed every step
 * changed. References follow (each step's body and `next`). Anything named differently keeps the imported key. A
 * time that is the same as the file's (the limit, a channel's, a step's duration) keeps the file's spelling too, days
 * counted in the catalog's working hours (`hoursPerDay`).
 */
export function keepKeys(imported: Procedure, previous: Procedure, hoursPerDay = DEFAULT_HOURS_PER_DAY): KeptKeys {
  const bodyKey = renaming(
    Object.entries(imported.bodies).map(([key, body]) => [key, body.name]),
    Object.entries(previous.bodies).map(([key, body]) => [key, body.name]),
  );
  const stepId = renaming(
    stepNames(imported.steps, previous.steps, bodyKey),
    previous.steps.map((step) => [step.id, step.name]),
  );
  const previousSteps = new Map(previous.steps.map((step) => [step.id, step]));
  const procedure: Procedure = {
    ...imported,
    time_limit: writtenAsBefore(imported.time_limit, previous.time_limit, hoursPerDay),
    ...(imported.channels
      ? { channels: imported.channels.map((channel) => respelledChannel(channel, previous, hoursPerDay)) }
      : {}),
    bodies: Object.fromEntries(Object.entries(imported.bodies).map(([key, body]) => [bodyKey.get(key) ?? key, body])),
    steps: imported.steps.map((step) => renamedStep(step, bodyKey, stepId, previousSteps, hoursPerDay)),
  };
  const stepIds = imported.steps.flatMap((step): [string, string][] => {
    const kept = stepId.get(step.id);
    return kept !== undefined && kept !== step.id ? [[step.id, kept]] : [];
  });
  return { procedure, bodies: bodyKey.size, steps: stepId.size, stepIds };
}
