import { describe, expect, it } from 'vitest';
import { refusal } from '../helpers/limit-text.js';
import { durationProblems } from '../../src/model/duration-check.js';
import { readDuration } from '../../src/model/duration.js';
import { sequentialHours } from '../../src/model/total-rows.js';

const say = (text: string, lang: 'en' | 'vi' = 'vi') => refusal(text, lang);

/** What lint says of a procedure's time limit (and channels), in the user's language. */
const limitSaid = (extra: Record<string, unknown>, lang: 'en' | 'vi' = 'vi') =>
  durationProblems({ steps: [{ id: 'B1', duration: '1h' }], ...extra }, lang).map(({ message }) => message);

/** What lint says of a step's duration. */
const stepSaid = (duration: string, lang: 'en' | 'vi' = 'vi') =>
  durationProblems({ time_limit: '5d', steps: [{ id: 'B1', duration }] }, lang).map(({ message }) => message);

const SHARES = '10 ngày làm việc (UBND xã: 05 ngày làm việc; Sở: 05 ngày làm việc)';

describe('one case alone written as the limit', () => {
  it('gets the per-case message, naming the case, not "không phải là thời gian"', () => {
    expect(say('Cấp mới: 05 ngày làm việc')).toBe(
      '"Cấp mới: 05 ngày làm việc" chỉ ghi thời hạn của một trường hợp ("Cấp mới"), không ghi thời hạn của các trường hợp khác: hãy ghi thời hạn của trường hợp mà quy trình này mô tả, kèm trường hợp trong ngoặc, ví dụ time_limit: "05 ngày làm việc (Cấp mới)"; trường hợp có các bước khác nên là một quy trình riêng',
    );
    expect(say(`Trường hợp 1: ${SHARES}`, 'en')).toBe(
      `"Trường hợp 1: ${SHARES}" gives the limit of one case only ("Trường hợp 1"), not that of the others: write the limit of the case this procedure describes, the total of its agencies' times with each time in brackets, then the case, e.g. time_limit: "${SHARES} đối với trường hợp 1"; a case with other steps is best a procedure of its own`,
    );
    // What it says to write reads.
    expect(readDuration('05 ngày làm việc (Cấp mới)').ok).toBe(true);
    expect(readDuration(`${SHARES} đối với trường hợp 1`).ok).toBe(true);
    // No case is made of a label before text that names no time.
    expect(say('Ghi chú: xem văn bản')).toContain('không phải là thời gian');
  });
});

describe("one case alone written as a step's duration", () => {
  it("gets the step's message, never the time limit's", () => {
    const said = stepSaid('Cấp mới: 05 ngày làm việc');
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('"5 ngày làm việc" (trường hợp Cấp mới)');
    expect(said[0]).toContain('ví dụ duration: "5 ngày làm việc"');
    expect(said[0]).not.toContain('time_limit');
  });
});

describe('cases marked a) and b) on one line with nothing between them', () => {
  it('is a limit per case, the first case with its shares', () => {
    const text = `a) Trường hợp 1: ${SHARES} b) Trường hợp 2: 15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở: 10 ngày làm việc)`;
    expect(readDuration(text)).toEqual({
      ok: false,
      problem: { code: 'perCase', limit: SHARES, case: 'Trường hợp 1', shares: true },
    });
    expect(say(text)).toContain(
      `ghi thời hạn cho từng trường hợp: hãy ghi thời hạn của trường hợp mà quy trình này mô tả`,
    );
    expect(readDuration('a) Cấp mới: 05 ngày làm việc b) Cấp lại: 03 ngày làm việc')).toMatchObject({
      problem: { code: 'perCase', limit: '05 ngày làm việc', case: 'Cấp mới' },
    });
  });
});

describe('a limit marked for two ways of filing', () => {
  it('is asked about as one marked for one way, naming both and the way left out', () => {
    expect(limitSaid({ time_limit: '05 ngày làm việc (trực tiếp hoặc trực tuyến)' })).toEqual([
      '"05 ngày làm việc (trực tiếp hoặc trực tuyến)" chỉ ghi thời hạn của hồ sơ nộp trực tiếp và trực tuyến "(trực tiếp hoặc trực tuyến)", không ghi thời hạn của hồ sơ nộp qua dịch vụ bưu chính: nếu mọi cách nộp đều có thời hạn này, hãy ghi time_limit: "05 ngày làm việc"; nếu chỉ hồ sơ nộp trực tiếp và trực tuyến có thời hạn này, hãy ghi thời hạn của hồ sơ nộp qua dịch vụ bưu chính ở time_limit và thời hạn này ở channels: [{ kind: in_person, time_limit: "05 ngày làm việc" }, { kind: online, time_limit: "05 ngày làm việc" }, { kind: postal }]',
    ]);
    expect(limitSaid({ time_limit: '05 ngày làm việc (trực tiếp hoặc trực tuyến)' }, 'en')[0]).toContain(
      'gives the limit of filing in person and online alone, "(trực tiếp hoặc trực tuyến)", and no limit for filing by post',
    );
    // Read as written where the file lists those ways alone, or where it names every way.
    expect(
      limitSaid({
        time_limit: '05 ngày làm việc (trực tiếp hoặc trực tuyến)',
        channels: [{ kind: 'in_person' }, { kind: 'online' }],
      }),
    ).toEqual([]);
    expect(limitSaid({ time_limit: '05 ngày làm việc (trực tiếp, trực tuyến và bưu chính)' })).toEqual([]);
  });
});

describe('a limit for one way of filing in a file that lists its channels', () => {
  it("asks only for what the list lacks: the way's own limit on its entry, or the entry", () => {
    const listed = limitSaid({
      time_limit: 'Trực tuyến: 05 ngày làm việc',
      channels: [{ kind: 'in_person' }, { kind: 'online' }],
    });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(
      /ở time_limit và thêm time_limit: "05 ngày làm việc" vào \{ kind: online \} đã có ở channels$/u,
    );
    expect(listed[0]).not.toContain('[{ kind: in_person }');
    const lacks = limitSaid({ time_limit: 'Trực tuyến: 05 ngày làm việc', channels: [{ kind: 'in_person' }] }, 'en');
    expect(lacks[0]).toMatch(/in time_limit and add to channels: \{ kind: online, time_limit: "05 ngày làm việc" \}$/u);
    // Without a list, the whole list to write, as before.
    expect(limitSaid({ time_limit: 'Trực tuyến: 05 ngày làm việc' })[0]).toMatch(
      /channels: \[\{ kind: in_person \}, \{ kind: online, time_limit: "05 ngày làm việc" \}\]$/u,
    );
  });
});

describe('a step whose time is "theo thực tế"', () => {
  it('says a step needs its longest time, and how to mark it a draft', () => {
    for (const text of ['Theo thời gian thực tế', 'theo thực tế', 'Tùy theo thực tế'])
      expect(stepSaid(text), text).toEqual([
        `"${text}" không phải là thời gian procmap tính được: để tính thời hạn, mỗi bước cần thời gian dài nhất mà bước có thể cần; hãy ghi thời gian đó, ví dụ duration: "2 ngày làm việc"; nếu chưa biết, ghi duration: 0h và draft: true để đánh dấu bước nháp (quy tắc draft-steps nhắc cho đến khi có thời gian)`,
      ]);
    expect(stepSaid('Theo thời gian thực tế', 'en')[0]).toContain('is no time procmap can count');
  });
});

describe('the steps run one after the other, for a pasted total', () => {
  it("reads a step table's own forms", () => {
    const steps = [
      { id: 'B1', duration: 'Ngày làm việc: 05' },
      { id: 'B2', duration: '01 buổi sáng' },
      { id: 'B3', duration: '30´' },
    ];
    expect(sequentialHours(steps, 8)).toBe(40 + 4 + 0.5);
  });
});
