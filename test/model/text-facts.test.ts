import { describe, expect, it } from 'vitest';
import { LOOKALIKE } from '../../src/model/lookalikes.js';
import { ODD } from '../../src/model/pasted-lines.js';
import { INVISIBLE } from '../../src/model/quote.js';
import { mayHoldUnusual, UNUSUAL } from '../../src/model/text-facts.js';
import { OPENING } from '../../src/model/typographic-quotes.js';

// The loader looks for each of these classes only in a text that holds a character of UNUSUAL: a class holding a
// character UNUSUAL lacks would miss a file's pasted indent, look-alike, invisible character or typographic quote.
const CLASSES = { INVISIBLE, ODD, LOOKALIKE, OPENING };

describe('the one search for unusual characters', () => {
  it('holds every character of every class it stands for, so that a text without one holds none of theirs', () => {
    // Each class is one UTF-16 unit without the u flag: a text matches it exactly when one of its units does.
    for (const [name, pattern] of Object.entries(CLASSES)) {
      expect(pattern.flags.replace(/[gy]/g, ''), name).toBe('');
      const missed: string[] = [];
      for (let unit = 0; unit <= 0xffff; unit++) {
        const c = String.fromCharCode(unit);
        pattern.lastIndex = 0;
        if (pattern.test(c) && !UNUSUAL.test(c)) missed.push(`U+${unit.toString(16).toUpperCase().padStart(4, '0')}`);
      }
      expect(missed, name).toEqual([]);
    }
  });

  it('says so of the text it is asked about, not the one before', () => {
    expect(mayHoldUnusual('Thẩm định hồ sơ')).toBe(false);
    expect(mayHoldUnusual('Thẩm\u00a0định hồ sơ')).toBe(true);
    expect(mayHoldUnusual('“Thẩm định”')).toBe(true);
    expect(mayHoldUnusual('Thẩm định hồ sơ')).toBe(false);
  });
});
