import { describe, expect, it } from 'vitest';
import { KeySlots } from '../../src/ontime/key-slots.js';

describe('KeySlots', () => {
  it('numbers keys in the order they first come and finds each again, as a Map would', () => {
    const keys = new KeySlots();
    const map = new Map<string, number>();
    // Enough keys to grow the table many times and fill several blocks; Vietnamese, empty and long keys among them.
    const all = Array.from({ length: 60_000 }, (_, i) => `QT-HT-${i % 97}\u0000000.00.05.H04-2601${i}-Hồ sơ ${i % 13}`);
    all.push('', 'x'.repeat(700_000), 'Đăng ký kết hôn', 'Đăng ký kết hôn ');
    // Disagreements are gathered and compared once: an expect per key was most of this test's time.
    const wrong: string[] = [];
    for (const key of [...all, ...all.slice(0, 1000)]) {
      const found = keys.find(key);
      if (found !== map.get(key)) wrong.push(`find ${key.slice(0, 40)}: ${found} ≠ ${map.get(key)}`);
      if (found === undefined) {
        map.set(key, map.size);
        const added = keys.add(key);
        if (added !== map.size - 1) wrong.push(`add ${key.slice(0, 40)}: ${added} ≠ ${map.size - 1}`);
      }
    }
    expect(keys.size).toBe(map.size);
    for (const [key, number] of map) if (keys.find(key) !== number) wrong.push(`find again ${key.slice(0, 40)}`);
    expect(wrong).toEqual([]);
    expect(keys.find('QT-HT-1\u0000')).toBeUndefined();
    expect(keys.find('x'.repeat(699_999))).toBeUndefined();
  });

  it('numbers a key added without being looked up first, after another key was', () => {
    const keys = new KeySlots();
    expect(keys.find('QT-01\u0000A')).toBeUndefined();
    expect(keys.add('QT-02\u0000B')).toBe(0);
    expect(keys.find('QT-02\u0000B')).toBe(0);
    expect(keys.find('QT-01\u0000A')).toBeUndefined();
  });
});
