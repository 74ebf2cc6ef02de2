import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const CATALOG = 'test/fixtures/ontime/catalog';
const F = 'test/fixtures/ontime';
const AS_OF = ['--as-of', '05/12/2026 17:00'];

async function ontime(file: string, ...more: string[]) {
  return runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi', ...more]);
}

describe('procmap ontime: a group heading over its sub-columns', () => {
  it('applies a heading merged across a workbook’s columns to each column under it, in either order', async () => {
    // "Ngày" merged across C1:D1 over "Tiếp nhận | Có kết quả": the dossier settled on 01/12, one day late.
    for (const file of ['group-merged-across.xlsx', 'group-merged-across-swapped.xlsx']) {
      const result = await ontime(`${F}/${file}`);
      expect(result.stderr, file).toBe('');
      expect(result.code, file).toBe(0);
      expect(result.stdout, file).toContain('Đã giải quyết: 1 (trước hạn 0, đúng hạn 0, quá hạn 1)\n');
      expect(result.stdout, file).toContain('có kết quả T3 01/12/2026 09:00 · quá hạn 8 giờ làm việc');
    }
  });

  it('applies a CSV group heading to the blank cells after it, up to the next heading', async () => {
    const result = await ontime(`${F}/group-blank-after.csv`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã giải quyết: 2 (trước hạn 1, đúng hạn 0, quá hạn 1)\n');
    expect(result.stdout).toContain('Dòng không đo được: 0\n');
  });

  it('tells a date column under a group that procmap does not read', async () => {
    const result = await ontime(`${F}/group-unread-date.csv`);
    // The report on the terminal carries the note among its notes: said once there, not again on stderr.
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      `\n${F}/group-unread-date.csv: không có cột ngày có kết quả, và cột "Ngày Xong" không được đọc; nếu đó là ngày có kết quả, chỉ ra bằng --map (finished: Ngày Xong)\n`,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đang giải quyết: 1 (còn hạn 0, quá hạn 1, tạm dừng chờ bổ sung 0)\n');
  });
});

describe('procmap ontime: submission and receipt', () => {
  it('starts the clock at receipt when the submission column comes first', async () => {
    // Submitted 20/11 20:00, received 25/11 09:00, settled 02/12 10:00: on time from receipt (5 working days).
    const result = await ontime(`${F}/submitted-first.csv`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã giải quyết: 1 (trước hạn 0, đúng hạn 1, quá hạn 0)\n');
    expect(result.stdout).not.toContain('20/11/2026');
  });
});

describe('procmap ontime: a workbook of several sheets', () => {
  it('reads the sheet whose header names the dossier columns, past a summary sheet before it', async () => {
    // "Tổng hợp" first, the dossiers on "Danh sách hồ sơ": HS-A1 on time, HS-B a day late.
    const result = await ontime(`${F}/summary-first.xlsx`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã giải quyết: 2 (trước hạn 0, đúng hạn 1, quá hạn 1)\n');
  });

  it('names the sheets looked at when none has the dossier columns', async () => {
    const result = await ontime(`${F}/no-dossier-sheet.xlsx`);
    expect(result.stderr).toBe(
      `${F}/no-dossier-sheet.xlsx: không có cột "Mã thủ tục" và "Ngày tiếp nhận" ở trang tính nào (đã xem "Tổng hợp", "Biểu đồ"); đặt tên cột như vậy, hoặc chỉ ra cột bằng --map hay \`ontime:\` trong procmap.config.yaml (https://github.com/procmap/procmap/blob/main/docs/ontime.md)\n` +
        // No report is written beside a refused file, and the last line says so.
        `procmap: không ghi báo cáo vì không đọc được 1 tệp hồ sơ: "${F}/no-dossier-sheet.xlsx" (lỗi nêu trên); báo cáo thiếu hồ sơ của tệp đó sẽ cho số liệu sai. Hãy sửa tệp đó, hoặc bỏ nó khỏi lệnh, rồi chạy lại\n`,
    );
    expect(result.stdout).toBe('');
    expect(result.code).toBe(1);
  });
});
