import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Officers' first drafts (probe drafts64) that procmap read otherwise than meant, without a word.
const DIR = join(ROOT, 'test/cli/fixtures/officer-drafts');

// The text without the flowchart's summary note, whose lines procmap itself starts with "• ": a Word bullet pasted
// into a list item or a step name (its box, in the chart or the document's mermaid block) is still seen.
const outsideSummary = (text: string): string => {
  const notes = text.match(/^\s*summary\[".*"\]:::note$/gmu) ?? [];
  expect(notes.length).toBeLessThanOrEqual(1);
  return text.replace(/^\s*summary\[".*"\]:::note$/gmu, '');
};

describe("officers' first drafts (CLI)", () => {
  it('asks whether a step of "72 giờ" is working hours or hours on the clock, with what to write for each', async () => {
    const result = await runCli(['lint', join(DIR, 'step-72-gio.yaml'), '--lang', 'vi']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '  10:15  cảnh báo  Bước B1: "72 giờ" đang được tính là 72 giờ làm việc (9 ngày làm việc); "72 giờ" có thể là giờ tính liên tục (3 ngày). Nếu là giờ làm việc, hãy ghi "72 giờ làm việc"; nếu là giờ liên tục, hãy ghi "3 ngày lịch"  ambiguous-hours\n',
    );
  });

  it('prints a fee typed "50k" as 50.000 đồng in the document', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-drafts-fee-'));
    const result = await runCli(['doc', join(DIR, 'fee-50k.yaml'), '-o', out, '-f', 'md']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const doc = readFileSync(join(out, 'QT-TP-14.md'), 'utf8');
    expect(doc).toContain('| Trực tuyến | 10 ngày làm việc | 50.000 đồng |  |\n');
    expect(doc).not.toContain('50k');
  });

  it('prints a list item and a step name without the Word bullet pasted before them, and lint says where', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-drafts-bullets-'));
    const files = [join(DIR, 'item-bullets.yaml'), join(DIR, 'step-name-bullet.yaml')];
    const doc = await runCli(['doc', ...files, '-o', out, '-f', 'md']);
    expect(doc).toMatchObject({ code: 0, stderr: '' });
    const conditions = readFileSync(join(out, 'QT-TP-15.md'), 'utf8');
    expect(conditions).toContain('Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi');
    expect(outsideSummary(conditions)).not.toContain('•');
    expect(outsideSummary(readFileSync(join(out, 'QT-TP-22.md'), 'utf8'))).not.toContain('•');
    const time = await runCli(['time', files[1]!, '--lang', 'vi']);
    expect(time).toMatchObject({ code: 0, stderr: '' });
    expect(time.stdout).toContain('  2.1   2.1      Tiếp nhận hồ sơ  BPMC ');
    expect(time.stdout).not.toContain('•');
    const chart = await runCli(['flowchart', files[1]!, '-o', out, '-f', 'mmd']);
    expect(chart).toMatchObject({ code: 0, stderr: '' });
    const mermaid = readFileSync(join(out, 'QT-TP-22.flowchart.mmd'), 'utf8');
    expect(mermaid).toContain('Tiếp nhận hồ sơ');
    expect(outsideSummary(mermaid)).not.toContain('•');
    const lint = await runCli(['lint', files[1]!, '--lang', 'en']);
    expect(lint).toMatchObject({ code: 0, stderr: '' });
    expect(lint.stdout).toContain(
      'The name of step 2.1 starts with the bullet "•": procmap leaves it out of the times, the document and the flowchart; delete it  bulleted-list\n',
    );
  });

  it('says lines typed without "- " are read as one item, and --fix writes a "- " line for each', async () => {
    const result = await runCli(['lint', join(DIR, 'lines-no-dash.yaml'), '--lang', 'vi']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '  7:3   cảnh báo  legal_basis ghi 3 dòng nhưng procmap đang hiểu là MỘT mục: "Luật Hộ tịch 2014 Nghị định 123/2015/NĐ-CP Thông tư 04/2020/TT-BTP". Nếu là 3 mục, hãy viết mỗi mục trên một dòng bắt đầu bằng "- "  items-in-one-text\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'procmap-drafts-lines-'));
    const file = join(dir, 'lines.yaml');
    copyFileSync(join(DIR, 'lines-no-dash.yaml'), file);
    expect((await runCli(['lint', '--fix', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(
      'legal_basis:\n  - Luật Hộ tịch 2014\n  - Nghị định 123/2015/NĐ-CP\n  - Thông tư 04/2020/TT-BTP\ndossier:\n  - Tờ khai đăng ký khai sinh\n  - Giấy chứng sinh\n',
    );
  });

  it('with extends: canonical, --fix writes legal documents typed on one line as items, never [A; B]', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-drafts-documents-'));
    const file = join(dir, 'documents.yaml');
    copyFileSync(join(DIR, 'documents-one-line.yaml'), file);
    writeFileSync(join(dir, 'procmap.config.yaml'), 'extends: canonical\n');
    const result = await runCli(['lint', '--fix', file]);
    expect(result.stderr).toMatch(/^procmap: đã sửa \d+ vấn đề trong .*documents\.yaml\n$/);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('legal_basis:\n  - Luật Bảo vệ môi trường 2020\n  - Nghị định 08/2022/NĐ-CP\n');
    expect(fixed).not.toContain('[Luật');
  });
});
