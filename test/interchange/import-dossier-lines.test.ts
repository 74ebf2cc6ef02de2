import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

describe('procmap import: dossier lines of a catalog', () => {
  it('reads the count a line ends with, as the loader reads the same line', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-import-dossier-'));
    const csv = join(ROOT, 'test/interchange/fixtures/dossier-lines/danh-muc-ho-so.csv');
    const run = await runCli(['import', '--lang', 'en', csv, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, '1.001193.yaml'), 'utf8')).toContain(
      'dossier:\n  - name: Tờ khai đăng ký khai sinh\n    originals: 1\n  - name: Giấy chứng sinh\n    originals: 1\n',
    );
  });

  it('reads a national record’s dossier given as lines, not as GIAYTO fields, the same way', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-import-dossier-'));
    const json = join(out, 'ho-so-dong.json');
    const record = {
      MATTHC: '1.000001',
      TENTTHC: 'Thủ tục thử',
      CACHTHUCTHUCHIEN: [{ KENH: '1', THOIGIAN: [{ THOIGIANGIAIQUYET: '5', DONVITINH: 'Ngày làm việc' }] }],
      THANHPHANHOSO: ['Đơn đề nghị: 01 bản chính', { TRUONGHOP: 'Nộp thay', GIAYTO: ['Giấy ủy quyền: 02 bản chính'] }],
    };
    writeFileSync(json, JSON.stringify(record));
    const run = await runCli(['import', '--lang', 'en', json, '-o', out, '--effective', '2025-07-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, '1.000001.yaml'), 'utf8')).toContain(
      'dossier:\n  - name: Đơn đề nghị\n    originals: 1\n  - name: Giấy ủy quyền\n    originals: 2\n    case: Nộp thay\n',
    );
  });
});
