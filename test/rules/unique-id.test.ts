import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { testRule } from '../helpers/rule-tester.js';

const FIRST = 'test/rules/fixtures/unique-id/valid-first.yaml';
const DKKD = 'test/rules/fixtures/unique-id/valid-dkkd.yaml';

testRule('unique-id', {
  'invalid-case.yaml': [
    {
      line: 1,
      column: 5,
      message: `Procedure id "qt-ht-01" is "QT-HT-01" of ${FIRST} (line 1) in other letter case; both would write the same files on Windows and macOS`,
      vi: `Mã hiệu "qt-ht-01" trùng với "QT-HT-01" của ${FIRST} (dòng 1) nếu không phân biệt chữ hoa, chữ thường; trên Windows và macOS cả hai sẽ ghi vào cùng một tệp`,
    },
  ],
  // File names and addresses write Đ as D: QT-ĐKKD-01 would write p/QT-DKKD-01/, valid-dkkd.yaml's pages.
  'invalid-d-as-d.yaml': [
    {
      line: 1,
      column: 5,
      message: `Procedure id "QT-ĐKKD-01" and "QT-DKKD-01" of ${DKKD} (line 1) name the same files (QT-DKKD-01), for file names and addresses write Đ as D: give one of them another id`,
      vi: `Mã hiệu "QT-ĐKKD-01" và "QT-DKKD-01" của ${DKKD} (dòng 1) đặt cùng một tên tệp (QT-DKKD-01), vì tên tệp và địa chỉ trang viết Đ thành D: hãy đổi mã hiệu của một trong hai quy trình`,
    },
  ],
  'invalid-duplicate.yaml': [
    {
      line: 1,
      column: 5,
      message: `Procedure id "QT-HT-01" is also used in ${FIRST} (line 1): each procedure needs its own id; change it in the file that is the copy`,
      vi: `Mã hiệu "QT-HT-01" cũng được dùng trong ${FIRST} (dòng 1): mỗi quy trình cần một mã hiệu riêng; hãy đổi mã hiệu ở tệp là bản sao`,
    },
  ],
});

describe('unique-id across two files', () => {
  // A copy with a comment line above the id, so that each file's message gives the other's own line.
  const copy = 'test/fixtures/unique-id/copy.yaml';
  const sources = [FIRST, copy].map((file) => loadFile(file, readFileSync(join(ROOT, file))));
  const rule = RULES_BY_ID.get('unique-id')!;

  it('is told at both files, each naming the other and the line of its id', () => {
    const { diagnostics } = lint(sources, { rules: [rule], lang: 'vi' });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      `${copy}:2:5 Mã hiệu "QT-HT-01" cũng được dùng trong ${FIRST} (dòng 1): mỗi quy trình cần một mã hiệu riêng; hãy đổi mã hiệu ở tệp là bản sao`,
      `${FIRST}:1:5 Mã hiệu "QT-HT-01" cũng được dùng trong ${copy} (dòng 2): mỗi quy trình cần một mã hiệu riêng; hãy đổi mã hiệu ở tệp là bản sao`,
    ]);
  });
});
