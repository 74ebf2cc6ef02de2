import { describe, expect, it } from 'vitest';
import { documentsInText, linesAreItems } from '../../src/model/items-in-text.js';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('items-in-one-text', {
  'invalid-lines.yaml': [
    {
      line: 8,
      column: 3,
      message:
        'legal_basis is written on 3 lines, which procmap reads as ONE item: "Luật Hộ tịch 2014 Nghị định 123/2015/NĐ-CP Thông tư 04/2020/TT-BTP". If they are 3 items, write each on a line starting with "- "',
      vi: 'legal_basis ghi 3 dòng nhưng procmap đang hiểu là MỘT mục: "Luật Hộ tịch 2014 Nghị định 123/2015/NĐ-CP Thông tư 04/2020/TT-BTP". Nếu là 3 mục, hãy viết mỗi mục trên một dòng bắt đầu bằng "- "',
    },
    {
      line: 12,
      column: 5,
      message:
        'dossier[1] is written on 2 lines, which procmap reads as ONE item: "Tờ khai đăng ký khai sinh Giấy chứng sinh". If they are 2 items, write each on a line starting with "- "',
    },
    {
      line: 15,
      column: 13,
      message:
        'conditions is written on 2 lines, which procmap reads as ONE item: "Người yêu cầu cư trú tại xã Hồ sơ đầy đủ, hợp lệ". If they are 2 items, write each on a line starting with "- "',
    },
    {
      line: 25,
      column: 9,
      message:
        'outputs[1] is written on 2 lines, which procmap reads as ONE item: "Giấy tiếp nhận Phiếu hẹn trả kết quả". If they are 2 items, write each on a line starting with "- "',
    },
  ],
  'invalid-documents.yaml': [
    {
      line: 7,
      column: 14,
      message:
        'legal_basis names 2 legal documents on one line, which procmap reads as ONE item: "Luật Bảo vệ môi trường 2020; Nghị định 08/2022/NĐ-CP". Write each on a line starting with "- "',
      vi: 'legal_basis ghi 2 văn bản trên một dòng nhưng procmap đang hiểu là MỘT mục: "Luật Bảo vệ môi trường 2020; Nghị định 08/2022/NĐ-CP". Hãy viết mỗi văn bản trên một dòng bắt đầu bằng "- "',
    },
    {
      line: 9,
      column: 5,
      message:
        'records[1] names 2 legal documents on one line, which procmap reads as ONE item: "Luật Hộ tịch 2014, Nghị định 123/2015/NĐ-CP". Write each on a line starting with "- "',
    },
  ],
});

describe('rule items-in-one-text fix', () => {
  it('writes a "- " line for each line typed without one, at the list\'s indent', () => {
    expect(fixedFixture('items-in-one-text', 'invalid-lines.yaml')).toBe(
      fixtureText('items-in-one-text', 'valid-lines-fixed.yaml'),
    );
  });

  it('writes a "- " line for each legal document, keeping the comment', () => {
    expect(fixedFixture('items-in-one-text', 'invalid-documents.yaml')).toBe(
      fixtureText('items-in-one-text', 'valid-documents-fixed.yaml'),
    );
  });

  it('tells items from a wrapped sentence', () => {
    expect(linesAreItems(['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'])).toBe(true);
    // The next line in lower case, a word that asks for more, a capitalised name going on, a legal title wrapping.
    expect(linesAreItems(['Giấy chứng sinh do cơ sở y tế cấp', 'hoặc văn bản thay thế'])).toBe(false);
    expect(linesAreItems(['Bản sao giấy tờ của', 'Người yêu cầu'])).toBe(false);
    expect(linesAreItems(['Tờ khai theo mẫu của Bộ', 'Tư pháp'])).toBe(false);
    expect(linesAreItems(['Nghị định 123/2015/NĐ-CP hướng dẫn thi hành', 'Luật Hộ tịch'], 'legal_basis')).toBe(false);
    expect(documentsInText('Thông tư 04/2020/TT-BTP, sửa đổi bởi Thông tư 03/2023/TT-BTP')).toBeUndefined();
    expect(documentsInText('Tờ khai, Giấy chứng sinh, CCCD của cha mẹ')).toBeUndefined();
  });
});
