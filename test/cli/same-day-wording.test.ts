import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { documentHtml } from '../helpers/cli-doc-html.js';

const DIR = 'test/fixtures/same-day-wording';
// Decree 23/2015/NĐ-CP, Art. 7, as the chứng thực procedure publishes it (time_limit of chung-thuc.yaml).
const LAW =
  'trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ';
// The two files' limits exactly as they write them: what procmap quotes as the law's words.
const CHUNG_THUC = `T${LAW.slice(1)}`;
const KHAI_SINH =
  'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo';

describe("procmap doc and time quote a same-day limit's words whole", () => {
  it('prints the document\'s limit with "cơ quan, tổ chức tiếp nhận yêu cầu", never "trong ngày hoặc …"', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-same-day-'));
    const result = await runCli(['doc', `${DIR}/chung-thuc.yaml`, '--format', 'md', '-o', out, '--lang', 'vi']);
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '', `${join(out, 'QT-CT-02.md')}\n`]);
    const md = readFileSync(join(out, 'QT-CT-02.md'), 'utf8');
    // The row prints the file's words as written, its capital included.
    expect(md).toContain(`- Thời hạn giải quyết theo quy định: ${CHUNG_THUC}\n`);
    // The channels table too: the decision's words, capital included, as 5.4 prints them (it printed procmap's lower case).
    expect(md).toContain(`| Trực tiếp | ${CHUNG_THUC} |`);
    expect(md).not.toContain('trong ngày hoặc');
  });

  it("quotes the law's words in time's note exactly as the file writes them, whole, in either language", async () => {
    const vi = await runCli(['time', `${DIR}/chung-thuc.yaml`, `${DIR}/khai-sinh.yaml`, '--lang', 'vi']);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toContain(`\nTheo văn bản: ${CHUNG_THUC}\n`);
    expect(vi.stdout).toContain(`\nTheo văn bản: ${KHAI_SINH}\n`);
    const en = await runCli(['time', `${DIR}/khai-sinh.yaml`, '--lang', 'en']);
    expect([en.code, en.stderr]).toEqual([0, '']);
    // procmap's reading on its line, the law's words on theirs: never "Trong ngày (trường hợp …)" as if the law said it.
    expect(en.stdout).toContain(
      `\nTime limit: same day, by the close of the working day of receipt\nAs the law states it: "${KHAI_SINH}"\n`,
    );
    expect(en.stdout).not.toContain('Trong ngày (');
  });

  it("prints a limit procmap reads by moving its words as the file writes it in the document's every format", async () => {
    for (const lang of ['vi', 'en'] as const) {
      const out = mkdtempSync(join(tmpdir(), 'procmap-same-day-'));
      // The Markdown as the command writes it; the HTML's text from the same templates, without the Chromium that
      // draws its chart (cli-doc-html.ts).
      const result = await runCli(['doc', `${DIR}/khai-sinh.yaml`, '--format', 'md', '-o', out, '--lang', lang]);
      expect([result.code, result.stderr]).toEqual([0, '']);
      const html = await documentHtml(`${DIR}/khai-sinh.yaml`, lang);
      for (const [format, text] of [
        ['md', readFileSync(join(out, 'QT-HT-01.md'), 'utf8')],
        ['html', html],
      ] as const) {
        const quote = format === 'md' ? '"' : '&quot;';
        expect(text).toContain(lang === 'vi' ? KHAI_SINH : `same day (as the law says: ${quote}${KHAI_SINH}${quote})`);
        expect(text).not.toMatch(/trong ngày \(trường hợp/i);
      }
    }
  });

  it("gives a channel's own limit in JSON with the law's words as the file writes them, beside procmap's note", async () => {
    const file = 'test/render/document/fixtures/channel-legal-tail.yaml';
    const result = await runCli(['time', file, '--format', 'json']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(JSON.parse(result.stdout).procedures[0].channel_limits[1]).toMatchObject({
      kind: 'postal',
      time_limit: 'trong ngày',
      time_limit_text: 'Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    });
  });
});
