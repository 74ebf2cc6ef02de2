import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/ontime/csv.js';
import { evaluateCsv } from './helpers.js';

// ="…": how software writes a CSV cell for Excel to keep as text, so that a dossier number keeps its leading zeros and
// a code its trailing ones (1.000894 opened as the number 1.000894 → shown 1.000894, saved 1,000894…). Excel shows the
// text alone; so does procmap.
describe('a CSV cell written ="…" for Excel to keep as text', () => {
  it('is its text, bare or quoted, with the quotes inside it', () => {
    const parser = new CsvParser();
    const records = [
      ...parser.push('a,b,c,d\n="0123",="1.000894","=""10/03/2026 09:00""","=""Đã trả """"KQ"""""""\n'),
      ...parser.end(),
    ];
    expect(records[1]!.values).toEqual(['0123', '1.000894', '10/03/2026 09:00', 'Đã trả "KQ"']);
    // A formula of anything else is left as written.
    const other = new CsvParser();
    expect([...other.push('a,b\n=A1+1,="x"&B1\n'), ...other.end()][1]!.values).toEqual(['=A1+1', '="x"&B1']);
  });

  it('measures a dossier exported so', () => {
    const results = evaluateCsv(
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả\n="0123",="1.000894",="10/03/2026 09:00",="18/03/2026 10:00"\n',
      '2026-03-31 17:00',
    );
    // QT-HT-02 (1.000894), 5 working days from Tue 10/03/2026 09:00: due Tue 17/03 09:00 (Wed 11, Thu 12, Fri 13, Mon
    // 16, Tue 17); finished Wed 18/03 10:00, a day after: late.
    expect(results.get('0123')).toMatchObject({ status: 'late' });
  });
});
