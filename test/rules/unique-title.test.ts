import { describe, expect, it } from 'vitest';
import { fixtureText, lintFixture, testRule } from '../helpers/rule-tester.js';
import { runCli } from '../helpers/run-cli.js';
import { titleKey } from '../../src/rules/unique-title.js';

const FIRST = 'test/rules/fixtures/unique-title/valid-first.yaml';

testRule('unique-title', {
  // NFD (the message prints it in NFC), another letter case, two spaces, a full stop at its end, the agency spaced and cased otherwise: one title.
  'invalid-copy.yaml': [
    {
      line: 2,
      column: 8,
      message: `Procedure QT-HT-05 has the title "đăng ký  Khai sinh." and the agency "UBND xã Tân" of procedure QT-HT-01 in ${FIRST}: citizens on the public site, and ontime matching a dossier by its procedure's name, cannot tell the two apart. If both are right, name in each title the case it is for (for example "đăng ký Khai sinh (trường hợp …)"); if one file is a stray copy of the other, remove it or correct its title or agency`,
    },
  ],
  // A liên thông procedure naming the agency among others, with no level stated.
  'invalid-one-of-agencies.yaml': [
    {
      line: 2,
      column: 8,
      message: `Procedure QT-HT-06 has the title "Đăng ký khai sinh" and the agency "UBND xã Tân" of procedure QT-HT-01 in ${FIRST}: citizens on the public site, and ontime matching a dossier by its procedure's name, cannot tell the two apart. If both are right, name in each title the case it is for (for example "Đăng ký khai sinh (trường hợp …)"); if one file is a stray copy of the other, remove it or correct its title or agency`,
      vi: `Quy trình QT-HT-06 trùng tên "Đăng ký khai sinh" và cơ quan "UBND xã Tân" với quy trình QT-HT-01 trong ${FIRST}: người dân trên trang công khai, và ontime khi tìm quy trình theo tên thủ tục, không phân biệt được hai quy trình này. Nếu cả hai đều đúng, hãy ghi trong tên mỗi quy trình trường hợp áp dụng (ví dụ "Đăng ký khai sinh (trường hợp …)"); nếu một tệp là bản sao thừa của tệp kia, hãy xóa tệp đó hoặc sửa tên hay cơ quan của nó`,
    },
  ],
});

describe('unique-title beyond its fixtures', () => {
  it('compares titles as people read them, diacritics kept', () => {
    expect(titleKey(' Cấp  giấy phép cho xã TÂN. ')).toBe('cấp giấy phép cho xã tân');
    expect(titleKey('Cấp giấy phép cho xã Tân')).not.toBe(titleKey('Cấp giấy phép cho xã Tấn'));
  });

  it('passes a title that differs by a tone mark alone', () => {
    const text = fixtureText('unique-title', 'invalid-copy.yaml').replace(/^title: .*$/m, 'title: Đăng ký khải sinh');
    expect(lintFixture('unique-title', 'marks.yaml', 'en', text)).toEqual([]);
  });

  it('leaves one id written twice to unique-id: one procedure, not two of one agency', () => {
    const copy = fixtureText('unique-title', 'invalid-copy.yaml').replace('QT-HT-05', 'qt-ht-01');
    expect(lintFixture('unique-title', 'same-id.yaml', 'en', copy)).toEqual([]);
  });

  it('warns in lint, exit 0, naming both files, and passes the title of another agency and level', async () => {
    const dir = 'test/rules/fixtures/unique-title';
    const names = [
      'valid-first.yaml',
      'valid-other-agency.yaml',
      'valid-other-level.yaml',
      'invalid-one-of-agencies.yaml',
    ];
    const result = await runCli(['lint', '--lang', 'vi', ...names.map((n) => `${dir}/${n}`)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${dir}/invalid-one-of-agencies.yaml\n` +
        `  2:8  cảnh báo  Quy trình QT-HT-06 trùng tên "Đăng ký khai sinh" và cơ quan "UBND xã Tân" với quy trình QT-HT-01 trong ${dir}/valid-first.yaml: người dân trên trang công khai, và ontime khi tìm quy trình theo tên thủ tục, không phân biệt được hai quy trình này. Nếu cả hai đều đúng, hãy ghi trong tên mỗi quy trình trường hợp áp dụng (ví dụ "Đăng ký khai sinh (trường hợp …)"); nếu một tệp là bản sao thừa của tệp kia, hãy xóa tệp đó hoặc sửa tên hay cơ quan của nó  unique-title\n` +
        '\n✖ 1 vấn đề (0 lỗi, 1 cảnh báo)\n',
    );
  });
});
