/**
 * The part of a calendar section that no schema or date problem stands in, for the calendar's own checks (hours
 * before 7:00 without sáng or chiều, a make-up day on a weekday) to run on while those problems are said: a file with
 * three mistakes is told all three at once, not one per run.
 */
import { isMap } from '../model/data-object.js';
import type { NodePath } from '../model/types.js';
import { DEFAULT_OFFICE_HOURS, type CalendarConfig } from '../time/calendar.js';

/** A calendar section without its faulty parts, and the way from a path in it back to the path in the section. */
export interface SoundPart {
  section: CalendarConfig;
  /** The section's own path of a path in the sound part (the lists' entries kept are renumbered). */
  original: (path: NodePath) => (string | number)[];
}

const DAY_KEYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * The section with every key or list entry a fault stands in left out, a day none of whose spans can be read open at
 * the default hours; undefined where a fault stands at the whole section. Left out with them is what would be judged
 * wrongly without them: `hours_per_day` without all the office hours it is compared with, `announced` without a day
 * of `holidays` (a year might seem to list no day off).
 */
export function soundPart(section: unknown, faults: readonly NodePath[]): SoundPart | undefined {
  if (!isMap(section) || faults.some((path) => path.length === 0)) return undefined;
  const sound: Record<string, unknown> = {};
  // For each list some entries of which were left out, the section's index of each entry kept.
  const kept = new Map<string, number[]>();
  for (const [key, value] of Object.entries(section)) {
    const here = faults.filter((path) => path[0] === key);
    if (here.length === 0) {
      sound[key] = value;
      continue;
    }
    const whole = !Array.isArray(value) || here.some((path) => typeof path[1] !== 'number');
    const indexes = whole ? [] : value.map((_, i) => i).filter((i) => !here.some((path) => path[1] === i));
    // A day written with office hours was meant open: left out, it would seem closed (and the week perhaps too).
    if (DAY_KEYS.includes(key) && indexes.length === 0) sound[key] = [...DEFAULT_OFFICE_HOURS];
    else if (!whole && (key !== 'hours' || indexes.length > 0)) {
      sound[key] = indexes.map((i) => (value as unknown[])[i]);
      kept.set(key, indexes);
    }
  }
  const dropped = (key: string) => key in section && (!(key in sound) || kept.has(key));
  if (dropped('hours')) delete sound.hours_per_day;
  if (dropped('holidays')) delete sound.announced;
  return {
    section: sound as CalendarConfig,
    original: (path) => {
      const [key, index, ...rest] = path;
      const indexes = typeof key === 'string' ? kept.get(key) : undefined;
      if (indexes === undefined || typeof index !== 'number') return [...path];
      return [key!, indexes[index] ?? index, ...rest];
    },
  };
}
