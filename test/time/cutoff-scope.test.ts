import { describe, expect, it } from 'vitest';
import { cutoffPlaces } from '../../src/time/cutoff-scope.js';

describe('where a procedure’s cutoff is said', () => {
  it('is under a limit in working time or same day, which it moves, and not again at the channels', () => {
    for (const unit of ['d', 'h', 'sameday'] as const)
      expect(cutoffPlaces('15:00', unit, [undefined, 'sameday'])).toEqual({ limit: true, channels: [false, false] });
  });

  it('is beside the channels’ own limits it moves when the limit is in calendar days or months', () => {
    for (const unit of ['cd', 'month'] as const)
      expect(cutoffPlaces('15:00', unit, [undefined, 'sameday', 'cd', 'd'])).toEqual({
        limit: false,
        channels: [false, true, false, true],
      });
  });

  it('is nowhere without a cutoff, and at the channels when the limit cannot be read', () => {
    expect(cutoffPlaces(undefined, 'd', ['sameday'])).toEqual({ limit: false, channels: [false] });
    expect(cutoffPlaces('15:00', undefined, ['sameday', undefined])).toEqual({ limit: false, channels: [true, false] });
  });
});
