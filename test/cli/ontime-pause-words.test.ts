import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/pause-words.csv: QT-HT-02 (5 working days), every dossier received Mon 07/12/2026 09:00. W1 and
// W2 are paused since 08/12 08:00 in the officer's words ("… đến", "từ …"); W3 was paused "từ … đến …" and is on time;
// W4's cell holds a pause and "foo"; W5's a moment alone; W6 was paused from before its result to after it.
const CSV = 'test/fixtures/ontime/pause-words.csv';
const RUN = ['ontime', CSV, '--catalog', 'test/fixtures/ontime/catalog', '--as-of', '2026-12-20 12:00'];

describe('procmap ontime, pauses as officers write them', () => {
  it('reads a pause still running written "… đến" or "từ …", names the part of a cell that is no pause, and says what counts of a pause past the result', async () => {
    const vi = await runCli([...RUN, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Đã giải quyết: 2 (trước hạn 1, đúng hạn 1, quá hạn 0)\n');
    expect(vi.stdout).toContain('Đang giải quyết: 2 (còn hạn 0, quá hạn 0, tạm dừng chờ bổ sung 2)\n');
    for (const [row, id] of [
      [2, 'W1'],
      [3, 'W2'],
    ])
      expect(vi.stdout).toContain(
        `${CSV}:${row} ${id} QT-HT-02 · tạm dừng, chờ bổ sung · tiếp nhận T2 07/12/2026 09:00 · tạm dừng từ T3 08/12/2026 08:00, còn 33 giờ làm việc · có kết quả —\n`,
      );
    // The part of the pause before the result counts: only the part after it does not.
    expect(vi.stdout).toContain(
      '· có kết quả T6 11/12/2026 10:00 · tạm dừng kéo dài qua lúc có kết quả (phần sau khi có kết quả không tính)\n',
    );
    expect(vi.stderr).toBe(
      [
        `${CSV}:5: thời gian tạm dừng "08/12/2026 10:00 - 08/12/2026 11:00 ; foo": phần "foo" không phải khoảng tạm dừng; viết mỗi lần tạm dừng 13/02/2026 09:00 - 16/02/2026 10:00, lần đang tạm dừng 13/02/2026 09:00 -, các lần cách nhau bằng dấu ";"`,
        `${CSV}:6: thời gian tạm dừng "08/12/2026 08:00" chỉ có một thời điểm: lần đang tạm dừng viết "08/12/2026 08:00 -" (thời điểm bắt đầu và dấu gạch), lần đã kết thúc thì ghi thêm thời điểm kết thúc sau dấu gạch`,
        'Dòng không đo được: 2',
        '',
      ].join('\n'),
    );
  });

  it('says the same in English', async () => {
    const en = await runCli([...RUN, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      '· finished Fri 11/12/2026 10:00 · paused past the result (the part after it not counted)\n',
    );
    expect(en.stderr).toBe(
      [
        `${CSV}:5: pause "08/12/2026 10:00 - 08/12/2026 11:00 ; foo": "foo" is not a span; write each pause 13/02/2026 09:00 - 16/02/2026 10:00, one still running 13/02/2026 09:00 -, and separate pauses with ";"`,
        `${CSV}:6: pause "08/12/2026 08:00" is one moment, not a span: a pause still running is written "08/12/2026 08:00 -" (its start and a dash), one that has ended with the moment it ended after the dash`,
        'Rows not measured: 2',
        '',
      ].join('\n'),
    );
  });
});
