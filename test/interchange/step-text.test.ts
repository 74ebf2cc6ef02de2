import { describe, expect, it } from 'vitest';
import { sequenceItems, stepText } from '../../src/interchange/draft.js';

describe('stepText', () => {
  it('joins a first line ending with a comma or a joining word to the name, and no other', () => {
    expect(stepText('Tiếp nhận hồ sơ,\nkiểm tra tính đầy đủ')).toEqual({
      name: 'Tiếp nhận hồ sơ, kiểm tra tính đầy đủ',
    });
    expect(stepText('Thẩm định và\ntrình ký\nGhi sổ theo dõi')).toEqual({
      name: 'Thẩm định và trình ký',
      description: 'Ghi sổ theo dõi',
    });
    // A name on its own line: the lines below it are the description.
    expect(stepText('Ký chứng thực\nKiểm tra lời chứng')).toEqual({
      name: 'Ký chứng thực',
      description: 'Kiểm tra lời chứng',
    });
  });

  it('drops the colon that opens the lines under the name, and keeps a name that is a colon alone', () => {
    expect(stepText('Bộ phận Một cửa kiểm tra hồ sơ:\na) Trường hợp hồ sơ đầy đủ thì tiếp nhận;')).toEqual({
      name: 'Bộ phận Một cửa kiểm tra hồ sơ',
      description: 'a) Trường hợp hồ sơ đầy đủ thì tiếp nhận;',
    });
    expect(stepText('Thẩm định hồ sơ :')).toEqual({ name: 'Thẩm định hồ sơ' });
    expect(stepText(':')).toEqual({ name: ':' });
  });
});

describe('a step name broken over two lines', () => {
  it('is one name where the second line starts in lower case, with a comma or a joining word', () => {
    expect(stepText('Thẩm định hồ sơ, trình lãnh đạo\nphê duyệt')).toEqual({
      name: 'Thẩm định hồ sơ, trình lãnh đạo phê duyệt',
    });
    expect(stepText('Bước 2: Thẩm định hồ sơ\n, trình ký')).toEqual({ name: 'Thẩm định hồ sơ, trình ký' });
    expect(stepText('Thẩm định hồ sơ\nVà trình ký')).toEqual({ name: 'Thẩm định hồ sơ Và trình ký' });
  });

  it('keeps a line with a list marker, or one in capitals, as the description', () => {
    expect(stepText('Tiếp nhận hồ sơ\n- kiểm tra thành phần')).toEqual({
      name: 'Tiếp nhận hồ sơ',
      description: '- kiểm tra thành phần',
    });
    expect(stepText('Tiếp nhận hồ sơ\nb) lập Giấy tiếp nhận')).toEqual({
      name: 'Tiếp nhận hồ sơ',
      description: 'b) lập Giấy tiếp nhận',
    });
  });

  it('is one step of a pasted list, and a line with a step marker starts the next', () => {
    expect(sequenceItems('Tiếp nhận hồ sơ\nThẩm định hồ sơ, trình lãnh đạo\nphê duyệt\nTrả kết quả')).toEqual([
      'Tiếp nhận hồ sơ',
      'Thẩm định hồ sơ, trình lãnh đạo phê duyệt',
      'Trả kết quả',
    ]);
    expect(sequenceItems('1. Tiếp nhận hồ sơ\n2. Thẩm định, trình lãnh đạo\nphê duyệt\n3. Trả kết quả')).toEqual([
      'Tiếp nhận hồ sơ',
      'Thẩm định, trình lãnh đạo phê duyệt',
      'Trả kết quả',
    ]);
    // A list all in lower case has its items a line each: lower case says nothing there.
    expect(sequenceItems('tiếp nhận hồ sơ\nthẩm định hồ sơ')).toEqual(['tiếp nhận hồ sơ', 'thẩm định hồ sơ']);
  });
});
