import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';
import { bracketable, limitWords } from '../../src/time/limit-words.js';

// A limit printed inside brackets ("(thời hạn …)", "({limit})") never carries a bracket of its own there.
describe('bracketable', () => {
  it('opens the brackets of a limit set in brackets, and keeps words that read back as the same limit', () => {
    expect(bracketable('10 ngày (lịch)')).toBe('10 ngày lịch');
    expect(parseDuration(bracketable('10 ngày (lịch)'))).toEqual(parseDuration('10 ngày (lịch)'));
    expect(bracketable('10 ngày (lịch) (trực tuyến)')).toBe('10 ngày lịch, trực tuyến');
    const open = limitWords(parseDuration('24 giờ')!, '24 giờ', 'vi', { note: false });
    expect(open).toBe('24 giờ (procmap tính là 24 giờ làm việc)');
    expect(bracketable(open)).toBe('24 giờ, procmap tính là 24 giờ làm việc');
    expect(bracketable('a (b (c))')).toBe('a, b, c');
    expect(bracketable('5 ngày làm việc')).toBe('5 ngày làm việc');
  });
});
