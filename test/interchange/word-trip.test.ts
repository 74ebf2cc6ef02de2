import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// `procmap doc -f docx` of QT-LT-01.yaml and QT-XN-03.yaml, each with one edit an ISO secretary makes in Word
// (make-word.mjs), imported back over the file with --force: the file changes on the edited line alone, in the
// file's own shape and spelling.
const DIR = join(ROOT, 'test/interchange/fixtures/word-trip');

/** The file `name` imported over from `docx` with --force: the run and the file before and after. */
async function importedOver(name: string, docx: string) {
  const out = mkdtempSync(join(tmpdir(), 'procmap-word-trip-'));
  copyFileSync(join(DIR, name), join(out, name));
  const before = readFileSync(join(out, name), 'utf8');
  const run = await runCli(['import', '--lang', 'en', '--force', join(DIR, docx), '-o', out]);
  return { run, before, after: readFileSync(join(out, name), 'utf8') };
}

describe('an ISO document edited in Word, imported back over its file', () => {
  it('changes the one line of a fee by case the officer edited, the list and its other items as written', async () => {
    const { run, before, after } = await importedOver('QT-LT-01.yaml', 'phi-tung-dong.docx');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(
      '               changed: Fee: Lệ phí đăng ký khai sinh: miễn; Cấp bản sao trích lục: 8.000 đồng/bản → Lệ phí đăng ký khai sinh: miễn; Cấp bản sao trích lục: 10.000 đồng/bản\n',
    );
    // It was written as a block (`fee: |-`), every line of the fee rewritten.
    expect(after).toBe(
      before.replace('  - "Cấp bản sao trích lục: 8.000 đồng/bản"\n', '  - "Cấp bản sao trích lục: 10.000 đồng/bản"\n'),
    );
  });

  it('writes a fee the file gives as a number as a number', async () => {
    const { run, before, after } = await importedOver('QT-XN-03.yaml', 'phi-so.docx');
    expect([run.code, run.stderr]).toEqual([0, '']);
    // It was "fee: 20.000 đồng".
    expect(after).toBe(before.replace('\nfee: 15000\n', '\nfee: 20000\n'));
  });

  it('adds a paper to a case where the file lists that case, every other paper left where the file has it', async () => {
    const { run, before, after } = await importedOver('QT-LT-01.yaml', 'giay-to-uy-quyen.docx');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(
      '               added: Dossier: Giấy tờ tùy thân của người được ủy quyền (Trường hợp ủy quyền; 1 copy)\n',
    );
    // The file lists the case's paper before "Tờ khai thay đổi thông tin cư trú", which is for every case and which
    // the document prints first: that paper was moved above the case's, its lines rewritten.
    const added = '  - name: Giấy tờ tùy thân của người được ủy quyền\n    case: Trường hợp ủy quyền\n    copies: 1\n';
    const at = before.indexOf('  - name: Tờ khai thay đổi thông tin cư trú\n');
    expect(after).toBe(before.slice(0, at) + added + before.slice(at));
  });

  it("keeps a step's id and unprinted role when the officer corrects its name, not a step removed and one added", async () => {
    const { run, before, after } = await importedOver('QT-XN-03.yaml', 'ten-buoc.docx');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(
      '               changed: Step renamed (step 2): Kiểm tra hồ sơ → Kiểm tra, xác minh hồ sơ\n',
    );
    // It was "id: B2" without the role, reported as "Step added (step B2)" and "Step removed (step check)".
    expect(after).toBe(before.replace('    name: Kiểm tra hồ sơ\n', '    name: Kiểm tra, xác minh hồ sơ\n'));
  });
});
