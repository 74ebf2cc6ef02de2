import { describe, expect, it } from 'vitest';
import { asksForSupplement } from '../../src/model/supplement-steps.js';
import type { Step } from '../../src/model/types.js';

const step = (name: string): Step => ({ id: 'B1', name, body: 'TN', duration: '1h' });

describe('steps that ask the applicant to complete the dossier', () => {
  it.each([
    'Thông báo bằng văn bản yêu cầu bổ sung hồ sơ',
    'Hướng dẫn hoàn thiện hồ sơ',
    'Trả hồ sơ để bổ sung',
    'Lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
    'Thong bao yeu cau bo sung ho so',
  ])('knows %j', (name) => {
    expect(asksForSupplement(step(name))).toBe(true);
  });

  it.each(['Tiếp nhận hồ sơ bổ sung', 'Thẩm định hồ sơ', 'Bổ sung quy hoạch sử dụng đất', 'Trả kết quả'])(
    'does not take %j for one',
    (name) => {
      expect(asksForSupplement(step(name))).toBe(false);
    },
  );
});
