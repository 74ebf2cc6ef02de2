import { describe, expect, it } from 'vitest';
import { fixtureText, lintFixture, testRule } from '../helpers/rule-tester.js';
import { runCli } from '../helpers/run-cli.js';

testRule('unique-code-agency', {
  'invalid-one-of-agencies.yaml': [
    {
      line: 3,
      column: 7,
      message:
        'Procedure QT-CT-04 has the national code "2.000815" and the agency "UBND xã Tân" of procedure QT-CT-01 in test/rules/fixtures/unique-code-agency/valid-first.yaml: ontime cannot tell which of the two a dossier of that code and agency belongs to. If one file is a copy of the other, correct its code or its agency; if both are right (one per case), the dossier export must name each dossier\'s procedure by its id (QT-CT-01 or QT-CT-04)',
    },
  ],
  'invalid-same-agency.yaml': [
    {
      line: 3,
      column: 7,
      message:
        'Procedure QT-CT-03 has the national code "2.000815" and the agency "UBND xã Tân" of procedure QT-CT-01 in test/rules/fixtures/unique-code-agency/valid-first.yaml: ontime cannot tell which of the two a dossier of that code and agency belongs to. If one file is a copy of the other, correct its code or its agency; if both are right (one per case), the dossier export must name each dossier\'s procedure by its id (QT-CT-01 or QT-CT-03)',
      vi: 'Quy trình QT-CT-03 trùng mã TTHC "2.000815" và cơ quan "UBND xã Tân" với quy trình QT-CT-01 trong test/rules/fixtures/unique-code-agency/valid-first.yaml: ontime không biết hồ sơ của mã và cơ quan này thuộc quy trình nào. Nếu một tệp được sao chép từ tệp kia, hãy sửa mã hoặc cơ quan của tệp đó; nếu cả hai đều đúng (mỗi trường hợp một quy trình), tệp hồ sơ xuất từ phần mềm phải ghi mã hiệu quy trình (QT-CT-01 hoặc QT-CT-03) của từng hồ sơ',
    },
  ],
});

describe('unique-code-agency beyond its fixtures', () => {
  it('leaves one id written twice to unique-id: one procedure, not two of one agency', () => {
    const copy = fixtureText('unique-code-agency', 'invalid-same-agency.yaml').replace('QT-CT-03', 'qt-ct-01');
    expect(lintFixture('unique-code-agency', 'same-id.yaml', 'en', copy)).toEqual([]);
  });

  it('warns in lint, exit 0, naming the file and the other file, and passes the code of another agency', async () => {
    const dir = 'test/rules/fixtures/unique-code-agency';
    const files = ['valid-first.yaml', 'valid-other-agency.yaml', 'invalid-same-agency.yaml'].map((n) => `${dir}/${n}`);
    const result = await runCli(['lint', '--lang', 'vi', ...files]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${dir}/invalid-same-agency.yaml\n` +
        // The copy kept its title too: unique-title says so as well.
        `  2:8  cảnh báo  Quy trình QT-CT-03 trùng tên "Chứng thực bản sao từ bản chính" và cơ quan "UBND xã Tân" với quy trình QT-CT-01 trong ${dir}/valid-first.yaml: người dân trên trang công khai, và ontime khi tìm quy trình theo tên thủ tục, không phân biệt được hai quy trình này. Nếu cả hai đều đúng, hãy ghi trong tên mỗi quy trình trường hợp áp dụng (ví dụ "Chứng thực bản sao từ bản chính (trường hợp …)"); nếu một tệp là bản sao thừa của tệp kia, hãy xóa tệp đó hoặc sửa tên hay cơ quan của nó  unique-title\n` +
        `  3:7  cảnh báo  Quy trình QT-CT-03 trùng mã TTHC "2.000815" và cơ quan "UBND xã Tân" với quy trình QT-CT-01 trong ${dir}/valid-first.yaml: ontime không biết hồ sơ của mã và cơ quan này thuộc quy trình nào. Nếu một tệp được sao chép từ tệp kia, hãy sửa mã hoặc cơ quan của tệp đó; nếu cả hai đều đúng (mỗi trường hợp một quy trình), tệp hồ sơ xuất từ phần mềm phải ghi mã hiệu quy trình (QT-CT-01 hoặc QT-CT-03) của từng hồ sơ  unique-code-agency\n` +
        '\n✖ 2 vấn đề (0 lỗi, 2 cảnh báo)\n',
    );
  });
});
