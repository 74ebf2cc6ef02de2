import { describe, expect, it } from 'vitest';
import { refusal } from '../helpers/limit-text.js';
import { readDuration } from '../../src/model/duration.js';
import { exceptionCases } from '../../src/time/limit-cases.js';

const say = (text: string, lang: 'en' | 'vi' = 'vi') => refusal(text, lang);

describe('a general limit, then another limit for whom or where', () => {
  it('reads "cho", "tại", "với" as "đối với", the case kept in the note and read back', () => {
    for (const word of ['đối với', 'cho', 'tại', 'với', 'ở']) {
      const text = `10 ngày làm việc; 20 ngày làm việc ${word} các xã miền núi`;
      expect(readDuration(text), text).toEqual({
        ok: true,
        duration: { value: 10, unit: 'd', note: `(20 ngày làm việc ${word} các xã miền núi)` },
        bare: false,
      });
      expect(exceptionCases(text), text).toEqual([
        { words: 'các xã miền núi', text: '20 ngày làm việc', duration: { value: 20, unit: 'd' } },
      ]);
    }
  });

  it('says which part reads when the words after ";" are no limit, and the forms that read', () => {
    const text = '10 ngày làm việc; niêm yết công khai tại trụ sở';
    expect(readDuration(text)).toEqual({
      ok: false,
      problem: { code: 'tailUnread', general: '10 ngày làm việc', tail: 'niêm yết công khai tại trụ sở' },
    });
    expect(say(text)).toBe(
      `"${text}": thời hạn chung "10 ngày làm việc" đọc được, nhưng phần sau dấu ";" ("niêm yết công khai tại trụ sở") không phải là thời hạn procmap đọc được: nếu đó là thời hạn của một trường hợp khác, hãy ghi "10 ngày làm việc; trường hợp <…> thì không quá … ngày làm việc" (hoặc "10 ngày làm việc; … ngày làm việc đối với <…>"); nếu là ghi chú, hãy ghi trong ngoặc: "10 ngày làm việc (niêm yết công khai tại trụ sở)"`,
    );
    expect(say(text, 'en')).toContain('the general limit "10 ngày làm việc" reads, but the part after ";"');
    // Both forms it offers read.
    expect(readDuration('10 ngày làm việc (niêm yết công khai tại trụ sở)').ok).toBe(true);
    expect(readDuration('10 ngày làm việc; trường hợp phải xác minh thì không quá 20 ngày làm việc').ok).toBe(true);
    // A text whose first part is no limit is still no time.
    expect(readDuration('Xem hướng dẫn; 10 ngày làm việc')).toMatchObject({ problem: { code: 'unknown' } });
  });
});
