import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/channel-alone';
const REFUSED =
  '\n✖ 1 problem (1 error, 0 warnings)\n' +
  '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n';

/** A copy of a fixture in a folder of its own, as p.yaml; its folder. */
function copied(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-channel-alone-'));
  copyFileSync(join(ROOT, DIR, name), join(dir, 'p.yaml'));
  return dir;
}

/** Lints p.yaml with --fix, then again: the fixed text, and what the second lint says. */
async function fixTwice(dir: string): Promise<{ text: string; again: string }> {
  const fix = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: dir });
  expect([fix.code, fix.stderr]).toEqual([0, 'procmap: fixed 1 problem in p.yaml\n']);
  const text = readFileSync(join(dir, 'p.yaml'), 'utf8');
  const again = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: dir });
  expect([again.code, again.stderr]).toEqual([0, '']);
  // Idempotent: a second --fix changes nothing.
  expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(text);
  return { text, again: again.stdout };
}

describe("one way of filing's limit written alone, as decisions print it", () => {
  it('reads "Đối với hồ sơ nộp trực tuyến là 03 ngày làm việc" and asks whose limit it is, fixing nothing', async () => {
    const dir = copied('decision-words.yaml');
    const before = readFileSync(join(dir, 'p.yaml'), 'utf8');
    const lint = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([lint.code, lint.stderr, lint.stdout]).toEqual([
      1,
      '',
      'p.yaml\n' +
        '  7:13  error  "Đối với hồ sơ nộp trực tuyến là 03 ngày làm việc" gives the limit of filing online alone, "Đối với hồ sơ nộp trực tuyến", and no limit for the other ways of filing: if every way of filing has this limit, write time_limit: "03 ngày làm việc"; if only filing online has it, write the limit of the other ways in time_limit and this one in channels: [{ kind: in_person }, { kind: online, time_limit: "03 ngày làm việc" }]  schema\n' +
        REFUSED,
    ]);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(before);
  });

  it('writes the limit alone where channels lists only that way, keeping the comment', async () => {
    const dir = copied('online-listed.yaml');
    const lint = await runCli(['lint', '--lang', 'vi', 'p.yaml'], { cwd: dir });
    expect([lint.code, lint.stderr]).toEqual([1, '']);
    expect(lint.stdout).toContain(
      '  7:13  lỗi  "Đối với hồ sơ nộp trực tuyến là 03 ngày làm việc" ghi cách nộp trước thời hạn, nhưng channels không ghi cách nộp nào khác, nên đây là thời hạn chung của thủ tục: hãy ghi time_limit: "03 ngày làm việc"  schema\n',
    );
    const { text, again } = await fixTwice(dir);
    expect(text).toContain('\ntime_limit: 03 ngày làm việc # như Quyết định công bố\nchannels:\n  - online\n');
    expect(again).toBe('✔ 1 file checked, no problems\n');
  });

  it('writes the limit alone where every other way listed has its own (a name alone counts as listed)', async () => {
    const dir = copied('others-own.yaml');
    const lint = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect(lint.stdout).toContain(
      '"Nộp qua dịch vụ bưu chính: 05 ngày làm việc" names the way of filing before its limit, but channels gives every other way it lists its own limit, so this is the procedure\'s limit: write time_limit: "05 ngày làm việc"  schema\n',
    );
    const { text } = await fixTwice(dir);
    expect(text).toContain(
      '\ntime_limit: 05 ngày làm việc\nchannels:\n  - { kind: in_person, time_limit: 04 ngày làm việc } # nhận tại Bộ phận Một cửa\n  - postal\n',
    );
  });

  it("writes a channel's own limit that names its way again as the limit alone", async () => {
    const dir = copied('channel-own.yaml');
    const { text } = await fixTwice(dir);
    expect(text).toContain('\n  - { kind: online, time_limit: 03 ngày làm việc }\n');
    const time = await runCli(['time', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([time.code, time.stderr]).toEqual([0, '']);
  });

  it("refuses a channel's own limit that names another way, saying where each limit goes", async () => {
    const dir = copied('channel-other.yaml');
    const before = readFileSync(join(dir, 'p.yaml'), 'utf8');
    const lint = await runCli(['lint', '--fix', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([lint.code, lint.stderr, lint.stdout]).toEqual([
      1,
      '',
      'p.yaml\n' +
        '  10:33  error  "Trực tiếp: 03 ngày làm việc" is the own limit of filing online, but it gives the limit of filing in person: write here the limit of filing online alone (e.g. time_limit: "05 ngày làm việc"), and this one on the entry { kind: in_person, time_limit: "03 ngày làm việc" }  schema\n' +
        REFUSED,
    ]);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(before);
  });
});
