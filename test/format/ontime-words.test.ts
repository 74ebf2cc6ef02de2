import { describe, expect, it } from 'vitest';
import { formatHours, formatSaved, formatWorkingMinutes } from '../../src/format/ontime-labels.js';

describe('working time in the on-time text and Markdown reports', () => {
  it('says a lateness to the minute, as procmap says working time elsewhere, never "0,02 giờ"', () => {
    expect(formatWorkingMinutes(0.02, 'vi')).toBe('1 phút làm việc');
    expect(formatWorkingMinutes(0.02, 'en')).toBe('1 working minute');
    expect(formatWorkingMinutes(25.5, 'vi')).toBe('25 giờ 30 phút làm việc');
    expect(formatWorkingMinutes(25.5, 'en')).toBe('25 working hours 30 minutes');
    expect(formatWorkingMinutes(16, 'vi')).toBe('16 giờ làm việc');
    expect(formatWorkingMinutes(undefined, 'vi')).toBe('—');
  });

  it('says the time saved with its sign in words: early by it, or over the limit by it', () => {
    // -2,43 hours is 146 minutes (the report's figures are hours to two decimals).
    expect(formatSaved(-2.43, 'vi')).toBe('vượt 2 giờ 26 phút làm việc');
    expect(formatSaved(2.43, 'vi')).toBe('sớm 2 giờ 26 phút làm việc');
    expect(formatSaved(-2.43, 'en')).toBe('over by 2 working hours 26 minutes');
    expect(formatSaved(0.67, 'en')).toBe('early by 40 working minutes');
    expect(formatSaved(-0.02, 'vi')).toBe('vượt 1 phút làm việc');
    expect(formatSaved(0, 'vi')).toBe('0 giờ làm việc');
    expect(formatSaved(undefined, 'en')).toBe('—');
  });

  it('says the average time used to the minute, in working days with their hours where two decimals hold them', () => {
    // 32,83 hours is 32 hours 50 minutes, as `time` says a total two-decimal hours cannot hold: no "32,83 giờ".
    expect(formatHours(32.83, 8, 'vi')).toBe('32 giờ 50 phút làm việc');
    expect(formatHours(32.83, 8, 'en')).toBe('32 working hours 50 minutes');
    expect(formatHours(58.5, 8, 'vi')).toBe('7,31 ngày làm việc (58 giờ 30 phút)');
    expect(formatHours(0.94, 8, 'vi')).toBe('56 phút làm việc');
  });
});
