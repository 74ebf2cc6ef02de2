/**
 * How many cases a property tries: the count given, which sizes it for the everyday loop, times
 * PROCMAP_PROPERTY_SCALE when set (e.g. 10 for a deep search before a release). Seeds are random, so every run
 * tries new cases either way.
 */
export function propertyRuns(count: number): number {
  const scale = Number(process.env.PROCMAP_PROPERTY_SCALE ?? '1');
  return Math.max(1, Math.round(count * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
