import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/shared-id: the same two procedures, one due in 1 working day and one in 10, in catalogs whose
// file names put them in either order: punct-* with ids QT-01 and QT01, same-* with QT-CT-01 in both files (and a
// third procedure QT-HT-02 beside them; same-only.csv has no row of it). Every dossier was received 02/03/2026 08:00 and returned 06/03/2026 08:00.
const DIR = 'test/fixtures/ontime/shared-id';
const AS_OF = ['--as-of', '2026-04-01 09:00'];

describe('procmap ontime, procedures whose ids a cell cannot tell apart', () => {
  it('measures a cell that writes an id exactly against that procedure, and refuses one that fits both, in either file order', async () => {
    for (const [catalog, first, second] of [
      [
        'punct-1',
        'QT-01 ở test/fixtures/ontime/shared-id/punct-1/a-nhanh.yaml',
        'QT01 ở test/fixtures/ontime/shared-id/punct-1/b-cham.yaml',
      ],
      [
        'punct-2',
        'QT01 ở test/fixtures/ontime/shared-id/punct-2/a-cham.yaml',
        'QT-01 ở test/fixtures/ontime/shared-id/punct-2/z-nhanh.yaml',
      ],
    ]) {
      const result = await runCli([
        'ontime',
        `${DIR}/punct.csv`,
        '--catalog',
        `${DIR}/${catalog}`,
        ...AS_OF,
        '--lang',
        'vi',
      ]);
      expect(result.code).toBe(0);
      // H1 writes QT-01 (late against its 1 day), H2 QT01 (early against its 10): the verdict is the ids', not the files'.
      expect(result.stdout).toContain('Đã giải quyết: 2 (trước hạn 1, đúng hạn 0, quá hạn 1)\n');
      expect(result.stdout).toContain('  QT-01 Cấp bản sao trích lục (nhanh): 1 · đã giải quyết 1 · tỷ lệ đúng hạn 0%');
      expect(result.stdout).toContain('  QT01 Cấp bản sao trích lục (chậm): 1 · đã giải quyết 1 · tỷ lệ đúng hạn 100%');
      expect(result.stderr).toBe(
        [
          `${DIR}/punct.csv:4: thủ tục "qt-01" khớp với ${first}, ${second}, các mã quy trình này chỉ khác nhau ở chữ hoa, chữ thường hoặc dấu câu: procmap không chọn thay; hãy ghi vào cột mã thủ tục của tệp xuất đúng mã quy trình như một trong các tệp đó ghi, hoặc đặt cho các quy trình những mã hiệu khác hẳn nhau`,
          'Dòng không đo được: 1',
          '',
        ].join('\n'),
      );
    }
  });

  it('refuses every row of an id two files give, naming both files, in either file order', async () => {
    for (const [catalog, files] of [
      ['same-1', `${DIR}/same-1/a-nhanh.yaml, ${DIR}/same-1/b-cham.yaml`],
      ['same-2', `${DIR}/same-2/a-cham.yaml, ${DIR}/same-2/b-nhanh.yaml`],
    ]) {
      const result = await runCli([
        'ontime',
        `${DIR}/same.csv`,
        '--catalog',
        `${DIR}/${catalog}`,
        ...AS_OF,
        '--lang',
        'en',
      ]);
      // As for any row not measured: listed and counted, the rows measured reported (exit 1 only when none is).
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Finished: 1 (early 1, on time 0, late 0)\n');
      expect(result.stdout).not.toContain('QT-CT-01');
      expect(result.stderr).toBe(
        [
          `${DIR}/same.csv:2: procedure "QT-CT-01" is the id written in 2 files (${files}): procmap does not pick one; give the copy an id of its own (procmap lint says unique-id)`,
          `${DIR}/same.csv:3: procedure "qt-ct-01" is the id written in 2 files (${files}): procmap does not pick one; give the copy an id of its own (procmap lint says unique-id)`,
          'Rows not measured: 2',
          '',
        ].join('\n'),
      );
    }
  });

  it('fails the run when no row can be measured, as for any export of rows not measured', async () => {
    const result = await runCli([
      'ontime',
      `${DIR}/same-only.csv`,
      '--catalog',
      `${DIR}/same-1`,
      ...AS_OF,
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('procmap: no row could be measured\n');
  });
});
