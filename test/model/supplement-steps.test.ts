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
    // The annex's wording: eight words between the verb and what it asks.
    'Trường hợp hồ sơ chưa đầy đủ, chưa hợp lệ thì thông báo bằng văn bản cho tổ chức, cá nhân hoàn thiện hồ sơ',
    // Ten words apart, the most read.
    'Hướng dẫn tổ chức, cá nhân nộp bản sao giấy tờ để hoàn thiện hồ sơ',
  ])('knows %j', (name) => {
    expect(asksForSupplement(step(name))).toBe(true);
  });

  it('reads up to ten words between the verb and what it asks, within one sentence, however long the name', () => {
    // Every "thông báo" starts a try of at most ten words: a 5,000-character name is read in one pass.
    const words = 'thông báo hướng dẫn đề nghị '.repeat(180);
    expect(words.length).toBeGreaterThan(5000);
    expect(asksForSupplement(step(words))).toBe(false);
    expect(asksForSupplement(step(`${words}cho tổ chức, cá nhân bằng văn bản để hoàn thiện hồ sơ`))).toBe(true);
    expect(asksForSupplement(step(`Thông báo ${'x '.repeat(2500)}bổ sung`))).toBe(false);
    // What it asks is in another sentence, or more than ten words on.
    expect(
      asksForSupplement(step('Thông báo kết quả thẩm định cho tổ chức. Tổ chức bổ sung hồ sơ khi có yêu cầu')),
    ).toBe(false);
    expect(
      asksForSupplement(
        step('Thông báo kết quả cho tổ chức, cá nhân và các cơ quan, đơn vị có liên quan để phối hợp bổ sung'),
      ),
    ).toBe(false);
  });

  it.each(['Tiếp nhận hồ sơ bổ sung', 'Thẩm định hồ sơ', 'Bổ sung quy hoạch sử dụng đất', 'Trả kết quả'])(
    'does not take %j for one',
    (name) => {
      expect(asksForSupplement(step(name))).toBe(false);
    },
  );
});
