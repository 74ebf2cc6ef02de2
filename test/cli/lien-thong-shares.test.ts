import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/lien-thong';
const FIXABLE =
  '\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n' +
  '  1 lỗi và 0 cảnh báo có thể sửa tự động bằng tùy chọn --fix.\n' +
  '  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa, và --fix có thể sửa thêm.\n';
const REFUSED =
  '\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n' +
  '  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa.\n';

/** `lint --fix` on a copy of a fixture: the file's new text, after a fix that leaves it clean. */
async function fixed(name: string): Promise<{ dir: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-lien-thong-shares-'));
  copyFileSync(join(ROOT, DIR, name), join(dir, 'p.yaml'));
  const fix = await runCli(['lint', '--fix', '--lang', 'vi', 'p.yaml'], { cwd: dir });
  expect([fix.code, fix.stdout, fix.stderr]).toEqual([
    0,
    '✔ 1 tệp đã kiểm tra, không có vấn đề\n',
    'procmap: đã sửa 1 vấn đề trong p.yaml\n',
  ]);
  return { dir, text: readFileSync(join(dir, 'p.yaml'), 'utf8') };
}

/** `time` on the fixed copy, received Friday 13/02/2026 09:00 (Tết, 14–22/02, is skipped). */
async function timed(dir: string): Promise<string> {
  const time = await runCli(['time', '--lang', 'vi', 'p.yaml', '--received', '13/02/2026 09:00'], { cwd: dir });
  expect([time.code, time.stderr]).toEqual([0, '']);
  return time.stdout;
}

describe('liên thông shares written time first, in the forms officers copy (CLI)', () => {
  it('adds both shares of a limit whose shares each say "kể từ …": 10 working days, not the first 3', async () => {
    const written =
      '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ tại UBND xã và 07 ngày làm việc kể từ ngày nhận hồ sơ tại Sở Tư pháp';
    const limit =
      '10 ngày làm việc (UBND xã: 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; Sở Tư pháp: 07 ngày làm việc kể từ ngày nhận hồ sơ)';
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/share-counted-from.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/share-counted-from.yaml\n` +
        `  7:13  lỗi  "${written}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ; thời hạn trả kết quả cho người nộp là tổng các thời gian đó: hãy ghi time_limit: "${limit}"  schema\n` +
        FIXABLE,
    );
    // `time` counts nothing from the text as written: no due date from 3 days.
    const before = await runCli(['time', '--lang', 'vi', `${DIR}/share-counted-from.yaml`]);
    expect([before.code, before.stdout]).toEqual([1, '']);
    expect(before.stderr).toContain(`hãy ghi time_limit: "${limit}"`);
    const { dir, text } = await fixed('share-counted-from.yaml');
    expect(text).toContain(`\ntime_limit: "${limit}"\nbodies:\n`);
    const out = await timed(dir);
    expect(out).toContain(`\nThời hạn giải quyết: 10 ngày làm việc (80 giờ)\nTheo văn bản: ${limit}\n`);
    expect(out).toContain('\nHẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Sáu, ngày 06/03/2026\n');
  });

  it('refuses a second time after "kể từ …" that names no agency, rather than counting the first alone', async () => {
    const result = await runCli(['time', '--lang', 'en', `${DIR}/share-counted-from-unnamed.yaml`]);
    expect([result.code, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toBe(
      `${DIR}/share-counted-from-unnamed.yaml\n` +
        '  7:13  error  "03 ngày làm việc kể từ ngày nhận hồ sơ và 07 ngày làm việc kể từ ngày Sở Tư pháp nhận hồ sơ" gives two times, "03 ngày làm việc kể từ ngày nhận hồ sơ" and "07 ngày làm việc kể từ ngày Sở Tư pháp nhận hồ sơ", and procmap cannot tell whether to add them or which one holds: if they are the times of the agencies that handle the dossier in turn (liên thông), write the total with each agency\'s time in brackets, e.g. "<total> (<agency>: 03 ngày làm việc kể từ ngày nhận hồ sơ; <agency>: 07 ngày làm việc kể từ ngày Sở Tư pháp nhận hồ sơ)"; if the second is another case\'s limit, write "03 ngày làm việc kể từ ngày nhận hồ sơ; trường hợp <…> thì 07 ngày làm việc kể từ ngày Sở Tư pháp nhận hồ sơ"  schema\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n',
    );
  });

  it('reads one time with its agency as the limit, and --fix writes it as a limit per agency is written', async () => {
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/one-agency.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/one-agency.yaml\n` +
        '  7:13  lỗi  "03 ngày làm việc tại UBND xã" ghi thời gian của cơ quan giải quyết hồ sơ: hãy ghi thời hạn kèm cơ quan trong ngoặc, như thời hạn ghi theo từng cơ quan, time_limit: "3 ngày làm việc (UBND xã: 03 ngày làm việc)"  schema\n' +
        FIXABLE,
    );
    const { dir, text } = await fixed('one-agency.yaml');
    expect(text).toContain('\ntime_limit: "3 ngày làm việc (UBND xã: 03 ngày làm việc)"\nbodies:\n');
    const out = await timed(dir);
    expect(out).toContain(
      '\nThời hạn giải quyết: 3 ngày làm việc (24 giờ)\nTheo văn bản: 3 ngày làm việc (UBND xã: 03 ngày làm việc)\n',
    );
    expect(out).toContain('\nHẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Tư, ngày 25/02/2026\n');
  });

  it('adds shares separated by a semicolon', async () => {
    const limit = '15 ngày làm việc (UBND cấp xã: không quá 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc)';
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/shares-semicolon.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/shares-semicolon.yaml\n` +
        `  7:13  lỗi  "Không quá 05 ngày làm việc tại UBND cấp xã; 10 ngày làm việc tại Sở Tư pháp" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ; thời hạn trả kết quả cho người nộp là tổng các thời gian đó: hãy ghi time_limit: "${limit}"  schema\n` +
        FIXABLE,
    );
    const { dir, text } = await fixed('shares-semicolon.yaml');
    expect(text).toContain(`\ntime_limit: "${limit}"\nbodies:\n`);
    expect(await timed(dir)).toContain(`\nThời hạn giải quyết: 15 ngày làm việc (120 giờ)\nTheo văn bản: ${limit}\n`);
  });

  it('adds shares whose agencies are in brackets', async () => {
    const limit = '10 ngày làm việc (UBND xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc)';
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/agency-bracketed.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/agency-bracketed.yaml\n` +
        `  7:13  lỗi  "03 ngày làm việc (UBND xã) và 07 ngày làm việc (Sở Tư pháp)" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ; thời hạn trả kết quả cho người nộp là tổng các thời gian đó: hãy ghi time_limit: "${limit}"  schema\n` +
        FIXABLE,
    );
    const { dir, text } = await fixed('agency-bracketed.yaml');
    expect(text).toContain(`\ntime_limit: "${limit}"\nbodies:\n`);
    expect(await timed(dir)).toContain(`\nThời hạn giải quyết: 10 ngày làm việc (80 giờ)\nTheo văn bản: ${limit}\n`);
  });

  it('asks for the total of a same-day share beside working days, which do not add up', async () => {
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/same-day-share.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/same-day-share.yaml\n` +
        '  7:13  lỗi  "Trong ngày tại Bộ phận một cửa và 03 ngày làm việc tại UBND xã" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ bằng các đơn vị không cộng được với nhau: hãy ghi tổng thời hạn trả kết quả cho người nộp, kèm thời gian của từng cơ quan trong ngoặc, ví dụ time_limit: "… ngày làm việc (Bộ phận một cửa: trong ngày; UBND xã: 03 ngày làm việc)"  schema\n' +
        REFUSED,
    );
  });

  it('refuses bare days beside working days, saying what to write for either reading', async () => {
    const lint = await runCli(['lint', '--lang', 'en', `${DIR}/bare-days-share.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/bare-days-share.yaml\n` +
        '  7:13  error  "05 ngày tại UBND xã và 10 ngày làm việc tại Sở" gives the time of each agency that handles the dossier in turn (liên thông), and "05 ngày" does not say whether it is working days or calendar days, which cannot be added to working days: if it is working days, write time_limit: "15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở: 10 ngày làm việc)"; if it is calendar days, write the total time the applicant is promised as the law gives it, with each agency\'s time in brackets, e.g. time_limit: "<total> (UBND xã: 05 ngày lịch; Sở: 10 ngày làm việc)"  schema\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n',
    );
  });

  it('prints a total in working hours as working hours, its bare shares asked about as shares', async () => {
    const time = await runCli(['time', '--lang', 'vi', `${DIR}/hours-shares.yaml`, '--received', '13/02/2026 09:00']);
    expect(time.stderr).toBe('');
    expect(time.stdout).toContain(
      '\nThời hạn giải quyết: 4 giờ làm việc\nTheo văn bản: 4 giờ làm việc (UBND xã: 2 giờ; Sở Tư pháp: 2 giờ)\n',
    );
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/hours-shares.yaml`]);
    expect(lint.stdout).toContain(
      '  7:13  cảnh báo  "4 giờ làm việc (UBND xã: 2 giờ; Sở Tư pháp: 2 giờ)" ghi phần thời gian của từng cơ quan trong thời hạn: "2 giờ", "2 giờ" là phần của tổng thời hạn tính bằng giờ làm việc nên là giờ làm việc: hãy ghi "4 giờ làm việc (UBND xã: 2 giờ làm việc; Sở Tư pháp: 2 giờ làm việc)"  ambiguous-hours\n',
    );
  });

  it('reads the agency before its "kể từ …" clause as who takes the time: 10 working days', async () => {
    const limit = '10 ngày làm việc (Sở Tư pháp: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ)';
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/agency-then-clause.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/agency-then-clause.yaml\n` +
        `  7:13  lỗi  "10 ngày làm việc ở Sở Tư pháp kể từ ngày nhận đủ hồ sơ" ghi thời gian của cơ quan giải quyết hồ sơ: hãy ghi thời hạn kèm cơ quan trong ngoặc, như thời hạn ghi theo từng cơ quan, time_limit: "${limit}"  schema\n` +
        FIXABLE,
    );
    const { dir, text } = await fixed('agency-then-clause.yaml');
    expect(text).toContain(`\ntime_limit: "${limit}"\nbodies:\n`);
    const out = await timed(dir);
    expect(out).toContain(`\nThời hạn giải quyết: 10 ngày làm việc (80 giờ)\nTheo văn bản: ${limit}\n`);
    // 23–27/02 and 02–06/03, after Tết.
    expect(out).toContain('\nHẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Sáu, ngày 06/03/2026\n');
  });

  it('keeps the remark in brackets after the agency with its share: 5 working days, the remark kept', async () => {
    const limit = '5 ngày làm việc (Bộ phận một cửa: 05 ngày làm việc (không kể thời gian niêm yết))';
    const lint = await runCli(['lint', '--lang', 'en', `${DIR}/agency-remark.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/agency-remark.yaml\n` +
        `  7:13  error  "05 ngày làm việc tại Bộ phận một cửa (không kể thời gian niêm yết)" gives the time of the agency that handles the dossier: write the limit with the agency as its share, as a limit per agency is written, time_limit: "${limit}". The remark "(không kể thời gian niêm yết)" stays with its agency's time: the time it leaves out is no part of the limit, so the appointment procmap counts does not include it  schema\n` +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    const { dir, text } = await fixed('agency-remark.yaml');
    expect(text).toContain(`\ntime_limit: "${limit}"\nbodies:\n`);
    const out = await timed(dir);
    expect(out).toContain(`\nThời hạn giải quyết: 5 ngày làm việc (40 giờ)\nTheo văn bản: ${limit}\n`);
    // 23–27/02, after Tết.
    expect(out).toContain('\nHẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Sáu, ngày 27/02/2026\n');
  });

  it('adds the shares before another case and keeps that case as the exception: 15 working days', async () => {
    const limit =
      '15 ngày làm việc (UBND cấp xã: không quá 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc); trường hợp phải xác minh thì thêm 05 ngày làm việc';
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/shares-then-case.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/shares-then-case.yaml\n` +
        `  7:13  lỗi  "Không quá 05 ngày làm việc tại UBND cấp xã; 10 ngày làm việc tại Sở Tư pháp; trường hợp phải xác minh thì thêm 05 ngày làm việc" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ; thời hạn trả kết quả cho người nộp là tổng các thời gian đó: hãy ghi time_limit: "${limit}"  schema\n` +
        FIXABLE,
    );
    const { dir, text } = await fixed('shares-then-case.yaml');
    expect(text).toContain(`\ntime_limit: "${limit}"\nbodies:\n`);
    const out = await timed(dir);
    expect(out).toContain(`\nThời hạn giải quyết: 15 ngày làm việc (120 giờ)\nTheo văn bản: ${limit}\n`);
    // 23–27/02, 02–06/03 and 09–13/03: the verification case's 5 days are not added to the general limit.
    expect(out).toContain('\nHẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Sáu, ngày 13/03/2026\n');
  });

  it("reads one agency's time for one case: 5 working days, the case kept with the share", async () => {
    const limit = '5 ngày làm việc (UBND xã: 05 ngày làm việc (cấp mới))';
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/agency-case.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/agency-case.yaml\n` +
        `  7:13  lỗi  "05 ngày làm việc tại UBND xã (cấp mới)" ghi thời gian của cơ quan giải quyết hồ sơ: hãy ghi thời hạn kèm cơ quan trong ngoặc, như thời hạn ghi theo từng cơ quan, time_limit: "${limit}". Trường hợp "(cấp mới)" được giữ cùng thời gian của cơ quan như văn bản ghi: thời hạn này là của trường hợp đó  schema\n` +
        FIXABLE,
    );
    const { dir, text } = await fixed('agency-case.yaml');
    expect(text).toContain(`\ntime_limit: "${limit}"\nbodies:\n`);
    const out = await timed(dir);
    expect(out).toContain(`\nThời hạn giải quyết: 5 ngày làm việc (40 giờ)\nTheo văn bản: ${limit}\n`);
    // 23–27/02, after Tết.
    expect(out).toContain('\nHẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Sáu, ngày 27/02/2026\n');
  });

  it('keeps a remark in brackets before the agency with its share, as after it: 5 working days', async () => {
    const limit = '5 ngày làm việc (Bộ phận một cửa: 05 ngày làm việc (không kể thời gian niêm yết))';
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/remark-before-agency.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/remark-before-agency.yaml\n` +
        `  7:13  lỗi  "05 ngày làm việc (không kể thời gian niêm yết) tại Bộ phận một cửa" ghi thời gian của cơ quan giải quyết hồ sơ: hãy ghi thời hạn kèm cơ quan trong ngoặc, như thời hạn ghi theo từng cơ quan, time_limit: "${limit}". Ghi chú "(không kể thời gian niêm yết)" được giữ cùng thời gian của cơ quan đó: thời gian ghi chú loại ra không tính trong thời hạn, nên ngày hẹn trả procmap tính chưa gồm thời gian này  schema\n` +
        FIXABLE,
    );
    const { dir, text } = await fixed('remark-before-agency.yaml');
    expect(text).toContain(`\ntime_limit: "${limit}"\nbodies:\n`);
    const out = await timed(dir);
    expect(out).toContain(`\nThời hạn giải quyết: 5 ngày làm việc (40 giờ)\nTheo văn bản: ${limit}\n`);
    // 23–27/02, after Tết.
    expect(out).toContain('\nHẸN TRẢ KẾT QUẢ: 09 giờ 00 phút, thứ Sáu, ngày 27/02/2026\n');
  });

  it("reads each case's shares as that case's limit and says which one to write: 8 working days for the first", async () => {
    const limit = '8 ngày làm việc (UBND xã: 03 ngày làm việc; Sở: 05 ngày làm việc) đối với trường hợp cấp mới';
    const lint = await runCli(['lint', '--lang', 'en', `${DIR}/cases-shares.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/cases-shares.yaml\n` +
        `  7:13  error  "Trường hợp cấp mới: 03 ngày làm việc tại UBND xã và 05 ngày làm việc tại Sở; trường hợp cấp lại: 02 ngày làm việc tại UBND xã" gives a limit for each case: write the limit of the case this procedure describes, the total of its agencies' times with each time in brackets, then the case, e.g. time_limit: "${limit}"; a case with other steps is best a procedure of its own  schema\n` +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n',
    );
    // What the message says to write reads back as that case's total.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lien-thong-shares-'));
    const written = readFileSync(join(ROOT, DIR, 'cases-shares.yaml'), 'utf8').replace(
      /^time_limit: .*$/m,
      `time_limit: "${limit}"`,
    );
    writeFileSync(join(dir, 'p.yaml'), written);
    const out = await timed(dir);
    expect(out).toContain(`\nThời hạn giải quyết: 8 ngày làm việc (64 giờ)\nTheo văn bản: ${limit}\n`);
  });

  it("asks whether one agency's time for one way of filing is every way's, and gives both forms to write", async () => {
    const limit = '5 ngày làm việc (UBND xã: 05 ngày làm việc)';
    const channels = `[{ kind: in_person }, { kind: online, time_limit: "${limit}" }]`;
    const lint = await runCli(['lint', '--lang', 'en', `${DIR}/agency-channel.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/agency-channel.yaml\n` +
        `  7:13  error  "05 ngày làm việc tại UBND xã (trực tuyến)" gives the time of the agency that handles the dossier for filing online alone, "(trực tuyến)", and no limit for the other ways of filing: if every way of filing has this limit, write time_limit: "${limit}"; if only filing online has it, write the limit of the other ways in time_limit and this one in channels: ${channels}  schema\n` +
        '\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n',
    );
    const vi = await runCli(['lint', '--lang', 'vi', `${DIR}/agency-channel.yaml`]);
    expect(vi.stdout).toContain(
      `"05 ngày làm việc tại UBND xã (trực tuyến)" ghi thời gian của cơ quan giải quyết hồ sơ chỉ cho hồ sơ nộp trực tuyến "(trực tuyến)", không ghi thời hạn của các cách nộp khác: nếu mọi cách nộp đều có thời hạn này, hãy ghi time_limit: "${limit}"; nếu chỉ hồ sơ nộp trực tuyến có thời hạn này, hãy ghi thời hạn của các cách nộp khác ở time_limit và thời hạn này ở channels: ${channels}  schema\n`,
    );
    // Both forms the message gives read back: every way's limit, or online filing's own beside the others'.
    const source = readFileSync(join(ROOT, DIR, 'agency-channel.yaml'), 'utf8');
    const every = mkdtempSync(join(tmpdir(), 'procmap-lien-thong-shares-'));
    writeFileSync(join(every, 'p.yaml'), source.replace(/^time_limit: .*$/m, `time_limit: "${limit}"`));
    expect(await timed(every)).toContain(`\nThời hạn giải quyết: 5 ngày làm việc (40 giờ)\nTheo văn bản: ${limit}\n`);
    const own = mkdtempSync(join(tmpdir(), 'procmap-lien-thong-shares-'));
    writeFileSync(
      join(own, 'p.yaml'),
      source.replace(/^time_limit: .*$/m, `time_limit: 07 ngày làm việc\nchannels: ${channels}`),
    );
    expect(await timed(own)).toContain('\nHồ sơ nộp trực tuyến (thời hạn 5 ngày làm việc): ');
  });

  it("shows a way of filing's time at its agency as --fix writes it, not as a form lint asks about again", async () => {
    const limit = '3 ngày làm việc (Bộ phận một cửa: 03 ngày làm việc)';
    const lint = await runCli(['lint', '--lang', 'vi', `${DIR}/agency-per-channel.yaml`]);
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      `${DIR}/agency-per-channel.yaml\n` +
        `  7:13  lỗi  "03 ngày làm việc tại Bộ phận một cửa (nộp trực tiếp); 02 ngày làm việc (nộp trực tuyến)" ghi thời hạn cho từng cách nộp: hãy ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ time_limit: "${limit}" và channels: [{ kind: in_person }, { kind: online, time_limit: 02 ngày làm việc }]  schema\n` +
        FIXABLE,
    );
    // --fix splits the channels, then writes the agency's time as its share: two fixes, one run.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lien-thong-shares-'));
    copyFileSync(join(ROOT, DIR, 'agency-per-channel.yaml'), join(dir, 'p.yaml'));
    const fix = await runCli(['lint', '--fix', '--lang', 'vi', 'p.yaml'], { cwd: dir });
    expect([fix.code, fix.stdout, fix.stderr]).toEqual([
      0,
      '✔ 1 tệp đã kiểm tra, không có vấn đề\n',
      'procmap: đã sửa 2 vấn đề trong p.yaml: 1 vấn đề lint nêu, và 1 vấn đề khác chỉ lộ ra khi các vấn đề đó đã được sửa\n',
    ]);
    const text = readFileSync(join(dir, 'p.yaml'), 'utf8');
    expect(text).toContain(
      `\ntime_limit: "${limit}"\nchannels: [{ kind: in_person }, { kind: online, time_limit: 02 ngày làm việc }]\n`,
    );
    const out = await timed(dir);
    expect(out).toContain(`\nThời hạn giải quyết: 3 ngày làm việc (24 giờ)\nTheo văn bản: ${limit}\n`);
    expect(out).toContain('\nHồ sơ nộp trực tuyến (thời hạn 2 ngày làm việc): ');
  });
});
