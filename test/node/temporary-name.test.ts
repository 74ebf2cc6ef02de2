import { describe, expect, it } from 'vitest';
import { temporaryName } from '../../src/node/files.js';

// The pattern removeAbandonedTemporaryFiles knows procmap's own temporary files by.
const TEMP_FILE = /^\..*\.procmap-tmp-(\d+)-[0-9a-f]{8}$/;

describe('temporaryName', () => {
  it('names the final file when there is room', () => {
    expect(temporaryName('QT-HT-02.pdf')).toMatch(/^\.QT-HT-02\.pdf\.procmap-tmp-\d+-[0-9a-f]{8}$/);
  });

  it('fits in 255 bytes beside a name that is legal but long, and is still known as procmap’s', () => {
    // "đ" is two bytes in UTF-8: names of 199, 227, 237 and 255 bytes.
    for (const letters of [97, 111, 116, 125]) {
      const name = `${'đ'.repeat(letters)}.yaml`;
      const temp = temporaryName(name);
      expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(255);
      expect(temp).toMatch(TEMP_FILE);
      expect(temporaryName(name).split('.procmap-tmp-')[0]).toBe(temp.split('.procmap-tmp-')[0]);
    }
  });
});
