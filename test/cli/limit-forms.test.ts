import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/limit-forms';
const REFUSED =
  '\n✖ 1 problem (1 error, 0 warnings)\n' +
  '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n';

/** A copy of a fixture in a folder of its own, as p.yaml; its folder. */
function copied(name: string, limit?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-limit-forms-'));
  copyFileSync(join(ROOT, DIR, name), join(dir, 'p.yaml'));
  if (limit !== undefined) {
    const text = readFileSync(join(dir, 'p.yaml'), 'utf8').replace(/^time_limit: .*$/m, `time_limit: "${limit}"`);
    writeFileSync(join(dir, 'p.yaml'), text);
  }
  return dir;
}

describe('limit forms officers copy from the portal (CLI)', () => {
  it('refuses two cases each with its shares as a limit per case, with what to write; time refuses it too', async () => {
    const one = '10 ngày làm việc (UBND xã: 05 ngày làm việc; Sở: 05 ngày làm việc)';
    const two = '15 ngày làm việc (UBND xã: 07 ngày làm việc; Sở: 08 ngày làm việc)';
    const line = `  7:13  error  "Trường hợp 1: ${one}; Trường hợp 2: ${two}" gives a limit for each case: write the limit of the case this procedure describes, the total of its agencies' times with each time in brackets, then the case, e.g. time_limit: "${one} đối với trường hợp 1"; a case with other steps is best a procedure of its own  schema\n`;
    const lint = await runCli(['lint', '--lang', 'en', `${DIR}/two-cases-shares.yaml`]);
    expect([lint.code, lint.stderr, lint.stdout]).toEqual([1, '', `${DIR}/two-cases-shares.yaml\n${line}${REFUSED}`]);
    const time = await runCli(['time', '--lang', 'en', `${DIR}/two-cases-shares.yaml`]);
    expect([time.code, time.stdout]).toEqual([1, '']);
    expect(time.stderr).toContain(line);
    // Marked "a)", "b)" a line each in a block, the same: the marks are not the case's name.
    const lines = await runCli(['lint', '--lang', 'en', `${DIR}/two-cases-lines.yaml`]);
    expect([lines.code, lines.stderr]).toEqual([1, '']);
    expect(lines.stdout).toContain(`e.g. time_limit: "${one} đối với trường hợp 1"; a case with other steps`);
    // What the message says to write is read, its shares kept.
    const dir = copied('two-cases-shares.yaml', `${one} đối với trường hợp 1`);
    const fixed = await runCli(['time', '--lang', 'vi', 'p.yaml'], { cwd: dir });
    expect([fixed.code, fixed.stderr]).toEqual([0, '']);
    expect(fixed.stdout).toContain(
      `\nThời hạn giải quyết: 10 ngày làm việc (80 giờ)\nTheo văn bản: ${one} đối với trường hợp 1\n`,
    );
  });

  it("asks for a liên thông procedure's whole limit when one agency's share is written alone, and fixes nothing", async () => {
    const dir = copied('agency-alone-joint.yaml');
    const before = readFileSync(join(dir, 'p.yaml'), 'utf8');
    const lint = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toBe(
      'p.yaml\n' +
        `  7:13  error  "UBND xã: 03 ngày làm việc" gives the time of one agency only (UBND xã: 03 ngày làm việc), but this procedure is joint (liên thông) between several agencies (UBND xã Thử; Sở Tư pháp): the limit the applicant is given is the total of their times, so write that total with each agency's time in brackets, e.g. time_limit: "<total> (UBND xã: 03 ngày làm việc; <other agency>: <its time>)"  schema\n` +
        REFUSED,
    );
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(before);
    // One agency's procedure: its time is the whole limit, written with --fix as the message says.
    const alone = copied('agency-alone.yaml');
    const fix = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: alone });
    expect([fix.code, fix.stderr]).toEqual([0, 'procmap: fixed 1 problem in p.yaml\n']);
    expect(readFileSync(join(alone, 'p.yaml'), 'utf8')).toContain(
      '\ntime_limit: "3 ngày làm việc (UBND xã: 03 ngày làm việc)"\n',
    );
  });

  it('refuses a limit marked for online filing alone, unless online is the one way listed', async () => {
    const lint = await runCli(['lint', '--lang', 'en', `${DIR}/online-marked.yaml`]);
    const line = `  7:13  error  "05 ngày làm việc (trực tuyến)" gives the limit of filing online alone, "(trực tuyến)", and no limit for the other ways of filing: if every way of filing has this limit, write time_limit: "05 ngày làm việc"; if only filing online has it, write the limit of the other ways in time_limit and this one in channels: [{ kind: in_person }, { kind: online, time_limit: "05 ngày làm việc" }]  schema\n`;
    expect([lint.code, lint.stderr, lint.stdout]).toEqual([1, '', `${DIR}/online-marked.yaml\n${line}${REFUSED}`]);
    const time = await runCli(['time', '--lang', 'en', `${DIR}/online-marked.yaml`]);
    expect([time.code, time.stdout]).toEqual([1, '']);
    expect(time.stderr).toContain(line);
    const only = await runCli(['lint', '--lang', 'en', `${DIR}/online-only.yaml`]);
    expect([only.code, only.stderr, only.stdout]).toEqual([0, '', '✔ 1 file checked, no problems\n']);
  });

  it('writes with --fix exactly the per-channel limits its message says, in Vietnamese', async () => {
    const dir = copied('per-channel.yaml');
    const lint = await runCli(['lint', '--lang', 'vi', 'p.yaml'], { cwd: dir });
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    const time = 'time_limit: 10 ngày làm việc';
    const channels = 'channels: [{ kind: in_person }, { kind: online, time_limit: 08 ngày làm việc }]';
    expect(lint.stdout).toContain(
      `ghi thời hạn cho từng cách nộp: hãy ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ ${time} và ${channels}; văn bản không ghi thời hạn 10 ngày làm việc là của cách nộp nào, nên procmap ghi thời hạn đó cho hồ sơ nộp trực tiếp tại Bộ phận Một cửa (in_person): nếu hồ sơ còn được nộp theo cách khác, hãy thêm { kind: postal } vào channels  schema\n`,
    );
    const fix = await runCli(['lint', '--fix', '--lang', 'vi', 'p.yaml'], { cwd: dir });
    expect([fix.code, fix.stderr]).toEqual([0, 'procmap: đã sửa 1 vấn đề trong p.yaml\n']);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toContain(`\n${time}\n${channels}\n`);
  });
});
