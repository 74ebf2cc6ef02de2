import { describe, expect, it } from 'vitest';
import { daysLeftOut } from '../../src/model/days-off-remark.js';
import { readDuration } from '../../src/model/duration.js';
import { lintFixture } from '../helpers/rule-tester.js';

describe('a remark that leaves days off out of a limit', () => {
  it('says working days when it names weekends and holidays, or days off in general, with or without accents', () => {
    for (const remark of [
      '(không kể thứ bảy, chủ nhật, ngày lễ, tết)',
      '(không tính ngày nghỉ lễ, tết, thứ bảy, chủ nhật)',
      '(không kể ngày nghỉ theo quy định)',
      '(khong ke thu 7, CN va ngay le)',
      '(trừ ngày nghỉ)',
    ])
      expect([remark, daysLeftOut(remark)]).toEqual([remark, 'all']);
    expect(readDuration('15 ngày (không kể thứ bảy, chủ nhật, ngày lễ, tết)')).toMatchObject({
      ok: true,
      bare: false,
      duration: { value: 15, unit: 'd' },
    });
  });

  it('says weekends only when it names Saturday and Sunday alone, which stay calendar days and are asked about', () => {
    for (const remark of ['(không kể thứ bảy, chủ nhật)', '(không tính thứ 7, CN)', '(không kể ngày nghỉ cuối tuần)'])
      expect([remark, daysLeftOut(remark)]).toEqual([remark, 'weekends']);
    expect(readDuration('15 ngày (không kể thứ bảy, chủ nhật)')).toMatchObject({
      ok: true,
      bare: true,
      duration: { value: 15, unit: 'cd' },
    });
    // After the words that say when counting starts, as the remark often stands.
    expect(daysLeftOut('kể từ ngày nhận đủ hồ sơ (không kể thứ bảy, chủ nhật)')).toBe('weekends');
    expect(readDuration('15 ngày kể từ ngày nhận đủ hồ sơ (không kể thứ bảy, chủ nhật, ngày lễ)')).toMatchObject({
      ok: true,
      bare: false,
      duration: { value: 15, unit: 'd' },
    });
    // Other remarks say nothing of days off.
    for (const remark of ['(không kể thời gian niêm yết công khai)', '(kể cả thứ bảy, chủ nhật)', undefined])
      expect(daysLeftOut(remark)).toBeUndefined();
  });

  it('reads the remark after a comma, or with no comma, as officers type it', () => {
    // Both were asked "working or calendar?" (with the comma) or refused as no duration (without it).
    for (const text of [
      '15 ngày, không kể ngày nghỉ lễ, tết, thứ bảy, chủ nhật',
      '15 ngày không kể ngày nghỉ lễ, tết, thứ bảy, chủ nhật',
      '15 ngày không tính ngày nghỉ theo quy định',
    ])
      expect([text, readDuration(text)]).toMatchObject([
        text,
        { ok: true, bare: false, duration: { value: 15, unit: 'd' } },
      ]);
    expect(readDuration('05 ngày làm việc không tính thời gian niêm yết')).toMatchObject({
      ok: true,
      duration: { value: 5, unit: 'd', note: '(không tính thời gian niêm yết)' },
    });
    expect(readDuration('15 ngày không kể thứ bảy, chủ nhật')).toMatchObject({ ok: true, bare: true });
  });

  it('offers no fix for weekends alone: no unit counts weekdays with their holidays', () => {
    expect(lintFixture('ambiguous-days', 'invalid-weekends.yaml').map((d) => d.fix)).toEqual([undefined]);
  });
});
