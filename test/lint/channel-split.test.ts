import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fixFixture } from '../helpers/fix-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/channel-split');

/** `lint --fix` on a copy of a fixture: the run, a lint of the result, and the file it left. */
const fixed = (name: string, lang: 'en' | 'vi' = 'en') => fixFixture('channel-split', name, lang);

/** The lines of a fixed file from time_limit to the bodies, where the split is written. */
const limitLines = (text: string) => text.slice(text.indexOf('time_limit'), text.indexOf('bodies:'));

describe('lint --fix splits a time limit per way of filing', () => {
  it('keeps every channel named, the one time_limit holds too, however the limit is written', async () => {
    const both = '[{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]';
    const cases: [string, string][] = [
      [
        'in-brackets',
        'time_limit: 06 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, time_limit: 03 ngày làm việc }]\n',
      ],
      [
        'three-named',
        'time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }, { kind: postal, time_limit: 06 ngày làm việc }]\n',
      ],
      // The comment after the limit stays with it; the new line comes after.
      ['comment', `time_limit: 05 ngày làm việc   # theo QĐ 123\nchannels: ${both}\n`],
      // A line per way of filing, or a list item each: read as the one line they make.
      ['lines', `time_limit: 05 ngày làm việc\nchannels: ${both}\n`],
      ['list', `time_limit: 05 ngày làm việc\nchannels: ${both}\n`],
      // Two ways of filing that share a limit are ways of filing, not a case: each gets its channel.
      ...(['shared', 'shared-after'] as const).map((name): [string, string] => [
        name,
        'time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: postal }, { kind: online, time_limit: 04 ngày làm việc }]\n',
      ]),
      // The grade of online filing its name says is kept in the channel's note, as canonical-channel keeps it.
      [
        'shared-and',
        'time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: postal }, { kind: online, note: Trực tuyến toàn trình, time_limit: 04 ngày làm việc }]\n',
      ],
    ];
    for (const [name, expected] of cases) {
      const { result, again, text } = await fixed(name);
      expect(limitLines(text), name).toBe(expected);
      expect(result.code, name).toBe(0);
      expect(result.stdout, name).toBe('✔ 1 file checked, no problems\n');
      expect(result.stderr, name).toBe('procmap: fixed 1 problem in p.yaml\n');
      expect(again.code, name).toBe(0);
    }
    expect(readFileSync(join(FIXTURES, 'comment.yaml'), 'utf8')).toContain('# thời hạn theo công bố\n');
  });

  it('writes each limit in the channels the file lists, keeping their fees and comments, and adds those it lacks', async () => {
    const block = await fixed('listed');
    expect(limitLines(block.text)).toBe(
      [
        'time_limit: 05 ngày làm việc',
        'channels:',
        '  - kind: in_person   # tại quầy',
        '    fee: 50.000 đồng',
        '  - kind: online',
        '    time_limit: 04 ngày làm việc',
        '    fee: Miễn phí',
        '  - { kind: postal, time_limit: 06 ngày làm việc }',
        '',
      ].join('\n'),
    );
    expect([block.result.code, block.again.code]).toEqual([0, 0]);
    const flow = await fixed('flow-listed');
    expect(limitLines(flow.text)).toBe(
      'time_limit: 05 ngày làm việc\nchannels: [{ kind: online, time_limit: 04 ngày làm việc, fee: Miễn phí }, { kind: in_person }, { kind: postal, time_limit: 06 ngày làm việc }] # như công bố\n',
    );
    expect([flow.result.code, flow.again.code]).toEqual([0, 0]);
    // A channel listed by its name alone takes the grade that name says into its note, as canonical-channel writes it.
    const graded = await fixed('listed-grade');
    expect(limitLines(graded.text)).toBe(
      'time_limit: 05 ngày làm việc\nchannels:\n  - Trực tiếp\n  - { kind: online, note: Trực tuyến toàn trình, time_limit: 04 ngày làm việc }\n',
    );
    expect([graded.result.code, graded.again.code]).toEqual([0, 0]);
  });

  it('advises every channel, and says where the channels listed disagree, in English and Vietnamese', async () => {
    const lint = (name: string, lang: 'en' | 'vi') => runCli(['lint', '--lang', lang, join(FIXTURES, `${name}.yaml`)]);
    const en = await lint('lines', 'en');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '6:13  error  "Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]  schema',
    );
    const vi = await lint('list', 'vi');
    expect(vi.stdout).toContain(
      '7:3  lỗi  "Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc" ghi thời hạn cho từng cách nộp: ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ time_limit: 05 ngày làm việc và channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]  schema',
    );
    const shared = await lint('shared', 'vi');
    expect(shared.code).toBe(1);
    expect(shared.stdout).toContain(
      '6:13  lỗi  "Trực tiếp, bưu chính: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc" ghi thời hạn cho từng cách nộp: ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ time_limit: 05 ngày làm việc và channels: [{ kind: in_person }, { kind: postal }, { kind: online, time_limit: 04 ngày làm việc }]  schema',
    );
    expect((await lint('shared-and', 'en')).stdout).toContain(
      '"Trực tiếp và qua bưu chính: 05 ngày làm việc; trực tuyến toàn trình: 04 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: postal }, { kind: online, note: Trực tuyến toàn trình, time_limit: 04 ngày làm việc }]  schema',
    );
    const listed = await lint('listed', 'en');
    expect(listed.stdout).toContain(
      'write one in time_limit and the others in the channels already listed, keeping their fees and notes, e.g. time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }, { kind: postal, time_limit: 06 ngày làm việc }]',
    );
    for (const lang of ['en', 'vi'] as const) {
      const conflict = await fixed('conflict', lang);
      expect(conflict.text).toBe(readFileSync(join(FIXTURES, 'conflict.yaml'), 'utf8'));
      expect(conflict.result.code).toBe(1);
      expect(conflict.result.stderr).toBe('');
      expect(conflict.result.stdout).toContain(
        lang === 'en'
          ? '6:13  error  "Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc" gives channel "Online" the limit 04 ngày làm việc, but channels gives it 03 ngày làm việc: correct the one that is wrong, then write one limit in time_limit, e.g. time_limit: 05 ngày làm việc, and each other in its channel\'s time_limit  schema'
          : '6:13  lỗi  "Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc" ghi thời hạn của cách nộp "Trực tuyến" là 04 ngày làm việc, nhưng channels ghi 03 ngày làm việc: hãy sửa chỗ ghi sai, rồi ghi một thời hạn ở time_limit, ví dụ time_limit: 05 ngày làm việc, và mỗi thời hạn khác ở time_limit của cách nộp đó  schema',
      );
    }
  });
});
