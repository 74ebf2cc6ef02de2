import { describe, expect, it } from 'vitest';
import { limitReading, refusal } from '../helpers/limit-text.js';
import { durationProblemText, readDuration } from '../../src/model/duration.js';

const read = limitReading;
const say = (text: string, lang: 'en' | 'vi' = 'en') => refusal(text, lang);

const STAGES = 'UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc';

describe('a liên thông limit given per agency', () => {
  it('is the total of the agencies one dossier passes through, however each is written', () => {
    const stages = STAGES;
    for (const text of [
      STAGES,
      '03 ngày làm việc (UBND cấp xã); 07 ngày làm việc (Sở Tư pháp)',
      'Tại UBND cấp xã: 03 ngày làm việc, tại Sở Tư pháp: 07 ngày làm việc',
    ])
      expect(read(text), text).toMatchObject({ code: 'perStage', total: '10 ngày làm việc' });
    expect(say(STAGES)).toBe(
      `"${STAGES}" gives the time of each agency that handles the dossier in turn (liên thông); the applicant's limit is their total: write time_limit: "10 ngày làm việc (${stages})"`,
    );
    expect(say(STAGES, 'vi')).toBe(
      `"${STAGES}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ; thời hạn trả kết quả cho người nộp là tổng các thời gian đó: hãy ghi time_limit: "10 ngày làm việc (${stages})"`,
    );
    // What it says to write is a limit procmap reads: the total, each agency's time its note.
    expect(read(`10 ngày làm việc (${stages})`)).toEqual({ value: 10, unit: 'd', note: `(${stages})` });
  });

  it('adds up shares in any one unit, keeping a bare "ngày" or "giờ" bare for the ambiguous-days and -hours rules', () => {
    const totals: [string, string][] = [
      ['Bộ phận Một cửa: 0,5 ngày làm việc; Phòng Tư pháp: 2 ngày làm việc', '2,5 ngày làm việc'],
      ['Chi cục Thuế: 15 ngày lịch; Văn phòng đăng ký đất đai: 5 ngày lịch', '20 ngày lịch'],
      ['Bộ phận Một cửa: 4 giờ làm việc; Phòng Kinh tế: 12 giờ làm việc', '16 giờ làm việc'],
      ['Sở Tài chính: 1 tháng; Bộ Tài chính: 2 tháng', '3 tháng'],
      ['UBND cấp xã: 03 ngày; Sở Tư pháp: 07 ngày', '10 ngày'],
      ['Bộ phận Một cửa: 4 giờ; Phòng Kinh tế: 12 giờ', '16 giờ'],
      ['Bộ phận Một cửa: 30 phút; Phòng Kinh tế: 2 giờ làm việc', '2,5 giờ làm việc'],
      // A level alone beside an agency is that level's authority: the dossier passes from one to the other.
      ['Cấp xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc', '10 ngày làm việc'],
      [
        'UBND cấp xã: 03 ngày làm việc; UBND cấp huyện: 05 ngày làm việc; Sở Nội vụ: 07 ngày làm việc',
        '15 ngày làm việc',
      ],
    ];
    for (const [text, total] of totals) expect(read(text), text).toMatchObject({ code: 'perStage', total });
  });

  it('asks for the total when the shares are in units that cannot be added up', () => {
    const text = 'UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 15 ngày lịch';
    expect(read(text)).toEqual({ code: 'perStageUnits', stages: text });
    expect(say(text)).toBe(
      `"${text}" gives the time of each agency that handles the dossier in turn (liên thông), in units that cannot be added up: write the total time the applicant is promised, with each agency's time in brackets, e.g. time_limit: "… ngày làm việc (${text})"`,
    );
    expect(say(text, 'vi')).toBe(
      `"${text}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ bằng các đơn vị không cộng được với nhau: hãy ghi tổng thời hạn trả kết quả cho người nộp, kèm thời gian của từng cơ quan trong ngoặc, ví dụ time_limit: "… ngày làm việc (${text})"`,
    );
    for (const mixed of [
      'UBND cấp xã: trong ngày; Sở Tư pháp: 07 ngày làm việc',
      'Sở Tài chính: 1 năm; Bộ Tài chính: 6 tháng',
      // A total of hours that is no hundredth of an hour would be rounded.
      'Bộ phận Một cửa: 20 phút; Phòng Kinh tế: 1 giờ làm việc',
    ])
      expect(read(mixed), mixed).toMatchObject({ code: 'perStageUnits' });
  });

  it("adds working hours to working days in the calendar's working day, and calendar days still not", () => {
    const text = 'UBND cấp xã: 4 giờ làm việc; Sở Tư pháp: 07 ngày làm việc';
    expect(read(text)).toEqual({ code: 'perStageHours', days: 7, hours: 4, bare: false, stages: text });
    expect(say(text)).toBe(
      `"${text}" gives the time of each agency that handles the dossier in turn (liên thông), in working days and working hours; the applicant's limit is their total, in working days, a working day being 8 working hours: write time_limit: "7,5 ngày làm việc (${text})"`,
    );
    // A working day of 7.5 hours (the catalog's office hours): 56.5 hours, which no hundredth of a day holds.
    const reading = readDuration(text);
    if (reading.ok) throw new Error('reads');
    expect(durationProblemText(text, reading.problem, 'vi', 7.5)).toContain(
      `tính bằng giờ làm việc vì một ngày làm việc có 7,5 giờ làm việc: hãy ghi time_limit: "56,5 giờ làm việc (${text})"`,
    );
    expect(durationProblemText(text, reading.problem, 'vi', 7.5)).not.toContain('ngày làm việc (UBND');
    // What it says to write reads back, the shares its note.
    expect(read(`60 giờ làm việc (${text})`)).toEqual({ value: 60, unit: 'h', note: `(${text})` });
    // A whole day of hours beside days: the total in days, as the law gives the dossier's time.
    const whole = 'UBND cấp xã: 08 giờ làm việc; Sở Tư pháp: 03 ngày làm việc';
    expect(say(whole, 'vi')).toContain(`hãy ghi time_limit: "4 ngày làm việc (${whole})"`);
    expect(say(whole, 'vi')).not.toContain('32 giờ');
    expect(read(`4 ngày làm việc (${whole})`)).toEqual({ value: 4, unit: 'd', note: `(${whole})` });
    // Bare hours keep the total bare, for ambiguous-hours to ask.
    expect(read('Bộ phận Một cửa: 4 giờ; Phòng Kinh tế: 2 ngày làm việc')).toMatchObject({ bare: true });
    for (const mixed of [
      'UBND cấp xã: 4 giờ làm việc; Sở Tư pháp: 15 ngày lịch',
      'UBND cấp xã: 4 giờ làm việc; Sở Tư pháp: 07 ngày',
      'Bộ phận Một cửa: 20 phút; Phòng Kinh tế: 1 ngày làm việc',
    ])
      expect(read(mixed), mixed).toMatchObject({ code: 'perStageUnits' });
  });

  it('reads the shares a line each, or each agency before its time with no colon', () => {
    for (const text of [
      'UBND cấp xã: 03 ngày làm việc\nSở Tư pháp: 07 ngày làm việc\n',
      '- UBND cấp xã: 03 ngày làm việc\n- Sở Tư pháp: 07 ngày làm việc',
      'UBND cấp xã 03 ngày làm việc, Sở Tư pháp 07 ngày làm việc',
      'UBND cấp xã 03 ngày làm việc\nSở Tư pháp 07 ngày làm việc',
    ])
      expect(read(text), text).toMatchObject({ code: 'perStage', total: '10 ngày làm việc', stages: STAGES });
    // Units that do not add up still ask for the total, a line each too.
    const mixed = 'UBND cấp xã 03 ngày làm việc\nSở Tư pháp 07 ngày lịch';
    expect(read(mixed)).toEqual({
      code: 'perStageUnits',
      stages: 'UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày lịch',
    });
    // The levels alone stay cases; words before a limit that name no agency are no case ("Không quá").
    expect(read('cấp xã 03 ngày làm việc; cấp tỉnh 07 ngày làm việc')).toMatchObject({ code: 'perCase' });
    expect(read('Không quá 05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày làm việc')).toMatchObject({
      value: 5,
      unit: 'd',
    });
    // A case folded over two lines is one text, not two cases.
    expect(
      read(
        '03 ngày làm việc đối với trường hợp\nkhông phải xác minh; 10 ngày làm việc đối với trường hợp phải xác minh',
      ),
    ).toMatchObject({ code: 'perCase' });
  });

  it('reads each time written before its agency, after "tại", "ở" or "do", joined by "và", ";" or ","', () => {
    const hours = 'UBND xã: 08 giờ làm việc; Sở Tư pháp: 03 ngày làm việc';
    for (const text of [
      '08 giờ làm việc tại UBND xã và 03 ngày làm việc tại Sở Tư pháp',
      '08 giờ làm việc tại UBND xã; 03 ngày làm việc tại Sở Tư pháp',
      '08 giờ làm việc tại UBND xã, 03 ngày làm việc tại Sở Tư pháp',
      '08 giờ làm việc ở UBND xã; và 03 ngày làm việc ở Sở Tư pháp',
      '08 giờ làm việc do UBND xã giải quyết và 03 ngày làm việc do Sở Tư pháp giải quyết',
      '08 giờ làm việc tại UBND xã\n03 ngày làm việc tại Sở Tư pháp',
    ])
      expect(read(text), text).toEqual({ code: 'perStageHours', days: 3, hours: 8, bare: false, stages: hours });
    // The total in working days, as the shares written agency first.
    expect(say('08 giờ làm việc tại UBND xã và 03 ngày làm việc tại Sở Tư pháp', 'vi')).toContain(
      `hãy ghi time_limit: "4 ngày làm việc (${hours})"`,
    );
    expect(read('03 ngày làm việc tại UBND cấp xã và 07 ngày làm việc tại Sở Tư pháp')).toEqual({
      code: 'perStage',
      total: '10 ngày làm việc',
      stages: STAGES,
    });
    // A comma or "và" inside an agency's name splits nothing; the law's wrapper stays in the share.
    expect(read('03 ngày làm việc tại UBND xã, 05 ngày làm việc tại Sở Lao động, Thương binh và Xã hội')).toMatchObject(
      {
        code: 'perStage',
        total: '8 ngày làm việc',
        stages: 'UBND xã: 03 ngày làm việc; Sở Lao động, Thương binh và Xã hội: 05 ngày làm việc',
      },
    );
    expect(read('không quá 03 ngày làm việc tại UBND xã và không quá 07 ngày làm việc tại Sở Tư pháp')).toMatchObject({
      code: 'perStage',
      total: '10 ngày làm việc',
    });
    // Units that do not add up, and levels alone, keep their messages.
    expect(read('03 ngày làm việc tại UBND xã và 15 ngày lịch tại Sở Tư pháp')).toMatchObject({
      code: 'perStageUnits',
    });
    expect(read('03 ngày làm việc tại cấp xã và 07 ngày làm việc tại cấp tỉnh')).toMatchObject({ code: 'perCase' });
    // "do" before a reason is no agency; a place the time is counted from is none either.
    expect(read('03 ngày làm việc do hồ sơ phải xác minh và 07 ngày làm việc tại Sở Tư pháp')).toMatchObject({
      code: 'unknown',
    });
  });

  it('leaves labels that are or could be cases to the per-case advice', () => {
    for (const text of [
      'Cấp mới: 05 ngày làm việc; cấp lại: 03 ngày làm việc',
      // The levels alone, or one agency at several levels, may be where the procedure is handled: each a case.
      'Cấp tỉnh: 15 ngày làm việc; cấp huyện: 10 ngày làm việc',
      'UBND cấp tỉnh: 15 ngày làm việc; UBND cấp huyện: 10 ngày làm việc',
      // An agency named in a case, or with a case, or twice.
      'Trường hợp UBND cấp xã giải quyết: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc',
      '03 ngày làm việc đối với hồ sơ tại UBND cấp xã; 07 ngày làm việc đối với hồ sơ tại Sở Tư pháp',
      'Sở Tư pháp: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc; Công an tỉnh: 05 ngày làm việc',
      // "bộ hồ sơ" is no ministry.
      'bộ hồ sơ đầy đủ: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc',
    ])
      expect(read(text), text).toMatchObject({ code: 'perCase' });
  });
});

describe('a liên thông limit written time first, in the forms officers copy', () => {
  it('keeps each share whole with its "kể từ …" clause, and adds every share: 3 + 7 is 10 working days', () => {
    const text =
      '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ tại UBND xã và 07 ngày làm việc kể từ ngày nhận hồ sơ tại Sở Tư pháp';
    expect(read(text)).toEqual({
      code: 'perStage',
      total: '10 ngày làm việc',
      stages:
        'UBND xã: 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; Sở Tư pháp: 07 ngày làm việc kể từ ngày nhận hồ sơ',
    });
    // The limit --fix writes reads back as those 10 days, each share with its clause.
    expect(
      read(
        '10 ngày làm việc (UBND xã: 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; Sở Tư pháp: 07 ngày làm việc kể từ ngày nhận hồ sơ)',
      ),
    ).toMatchObject({ value: 10, unit: 'd' });
    // One time alone keeps its clause whole: there "tại UBND xã" is where counting starts.
    expect(read('05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ tại UBND xã')).toEqual({
      value: 5,
      unit: 'd',
      note: 'kể từ ngày nhận đủ hồ sơ hợp lệ tại UBND xã',
    });
  });

  it('refuses a second time after a "kể từ …" clause it cannot give an agency, never reading the first alone', () => {
    for (const [text, first, other] of [
      [
        '03 ngày làm việc kể từ ngày nhận hồ sơ và 07 ngày làm việc kể từ ngày nhận hồ sơ tại Sở Tư pháp',
        '03 ngày làm việc kể từ ngày nhận hồ sơ',
        '07 ngày làm việc kể từ ngày nhận hồ sơ tại Sở Tư pháp',
      ],
      [
        '03 ngày làm việc kể từ ngày nhận hồ sơ, 07 ngày làm việc kể từ ngày Sở nhận hồ sơ',
        '03 ngày làm việc kể từ ngày nhận hồ sơ',
        '07 ngày làm việc kể từ ngày Sở nhận hồ sơ',
      ],
    ] as const)
      expect(read(text), text).toEqual({ code: 'tailTime', first, other });
    const text = '03 ngày làm việc kể từ ngày nhận hồ sơ và 07 ngày làm việc';
    expect(say(text)).toBe(
      `"${text}" gives two times, "03 ngày làm việc kể từ ngày nhận hồ sơ" and "07 ngày làm việc", and procmap cannot tell whether to add them or which one holds: if they are the times of the agencies that handle the dossier in turn (liên thông), write the total with each agency's time in brackets, e.g. "<total> (<agency>: 03 ngày làm việc kể từ ngày nhận hồ sơ; <agency>: 07 ngày làm việc)"; if the second is another case's limit, write "03 ngày làm việc kể từ ngày nhận hồ sơ; trường hợp <…> thì 07 ngày làm việc"`,
    );
    expect(say(text, 'vi')).toBe(
      `"${text}" ghi hai thời gian, "03 ngày làm việc kể từ ngày nhận hồ sơ" và "07 ngày làm việc", procmap không biết phải cộng lại hay chỉ áp dụng một thời gian: nếu đó là thời gian của từng cơ quan giải quyết liên thông hồ sơ, hãy ghi tổng thời hạn, kèm thời gian của từng cơ quan trong ngoặc, ví dụ "<tổng thời hạn> (<cơ quan>: 03 ngày làm việc kể từ ngày nhận hồ sơ; <cơ quan>: 07 ngày làm việc)"; nếu thời gian sau là thời hạn của một trường hợp khác, hãy ghi "03 ngày làm việc kể từ ngày nhận hồ sơ; trường hợp <…> thì 07 ngày làm việc"`,
    );
    // Another case's limit after the clause stays the general limit's exception, as before.
    expect(
      read('05 ngày làm việc kể từ ngày nhận đủ hồ sơ, 10 ngày làm việc đối với trường hợp phải xác minh'),
    ).toMatchObject({ value: 5, unit: 'd' });
  });

  it('reads one time with its agency as the limit, the agency its share', () => {
    for (const [text, total, stages] of [
      ['03 ngày làm việc tại UBND xã', '3 ngày làm việc', 'UBND xã: 03 ngày làm việc'],
      ['Không quá 03 ngày làm việc do UBND xã giải quyết', '3 ngày làm việc', 'UBND xã: không quá 03 ngày làm việc'],
      ['03 ngày tại UBND xã', '3 ngày', 'UBND xã: 03 ngày'],
      ['08 giờ làm việc tại Bộ phận Một cửa', '8 giờ làm việc', 'Bộ phận Một cửa: 08 giờ làm việc'],
    ] as const)
      expect(read(text), text).toEqual({ code: 'perStageOne', total, stages });
    expect(say('03 ngày làm việc tại UBND xã')).toBe(
      '"03 ngày làm việc tại UBND xã" gives the time of the agency that handles the dossier: write the limit with the agency as its share, as a limit per agency is written, time_limit: "3 ngày làm việc (UBND xã: 03 ngày làm việc)"',
    );
    expect(say('03 ngày làm việc tại UBND xã', 'vi')).toBe(
      '"03 ngày làm việc tại UBND xã" ghi thời gian của cơ quan giải quyết hồ sơ: hãy ghi thời hạn kèm cơ quan trong ngoặc, như thời hạn ghi theo từng cơ quan, time_limit: "3 ngày làm việc (UBND xã: 03 ngày làm việc)"',
    );
    // What --fix writes reads back, its one share a breakdown as several are (a bare share is in the total's unit).
    expect(read('3 ngày làm việc (UBND xã: 03 ngày làm việc)')).toMatchObject({ value: 3, unit: 'd' });
    // A level alone may be a case, and a place counting starts from is no share.
    expect(read('03 ngày làm việc tại cấp xã')).toMatchObject({ code: 'unknown' });
    expect(read('03 ngày làm việc kể từ ngày nhận hồ sơ tại UBND xã')).toMatchObject({ value: 3, unit: 'd' });
  });

  it('reads shares separated by a semicolon, or with their agencies in brackets', () => {
    expect(read('Không quá 05 ngày làm việc tại UBND cấp xã; 10 ngày làm việc tại Sở Tư pháp')).toEqual({
      code: 'perStage',
      total: '15 ngày làm việc',
      stages: 'UBND cấp xã: không quá 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc',
    });
    for (const text of [
      '03 ngày làm việc (UBND xã) và 07 ngày làm việc (Sở Tư pháp)',
      '03 ngày làm việc (UBND xã); 07 ngày làm việc (Sở Tư pháp)',
    ])
      expect(read(text), text).toEqual({
        code: 'perStage',
        total: '10 ngày làm việc',
        stages: 'UBND xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc',
      });
  });

  it('asks for the total of a same-day share beside days, which do not add up', () => {
    const text = 'Trong ngày tại Bộ phận một cửa và 03 ngày làm việc tại UBND xã';
    expect(read(text)).toEqual({
      code: 'perStageUnits',
      stages: 'Bộ phận một cửa: trong ngày; UBND xã: 03 ngày làm việc',
    });
  });

  it('refuses bare days beside working days, saying what to write for either reading, never guessing', () => {
    const text = '05 ngày tại UBND xã và 10 ngày làm việc tại Sở';
    expect(read(text)).toEqual({
      code: 'perStageBareDays',
      counts: ['05 ngày'],
      working: '15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở: 10 ngày làm việc)',
      calendar: 'UBND xã: 05 ngày lịch; Sở: 10 ngày làm việc',
    });
    expect(say(text)).toBe(
      `"${text}" gives the time of each agency that handles the dossier in turn (liên thông), and "05 ngày" does not say whether it is working days or calendar days, which cannot be added to working days: if it is working days, write time_limit: "15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở: 10 ngày làm việc)"; if it is calendar days, write the total time the applicant is promised as the law gives it, with each agency's time in brackets, e.g. time_limit: "<total> (UBND xã: 05 ngày lịch; Sở: 10 ngày làm việc)"`,
    );
    expect(say(text, 'vi')).toBe(
      `"${text}" ghi thời gian của từng cơ quan giải quyết liên thông hồ sơ, nhưng "05 ngày" không ghi rõ là ngày làm việc hay ngày lịch, mà ngày lịch không cộng được với ngày làm việc: nếu là ngày làm việc, hãy ghi time_limit: "15 ngày làm việc (UBND xã: 05 ngày làm việc; Sở: 10 ngày làm việc)"; nếu là ngày lịch, hãy ghi tổng thời hạn trả kết quả cho người nộp như văn bản quy định, kèm thời gian của từng cơ quan trong ngoặc, ví dụ time_limit: "<tổng thời hạn> (UBND xã: 05 ngày lịch; Sở: 10 ngày làm việc)"`,
    );
    expect(read('UBND cấp xã: 03 ngày; Sở Tư pháp: 07 ngày làm việc')).toMatchObject({ code: 'perStageBareDays' });
  });
});

describe('per-agency shares in three more forms the law writes', () => {
  it('reads the agency named before its "kể từ …" clause as who takes the share, the clause kept with it', () => {
    expect(read('10 ngày làm việc ở Sở Tư pháp kể từ ngày nhận đủ hồ sơ')).toEqual({
      code: 'perStageOne',
      total: '10 ngày làm việc',
      stages: 'Sở Tư pháp: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ',
    });
    expect(
      read(
        '03 ngày làm việc ở UBND xã kể từ ngày nhận đủ hồ sơ và 07 ngày làm việc tại Sở Tư pháp kể từ ngày nhận hồ sơ',
      ),
    ).toEqual({
      code: 'perStage',
      total: '10 ngày làm việc',
      stages: 'UBND xã: 03 ngày làm việc kể từ ngày nhận đủ hồ sơ; Sở Tư pháp: 07 ngày làm việc kể từ ngày nhận hồ sơ',
    });
    // A comma before the clause ends the name.
    expect(read('10 ngày làm việc ở Sở Tư pháp, kể từ ngày nhận đủ hồ sơ')).toMatchObject({
      stages: 'Sở Tư pháp: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ',
    });
    // What --fix writes reads back.
    expect(read('10 ngày làm việc (Sở Tư pháp: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ)')).toMatchObject({
      value: 10,
      unit: 'd',
    });
  });

  it('keeps a remark in brackets after the agency with its share, never dropped, and reads it back', () => {
    const stages = 'Bộ phận một cửa: 05 ngày làm việc (không kể thời gian niêm yết)';
    expect(read('05 ngày làm việc tại Bộ phận một cửa (không kể thời gian niêm yết)')).toEqual({
      code: 'perStageOne',
      total: '5 ngày làm việc',
      stages,
    });
    expect(read(`5 ngày làm việc (${stages})`)).toEqual({ value: 5, unit: 'd', note: `(${stages})` });
    expect(say('05 ngày làm việc tại Bộ phận một cửa (không kể thời gian niêm yết)', 'vi')).toBe(
      `"05 ngày làm việc tại Bộ phận một cửa (không kể thời gian niêm yết)" ghi thời gian của cơ quan giải quyết hồ sơ: hãy ghi thời hạn kèm cơ quan trong ngoặc, như thời hạn ghi theo từng cơ quan, time_limit: "5 ngày làm việc (${stages})". Ghi chú "(không kể thời gian niêm yết)" được giữ cùng thời gian của cơ quan đó: thời gian ghi chú loại ra không tính trong thời hạn, nên ngày hẹn trả procmap tính chưa gồm thời gian này`,
    );
    expect(
      read('03 ngày làm việc tại UBND xã (không kể thời gian niêm yết) và 07 ngày làm việc tại Sở Tư pháp'),
    ).toEqual({
      code: 'perStage',
      total: '10 ngày làm việc',
      stages: 'UBND xã: 03 ngày làm việc (không kể thời gian niêm yết); Sở Tư pháp: 07 ngày làm việc',
    });
    // A bracket that names a case is no remark among shares: shares each with a case may be the cases' limits.
    expect(read('03 ngày làm việc tại UBND xã (cấp mới) và 07 ngày làm việc tại Sở Tư pháp')).toEqual({
      code: 'unknown',
    });
  });

  it('reads shares, then another case, as the shares with that case kept as the exception', () => {
    const text =
      'Không quá 05 ngày làm việc tại UBND cấp xã; 10 ngày làm việc tại Sở Tư pháp; trường hợp phải xác minh thì thêm 05 ngày làm việc';
    expect(read(text)).toEqual({
      code: 'perStage',
      total: '15 ngày làm việc',
      stages: 'UBND cấp xã: không quá 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc',
      exception: 'trường hợp phải xác minh thì thêm 05 ngày làm việc',
    });
    expect(say(text)).toBe(
      `"${text}" gives the time of each agency that handles the dossier in turn (liên thông); the applicant's limit is their total: write time_limit: "15 ngày làm việc (UBND cấp xã: không quá 05 ngày làm việc; Sở Tư pháp: 10 ngày làm việc); trường hợp phải xác minh thì thêm 05 ngày làm việc"`,
    );
    // Shares that do not add up are asked for with the case kept after them.
    expect(
      say(
        'Trong ngày tại Bộ phận một cửa và 03 ngày làm việc tại UBND xã; trường hợp phải xác minh thì thêm 05 ngày làm việc',
      ),
    ).toContain(
      'e.g. time_limit: "… ngày làm việc (Bộ phận một cửa: trong ngày; UBND xã: 03 ngày làm việc); trường hợp phải xác minh thì thêm 05 ngày làm việc"',
    );
  });

  it('lower-cases the opening word of a share mid-sentence, never an abbreviation or an agency', () => {
    expect(read('Trong ngày tại Bộ phận một cửa')).toEqual({
      code: 'perStageOne',
      total: 'Trong ngày',
      stages: 'Bộ phận một cửa: trong ngày',
    });
    expect(read('UBND xã: Tối đa 03 ngày làm việc; Sở Tư pháp: Không quá 07 ngày làm việc')).toMatchObject({
      stages: 'UBND xã: tối đa 03 ngày làm việc; Sở Tư pháp: không quá 07 ngày làm việc',
    });
  });
});

describe("one agency's time for one case, and a remark before the agency", () => {
  it("reads one agency's time for one case as the limit, the case kept with the share as the law writes it", () => {
    const stages = 'UBND xã: 05 ngày làm việc (cấp mới)';
    for (const text of ['05 ngày làm việc tại UBND xã (cấp mới)', '05 ngày làm việc (cấp mới) tại UBND xã'])
      expect(read(text), text).toEqual({ code: 'perStageOne', total: '5 ngày làm việc', stages });
    expect(read('05 ngày làm việc tại UBND xã (trường hợp cấp mới)')).toMatchObject({
      stages: 'UBND xã: 05 ngày làm việc (trường hợp cấp mới)',
    });
    expect(say('05 ngày làm việc tại UBND xã (cấp mới)')).toBe(
      `"05 ngày làm việc tại UBND xã (cấp mới)" gives the time of the agency that handles the dossier: write the limit with the agency as its share, as a limit per agency is written, time_limit: "5 ngày làm việc (${stages})". The case "(cấp mới)" stays with the agency's time as the law writes it: the limit is that case's`,
    );
    // What --fix writes reads back, its case kept.
    expect(read(`5 ngày làm việc (${stages})`)).toEqual({ value: 5, unit: 'd', note: `(${stages})` });
    // Shares each with a case are the cases' limits, never added into one.
    for (const text of [
      '03 ngày làm việc tại UBND xã (cấp mới); 07 ngày làm việc tại Sở Tư pháp (cấp lại)',
      '05 ngày làm việc tại UBND xã (cấp mới); 03 ngày làm việc tại UBND xã (cấp lại)',
      '05 ngày làm việc (cấp mới) tại cấp xã',
    ])
      expect(read(text), text).toEqual({ code: 'unknown' });
    // A way of filing is the channels': no case, and asked about rather than kept (stageChannel).
    for (const text of ['05 ngày làm việc tại UBND xã (trực tuyến)', '05 ngày làm việc (nộp trực tuyến) tại UBND xã'])
      expect(read(text), text).toEqual({
        code: 'stageChannel',
        kind: 'online',
        way: text.includes('nộp') ? '(nộp trực tuyến)' : '(trực tuyến)',
        limit: '5 ngày làm việc (UBND xã: 05 ngày làm việc)',
      });
    expect(read('05 ngày làm việc tại UBND xã (nộp trực tiếp)')).toMatchObject({
      code: 'stageChannel',
      kind: 'in_person',
    });
  });

  it('keeps a remark in brackets before the agency with its share, as one after it is', () => {
    const stages = 'Bộ phận một cửa: 05 ngày làm việc (không kể thời gian niêm yết)';
    expect(read('05 ngày làm việc (không kể thời gian niêm yết) tại Bộ phận một cửa')).toEqual({
      code: 'perStageOne',
      total: '5 ngày làm việc',
      stages,
    });
    expect(say('05 ngày làm việc (không kể thời gian niêm yết) tại Bộ phận một cửa')).toBe(
      `"05 ngày làm việc (không kể thời gian niêm yết) tại Bộ phận một cửa" gives the time of the agency that handles the dossier: write the limit with the agency as its share, as a limit per agency is written, time_limit: "5 ngày làm việc (${stages})". The remark "(không kể thời gian niêm yết)" stays with its agency's time: the time it leaves out is no part of the limit, so the appointment procmap counts does not include it`,
    );
    expect(
      read('03 ngày làm việc (không kể thời gian niêm yết) tại UBND xã và 07 ngày làm việc tại Sở Tư pháp'),
    ).toEqual({
      code: 'perStage',
      total: '10 ngày làm việc',
      stages: 'UBND xã: 03 ngày làm việc (không kể thời gian niêm yết); Sở Tư pháp: 07 ngày làm việc',
    });
    // The remark is quoted as typed, whatever signs it holds.
    expect(say('05 ngày làm việc (không kể $& niêm yết) tại UBND xã')).toContain(
      'The remark "(không kể $& niêm yết)" stays with',
    );
    expect(say('05 ngày làm việc tại UBND xã (cấp mới $&)')).toContain('The case "(cấp mới $&)" stays with');
    // After a "kể từ …" clause, the agency is where the time starts, whoever takes it.
    expect(read('03 ngày làm việc kể từ ngày nhận hồ sơ (bản giấy) tại UBND xã')).toMatchObject({
      value: 3,
      unit: 'd',
    });
  });
});

describe("one way of filing's limit alone", () => {
  it("asks whether a way of filing's limit named alone is every way's, its grade kept as the channel's note", () => {
    expect(read('Trực tuyến toàn trình: 04 ngày làm việc')).toEqual({
      code: 'channelAlone',
      kind: 'online',
      way: 'Trực tuyến toàn trình',
      limit: '04 ngày làm việc',
      note: 'Trực tuyến toàn trình',
    });
    expect(say('Nộp trực tiếp: 05 ngày làm việc', 'vi')).toBe(
      '"Nộp trực tiếp: 05 ngày làm việc" chỉ ghi thời hạn của hồ sơ nộp trực tiếp "Nộp trực tiếp", không ghi thời hạn của các cách nộp khác: nếu mọi cách nộp đều có thời hạn này, hãy ghi time_limit: "05 ngày làm việc"; nếu chỉ hồ sơ nộp trực tiếp có thời hạn này, hãy ghi thời hạn của các cách nộp khác ở time_limit và thời hạn này ở channels: [{ kind: in_person, time_limit: "05 ngày làm việc" }, { kind: online }]',
    );
  });
});
