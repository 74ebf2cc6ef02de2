import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFee } from '../../src/interchange/record-fee.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A national record's fees joined into one text: an entry's closing "." stood before the "; " ("khuyết tật.; Lệ
// phí…"), and the unit's "Đồng/Trường hợp" kept its capital after the "/" ("8.000 đồng/Trường hợp").
const RECORD = join(ROOT, 'test/interchange/fixtures/record-fees/khai-tu.json');
const FREE = 'Lệ phí: Miễn lệ phí đăng ký khai tử đúng hạn, người thuộc gia đình có công với cách mạng';
const LATE = 'Lệ phí đăng ký khai tử (đối với trường hợp không thuộc diện miễn): 8.000 đồng/trường hợp';

describe('the fees of a national record, joined', () => {
  const fee = (entries: unknown[]) => recordFee(entries, () => undefined);

  it('leave out an entry’s closing full stop before the join, and one alone stays as written', () => {
    expect(
      fee([
        { MOTA: 'Miễn lệ phí.', SOTIEN: '0' },
        { MOTA: 'Lệ phí', SOTIEN: '8000', DONVI: 'Đồng' },
      ]),
    ).toBe('Miễn lệ phí; Lệ phí: 8.000 đồng');
    expect(fee([{ MOTA: 'Miễn lệ phí.', SOTIEN: '0' }])).toBe('Miễn lệ phí.');
  });

  it('write what an amount is counted by in lower case, an abbreviation as it is', () => {
    expect(fee([{ MOTA: 'Lệ phí', SOTIEN: '8000', DONVI: 'Đồng/Trường hợp' }])).toBe('Lệ phí: 8.000 đồng/trường hợp');
    expect(fee([{ MOTA: 'Phí', SOTIEN: '200000', DONVI: 'Đồng/Lần/Người' }])).toBe('Phí: 200.000 đồng/lần/người');
    expect(fee([{ MOTA: 'Lệ phí', SOTIEN: '50000', DONVI: 'Đồng/GCN' }])).toBe('Lệ phí: 50.000 đồng/GCN');
  });

  it('say once that there is no fee when the description itself says so, never "Không: Miễn phí"', () => {
    expect(fee([{ MOTA: 'Không', SOTIEN: '0', DONVI: 'Đồng' }])).toBe('Không');
    expect(fee([{ MOTA: 'Không có', SOTIEN: '0' }])).toBe('Không');
    expect(fee([{ MOTA: 'Không', SOTIEN: 'Không' }])).toBe('Không');
    expect(fee([{ MOTA: 'Không' }])).toBe('Không');
    // An amount of 0 and nothing more, as procmap's export writes a fee of 0, is that fee: 0 (free), not "Không".
    expect(fee([{ MOTA: '', SOTIEN: '0', DONVI: 'Đồng' }])).toBe(0);
    expect(fee([{ SOTIEN: 0 }])).toBe(0);
    // A description that names the charge still says which is free.
    expect(fee([{ MOTA: 'Lệ phí', SOTIEN: '0' }])).toBe('Lệ phí: Miễn phí');
  });
});

describe('procmap import of a record with two fees', () => {
  it('writes them joined once, each without its closing full stop', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-record-fees-'));
    const run = await runCli(['import', '--lang', 'en', RECORD, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^imported +.*1\.004873\.yaml/u);
    const text = readFileSync(join(out, '1.004873.yaml'), 'utf8');
    expect(text).toContain(`\nfee: "${FREE}; người thuộc hộ nghèo; người khuyết tật; ${LATE}"\n`);
    expect(text).toContain(`\n  - kind: online\n    fee: "${LATE}"\n`);
    expect(text).not.toMatch(/\.; |Trường hợp"/u);
  });
});
