import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n.js';
import { loadFile } from '../../../src/model/load.js';
import type { Procedure } from '../../../src/model/types.js';
import { svgMarkup } from '../../../src/render/document/markup.js';
import { escapeMarkdown } from '../../../src/escape-markdown.js';
import {
  renderHtml,
  renderMarkdown,
  renderPageFooter,
  renderPageHeader,
  type DocumentSubject,
} from '../../../src/render/document/render.js';
import { BUILTIN_TEMPLATE_DIR, readTemplates } from '../../../src/render/document/template-files.js';
import { compileTemplates, TemplateError } from '../../../src/render/document/templates.js';
import { analyseTime } from '../../../src/time/analyse.js';
import { lint } from '../../../src/lint/linter.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { dateSweep, documentSweeps } from '../../../src/time/report.js';
import { tilePlan } from '../../../src/render/flowchart-page.js';
import { flowchartSource, markdownDocument } from '../../../src/render/document/outputs.js';
import { lintedFixture, loadFlowchartFixture } from '../flowchart-fixtures.js';
import { flowchartSummary } from '../../../src/render/mermaid.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
// A fixed flowchart, so that the golden files test the document and not the diagram renderer.
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><text x="4" y="24">Thẩm định</text></svg>';
const MERMAID = 'flowchart TB\n  n0["1. Tiếp nhận"] --> n1["2. Thẩm định"]\n';

function procedure(name: string): Procedure {
  const file = new URL(`${name}.yaml`, FIXTURES);
  return loadFile(name, readFileSync(file)).data as Procedure;
}

function subject(name: string, lang: Lang): DocumentSubject {
  const p = procedure(name);
  return { procedure: p, analysis: analyseTime(p), lang };
}

const builtins = compileTemplates(readTemplates());

/** A template folder of an organisation, made of the given files. */
function templateDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-templates-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function templateError(run: () => unknown): TemplateError {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

describe('process document: golden files', () => {
  // substeps: step 2 = 2.1 + 2.2, counted once by its parts: said after its time and under the table, parts indented.
  // channel-words: each channel's limit in the decision's words, procmap's reading only beside them.
  for (const name of ['full', 'minimal', 'record', 'substeps', 'channel-words']) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${name} in ${lang}: HTML`, async () => {
        await expect(renderHtml(builtins, subject(name, lang), SVG)).toMatchFileSnapshot(`golden/${name}.${lang}.html`);
      });
      it(`${name} in ${lang}: Markdown`, async () => {
        await expect(renderMarkdown(builtins, subject(name, lang), MERMAID)).toMatchFileSnapshot(
          `golden/${name}.${lang}.md`,
        );
      });
    }
  }
});

describe('process document: steps numbered as the officer numbers them', () => {
  // B1, B2, B2b, B3: the approved table the officer signed says 3 for "Trình ký", not the 4th row's 4.
  const officer = (lang: Lang): DocumentSubject => ({ ...loadFlowchartFixture('officer-numbers'), lang });

  it('prints the step table, the flow words and the chart with the numbers of the ids (HTML)', async () => {
    await expect(renderHtml(builtins, officer('vi'), SVG)).toMatchFileSnapshot('golden/officer-numbers.vi.html');
  });

  it('prints them in Markdown with the chart', async () => {
    const markdown = markdownDocument(builtins, officer('vi'));
    expect(markdown).toContain('| 2b | **Trả hồ sơ, nêu rõ lý do**');
    expect(markdown).toContain('n3["3. Trình ký giấy phép xây dựng');
    await expect(markdown).toMatchFileSnapshot('golden/officer-numbers.vi.md');
  });
});

describe('process document: content', () => {
  // Each list the procedure may say it has none of, with the heading it prints under.
  const LISTS = [
    ['legal_basis', '3.'],
    ['definitions', '4.'],
    ['conditions', '5.1.'],
    ['dossier', '5.2.'],
    ['forms', '6.'],
    ['records', '7.'],
  ] as const;
  it.each(LISTS)(
    'prints "Không" under %s the procedure says are none, "Chưa quy định" when it gives none',
    (key, at) => {
      const { [key]: list, ...without } = procedure('full');
      expect(list?.length).toBeGreaterThan(0);
      const none: DocumentSubject = { ...subject('full', 'vi'), procedure: { ...without, [key]: [] } };
      const unset: DocumentSubject = { ...subject('full', 'vi'), procedure: without };
      const under = (text: string, heading: string) =>
        text.slice(text.indexOf(heading)).split('\n').slice(0, 4).join('\n');
      expect(under(renderHtml(builtins, none, SVG), `>${at} `)).toMatch(/<p>Không<\/p>/);
      expect(under(renderHtml(builtins, unset, SVG), `>${at} `)).toContain('<p class="placeholder">Chưa quy định</p>');
      expect(under(renderMarkdown(builtins, none, MERMAID), `# ${at} `)).toMatch(/\n\nKhông\n/);
      expect(under(renderMarkdown(builtins, unset, MERMAID), `# ${at} `)).toContain('_Chưa quy định_');
    },
  );

  it('has the sections, the control header and the step table in Vietnamese', () => {
    const html = renderHtml(builtins, subject('full', 'vi'), SVG);
    for (const heading of [
      '1. MỤC ĐÍCH',
      '2. PHẠM VI ÁP DỤNG',
      '3. TÀI LIỆU VIỆN DẪN',
      '4. ĐỊNH NGHĨA, VIẾT TẮT',
      '5. NỘI DUNG QUY TRÌNH',
      '5.2. Thành phần hồ sơ',
      '5.4. Thời gian xử lý',
      '5.7. Lưu đồ',
      '5.8. Trình tự thực hiện',
      '6. BIỂU MẪU',
      '7. HỒ SƠ CẦN LƯU',
    ]) {
      expect(html).toContain(heading);
    }
    expect(html).toContain('<div>Mã hiệu: <strong>QT-TEST-HKD-01</strong></div>');
    expect(html).toContain('<div>Lần ban hành: 02</div>');
    expect(html).toContain('<div>Ngày hiệu lực: 01/07/2025</div>');
    expect(html).toMatch(
      /<th scope="col">TT<\/th><th scope="col">Trình tự<\/th><th scope="col">Trách nhiệm<\/th><th scope="col">Thời gian<\/th><th scope="col">Biểu mẫu \/ Kết quả<\/th>/,
    );
    // 0.5d in Vietnamese style, the decision and the parallel branches in words, the total on the critical path.
    expect(html).toContain('<td class="center">0,5 ngày làm việc</td>');
    expect(html).toContain('Hợp lệ → bước 4; Không hợp lệ → bước 3');
    expect(html).toContain('Chuyển đồng thời: bước 5, 6');
    expect(html).toMatch(/Tổng thời gian giải quyết<\/td>\s*<td colspan="2">2,75 ngày làm việc \(22 giờ\)<\/td>/);
    expect(html).toContain('Đạt: còn dư 0,25 ngày làm việc (2 giờ) so với thời hạn');
    expect(html).toContain(SVG);
  });

  it('prints steps joined by "hoặc" as one of them, never as parallel work, in both languages', () => {
    const { procedure: p, analysis } = lintedFixture('choice');
    const vi = renderMarkdown(builtins, { procedure: p, analysis, lang: 'vi' }, MERMAID);
    expect(vi).toContain('| 1 | **Tiếp nhận**<br>Chuyển bước 2 hoặc bước 3 |');
    expect(vi).not.toContain('đồng thời');
    const en = renderMarkdown(builtins, { procedure: p, analysis, lang: 'en' }, MERMAID);
    expect(en).toContain('| 1 | **Tiếp nhận**<br>Then step 2 or step 3 |');
    expect(en).not.toContain('in parallel');
  });

  it('adds a same-day step up as the one working day it takes at most, and says so, in the document and its chart', () => {
    const calendar = createCalendar();
    const p = procedure('same-day-step');
    const analysis = analyseTime(p, calendar);
    const subject = { procedure: p, analysis, sweep: dateSweep(p, analysis.flow, calendar), lang: 'vi' as const };
    const md = renderMarkdown(builtins, subject, MERMAID);
    // 1 + 15 + 3 + 1 working days on the critical path; it printed "Không tính được: bước 1 … là bước trả trong ngày".
    expect(md).toContain('**Tối đa 20 ngày làm việc (160 giờ); bước 1 trả trong ngày được tính là 1 ngày làm việc**');
    expect(md).not.toContain('Không tính được');
    expect(renderHtml(builtins, { ...subject, lang: 'en' }, SVG)).toContain(
      'At most 20 working days (160 h); <span class="whole-word">same-day</span> step 1 is counted as 1 working day',
    );
    expect(flowchartSummary(analysis, 'vi')[0]).toBe(
      'Đường găng (đỏ): tối đa 20 ngày làm việc (160 giờ); bước 1 trả trong ngày được tính là 1 ngày làm việc',
    );
  });

  it('leaves a step outside the limit out of the same-day bound, and names the same-day step by its table number', () => {
    const calendar = createCalendar();
    const p = procedure('same-day-uncounted');
    const analysis = analyseTime(p, calendar);
    const subject = { procedure: p, analysis, sweep: dateSweep(p, analysis.flow, calendar), lang: 'vi' as const };
    const md = renderMarkdown(builtins, subject, MERMAID);
    // 0.5 (B1) + 3 (B2) + 1 (B3, same day) working days; B1a's 2 days are not counted. It printed "Tối đa 6,5 ngày
    // làm việc (52 giờ); bước 4 …": over the 5-day limit beside a verdict within it, and a step the table has not.
    expect(md).toContain('**Tối đa 4,5 ngày làm việc (36 giờ); bước 3 trả trong ngày được tính là 1 ngày làm việc**');
    expect(flowchartSummary(analysis, 'en')[0]).toContain('same-day step 3 is counted as 1 working day');
  });

  it('says two same-day steps or more in the plural in English', () => {
    const p = procedure('same-day-uncounted');
    const two = { ...p, steps: p.steps.map((step) => (step.id === 'B1' ? { ...step, duration: 'trong ngày' } : step)) };
    const analysis = analyseTime(two, createCalendar());
    // 1 (B1, same day) + 3 (B2) + 1 (B3, same day) working days.
    expect(flowchartSummary(analysis, 'en')[0]).toContain(
      'at most 5 working days (40 h); same-day steps 1, 3 are each counted as 1 working day',
    );
    expect(flowchartSummary(analysis, 'vi')[0]).toContain('bước 1, 3 trả trong ngày được tính là 1 ngày làm việc');
  });

  it('judges a limit that dates decide over every receipt of the window, as procmap time does', () => {
    const calendar = createCalendar();
    const verdict = (time_limit: string, lang: Lang) => {
      const p = { ...procedure('minimal'), time_limit };
      const analysis = analyseTime(p, calendar);
      const html = renderHtml(
        builtins,
        { procedure: p, analysis, sweep: dateSweep(p, analysis.flow, calendar), lang },
        SVG,
      );
      return /<p class="verdict (ok|over)">([^<]*)<\/p>/.exec(html)?.slice(1);
    };
    // 5 working hours fit in 30 calendar days from any receipt; not in what is left of the day for a late receipt.
    // Effective 05/01/2026, the procedure is tried over a year of receipts, into 2027 on the Labour Code's days off.
    expect(verdict('30 ngày lịch', 'vi')).toEqual([
      'ok',
      'Đạt: các bước xong trước hẹn trả với hồ sơ tiếp nhận vào bất kỳ ngày, giờ làm việc nào từ 05/01/2026 đến 04/01/2027 (một năm từ ngày hiệu lực); lịch nghỉ năm 2027 chưa được công bố chính thức, ngày nghỉ tính theo Bộ luật Lao động nên kết quả có thể thay đổi',
    ]);
    expect(verdict('trong ngày', 'en')).toEqual([
      'over',
      'Over the limit for receipts on 251 of the 251 working days tried from 05/01/2026 to 04/01/2027 (a year from the effective date); the days off of 2027 are not officially announced yet: counted from the Labour Code, so the result may change',
    ]);
  });

  it('says beside a verdict that rests on days off not announced yet, and only then', () => {
    const calendar = createCalendar();
    const verdict = (effective: string, lang: Lang) => {
      const p = { ...procedure('minimal'), time_limit: '30 ngày lịch', effective };
      const analysis = analyseTime(p, calendar);
      const html = renderHtml(
        builtins,
        { procedure: p, analysis, sweep: dateSweep(p, analysis.flow, calendar), lang },
        SVG,
      );
      return /<p class="verdict (?:ok|over)">([^<]*)<\/p>/.exec(html)?.[1];
    };
    expect(verdict('2027-03-01', 'vi')).toMatch(
      /\(một năm từ ngày hiệu lực\); lịch nghỉ năm 2027, 2028 chưa được công bố chính thức, ngày nghỉ tính theo Bộ luật Lao động nên kết quả có thể thay đổi$/,
    );
    expect(verdict('2027-03-01', 'en')).toMatch(
      /; the days off of 2027, 2028 are not officially announced yet: counted from the Labour Code, so the result may change$/,
    );
    expect(verdict('2026-01-05', 'en')).toMatch(/; the days off of 2027 are not officially announced yet/);
    expect(verdict('2025-07-01', 'en')).not.toContain('announced yet');
  });

  it('judges a channel’s own limit that dates decide in the channel table', () => {
    const calendar = createCalendar();
    const p: Procedure = {
      ...procedure('minimal'),
      channels: [
        { kind: 'in_person', time_limit: 'trong ngày' },
        { kind: 'online', time_limit: '30 ngày lịch' },
      ],
    };
    const analysis = analyseTime(p, calendar);
    const html = renderHtml(
      builtins,
      { procedure: p, analysis, ...documentSweeps(p, analysis, calendar), lang: 'en' },
      SVG,
    );
    expect(html).toContain(
      '<div class="verdict over">Over the limit for receipts on 251 of the 251 working days tried from 05/01/2026 to 04/01/2027 (a year from the effective date); the days off of 2027 are not officially announced yet: counted from the Labour Code, so the result may change</div>',
    );
    expect(html).toContain(
      '<div class="verdict ok">Within the limit whatever the working day and hour of receipt from 05/01/2026 to 04/01/2027 (a year from the effective date); the days off of 2027 are not officially announced yet: counted from the Labour Code, so the result may change</div>',
    );
  });

  it('speaks English with --lang en', () => {
    const html = renderHtml(builtins, subject('full', 'en'), SVG);
    for (const text of [
      '1. PURPOSE',
      '7. RECORDS TO KEEP',
      'Prepared by',
      '<div>Revision: 02</div>',
      // A step's time in words, as the totals are, not "0.5 d".
      '<td class="center">0.5 working days</td>',
      '2.75 working days (22 h)',
    ])
      expect(html).toContain(text);
    expect(html).not.toMatch(/Mục đích|Trình tự|ngày làm việc/);
  });

  it('leaves blank signature space for missing names and titles', () => {
    const html = renderHtml(builtins, subject('full', 'vi'), SVG);
    expect(html).toContain(
      '<tr class="sign-name"><th scope="row">Họ và tên</th><td>Nguyễn Văn An</td><td>Trần Thị Bình</td><td></td></tr>',
    );
    expect(html).toContain(
      '<tr class="sign-title"><th scope="row">Chức vụ</th><td>Chuyên viên Phòng Kinh tế</td><td></td><td>Chủ tịch UBND phường</td></tr>',
    );
  });

  it('shows a clear placeholder for every section without data, never "undefined" or "null"', () => {
    for (const lang of ['vi', 'en'] as const) {
      const html = renderHtml(builtins, subject('minimal', lang), SVG);
      const md = renderMarkdown(builtins, subject('minimal', lang), MERMAID);
      for (const text of [html, md]) expect(text).not.toMatch(/undefined|\bnull\b|NaN|\[object Object\]/);
      const placeholder = lang === 'vi' ? 'Chưa quy định' : 'Not specified';
      // purpose, scope, legal basis, definitions, conditions, dossier, count, place, fee, forms, records, history
      expect(html.split(`<p class="placeholder">${placeholder}</p>`).length - 1).toBe(11);
      expect(md.split(`_${placeholder}_`).length - 1).toBe(12);
    }
  });

  it('prints hours the law leaves open as the law says them, how they are counted noted, in every format', () => {
    // A signed document notes how the hours are counted in plain words: the tool's name is no part of a legal limit.
    const vi = renderMarkdown(builtins, subject('open-hours', 'vi'), MERMAID);
    expect(vi).toContain(
      '- Thời hạn giải quyết theo quy định: Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ — được tính là 24 giờ làm việc; văn bản không nói rõ giờ làm việc hay giờ đồng hồ\n',
    );
    expect(vi).not.toContain('24 giờ làm việc kể từ');
    const en = renderMarkdown(builtins, subject('open-hours', 'en'), MERMAID);
    expect(en).toContain(
      '- Statutory time limit: 24 hours (counted in working hours; as the law says: "Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ")\n',
    );
    // HTML (and so the PDF) prints the same words.
    expect(renderHtml(builtins, subject('open-hours', 'vi'), SVG)).toContain(
      'Trong thời hạn 24 giờ kể từ khi nhận đủ hồ sơ — được tính là 24 giờ làm việc;',
    );
    for (const lang of ['vi', 'en'] as const)
      for (const text of [
        renderHtml(builtins, subject('open-hours', lang), SVG),
        renderMarkdown(builtins, subject('open-hours', lang), MERMAID),
      ])
        expect(text).not.toMatch(/procmap tính|counted by procmap/);
    // The document's own chart too, in both its sources.
    const vi2 = subject('open-hours', 'vi');
    for (const chart of [markdownDocument(builtins, vi2), flowchartSource(vi2)]) {
      expect(chart).toContain('Thời hạn: Trong thời hạn 24 giờ — được tính là 24 giờ làm việc;');
      expect(chart).not.toContain('procmap tính');
    }
  });

  it("quotes the law's whole phrase in English, never its Vietnamese tail glued onto the translation", () => {
    const p = procedure('minimal');
    const sameDay = {
      ...p,
      time_limit:
        'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ',
    };
    const en = renderMarkdown(builtins, { procedure: sameDay, analysis: analyseTime(sameDay), lang: 'en' }, MERMAID);
    expect(en).toContain(
      '- Statutory time limit: same day (as the law says: "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ")\n',
    );
    expect(en).not.toContain('same day hoặc');
  });

  it('lets a step row taller than a page break in print, as the Word file does, and keeps the others whole', () => {
    const p = procedure('full');
    const steps = p.steps.map((step, i) => (i === 1 ? { ...step, description: 'Kiểm tra hồ sơ. '.repeat(200) } : step));
    const html = renderHtml(
      builtins,
      { procedure: { ...p, steps }, analysis: analyseTime({ ...p, steps }), lang: 'vi' },
      SVG,
    );
    const rows = /<table class="steps">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!.match(/<tr[^>]*>/g)!;
    // The step rows and the total row: only the long step's row may break.
    expect(rows.filter((row) => row.includes('breakable'))).toEqual(['<tr class="breakable">']);
    expect(rows[1]).toBe('<tr class="breakable">');
    expect(html).toMatch(/tr\.breakable \{ page-break-inside: auto; break-inside: auto; \}/);
  });

  it('says when the steps exceed the statutory limit', () => {
    const html = renderHtml(builtins, subject('minimal', 'vi'), SVG);
    expect(html).toContain('<p class="verdict over">Vượt thời hạn giải quyết 1 giờ làm việc</p>');
  });

  it('puts the control header with page x/y in the PDF page header, and code and revision in the footer', () => {
    const footer = renderPageFooter(builtins, subject('full', 'vi'));
    expect(footer).toContain('Mã hiệu: QT-TEST-HKD-01 · Lần ban hành: 02');
    expect(footer).not.toContain('pageNumber');
    const header = renderPageHeader(builtins, subject('record', 'vi'), 'data:image/png;base64,AAAA');
    expect(header).toContain('<img src="data:image/png;base64,AAAA"');
    expect(header).toContain('>Sở Văn hóa, Thể thao và Du lịch</td>');
    expect(header).toContain('QUY TRÌNH</span><br>Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ lữ hành nội địa');
    for (const line of [
      'Mã hiệu: <b>QT-TEST-DD-05</b>',
      'Lần ban hành: 03',
      'Ngày ban hành: 20/12/2025',
      'Ngày hiệu lực: 05/01/2026',
      'Trang: <span class="pageNumber"></span>/<span class="totalPages"></span>',
    ]) {
      expect(header).toContain(line);
    }
  });

  it('prints the fields of the national record: channels, applicants, dossier by case, history pages and notes, inputs, question', () => {
    const html = renderHtml(builtins, subject('record', 'vi'), SVG);
    expect(html).toContain('<p class="applicants"><strong>Đối tượng thực hiện:</strong> Doanh nghiệp; Hợp tác xã</p>');
    expect(html).toMatch(
      /<tr><td>Trực tuyến<\/td><td>8 ngày làm việc<div class="verdict ok">Đạt: còn dư 1,5 ngày làm việc \(12 giờ\) so với thời hạn<\/div><\/td><td class="lines">2.500.000 đồng<\/td><td class="lines">Nộp qua Cổng Dịch vụ công quốc gia, ký số hồ sơ<\/td><\/tr>/,
    );
    // A channel without its own limit shows the procedure's; without its own fee it says it follows §5.6's, printed
    // once there, as the workbook's channels sheet says.
    expect(html).toContain(
      '<tr><td>Trực tiếp</td><td>10 ngày làm việc</td><td class="lines">Như phí, lệ phí chung</td><td class="lines"></td></tr>',
    );
    expect(html).toContain('<tr class="case"><td colspan="5">Trường hợp nộp thay</td></tr>');
    expect(html).not.toContain('Trường hợp: Trường hợp');
    expect(html).toContain('<th class="count" scope="col">Bản chính</th><th class="count" scope="col">Bản sao</th>');
    expect(html).toContain(
      '<td class="lines">Rút ngắn thời hạn trực tuyến còn 08 ngày làm việc.</td><td>Trang 4–5, mục 5.4, 5.5</td><td>Theo Quyết định số <span class="whole-word">1234/QĐ-UBND</span> ngày 10/12/2025</td>',
    );
    expect(html).toContain(
      '<div class="inputs">Đầu vào: Hồ sơ đã số hóa; Xác nhận ký quỹ của ngân hàng</div><div class="flow question">Hồ sơ đủ điều kiện?</div>',
    );
    expect(html).toContain('<div>Ngày ban hành: 20/12/2025</div>');
    expect(html).toContain(
      '<tr><th scope="row">Giờ tiếp nhận cuối ngày (nhận sau giờ này tính từ ngày làm việc tiếp theo)</th><td>16:00</td></tr>',
    );
    expect(html).toContain('<strong>Chú giải:</strong> Hình bầu dục: bắt đầu, kết thúc;');
  });

  it('prints the cutoff only where it moves a limit: not under calendar days, beside a same-day channel', () => {
    const html = renderHtml(builtins, subject('cutoff-calendar-days', 'vi'), SVG);
    const md = renderMarkdown(builtins, subject('cutoff-calendar-days', 'vi'), MERMAID);
    // 10 calendar days count from the day of receipt whatever the hour, as `procmap time` says.
    expect(html).not.toContain('Giờ tiếp nhận cuối ngày');
    expect(md).not.toContain('Giờ tiếp nhận cuối ngày');
    // The decision's words: "10 ngày lịch" as written, not procmap's "10 ngày (lịch)".
    expect(html).toContain('<tr><td>Trực tiếp</td><td>10 ngày lịch</td>');
    expect(html).toContain(
      '<tr><td>Trực tuyến</td><td>trong ngày (nhận sau 15:00 tính từ ngày làm việc tiếp theo)</td>',
    );
    expect(md).toContain('| Trực tuyến | trong ngày (nhận sau 15:00 tính từ ngày làm việc tiếp theo) |');
    const en = renderMarkdown(builtins, subject('cutoff-calendar-days', 'en'), MERMAID);
    expect(en).not.toContain('Last receipt time');
    expect(en).toContain('| Online | same day (received after 15:00: counted from the next working day) |');
  });

  it("prints each channel's limit with the law's words after it, as the general limit is printed", () => {
    const html = renderHtml(builtins, subject('channel-legal-tail', 'vi'), SVG);
    const md = renderMarkdown(builtins, subject('channel-legal-tail', 'vi'), MERMAID);
    // The decision's "05" and "03" as written (an ISO document reproduces the procedure as decided), not procmap's 5 and 3.
    expect(html).toContain('<tr><td>Trực tiếp</td><td>05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ</td>');
    expect(html).toContain('<tr><td>Trực tuyến</td><td>03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ<div');
    expect(md).toContain('| Trực tuyến | 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ<br>');
    // A limit procmap reads by moving its words (the exception in brackets) is printed as the file writes it.
    const sameDay = 'Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo';
    expect(html).toContain(`<tr><td>Qua dịch vụ bưu chính công ích</td><td>${sameDay}</td>`);
    expect(md).toContain(`| Qua dịch vụ bưu chính công ích | ${sameDay} |`);
    const en = renderMarkdown(builtins, subject('channel-legal-tail', 'en'), MERMAID);
    expect(en).toContain(
      '| Online | 3 working days (as the law says: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")<br>',
    );
    expect(en).toContain(`| By public postal service | same day (as the law says: "${sameDay}") |`);
  });

  it("prints a channel's fee of 0 as free in the reader's language, and a number of đồng as the procedure's fee", () => {
    const text = readFileSync(new URL('record.yaml', FIXTURES), 'utf8').replace('    fee: 2500000', '    fee: 0');
    // Read as every command reads a file: the loader's lenient reading included.
    const p = lint([loadFile('record.yaml', Buffer.from(text))], { rules: [] }).procedures[0]!.procedure;
    for (const [lang, free] of [
      ['vi', 'Miễn phí'],
      ['en', 'Free of charge'],
    ] as const) {
      const html = renderHtml(builtins, { procedure: p, analysis: analyseTime(p), lang }, SVG);
      expect(html).toMatch(
        new RegExp(
          `<tr><td>[^<]+</td><td>8 [^<]+<div class="verdict ok">[^<]+</div></td><td class="lines">${free}</td>`,
        ),
      );
    }
  });

  it('keeps the lines of a section or an amendment written on several, in the page and in Markdown', () => {
    const scope = '- Áp dụng đối với công dân cư trú tại phường.\n- Công chức Tư pháp – Hộ tịch thực hiện.';
    const full = procedure('full');
    const history = [{ ...full.history![0]!, changes: '- Sửa bước 2;\n- Bổ sung Mẫu 02.' }];
    const lined: DocumentSubject = { ...subject('full', 'vi'), procedure: { ...full, scope, history } };
    const html = renderHtml(builtins, lined, SVG);
    expect(html).toContain(`<p class="lines">${scope}</p>`);
    expect(html).toContain('<td class="lines">- Sửa bước 2;\n- Bổ sung Mẫu 02.</td>');
    expect(html).toContain('.lines { white-space: pre-line; }');
    const markdown = renderMarkdown(builtins, lined, MERMAID);
    expect(markdown).toContain(
      '\\- Áp dụng đối với công dân cư trú tại phường. <br>\\- Công chức Tư pháp – Hộ tịch thực hiện.',
    );
    expect(markdown).toContain('| \\- Sửa bước 2; <br>\\- Bổ sung Mẫu 02. |');
  });

  it('lets a channels row taller than a page break, as a long step row does; a short row stays whole', () => {
    const html = renderHtml(builtins, subject('channel-fee-cases', 'vi'), SVG);
    // 12 fee lines of about 90 characters and a note of 320: some 1,450 characters in one row.
    expect(html).toContain('<tr class="breakable"><td>Trực tiếp</td>');
    expect(html).toContain('<tr><td>Trực tuyến</td>');
    // Nor is its table kept whole: it was pushed whole to the next page, its title left alone on the page before.
    expect(html).toContain('<table class="channels">');
  });

  it("keeps the lines of a fee and a channel's note in the channels table, as §5.6 does, in the page and in Markdown", () => {
    const fee = '- Từ 01 đến 03 phòng: 4.000.000 đồng/giấy\n- Từ 04 đến 05 phòng: 6.000.000 đồng/giấy\n';
    const note = 'Nộp qua Cổng Dịch vụ công quốc gia;\nký số hồ sơ';
    const record = procedure('record');
    // The first channel has no fee of its own: it refers to §5.6, where the fee's lines are; the second has its own note.
    const channels = record.channels!.map((channel, i) => (i === 1 ? { ...channel, note } : channel));
    const lined: DocumentSubject = { ...subject('record', 'vi'), procedure: { ...record, fee, channels } };
    const html = renderHtml(builtins, lined, SVG);
    expect(html).toContain(`<p class="lines">${fee}</p>`);
    expect(html).toContain(
      '<tr><td>Trực tiếp</td><td>10 ngày làm việc</td><td class="lines">Như phí, lệ phí chung</td>',
    );
    expect(html.split(fee)).toHaveLength(2);
    expect(html).toContain(`<td class="lines">${note}</td></tr>`);
    const markdown = renderMarkdown(builtins, lined, MERMAID);
    const lines = '\\- Từ 01 đến 03 phòng: 4.000.000 đồng/giấy <br>\\- Từ 04 đến 05 phòng: 6.000.000 đồng/giấy';
    expect(markdown).toContain(`\n${lines}\n`);
    expect(markdown).toContain('| Trực tiếp | 10 ngày làm việc | Như phí, lệ phí chung |  |\n');
    expect(markdown).toContain('| Nộp qua Cổng Dịch vụ công quốc gia; <br>ký số hồ sơ |\n');
  });

  it('lays the page out for the PDF printer: no repeated header table, room for the printed header, a landscape flowchart page', () => {
    const html = renderHtml(builtins, subject('record', 'vi'), SVG, {
      pdf: true,
      flowchartPage: { paper: 'A3', landscape: true },
    });
    expect(html).not.toContain('class="page-frame"');
    expect(html).toContain('@page { margin-top: 42mm; }');
    expect(html).toContain('<section class="flowchart-section sheet-A3-landscape">');
    expect(renderHtml(builtins, subject('record', 'vi'), SVG)).toContain('<table class="page-frame">');
  });

  it('splits a flowchart too large for one page into pieces, one per page, with a caption on each and the legend once', () => {
    // 120 × 40 px in an area of 20 × 10 mm (76 × 38 px): at 7 pt it takes two columns and one row, each 20 mm wide
    // (86 px of the drawing at scale 0.88), the second from 34 px on, 12 mm of overlap.
    const plan = tilePlan({ width: 120, height: 40 }, { width: 20, height: 10 });
    expect(plan.tiles).toHaveLength(2);
    const html = renderHtml(builtins, subject('record', 'vi'), SVG, {
      pdf: true,
      flowchartPage: { paper: 'A4', landscape: true },
      flowchartTiles: plan,
    });
    const figures = html.match(/<figure class="flowchart flowchart-tile[^"]*">/g);
    expect(figures).toEqual([
      '<figure class="flowchart flowchart-tile">',
      '<figure class="flowchart flowchart-tile tile-next">',
    ]);
    expect(html).toContain(
      '<figcaption class="tile-caption">Lưu đồ, phần 1/2, tiếp theo ở trang sau; các phần chồng lên nhau ở mép</figcaption>',
    );
    expect(html).toContain('<figcaption class="tile-caption">Lưu đồ, phần 2/2</figcaption>');
    expect(html.match(/<strong>Chú giải:<\/strong>/g)).toHaveLength(1);
    // Pieces down cut in the gaps between boxes repeat nothing: their caption says no overlap.
    const boxes = [
      { top: 2, bottom: 30 },
      { top: 42, bottom: 70 },
      { top: 82, bottom: 110 },
    ];
    const down = tilePlan({ width: 60, height: 112 }, { width: 20, height: 10 }, undefined, boxes);
    expect(down.columns).toBe(1);
    expect(down.rows).toBeGreaterThan(1);
    const gaps = renderHtml(builtins, subject('record', 'vi'), SVG, {
      pdf: true,
      flowchartPage: { paper: 'A4', landscape: true },
      flowchartTiles: down,
    });
    expect(gaps).toContain(
      `<figcaption class="tile-caption">Lưu đồ, phần 1/${down.rows}, tiếp theo ở trang sau</figcaption>`,
    );
    expect(gaps).not.toContain('chồng lên nhau');
    expect(html.match(/<svg [^>]*viewBox="([^"]*)"/g)).toEqual([
      '<svg width="20.00mm" height="9.33mm" viewBox="0 0 85.714 40"',
      '<svg width="20.00mm" height="9.33mm" viewBox="34.286 0 85.714 40"',
    ]);
    // In English, the captions speak English.
    expect(renderHtml(builtins, subject('record', 'en'), SVG, { pdf: true, flowchartTiles: plan })).toContain(
      'Flowchart, part 2 of 2',
    );
  });
});

describe('process document: a split flowchart in the HTML', () => {
  it('shows the whole chart on screen and prints the pieces, each a window onto it, not a copy', () => {
    const drawn = SVG.replace('<svg ', '<svg id="flowchart" ');
    const plan = tilePlan({ width: 120, height: 40 }, { width: 20, height: 10 });
    const html = renderHtml(builtins, subject('record', 'vi'), drawn, {
      flowchartPage: { paper: 'A4', landscape: true },
      flowchartTiles: plan,
    });
    // The drawing once, for the screen; the legend under it, and in print under the last piece.
    expect(html.match(/<svg id="flowchart"/g)).toHaveLength(1);
    expect(html).toContain('<figure class="flowchart flowchart-whole" tabindex="0"><svg id="flowchart"');
    expect(html.match(/<strong>Chú giải:<\/strong>/g)).toHaveLength(2);
    expect(html.match(/<figure class="flowchart flowchart-tile[^"]*">/g)).toEqual([
      '<figure class="flowchart flowchart-tile print-only">',
      '<figure class="flowchart flowchart-tile tile-next print-only">',
    ]);
    // Each piece the size it prints at (text at 7 pt or more), showing its part of the drawing by reference.
    expect(html.match(/<svg [^>]*viewBox="[^"]*"[^>]*><use [^>]*>/g)).toEqual([
      '<svg xmlns="http://www.w3.org/2000/svg" width="20.00mm" height="9.33mm" viewBox="0 0 85.714 40" style="background-color: white; max-width: none; max-height: none;"><use href="#flowchart" x="0" y="0" width="120" height="40"/>',
      '<svg xmlns="http://www.w3.org/2000/svg" width="20.00mm" height="9.33mm" viewBox="34.286 0 85.714 40" style="background-color: white; max-width: none; max-height: none;"><use href="#flowchart" x="0" y="0" width="120" height="40"/>',
    ]);
    // The print stylesheet puts the pieces on paper and keeps the whole one laid out, out of sight.
    expect(builtins.css).toMatch(/@media screen \{ \.print-only \{ display: none; \} \}/);
    expect(builtins.css).toMatch(/@media print \{ \.flowchart-whole \{ position: absolute; width: 0; height: 0;/);
  });
});

describe('process document: hostile text', () => {
  const html = renderHtml(builtins, subject('hostile', 'vi'), SVG);
  const md = renderMarkdown(builtins, subject('hostile', 'vi'), MERMAID);

  it('escapes every piece of user text in HTML', () => {
    expect(html).not.toMatch(/<script|<img|<iframe|<svg onload|<h1>injected|<b>bold/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; {{constructor}} &lt;/style&gt;&lt;b&gt;bold&lt;/b&gt;',
    );
    expect(html).toContain('{{{constructor.constructor}}}');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h1&gt;injected&lt;/h1&gt;');
  });

  it('makes user text inert in Markdown', () => {
    expect(md).not.toMatch(/<script|<img|<iframe|<svg onload|<h1>/i);
    expect(md).toContain('| \\| cột \\| \\`code\\` \\*em\\* \\[link\\](javascript:alert(3)) |');
    expect(escapeMarkdown('1. not a list\nsecond line')).toBe('1\\. not a list second line');
  });

  it('refuses a flowchart SVG that could run code or load anything', () => {
    for (const svg of [
      '<svg><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"></svg>',
      '<svg><foreignObject><div/></foreignObject></svg>',
      '<svg><image href="http://x"/></svg>',
      '<p>not svg</p>',
      '<svg></svg><script>x</script>',
      '<svg><g title="a>" onclick="x"></g></svg>',
      '<svg><a href="http://x"><text>x</text></a></svg>',
      '<svg><style>@import url(http://x/a.css);</style></svg>',
      '<svg><rect style="fill:url(http://x/p)"/></svg>',
    ]) {
      expect(() => svgMarkup(svg), svg).toThrow(/not allowed/);
    }
    expect(svgMarkup(SVG).text).toBe(SVG);
    // Escaped user text in a label is text, not markup.
    const label =
      '<svg><style>#f .edge{marker-end:url(#arrow)}</style><text>&lt;svg onload=alert(4)&gt; url(http://x) javascript:x</text></svg>';
    expect(svgMarkup(label).text).toBe(label);
  });

  it('uses no triple-stash in the built-in templates', () => {
    const files = [
      ...readdirSync(BUILTIN_TEMPLATE_DIR),
      ...readdirSync(join(BUILTIN_TEMPLATE_DIR, 'partials')).map((name) => `partials/${name}`),
    ].filter((name) => name.endsWith('.hbs'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files)
      expect(readFileSync(join(BUILTIN_TEMPLATE_DIR, name), 'utf8'), name).not.toMatch(/\{\{\{|\{\{&/);
  });
});

describe("process document: an organisation's templates", () => {
  it('replaces a partial by file name and keeps the built-ins for the rest', () => {
    const dir = templateDir({
      'partials/header.hbs': '<div class="our-header">{{header.code}} / {{header.title}}</div>\n',
      'document.css': 'body { color: navy; }',
    });
    const html = renderHtml(compileTemplates(readTemplates(dir)), subject('full', 'vi'), SVG);
    expect(html).toContain('<div class="our-header">QT-TEST-HKD-01 / Đăng ký thành lập hộ kinh doanh</div>');
    expect(html).toContain('<style>body { color: navy; }</style>');
    expect(html).not.toContain('control-header');
    expect(html).toContain('<table class="steps">');
  });

  it('takes a partial from the top of the folder too, and escapes user text in it', () => {
    const dir = templateDir({ 'steps.hbs': '{{#each steps}}<p class="our-step">{{name}}</p>{{/each}}\n' });
    const html = renderHtml(compileTemplates(readTemplates(dir)), subject('hostile', 'vi'), SVG);
    expect(html).toContain('<p class="our-step">&quot;&gt;&lt;svg onload&#x3D;alert(4)&gt;</p>');
  });

  it('compiles a set of templates once per process, and again when a file or its text changes', () => {
    const dir = templateDir({ 'partials/header.hbs': '<div class="ours">{{header.code}}</div>\n' });
    const first = compileTemplates(readTemplates(dir));
    expect(compileTemplates(readTemplates(dir))).toBe(first);
    writeFileSync(join(dir, 'partials', 'header.hbs'), '<div class="changed">{{header.code}}</div>\n');
    const changed = compileTemplates(readTemplates(dir));
    expect(changed).not.toBe(first);
    expect(renderHtml(changed, subject('full', 'vi'), SVG)).toContain('<div class="changed">QT-TEST-HKD-01</div>');
    // The same text in another folder: its errors must name that folder's files, so it is compiled on its own.
    const copy = templateDir({ 'partials/header.hbs': '<div class="changed">{{header.code}}</div>\n' });
    expect(compileTemplates(readTemplates(copy))).not.toBe(changed);
    // A set that fails is never kept: the next run meets the same error.
    writeFileSync(join(dir, 'partials', 'header.hbs'), '<div>{{header.code}</div>\n');
    for (let run = 0; run < 2; run++)
      expect(templateError(() => compileTemplates(readTemplates(dir))).message).toMatch(/header\.hbs:1: Syntax error/);
  });

  it('names the file and line of a syntax error', () => {
    const dir = templateDir({ 'partials/steps.hbs': '<table>\n{{#each steps}}\n<tr>{{name}</tr>\n{{/each}}\n' });
    const error = templateError(() => compileTemplates(readTemplates(dir)));
    expect(error.message).toMatch(/^Template .*partials\/steps\.hbs:3: Syntax error/);
  });

  it('names the file, line and column of a field the view does not have', () => {
    const dir = templateDir({
      'partials/signoff.hbs': '<table>\n  <tr>{{#each signers}}<td>{{nmae}}</td>{{/each}}</tr>\n</table>\n',
    });
    const templates = compileTemplates(readTemplates(dir));
    const error = templateError(() => renderHtml(templates, subject('full', 'vi'), SVG));
    expect(error.message).toMatch(/^Template .*partials\/signoff\.hbs:2:30: "nmae" not defined$/);
  });

  it('refuses blocks nested deeper than any document needs, at once, where the one too many opens', () => {
    const deep = `{{#if title}}\n${'{{#if title}}'.repeat(8000)}x${'{{/if}}'.repeat(8001)}`;
    const error = templateError(() => compileTemplates(readTemplates(templateDir({ 'markdown.hbs': deep }))));
    // Handlebars took minutes over 8,000 levels, deaf to Ctrl-C.
    expect(error.message).toMatch(/^Template .*markdown\.hbs:2:1288: Blocks nested more than 100 deep/);
  });

  it('refuses partials that include each other without end, at once, in both languages', () => {
    // steps → time → steps: it ran until the stack ran out (8 s) and said "Maximum call stack size exceeded".
    const dir = templateDir({ 'partials/steps.hbs': '<div>{{> time}}</div>\n', 'partials/time.hbs': '{{> steps}}\n' });
    const templates = compileTemplates(readTemplates(dir));
    const error = templateError(() => renderHtml(templates, subject('full', 'vi'), SVG));
    expect(error.message).toMatch(
      /^Template .*partials\/(steps|time)\.hbs: Partials open inside one another more than 100 deep: a partial includes itself, directly or through another, with nothing to stop it$/,
    );
    expect(error.translated.vi).toMatch(
      /^Mẫu tài liệu .*partials\/(steps|time)\.hbs: các mẫu con \(partial\) lồng vào nhau quá 100 tầng: có mẫu con tự gọi lại chính nó, trực tiếp hoặc qua mẫu con khác, mà không có chỗ dừng$/,
    );
  });

  it('says a path with a "../" too many in words, not in JavaScript', () => {
    // Three blocks, four "../": it said "Cannot read properties of undefined (reading 'steps')".
    const text =
      '{{#each steps}}{{#each ../steps}}{{#each ../../steps}}{{#each ../../../steps}}x{{/each}}{{/each}}{{/each}}{{/each}}';
    const templates = compileTemplates(readTemplates(templateDir({ 'markdown.hbs': text })));
    const error = templateError(() => renderMarkdown(templates, subject('full', 'vi'), MERMAID));
    expect(error.message).toMatch(
      /^Template .*markdown\.hbs: "steps" is looked up in something that does not exist: a path with more "\.\.\/" than the blocks it is inside$/,
    );
    expect(error.translated.vi).toMatch(
      /^Mẫu tài liệu .*markdown\.hbs: "steps" được tìm trong một giá trị không có: đường dẫn có nhiều "\.\.\/" hơn số khối bao quanh nó$/,
    );
  });

  it('names the line of an unknown partial, with a suggestion', () => {
    const dir = templateDir({ 'document.hbs': '<html>\n<body>\n  {{> heder}}\n</body>\n</html>\n' });
    const error = templateError(() => compileTemplates(readTemplates(dir)));
    expect(error.message).toMatch(/^Template .*document\.hbs:3:3: No partial named "heder"; did you mean "header"\?$/);
  });

  it("refuses a built-in helper given the wrong number of arguments at its line, in the officer's language", () => {
    for (const [text, en, vi] of [
      [
        '<p>\n {{lookup}}</p>',
        '2:2: {{lookup}} takes 2 arguments, not 0',
        '2:2: {{lookup}} nhận 2 đối số, không phải 0',
      ],
      ['{{#if}}x{{/if}}', '1:1: {{#if}} takes 1 argument, not 0', '1:1: {{#if}} nhận 1 đối số, không phải 0'],
      [
        '{{#each a b}}x{{/each}}',
        '1:1: {{#each}} takes 1 argument, not 2',
        '1:1: {{#each}} nhận 1 đối số, không phải 2',
      ],
    ] as const) {
      const error = templateError(() => compileTemplates(readTemplates(templateDir({ 'document.hbs': text }))));
      expect(error.message).toMatch(new RegExp(`^Template .*document\\.hbs:${en.replace(/[{}]/g, '\\$&')}$`));
      expect(error.translated.vi).toMatch(new RegExp(`^Mẫu tài liệu .*document\\.hbs:${vi.replace(/[{}]/g, '\\$&')}$`));
    }
    // Fields and the helpers' other forms are not calls: `{{if}}` alone is a field named "if", left to strict mode.
    expect(() =>
      compileTemplates(readTemplates(templateDir({ 'document.hbs': '{{#if a}}{{lookup b c}}{{/if}}' }))),
    ).not.toThrow();
  });

  it('says an unknown partial in Vietnamese too', () => {
    const dir = templateDir({ 'document.hbs': '<html>\n<body>\n  {{> heder}}\n</body>\n</html>\n' });
    const error = templateError(() => compileTemplates(readTemplates(dir)));
    expect(error.translated.vi).toMatch(
      /^Mẫu tài liệu .*document\.hbs:3:3: không có mẫu con \(partial\) tên "heder"; có phải là "header"\?$/,
    );
  });

  it('refuses helpers, so a template cannot call code', () => {
    for (const helper of ['json time', 'log "x"']) {
      const dir = templateDir({ 'partials/time.hbs': `\n  {{${helper}}}\n` });
      const error = templateError(() => compileTemplates(readTemplates(dir)));
      expect(error.message).toMatch(
        new RegExp(
          `^Template .*partials/time\\.hbs:2:3: You specified knownHelpersOnly, but used the unknown helper ${helper.split(' ')[0]}$`,
        ),
      );
    }
  });

  it('finds nothing on the prototype', () => {
    const dir = templateDir({
      'partials/header.hbs': '[{{#with header}}{{#if constructor}}proto{{/if}}{{lookup this "constructor"}}{{/with}}]',
    });
    const html = renderHtml(compileTemplates(readTemplates(dir)), subject('full', 'vi'), SVG);
    expect(html).toContain('[]');
  });
});

describe('process document: a step description of several lines', () => {
  it('keeps its lines in HTML (and so the PDF) and in Markdown, as the Word document does', () => {
    const p = procedure('minimal');
    const described = {
      ...p,
      steps: p.steps.map((step, i) => (i === 0 ? { ...step, description: 'Dòng một.\nDòng *hai*.' } : step)),
    };
    const view = { procedure: described, analysis: analyseTime(described), lang: 'vi' as const };
    const html = renderHtml(builtins, view, SVG);
    expect(html).toContain('<div class="note description">Dòng một.\nDòng *hai*.</div>');
    expect(html).toContain('.note.description { white-space: pre-line; }');
    expect(renderMarkdown(builtins, view, MERMAID)).toContain('<br>_Dòng một. <br>Dòng \\*hai\\*._');
  });
});

describe('process document: a limit in hours', () => {
  const inHours = (limit: string) => {
    const p = procedure('minimal');
    const timed = { ...p, time_limit: limit, steps: p.steps.map((step) => ({ ...step, duration: '2h' })) };
    return { procedure: timed, analysis: analyseTime(timed), lang: 'vi' as const };
  };

  it('gives the total and the slack in hours, as the limit reads, not "0,5 ngày làm việc (4 giờ)"', () => {
    const md = renderMarkdown(builtins, inHours('6h'), MERMAID);
    expect(md).toContain('- Tổng thời gian các bước (đường găng): 4 giờ làm việc\n');
    expect(md).toContain('**Đạt: còn dư 2 giờ làm việc so với thời hạn**');
  });

  it('says a total equal to the limit is just within it, not "còn dư 0 giờ"', () => {
    expect(renderMarkdown(builtins, inHours('4h'), MERMAID)).toContain('**Đạt: vừa đúng thời hạn**');
  });
});

describe('process document: a value that prints as nothing', () => {
  // The random pipeline test found a step named U+0080 printed as "****", an empty bold, in the step table.
  it('prints no empty emphasis in Markdown, whatever the data', () => {
    const p = procedure('minimal');
    const blank = {
      ...p,
      steps: p.steps.map((step, i) =>
        i === 0 ? { ...step, name: '\u0080', description: '\u0080\n \v', forms: ['\u0085', 'Mẫu 01'] } : step,
      ),
    };
    const md = renderMarkdown(builtins, { procedure: blank, analysis: analyseTime(blank), lang: 'vi' }, MERMAID);
    const row = md.split('\n').find((line) => line.startsWith('| 1 |'));
    expect(row).toBe('| 1 |  | Bộ phận Tiếp nhận và Trả kết quả | 3 giờ làm việc | **Mẫu 01** |');
    expect(md).not.toMatch(/\*\*\*\*|(?<![\\\w])__(?![\w])/);
  });
});
