import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierItemOf } from '../../src/model/dossier-line.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Dossier items pasted from a Word list, each ended with ";" and the last with ".".
const FIXTURE = join(ROOT, 'test/cli/fixtures/dossier-list-end');

describe('a dossier item ended with the punctuation of a pasted list', () => {
  it.each([
    ['Tờ khai đăng ký: 01 bản chính;', { name: 'Tờ khai đăng ký', originals: 1 }],
    ['Giấy ủy quyền: 01 bản chính.', { name: 'Giấy ủy quyền', originals: 1 }],
    ['Giấy tờ tùy thân: 01 bản sao có chứng thực;', { name: 'Giấy tờ tùy thân', copies: '01 bản sao có chứng thực' }],
    ['Đơn đề nghị (01 bản chính);', { name: 'Đơn đề nghị', originals: 1 }],
    ['Ảnh 4x6 - 02 bản,', { name: 'Ảnh 4x6', copies: '02 bản' }],
    // A name alone keeps what it was written with: a final "." may be an abbreviation's.
    ['Giấy tờ khác có liên quan v.v.', { name: 'Giấy tờ khác có liên quan v.v.' }],
  ])('%j counts as %j', (text, item) => {
    expect(dossierItemOf(text)).toEqual(item);
  });

  it('prints the count in its column without the mark', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-dossier-list-end-'));
    const result = await runCli(['doc', '-f', 'md', '-o', out, 'p.yaml'], { cwd: FIXTURE });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = readFileSync(join(out, 'QT-LB-02.md'), 'utf8').split('\n');
    const first = lines.findIndex((line) => line.startsWith('| 1 | Tờ khai đăng ký'));
    expect(lines.slice(first, first + 4)).toEqual([
      '| 1 | Tờ khai đăng ký | 01 bản |  |  |',
      '| 2 | Giấy tờ tùy thân |  | 01 bản sao có chứng thực |  |',
      '| 3 | Giấy ủy quyền | 01 bản |  |  |',
      '| 4 | Giấy chứng nhận | 01 bản |  |  |',
    ]);
  });

  it('is written by --fix with its originals counted, never as copies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-dossier-list-end-'));
    cpSync(FIXTURE, dir, { recursive: true });
    const result = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.stderr).toBe('procmap: fixed 4 problems in p.yaml\n');
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'p.yaml'), 'utf8');
    expect(text).toContain(
      [
        'dossier:',
        '  - { name: Tờ khai đăng ký, originals: 1 }',
        '  - { name: Giấy tờ tùy thân, copies: "01 bản sao có chứng thực" }',
        '  - { name: Giấy ủy quyền, originals: 1 }',
        '  - { name: Giấy chứng nhận, originals: 1 }',
        '',
      ].join('\n'),
    );
  });
});
