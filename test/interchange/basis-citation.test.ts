import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basisCitation } from '../../src/interchange/basis-citation.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A national record gives a legal document's name, number and date apart. Put after a long summary, the number and
// date read as those of the document the summary names: "Thông tư sửa đổi … Thông tư số 13/2011/TT-BTP ngày
// 27/6/2011 số 16/2013/TT-BTP ngày 15/11/2013".
const RECORD = join(ROOT, 'test/interchange/fixtures/record-basis/ly-lich-tu-phap.json');

describe('basisCitation: a legal document cited as documents cite it', () => {
  it('puts the number and date after the kind when a summary follows it', () => {
    expect(
      basisCitation(
        'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 13/2011/TT-BTP ngày 27/6/2011',
        '16/2013/TT-BTP',
        '2013-11-15',
      ),
    ).toBe(
      'Thông tư số 16/2013/TT-BTP ngày 15/11/2013 sửa đổi, bổ sung một số điều của Thông tư số 13/2011/TT-BTP ngày 27/6/2011',
    );
    expect(basisCitation('Quyết định của Thủ tướng Chính phủ về …', '1/2020/QĐ-TTg', '2020-01-02')).toBe(
      'Quyết định số 1/2020/QĐ-TTg ngày 02/01/2020 của Thủ tướng Chính phủ về …',
    );
  });

  it('puts them after a name, as a law is cited', () => {
    expect(basisCitation('Luật Lý lịch tư pháp', '28/2009/QH12', '2009-06-17')).toBe(
      'Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/06/2009',
    );
  });

  it('adds neither a number nor a date the name already has, and puts the other beside it', () => {
    expect(
      basisCitation(
        'Nghị định số 111/2010/NĐ-CP quy định chi tiết … của Luật Lý lịch tư pháp',
        '111/2010/NĐ-CP',
        '2010-11-23',
      ),
    ).toBe('Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 quy định chi tiết … của Luật Lý lịch tư pháp');
    expect(basisCitation('Luật Hộ tịch ngày 20 tháng 11 năm 2014', '60/2014/QH13', '2014-11-20')).toBe(
      'Luật Hộ tịch số 60/2014/QH13 ngày 20 tháng 11 năm 2014',
    );
    expect(basisCitation('Nghị định số 23/2015/NĐ-CP ngày 16/2/2015 về …', '23/2015/NĐ-CP', '2015-02-16')).toBe(
      'Nghị định số 23/2015/NĐ-CP ngày 16/2/2015 về …',
    );
    expect(basisCitation('', '23/2015/NĐ-CP', '2015-02-16')).toBe('số 23/2015/NĐ-CP ngày 16/02/2015');
  });
});

describe('procmap import of a record whose legal basis names other documents', () => {
  it('writes each entry with its own number and date after its kind', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-record-basis-'));
    const run = await runCli(['import', '--lang', 'en', RECORD, '-o', out, '--effective', '01/07/2025']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, '1.000001.yaml'), 'utf8')).toContain(
      '\nlegal_basis:\n' +
        '  - Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp\n' +
        '  - Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/06/2009\n' +
        '  - Thông tư số 16/2013/TT-BTP ngày 15/11/2013 sửa đổi, bổ sung một số điều của Thông tư số 13/2011/TT-BTP ngày 27/6/2011\n',
    );
  });
});
