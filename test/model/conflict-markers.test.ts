import { describe, expect, it } from 'vitest';
import { conflictMarkers } from '../../src/model/conflict-markers.js';

describe('conflictMarkers', () => {
  it('finds where each conflict starts, with CRLF line ends and diff3 style', () => {
    const text =
      'a: 1\r\n<<<<<<< HEAD\r\nb: 1\r\n||||||| base\r\nb: 0\r\n=======\r\nb: 2\r\n>>>>>>> f\r\n<<<<<<<\nc: 1\n=======\nc: 2\n>>>>>>>\n';
    expect(conflictMarkers(text).map((m) => [text.slice(0, m.offset).split('\n').length, m.marker])).toEqual([
      [2, '<<<<<<<'],
      [9, '<<<<<<<'],
    ]);
  });

  it('finds a marker left after the others were deleted', () => {
    expect(conflictMarkers('a: 1\n=======\nb: 2\n>>>>>>> feature\n')).toEqual([
      { offset: 5, marker: '=======' },
      { offset: 18, marker: '>>>>>>>' },
    ]);
  });

  it('takes no line of "=" alone, nor seven marks inside a line or eight at its start, for one', () => {
    expect(conflictMarkers('a: 1\n=======\nb: 2\n')).toEqual([]);
    expect(conflictMarkers('note: "<<<<<<< HEAD"\n<<<<<<<< x\n')).toEqual([]);
  });
});
