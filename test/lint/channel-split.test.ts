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
      '7:3  lỗi  "Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc" ghi thời hạn cho từng cách nộp: hãy ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ time_limit: 05 ngày làm việc và channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]  schema',
    );
    const shared = await lint('shared', 'vi');
    expect(shared.code).toBe(1);
    expect(shared.stdout).toContain(
      '6:13  lỗi  "Trực tiếp, bưu chính: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc" ghi thời hạn cho từng cách nộp: hãy ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ time_limit: 05 ngày làm việc và channels: [{ kind: in_person }, { kind: postal }, { kind: online, time_limit: 04 ngày làm việc }]  schema',
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

describe('lint --fix and a general limit, grades of online filing, an exception after the limits', () => {
  const lint = (name: string, lang: 'en' | 'vi') => runCli(['lint', '--lang', lang, join(FIXTURES, `${name}.yaml`)]);

  it('lists in-person filing for a general limit, whether the exception is in brackets or after it', async () => {
    // The general limit is the other ways of filing's: listing the online exception alone would say online only.
    const cases: [string, string][] = [
      [
        'general-brackets',
        'time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]\n',
      ],
      [
        'general-case',
        'time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, note: Trực tuyến toàn trình, time_limit: 04 ngày làm việc }]\n',
      ],
    ];
    for (const [name, expected] of cases) {
      const { result, again, text } = await fixed(name);
      expect(limitLines(text), name).toBe(expected);
      expect([result.code, again.code], name).toEqual([0, 0]);
      expect(result.stderr, name).toBe('procmap: fixed 1 problem in p.yaml\n');
    }
    const en = await lint('general-brackets', 'en');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '6:13  error  "05 ngày làm việc (đối với hồ sơ nộp trực tuyến là 04 ngày làm việc)" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]; the text names no way of filing for 05 ngày làm việc, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels  schema',
    );
    const vi = await lint('general-case', 'vi');
    expect(vi.stdout).toContain(
      '6:13  lỗi  "05 ngày làm việc; trường hợp nộp hồ sơ trực tuyến toàn trình thì không quá 04 ngày làm việc" ghi thời hạn cho từng cách nộp: hãy ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ time_limit: 05 ngày làm việc và channels: [{ kind: in_person }, { kind: online, note: Trực tuyến toàn trình, time_limit: 04 ngày làm việc }]; văn bản không ghi thời hạn 05 ngày làm việc là của cách nộp nào, nên procmap ghi thời hạn đó cho hồ sơ nộp trực tiếp tại Bộ phận Một cửa (in_person): nếu hồ sơ còn được nộp theo cách khác, hãy thêm { kind: postal } vào channels  schema',
    );
  });

  it('keeps the channels a file lists for a general limit, adding only the exception’s limit', async () => {
    const { result, again, text } = await fixed('general-listed');
    expect(limitLines(text)).toBe(
      'time_limit: 05 ngày làm việc\nchannels:\n  - kind: online\n    time_limit: 04 ngày làm việc\n    fee: Miễn phí\n  - kind: postal\n',
    );
    expect([result.code, again.code]).toEqual([0, 0]);
  });

  it('asks which ways of filing a general limit is for when in person has a limit of its own, and writes nothing', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const { result, text } = await fixed('general-unnamed', lang);
      expect(text).toBe(readFileSync(join(FIXTURES, 'general-unnamed.yaml'), 'utf8'));
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(
        lang === 'en'
          ? '; the text names no way of filing for 05 ngày làm việc: list in channels each way of filing it is for, e.g. { kind: online } or { kind: postal }  schema'
          : '; văn bản không ghi thời hạn 05 ngày làm việc là của cách nộp nào: hãy ghi vào channels từng cách nộp có thời hạn đó, ví dụ { kind: online } hoặc { kind: postal }  schema',
      );
    }
  });

  it('asks which grade of online filing is offered when the text and the channels listed differ, and writes nothing', async () => {
    for (const name of ['grade-conflict', 'grade-conflict-line'])
      for (const lang of ['en', 'vi'] as const) {
        const { result, text } = await fixed(name, lang);
        expect(text, name).toBe(readFileSync(join(FIXTURES, `${name}.yaml`), 'utf8'));
        expect(result.code, name).toBe(1);
        expect(result.stderr, name).toBe('');
        expect(result.stdout, name).toContain(
          lang === 'en'
            ? 'gives the limit 04 ngày làm việc to online filing "Trực tuyến toàn trình", but channels lists online filing as "Trực tuyến một phần": write which grade the procedure is offered at in the online channel\'s note, with that grade\'s limit, e.g. { kind: online, note: "Trực tuyến toàn trình", time_limit: 04 ngày làm việc }, and one limit in time_limit, e.g. time_limit: 05 ngày làm việc  schema'
            : 'ghi thời hạn 04 ngày làm việc cho cách nộp "Trực tuyến toàn trình", nhưng channels ghi cách nộp trực tuyến là "Trực tuyến một phần": hãy ghi mức độ mà thủ tục được cung cấp trực tuyến ở note của cách nộp trực tuyến, cùng thời hạn của mức độ đó, ví dụ { kind: online, note: "Trực tuyến toàn trình", time_limit: 04 ngày làm việc }, và một thời hạn ở time_limit, ví dụ time_limit: 05 ngày làm việc  schema',
        );
      }
    // A text that gives the limit at both grades gives it at the grade listed.
    const both = await fixed('grade-named-listed');
    expect(limitLines(both.text)).toBe(
      'time_limit: 05 ngày làm việc\nchannels:\n  - Trực tiếp\n  - { kind: online, note: Trực tuyến một phần, time_limit: 04 ngày làm việc }\n',
    );
    expect([both.result.code, both.again.code]).toEqual([0, 0]);
  });

  it('reads online filing at both grades as one channel, and an exception after the limits as each one’s', async () => {
    const cases: [string, string][] = [
      [
        'both-grades',
        'time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: postal }, { kind: online, note: Trực tuyến một phần và toàn trình, time_limit: 04 ngày làm việc }]\n',
      ],
      [
        'exception-after',
        'time_limit: "05 ngày làm việc (trường hợp phải xác minh thì không quá 10 ngày làm việc)"\nchannels: [{ kind: in_person }, { kind: online, time_limit: "04 ngày làm việc (trường hợp phải xác minh thì không quá 10 ngày làm việc)" }]\n',
      ],
    ];
    for (const [name, expected] of cases) {
      const { result, again, text } = await fixed(name);
      expect(limitLines(text), name).toBe(expected);
      expect([result.code, again.code], name).toEqual([0, 0]);
    }
    expect((await lint('both-grades', 'vi')).stdout).toContain(
      '6:13  lỗi  "Trực tiếp hoặc qua dịch vụ bưu chính: 05 ngày làm việc; Trực tuyến một phần, toàn trình: 04 ngày làm việc" ghi thời hạn cho từng cách nộp: hãy ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ time_limit: 05 ngày làm việc và channels: [{ kind: in_person }, { kind: postal }, { kind: online, note: Trực tuyến một phần và toàn trình, time_limit: 04 ngày làm việc }]  schema',
    );
    expect((await lint('exception-after', 'en')).stdout).toContain(
      '6:13  error  "Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày làm việc" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 05 ngày làm việc (trường hợp phải xác minh thì không quá 10 ngày làm việc) and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc (trường hợp phải xác minh thì không quá 10 ngày làm việc) }]  schema',
    );
  });
});

describe('lint --fix and online filing’s limits in the bracket after a general limit', () => {
  it('reads every wording of the way and its limit, however many grades, as the canonical channels', async () => {
    const one = (note: string, limit: string) =>
      `time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, ${note}time_limit: ${limit} }]\n`;
    const grades =
      'time_limit: 05 ngày làm việc\nchannels: [{ kind: in_person }, { kind: online, note: Trực tuyến một phần, time_limit: 04 ngày làm việc }, { kind: online, note: Trực tuyến toàn trình, time_limit: 03 ngày làm việc }]\n';
    const cases: [string, string][] = [
      ['online-grades-comma', grades],
      ['online-grades-semicolon', grades],
      ['online-dossier', one('', '04 ngày làm việc')],
      ['online-shortened', one('', '04 ngày làm việc')],
      ['online-named-first', one('note: Trực tuyến toàn trình, ', '03 ngày làm việc')],
    ];
    for (const [name, expected] of cases) {
      const { result, again, text } = await fixed(name);
      expect(limitLines(text), name).toBe(expected);
      expect([result.code, again.code], name).toEqual([0, 0]);
      expect(result.stdout, name).toBe('✔ 1 file checked, no problems\n');
      expect(result.stderr, name).toBe('procmap: fixed 1 problem in p.yaml\n');
    }
  });

  it('says what to write for the grades before --fix, and time counts nothing from the general limit alone', async () => {
    const lint = await runCli(['lint', '--lang', 'vi', join(FIXTURES, 'online-grades-comma.yaml')]);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toContain(
      'ví dụ time_limit: 05 ngày làm việc và channels: [{ kind: in_person }, { kind: online, note: Trực tuyến một phần, time_limit: 04 ngày làm việc }, { kind: online, note: Trực tuyến toàn trình, time_limit: 03 ngày làm việc }]',
    );
    const time = await runCli(['time', join(FIXTURES, 'online-dossier.yaml'), '--received', '14/12/2026 08:00']);
    expect(time.code).toBe(1);
    expect(time.stdout).toBe('');
    expect(time.stderr).toContain(
      '"05 ngày làm việc (hồ sơ trực tuyến: 04 ngày làm việc)" ghi thời hạn cho từng cách nộp',
    );
    // time has no --fix of its own: the advice names the command that has one.
    expect(time.stderr).toContain('  1 lỗi và 0 cảnh báo có thể sửa tự động bằng lệnh procmap lint --fix.\n');
  });

  it('refuses a bracket that names a way of filing and a time it cannot read as that way’s limit', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const { result, text } = await fixed('channel-remark', lang);
      expect(text).toBe(readFileSync(join(FIXTURES, 'channel-remark.yaml'), 'utf8'));
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(
        lang === 'en'
          ? '6:13  error  "05 ngày làm việc (hồ sơ nộp trực tuyến đủ điều kiện được giải quyết trong 04 ngày làm việc)" gives 04 ngày làm việc in brackets for filing online, which procmap cannot read as that way\'s own limit: if it is, write time_limit: 05 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }], or the bracket as "(đối với hồ sơ nộp trực tuyến là 04 ngày làm việc)"; if it is not, write it in the note of that way in channels instead of in time_limit  schema'
          : '6:13  lỗi  "05 ngày làm việc (hồ sơ nộp trực tuyến đủ điều kiện được giải quyết trong 04 ngày làm việc)" ghi trong ngoặc thời gian 04 ngày làm việc cho hồ sơ nộp trực tuyến nhưng procmap không đọc được đó có phải thời hạn riêng của cách nộp này không: nếu phải, hãy ghi time_limit: 05 ngày làm việc và channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }], hoặc ghi ngoặc thành "(đối với hồ sơ nộp trực tuyến là 04 ngày làm việc)"; nếu không, hãy ghi phần đó vào note của cách nộp này ở channels thay vì ở time_limit  schema',
      );
    }
  });
});
