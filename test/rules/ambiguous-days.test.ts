import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { explicitDays } from '../../src/model/explicit-days.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('ambiguous-days', {
  // Weekends left out, holidays not said: the text counts a weekday holiday as a day, working days do not. The
  // calendar reading (15 days, never later than 15 weekdays) stays, and no fix: no unit says "weekdays, holidays in".
  // valid-days-off.yaml names holidays too: working days, said in words, nothing to ask.
  'invalid-weekends.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"15 ngày (không kể thứ bảy, chủ nhật)" leaves out Saturdays and Sundays but not public holidays: working days leave out holidays and Tết too (Labour Code 2019, Art. 112), so read as 15 working days a holiday inside the period would put the appointment later than the text allows. procmap counts 15 calendar days, never later, until told: if the legal text means working days, write "15 ngày làm việc"',
      vi: '"15 ngày (không kể thứ bảy, chủ nhật)" không kể thứ bảy, chủ nhật nhưng không nói ngày lễ, tết: ngày làm việc còn trừ cả ngày lễ, tết (Điều 112 Bộ luật Lao động 2019), nên hiểu là 15 ngày làm việc thì một ngày lễ trong khoảng đó sẽ đẩy ngày hẹn trả muộn hơn văn bản cho phép. procmap tính 15 ngày lịch, không bao giờ muộn hơn, cho tới khi được ghi rõ: nếu văn bản quy định là ngày làm việc, hãy ghi "15 ngày làm việc"',
    },
  ],
  // The names on one line: no time_limit key for a fix to reach, so none is offered (canonical-channel writes the list).
  'invalid-channels-one-line.yaml': [
    {
      line: 7,
      column: 11,
      message:
        '"30 ngày" can mean 30 working days (what officers often mean by a limit) or 30 calendar days (the meaning in law, which procmap uses until told): check the legal text and write "30 ngày làm việc" or "30 ngày lịch"',
    },
    {
      line: 7,
      column: 11,
      message:
        '"25 ngày" can mean 25 working days (what officers often mean by a limit) or 25 calendar days (the meaning in law, which procmap uses until told): check the legal text and write "25 ngày làm việc" or "25 ngày lịch"',
    },
  ],
  // In capitals, as a heading row or a table typed in capitals writes it: the words to write are in capitals too.
  'invalid-capitals.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"05 NGÀY KỂ TỪ NGÀY NHẬN ĐỦ HỒ SƠ HỢP LỆ" can mean 5 working days (what officers often mean by a limit) or 5 calendar days (the meaning in law, which procmap uses until told): check the legal text and write "05 NGÀY LÀM VIỆC KỂ TỪ NGÀY NHẬN ĐỦ HỒ SƠ HỢP LỆ" or "05 NGÀY LỊCH KỂ TỪ NGÀY NHẬN ĐỦ HỒ SƠ HỢP LỆ"; read as calendar days the steps exceed it, read as working days they do not',
      vi: '"05 NGÀY KỂ TỪ NGÀY NHẬN ĐỦ HỒ SƠ HỢP LỆ" có thể là 5 ngày làm việc (cán bộ thường ghi thời hạn theo nghĩa này) hoặc 5 ngày lịch (cách hiểu theo luật, procmap đang dùng): hãy đối chiếu văn bản quy định rồi ghi "05 NGÀY LÀM VIỆC KỂ TỪ NGÀY NHẬN ĐỦ HỒ SƠ HỢP LỆ" hoặc "05 NGÀY LỊCH KỂ TỪ NGÀY NHẬN ĐỦ HỒ SƠ HỢP LỆ"; hiểu là ngày lịch thì các bước vượt thời hạn, hiểu là ngày làm việc thì không vượt',
    },
    {
      line: 17,
      column: 15,
      message:
        '"2 NGAY" can mean 2 working days (the usual meaning in step tables) or 2 calendar days (the meaning in law, which procmap uses until told): write "2 NGÀY LÀM VIỆC" or "2 NGÀY LỊCH"',
    },
  ],
  // Days glossed as whole days of 24 hours: the working form carries the working hours, not "03 ngày làm việc (72 giờ)",
  // which bracketed-hours refuses as contradicting itself.
  'invalid-clock-gloss.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"03 ngày (72 giờ)" can mean 3 working days (what officers often mean by a limit) or 3 calendar days (the meaning in law, which procmap uses until told): check the legal text and write "03 ngày làm việc (24 giờ)" or "03 ngày lịch (72 giờ)"; read as calendar days the steps exceed it, read as working days they do not',
      vi: '"03 ngày (72 giờ)" có thể là 3 ngày làm việc (cán bộ thường ghi thời hạn theo nghĩa này) hoặc 3 ngày lịch (cách hiểu theo luật, procmap đang dùng): hãy đối chiếu văn bản quy định rồi ghi "03 ngày làm việc (24 giờ)" hoặc "03 ngày lịch (72 giờ)"; hiểu là ngày lịch thì các bước vượt thời hạn, hiểu là ngày làm việc thì không vượt',
    },
  ],
  'invalid-bare.yaml': [
    {
      line: 5,
      column: 13,
      message:
        '"05 ngày kể từ ngày nhận đủ hồ sơ hợp lệ" can mean 5 working days (what officers often mean by a limit) or 5 calendar days (the meaning in law, which procmap uses until told): check the legal text and write "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" or "05 ngày lịch kể từ ngày nhận đủ hồ sơ hợp lệ"; read as calendar days the steps exceed it, read as working days they do not',
      vi: '"05 ngày kể từ ngày nhận đủ hồ sơ hợp lệ" có thể là 5 ngày làm việc (cán bộ thường ghi thời hạn theo nghĩa này) hoặc 5 ngày lịch (cách hiểu theo luật, procmap đang dùng): hãy đối chiếu văn bản quy định rồi ghi "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" hoặc "05 ngày lịch kể từ ngày nhận đủ hồ sơ hợp lệ"; hiểu là ngày lịch thì các bước vượt thời hạn, hiểu là ngày làm việc thì không vượt',
    },
    {
      line: 17,
      column: 15,
      message:
        '"2 days" can mean 2 working days (the usual meaning in step tables) or 2 calendar days (the meaning in law, which procmap uses until told): write "2 working days" or "2 calendar days"',
    },
  ],
  // One day is "1 working day", never "1 working days". Under a limit in working days, a step's bare days are counted
  // in the limit's unit, and the message says so (officers' draft e01 was an error built on calendar days).
  'invalid-one-day.yaml': [
    {
      line: 17,
      column: 15,
      message:
        '"1 ngày" can mean 1 working day (the unit of the procedure\'s limit, which procmap uses until told) or 1 calendar day (the meaning in law): write "1 ngày làm việc" or "1 ngày lịch"',
      vi: '"1 ngày" có thể là 1 ngày làm việc (đơn vị của thời hạn giải quyết, procmap đang dùng) hoặc 1 ngày lịch (cách hiểu theo luật): hãy ghi "1 ngày làm việc" hoặc "1 ngày lịch"',
    },
  ],
  // A bare "ngày" with a fraction is counted as working days (half a calendar day means little), and asked all the
  // same; a step's half day is left to the limit's unit.
  'invalid-fraction.yaml': [
    {
      line: 6,
      column: 13,
      message:
        '"1,5 ngày" does not say whether its days are working days or calendar days; a part of a calendar day means little in law, so procmap counts 1.5 working days, the likely reading: check the legal text and write "1,5 ngày làm việc"',
      vi: '"1,5 ngày" không ghi rõ ngày làm việc hay ngày lịch; một phần ngày lịch ít có nghĩa theo luật nên procmap tính 1,5 ngày làm việc, cách hiểu nhiều khả năng đúng: hãy đối chiếu văn bản quy định rồi ghi "1,5 ngày làm việc"',
    },
    {
      line: 12,
      column: 17,
      message:
        '"0,5 ngày" does not say whether its days are working days or calendar days; a part of a calendar day means little in law, so procmap counts 0.5 working days, the likely reading: check the legal text and write "0,5 ngày làm việc"',
      vi: '"0,5 ngày" không ghi rõ ngày làm việc hay ngày lịch; một phần ngày lịch ít có nghĩa theo luật nên procmap tính 0,5 ngày làm việc, cách hiểu nhiều khả năng đúng: hãy đối chiếu văn bản quy định rồi ghi "0,5 ngày làm việc"',
    },
  ],
  // The days of another case after the limit's own, which document and citizen page print as written.
  'invalid-case.yaml': [
    {
      line: 6,
      column: 13,
      message:
        '"05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày" gives another case "10 ngày", which can mean 10 working days (the usual meaning in step tables) or 10 calendar days (the meaning in law): write "05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày làm việc" or "05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày lịch"',
      vi: '"05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày" ghi cho trường hợp khác "10 ngày", có thể là 10 ngày làm việc (cách hiểu thường gặp ở các bước) hoặc 10 ngày lịch (cách hiểu theo luật): hãy ghi "05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày làm việc" hoặc "05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày lịch"',
    },
  ],
  // Days a remark leaves out of the limit (a posting period) are no other case: the message says what they are.
  'invalid-excluded.yaml': [
    {
      line: 7,
      column: 13,
      message:
        '"05 ngày làm việc (không kể thời gian niêm yết công khai 15 ngày)" leaves "15 ngày" out of the limit, which can mean 15 working days (the usual meaning in step tables) or 15 calendar days (the meaning in law): write "05 ngày làm việc (không kể thời gian niêm yết công khai 15 ngày làm việc)" or "05 ngày làm việc (không kể thời gian niêm yết công khai 15 ngày lịch)"',
      vi: '"05 ngày làm việc (không kể thời gian niêm yết công khai 15 ngày)" ghi thời gian không tính vào thời hạn "15 ngày", có thể là 15 ngày làm việc (cách hiểu thường gặp ở các bước) hoặc 15 ngày lịch (cách hiểu theo luật): hãy ghi "05 ngày làm việc (không kể thời gian niêm yết công khai 15 ngày làm việc)" hoặc "05 ngày làm việc (không kể thời gian niêm yết công khai 15 ngày lịch)"',
    },
  ],
  // Days added to a limit in working days: both readings in words, and no fix (fixesOf below).
  'invalid-extension.yaml': [
    {
      line: 8,
      column: 13,
      message:
        '"Không quá 10 ngày làm việc; đối với các xã miền núi, hải đảo thì thời gian thực hiện được tăng thêm 10 ngày" gives another case "10 ngày" more, which can mean 10 working days, in the unit of the limit it extends (20 working days in all), or 10 calendar days after that limit (the meaning of "ngày" in law): check the legal text and write "Không quá 10 ngày làm việc; đối với các xã miền núi, hải đảo thì thời gian thực hiện được tăng thêm 10 ngày làm việc" or "Không quá 10 ngày làm việc; đối với các xã miền núi, hải đảo thì thời gian thực hiện được tăng thêm 10 ngày lịch"; --fix does not choose for you',
      vi: '"Không quá 10 ngày làm việc; đối với các xã miền núi, hải đảo thì thời gian thực hiện được tăng thêm 10 ngày" cho trường hợp khác tăng thêm "10 ngày", có thể là 10 ngày làm việc, cùng đơn vị với thời hạn được tăng (tổng 20 ngày làm việc), hoặc 10 ngày lịch sau thời hạn đó (cách hiểu theo luật của chữ "ngày"): hãy đối chiếu văn bản quy định rồi ghi "Không quá 10 ngày làm việc; đối với các xã miền núi, hải đảo thì thời gian thực hiện được tăng thêm 10 ngày làm việc" hoặc "Không quá 10 ngày làm việc; đối với các xã miền núi, hải đảo thì thời gian thực hiện được tăng thêm 10 ngày lịch"; --fix không tự chọn thay',
    },
  ],
  // The shares of the limit by agency ("trong đó"): parts of a total in working days, never "another case", and every
  // bare share asked about at once, in the total's unit (officers' draft d48).
  'invalid-breakdown.yaml': [
    {
      line: 7,
      column: 13,
      message:
        '"15 ngày làm việc (trong đó: UBND xã 05 ngày; Phòng TN&MT 10 ngày)" gives each agency\'s share of the limit: "05 ngày", "10 ngày" are parts of a total in working days, so they are working days too: write "15 ngày làm việc (trong đó: UBND xã 05 ngày làm việc; Phòng TN&MT 10 ngày làm việc)"',
      vi: '"15 ngày làm việc (trong đó: UBND xã 05 ngày; Phòng TN&MT 10 ngày)" ghi phần thời gian của từng cơ quan trong thời hạn: "05 ngày", "10 ngày" là phần của tổng thời hạn tính bằng ngày làm việc nên cũng là ngày làm việc: hãy ghi "15 ngày làm việc (trong đó: UBND xã 05 ngày làm việc; Phòng TN&MT 10 ngày làm việc)"',
    },
  ],
  // The breakdown after the words that say when the limit starts, as the national record writes it: still the limit's
  // shares, never "another case" whose fix wrote "01 ngày lịch" inside a total in working days.
  'invalid-breakdown-counted-from.yaml': [
    {
      line: 7,
      column: 13,
      message:
        '"02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (UBND xã: 01 ngày; Phòng Tư pháp: 01 ngày)" gives each agency\'s share of the limit: "01 ngày", "01 ngày" are parts of a total in working days, so they are working days too: write "02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (UBND xã: 01 ngày làm việc; Phòng Tư pháp: 01 ngày làm việc)"',
    },
  ],
  // After a comma, with commas between the shares: the second share is not swallowed by the first's clause.
  'invalid-breakdown-comma.yaml': [
    {
      line: 7,
      column: 13,
      message:
        '"15 ngày làm việc, trong đó UBND xã 05 ngày, Phòng TN&MT 10 ngày" gives each agency\'s share of the limit: "05 ngày", "10 ngày" are parts of a total in working days, so they are working days too: write "15 ngày làm việc, trong đó UBND xã 05 ngày làm việc, Phòng TN&MT 10 ngày làm việc"',
    },
  ],
});

describe('ambiguous-days fixes', () => {
  it('makes only the unit explicit, keeping the number and the legal tail as written', () => {
    expect(explicitDays('02 ngày', 'working')).toBe('02 ngày làm việc');
    expect(explicitDays('Không quá 15 Ngày kể từ ngày nhận', 'calendar')).toBe(
      'Không quá 15 Ngày lịch kể từ ngày nhận',
    );
    expect(explicitDays('3 days', 'calendar')).toBe('3 calendar days');
    // In capitals, as a heading row writes it: "5 NGÀY lịch" read as a slip.
    expect(explicitDays('05 NGÀY', 'calendar')).toBe('05 NGÀY LỊCH');
    expect(explicitDays('05 NGAY', 'working')).toBe('05 NGÀY LÀM VIỆC');
    expect(explicitDays('3 DAYS', 'working')).toBe('3 WORKING DAYS');
    // Typed without accents: the unit is written with them.
    expect(explicitDays('15 ngay ke tu ngay nhan', 'working')).toBe('15 ngày làm việc ke tu ngay nhan');
    // The number in words, after the digits or alone, as laws write it.
    expect(explicitDays('05 (năm) ngày', 'working')).toBe('05 (năm) ngày làm việc');
    expect(explicitDays('trong thời hạn ba mươi ngày, kể từ ngày nhận', 'calendar')).toBe(
      'trong thời hạn ba mươi ngày lịch, kể từ ngày nhận',
    );
  });

  const fixesOf = (text: string, fix?: string) =>
    lint([loadFile('a.yaml', Buffer.from(text))], {
      rules: [RULES_BY_ID.get('ambiguous-days')!],
      settingsFor: () =>
        new Map([['ambiguous-days', { severity: 'warning' as const, options: fix === undefined ? {} : { fix } }]]),
    }).diagnostics.map((d) => d.fix);

  it("writes a step's duration as the calendar days procmap counted, or in the reading the option chooses; a limit in the law's", () => {
    const text =
      'id: QT-X\ntitle: T\nrevision: 1\neffective: 2026-01-01\ntime_limit: 10 ngày\nchannels:\n  - { kind: online, time_limit: 8 ngày }\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 2 ngày }\n';
    const limits = [
      { path: ['time_limit'], value: '10 ngày lịch' },
      { path: ['channels', 0, 'time_limit'], value: '8 ngày lịch' },
    ];
    // By default a fix keeps the meaning the totals already used: working days would move the step's end unseen.
    expect(fixesOf(text)).toEqual([...limits, { path: ['steps', 0, 'duration'], value: '2 ngày lịch' }]);
    expect(fixesOf(text, 'calendar')).toEqual([...limits, { path: ['steps', 0, 'duration'], value: '2 ngày lịch' }]);
    // Working days only where the catalog's configuration says its bare days mean them.
    expect(fixesOf(text, 'working')).toEqual([...limits, { path: ['steps', 0, 'duration'], value: '2 ngày làm việc' }]);
  });

  it("writes a limit's bare half days as the working days procmap counted, since there are no half calendar days", () => {
    const text =
      'id: QT-X\ntitle: T\nrevision: 1\neffective: 2026-01-01\ntime_limit: "1,5 ngày"\nchannels:\n  - { kind: online, time_limit: "0,5 ngày" }\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 2h }\n';
    expect(fixesOf(text)).toEqual([
      { path: ['time_limit'], value: '1,5 ngày làm việc' },
      { path: ['channels', 0, 'time_limit'], value: '0,5 ngày làm việc' },
    ]);
  });

  it('asks about a limit\'s half day in words ("nửa ngày", "1/2 ngày") as about "0,5 ngày"; a step\'s is not asked', () => {
    // "½ ngày" and "0,5 ngày" were asked while "nửa ngày" and "1/2 ngày", the same half day, were not.
    const text =
      'id: QT-X\ntitle: T\nrevision: 1\neffective: 2026-01-01\ntime_limit: nửa ngày\nchannels:\n  - { kind: online, time_limit: 1/2 ngày }\n  - { kind: postal, time_limit: Trong 1/2 ngày }\n  - { kind: in_person, time_limit: nửa ngày làm việc }\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: nửa ngày }\n  - { id: b, name: b, body: A, duration: 1/2 ngày }\n';
    expect(fixesOf(text)).toEqual([
      { path: ['time_limit'], value: 'nửa ngày làm việc' },
      { path: ['channels', 0, 'time_limit'], value: '1/2 ngày làm việc' },
      { path: ['channels', 1, 'time_limit'], value: 'Trong 1/2 ngày làm việc' },
    ]);
  });

  it("writes another case's days in the law's reading too, once the limit's own say which they are", () => {
    const text = (limit: string) =>
      `id: QT-X\ntitle: T\nrevision: 1\neffective: 2026-01-01\ntime_limit: "${limit}"\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 2h }\n`;
    expect(fixesOf(text('5d (trường hợp phải xác minh thì không quá 10 ngày)'))).toEqual([
      { path: ['time_limit'], value: '5d (trường hợp phải xác minh thì không quá 10 ngày lịch)' },
    ]);
    // A bare limit with a bare case: the fix settles both, never leaving "10 ngày" for a next warning (10-ly-lich-tu-phap).
    expect(fixesOf(text('05 ngày; trường hợp phải xác minh thì không quá 10 ngày'))).toEqual([
      { path: ['time_limit'], value: '05 ngày lịch; trường hợp phải xác minh thì không quá 10 ngày lịch' },
    ]);
  });

  it('never writes calendar days into time added to a limit in working days, nor chooses for the officer', () => {
    const text = (limit: string) =>
      `id: QT-X\ntitle: T\nrevision: 1\neffective: 2026-01-01\ntime_limit: "${limit}"\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 2h }\n`;
    for (const added of ['được tăng thêm 10 ngày', 'được cộng thêm 10 ngày', 'kéo dài thêm không quá 10 ngày'])
      expect(fixesOf(text(`Không quá 10 ngày làm việc; đối với các xã miền núi thì thời gian ${added}`))).toEqual([
        undefined,
      ]);
    // Added to calendar days, the word and the limit agree: calendar days, as for any other case.
    expect(fixesOf(text('15 ngày lịch; đối với các xã miền núi thì được tăng thêm 10 ngày'))).toEqual([
      { path: ['time_limit'], value: '15 ngày lịch; đối với các xã miền núi thì được tăng thêm 10 ngày lịch' },
    ]);
  });

  it("writes a breakdown's bare shares in the unit of the total they break down, all at once", () => {
    const text = (limit: string) =>
      `id: QT-X\ntitle: T\nrevision: 1\neffective: 2026-01-01\ntime_limit: "${limit}"\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 2h }\n`;
    // Never calendar days inside a working-day total (d48's fix wrote "05 ngày lịch" there).
    expect(fixesOf(text('15 ngày làm việc (trong đó: UBND xã 05 ngày; Phòng TN&MT 10 ngày)'))).toEqual([
      {
        path: ['time_limit'],
        value: '15 ngày làm việc (trong đó: UBND xã 05 ngày làm việc; Phòng TN&MT 10 ngày làm việc)',
      },
    ]);
    // Shares named by agency alone, as procmap writes a liên thông total, are a breakdown too.
    expect(fixesOf(text('10 ngày lịch (UBND cấp xã: 03 ngày; Sở Tư pháp: 07 ngày)'))).toEqual([
      { path: ['time_limit'], value: '10 ngày lịch (UBND cấp xã: 03 ngày lịch; Sở Tư pháp: 07 ngày lịch)' },
    ]);
    // After the words that say when the limit starts, before or after them: the shares are the total's all the same.
    expect(fixesOf(text('02 ngày làm việc kể từ ngày nhận đủ hồ sơ (UBND xã: 01 ngày; Sở: 01 ngày)'))).toEqual([
      {
        path: ['time_limit'],
        value: '02 ngày làm việc kể từ ngày nhận đủ hồ sơ (UBND xã: 01 ngày làm việc; Sở: 01 ngày làm việc)',
      },
    ]);
    expect(fixesOf(text('02 ngày làm việc (UBND xã: 01 ngày; Sở: 01 ngày) kể từ ngày nhận đủ hồ sơ'))).toEqual([
      {
        path: ['time_limit'],
        value: '02 ngày làm việc (UBND xã: 01 ngày làm việc; Sở: 01 ngày làm việc) kể từ ngày nhận đủ hồ sơ',
      },
    ]);
    // A bare total and its bare shares: one reading for all of them.
    expect(fixesOf(text('15 ngày (trong đó: UBND xã 05 ngày; Phòng TN&MT 10 ngày)'))).toEqual([
      { path: ['time_limit'], value: '15 ngày lịch (trong đó: UBND xã 05 ngày lịch; Phòng TN&MT 10 ngày lịch)' },
    ]);
  });

  it("writes a step's bare days under a working-day limit as the working days procmap counted, whatever the option", () => {
    const text =
      'id: QT-X\ntitle: T\nrevision: 1\neffective: 2026-01-01\ntime_limit: 05 ngày làm việc\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 3 ngày }\n';
    const working = [{ path: ['steps', 0, 'duration'], value: '3 ngày làm việc' }];
    expect(fixesOf(text)).toEqual(working);
    expect(fixesOf(text, 'calendar')).toEqual(working);
  });

  it('asks about a channel written by name and limit, with no fix, which could not reach it', () => {
    const text =
      'id: QT-X\ntitle: T\nrevision: 1\neffective: 2026-01-01\ntime_limit: 10d\nchannels:\n  - Trực tuyến: 8 ngày\nbodies: { A: { name: A } }\nsteps:\n  - { id: a, name: a, body: A, duration: 4h }\n';
    expect(fixesOf(text)).toEqual([undefined]);
  });
});
