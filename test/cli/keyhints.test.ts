import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/cli/fixtures/keyhints';

/** A copy of a fixture in a folder of its own, for --fix and for runs from inside it. */
function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-keyhints-'));
  cpSync(join(ROOT, FIXTURES, name), join(dir, name), { recursive: true });
  return join(dir, name);
}

// An officer's first week (probe of first drafts): keys typed without accents or as the document's headings.
describe('keys an officer types without accents or as headings (CLI)', () => {
  it('says what to write for ma, ten, buoc… and --fix renames them all, so the step checks run', async () => {
    const result = await runCli(['lint', `${FIXTURES}/khong-dau-keys.yaml`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('2:1  lỗi  Trường không hợp lệ "ma"; hãy ghi id: QT-TNMT-01  schema');
    expect(result.stdout).toContain('7:1  lỗi  Trường không hợp lệ "buoc"; hãy ghi steps: …  schema');
    const file = copy('khong-dau-keys.yaml');
    const fixed = await runCli(['lint', '--fix', file]);
    expect(fixed.stderr).toContain('procmap: đã sửa');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('\nid: QT-TNMT-01\n');
    expect(text).toContain('\nsteps:\n  - id: B1\n    name: Tiep nhan ho so\n    body: Bo phan mot cua\n');
    expect(text).not.toMatch(/^(ma|buoc):/m);
  });

  it('reads "mã" by its value: a national code is code, any other the document id', async () => {
    const file = copy('khong-dau-keys.yaml');
    const text = readFileSync(file, 'utf8').replace('ma: QT-TNMT-01', 'id: QT-TNMT-01\nmã: "1.004227"');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, text);
    const result = await runCli(['lint', file]);
    expect(result.stdout).toContain('Trường không hợp lệ "mã"; hãy ghi code: 1.004227  schema');
  });

  it('reads "Cơ sở pháp lý" as "Căn cứ pháp lý", and --fix writes legal_basis', async () => {
    const result = await runCli(['lint', `${FIXTURES}/co-so-phap-ly.yaml`]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toContain('6:1  lỗi  Trường không hợp lệ "Cơ sở pháp lý"; hãy ghi legal_basis: …  schema');
    const file = copy('co-so-phap-ly.yaml');
    await runCli(['lint', '--fix', file]);
    expect(readFileSync(file, 'utf8')).toContain('\nlegal_basis:\n  - Luật Hộ tịch');
  });

  it('reads a step\'s "tiep_theo" and "Tiếp theo" as next', async () => {
    const result = await runCli(['lint', `${FIXTURES}/tiep-theo.yaml`]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toContain('11:5  lỗi  Trường không hợp lệ "tiep_theo"; hãy ghi next: B2  schema');
    expect(result.stdout).toContain('16:5  lỗi  Trường không hợp lệ "Tiếp theo"; hãy ghi next: B3  schema');
    const file = copy('tiep-theo.yaml');
    await runCli(['lint', '--fix', file]);
    const fixed = await runCli(['lint', file]);
    expect(fixed).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('messages an officer meets in a first draft (CLI)', () => {
  it('shows the lines to write when bodies is written on one line with commas', async () => {
    const result = await runCli(['lint', `${FIXTURES}/bodies-one-line.yaml`]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toContain(
      '8:9  lỗi  "bodies" liệt kê các đơn vị, mỗi đơn vị một dòng bên dưới "bodies:", lùi vào hai dấu cách, ghi mã, dấu hai chấm rồi tên, ví dụ BPMC: Bộ phận Một cửa; procmap không tách "Bộ phận Một cửa, Công chức Tư pháp - Hộ tịch" theo dấu phẩy vì tên một đơn vị có thể có dấu phẩy  schema',
    );
    expect(result.stdout).not.toContain('khóa – giá trị');
  });

  it('shows how to declare a body no declaration names', async () => {
    const result = await runCli(['lint', `${FIXTURES}/undeclared-body.yaml`]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toContain(
      'hoặc khai báo thêm đơn vị này bằng mã và tên đầy đủ, ví dụ dưới bodies: VPDKDD: Văn phòng Đăng ký đất đai  known-body',
    );
  });

  it('asks whether a step that leads to itself meant the step after it', async () => {
    const result = await runCli(['lint', `${FIXTURES}/self-loop.yaml`]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toContain(
      '26:11  lỗi  Bước B2 chuyển sang chính nó; có phải là bước B3, bước ngay sau nó? Hãy ghi mã bước đó ở "next".',
    );
  });

  it('words a bare "ngày" on a time limit as a limit, not as a step table', async () => {
    const result = await runCli(['lint', `${FIXTURES}/bare-limit.yaml`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('(cán bộ thường ghi thời hạn theo nghĩa này)');
    expect(result.stdout).not.toContain('bảng các bước');
  });
});

describe('procmap lint with no path (CLI)', () => {
  it('skips the folders ignores: names in the configuration of the current folder', async () => {
    const dir = copy('walk-ignores');
    const result = await runCli(['lint'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: '✔ 1 tệp đã kiểm tra, không có vấn đề\n' });
  });

  it('still checks an ignored folder named on the command line', async () => {
    const dir = copy('walk-ignores');
    const result = await runCli(['lint', 'drafts'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('drafts/ban-nhap.yaml');
  });

  it("in procmap's own clone checks the example catalog, not the broken test fixtures", async () => {
    const result = await runCli(['lint'], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('test/');
  });
});

describe('help and rules in Vietnamese (CLI)', () => {
  it('lint --help shows no raw default and no jargon', async () => {
    const result = await runCli(['lint', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('(mặc định: [])');
    expect(result.stdout).not.toContain('lược đồ');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('mặc định: thư mục hiện tại');
  });

  it('procmap rules says severities and presets in Vietnamese', async () => {
    const result = await runCli(['rules', '--lang', 'vi'], { cwd: join(ROOT, FIXTURES) });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^parse +lỗi +khuyên dùng \(recommended\) +có /m);
    expect(result.stdout).not.toMatch(/ (error|warn) /);
  });
});
