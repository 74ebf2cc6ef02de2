import fc from 'fast-check';

// Property tests' seed. In the everyday loop it is random, so each run tries new cases. Under CI (`CI` set, as
// `.ci/run` and hosted CI set it) it is fixed: a run that decides whether a change lands must give the same verdict
// when repeated, and a new case found by chance belongs to the developer's deep search, not to someone else's
// unrelated push. PROCMAP_PROPERTY_SEED overrides both: a number repeats a run fast-check reported, `random` searches
// under CI too.

/** The seed CI runs the property tests with. */
export const CI_SEED = 20_261_205;

/** The seed the environment asks for, or undefined for a random one. */
export function propertySeed(env: NodeJS.ProcessEnv): number | undefined {
  const written = env.PROCMAP_PROPERTY_SEED?.trim();
  if (written === 'random') return undefined;
  if (written === undefined || written === '') return env.CI ? CI_SEED : undefined;
  const seed = Number(written);
  // fast-check reports seeds as 32-bit integers, negative ones included.
  if (!Number.isSafeInteger(seed) || Math.abs(seed) > 2 ** 31)
    throw new Error(`PROCMAP_PROPERTY_SEED must be a whole number (as fast-check prints it) or "random": ${written}`);
  return seed;
}

const seed = propertySeed(process.env);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
