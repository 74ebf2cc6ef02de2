import { describe, expect, it } from 'vitest';
import { ONTIME_LABELS } from '../../src/format/ontime-labels.js';
import { CITIZEN_LABELS } from '../../src/render/site/citizen-labels.js';
import { SITE_LABELS } from '../../src/render/site/labels.js';

describe('level names', () => {
  it('stand alone in their formal form and under a "Cấp" heading in their short form', () => {
    expect(CITIZEN_LABELS.vi.levels).toEqual({
      central: 'Trung ương',
      province: 'Cấp tỉnh',
      district: 'Cấp huyện',
      commune: 'Cấp xã',
    });
    expect(SITE_LABELS.vi.levels).toEqual({
      central: 'Trung ương',
      province: 'Tỉnh',
      district: 'Huyện',
      commune: 'Xã',
    });
    expect(ONTIME_LABELS.vi.levels).toEqual({
      central: 'Trung ương',
      province: 'Tỉnh',
      district: 'Huyện',
      commune: 'Xã',
    });
    expect(SITE_LABELS.en.levels).toEqual({
      central: 'Central',
      province: 'Province',
      district: 'District',
      commune: 'Commune',
    });
    expect(CITIZEN_LABELS.en.levels).toEqual(SITE_LABELS.en.levels);
    // The on-time report's English groups keep the stored words.
    expect(ONTIME_LABELS.en.levels).toEqual({
      central: 'central',
      province: 'province',
      district: 'district',
      commune: 'commune',
    });
  });
});
