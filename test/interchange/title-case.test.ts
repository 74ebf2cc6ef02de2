import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { titleAsName } from '../../src/interchange/title-case.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// quy-trinh-tieu-de-in-hoa.docx: an ISO document as an officer writes it in Word (made with LibreOffice from HTML),
// its header printing the title in capitals, its purpose restating it as a sentence.
const W = 'test/interchange/fixtures/quy-trinh-tieu-de-in-hoa.docx';

describe('titleAsName: a title printed in capitals written as a name', () => {
  it('writes syllables in small letters and keeps abbreviations and numbers as printed', () => {
    expect(titleAsName('CẤP GIẤY PHÉP XÂY DỰNG NHÀ Ở RIÊNG LẺ CỦA UBND CẤP HUYỆN')).toBe(
      'Cấp giấy phép xây dựng nhà ở riêng lẻ của UBND cấp huyện',
    );
    expect(titleAsName('ĐĂNG KÝ THÀNH LẬP CÔNG TY TNHH HAI THÀNH VIÊN TRỞ LÊN')).toBe(
      'Đăng ký thành lập công ty TNHH hai thành viên trở lên',
    );
    expect(titleAsName('CẤP ĐỔI GIẤY PHÉP LÁI XE (GPLX), CẤP THẺ BHYT')).toBe(
      'Cấp đổi giấy phép lái xe (GPLX), cấp thẻ BHYT',
    );
    expect(titleAsName('CẤP LẠI CHỨNG CHỈ HÀNH NGHỀ DƯỢC THEO NGHỊ ĐỊNH 54/2017/NĐ-CP')).toBe(
      'Cấp lại chứng chỉ hành nghề dược theo Nghị định 54/2017/NĐ-CP',
    );
  });

  it('reads the first pages alone for capitals, and no context for a "title" of hundreds of words', () => {
    // A damaged or hostile document (a title of thousands of words, paragraphs of megabytes) was compared word by word
    // with every text: minutes. The name lent past the first 200,000 characters, or to a 300-word title, is not taken.
    const filler = 'Nội dung khác. '.repeat(14_000); // 210,000 characters
    const late = [filler, 'Quy định trình tự cấp Phiếu lý lịch tư pháp cho công dân.'];
    expect(titleAsName('CẤP PHIẾU LÝ LỊCH TƯ PHÁP', late)).toBe('Cấp phiếu lý lịch tư pháp');
    expect(titleAsName('CẤP PHIẾU LÝ LỊCH TƯ PHÁP', late.slice(1))).toBe('Cấp Phiếu lý lịch tư pháp');
    const long = `CẤP PHIẾU LÝ LỊCH TƯ PHÁP ${'VÀ '.repeat(300)}`.trim();
    expect(titleAsName(long, late.slice(1)).startsWith('Cấp phiếu lý lịch tư pháp và')).toBe(true);
  });

  it('takes the capitals of names from the document, not from the start of its sentences', () => {
    const context = [
      'Quy định trình tự cấp Phiếu lý lịch tư pháp cho công dân Việt Nam.',
      'Cấp phiếu theo yêu cầu. Công dân nộp tờ khai.',
    ];
    expect(titleAsName('CẤP PHIẾU LÝ LỊCH TƯ PHÁP CHO CÔNG DÂN VIỆT NAM', context)).toBe(
      'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    );
    // "Công dân" opens a sentence there: it lends no capital.
    expect(titleAsName('HƯỚNG DẪN CÔNG DÂN NỘP TỜ KHAI', context)).toBe('Hướng dẫn công dân nộp tờ khai');
  });

  it('keeps a title not in capitals as written, its first letter a capital', () => {
    expect(titleAsName('cấp bản sao trích lục hộ tịch')).toBe('Cấp bản sao trích lục hộ tịch');
    expect(titleAsName('Đăng ký khai sinh cho trẻ em tại Việt Nam')).toBe('Đăng ký khai sinh cho trẻ em tại Việt Nam');
  });
});

describe('procmap import: an ISO document in Word whose header prints the title in capitals', () => {
  it('writes the title as the document writes it in its purpose, and reads the step table', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-title-'));
    const run = await runCli(['import', '--lang', 'en', join(ROOT, W), '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam)');
    const yaml = readFileSync(join(out, 'QT-STP-LLTP-01.yaml'), 'utf8');
    expect(yaml).toContain('\ntitle: Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam\n');
    expect(yaml.match(/^ {2}- id: B\d$/gm)).toEqual([
      '  - id: B1',
      '  - id: B2',
      '  - id: B3',
      '  - id: B4',
      '  - id: B5',
      '  - id: B6',
      '  - id: B7',
    ]);
    expect(yaml).toContain('time_limit: Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.\n');
  });
});
