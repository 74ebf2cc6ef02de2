import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CI_SEED, propertySeed } from '../helpers/property-seed.js';

describe('the property tests’ seed', () => {
  it('is random in the everyday loop and fixed under CI', () => {
    expect(propertySeed({})).toBeUndefined();
    expect(propertySeed({ CI: 'true' })).toBe(CI_SEED);
  });

  it('is the one asked for, or random when asked, under CI too', () => {
    expect(propertySeed({ CI: 'true', PROCMAP_PROPERTY_SEED: '1514685198' })).toBe(1514685198);
    expect(propertySeed({ PROCMAP_PROPERTY_SEED: ' -361320288 ' })).toBe(-361320288);
    expect(propertySeed({ CI: 'true', PROCMAP_PROPERTY_SEED: 'random' })).toBeUndefined();
  });

  it('refuses a seed that is not a whole number', () => {
    expect(() => propertySeed({ PROCMAP_PROPERTY_SEED: 'abc' })).toThrow(
      'PROCMAP_PROPERTY_SEED must be a whole number',
    );
    expect(() => propertySeed({ PROCMAP_PROPERTY_SEED: '1.5' })).toThrow(
      'PROCMAP_PROPERTY_SEED must be a whole number',
    );
  });

  it('is the one this run was given', () => {
    expect(fc.readConfigureGlobal().seed).toBe(propertySeed(process.env));
  });
});
