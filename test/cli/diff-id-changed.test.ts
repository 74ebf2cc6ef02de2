import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = join(ROOT, 'test/fixtures/diff-id-changed');

describe('procmap diff of a procedure whose id was changed, the title kept', () => {
  it('names on the removed and the added procedure the other of the same title, and the id to write again', async () => {
    // trich-luc.yaml: QT-HT-09 → QT-HT-90, nothing else changed; khai-sinh.yaml (QT-HT-10) abolished and khai-tu.yaml
    // (QT-HT-11) new, of other titles: no pair, said as before.
    const vi = await runCli(['diff', 'before', 'after', '--fail-on', 'breaking'], { cwd: FIXTURE });
    expect(vi.stderr).toBe('');
    // The levels stay: an id that changed is a procedure the documents and the one-stop software no longer find.
    expect(vi.code).toBe(1);
    expect(vi.stdout).toBe(
      [
        'QT-HT-09 Cấp bản sao trích lục hộ tịch (before/trich-luc.yaml)',
        '  nghiêm trọng  Bỏ quy trình  cùng tên với QT-HT-90 thêm mới: nếu mã hiệu bị đổi nhầm, hãy ghi lại mã QT-HT-09',
        '',
        'QT-HT-10 Cấp bản sao giấy khai sinh (before/khai-sinh.yaml)',
        '  nghiêm trọng  Bỏ quy trình',
        '',
        'QT-HT-11 Cấp bản sao giấy khai tử (after/khai-tu.yaml)',
        '  thông tin     Thêm quy trình',
        '',
        'QT-HT-90 Cấp bản sao trích lục hộ tịch (after/trich-luc.yaml)',
        '  thông tin     Thêm quy trình  cùng tên với QT-HT-09 bị bỏ: nếu mã hiệu bị đổi nhầm, hãy ghi lại mã QT-HT-09',
        '',
        '4 quy trình thay đổi: 2 nghiêm trọng, 0 cảnh báo, 2 thông tin',
        '',
      ].join('\n'),
    );
  });

  it('says the same in Markdown, whole within the note column, and in JSON with the other file', async () => {
    const md = await runCli(['diff', '--lang', 'en', 'before', 'after', '--format', 'markdown'], { cwd: FIXTURE });
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('');
    expect(md.stdout).toContain(
      '| `QT-HT-09` | Procedure removed | Cấp bản sao trích lục hộ tịch |  |  | same title as QT-HT-90, added: if the id was changed by mistake, write QT-HT-09 again |\n',
    );
    expect(md.stdout).toContain(
      '| `QT-HT-90` | Procedure added |  | Cấp bản sao trích lục hộ tịch |  | same title as QT-HT-09, removed: if the id was changed by mistake, write QT-HT-09 again |\n',
    );
    expect(md.stdout).toMatch(
      /\| `QT-HT-10` \| Procedure removed \| Cấp bản sao giấy khai sinh \| {2}\| {2}\| {2}\|\n/,
    );
    const json = await runCli(['diff', 'before', 'after', '--format', 'json'], { cwd: FIXTURE });
    expect(json.code).toBe(0);
    const changes = JSON.parse(json.stdout).changes as { procedure: string; kind: string; sameTitle?: unknown }[];
    expect(changes.map((c) => [c.procedure, c.kind, c.sameTitle])).toEqual([
      ['QT-HT-09', 'procedure-removed', { id: 'QT-HT-90', file: 'after/trich-luc.yaml' }],
      ['QT-HT-10', 'procedure-removed', undefined],
      ['QT-HT-11', 'procedure-added', undefined],
      ['QT-HT-90', 'procedure-added', { id: 'QT-HT-09', file: 'before/trich-luc.yaml' }],
    ]);
  });
});
