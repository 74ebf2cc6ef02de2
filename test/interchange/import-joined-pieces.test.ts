import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// What an import read of one thing as two, or of a copy as a paper of no kind: a national record that splits a step's
// or a paper's name over entries, and an officer's Word table whose "Bản sao" column holds the only counts.
const FIXTURES = join(ROOT, 'test/interchange/fixtures');

async function imported(file: string, id: string) {
  const out = mkdtempSync(join(tmpdir(), 'procmap-joined-pieces-'));
  const run = await runCli(['import', '--lang', 'en', file, '-o', out, '--effective', '2025-07-01'], {
    cwd: FIXTURES,
  });
  const text = readFileSync(join(out, `${id}.yaml`), 'utf8');
  return { run, out, text, procedure: parse(text) as Record<string, unknown> };
}

describe('procmap import: a national record that splits a name over entries', () => {
  it('joins the pieces of a step and of a paper, as the Word import joins a two-line name', async () => {
    const { run, out, text, procedure } = await imported('national-record/ten-tach-doan.json', '1.001193');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `imported     ${out}/1.001193.yaml  ← national-record/ten-tach-doan.json: record 1 (1.001193)\n` +
        "               3 draft steps from the public sequence: write each one's body and duration\n" +
        '               7 fields procmap has no place for kept in the note\n' +
        '1 imported, 0 skipped\n',
    );
    const steps = procedure.steps as { name: string }[];
    expect(steps.map((step) => step.name)).toEqual([
      'Người yêu cầu đăng ký khai sinh nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.',
      'Công chức tư pháp - hộ tịch kiểm tra hồ sơ, nếu đầy đủ thì ghi vào Sổ hộ tịch.',
      'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh; trả kết quả cho người yêu cầu.',
    ]);
    const dossier = procedure.dossier as { name: string; originals?: number }[];
    expect(dossier.map((paper) => paper.name)).toEqual([
      'Tờ khai đăng ký khai sinh theo mẫu',
      'Giấy chứng sinh do cơ sở y tế cấp, hoặc văn bản của người làm chứng xác nhận về việc sinh',
      'Văn bản ủy quyền',
    ]);
    expect(dossier[1]!.originals).toBe(1);
    await expect(text).toMatchFileSnapshot('golden/ten-tach-doan.yaml');
  });
});

describe('procmap import: a Word dossier table whose "Bản sao" column holds the only counts', () => {
  it('writes each as copies in words, so the document prints "01 bản sao", not a paper of no kind', async () => {
    const { run, out, procedure } = await imported('officer-tables/ban-sao-khong-ban-chinh.docx', 'QT-KT-HKD-01');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `imported     ${out}/QT-KT-HKD-01.yaml  ← officer-tables/ban-sao-khong-ban-chinh.docx (Đăng ký thành lập hộ kinh doanh)\n` +
        '               the table gives 6 steps no id: procmap numbered B1–B6\n' +
        '1 imported, 0 skipped\n',
    );
    expect(procedure.dossier).toEqual([
      { name: 'Giấy đề nghị đăng ký hộ kinh doanh', copies: '01 bản sao', form: 'Mẫu do Bộ Tài chính ban hành' },
      {
        name: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký)',
        copies: '01 bản sao',
      },
      {
        name: 'Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (nếu có)',
        copies: '01 bản sao',
      },
    ]);
  });
});
