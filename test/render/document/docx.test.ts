import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/model/load.js';
import type { Procedure } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/document/docx.js';
import { renderHtml } from '../../../src/render/document/render.js';
import { readTemplates } from '../../../src/render/document/template-files.js';
import { compileTemplates } from '../../../src/render/document/templates.js';
import type { Sheet } from '../../../src/render/flowchart-page.js';
import { buildDocumentView } from '../../../src/render/document/view.js';
import { analyseTime } from '../../../src/time/analyse.js';

// The Word file is read back by mammoth, a reader that shares no code with the docx package that wrote it.
const FIXTURES = new URL('./fixtures/', import.meta.url);
const LOGO = readFileSync(new URL('logo.png', FIXTURES));
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><text x="4" y="24">Thẩm định</text></svg>',
);

function procedure(name: string): Procedure {
  return loadFile(name, readFileSync(new URL(`${name}.yaml`, FIXTURES))).data as Procedure;
}

async function docx(name: string | Procedure, sheet: Sheet | null = null): Promise<Buffer> {
  const p = typeof name === 'string' ? procedure(name) : name;
  const view = buildDocumentView({ procedure: p, analysis: analyseTime(p), lang: 'vi', flowchartPage: sheet });
  return renderDocx(
    view,
    {
      flowchart: { type: 'svg', data: SVG, fallback: LOGO, width: 400, height: 300 },
      logo: { type: 'png', data: LOGO, width: 96, height: 96 },
    },
    sheet,
  );
}

// The record fixture's Word file, made once: several tests read different parts of the same file.
let recordFile: Promise<Buffer> | undefined;
const recordDocx = (): Promise<Buffer> => (recordFile ??= docx('record'));

/** One part of the Word file (a zip), as text. */
function part(file: Buffer, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-docx-'));
  writeFileSync(join(dir, 'doc.docx'), file);
  return execFileSync('unzip', ['-p', join(dir, 'doc.docx'), name], { encoding: 'utf8' });
}

describe('process document as a Word file', () => {
  it('holds the text of every section with its Vietnamese diacritics, the new record fields included', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: await recordDocx() });
    for (const phrase of [
      'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ lữ hành nội địa',
      '1. MỤC ĐÍCH',
      '5.8. Trình tự thực hiện',
      'Đối tượng thực hiện: ',
      'Doanh nghiệp; Hợp tác xã',
      'Cách thức thực hiện',
      'Qua dịch vụ bưu chính công ích',
      '8 ngày làm việc',
      '2.500.000 đồng',
      'Trường hợp nộp thay',
      'Đầu vào: Hồ sơ đã số hóa; Xác nhận ký quỹ của ngân hàng',
      'Hồ sơ đủ điều kiện?',
      'Đủ điều kiện → bước 5; Không đủ → bước 4',
      'Theo Quyết định số 1234/QĐ-UBND ngày 10/12/2025',
      'Giờ tiếp nhận cuối ngày',
      'Chú giải: Hình bầu dục',
      'Tổng thời gian giải quyết',
    ]) {
      expect(text).toContain(phrase);
    }
    // The case names itself one: no "Trường hợp: Trường hợp nộp thay".
    expect(text).not.toContain('Trường hợp: Trường hợp');
  });

  it('makes real tables whose first row is a header row that repeats on every page', async () => {
    const file = await docx('full');
    const { value: html } = await mammoth.convertToHtml({ buffer: file });
    const tables = html.match(/<table>/g) ?? [];
    // The cover's facts (a table without rules, as the PDF's), sign-off, history, definitions, dossier, time, steps,
    // forms, records.
    expect(tables.length).toBe(9);
    expect(html).toMatch(
      /<table><thead><tr><th><p><strong>TT<\/strong><\/p><\/th><th><p><strong>Trình tự<\/strong><\/p><\/th><th><p><strong>Trách nhiệm<\/strong><\/p><\/th><th><p><strong>Thời gian<\/strong><\/p><\/th><th><p><strong>Biểu mẫu \/ Kết quả<\/strong><\/p><\/th><\/tr><\/thead>/,
    );
    expect(html).toContain('<td><p>0,5 ngày làm việc</p></td>');
    // After the header row: one row per step (7) and the total.
    const steps = html.slice(html.indexOf('<strong>Trình tự</strong>'));
    expect(steps.slice(0, steps.indexOf('</table>')).match(/<tr>/g)!.length).toBe(7 + 1);
    expect(part(file, 'word/document.xml')).toMatch(/<w:tblHeader\/>/);
  });

  it('keeps the last step with the total row, which Word would otherwise leave alone on a page', async () => {
    const xml = part(await docx('full'), 'word/document.xml');
    // The steps table: the one whose last row is the total.
    const table = xml.split('<w:tbl>').find((t) => t.includes('Tổng thời gian giải quyết'))!;
    const rows = table.split('<w:tr>').slice(1);
    const keeps = (row: string) => [
      (row.match(/<w:p>|<w:p /g) ?? []).length,
      (row.match(/<w:keepNext\/>/g) ?? []).length,
    ];
    const [paragraphs, kept] = keeps(rows.at(-2)!);
    expect(kept).toBe(paragraphs);
    expect(keeps(rows.at(-3)!)[1]).toBe(0);
  });

  it('keeps §5.4 together: its table with the verdict line under it, each verdict line and heading whole', async () => {
    const xml = part(await recordDocx(), 'word/document.xml');
    // The time table: the one that starts with the limit, every paragraph of it kept with the next, down to the verdict.
    const table = xml.split('<w:tbl>').find((t) => t.includes('Thời hạn giải quyết theo quy định'))!;
    const rows = table.slice(0, table.indexOf('</w:tbl>')).split('<w:tr>').slice(1);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows)
      expect((row.match(/<w:keepNext\/>/g) ?? []).length).toBe((row.match(/<w:p>|<w:p /g) ?? []).length);
    // The verdict, the paragraph after the table: kept whole, a line of two never split over a page.
    const after = xml.slice(xml.indexOf('</w:tbl>', xml.indexOf('Thời hạn giải quyết theo quy định')));
    const verdict = /<w:p>.*?<\/w:p>/.exec(after)![0];
    expect(verdict).toContain('<w:b/>');
    expect(verdict).toContain('<w:keepLines/>');
    // Headings keep with their first line and are never split.
    const styles = part(await recordDocx(), 'word/styles.xml');
    for (const id of ['Heading1', 'Heading2']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(styles)![0];
      expect(style).toContain('<w:keepNext/>');
      expect(style).toContain('<w:keepLines/>');
    }
  });

  it("keeps a case's heading row and the header row with the row below them, never alone at a page's foot", async () => {
    const xml = part(await recordDocx(), 'word/document.xml');
    const table = xml.split('<w:tbl>').find((t) => t.includes('Trường hợp nộp thay'))!;
    const rows = table.split('<w:tr>').slice(1);
    const kept = (row: string) =>
      (row.match(/<w:p>|<w:p /g) ?? []).length === (row.match(/<w:keepNext\/>/g) ?? []).length;
    const heading = rows.findIndex((row) => row.includes('Trường hợp nộp thay'));
    expect(heading).toBeGreaterThan(0);
    expect(kept(rows[heading]!)).toBe(true);
    expect(kept(rows[0]!)).toBe(true);
    // An item row is not: a chain of kept rows would move the whole table to the next page.
    expect(rows[heading + 1]).not.toContain('<w:keepNext/>');
  });

  it('gives the step table the same column widths as the HTML the PDF prints, "Thời gian" wide enough to read', async () => {
    const xml = part(await docx('full'), 'word/document.xml');
    const table = xml.split('<w:tbl>').find((t) => t.includes('Tổng thời gian giải quyết'))!;
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => Number(w));
    const word = grid.map((w) => Math.round((w / grid.reduce((a, b) => a + b, 0)) * 100));
    const p = procedure('full');
    const subject = { procedure: p, analysis: analyseTime(p), lang: 'vi' as const };
    const html = renderHtml(compileTemplates(readTemplates()), subject, SVG.toString(), { pdf: true });
    const colgroup = /<table class="steps">\s*<colgroup>([\s\S]*?)<\/colgroup>/.exec(html)![1]!;
    const printed = [...colgroup.matchAll(/<col [^>]*style="width: ([\d.]+)%"/g)].map(([, w]) => Number(w));
    expect(printed).toEqual(word);
    // TT, Trình tự, Trách nhiệm, Thời gian, Biểu mẫu / Kết quả: "4 giờ làm việc" needs 14 % at 12 pt to stay on two lines.
    expect(printed[3]).toBeGreaterThanOrEqual(14);
  });

  it('lets a row taller than a page run onto the next, keeps the others whole, and names the language', async () => {
    const p = procedure('full');
    const steps = p.steps.map((step, i) => (i === 1 ? { ...step, description: 'Kiểm tra hồ sơ. '.repeat(200) } : step));
    const xml = part(await docx({ ...p, steps }), 'word/document.xml');
    const table = xml.split('<w:tbl>').find((t) => t.includes('Tổng thời gian giải quyết'))!;
    const unsplit = table
      .split('<w:tr>')
      .slice(1)
      .map((row) => row.includes('<w:cantSplit/>'));
    // The header row and every step row but the long one.
    expect(unsplit.filter((kept) => !kept)).toHaveLength(1);
    expect(unsplit[2]).toBe(false);
    const file = await recordDocx();
    expect(part(file, 'word/styles.xml')).toMatch(/<w:lang w:val="vi-VN"\/>/);
    // A line ended by a line break in a justified paragraph is not stretched to the margin.
    expect(part(file, 'word/settings.xml')).toMatch(/<w:doNotExpandShiftReturn\/>/);
  });

  it('puts the control header in the page header with page x/y as PAGE and NUMPAGES fields, and the logo in it', async () => {
    const file = await recordDocx();
    const header = part(file, 'word/header1.xml');
    expect(header).toContain('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(header).toContain('QUY TRÌNH');
    // The code in a bold run of its own, as the PDF's header prints it.
    expect(header.replace(/<[^>]+>/g, '')).toContain('Mã hiệu: QT-TEST-DD-05');
    expect(header).toContain('Ngày ban hành: 20/12/2025');
    expect(header).toContain('Ngày hiệu lực: 05/01/2026');
    expect(header).toMatch(/Trang: [\s\S]*PAGE[\s\S]*NUMPAGES/);
    expect(header).toContain('<pic:pic');
    // LibreOffice sizes a field's number by its paragraph's style, not by the run holding the field: the page line's
    // style is the header's 10 pt, so "1/4" is as small as "Trang:".
    const line = /<w:p>(?:(?!<\/w:p>)[\s\S])*?PAGE[\s\S]*?<\/w:p>/.exec(header)![0];
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(line)?.[1];
    expect(style).toBeDefined();
    const styles = part(file, 'word/styles.xml');
    expect(
      new RegExp(`<w:style [^>]*w:styleId="${style}"[\\s\\S]*?<w:sz w:val="20"/>[\\s\\S]*?</w:style>`).test(styles),
    ).toBe(true);
  });

  it('puts a wide flowchart on a landscape page of its own, A3 when asked, and the SVG with a PNG fallback', async () => {
    const upright = part(await recordDocx(), 'word/document.xml');
    expect(upright.match(/<w:sectPr/g)!.length).toBe(1);
    const a3 = await docx('record', { paper: 'A3', landscape: true });
    const body = part(a3, 'word/document.xml');
    expect(body.match(/<w:sectPr/g)!.length).toBe(3);
    // A3 landscape: 420 × 297 mm in twentieths of a point, between two upright A4 sections.
    expect(body.match(/<w:pgSz [^>]*>/g)).toEqual([
      '<w:pgSz w:w="11905" w:h="16837" w:orient="portrait"/>',
      '<w:pgSz w:w="23811" w:h="16837" w:orient="landscape"/>',
      '<w:pgSz w:w="11905" w:h="16837" w:orient="portrait"/>',
    ]);
    expect(body).toContain('svgBlip');
    const { value: text } = await mammoth.extractRawText({ buffer: a3 });
    expect(text.indexOf('5.7. Lưu đồ')).toBeLessThan(text.indexOf('5.8. Trình tự thực hiện'));
  });

  it('puts each piece of a split flowchart on a landscape page of its own, captioned, the legend after the last', async () => {
    const p = procedure('record');
    const sheet: Sheet = { paper: 'A4', landscape: true };
    const view = buildDocumentView({ procedure: p, analysis: analyseTime(p), lang: 'vi', flowchartPage: sheet });
    const tile = { type: 'svg' as const, data: SVG, fallback: LOGO, width: 900, height: 400 };
    const file = await renderDocx(view, { flowchartTiles: [tile, tile, tile] }, sheet);
    const body = part(file, 'word/document.xml');
    const landscape = '<w:pgSz w:w="16837" w:h="11905" w:orient="landscape"/>';
    const upright = '<w:pgSz w:w="11905" w:h="16837" w:orient="portrait"/>';
    expect(body.match(/<w:pgSz [^>]*>/g)).toEqual([upright, landscape, landscape, landscape, upright]);
    expect(body.match(/svgBlip/g)).toHaveLength(3);
    // Each piece prints at the size it was planned for (900 × 400 CSS px, inside the 252 × 110 mm area), not shrunk to the page.
    expect(body.match(/<wp:extent [^>]*>/g)).toEqual(
      Array(3).fill(`<wp:extent cx="${900 * 9525}" cy="${400 * 9525}"/>`),
    );
    const { value: text } = await mammoth.extractRawText({ buffer: file });
    const at = (phrase: string) => text.indexOf(phrase);
    expect(at('5.7. Lưu đồ')).toBeGreaterThan(-1);
    expect(at('5.7. Lưu đồ')).toBeLessThan(at('Lưu đồ, phần 1/3, tiếp theo ở trang sau'));
    expect(at('Lưu đồ, phần 1/3, tiếp theo ở trang sau')).toBeLessThan(at('Lưu đồ, phần 2/3, tiếp theo ở trang sau'));
    expect(at('Lưu đồ, phần 2/3, tiếp theo ở trang sau')).toBeLessThan(at('Lưu đồ, phần 3/3'));
    expect(text).not.toContain('Lưu đồ, phần 3/3, tiếp theo');
    expect(text.match(/Chú giải:/g)).toHaveLength(1);
    expect(at('Lưu đồ, phần 3/3')).toBeLessThan(at('Chú giải:'));
    expect(at('Chú giải:')).toBeLessThan(at('5.8. Trình tự thực hiện'));
  });

  it('prints each piece of a split flowchart in the room its own page has: the heading on the first, the legend on the last', async () => {
    const p = procedure('record');
    const sheet: Sheet = { paper: 'A4', landscape: true };
    const view = buildDocumentView({ procedure: p, analysis: analyseTime(p), lang: 'vi', flowchartPage: sheet });
    // 440 CSS px: 116.4 mm deep. Landscape A4 leaves 210 - 52 - 15 = 143 mm under the header; the first page keeps 8 + 12
    // of it (caption, heading): 123 mm, a middle one 8: 135, the last 8 + 16 (caption, legend): 119. All three print
    // as planned; while every page kept 36 mm (107 mm left), Word shrank each to 107 mm.
    const tile = { type: 'svg' as const, data: SVG, fallback: LOGO, width: 900, height: 440 };
    const body = part(await renderDocx(view, { flowchartTiles: [tile, tile, tile] }, sheet), 'word/document.xml');
    expect(body.match(/<wp:extent [^>]*>/g)).toEqual(
      Array(3).fill(`<wp:extent cx="${900 * 9525}" cy="${440 * 9525}"/>`),
    );
    // 480 px (127 mm) fits the middle page only: the first and last are shrunk to their room, the middle one is not.
    const deep = { ...tile, height: 480 };
    const shrunk = part(await renderDocx(view, { flowchartTiles: [deep, deep, deep] }, sheet), 'word/document.xml');
    const heights = (shrunk.match(/<wp:extent [^>]*>/g) ?? []).map((tag) => Number(/cy="(\d+)"/.exec(tag)![1]) / 36000);
    expect(heights.map((mm) => Math.round(mm))).toEqual([123, 127, 119]);
  });

  it("turns a landscape page's margins with the sheet: the 30 mm binding margin at its top, the bound edge", async () => {
    const body = part(await docx('record', { paper: 'A4', landscape: true }), 'word/document.xml');
    // Each section's margins in whole millimetres (Word keeps twentieths of a point).
    const mm = (twips: string) => Math.round((Number(twips) * 25.4) / 1440);
    const found = (body.match(/<w:pgMar [^>]*>/g) ?? []).map((tag) =>
      ['top', 'right', 'bottom', 'left', 'header']
        .map((side) => `${side}="${mm(new RegExp(` w:${side}="(\\d+)"`).exec(tag)![1]!)}"`)
        .join(' '),
    );
    // Decree 30/2020 upright: top 20, right 15, bottom 20, left 30 (the bound edge); the landscape page between, turned.
    expect(found).toEqual([
      'top="20" right="15" bottom="20" left="30" header="10"',
      'top="30" right="20" bottom="15" left="20" header="20"',
      'top="20" right="15" bottom="20" left="30" header="10"',
    ]);
  });

  it('keeps hostile text as text: markup, entities and control characters cannot break the file', async () => {
    const hostile = procedure('hostile');
    // A BEL and a vertical tab, which XML 1.0 cannot hold, written as YAML escapes.
    const file = await docx({ ...hostile, purpose: 'Chuông\u0007 và\u000b tab' });
    const { value: text, messages } = await mammoth.extractRawText({ buffer: file });
    expect(messages).toEqual([]);
    expect(text).toContain('<script>alert(1)</script> {{constructor}}');
    // The bell prints as nothing, the vertical tab (Word's Shift+Enter) as a space, as in every output.
    expect(text).toContain('Chuông và tab');
    expect(part(file, 'docProps/core.xml')).toContain('&lt;script&gt;');
    expect(part(file, 'word/document.xml')).not.toMatch(/<script|[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it("keeps the lines of a fee in the channels table, as in §5.6, where a channel shows the procedure's", async () => {
    const record = procedure('record');
    const fee = '- Từ 01 đến 03 phòng: 4.000.000 đồng\n- Tại khu vực khác: 2.000.000 đồng';
    // The in-person channel's own fee is the procedure's: a channel without one says "Như phí, lệ phí chung".
    const channels = record.channels!.map((channel) => (channel.kind === 'in_person' ? { ...channel, fee } : channel));
    const file = await docx({ ...record, fee, channels });
    const xml = part(file, 'word/document.xml');
    const broken =
      /- Từ 01 đến 03 phòng: 4\.000\.000 đồng<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>- Tại khu vực khác/g;
    // Twice: the in-person channel's row and §5.6.
    expect(xml.match(broken)).toHaveLength(2);
  });

  it('prints the cutoff as the page does: not under a limit in calendar days, beside the same-day channel', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: await docx('cutoff-calendar-days') });
    expect(text).not.toContain('Giờ tiếp nhận cuối ngày');
    expect(text).toContain('trong ngày (nhận sau 15:00 tính từ ngày làm việc tiếp theo)');
    // A limit in working days it moves: said once, under the limit.
    const { value: record } = await mammoth.extractRawText({ buffer: await recordDocx() });
    expect(record).toContain('Giờ tiếp nhận cuối ngày (nhận sau giờ này tính từ ngày làm việc tiếp theo)');
    expect(record).not.toContain('nhận sau 16:00');
  });

  it('carries the title, the code as subject and the agency as author', async () => {
    const core = part(await recordDocx(), 'docProps/core.xml');
    expect(core).toContain(
      '<dc:title>QT-TEST-DD-05 – Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ lữ hành nội địa</dc:title>',
    );
    expect(core).toContain('<dc:subject>QT-TEST-DD-05</dc:subject>');
    expect(core).toContain('<dc:creator>Sở Văn hóa, Thể thao và Du lịch</dc:creator>');
    // Not the docx package's "Un-named", which Word shows as "Last modified by".
    expect(core).toContain('<cp:lastModifiedBy>Sở Văn hóa, Thể thao và Du lịch</cp:lastModifiedBy>');
  });

  // Probe doc54 (QT-HT-02): the PDF and the Word file of one procedure printed these four differently.
  it('prints as the PDF does: the code bold in the header, the facts a table, a description in italics at 11 pt', async () => {
    const file = await docx('full');
    const headers = ['word/header1.xml', 'word/header2.xml']
      .map((name) => {
        try {
          return part(file, name);
        } catch {
          return '';
        }
      })
      .join('');
    const code = headers.indexOf('QT-');
    expect(code).toBeGreaterThan(0);
    // The run holding the code (page-header.hbs: "Mã hiệu: <b>…</b>").
    expect(headers.slice(headers.lastIndexOf('<w:r>', code), code)).toContain('<w:b/>');
    const xml = part(file, 'word/document.xml');
    // The facts: a table's cells, label in italics, not centred lines.
    const fact = xml.indexOf('Lĩnh vực');
    expect(fact).toBeGreaterThan(0);
    expect(xml.slice(xml.lastIndexOf('<w:tc>', fact), fact)).toContain('<w:i/>');
    expect(xml.slice(xml.lastIndexOf('<w:p>', fact), fact)).not.toContain('<w:jc w:val="center"/>');
    // A step's description: italic, 11 pt (22 half-points), as document.css's .note.
    const description = xml.indexOf('Kiểm tra tính đầy đủ của hồ sơ');
    const run = xml.slice(xml.lastIndexOf('<w:r>', description), description);
    expect(run).toContain('<w:i/>');
    expect(run).toContain('<w:sz w:val="22"/>');
  });
});
