import { describe, expect, it } from 'vitest';
import { splitOutsideBrackets } from '../../src/model/bracket-split.js';
import { branchesWritten } from '../../src/model/lenient.js';

describe('splitOutsideBrackets', () => {
  it('splits only at separators outside round brackets, trimming each part', () => {
    expect(splitOutsideBrackets('B3 (nếu thuộc xã miền núi, hải đảo), B4 (nếu không)', ',')).toEqual([
      'B3 (nếu thuộc xã miền núi, hải đảo)',
      'B4 (nếu không)',
    ]);
    expect(splitOutsideBrackets('a; b, c\nd', ',;\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitOutsideBrackets('no separator', ',')).toEqual(['no separator']);
  });

  it('does not let a stray closing bracket hide the separators after it', () => {
    expect(splitOutsideBrackets('a), b', ',')).toEqual(['a)', 'b']);
  });
});

describe('branches written in one text', () => {
  it("keeps a case's own commas inside its brackets", () => {
    expect(branchesWritten('B3 (nếu thuộc các xã miền núi, hải đảo, vùng sâu, vùng xa), B4 (nếu không thuộc)')).toEqual(
      [
        ['Thuộc các xã miền núi, hải đảo, vùng sâu, vùng xa', 'B3'],
        ['Không thuộc', 'B4'],
      ],
    );
  });
});
