import { describe, expect, it } from 'vitest';
import { limitReading, refusal } from '../helpers/limit-text.js';
import { durationProblems } from '../../src/model/duration-check.js';
import { channelMarked } from '../../src/model/duration.js';

const read = limitReading;
const say = (text: string, lang: 'en' | 'vi' = 'en') => refusal(text, lang);

const ONE = '10 ngày làm việc (UBND xã: 05 ngày làm việc; Sở: 05 ngày làm việc)';
const TWO = '15 ngày làm việc (UBND xã: 07 ngày làm việc; Sở: 08 ngày làm việc)';

describe('two cases, each with its agencies’ shares, as officers copy them from the portal', () => {
  it('is a limit per case whose first case keeps its shares, however the cases are marked', () => {
    for (const text of [
      `Trường hợp 1: ${ONE}; Trường hợp 2: ${TWO}`,
      `Đối với trường hợp 1: ${ONE}; Đối với trường hợp 2: ${TWO}`,
      `a) Trường hợp 1: ${ONE}; b) Trường hợp 2: ${TWO}`,
      `- Trường hợp 1: ${ONE}\n- Trường hợp 2: ${TWO}`,
      `a) Trường hợp 1: ${ONE};\nb) Trường hợp 2: ${TWO}.`,
      `${ONE} đối với trường hợp 1; ${TWO} đối với trường hợp 2`,
    ])
      expect(read(text), text).toEqual({ code: 'perCase', limit: ONE, case: expect.any(String), shares: true });
    expect(say(`Trường hợp 1: ${ONE}; Trường hợp 2: ${TWO}`, 'vi')).toBe(
      `"Trường hợp 1: ${ONE}; Trường hợp 2: ${TWO}" ghi thời hạn cho từng trường hợp: hãy ghi thời hạn của trường hợp mà quy trình này mô tả, là tổng thời gian của các cơ quan, thời gian của từng cơ quan trong ngoặc, rồi đến trường hợp, ví dụ time_limit: "${ONE} đối với trường hợp 1"; trường hợp có các bước khác nên là một quy trình riêng`,
    );
    // Named cases after their shares' bracket, in a bracket of their own.
    expect(say(`${ONE} (cấp mới); ${TWO} (cấp lại)`)).toContain(`e.g. time_limit: "${ONE} đối với trường hợp cấp mới"`);
  });

  it('reads back what the message says to write, as that case’s limit with its shares', () => {
    expect(read(`${ONE} đối với trường hợp 1`)).toEqual({
      value: 10,
      unit: 'd',
      note: '(UBND xã: 05 ngày làm việc; Sở: 05 ngày làm việc) đối với trường hợp 1',
    });
  });

  it('takes "Trường hợp 1", "trường hợp 2" for numbered cases, never the national record’s channel codes 1 and 2', () => {
    expect(read('Trường hợp 1: 10 ngày làm việc; Trường hợp 2: 15 ngày làm việc')).toEqual({
      code: 'perCase',
      limit: '10 ngày làm việc',
      case: 'Trường hợp 1',
    });
    expect(read('10 ngày làm việc (trường hợp 2)')).toEqual({ value: 10, unit: 'd', note: '(trường hợp 2)' });
    // A code alone is still a way of filing.
    expect(read('1: 05 ngày làm việc; 2: 04 ngày làm việc')).toMatchObject({ code: 'perChannel' });
  });
});

describe('one agency’s share written alone', () => {
  it('is one agency’s time, as its time first with "tại" is, not a text that is no time', () => {
    expect(read('UBND xã: 05 ngày làm việc')).toEqual({
      code: 'perStageOne',
      total: '5 ngày làm việc',
      stages: 'UBND xã: 05 ngày làm việc',
    });
    expect(say('Sở Tư pháp: 05 ngày làm việc', 'vi')).toBe(
      '"Sở Tư pháp: 05 ngày làm việc" ghi thời gian của cơ quan giải quyết hồ sơ: hãy ghi thời hạn kèm cơ quan trong ngoặc, như thời hạn ghi theo từng cơ quan, time_limit: "5 ngày làm việc (Sở Tư pháp: 05 ngày làm việc)"',
    );
    // A level alone may be a case: not taken for an agency, but asked about as one case's limit alone.
    expect(read('Cấp xã: 05 ngày làm việc')).toEqual({
      code: 'perCase',
      limit: '05 ngày làm việc',
      case: 'Cấp xã',
      one: true,
    });
  });

  it('is --fixed to the whole limit for one agency, and only asked about when the procedure is liên thông', () => {
    const procedure = (agency: string) => ({ agency, time_limit: 'UBND xã: 03 ngày làm việc' });
    expect(durationProblems(procedure('UBND xã Thử'), 'en')).toEqual([
      {
        path: ['time_limit'],
        message: expect.stringContaining('time_limit: "3 ngày làm việc (UBND xã: 03 ngày làm việc)"'),
        total: '3 ngày làm việc (UBND xã: 03 ngày làm việc)',
      },
    ]);
    for (const time_limit of ['UBND xã: 03 ngày làm việc', '03 ngày làm việc tại UBND xã'])
      expect(durationProblems({ agency: 'UBND xã Thử; Sở Tư pháp', time_limit }, 'en')).toEqual([
        {
          path: ['time_limit'],
          message: `"${time_limit}" gives the time of one agency only (UBND xã: 03 ngày làm việc), but this procedure is joint (liên thông) between several agencies (UBND xã Thử; Sở Tư pháp): the limit the applicant is given is the total of their times, so write that total with each agency's time in brackets, e.g. time_limit: "<total> (UBND xã: 03 ngày làm việc; <other agency>: <its time>)"`,
        },
      ]);
  });
});

describe('a limit marked for one way of filing only', () => {
  it('is asked about as that way named before it is, whatever the words after the limit', () => {
    expect(channelMarked('05 ngày làm việc (trực tuyến)')).toEqual({
      code: 'channelAlone',
      kind: 'online',
      way: '(trực tuyến)',
      limit: '05 ngày làm việc',
    });
    expect(channelMarked('05 ngày làm việc đối với hồ sơ nộp trực tiếp')).toMatchObject({ kind: 'in_person' });
    // Remarks that name no way alone, and limits read otherwise, are not.
    for (const text of [
      '05 ngày làm việc (kể cả hồ sơ trực tuyến)',
      '05 ngày làm việc (không kể thời gian niêm yết)',
      '10 ngày làm việc (trường hợp 2)',
      '05 ngày làm việc',
    ])
      expect(channelMarked(text), text).toBeUndefined();
  });

  it('is refused as a procedure’s limit unless the ways listed leave it to that way alone', () => {
    const limit = { time_limit: '05 ngày làm việc (trực tuyến)' };
    const [problem] = durationProblems(limit, 'vi');
    expect(problem).toEqual({
      path: ['time_limit'],
      message:
        '"05 ngày làm việc (trực tuyến)" chỉ ghi thời hạn của hồ sơ nộp trực tuyến "(trực tuyến)", không ghi thời hạn của các cách nộp khác: nếu mọi cách nộp đều có thời hạn này, hãy ghi time_limit: "05 ngày làm việc"; nếu chỉ hồ sơ nộp trực tuyến có thời hạn này, hãy ghi thời hạn của các cách nộp khác ở time_limit và thời hạn này ở channels: [{ kind: in_person }, { kind: online, time_limit: "05 ngày làm việc" }]',
    });
    expect(durationProblems({ ...limit, channels: [{ kind: 'online' }, { kind: 'in_person' }] }, 'vi')).toHaveLength(1);
    expect(durationProblems({ ...limit, channels: [{ kind: 'online' }] }, 'vi')).toEqual([]);
    expect(
      durationProblems({ ...limit, channels: [{ kind: 'online' }, { kind: 'in_person', time_limit: '7d' }] }, 'vi'),
    ).toEqual([]);
    // A channel's own limit names its own way.
    expect(
      durationProblems({ time_limit: '5d', channels: [{ kind: 'online', time_limit: limit.time_limit }] }, 'vi'),
    ).toEqual([]);
  });
});

describe('the per-channel message', () => {
  it('asks in both languages, and says which way the unnamed limit is given to', () => {
    const text = '10 ngày làm việc (trường hợp nộp trực tuyến: 08 ngày làm việc)';
    expect(say(text, 'vi')).toBe(
      `"${text}" ghi thời hạn cho từng cách nộp: hãy ghi một thời hạn ở time_limit và các thời hạn khác ở channels, ví dụ time_limit: 10 ngày làm việc và channels: [{ kind: in_person }, { kind: online, time_limit: 08 ngày làm việc }]; văn bản không ghi thời hạn 10 ngày làm việc là của cách nộp nào, nên procmap ghi thời hạn đó cho hồ sơ nộp trực tiếp tại Bộ phận Một cửa (in_person): nếu hồ sơ còn được nộp theo cách khác, hãy thêm { kind: postal } vào channels`,
    );
    expect(say(text)).toBe(
      `"${text}" gives a limit for each way of filing: write one in time_limit and the others in channels, e.g. time_limit: 10 ngày làm việc and channels: [{ kind: in_person }, { kind: online, time_limit: 08 ngày làm việc }]; the text names no way of filing for 10 ngày làm việc, so procmap gives it to filing in person at the one-stop counter (in_person): if dossiers may also be filed another way, add { kind: postal } to channels`,
    );
  });
});
