import { describe, expect, it } from 'vitest';
import { nextOf, routeOf } from '../../src/interchange/step-routes.js';
import type { Step } from '../../src/model/types.js';

const steps = ['s1', 's2', 's3', 's4'].map((id): Step => ({ id, name: id, body: 'A', duration: '1h' }));

describe('the flow a step table writes under a step', () => {
  it.each([
    ['Đủ điều kiện → bước 3; Không đủ điều kiện → bước 4', { 'Đủ điều kiện': 's3', 'Không đủ điều kiện': 's4' }],
    ['→ bước 4', ['s4']],
    ['Chuyển sang bước 2', ['s2']],
    ['Chuyển đồng thời: bước 2, 3', ['s2', 's3']],
    ['Kết thúc quy trình', []],
    ['Valid → step 2; Invalid → step 4', { Valid: 's2', Invalid: 's4' }],
    ['Then, in parallel: steps 2, 3', ['s2', 's3']],
    // One of them, as procmap prints "B2 hoặc B3": never read back as parallel work.
    ['Chuyển bước 2 hoặc bước 3', { oneOf: ['s2', 's3'] }],
    ['Then step 2 or step 3', { oneOf: ['s2', 's3'] }],
    // As officers word a decision.
    [
      'Hồ sơ hợp lệ: chuyển bước 2; Hồ sơ không hợp lệ: chuyển sang bước 4',
      { 'Hồ sơ hợp lệ': 's2', 'Hồ sơ không hợp lệ': 's4' },
    ],
    ['Nếu đạt thì chuyển bước 3, nếu không đạt thì chuyển sang bước 4', { đạt: 's3', 'không đạt': 's4' }],
    // A step named as officers write its id, "B3".
    ['→ B4', ['s4']],
    ['Chuyển B.2', ['s2']],
    ['Đạt → B3; Không đạt → B4', { Đạt: 's3', 'Không đạt': 's4' }],
  ])('%s', (line, next) => {
    expect(nextOf(routeOf(line)!, steps)).toEqual(next);
  });

  it("routes by the numbers procmap's documents print for officer-numbered steps: a side step's 2b, a sub-step's 2.1", () => {
    const byNumber = new Map([
      ['1', 'B1'],
      ['2', 'B2'],
      ['2b', 'B2b'],
      ['2.1', 'B2.1'],
      ['3', 'B3'],
    ]);
    expect(nextOf(routeOf('Đủ điều kiện → bước 3; Chưa đủ điều kiện → bước 2b')!, steps, byNumber)).toEqual({
      'Đủ điều kiện': 'B3',
      'Chưa đủ điều kiện': 'B2b',
    });
    expect(nextOf(routeOf('→ bước 2.1')!, steps, byNumber)).toEqual(['B2.1']);
    expect(nextOf(routeOf('Chuyển đồng thời: bước 2B, 3')!, steps, byNumber)).toEqual(['B2b', 'B3']);
    expect(nextOf(routeOf('Chuyển bước 2b hoặc bước 3')!, steps, byNumber)).toEqual({ oneOf: ['B2b', 'B3'] });
  });

  it('reads no route in other words, and none to a step the table lacks or a label given twice', () => {
    for (const line of ['Kiểm tra hồ sơ', 'Đạt → bước 3', 'Hồ sơ đạt thì chuyển bước sau', 'Đạt → Web2; Không → Tab3'])
      expect(routeOf(line)).toBeUndefined();
    expect(nextOf(routeOf('→ bước 9')!, steps)).toBeUndefined();
    expect(nextOf(routeOf('Đạt → bước 2; Đạt → bước 3')!, steps)).toBeUndefined();
  });

  it('reads a cell of a long line in linear time, as a hostile document may hold (it took minutes)', () => {
    const spaces = ' '.repeat(200_000);
    for (const line of [
      `a${spaces}b;c`,
      `a${spaces}→ x; y`,
      `a → ${spaces}x; b → bước 2`,
      `nếu ${'a '.repeat(100_000)}x; y`,
    ])
      expect(routeOf(line)).toBeUndefined();
    expect(nextOf(routeOf(`Đạt${spaces}→ bước 3; Không đạt → bước 4`)!, steps)).toEqual({
      Đạt: 's3',
      'Không đạt': 's4',
    });
  });
});
