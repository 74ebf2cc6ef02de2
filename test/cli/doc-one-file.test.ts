import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';

const FIXTURES = 'test/render/document/fixtures';
const FULL = `${FIXTURES}/full.yaml`;
const NO_BROWSER = { PROCMAP_CHROME: '/nonexistent/chromium' };

// A working folder of its own with the procedure in it, so that `-o d1.md` is a name relative to it, as typed.
function workFolder(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'procmap-doc-file-'));
  copyFileSync(join(ROOT, FULL), join(cwd, 'full.yaml'));
  return cwd;
}

// `-o d1.md` made a folder named d1.md with QT-TEST-HKD-01.md in it: an officer naming the file to save got a folder.
describe('procmap doc -o <file>: one procedure, one file named by -o', () => {
  it('writes the one Markdown file -o names, in the format its ending gives, and nothing else but the record', async () => {
    const cwd = workFolder();
    const result = await runCli(['doc', 'full.yaml', '-o', 'd1.md'], { cwd, env: NO_BROWSER });
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '', 'd1.md\n']);
    expect(statSync(join(cwd, 'd1.md')).isFile()).toBe(true);
    expect(readFileSync(join(cwd, 'd1.md'), 'utf8')).toMatch(/^# QUY TRÌNH: Đăng ký thành lập hộ kinh doanh\n/);
    expect(readdirSync(cwd).sort()).toEqual([OUTPUT_RECORD, 'd1.md', 'full.yaml']);
    // Run again: the file is procmap's, so it is replaced without --force.
    const again = await runCli(['doc', 'full.yaml', '-o', 'd1.md'], { cwd, env: NO_BROWSER });
    expect([again.code, again.stderr, again.stdout]).toEqual([0, '', 'd1.md\n']);
  });

  it('reads .markdown and an ending in capitals as the same format, and puts the file in a folder it makes', async () => {
    const cwd = workFolder();
    const result = await runCli(['doc', 'full.yaml', '-o', 'ban-in/Quy-trinh.MARKDOWN'], { cwd, env: NO_BROWSER });
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '', 'ban-in/Quy-trinh.MARKDOWN\n']);
    expect(readdirSync(join(cwd, 'ban-in')).sort()).toEqual([OUTPUT_RECORD, 'Quy-trinh.MARKDOWN']);
  });

  it('still reads -o as a folder when it ends in a slash, is a folder already, or has no document ending', async () => {
    for (const output of ['d1.md/', 'v1.2']) {
      const cwd = workFolder();
      const result = await runCli(['doc', 'full.yaml', '-f', 'md', '-o', output], { cwd, env: NO_BROWSER });
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(readdirSync(join(cwd, output)).sort()).toEqual([OUTPUT_RECORD, 'QT-TEST-HKD-01.md']);
    }
    const cwd = workFolder();
    mkdirSync(join(cwd, 'old.pdf'));
    const result = await runCli(['doc', 'full.yaml', '-f', 'md', '-o', 'old.pdf'], { cwd, env: NO_BROWSER });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(readdirSync(join(cwd, 'old.pdf')).sort()).toEqual([OUTPUT_RECORD, 'QT-TEST-HKD-01.md']);
  });

  it('refuses, writing nothing, a --format that differs from the ending, saying what to write in either language', async () => {
    const cwd = workFolder();
    const vi = await runCli(['doc', 'full.yaml', '-o', 'd1.md', '--format', 'pdf'], { cwd, env: NO_BROWSER });
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      'procmap: -o d1.md là tên một tệp Markdown, nhưng --format lại yêu cầu pdf: hãy viết --format md, hoặc ghi tên một thư mục cho các tài liệu: -o d1\n',
    );
    const en = await runCli(['doc', 'full.yaml', '-o', 'd1.pdf', '-f', 'md,pdf', '--lang', 'en'], {
      cwd,
      env: NO_BROWSER,
    });
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      'procmap: -o d1.pdf names one PDF, but --format asks for md, pdf: write --format pdf, or name a folder for the documents: -o d1\n',
    );
    // The format the ending gives, asked for again, is no conflict.
    const same = await runCli(['doc', 'full.yaml', '-o', 'd1.md', '--format', 'markdown'], { cwd, env: NO_BROWSER });
    expect([same.code, same.stderr, same.stdout]).toEqual([0, '', 'd1.md\n']);
    expect(readdirSync(cwd).sort()).toEqual([OUTPUT_RECORD, 'd1.md', 'full.yaml']);
  });

  it('refuses, writing nothing, one file for several procedures, and .doc for .docx', async () => {
    const cwd = workFolder();
    copyFileSync(join(ROOT, FIXTURES, 'five-lanes.yaml'), join(cwd, 'five-lanes.yaml'));
    const many = await runCli(['doc', '.', '-o', 'tat-ca.md'], { cwd, env: NO_BROWSER });
    expect([many.code, many.stdout]).toEqual([2, '']);
    expect(many.stderr).toBe(
      'procmap: -o tat-ca.md là tên một tệp, nhưng tìm thấy 2 quy trình: hãy chỉ ra tệp của một quy trình, hoặc ghi tên một thư mục để mỗi quy trình một tài liệu: -o tat-ca\n',
    );
    const doc = await runCli(['doc', 'full.yaml', '-o', 'd1.doc', '--lang', 'en'], { cwd, env: NO_BROWSER });
    expect([doc.code, doc.stdout, doc.stderr]).toEqual([
      2,
      '',
      'procmap: procmap writes Word documents as .docx, not .doc: write -o d1.docx\n',
    ]);
    expect(readdirSync(cwd).sort()).toEqual(['five-lanes.yaml', 'full.yaml']);
  });

  it('refuses a file of the same name that procmap did not write, unless --force', async () => {
    const cwd = workFolder();
    copyFileSync(join(cwd, 'full.yaml'), join(cwd, 'notes.md'));
    const result = await runCli(['doc', 'full.yaml', '-o', 'notes.md'], { cwd, env: NO_BROWSER });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toContain('notes.md');
    expect(readFileSync(join(cwd, 'notes.md'), 'utf8')).toBe(readFileSync(join(cwd, 'full.yaml'), 'utf8'));
  });
});
