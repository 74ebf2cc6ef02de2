import { describe, expect, it } from 'vitest';
import { caseHeading } from '../../src/render/case-heading.js';

describe('caseHeading', () => {
  it('puts the word "case" before a case that does not say it', () => {
    expect(caseHeading('ủy quyền', 'Trường hợp')).toBe('Trường hợp: ủy quyền');
    expect(caseHeading('Người nước ngoài', 'Case')).toBe('Case: Người nước ngoài');
    // "Thời hạn" starts with "th", but not the word "TH".
    expect(caseHeading('Thời hạn gia hạn', 'Trường hợp')).toBe('Trường hợp: Thời hạn gia hạn');
  });

  it('prints a case as written when it already names itself one, never "Trường hợp: Trường hợp …"', () => {
    expect(caseHeading('Trường hợp ủy quyền', 'Trường hợp')).toBe('Trường hợp ủy quyền');
    expect(caseHeading('trường hợp nộp trực tiếp', 'Trường hợp')).toBe('trường hợp nộp trực tiếp');
    expect(caseHeading('Truong hop uy quyen', 'Trường hợp')).toBe('Truong hop uy quyen');
    expect(caseHeading('Đối với trường hợp ủy quyền', 'Trường hợp')).toBe('Đối với trường hợp ủy quyền');
    expect(caseHeading('Nếu người yêu cầu là người nước ngoài', 'Trường hợp')).toBe(
      'Nếu người yêu cầu là người nước ngoài',
    );
    expect(caseHeading('Trường hợp ủy quyền', 'Case')).toBe('Trường hợp ủy quyền');
    expect(caseHeading('In case of authorisation', 'Case')).toBe('In case of authorisation');
  });
});
