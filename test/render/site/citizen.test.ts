import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/model/load.js';
import { decodeQrPixels } from '../../helpers/qr.js';
import type { Procedure } from '../../../src/model/types.js';
import { renderHtml } from '../../../src/render/document/render.js';
import { readTemplates } from '../../../src/render/document/template-files.js';
import { compileTemplates } from '../../../src/render/document/templates.js';
import { citizenPage, citizenPageExampleFrom } from '../../../src/render/site/citizen-page.js';
import { buildCitizenView, feeText, procedureQr } from '../../../src/render/site/citizen-view.js';
import { withLiveReload } from '../../../src/render/site/live-reload.js';
import { namesPage, siteBase } from '../../../src/render/site/qr.js';
import { analyseTime } from '../../../src/time/analyse.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { dayFromParts } from '../../../src/time/moment.js';
import { limitText } from '../../../src/render/site/index-page.js';
import { lintedFixture } from '../flowchart-fixtures.js';
import { lint } from '../../../src/lint/linter.js';

const calendar = createCalendar({});
const monday = dayFromParts(2026, 3, 2)!;

function procedure(extra: Record<string, unknown> = {}): Procedure {
  return {
    id: 'QT-TEST-01',
    title: 'Đăng ký khai sinh',
    revision: 3,
    effective: '2026-01-15',
    time_limit: '5d',
    bodies: { MC: { name: 'Bộ phận Một cửa' }, TP: { name: 'Công chức Tư pháp' } },
    steps: [
      { id: 'a', name: 'Tiếp nhận', body: 'MC', duration: '0.5d', next: { 'Đủ hồ sơ': 'b', 'Thiếu hồ sơ': 'c' } },
      { id: 'b', name: 'Giải quyết', body: 'TP', duration: '3d', next: ['c'] },
      { id: 'c', name: 'Trả kết quả', body: 'MC', duration: '4h', next: [] },
    ],
    ...extra,
  } as Procedure;
}

function view(p: Procedure, today = monday) {
  return buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'vi', today });
}

describe('the citizen view', () => {
  it('says a step the limit does not count (counted: false) is outside it, as the document does', () => {
    const p = procedure({
      steps: [
        { id: 'a', name: 'Tiếp nhận', body: 'MC', duration: '4h' },
        { id: 'b', name: 'Niêm yết công khai', body: 'TP', duration: '5d', counted: false },
      ],
    });
    expect(view(p).steps.map((step) => step.time)).toEqual([
      'tối đa 4 giờ làm việc',
      'tối đa 5 ngày làm việc (không tính vào thời hạn)',
    ]);
  });

  // The remark was dropped: "tối đa 3 ngày làm việc", when the law's step leaves the posting time out of it.
  it("keeps a step's remark after its time, as the document does", () => {
    const p = procedure({
      time_limit: '10 ngày làm việc',
      steps: [
        { id: 'a', name: 'Tiếp nhận', body: 'MC', duration: '4h' },
        {
          id: 'b',
          name: 'Niêm yết, thẩm định',
          body: 'TP',
          duration: '03 ngày làm việc (không kể thời gian niêm yết 07 ngày làm việc)',
        },
      ],
    });
    expect(view(p).steps.map((step) => step.time)).toEqual([
      'tối đa 4 giờ làm việc',
      'tối đa 3 ngày làm việc (không kể thời gian niêm yết 07 ngày làm việc)',
    ]);
    expect(citizenPage(view(p), { pdf: false })).toContain(
      'Công chức Tư pháp · tối đa 3 ngày làm việc (không kể thời gian niêm yết 07 ngày làm việc)',
    );
  });

  it("gives each channel's limit with the law's words after it, as the general limit is given", () => {
    const file = new URL('../document/fixtures/channel-legal-tail.yaml', import.meta.url);
    const p = loadFile('channel-legal-tail', readFileSync(file)).data as Procedure;
    expect(view(p).channels.map((c) => c.details)).toEqual([
      [],
      ['thời hạn 3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ'],
      // Read by moving its words (the exception set in brackets): printed as the file writes it.
      ['thời hạn Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo'],
    ]);
    const page = citizenPage(view(p), { pdf: false });
    expect(page).toContain('<li><strong>Nộp trực tuyến</strong>: thời hạn 3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ</li>');
  });

  it("quotes a same-day limit's words whole: the day the law names stays before its next-day clause", () => {
    const file = new URL('../../fixtures/same-day-wording/chung-thuc.yaml', import.meta.url);
    // Read as the linter reads it: the officer's "channels: Trực tiếp" is one line, not a list.
    const p = lint([loadFile('chung-thuc.yaml', readFileSync(file))], { lang: 'vi' }).procedures[0]!.procedure;
    const v = view(p);
    expect([v.limit.text, v.limit.note]).toEqual([
      'trong ngày',
      'cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ',
    ]);
    expect(citizenPage(v, { pdf: false })).toContain(
      '<p><strong>Trong ngày</strong> cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ.',
    );
  });

  it('gives the limit in words and a Friday example counted on the working calendar', () => {
    const v = view(procedure());
    expect(v.limit).toEqual({
      text: '5 ngày làm việc',
      note: null,
      hint: 'Không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.',
      asWritten: false,
    });
    // Friday 6/3/2026 09:00 + 5 working days of 8 h = Friday 13/3 09:00: the weekend does not count.
    expect(v.example).toEqual({
      text: 'Ví dụ: nộp thứ Sáu 09:00 → nhận kết quả thứ Sáu tuần sau, 09:00',
      dates: 'Nộp T6 06/03/2026 09:00, hẹn trả T6 13/03/2026 09:00.',
      ordinary: true,
      laterDay: true,
      workingTime: true,
      unannounced: '',
    });
  });

  it('records in the page the Friday its example counts from, so a later week can tell it is out of date', () => {
    expect(citizenPageExampleFrom(citizenPage(view(procedure()), { pdf: true }).slice(0, 1024))).toBe('2026-03-06');
    expect(citizenPageExampleFrom('<html>')).toBeUndefined();
  });

  it('moves the example past a week with a holiday, and says so when every week has one', () => {
    // From Monday 27/4/2026 the first Friday is 1/5, a public holiday (and 30/4 before it): the next Friday is used.
    const v = view(procedure(), dayFromParts(2026, 4, 27)!);
    expect(v.example?.dates).toBe('Nộp T6 08/05/2026 09:00, hẹn trả T6 15/05/2026 09:00.');
    const long = view(procedure({ time_limit: '60d' }), monday);
    expect(long.example?.ordinary).toBe(false);
  });

  it('says a due date beyond next week in days, never "7 weeks" for 45 days', () => {
    // Friday 6/3/2026 09:00 + 30 working days: Friday 17/4 09:00 is 42 days later (Hùng Kings' day is 26/4, after it).
    expect(view(procedure({ time_limit: '30d' })).example?.text).toBe(
      'Ví dụ: nộp thứ Sáu 09:00 → nhận kết quả thứ Sáu, 42 ngày sau, 09:00',
    );
  });

  it('counts the same day in hours, and calendar days with their own hint', () => {
    // 09:00–11:30 is 2.5 h, lunch until 13:00, then 1.5 h more.
    expect(view(procedure({ time_limit: '4h' })).example?.text).toBe('Ví dụ: nộp thứ Sáu 09:00 → nhận kết quả 14:30 cùng ngày');
    expect(view(procedure({ time_limit: '30 ngày' })).limit.hint).toContain('Tính cả thứ Bảy, Chủ nhật');
  });

  it('says a holiday week moves the appointment only where it falls on a later day than the receipt', () => {
    const said = (p: Procedure) => citizenPage(view(p), { pdf: false }).includes('Tuần có ngày nghỉ lễ thì hẹn trả muộn hơn.');
    expect(said(procedure())).toBe(true);
    expect(said(procedure({ time_limit: 'trong ngày', cutoff: '15:00' }))).toBe(false);
    expect(said(procedure({ time_limit: '4h' }))).toBe(false);
    // 20 working hours end on a later day: a holiday inside them moves it.
    expect(said(procedure({ time_limit: '20h' }))).toBe(true);
  });

  it('gives a limit the law wrote in years in years, one in months in months', () => {
    expect(view(procedure({ time_limit: '01 năm' })).limit.text).toBe('1 năm');
    expect(view(procedure({ time_limit: '12 tháng' })).limit.text).toBe('12 tháng');
  });

  it('never says a holiday week delays a limit in calendar days or months, which a holiday inside does not lengthen', () => {
    // Civil Code Art. 147–148: only a last day off moves the end of such a period.
    const page = (p: Procedure, lang: 'vi' | 'en') =>
      citizenPage(
        buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang, today: monday }),
        { pdf: false },
      );
    for (const time_limit of ['10 ngày lịch', '1 tháng']) {
      const p = procedure({ time_limit });
      expect(page(p, 'vi'), time_limit).not.toContain('Tuần có ngày nghỉ lễ thì hẹn trả muộn hơn.');
      expect(page(p, 'en'), time_limit).not.toContain('A week with a public holiday takes longer.');
      // The example itself is still there, on a later day.
      expect(view(p).example?.laterDay, time_limit).toBe(true);
    }
    expect(page(procedure(), 'en')).toContain('A week with a public holiday takes longer.');
  });

  // The probe: QT-CT-01's page opened its time section with "trong ngày. Trả kết quả …", "same day." in English.
  it('opens the time section with a capital, as a sentence, and keeps the box at the top as written', () => {
    const sameDay = procedure({ time_limit: 'trong ngày', cutoff: '15:00' });
    const vi = citizenPage(view(sameDay), { pdf: false });
    expect(vi).toContain('<h2 id="time">Thời hạn giải quyết</h2><p><strong>Trong ngày</strong>. <span class="hint">');
    expect(vi).toContain('<dt>Thời hạn giải quyết</dt><dd>trong ngày</dd>');
    const en = buildCitizenView({ procedure: sameDay, analysis: analyseTime(sameDay, calendar), calendar, lang: 'en', today: monday });
    expect(citizenPage(en, { pdf: false })).toContain('<h2 id="time">Time limit</h2><p><strong>Same day</strong>. <span class="hint">');
  });

  it('says the cutoff in plain words for same-day, working-day and hour limits, in both languages', () => {
    const sameDay = procedure({ time_limit: 'trong ngày', cutoff: '15:00' });
    expect(view(sameDay).limit.hint).toBe(
      'Trả kết quả trong ngày làm việc nhận hồ sơ. Hồ sơ nộp sau 15 giờ 00 được tính từ ngày làm việc tiếp theo.',
    );
    const en = buildCitizenView({ procedure: sameDay, analysis: analyseTime(sameDay, calendar), calendar, lang: 'en', today: monday });
    expect(en.limit.hint).toBe(
      'The result is returned on the working day the application is handed in. Applications handed in after 15:00 count from the next working day.',
    );
    expect(view(procedure({ time_limit: '4h', cutoff: '15:30' })).limit.hint).toBe(
      'Tính theo giờ hành chính của cơ quan. Không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết. Hồ sơ nộp sau 15 giờ 30 được tính từ ngày làm việc tiếp theo.',
    );
    expect(view(procedure({ cutoff: '15:00' })).limit.hint).toContain('Hồ sơ nộp sau 15 giờ 00');
    // Calendar days count from the day of receipt whatever the hour: the cutoff is not said there.
    expect(view(procedure({ time_limit: '30cd', cutoff: '15:00' })).limit.hint).not.toContain('15');
    const page = citizenPage(view(sameDay), { pdf: false });
    expect(page).toContain('Hồ sơ nộp sau 15 giờ 00 được tính từ ngày làm việc tiếp theo.');
  });

  it('says the hour of the next working day a same-day limit gives a dossier handed in after its cutoff', () => {
    // As `time` gives the appointment (nextDayEnd): by 10:00, or by the morning's close, not the next day's close.
    const ten = 'Trong ngày; nếu tiếp nhận sau 15h thì trả kết quả trước 10 giờ ngày làm việc tiếp theo';
    const hour = procedure({ time_limit: ten, cutoff: '15:00' });
    expect(view(hour).limit.hint).toBe(
      'Trả kết quả trong ngày làm việc nhận hồ sơ. Hồ sơ nộp sau 15 giờ 00 được trả kết quả trước 10 giờ 00 ngày làm việc tiếp theo.',
    );
    const en = buildCitizenView({ procedure: hour, analysis: analyseTime(hour, calendar), calendar, lang: 'en', today: monday });
    expect(en.limit.hint).toBe(
      'The result is returned on the working day the application is handed in. Applications handed in after 15:00 get their result before 10:00 on the next working day.',
    );
    const morning = procedure({
      time_limit: 'Trong ngày; trường hợp tiếp nhận sau 15 giờ 30 phút thì trả kết quả vào buổi sáng ngày làm việc tiếp theo',
      cutoff: '15:30',
    });
    expect(citizenPage(view(morning), { pdf: false })).toContain(
      'Hồ sơ nộp sau 15 giờ 30 được trả kết quả trong buổi sáng ngày làm việc tiếp theo, trước 11 giờ 30.',
    );
    // At a channel's own same-day limit, too.
    const channel = procedure({ time_limit: '10 ngày lịch', cutoff: '15:00', channels: [{ kind: 'in_person', time_limit: ten }] });
    expect(view(channel).channels[0]!.details[0]).toContain(
      '(hồ sơ nộp sau 15 giờ 00 được trả kết quả trước 10 giờ 00 ngày làm việc tiếp theo)',
    );
  });

  it('says the span of next working days a same-day limit gives a dossier handed in after its cutoff', () => {
    const two = procedure({
      time_limit: 'Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong 02 ngày làm việc tiếp theo',
      cutoff: '15:00',
    });
    expect(view(two).limit.hint).toBe(
      'Trả kết quả trong ngày làm việc nhận hồ sơ. Hồ sơ nộp sau 15 giờ 00 được trả kết quả trong 02 ngày làm việc tiếp theo.',
    );
    const en = buildCitizenView({ procedure: two, analysis: analyseTime(two, calendar), calendar, lang: 'en', today: monday });
    expect(en.limit.hint).toContain('Applications handed in after 15:00 get their result within the next 02 working days.');
  });

  it("says the cutoff at a channel's own limit that it moves when the procedure's limit did not say it", () => {
    const p = procedure({
      time_limit: '10 ngày lịch',
      cutoff: '15:00',
      channels: [
        { kind: 'in_person', time_limit: 'trong ngày', fee: 10000 },
        { kind: 'online', time_limit: '2d' },
        { kind: 'postal', time_limit: '15cd' },
      ],
    });
    expect(view(p).limit.hint).not.toContain('15 giờ');
    expect(view(p).channels.map((c) => c.details)).toEqual([
      ['thời hạn trong ngày (hồ sơ nộp sau 15 giờ 00 được tính từ ngày làm việc tiếp theo)', 'phí, lệ phí: 10.000 đồng'],
      ['thời hạn 2 ngày làm việc (hồ sơ nộp sau 15 giờ 00 được tính từ ngày làm việc tiếp theo)'],
      ['thời hạn 15 ngày (lịch)'],
    ]);
    const en = buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'en', today: monday });
    expect(en.channels[0]!.details[0]).toBe('time limit same day (applications handed in after 15:00 count from the next working day)');
    expect(citizenPage(view(p), { pdf: false })).toContain(
      '<li><strong>Nộp trực tiếp</strong>: thời hạn trong ngày (hồ sơ nộp sau 15 giờ 00 được tính từ ngày làm việc tiếp theo), phí, lệ phí: 10.000 đồng</li>',
    );
    // Said once, under the procedure's limit, when that limit is one the cutoff moves.
    const sameDay = view(procedure({ time_limit: 'trong ngày', cutoff: '15:00', channels: [{ kind: 'online', time_limit: '2d' }] }));
    expect(sameDay.limit.hint).toContain('Hồ sơ nộp sau 15 giờ 00');
    expect(sameDay.channels[0]!.details).toEqual(['thời hạn 2 ngày làm việc']);
    // No cutoff, nothing to say.
    expect(view(procedure({ time_limit: '10 ngày lịch', channels: [{ kind: 'in_person', time_limit: 'trong ngày' }] })).channels[0]!.details).toEqual([
      'thời hạn trong ngày',
    ]);
  });

  it("prints a channel's fee that names its charge as written, and only another after the neutral \"phí, lệ phí:\"", () => {
    const p = procedure({
      channels: [
        { kind: 'in_person', fee: 'Lệ phí: 50.000 đồng' },
        { kind: 'online', fee: 'Phí chứng thực bản sao từ bản chính: 2.000 đồng/trang' },
        { kind: 'postal', fee: 'Miễn lệ phí' },
      ],
    });
    expect(view(p).channels.map((c) => c.details)).toEqual([
      ['Lệ phí: 50.000 đồng'],
      ['Phí chứng thực bản sao từ bản chính: 2.000 đồng/trang'],
      ['Miễn lệ phí'],
    ]);
    expect(citizenPage(view(p), { pdf: false })).toContain('<li><strong>Nộp trực tiếp</strong>: Lệ phí: 50.000 đồng</li>');
    const en = buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'en', today: monday });
    expect(en.channels[0]!.details).toEqual(['Lệ phí: 50.000 đồng']);
    expect(view(procedure({ channels: [{ kind: 'postal', fee: '2.000 đồng/trang' }] })).channels[0]!.details).toEqual([
      'phí, lệ phí: 2.000 đồng/trang',
    ]);
  });

  it('explains how a limit in months counts, and leaves no space before the full stop', () => {
    const months = view(procedure({ time_limit: '3 tháng' }));
    expect(months.limit.hint).toContain('hết hạn vào ngày cùng số của tháng cuối');
    expect(months.limit.hint).toContain('chuyển sang ngày làm việc tiếp theo');
    const page = citizenPage(months, { pdf: false });
    expect(page).toContain('<p><strong>3 tháng</strong>. <span class="hint">Tính theo tháng');
    const bare = citizenPage(view(procedure({ time_limit: 'theo quy định' })), { pdf: false });
    expect(bare).toContain('<p><strong>Theo quy định</strong>.</p>');
  });

  it('says what counts from the configured week: Saturday office hours count, closed days do not', () => {
    const saturday = createCalendar({ saturday: ['07:30-11:30'] });
    const p = procedure();
    const vi = buildCitizenView({ procedure: p, analysis: analyseTime(p, saturday), calendar: saturday, lang: 'vi', today: monday });
    expect(vi.limit.hint).toBe('Không tính Chủ nhật và ngày nghỉ lễ, Tết. Thứ Bảy làm việc 07:30–11:30, thời gian này được tính (trừ khi trùng kỳ nghỉ lễ, Tết).');
    const en = buildCitizenView({ procedure: p, analysis: analyseTime(p, saturday), calendar: saturday, lang: 'en', today: monday });
    expect(en.limit.hint).toBe('Sundays and public holidays do not count. Saturday office hours, 07:30–11:30, count, except inside a holiday break.');
    const everyDay = createCalendar({ saturday: ['07:30-17:00'], sunday: ['07:30-11:30'], hours: ['07:30-17:00'] });
    const all = buildCitizenView({ procedure: p, analysis: analyseTime(p, everyDay), calendar: everyDay, lang: 'en', today: monday });
    expect(all.limit.hint).toBe('Public holidays do not count. Sunday office hours, 07:30–11:30, count, except inside a holiday break.');
  });

  it('reads who may apply, the channels and the dossier counts and cases when the procedure has them', () => {
    const v = view(
      procedure({
        applicants: ['Công dân Việt Nam', 'Người nước ngoài cư trú tại Việt Nam'],
        channels: [
          { kind: 'in_person' },
          { kind: 'online', time_limit: '3d', fee: 0, note: 'qua Cổng Dịch vụ công quốc gia' },
          { kind: 'postal', fee: 25000 },
          { kind: 'carrier pigeon' },
        ],
        dossier: [
          { name: 'Tờ khai', originals: 1, form: 'https://dichvucong.gov.vn/mau-01.docx' },
          { name: 'Giấy chứng sinh', originals: 1, copies: 2 },
          { name: 'Văn bản ủy quyền', copies: 'bản sao có chứng thực', case: 'người khác nộp thay' },
        ],
      }),
    );
    expect(v.applicants).toEqual(['Công dân Việt Nam', 'Người nước ngoài cư trú tại Việt Nam']);
    expect(v.channels).toEqual([
      { kind: 'Nộp trực tiếp', details: [], note: null },
      { kind: 'Nộp trực tuyến', details: ['thời hạn 3 ngày làm việc', 'Miễn phí'], note: 'qua Cổng Dịch vụ công quốc gia' },
      { kind: 'Nộp qua dịch vụ bưu chính công ích', details: ['phí, lệ phí: 25.000 đồng'], note: null },
    ]);
    expect(v.dossier).toEqual([
      {
        case: null,
        items: [
          { name: 'Tờ khai', counts: [{ text: '01 bản chính', own: false }], form: { text: 'mau-01.docx', href: 'https://dichvucong.gov.vn/mau-01.docx' } },
          { name: 'Giấy chứng sinh', counts: [{ text: '01 bản chính', own: false }, { text: '02 bản sao', own: false }], form: null },
        ],
      },
      { case: 'người khác nộp thay', items: [{ name: 'Văn bản ủy quyền', counts: [{ text: 'bản sao có chứng thực', own: true }], form: null }] },
    ]);
    const page = citizenPage(v, { pdf: false });
    expect(page).toContain('<span class="note">(Mẫu: <a href="https://dichvucong.gov.vn/mau-01.docx">mau-01.docx</a>)</span>');
    const portal = view(procedure({ channels: [{ kind: 'online', note: 'Nộp qua Cổng Dịch vụ công quốc gia https://dichvucong.gov.vn' }] }));
    expect(citizenPage(portal, { pdf: false })).toContain(
      '<span class="note">— Nộp qua Cổng Dịch vụ công quốc gia <a href="https://dichvucong.gov.vn"><span class="long-word">https://dichvucong.gov.vn</span></a></span>',
    );
    expect(page).toContain('<h3>Trường hợp: người khác nộp thay</h3>');
    expect(page).not.toContain('.pdf"');
  });

  it('links a form address with spaces in its file name whole, in both languages', () => {
    const p = procedure({ dossier: [{ name: 'Tờ khai', originals: 1, form: 'https://example.gov.vn/mẫu tờ khai.docx' }] });
    // Said by the document's file name, as the citizen downloads it, not by the address.
    const link = '<a href="https://example.gov.vn/m%E1%BA%ABu%20t%E1%BB%9D%20khai.docx">mẫu tờ khai.docx</a>';
    expect(view(p).dossier[0]!.items[0]!.form).toEqual({
      text: 'mẫu tờ khai.docx',
      href: 'https://example.gov.vn/m%E1%BA%ABu%20t%E1%BB%9D%20khai.docx',
    });
    expect(citizenPage(view(p), { pdf: false })).toContain(`<span class="note">(Mẫu: ${link})</span>`);
    const en = buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'en', today: monday });
    expect(citizenPage(en, { pdf: false })).toContain(`<span class="note">(Form: <span lang="vi">${link}</span>)</span>`);
  });

  // A count written in words is the procedure's Vietnamese: on the English page it went unmarked, read as English.
  it("marks a count written in words as the procedure's Vietnamese on a page in another language, a number's words not", () => {
    const p = procedure({
      dossier: [
        { name: 'Bản chính', copies: '01 bản chính (xuất trình)' },
        { name: 'Tờ khai', originals: 1, copies: 'Theo nhu cầu' },
      ],
    });
    const en = citizenPage(buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'en', today: monday }), { pdf: false });
    expect(en).toContain('<span class="counts"><span lang="vi">01 bản chính (xuất trình)</span></span>');
    expect(en).toContain('<span class="counts">1 original, <span lang="vi">Theo nhu cầu</span></span>');
    expect(citizenPage(view(p), { pdf: false })).toContain('<span class="counts">01 bản chính, Theo nhu cầu</span>');
  });

  it('links a form by its name, its file name or the paper it is for, never by the long address', () => {
    const p = procedure({
      dossier: [
        { name: 'Tờ khai đăng ký kết hôn', originals: 1, form: 'https://dichvucong.gov.vn/p/home/tai-lieu/To-khai-dang-ky.docx' },
        { name: 'Giấy xác nhận', originals: 1, form: 'Mẫu 05.docx (https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=def)' },
        { name: 'Văn bản ủy quyền', originals: 1, form: 'https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=abc' },
      ],
    });
    const page = citizenPage(view(p), { pdf: false });
    expect(page).toContain(
      '(Mẫu: <a href="https://dichvucong.gov.vn/p/home/tai-lieu/To-khai-dang-ky.docx">To-khai-dang-ky.docx</a>)',
    );
    expect(page).toContain('(Mẫu: <a href="https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=def">Mẫu 05.docx</a>)');
    expect(page).toContain(
      '(Mẫu: <a href="https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=abc">Văn bản ủy quyền</a>)',
    );
    expect(page).not.toMatch(/>(?:<span class="long-word">)?https?:\/\//);
  });

  it('reads a count of copies as plain papers in a catalog written before originals existed', () => {
    const v = view(procedure({ dossier: [{ name: 'Tờ khai', copies: 1, form: 'Mẫu 01' }] }));
    expect(v.dossier[0]!.items[0]).toEqual({ name: 'Tờ khai', counts: [{ text: '01 bản', own: false }], form: { text: 'Mẫu: Mẫu 01', href: null } });
    expect(v.applicants).toEqual([]);
    expect(v.channels).toEqual([]);
  });

  it('says "Không" under conditions the procedure says are none, and leaves the section out when none are given', () => {
    const none = citizenPage(view(procedure({ conditions: [] })), { pdf: false });
    expect(none).toMatch(/<h2[^>]*>Điều kiện<\/h2>\s*<p>Không<\/p>/);
    expect(citizenPage(view(procedure()), { pdf: false })).not.toContain('>Điều kiện<');
  });

  it('counts papers in English as one or many, as the document does: "2 copies", never "02 copy"', () => {
    const p = procedure({ dossier: [{ name: 'Bản vẽ thiết kế', originals: 1, copies: 2 }] });
    const en = citizenPage(buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'en', today: monday }), { pdf: false });
    expect(en).toContain('<span class="counts">1 original, 2 copies</span>');
    expect(citizenPage(view(p), { pdf: false })).toContain('<span class="counts">01 bản chính, 02 bản sao</span>');
  });

  it('writes step times in full in English, as in Vietnamese: "at most 3 working days", never "3 d"', () => {
    const en = buildCitizenView({ procedure: procedure(), analysis: analyseTime(procedure(), calendar), calendar, lang: 'en', today: monday });
    expect(en.steps.map((step) => step.time)).toEqual(['at most 0.5 working days', 'at most 3 working days', 'at most 4 working hours']);
  });

  it("prints another case's limit after a comma when the limit ends in a bracket, never two brackets in a row", () => {
    const CASE = 'trường hợp phải xác minh thì không quá 45 ngày';
    const page = (limit: string) => citizenPage(view(procedure({ time_limit: `${limit} (${CASE})` })), { pdf: false });
    expect(page('30 ngày lịch')).toContain(`<p><strong>30 ngày (lịch)</strong>, ${CASE}. `);
    expect(page('5 ngày làm việc')).toContain(`<p><strong>5 ngày làm việc</strong> (${CASE}). `);
  });

  it("prints a limit procmap reads by moving its words as the file writes it, never procmap's reading as the law's", () => {
    const written = 'Ngay trong ngày làm việc; trường hợp nộp sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo';
    const p = procedure({ time_limit: written });
    expect(view(p).limit).toMatchObject({ text: written, note: null, asWritten: true });
    expect(citizenPage(view(p), { pdf: false })).toContain(`<p><strong>${written}</strong>`);
  });

  it("prints hours the law leaves open in the law's words alone, and quotes them on an English page", () => {
    // How procmap counts them is a note to the officer (time, lint), not the public's.
    const p = procedure({ time_limit: 'Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ' });
    expect(view(p).limit).toMatchObject({ text: '24 giờ', note: 'kể từ khi nhận đủ hồ sơ' });
    expect(view(procedure({ time_limit: '24 tiếng' })).limit).toMatchObject({ text: '24 tiếng' });
    // The site's index lists it the same way.
    expect(limitText('Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ', 'vi')).toBe('24 giờ');
    expect(limitText('24 giờ', 'en')).toBe('24 hours');
    const en = citizenPage(buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'en', today: monday }), { pdf: false });
    expect(en).toContain(
      '<p><strong>24 hours</strong> (as the law says: &quot;<span lang="vi">Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ</span>&quot;).',
    );
  });

  it('says no working-hours reading of open hours and gives no example counted on it, in either language', () => {
    const file = new URL('../../fixtures/open-hours/gio.yaml', import.meta.url);
    const p = loadFile('gio.yaml', readFileSync(file)).data as Procedure;
    const page = (lang: 'vi' | 'en') =>
      citizenPage(buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang, today: monday }), { pdf: false });
    const vi = page('vi');
    expect(vi).toContain('<p><strong>24 giờ</strong>.');
    expect(vi).not.toMatch(/giờ hành chính|Không tính thứ Bảy|Ví dụ: nộp|hẹn trả/u);
    const en = page('en');
    expect(en).toContain('<p><strong>24 hours</strong>.');
    expect(en).not.toMatch(/opening hours|not counted|Example: hand in|result due/u);
    // Hours the file says are working hours keep what counts and the example.
    const settled = { ...p, time_limit: '24 giờ làm việc' } as Procedure;
    const v = buildCitizenView({ procedure: settled, analysis: analyseTime(settled, calendar), calendar, lang: 'vi', today: monday });
    expect(v.limit.hint).toBe('Tính theo giờ hành chính của cơ quan. Không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.');
    expect(v.example?.text).toBe('Ví dụ: nộp thứ Sáu 09:00 → nhận kết quả thứ Tư tuần sau, 09:00');
  });

  it("marks the procedure's own words Vietnamese on a page in another language (WCAG 3.1.2)", () => {
    const p = procedure({
      legal_basis: ['Luật Hộ tịch 2014'],
      dossier: [{ name: 'Tờ khai', originals: 1, case: 'người khác nộp thay' }],
      place: 'UBND phường',
      agency: 'UBND phường Kinh Bắc',
      level: 'commune',
    });
    const en = citizenPage(buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'en', today: monday }), { pdf: false });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1 lang="vi">Đăng ký khai sinh</h1>');
    expect(en).toContain('<li><span lang="vi">Tờ khai</span> — <span class="counts">1 original</span></li>');
    expect(en).toContain('<h3>If: <span lang="vi">người khác nộp thay</span></h3>');
    expect(en).toContain('<li lang="vi">Luật Hộ tịch 2014</li>');
    expect(en).toContain('<span class="no">1.</span> <span lang="vi">Tiếp nhận</span><span class="who"><span lang="vi">Bộ phận Một cửa</span>');
    expect(en).toContain('<p class="facts"><span lang="vi">UBND phường Kinh Bắc</span> · Commune</p>');
    expect(en).toContain('<strong>Place:</strong> <span lang="vi">UBND phường</span>');
    // The page's own words (the limit read, the hints) stay unmarked: they are in the page's language.
    expect(en).toContain('<p><strong>5 working days</strong>.');
    const vi = citizenPage(view(p), { pdf: false });
    expect(vi.match(/lang="vi"/g)).toEqual(['lang="vi"']);
  });

  it('escapes every user text in the page', () => {
    const page = citizenPage(view(procedure({ title: '<script>alert(1)</script>', applicants: '<img src=x onerror=alert(1)>' })), { pdf: true });
    expect(page).not.toMatch(/<script>alert|<img src=x/);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('lists the steps as a simplified chart with who does them, how long, and where decisions lead', () => {
    expect(view(procedure()).steps).toEqual([
      {
        no: '1',
        name: 'Tiếp nhận',
        who: 'Bộ phận Một cửa',
        time: 'tối đa 0,5 ngày làm việc',
        then: 'Nếu đủ hồ sơ: sang bước 2; Nếu thiếu hồ sơ: sang bước 3',
        from: null,
        toNext: false,
        depth: 0,
      },
      { no: '2', name: 'Giải quyết', who: 'Công chức Tư pháp', time: 'tối đa 3 ngày làm việc', then: null, from: 'Từ bước 1, nếu đủ hồ sơ', toNext: true, depth: 0 },
      { no: '3', name: 'Trả kết quả', who: 'Bộ phận Một cửa', time: 'tối đa 4 giờ làm việc', then: 'Kết thúc', from: 'Từ bước 1, nếu thiếu hồ sơ', toNext: false, depth: 0 },
    ]);
  });

  it("lowers a branch answer's capital in the sentence, but not an office's name or an abbreviation", () => {
    const p = procedure({
      steps: [
        { id: 'a', name: 'Tiếp nhận', body: 'MC', duration: '2h', next: { 'Sở Tư pháp đồng ý': 'b', 'UBND xã từ chối': 'c', 'Hợp lệ': 'b' } },
        { id: 'b', name: 'Giải quyết', body: 'TP', duration: '1d', next: [] },
        { id: 'c', name: 'Trả hồ sơ', body: 'MC', duration: '2h', next: [] },
      ],
    });
    expect(view(p).steps[0]!.then).toBe(
      'Nếu Sở Tư pháp đồng ý: sang bước 2; Nếu UBND xã từ chối: sang bước 3; Nếu hợp lệ: sang bước 2',
    );
  });

  // The chart is the flowchart's text alternative: an arrow only where the flow passes to the step below.
  const branching = procedure({
    steps: [
      { id: 'a', name: 'Tiếp nhận', body: 'MC', duration: '2h' },
      { id: 'b', name: 'Kiểm tra', body: 'TP', duration: '2h', next: { 'Đủ điều kiện': 'd', 'Cần xác minh': 'c' } },
      { id: 'c', name: 'Xác minh', body: 'TP', duration: '1d', next: { 'Đạt': 'd', 'Không đạt': 'f' } },
      { id: 'd', name: 'Ký', body: 'TP', duration: '2h', next: ['e1', 'e2'] },
      { id: 'e1', name: 'Thường trú', body: 'TP', duration: '1d', next: ['g'] },
      { id: 'e2', name: 'Bảo hiểm y tế', body: 'TP', duration: '1d' },
      { id: 'g', name: 'Trả kết quả', body: 'MC', duration: '2h', next: [] },
      { id: 'f', name: 'Từ chối', body: 'MC', duration: '2h', next: [] },
    ],
  });

  it('draws no arrow out of a step that ends the flow, and says "Kết thúc" in words', () => {
    const steps = view(branching).steps;
    expect(steps.map((s) => [s.no, s.toNext, s.then, s.from])).toEqual([
      ['1', true, null, null],
      ['2', false, 'Nếu đủ điều kiện: sang bước 4; Nếu cần xác minh: sang bước 3', null],
      ['3', false, 'Nếu đạt: sang bước 4; Nếu không đạt: sang bước 8', 'Từ bước 2, nếu cần xác minh'],
      ['4', false, 'Sau đó làm đồng thời các bước 5, 6', 'Từ bước 2, nếu đủ điều kiện; Từ bước 3, nếu đạt'],
      ['5', false, 'Sau đó: sang bước 7', 'Từ bước 4'],
      // Step 7 waits for both parallel branches: it names them, and step 6 says where it goes rather than an arrow.
      ['6', false, 'Sau đó: sang bước 7', 'Từ bước 4'],
      ['7', false, 'Kết thúc', 'Sau khi xong cả bước 5 và 6'],
      ['8', false, 'Kết thúc', 'Từ bước 3, nếu không đạt'],
    ]);
    const page = citizenPage(view(branching), { pdf: false });
    // Only step 1 hands over to the step below it alone; the arrow is drawn after it alone.
    expect(page.match(/<li class="to-next">/g)).toHaveLength(1);
    expect(page).toContain('ol.flow li.to-next + li::before');
    expect(page).not.toMatch(/ol\.flow li \+ li::before/);
    expect(page).toContain('<span class="then end">Kết thúc</span></li><li><span class="no">8.</span> Từ chối<span class="from">Từ bước 3, nếu không đạt</span>');
    // Not "in order" when the flow branches.
    expect(page).toContain('bước nào không chuyển sang bước ngay dưới thì ghi rõ bước tiếp theo.');
    expect(page).not.toContain('theo thứ tự');
  });

  it('numbers the steps as the officer did when every id is a step number, and names them so', () => {
    const { procedure: p } = lintedFixture('officer-numbers');
    expect(view(p).steps.map((s) => [s.no, s.then, s.from])).toEqual([
      ['1', null, null],
      ['2', 'Nếu đủ điều kiện: sang bước 3; Nếu chưa đủ điều kiện: sang bước 2b', null],
      ['2b', 'Kết thúc', 'Từ bước 2, nếu chưa đủ điều kiện'],
      ['3', 'Kết thúc', 'Từ bước 2, nếu đủ điều kiện'],
    ]);
    expect(citizenPage(view(p), { pdf: false })).toContain('<span class="no">2b.</span> Trả hồ sơ, nêu rõ lý do');
  });

  it('says a step goes on to one of the steps joined by "hoặc", never that they are done at the same time', () => {
    const { procedure: p } = lintedFixture('choice');
    expect(view(p).steps.map((s) => [s.no, s.then, s.from])).toEqual([
      ['1', 'Sau đó: sang bước 2 hoặc 3', null],
      ['2', 'Sau đó: sang bước 4', 'Từ bước 1'],
      ['3', null, 'Từ bước 1'],
      ['4', 'Kết thúc', 'Từ bước 2'],
    ]);
    const en = buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'en', today: monday });
    expect(en.steps[0]!.then).toBe('Then: go to step 2 or 3');
  });

  it('says the steps go in order only when they do, in both languages', () => {
    const linear = procedure({
      steps: [
        { id: 'a', name: 'Tiếp nhận', body: 'MC', duration: '2h' },
        { id: 'b', name: 'Trả kết quả', body: 'MC', duration: '2h' },
      ],
    });
    const vi = citizenPage(view(linear), { pdf: false });
    expect(vi).toContain('Sơ đồ đơn giản: hồ sơ đi qua các bước sau, theo thứ tự.');
    expect(vi).toContain('<span class="then end">Kết thúc</span>');
    const en = (p: Procedure) =>
      buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang: 'en', today: monday });
    expect(en(linear).steps.map((s) => s.then)).toEqual([null, 'End']);
    expect(en(branching).steps.map((s) => [s.then, s.from])).toEqual([
      [null, null],
      ['If đủ điều kiện: go to step 4; If cần xác minh: go to step 3', null],
      ['If đạt: go to step 4; If không đạt: go to step 8', 'From step 2, if cần xác minh'],
      ['Then, at the same time, steps 5, 6', 'From step 2, if đủ điều kiện; From step 3, if đạt'],
      ['Then: go to step 7', 'From step 4'],
      ['Then: go to step 7', 'From step 4'],
      ['End', 'Once steps 5 and 6 are all done'],
      ['End', 'From step 3, if không đạt'],
    ]);
    expect(citizenPage(en(branching), { pdf: false })).toContain('a step not followed by the one below it says what comes next.');
  });
});

describe('QR codes', () => {
  it('encode the citizen page under the site address, percent-encoded, and decode back to it', () => {
    const base = siteBase('https://dvc.example.gov.vn/quy trình')!;
    const qr = procedureQr(base, procedure(), 'vi');
    expect(qr.url).toBe('https://dvc.example.gov.vn/quy%20tr%C3%ACnh/p/QT-TEST-01/citizen.html');
    expect(qr.caption).toBe('Quét mã để xem bản hiện hành · QT-TEST-01 · lần ban hành 03');
    // Rasterise the SVG's modules and decode them.
    const side = Number(/viewBox="0 0 (\d+) /.exec(qr.svg)![1]);
    const scale = 4;
    const pixels = new Uint8ClampedArray(side * scale * side * scale * 4).fill(255);
    for (const [, x, y] of qr.svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const at = ((Number(y) * scale + dy) * side * scale + Number(x) * scale + dx) * 4;
          pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
        }
    }
    expect(decodeQrPixels(pixels, side * scale, side * scale)).toBe(qr.url);
  });

  it('go on the cover of the ISO document with their caption, and nowhere without one', () => {
    const templates = compileTemplates(readTemplates());
    const p = procedure();
    const subject = { procedure: p, analysis: analyseTime(p, calendar), lang: 'vi' as const };
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
    const qr = procedureQr(siteBase('https://dvc.example.gov.vn/')!, p, 'vi');
    const withQr = renderHtml(templates, { ...subject, qr }, svg);
    // The code keeps its hyphens on one line, as in the tables; the caption has no web address to break.
    expect(withQr).toContain(`<figure class="qr">${qr.svg}<figcaption>Quét mã để xem bản hiện hành · <span class="whole-word">QT-TEST-01</span> · lần ban hành 03</figcaption></figure>`);
    expect(renderHtml(templates, subject, svg)).not.toContain('<figure class="qr">');
  });

  it('take an address that names a page of the site (…/index.html) for its folder', () => {
    const p = procedure();
    for (const url of [
      'https://dvc.example.gov.vn/quy-trinh/index.html',
      'https://dvc.example.gov.vn/quy-trinh/INDEX.HTM',
      'https://dvc.example.gov.vn/quy-trinh/default.aspx',
      'https://dvc.example.gov.vn/quy-trinh/',
      'https://dvc.example.gov.vn/quy-trinh',
    ])
      expect(procedureQr(siteBase(url)!, p, 'vi').url).toBe(
        'https://dvc.example.gov.vn/quy-trinh/p/QT-TEST-01/citizen.html',
      );
    expect(namesPage('https://dvc.example.gov.vn/quy-trinh/index.html')).toBe(true);
    expect(namesPage('https://dvc.example.gov.vn/quy-trinh/')).toBe(false);
    // A folder whose name has a dot is still a folder.
    expect(siteBase('https://dvc.example.gov.vn/tthc.v1.2')!.href).toBe('https://dvc.example.gov.vn/tthc.v1.2/');
    expect(namesPage('https://dvc.example.gov.vn/tthc.v1.2')).toBe(false);
  });

  it('are absent without a site address', () => {
    expect(siteBase(undefined)).toBeUndefined();
    expect(citizenPage(view(procedure()), { pdf: true })).not.toContain('class="qr"');
  });
});

describe('feeText', () => {
  it('groups thousands the way each language writes them', () => {
    expect(feeText(1500000, 'vi')).toBe('1.500.000 đồng');
    expect(feeText(1500000, 'en')).toBe('1,500,000 VND');
    expect(feeText('Miễn phí', 'vi')).toBe('Miễn phí');
  });
});

describe('withLiveReload', () => {
  it('adds the reload script, lets it through a page CSP by nonce, and escapes the problems panel', () => {
    const page = '<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body><p>x</p></body></html>';
    const served = withLiveReload(page, 'a.yaml:1:1 error <b>', 'abc');
    expect(served).toContain(`content="default-src 'none'; script-src 'nonce-abc'; connect-src 'self'"`);
    expect(served).toContain('<script nonce="abc">');
    expect(served).toContain('a.yaml:1:1 error &lt;b&gt;');
    expect(withLiveReload(page, '', 'abc')).not.toContain('procmap-problems');
  });
});

describe('a citizen page example on days off not announced yet', () => {
  it('says the appointment may change when it falls in a year whose days off are computed, and only then', () => {
    const p = procedure({ time_limit: '45 ngày lịch' });
    const december = dayFromParts(2026, 12, 7)!;
    const build = (lang: 'vi' | 'en', today: number) =>
      buildCitizenView({ procedure: p, analysis: analyseTime(p, calendar), calendar, lang, today });
    // Handed in Friday 11/12/2026, due in February 2027, on the Tết procmap computes from the Labour Code.
    expect(build('vi', december).example?.unannounced).toBe(
      'Lịch nghỉ lễ năm 2027 chưa được công bố chính thức, nên ngày hẹn trả này có thể thay đổi.',
    );
    const en = citizenPage(build('en', december), { pdf: false });
    expect(en).toContain('The public holidays of 2027 are not officially announced yet, so this date may change.');
    expect(build('vi', monday).example?.unannounced).toBe('');
    expect(citizenPage(build('en', monday), { pdf: false })).not.toContain('not officially announced');
  });
});
