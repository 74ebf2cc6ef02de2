import { describe, expect, it } from 'vitest';
import { isNotSettled, saysReturned, saysWaiting } from '../../src/ontime/cells.js';

// "Trả lại" is "Trả về" said another way: sent back to an office inside (the one-stop desk, a specialist office) the
// dossier is still being settled; sent back to the applicant it is handed back without a result.
describe('"Trả lại" to an office inside', () => {
  it('reads a dossier sent back to the desk or an office as still open, not handed back', () => {
    for (const status of [
      'Trả lại Bộ phận Một cửa',
      'Trả lại phòng chuyên môn',
      'Đã trả lại Bộ phận Tiếp nhận và Trả kết quả',
      'Chuyển trả lại Bộ phận Một cửa',
      'Trả lại cán bộ thụ lý',
      'Trả lại bước trước',
      'Đã trả về Bộ phận Một cửa',
      'Trả lại lãnh đạo phòng',
      'Trả lại cho Bộ phận Một cửa',
      'Trả về cho phòng chuyên môn',
      'Trả về văn thư',
      'Trả lại UBND xã',
      'Trả về Ủy ban nhân dân xã',
      'Trả lại Chi nhánh Văn phòng đăng ký đất đai',
    ])
      expect([isNotSettled(status), saysWaiting(status), saysReturned(status)], status).toEqual([false, false, false]);
  });

  it('keeps a dossier handed back to the applicant as handed back, and one sent back to be completed as a wait', () => {
    for (const status of [
      'Trả lại hồ sơ',
      'Trả lại công dân',
      'Trả lại cho công dân',
      'Trả lại',
      'Đã trả lại hồ sơ',
      'Chuyển trả lại hồ sơ',
    ])
      expect(isNotSettled(status), status).toBe(true);
    for (const status of ['Trả lại để bổ sung', 'Trả lại hồ sơ yêu cầu bổ sung'])
      expect([isNotSettled(status), saysWaiting(status)], status).toEqual([false, true]);
  });
});

// procmap's sources (shared notes on QĐ 766 and Decree 118/2025/NĐ-CP) leave out only the time waiting for a
// supplement: the time waiting for the applicant to pay taxes and fees counts, so the dossier stays open (docs/ontime.md).
describe('waiting for the applicant to pay', () => {
  it('reads "Yêu cầu thực hiện nghĩa vụ tài chính" as open, its time counted', () => {
    for (const status of ['Yêu cầu thực hiện nghĩa vụ tài chính', 'Chờ thực hiện nghĩa vụ tài chính'])
      expect([isNotSettled(status), saysWaiting(status), saysReturned(status)], status).toEqual([false, false, false]);
  });
});
