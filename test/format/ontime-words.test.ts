import { describe, expect, it } from 'vitest';
import { formatHours, formatSaved, formatWorkingMinutes } from '../../src/format/ontime-labels.js';

describe('working time in the on-time text and Markdown reports', () => {
  it('says a lateness to the minute, as procmap says working time elsewhere, never "0,02 giờ"', () => {
    expect(formatWorkingMinutes(0.02, 'vi')).toBe('1 phút');
    expect(formatWorkingMinutes(0.02, 'en')).toBe('1 min');
    expect(formatWorkingMinutes(25.5, 'vi')).toBe('25 giờ 30 phút làm việc');
    expect(formatWorkingMinutes(25.5, 'en')).toBe('25 working hours 30 min');
    expect(formatWorkingMinutes(16, 'vi')).toBe('16 giờ làm việc');
    expect(formatWorkingMinutes(undefined, 'vi')).toBe('—');
  });

  it('says the time saved with its sign in words: early by it, or over the limit by it', () => {
    // -2,43 hours is 146 minutes (the report's figures are hours to two decimals).
    expect(formatSaved(-2.43, 'vi')).toBe('vượt 2 giờ 26 phút làm việc');
    expect(formatSaved(2.43, 'vi')).toBe('sớm 2 giờ 26 phút làm việc');
    expect(formatSaved(-2.43, 'en')).toBe('over by 2 working hours 26 min');
    expect(formatSaved(0.67, 'en')).toBe('early by 40 min');
    expect(formatSaved(-0.02, 'vi')).toBe('vượt 1 phút');
    expect(formatSaved(0, 'vi')).toBe('0 giờ làm việc');
    expect(formatSaved(undefined, 'en')).toBe('—');
  });

  it('says the average time used in working days with their hours, or to the minute under a day', () => {
    expect(formatHours(32.83, 8, 'vi')).toBe('4,1 ngày làm việc (32,83 giờ)');
    expect(formatHours(32.83, 8, 'en')).toBe('4.1 working days (32.83 h)');
    expect(formatHours(0.94, 8, 'vi')).toBe('56 phút');
  });
});
