import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// `channels: "Trực tiếp: 10 ngày làm việc"`: one way of filing with its own limit on one line, as the README writes it.
const FIXTURES = join(ROOT, 'test/cli/fixtures/channel-one-line');

describe('one channel with its limit on one line', () => {
  it('is read by diff, as two channels on one line are', async () => {
    const result = await runCli(['diff', 'a/p.yaml', 'b/p.yaml'], { cwd: FIXTURES });
    expect(result).toEqual({
      code: 0,
      stdout:
        'QT-STP-LLTP-01 Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam (b/p.yaml)\n' +
        '  nghiêm trọng  Thay đổi: Cách thực hiện (Trực tuyến): 8 ngày làm việc  bỏ: người dân nộp hồ sơ theo cách này ' +
        'không còn nộp được; kiểm tra căn cứ pháp lý cho phép\n' +
        '  cảnh báo      Chưa ghi nhận lần ban hành: 4 → 4  nội dung thay đổi nhưng lần ban hành không tăng\n' +
        '\n1 quy trình thay đổi: 1 nghiêm trọng, 1 cảnh báo, 0 thông tin\n',
      stderr: '',
    });
  });

  it('written without quotes, is quoted by --fix and then linted clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-channel-'));
    cpSync(join(FIXTURES, 'unquoted.yaml'), join(dir, 'p.yaml'));
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(fixed).toEqual({
      code: 0,
      stdout: '✔ 1 file checked, no problems\n',
      stderr: 'procmap: fixed 1 problem in p.yaml\n',
    });
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'b/p.yaml'), 'utf8'));
    expect(await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '✔ 1 file checked, no problems\n',
      stderr: '',
    });
  });
});
