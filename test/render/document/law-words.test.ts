import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n.js';
import { markdownDocument } from '../../../src/render/document/outputs.js';
import { readTemplates } from '../../../src/render/document/template-files.js';
import { compileTemplates } from '../../../src/render/document/templates.js';
import { flowchartMarkdown } from '../../../src/render/flowchart-markdown.js';
import { analyseTime } from '../../../src/time/analyse.js';
import { createCalendar } from '../../../src/time/calendar.js';
import { documentSweeps } from '../../../src/time/report.js';
import { lintedFixture } from '../flowchart-fixtures.js';
import { lawLimitWords } from '../../../src/time/limit-words.js';
import { parseDuration } from '../../../src/model/duration.js';
import { formatLimit } from '../../../src/time/units.js';

const builtins = compileTemplates(readTemplates());

/** A fixture's Markdown document and Markdown flowchart, with the sweeps `doc` and `flowchart` give them. */
function outputs(name: string, lang: Lang = 'vi'): { doc: string; chart: string } {
  const calendar = createCalendar();
  const { procedure } = lintedFixture(name);
  const analysis = analyseTime(procedure, calendar);
  const sweeps = documentSweeps(procedure, analysis, calendar);
  return {
    doc: markdownDocument(builtins, { procedure, analysis, lang, ...sweeps }),
    chart: flowchartMarkdown(procedure, analysis, lang, sweeps),
  };
}

describe("the limit's row prints the law's words, procmap's reading beside them", () => {
  // It printed "30 ngày (lịch)" for "30 ngày": procmap's reading as the law's words, against the verdict under it.
  it('a bare "30 ngày"', () => {
    const { doc, chart } = outputs('law-bare-days');
    const words = '30 ngày — {who} tính là 30 ngày lịch; văn bản không nói rõ ngày làm việc hay ngày lịch';
    // The signed document without the tool's name; the officer's chart with it.
    expect(doc).toContain(`- Thời hạn giải quyết theo quy định: ${words.replace('{who}', 'được')}\n`);
    // The chart's verdict under it says the days are left open ("Chưa kết luận được: thời hạn không ghi rõ …"): its
    // limit line does not say it again.
    const said = words.replace(/; văn bản không nói rõ .*$/u, '');
    const verdict = 'Chưa kết luận được: thời hạn không ghi rõ ngày làm việc hay ngày lịch';
    expect(doc).toContain(`Thời hạn: ${said.replace('{who}', 'được')}<br/>• ${verdict}`);
    expect(chart).toContain(`Thời hạn: ${said.replace('{who}', 'procmap')} · ${verdict}`);
    expect(doc).not.toContain('30 ngày (lịch)');
  });

  it('open hours, "trong thời hạn 2 giờ"', () => {
    const { doc } = outputs('law-open-hours');
    expect(doc).toContain(
      '- Thời hạn giải quyết theo quy định: trong thời hạn 2 giờ — được tính là 2 giờ làm việc; văn bản không nói rõ giờ làm việc hay giờ đồng hồ\n',
    );
  });

  it('words that settle it are printed as written, "05" included, in English too', () => {
    expect(outputs('law-case-bare').doc).toContain(
      '- Thời hạn giải quyết theo quy định: 05 ngày làm việc; trường hợp phải xác minh thì không quá 10 ngày\n',
    );
    expect(outputs('law-bare-days', 'en').doc).toContain(
      '- Statutory time limit: 30 calendar days (the law says "30 ngày", without saying working or calendar days)\n',
    );
  });
});

describe('a case whose own bare limit is over on one reading only', () => {
  // 5.4 printed only "tổng thời gian các bước 10 ngày làm việc" for the case; the chart left it out and said "Đạt".
  it('gets its verdict line in 5.4 and in the flowchart summary', () => {
    const { doc, chart } = outputs('law-case-bare');
    const unsettled =
      /Trường hợp phải xác minh \(thời hạn không quá 10 ngày\): tổng thời gian các bước 10 ngày làm việc \(80 giờ\).{0,60}Chưa kết luận được: thời hạn không ghi rõ ngày làm việc hay ngày lịch; hiểu là ngày lịch thì vượt với hồ sơ tiếp nhận vào (\d+)\/\1 ngày làm việc/u;
    expect(doc).toMatch(unsettled);
    expect(chart).toMatch(unsettled);
    // The general limit's verdict is named, as 5.4 names it, so that its "Đạt" is not read as the case's.
    expect(chart).toContain('Đạt: vừa đúng thời hạn 5 ngày làm việc ·');
  });
});

describe('the Markdown document', () => {
  // "1\. Tiếp nhận → 2. Thẩm định": only the first number was escaped, mid-line where it starts no list.
  it('prints the critical path after its label without escaping its first number alone', () => {
    expect(outputs('law-bare-days').doc).toContain(
      '- Các bước trên đường găng: 1. Tiếp nhận → 2. Thẩm định → 3. Trả kết quả\n',
    );
  });
});

describe('a limit the file writes in English', () => {
  // A Vietnamese document printed "Thời hạn: 2 working days", the file's English as if it were the law's words.
  it("is printed in procmap's Vietnamese in a Vietnamese document, as the short form is", () => {
    const written = '2 working days';
    const duration = parseDuration(written)!;
    expect(lawLimitWords(duration, written, 'vi')).toBe(formatLimit(duration, 'vi'));
    expect(lawLimitWords(duration, written, 'vi')).toMatch(/^2 ngày làm việc/u);
    // Vietnamese written without its marks is still the law's words.
    expect(lawLimitWords(parseDuration('02 ngay lam viec')!, '02 ngay lam viec', 'vi')).toBe('02 ngay lam viec');
  });
});
