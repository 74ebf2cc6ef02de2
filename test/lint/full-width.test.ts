import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fixFixture } from '../helpers/fix-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/full-width');

/** `lint --fix` on a copy of a fixture: the run, a lint of the result, and the file it left. */
const fixed = (name: string, lang: 'en' | 'vi' = 'en') => fixFixture('full-width', name, lang);

/** The lines of a fixed file from time_limit to four_on_the_spot, where a split limit is written. */
const limitLines = (text: string) => text.slice(text.indexOf('time_limit'), text.indexOf('four_on_the_spot'));

const SPLIT =
  'time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]\n';

describe('lint reads full-width digits and punctuation in a time limit as ASCII', () => {
  it('splits a limit per way of filing written with full-width digits into a file with no problem left', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'per-channel-digits.yaml')]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      '9:13  error  "Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]',
    );
    const { result, again, text } = await fixed('per-channel-digits');
    expect(limitLines(text)).toBe(SPLIT);
    expect([result.code, again.code]).toEqual([0, 0]);
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.stderr).toBe('procmap: fixed 1 problem in p.yaml\n');
  });

  it('splits a limit per way of filing written with full-width colons and semicolons', async () => {
    const { result, again, text } = await fixed('per-channel-punctuation', 'vi');
    expect(limitLines(text)).toBe(SPLIT);
    expect([result.code, again.code]).toEqual([0, 0]);
    expect(result.stdout).toBe('✔ 1 tệp đã kiểm tra, không có vấn đề\n');
    expect(result.stderr).toBe('procmap: đã sửa 1 vấn đề trong p.yaml\n');
  });

  it('names the full-width digits of a limit in both languages, and --fix writes them in ASCII', async () => {
    const file = join(FIXTURES, 'limit.yaml');
    const en = await runCli(['lint', '--lang', 'en', file]);
    const vi = await runCli(['lint', '--lang', 'vi', file]);
    expect([en.code, vi.code, en.stderr, vi.stderr]).toEqual([0, 0, '', '']);
    expect(en.stdout).toContain(
      '9:13  warning  "０５ ngày làm việc" holds the full-width characters "０", "５" of an input method, which procmap reads as "0", "5" but other tools read as other letters: write "05 ngày làm việc"  full-width-characters',
    );
    expect(vi.stdout).toContain(
      '9:13  cảnh báo  "０５ ngày làm việc" có ký tự toàn độ rộng "０", "５" của bộ gõ, procmap hiểu là "0", "5" nhưng công cụ khác coi là chữ khác: hãy viết "05 ngày làm việc"  full-width-characters',
    );
    const { result, again, text } = await fixed('limit');
    expect(text).toContain('\ntime_limit: 05 ngày làm việc\n');
    expect([result.code, again.code, again.stdout]).toEqual([0, 0, '✔ 1 file checked, no problems\n']);
  });
});

describe('lint reads a channel written with a full-width colon as one written with ":"', () => {
  it('reads each item as its way of filing and limit, and --fix writes the colon', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'channel-items.yaml')]);
    expect(lint.code).toBe(0);
    expect(lint.stdout).not.toContain('not a way of filing');
    expect(lint.stdout).toContain(
      '11:5  warning  "Trực tiếp： 05 ngày làm việc" holds the full-width characters "：" of an input method, which procmap reads as ":" but other tools read as other letters: write "Trực tiếp: 05 ngày làm việc"  full-width-characters',
    );
    const { result, again, text } = await fixed('channel-items');
    expect(text).toContain('channels:\n  - "Trực tiếp: 05 ngày làm việc"\n  - "Trực tuyến: 03 ngày làm việc"\n');
    expect([result.code, again.code, again.stdout]).toEqual([0, 0, '✔ 1 file checked, no problems\n']);
  });
});
