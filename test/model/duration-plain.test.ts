import { describe, expect, it } from 'vitest';
import { readDuration } from '../../src/model/duration.js';

// readDuration reads a limit in the law's plain words ("10 ngày làm việc") on a short path of its own; the same text
// with a full stop after it, as officers end a sentence, goes the general way. Both must read alike.
describe('a limit in plain words', () => {
  const numbers = ['0', '1', '01', '03', '5', '10', '15', '24', '045', '100', '0010', '9999', '1234'];
  const units = ['ngày làm việc', 'giờ làm việc'];
  for (const unit of units) {
    it(`reads "N ${unit}" as the general reading does`, () => {
      for (const number of numbers) {
        const text = `${number} ${unit}`;
        expect(readDuration(text), text).toEqual(readDuration(`${text}.`));
      }
    });
  }

  it('reads the law words, not look-alike or decomposed spellings, on the short path', () => {
    // Decomposed marks (as some PDFs give them) and extra spaces still read, the general way.
    expect(readDuration('10 nga\u0300y la\u0300m vie\u0323\u0302c')).toEqual(readDuration('10 ngày làm việc'));
    expect(readDuration('10  ngày làm việc')).toEqual(readDuration('10 ngày làm việc'));
    expect(readDuration('10 ngày làm việc')).toEqual({ ok: true, duration: { value: 10, unit: 'd' }, bare: false });
    expect(readDuration('04 giờ làm việc')).toEqual({ ok: true, duration: { value: 4, unit: 'h' }, bare: false });
  });
});
