import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFieldLine, LABELS, withFeeLabel } from '../../src/interchange/field-labels.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Documents label the fee in other words than "Phí, lệ phí:" ("6. Mức thu phí, lệ phí:", "6. Lệ phí (nếu có):"): the
// import read no fee from them and said nothing. The charge a label names stays the fee's, as fee-words.test.ts asks.
const FOLDER = join(ROOT, 'test/interchange/fixtures/fee-labels');
const fee = (line: string) =>
  LABELS.find(([header]) => header === 'Phí, lệ phí')![1]
    .exec(withFeeLabel(line))?.[1]
    ?.trim();

describe('a fee label in other words', () => {
  it('takes off the words about both charges and keeps the charge a label names', () => {
    expect(fee('6. Mức thu phí, lệ phí: 50.000 đồng')).toBe('50.000 đồng');
    expect(fee('Mức phí, lệ phí (nếu có): 50.000 đồng')).toBe('50.000 đồng');
    expect(fee('6. Lệ phí (nếu có): 50.000 đồng')).toBe('Lệ phí: 50.000 đồng');
    expect(fee('Mức thu lệ phí: 8.000 đồng/trường hợp')).toBe('Lệ phí: 8.000 đồng/trường hợp');
    expect(fee('Phí thẩm định (nếu có): 500.000 đồng')).toBe('Phí thẩm định: 500.000 đồng');
    expect(fee('6. Lệ phí: Miễn lệ phí')).toBe('Lệ phí: Miễn lệ phí');
    expect(fee('Phí: 50.000 đồng')).toBe('Phí: 50.000 đồng');
  });

  it('ends a list above it, as the usual label does', () => {
    expect(isFieldLine('6. Mức thu phí, lệ phí: 50.000 đồng')).toBe(true);
    expect(isFieldLine('Lệ phí (nếu có):')).toBe(true);
    expect(isFieldLine('Mức độ hài lòng: cao')).toBe(false);
  });
});

describe('procmap import of a Word document labelling its fee in other words', () => {
  it.each([
    ['muc-thu-phi-le-phi.docx', 'fee: 50.000 đồng\n'],
    ['le-phi-neu-co.docx', 'fee: "Lệ phí: 50.000 đồng"\n'],
  ])('%s: the fee is read', async (docx, line) => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-fee-labels-'));
    const run = await runCli(['import', '--lang', 'en', join(FOLDER, docx), '-o', out, '--effective', '2025-01-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^imported +.*QT-HT-01\.yaml/u);
    expect(readFileSync(join(out, 'QT-HT-01.yaml'), 'utf8')).toContain(line);
  });
});
