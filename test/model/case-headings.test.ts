import { describe, expect, it } from 'vitest';
import { caseHeadingOf, isCaseWording } from '../../src/model/case-headings.js';

describe('a dossier line read as a case heading', () => {
  it.each([
    ['Trường hợp 1: Cá nhân', 'Trường hợp 1: Cá nhân'],
    ['Trường hợp 2:', 'Trường hợp 2'],
    ['Trường hợp 2.', 'Trường hợp 2'],
    ['Trường hợp thứ nhất: Cá nhân', 'Trường hợp thứ nhất: Cá nhân'],
    ['Truong hop thu hai: To chuc', 'Truong hop thu hai: To chuc'],
    ['a) Trường hợp ủy quyền:', 'a) Trường hợp ủy quyền'],
    ['2. Trường hợp 2: Tổ chức', '2. Trường hợp 2: Tổ chức'],
    ['TH3: Tổ chức', 'TH3: Tổ chức'],
    ['Đối với tổ chức nước ngoài:', 'Đối với tổ chức nước ngoài'],
    ['Nếu nộp qua bưu chính:', 'Nếu nộp qua bưu chính'],
    ['Trường hợp 1：Người đề nghị trực tiếp', 'Trường hợp 1: Người đề nghị trực tiếp'],
    ['Trường hợp ２：', 'Trường hợp 2'],
    // Sub-numbered, as the national portal numbers the cases of a case: the number as written.
    ['Trường hợp 1.1: Cá nhân đề nghị', 'Trường hợp 1.1: Cá nhân đề nghị'],
    ['Trường hợp 1.2:', 'Trường hợp 1.2'],
    ['TH2.1. Người nước ngoài', 'TH2.1. Người nước ngoài'],
    // A bullet pasted before the heading says nothing of the case, as a bulleted list's items are read.
    ['* Đối với tổ chức nước ngoài:', 'Đối với tổ chức nước ngoài'],
    ['• Trường hợp 1: Cá nhân', 'Trường hợp 1: Cá nhân'],
    ['–Nếu nộp qua bưu chính:', 'Nếu nộp qua bưu chính'],
  ])('%j is the case %j, for sure', (line, heading) => {
    expect(caseHeadingOf(line)).toEqual({ case: heading, sure: true });
  });

  it('takes a line that only ends with a colon for a heading it is unsure of', () => {
    expect(caseHeadingOf('Giấy tờ khác:')).toEqual({ case: 'Giấy tờ khác', sure: false });
  });

  it.each([
    'Giấy tờ chứng minh trường hợp được miễn lệ phí (01 bản sao)',
    'Trường hợp ủy quyền: Giấy ủy quyền',
    'Đối với tổ chức: Quyết định thành lập',
    'Tờ khai: 01 bản chính',
    'Văn bản xác nhận đối với trường hợp đặc biệt',
    'Thông báo số 12/TB: 01 bản',
    ':',
  ])('%j is no heading', (line) => {
    expect(caseHeadingOf(line)).toBeUndefined();
  });

  it('knows a case by its words as a key with items under it, a list label before them or not', () => {
    expect(
      ['TH1', 'a) Trường hợp ủy quyền', 'Đối với cá nhân', 'Trường hợp 1', '* Đối với cá nhân'].every(isCaseWording),
    ).toBe(true);
    expect(['Giấy tờ khác', 'Thông tin'].some(isCaseWording)).toBe(false);
  });
});
