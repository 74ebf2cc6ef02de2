import { describe, expect, it } from 'vitest';
import { stepText } from '../../src/interchange/draft.js';

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
