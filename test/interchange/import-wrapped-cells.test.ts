import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinedAfterDash } from '../../src/interchange/text.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// quy-trinh-xuong-dong.docx (make-word.mjs): a "Trách nhiệm" cell wrapped by hand after the dash of its name. Before, its
// first line was the body ("Công chức Tư pháp -", key CCTP) and the second the role of who in it does the step.
const DIR = join(ROOT, 'test/interchange/fixtures');

describe('procmap import: a body name wrapped by hand in its cell', () => {
  it('reads a line ending in a dash as going on over the next, and a second line otherwise as who does the step', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-wrapped-'));
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'quy-trinh-xuong-dong.docx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT')).toBe(
      'imported     OUT/QT-XD-02.yaml  ← test/interchange/fixtures/quy-trinh-xuong-dong.docx (Cấp giấy xác nhận tình trạng hôn nhân)\n' +
        '1 imported, 0 skipped\n',
    );
    const file = readFileSync(join(out, 'QT-XD-02.yaml'), 'utf8');
    expect(file).toContain('\n  CCTPHT:\n    name: Công chức Tư pháp - Hộ tịch\n');
    expect(file).toContain('\n    body: CCTPHT\n    duration: 02 ngày làm việc\n  - id: B3\n');
    expect(file).toContain('\n    body: BPMC\n    duration: 04 giờ\n    role: Công chức tiếp nhận\n');
    expect(file).not.toMatch(/role: Hộ tịch|Tư pháp -\n/u);
  });
});

describe('joinedAfterDash', () => {
  it('joins a line ending in a spaced dash of any kind, and nothing else', () => {
    expect(joinedAfterDash('Công chức Tư pháp -\nHộ tịch')).toBe('Công chức Tư pháp - Hộ tịch');
    expect(joinedAfterDash('Phòng Tài nguyên –\u00a0\nMôi trường')).toBe('Phòng Tài nguyên – Môi trường');
    expect(joinedAfterDash('Bộ phận Một cửa\nCông chức tiếp nhận')).toBe('Bộ phận Một cửa\nCông chức tiếp nhận');
    expect(joinedAfterDash('Bộ phận Một cửa\n- Công chức tiếp nhận')).toBe('Bộ phận Một cửa\n- Công chức tiếp nhận');
  });
});
