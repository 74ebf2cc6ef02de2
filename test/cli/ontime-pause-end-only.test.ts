import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// QT-CT-01 (1 working day), every dossier received Tue 07/04/2026 09:00 and settled 14/04 10:00.
// test/fixtures/ontime/pause-end-only.csv: E1's pause cell gives only its end ("đến …"), E2's second pause only its end
// after a dash; E3's pause is whole. pause-end-only-columns.csv: C1's start column is empty, its end column given; C2 is
// whole. pause-end-alone-column.csv: the export has an end column and no start column; A2 has no pause.
const DIR = 'test/fixtures/ontime';
const FILES = [`${DIR}/pause-end-only.csv`, `${DIR}/pause-end-only-columns.csv`, `${DIR}/pause-end-alone-column.csv`];
const RUN = ['ontime', ...FILES, '--catalog', `${DIR}/catalog`, '--as-of', '2026-05-08 09:00'];

describe('procmap ontime, a pause written with only its end', () => {
  it('names the row, the column and the start to write, in Vietnamese', async () => {
    const vi = await runCli([...RUN, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Đã giải quyết: 3 (trước hạn 0, đúng hạn 0, quá hạn 3)\n');
    expect(vi.stderr).toBe(
      [
        `${FILES[0]}:2: thời gian tạm dừng "đến 10/04/2026 09:00" ở cột "Tạm dừng" chỉ có thời điểm kết thúc tạm dừng, 10/04/2026 09:00, không có thời điểm bắt đầu: hãy ghi cả hai, "từ … đến 10/04/2026 09:00" (hoặc "… - 10/04/2026 09:00"), thay "…" bằng thời điểm bắt đầu tạm dừng`,
        `${FILES[0]}:3: thời gian tạm dừng "08/04/2026 09:00 - 08/04/2026 10:00; - 10/04/2026 09:00": phần "- 10/04/2026 09:00" ở cột "Tạm dừng" chỉ có thời điểm kết thúc tạm dừng, 10/04/2026 09:00, không có thời điểm bắt đầu: hãy ghi cả hai, "từ … đến 10/04/2026 09:00" (hoặc "… - 10/04/2026 09:00"), thay "…" bằng thời điểm bắt đầu tạm dừng`,
        `${FILES[1]}:2: thời gian tạm dừng chỉ có thời điểm kết thúc, "08/04/2026 09:00" ở cột "Ngày tiếp tục", còn cột "Ngày tạm dừng" để trống: hãy ghi vào đó thời điểm bắt đầu tạm dừng`,
        `${FILES[2]}:2: thời gian tạm dừng chỉ có thời điểm kết thúc, "08/04/2026 09:00" ở cột "Ngày tiếp tục", mà tệp không có cột thời điểm bắt đầu: hãy thêm cột "Ngày tạm dừng" ghi thời điểm bắt đầu mỗi lần tạm dừng (hoặc khai báo cột đó: --map, pauseStart: tên cột)`,
        'Dòng không đo được: 4',
        '',
      ].join('\n'),
    );
  });

  it('says the same in English, and gives JSON the missing start and the columns', async () => {
    const en = await runCli([...RUN, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Finished: 3 (early 0, on time 0, late 3)\n');
    expect(en.stderr).toBe(
      [
        `${FILES[0]}:2: pause "đến 10/04/2026 09:00" in column "Tạm dừng" gives only the end of the pause, 10/04/2026 09:00, not its start: write both, "từ … đến 10/04/2026 09:00" (or "… - 10/04/2026 09:00"), the moment the pause started in place of "…"`,
        `${FILES[0]}:3: pause "08/04/2026 09:00 - 08/04/2026 10:00; - 10/04/2026 09:00": "- 10/04/2026 09:00" in column "Tạm dừng" gives only the end of the pause, 10/04/2026 09:00, not its start: write both, "từ … đến 10/04/2026 09:00" (or "… - 10/04/2026 09:00"), the moment the pause started in place of "…"`,
        `${FILES[1]}:2: the pause gives only its end, "08/04/2026 09:00" in column "Ngày tiếp tục", and column "Ngày tạm dừng" is empty: write in it the moment the pause started`,
        `${FILES[2]}:2: the pause gives only its end, "08/04/2026 09:00" in column "Ngày tiếp tục", and the export has no column of its start: add one, "Ngày tạm dừng", with the moment each pause started (or map it: --map, pauseStart: its header)`,
        'Rows not measured: 4',
        '',
      ].join('\n'),
    );
    const json = await runCli([
      'ontime',
      FILES[1]!,
      '--catalog',
      `${DIR}/catalog`,
      '--as-of',
      '2026-05-08 09:00',
      '--format',
      'json',
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).bad_rows.listed).toEqual([
      {
        file: FILES[1],
        row: 2,
        reason: 'pause-column-end-only',
        value: '08/04/2026 09:00',
        pause: { start: '', end: '08/04/2026 09:00', startColumn: 'Ngày tạm dừng', endColumn: 'Ngày tiếp tục' },
      },
    ]);
  });
});
