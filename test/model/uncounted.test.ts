import { describe, expect, it } from 'vitest';
import { stepsTheLimitLeavesOut, uncountedWords } from '../../src/model/uncounted.js';
import type { Step } from '../../src/model/types.js';

const step = (id: string, name: string, counted?: boolean): Step => ({
  id,
  name,
  body: 'VH',
  duration: '5d',
  ...(counted === undefined ? {} : { counted }),
});

describe('uncountedWords', () => {
  it('reads a time the step table says is outside the limit', () => {
    expect(uncountedWords('05 ngày làm việc (không tính vào thời hạn giải quyết)')).toEqual({
      time: '05 ngày làm việc',
      remark: '(không tính vào thời hạn giải quyết)',
    });
    expect(uncountedWords('10 ngày (Không kể vào thời hạn)')?.time).toBe('10 ngày');
    expect(uncountedWords('3d (ngoài thời hạn giải quyết)')?.time).toBe('3d');
    expect(uncountedWords('3d (not counted in the time limit)')?.time).toBe('3d');
  });

  it('leaves a remark that leaves some other time out of the step, and a time without one', () => {
    expect(uncountedWords('10 ngày làm việc (không kể thời gian niêm yết 07 ngày làm việc)')).toBeUndefined();
    expect(uncountedWords('05 ngày làm việc')).toBeUndefined();
    expect(uncountedWords('(không tính vào thời hạn)')).toBeUndefined();
  });
});

describe('stepsTheLimitLeavesOut', () => {
  const steps = [
    step('B1', 'Tiếp nhận hồ sơ'),
    step('B2', 'Niêm yết công khai kết quả bình xét'),
    step('B3', 'Xác minh tại cơ sở'),
    step('B4', 'Niêm yết lại', false),
  ];

  it('finds the counted steps whose names hold the time the limit leaves out', () => {
    const ids = (note: string) => stepsTheLimitLeavesOut(note, steps).map((s) => s.id);
    expect(ids('(không kể thời gian niêm yết công khai)')).toEqual(['B2']);
    expect(ids('(không kể thời gian niêm yết công khai và xác minh)')).toEqual(['B2', 'B3']);
    expect(ids('(chưa bao gồm thời gian xác minh)')).toEqual(['B3']);
  });

  it('finds none for a remark that leaves no time out', () => {
    expect(stepsTheLimitLeavesOut('(kể từ ngày nhận đủ hồ sơ hợp lệ)', steps)).toEqual([]);
    expect(stepsTheLimitLeavesOut(undefined, steps)).toEqual([]);
  });
});
