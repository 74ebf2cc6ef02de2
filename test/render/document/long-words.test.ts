import { describe, expect, it } from 'vitest';
import { markWords } from '../../../src/render/document/long-words.js';
import { Markup } from '../../../src/render/document/markup.js';

describe('markWords', () => {
  it('leaves a text of short words as it is', () => {
    expect(markWords('Bộ phận TTPVHCC tiếp nhận')).toBe('Bộ phận TTPVHCC tiếp nhận');
  });

  it('keeps a hyphenated code whole and lets only a web address or file name break anywhere, escaping the rest', () => {
    const marked = markWords('Mẫu <01> theo 54/2017/NĐ-CP: https://dichvucong.gov.vn/a.docx');
    expect(marked).toBeInstanceOf(Markup);
    expect(String(marked)).toBe(
      'Mẫu &lt;01&gt; theo <span class="whole-word">54/2017/NĐ-CP:</span> ' +
        '<span class="long-word">https://dichvucong.gov.vn/a.docx</span>',
    );
  });
});
