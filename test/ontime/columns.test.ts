import { describe, expect, it } from 'vitest';
import { headerKey, planColumns } from '../../src/ontime/columns.js';

describe('dossier export columns', () => {
  it('recognises Vietnamese headers with and without diacritics', () => {
    const plan = planColumns([
      'STT',
      'Số hồ sơ',
      'MA THU TUC',
      'Ngày tiếp nhận',
      'ngay hen tra ket qua',
      'Ngày có kết quả',
      'Trạng thái',
      'Kênh',
      'Tạm dừng',
      'Cơ quan thực hiện',
    ]);
    expect(plan.fields).toEqual({
      id: 1,
      procedure: 2,
      received: 3,
      appointment: 4,
      finished: 5,
      status: 6,
      channel: 7,
      pauses: 8,
      body: 9,
    });
    expect(plan.steps).toEqual([]);
  });

  it('reads composed and decomposed Unicode alike, and đ as d', () => {
    expect(headerKey('Ngày tiếp nhận'.normalize('NFD'))).toBe('ngay tiep nhan');
    expect(headerKey('Đơn vị xử lý')).toBe('don vi xu ly');
    expect(planColumns(['Mã TTHC', 'Ngày trả kết quả', 'Ngày nhận']).fields).toEqual({
      procedure: 0,
      finished: 1,
      received: 2,
    });
  });

  it('lets a mapping name any column, and takes step columns by prefix or mapping', () => {
    const plan = planColumns(['Hồ sơ', 'Thủ tục', 'Nhận lúc', 'Xong lúc', 'Bước 2', 'step:sign', 'Duyệt xong'], {
      columns: { id: 'hồ sơ', procedure: ['TT', 'Thủ tục'], received: 'Nhận lúc', finished: 'Xong lúc' },
      steps: { approve: 'Duyệt xong' },
    });
    expect(plan.fields).toEqual({ id: 0, procedure: 1, received: 2, finished: 3 });
    expect(plan.steps).toEqual([
      { step: '2', column: 4 },
      { step: 'sign', column: 5 },
      { step: 'approve', column: 6 },
    ]);
  });

  it('measures the day the result was ready, not the day it was handed over, whichever column comes first', () => {
    // QĐ 766/QĐ-TTg: on time when processing ended by the appointment; collecting the result later is the applicant's.
    expect(planColumns(['Mã TTHC', 'Ngày nhận', 'Ngày có kết quả', 'Ngày trả kết quả']).fields.finished).toBe(2);
    expect(planColumns(['Mã TTHC', 'Ngày nhận', 'Ngày trả kết quả', 'Ngày có kết quả']).fields.finished).toBe(3);
    expect(planColumns(['Ngày trả kết quả', 'Ngày hoàn thành']).fields.finished).toBe(1);
    // Alone, the day it was handed over is the best the export gives.
    expect(planColumns(['Ngày trả kết quả']).fields.finished).toBe(0);
    expect(planColumns(['Ngày trả kết quả']).handedOver).toBeUndefined();
  });

  it('keeps the handed-over column beside the ready one, for rows whose ready day is empty', () => {
    expect(planColumns(['Mã TTHC', 'Ngày nhận', 'Ngày có kết quả', 'Ngày trả kết quả']).handedOver).toBe(3);
    expect(planColumns(['Mã TTHC', 'Ngày nhận', 'Ngày trả kết quả', 'Ngày có kết quả']).handedOver).toBe(2);
  });

  it('keeps the first of two columns that match one field', () => {
    expect(planColumns(['Ngày nhận', 'Ngày tiếp nhận']).fields.received).toBe(0);
  });
});
